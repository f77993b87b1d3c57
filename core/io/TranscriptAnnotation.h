#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

/** The functional annotation picked for one ALT allele of a record. */
struct TranscriptAnnotation
{
    QString gene;
    QString transcript;
    QString hgvsc;       ///< without the transcript prefix, e.g. "c.1799T>A"
    QString hgvsp;       ///< normalised, e.g. "p.V600E"
    QString consequence; ///< most severe SO term of the picked transcript
    QString exon;        ///< "19/28": the exon hit (VEP EXON, SnpEff rank of an exonic effect, EFF Exon)
    QString intron;      ///< "13/20": the intron hit (VEP INTRON, SnpEff rank of an intronic effect)
};

/**
 * Reads per-transcript functional annotations written by VEP (INFO/CSQ), SnpEff (INFO/ANN and the
 * legacy INFO/EFF) and bcftools csq (INFO/BCSQ), and picks one transcript per ALT allele: VEP's
 * PICK flag, then MANE Select, then the canonical transcript, then the most severe consequence;
 * for SnpEff ANN the first (most severe) entry; for EFF and BCSQ the most severe entry.
 */
class TranscriptAnnotationParser
{
public:
    enum class Format
    {
        Vep,       ///< INFO/CSQ, fields named in the header's "Format: a|b|c" description
        SnpEff,    ///< INFO/ANN, the fixed 16-field ANN standard
        SnpEffEff, ///< INFO/EFF, SnpEff before 4.1: Effect(Impact|Class|Codon|AA|...)
        Bcsq,      ///< INFO/BCSQ of bcftools csq: consequence|gene|transcript|biotype|strand|aa|dna
    };

    /** A parser for VEP CSQ from the header description of the CSQ tag; nullopt when it names no fields. */
    static std::optional<TranscriptAnnotationParser> forVep(const QString& description);
    /** A parser for SnpEff ANN. */
    static TranscriptAnnotationParser forSnpEff();
    /** A parser for legacy SnpEff EFF; the description tells whether entries carry the allele. */
    static TranscriptAnnotationParser forSnpEffEff(const QString& description);
    /** A parser for bcftools csq BCSQ. */
    static TranscriptAnnotationParser forBcsq();

    /** Sequence Ontology term for a legacy SnpEff EFF effect ("NON_SYNONYMOUS_CODING" -> "missense_variant"). */
    static QString soTermOfEff(QStringView effect);
    /** Sequence Ontology term for a bcftools csq consequence ("missense" -> "missense_variant"). */
    static QString soTermOfBcsq(QStringView consequence);
    /** One-letter protein change from bcftools' "600V>600E" ("p.V600E"); other forms kept with "p.". */
    static QString proteinOfBcsq(QStringView aminoAcidChange);

    Format format() const
    {
        return m_format;
    }

    /**
     * Picks the annotation of one ALT allele from the raw INFO value.
     * @param vcfAlleles REF followed by every ALT of the record (VCF spelling).
     * @param altIndex   1-based index of the ALT allele in vcfAlleles.
     * Returns an empty annotation when no entry belongs to the allele.
     */
    TranscriptAnnotation pick(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const;

    /** How VEP spells an ALT allele in CSQ: shared first base removed, "-" when empty. */
    static QByteArray vepAllele(const QList<QByteArray>& vcfAlleles, int altIndex);

private:
    explicit TranscriptAnnotationParser(Format format)
        : m_format(format)
    {
    }

    TranscriptAnnotation pickVep(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const;
    TranscriptAnnotation pickSnpEff(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const;
    TranscriptAnnotation pickEff(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const;
    TranscriptAnnotation pickBcsq(QByteArrayView info) const;

    Format m_format;
    // Field positions in a VEP CSQ entry; -1 when absent.
    int m_allele = -1;
    int m_consequence = -1;
    int m_symbol = -1;
    int m_feature = -1;
    int m_hgvsc = -1;
    int m_hgvsp = -1;
    int m_pick = -1;
    int m_mane = -1;
    int m_canonical = -1;
    int m_exon = -1;
    int m_intron = -1;
    int m_fieldCount = 0;
    bool m_effHasAllele = false; ///< EFF entries end with the allele (SnpEff 4.0)
};

} // namespace onco
