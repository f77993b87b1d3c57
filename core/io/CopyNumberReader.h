#pragma once

#include "CaseLoadOptions.h"
#include "InputFormat.h"
#include "Progress.h"
#include "Result.h"
#include "model/Case.h"

namespace onco {

/**
 * Reads copy-number data into gene-level CNA alterations and, for segment files, the segments.
 *
 * - Discrete calls (-2 deep deletion, -1 shallow deletion, 1 gain, 2 amplification), as a
 *   genes x samples matrix (cBioPortal data_CNA, GISTIC all_thresholded.by_genes) or one call per
 *   row: every non-neutral call becomes an alteration.
 * - Segments with a log2 ratio (SEG/CBS): genes overlapping a segment with log2 >= 1.0 are
 *   amplified, <= -1.3 deeply deleted (docs/copy-number.md); all segments are kept for the profile.
 * - Allele-specific segments (major/minor copy numbers): total 0 is a deep deletion, total >= 5
 *   an amplification.
 * - GISTIC all_lesions peaks: a sample's high-level call (2) amplifies or deletes the genes in
 *   the wide peak.
 * Segments are placed on genes with the bundled MANE gene table, so the genome build must be
 * known (from --genome or another file of the case); without it segments are kept unmapped and a
 * warning says so.
 */
class CopyNumberReader
{
public:
    static Result<void> read(const QString& path,
                             InputFormat format,
                             const CaseLoadOptions& options,
                             Case& into,
                             const Progress* progress = nullptr);

    static constexpr float amplificationLog2 = 1.0f;
    static constexpr float deepDeletionLog2 = -1.3f;
    static constexpr float amplificationTotalCopies = 5.0f;
};

} // namespace onco
