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
};

/**
 * Reads per-transcript functional annotations written by VEP (INFO/CSQ) and SnpEff (INFO/ANN),
 * and picks one transcript per ALT allele: VEP's PICK flag, then MANE Select, then the canonical
 * transcript, then the most severe consequence; for SnpEff the first (most severe) entry.
 */
class TranscriptAnnotationParser
{
public:
    enum class Format
    {
        Vep,    ///< INFO/CSQ, fields named in the header's "Format: a|b|c" description
        SnpEff, ///< INFO/ANN, the fixed 16-field ANN standard
    };

    /** A parser for VEP CSQ from the header description of the CSQ tag; nullopt when it names no fields. */
    static std::optional<TranscriptAnnotationParser> forVep(const QString& description);
    /** A parser for SnpEff ANN. */
    static TranscriptAnnotationParser forSnpEff();

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
    int m_fieldCount = 0;
};

} // namespace onco
