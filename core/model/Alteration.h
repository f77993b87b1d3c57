#pragma once

#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QtGlobal>

#include <cmath>
#include <limits>
#include <memory>

namespace onco {

/** What kind of change an alteration is; the JSON names are part of the public contract. */
enum class AlterationKind : quint8
{
    Snv,
    Mnv,
    Insertion,
    Deletion,
    Delins, ///< a replacement of unequal length (complex indel)
    CopyNumber,
    Fusion,
    StructuralVariant,
    Biomarker,
};

/** SNV, MNV, insertion, deletion or delins: a variant with its own alleles. */
constexpr bool isSmallVariant(AlterationKind k)
{
    return k == AlterationKind::Snv || k == AlterationKind::Mnv || k == AlterationKind::Insertion
           || k == AlterationKind::Deletion || k == AlterationKind::Delins;
}

/** The contract name of a kind: "SNV", "MNV", "insertion", "deletion", "delins", "CNA", "fusion", "SV", "biomarker". */
QString alterationKindName(AlterationKind kind);

/** Kind of a small variant from its trimmed (no shared first/last bases) alleles. */
AlterationKind smallVariantKind(qsizetype refLength, qsizetype altLength);

/** Where a value came from: an input of the case (index into Case::inputs) and its 1-based line. */
struct Origin
{
    qint64 line : 48 = 0;   ///< 1-based line; record number for binary files; 0 when not from a file
    qint64 input : 16 = -1; ///< index into Case::inputs, -1 when none
};

/** Read support of one allele in one sample; unknown values are NaN / -1. */
struct ReadSupport
{
    float vaf = std::numeric_limits<float>::quiet_NaN();
    qint32 depth = -1;
    qint32 altReads = -1;

    bool hasVaf() const
    {
        return !std::isnan(vaf);
    }
    bool hasDepth() const
    {
        return depth >= 0;
    }
    bool isEmpty() const
    {
        return !hasVaf() && !hasDepth() && altReads < 0;
    }

    /**
     * Drops values that cannot be true: a VAF outside [0, 1] or not finite, negative counts, more
     * alternative reads than the depth. Returns what was dropped and why (for a positioned
     * warning); empty when everything holds. The variant itself is kept.
     */
    QString dropImpossible();
};

/**
 * How many copies of an alteration's ALT allele a sample's genotype holds, as the input states it
 * (VCF GT; MAF Tumor_Seq_Allele1/2). Unknown when the input gives no genotype: callers that write
 * none (Strelka2, many somatic callers) leave it to the allele fraction, which is not a genotype.
 */
enum class Zygosity : quint8
{
    Unknown,
    Heterozygous, ///< one copy of the ALT allele and another allele
    Homozygous,   ///< every allele of the genotype is this ALT
    Absent,       ///< the genotype holds no copy of this ALT (0/0, or another ALT)
};

/** "heterozygous", "homozygous", "absent"; empty for Unknown. */
QString zygosityName(Zygosity zygosity);
/** The same in the interface language, for the window and the PDFs. */
QString zygosityText(Zygosity zygosity);

/** Whether the input states which partner of a fusion is 5' and which 3'. */
enum class FusionOrientation : quint8
{
    Stated,   ///< "A::B", "A--B" (STAR-Fusion, Arriba, HGNC): gene is 5', partnerGene 3'
    Inferred, ///< the input did not say ("A-B", GeneA/GeneB, Site1/Site2); set from the driver's biology
    Unknown,  ///< the input did not say and neither gene tells: kept in input order
};

/** Copy-number calls in the discrete GISTIC/cBioPortal scale. */
enum class CnaCall : qint8
{
    DeepDeletion = -2,
    ShallowDeletion = -1,
    Neutral = 0,
    Gain = 1,
    Amplification = 2,
};

/**
 * What few alterations carry: an effect OncoBoard predicted, structural-variant and fusion
 * partners, copy number, biomarker values. Held apart so that the many small variants of a
 * whole exome or genome do not carry room for it.
 */
struct AlterationExtra
{
    // Effect predicted by OncoBoard (EffectPredictor) for a variant the input does not annotate
    QString effectSource;       ///< which fields OncoBoard filled and from which model; empty: all from the input
    QString ensemblTranscript;  ///< the predicted transcript's Ensembl id ("ENST00000646891.2")
    qint32 proteinPosition = 0; ///< first codon a predicted coding change touches; 0 when none or not predicted
    QChar refResidue;           ///< the protein's residue at proteinPosition; null when unknown
    QString effectNote;         ///< what the prediction leaves open and why
    // Structural variants and fusions
    QString partnerGene;  ///< 3' gene of a fusion (empty when unnamed)
    QString partnerChrom; ///< mate contig of a breakend / fusion partner breakpoint
    qint64 partnerPos = 0;
    qint64 end = 0;                                            ///< END of a symbolic allele
    QString svType;                                            ///< DEL, DUP, INV, BND, INS, CNV, FUSION ...
    FusionOrientation orientation = FusionOrientation::Stated; ///< of a fusion's partners
    // Copy number
    CnaCall cnaCall = CnaCall::Neutral;
    float copyNumber = std::numeric_limits<float>::quiet_NaN(); ///< absolute copy number
    float log2Ratio = std::numeric_limits<float>::quiet_NaN();
    // Biomarkers (TMB, MSI)
    QString biomarker; ///< "TMB", "MSI"
    double value = std::numeric_limits<double>::quiet_NaN();
    QString unit;   ///< "mut/Mb", "%"
    QString status; ///< "TMB-high", "MSI-H", "MSS" ...
    /** How OncoBoard derived a value the inputs did not state (an estimated TMB); empty when read from an input. */
    QString estimateMethod;
    /** Why such an estimate is not Tier I material (tumor-only calls, a small territory); empty when it is. */
    QString estimateCaveat;
};

/**
 * What only some alterations carry: functional annotation, and (in AlterationExtra) predicted
 * effect, copy number, fusion partner, biomarker value. Shared between copies of an alteration
 * (implicit sharing), so a whole-genome VCF without annotation stores none of it.
 */
struct AlterationDetail : QSharedData
{
    QString gene; ///< gene symbol; the 5' gene of a fusion (empty when unnamed)
    QString transcript;
    QString hgvsc;       ///< without the transcript prefix, e.g. "c.1799T>A"
    QString hgvsp;       ///< normalised one-letter form, e.g. "p.V600E" (see ProteinChange)
    QString consequence; ///< most severe Sequence Ontology term
    QString exon;        ///< "15/18" as the annotation gives it
    QString intron;      ///< "13/20" for variants in an intron or at a splice site

