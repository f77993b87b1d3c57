#pragma once

#include "Progress.h"
#include "Result.h"
#include "model/Case.h"

#include <QString>

namespace onco {

/** Choices the user made about a VCF/BCF file. */
struct VcfReadOptions
{
    QString tumorSample;  ///< sample name of the tumor; empty: from the header or caller conventions
    QString normalSample; ///< sample name of the matched normal; empty: from the header or conventions
    int threads = 2;      ///< htslib decompression threads for bgzipped and BCF input
    /** Accept a bgzipped file without its end-of-file block (truncated) with a warning, instead of refusing it. */
    bool allowTruncated = false;
    /** Most alterations the file may give; reading stops there with an error. 0: no cap. */
    qint64 maxRecords = 10'000'000;
    /**
     * One VCF of a cohort (one patient each): the samples earlier files named say nothing about
     * this one's, and a column name an earlier VCF used ("TUMOR") is this file's own sample,
     * named "FILE:COLUMN".
     */
    bool cohort = false;
};

/**
 * Reads VCF, bgzipped VCF and BCF files through htslib into a Case.
 *
 * Each ALT allele of a record becomes one Alteration; alleles are trimmed of bases the split
 * alleles share at their end. Gene, transcript, consequence and HGVS come from VEP CSQ or SnpEff
 * ANN when present. Tumor and normal samples come from the options, then the
 * ##tumor_sample/##normal_sample header lines, then sample names (TUMOR/NORMAL, TCGA barcodes);
 * column order is never trusted. The genome build is read from contig lengths and the header.
 *
 * A record htslib cannot parse is skipped and recorded as an InputIssue with its line; a file
 * that is not VCF/BCF, has no usable header, or names a sample that does not exist is refused.
 */
class VcfReader
{
public:
    /**
     * Appends the file's alterations to `into` and sets its samples and genome build when unset.
     * Returns an error (BadInput, Io, InvalidArgument or Canceled) and leaves `into` unchanged
     * when the file as a whole cannot be read.
     */
    static Result<void>
    read(const QString& path, const VcfReadOptions& options, Case& into, const Progress* progress = nullptr);

    /** True when the file starts like VCF/BCF (plain, gzip or BGZF). */
    static bool looksLikeVcf(const QString& path);
};

} // namespace onco
