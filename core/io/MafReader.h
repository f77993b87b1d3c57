#pragma once

#include "CaseLoadOptions.h"
#include "Progress.h"
#include "Result.h"
#include "model/Case.h"

namespace onco {

/**
 * Reads MAF and MAF-like mutation tables: GDC/TCGA MAF (with "#version" lines), vcf2maf output,
 * cBioPortal data_mutations, the minimal five-column form, and protein-change-only lists (OncoKB
 * annotator style). Columns are found by name (any case, any order); any line ending works.
 *
 * Alleles keep MAF's convention ("-" for an empty allele, no anchor base): Start_Position is the
 * first deleted base of a deletion and the base before an insertion. The tumor allele is
 * Tumor_Seq_Allele2, or Allele1 when Allele2 is empty or equals the reference. A row with an
 * unreadable position or allele is skipped and reported with its line; a file without the
 * columns needed to place or name a mutation is refused.
 */
class MafReader
{
public:
    static Result<void>
    read(const QString& path, const CaseLoadOptions& options, Case& into, const Progress* progress = nullptr);

    /** The Sequence Ontology term for a MAF Variant_Classification ("Missense_Mutation" -> "missense_variant"). */
    static QString consequenceOf(QStringView variantClassification);
};

} // namespace onco
