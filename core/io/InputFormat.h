#pragma once

#include <QString>

namespace onco {

/** The kinds of input a case is built from. */
enum class InputFormat
{
    Unknown,
    Vcf,                ///< VCF, VCF.gz, BCF
    Maf,                ///< MAF and MAF-like mutation tables (GDC, TCGA, cBioPortal, vcf2maf, minimal)
    CnaMatrix,          ///< discrete copy number, genes x samples (-2..2): cBioPortal data_CNA, GISTIC by_genes
    CnaLong,            ///< discrete copy number, one row per sample and gene
    Segments,           ///< copy-number segments with a log2 ratio (SEG / CBS)
    AlleleSpecificCn,   ///< segments with major/minor copy numbers (PCGR)
    GisticLesions,      ///< GISTIC all_lesions.conf_XX.txt (peaks x samples)
    StructuralVariants, ///< cBioPortal structural variant table (Site1/Site2)
    Fusions,            ///< fusion lists: "GENEA-GENEB", GeneA/GeneB, FusionGene "A--B"
    Clinical,           ///< sample/patient table: tumor type, TMB, MSI
    Biomarkers,         ///< non-mutation alterations per sample (MSI-H, TMB-H, EGFR vIII ...)
};

/** A name for messages: "VCF", "MAF", "copy-number matrix" ... */
QString inputFormatName(InputFormat format);

/**
 * Tells what a file holds from its content (header columns, VCF magic), never from its name.
 * `reason` says what decided, or why nothing did.
 */
InputFormat detectInputFormat(const QString& path, QString* reason = nullptr);

} // namespace onco
