#include "InputFormat.h"

#include "TsvReader.h"
#include "VcfReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::InputFormat)
};

bool has(const TsvReader& t, std::initializer_list<QByteArrayView> names)
{
    return t.findColumn(names) >= 0;
}

} // namespace

QString inputFormatName(InputFormat format)
{
    switch (format) {
    case InputFormat::Vcf:
        return u"VCF"_s;
    case InputFormat::Maf:
        return u"MAF"_s;
    case InputFormat::CnaMatrix:
        return Messages::tr("copy-number matrix");
    case InputFormat::CnaLong:
        return Messages::tr("copy-number list");
    case InputFormat::Segments:
        return Messages::tr("copy-number segments");
    case InputFormat::AlleleSpecificCn:
        return Messages::tr("allele-specific copy number");
    case InputFormat::GisticLesions:
        return Messages::tr("GISTIC lesions");
    case InputFormat::StructuralVariants:
        return Messages::tr("structural variants");
    case InputFormat::Fusions:
        return Messages::tr("fusions");
    case InputFormat::Clinical:
        return Messages::tr("clinical data");
    case InputFormat::Biomarkers:
        return Messages::tr("biomarkers");
    case InputFormat::Unknown:
        break;
    }
    return Messages::tr("unknown");
}

InputFormat detectInputFormat(const QString& path, QString* reason)
{
    auto because = [&](InputFormat f, const QString& why) {
        if (reason)
            *reason = why;
        return f;
    };
    if (VcfReader::looksLikeVcf(path))
        return because(InputFormat::Vcf, Messages::tr("VCF/BCF header"));

    TsvReader t;
    if (auto r = t.open(path, true); !r)
        return because(InputFormat::Unknown, r.error().message);
    if (t.headerSize() < 2)
        return because(InputFormat::Unknown, Messages::tr("not a tab-separated table"));

    if (has(t, {"Unique Name"}) && has(t, {"Wide Peak Limits"}))
        return because(InputFormat::GisticLesions, Messages::tr("GISTIC peak columns"));
    if (has(t, {"Site1_Hugo_Symbol"}) || (has(t, {"Site1_Chromosome"}) && has(t, {"Site2_Chromosome"})))
        return because(InputFormat::StructuralVariants, Messages::tr("Site1/Site2 columns"));
    if (has(t, {"Fusion", "FusionGene", "#FusionName", "FusionName"}) || (has(t, {"GeneA"}) && has(t, {"GeneB"})))
        return because(InputFormat::Fusions, Messages::tr("fusion columns"));
    if (has(t, {"nMajor", "Major_CN", "major_cn"}) && has(t, {"nMinor", "Minor_CN", "minor_cn"}))
        return because(InputFormat::AlleleSpecificCn, Messages::tr("major/minor copy-number columns"));
    if (has(t, {"Segment_Mean", "seg.mean", "Seg.CN", "log2", "log2_ratio", "seg_mean"})
        && has(t, {"Start", "loc.start", "Start.bp", "start"}))
        return because(InputFormat::Segments, Messages::tr("segment mean column"));
    if (has(t, {"Copy_Number_Alteration", "CNA", "Value"})
        && has(t, {"Hugo_Symbol", "Gene", "Gene Symbol", "Entrez_Gene_Id"})
        && has(t, {"Tumor_Sample_Barcode", "Sample_Id", "SAMPLE_ID", "Sample"}))
        return because(InputFormat::CnaLong, Messages::tr("one copy-number call per row"));
    if (has(t, {"ALTERATION"}) && has(t, {"SAMPLE_ID", "Tumor_Sample_Barcode"}))
        return because(InputFormat::Biomarkers, Messages::tr("ALTERATION column"));
    const bool genomic =
        has(t, {"Chromosome", "Chr", "Chrom"}) && has(t, {"Start_Position", "Start_position", "Start"});
    const bool mutation = has(t,
                              {"Tumor_Seq_Allele2",
                               "Tumor_Seq_Allele1",
                               "Variant_Classification",
                               "HGVSp_Short",
                               "HGVSp",
                               "Protein_Change",
                               "amino_acid_change"});
    if ((genomic && has(t, {"Reference_Allele"})) || (mutation && has(t, {"Hugo_Symbol", "Tumor_Sample_Barcode"})))
        return because(InputFormat::Maf, Messages::tr("MAF columns"));
    if (has(t, {"Hugo_Symbol", "Gene Symbol", "Gene_Symbol", "Entrez_Gene_Id", "Locus ID"}) && !genomic && !mutation)
        return because(InputFormat::CnaMatrix, Messages::tr("gene rows with sample columns"));
    if (has(t, {"SAMPLE_ID", "Sample_Id", "Tumor_Sample_Barcode", "PATIENT_ID"})
        && (has(t, {"ONCOTREE_CODE", "CANCER_TYPE", "TMB_NONSYNONYMOUS", "TMB", "MSI_SCORE", "MSI_TYPE", "MSI_STATUS"})
            || t.headerSize() >= 2))
        return because(InputFormat::Clinical, Messages::tr("sample table"));
    return because(InputFormat::Unknown, Messages::tr("no known columns"));
}

} // namespace onco