    AlterationDetail() = default;
    AlterationDetail(const AlterationDetail& other);
    AlterationDetail& operator=(const AlterationDetail& other);
    AlterationDetail(AlterationDetail&&) noexcept = default;
    AlterationDetail& operator=(AlterationDetail&&) noexcept = default;
    ~AlterationDetail();

    /** The rarely present fields; their defaults when the alteration has none. */
    const AlterationExtra& extra() const;
    /** The rarely present fields for writing, created on first use. */
    AlterationExtra& extra();
    bool hasExtra() const
    {
        return m_extra != nullptr;
    }

private:
    std::unique_ptr<AlterationExtra> m_extra;
};

/**
 * One alteration of a case: a small variant, copy-number change, fusion, structural variant or
 * biomarker. Coordinates are as in the input (1-based, VCF allele style with the anchor base kept
 * for indels); functional annotation is taken from the input when present and never invented.
 * Kept small (about 150 bytes) so that a whole-genome VCF fits in memory.
 */
struct Alteration
{
    QString chrom;
    qint64 pos = 0;
    QString ref;
    QString alt;
    QString filter; ///< "PASS", the failed filters joined by ';', or empty when the input has none

    ReadSupport tumor;
    ReadSupport normal;

    Origin origin;
    qint16 sample = 0; ///< index into Case::samples
    AlterationKind kind = AlterationKind::Snv;
    Zygosity tumorZygosity = Zygosity::Unknown;  ///< from the input's genotype of the tumor sample
    Zygosity normalZygosity = Zygosity::Unknown; ///< from the input's genotype of the normal sample

    const QString& gene() const;
    const QString& transcript() const;
    const QString& hgvsc() const;
    const QString& hgvsp() const;
    const QString& consequence() const;

    /** The shared details, or nullptr when the alteration has none. */
    const AlterationDetail* detailOrNull() const
    {
        return m_detail.constData();
    }
    /** Another reference to the shared details (null when none): keeps them as they are while held. */
    QSharedDataPointer<AlterationDetail> sharedDetail() const
    {
        return m_detail;
    }
    /** The details for writing (created, or detached from other copies, on first use). */
    AlterationDetail& detail();
    /** Shares the details of another alteration (same record, other ALT allele). */
    void setDetail(const QSharedDataPointer<AlterationDetail>& detail)
    {
        m_detail = detail;
    }

    /** "GENE p.CHANGE" when known, else "CHROM:POS REF>ALT"; "EML4::ALK" for a fusion. */
    QString displayName() const;
    /** The same in the interface language (a copy-number call in words), for the window and the PDFs. */
    QString displayText() const;
    /** HGNC fusion notation "EML4::ALK", "v::ALK" for an unnamed partner; empty for other kinds. */
    QString fusionName() const;
    /** The gene an alteration is about: its gene, or for a fusion with an unnamed 5' partner the 3' gene. */
    const QString& mainGene() const;

private:
    QSharedDataPointer<AlterationDetail> m_detail;
};

/**
 * The alleles of a small variant in the convention CIViC uses for GRCh37 coordinates: shared
 * bases trimmed, deletions and substitutions start at the first changed base, insertions at the
 * base before the inserted sequence; an empty allele is "". Accepts VCF alleles (anchor base
 * kept) and MAF alleles ("-" for an empty allele, no anchor).
 */
struct AlleleKey
{
    QString chrom; ///< without a "chr" prefix, "MT" for the mitochondrion
    qint64 start = 0;
    QString ref;
    QString alt;

    friend bool operator==(const AlleleKey&, const AlleleKey&) = default;
};

AlleleKey alleleKey(const QString& chrom, qint64 pos, const QString& ref, const QString& alt);

/** Contig name without "chr" prefix, "M" written as "MT", as in Ensembl and CIViC. */
QString canonicalContig(const QString& chrom);

size_t qHash(const AlleleKey& key, size_t seed = 0);

} // namespace onco
