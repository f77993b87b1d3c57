#pragma once

// What effect prediction does with the laboratory's reference genome: the transcript's sequence,
// translation of a change, and placing an indel along a repeat. Internal to core/effect.

#include "ReferenceGenome.h"
#include "TranscriptModels.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace onco::effect {

/** A change on the genome, trimmed of the bases its alleles share. */
struct Alleles
{
    qint64 start = 0; ///< first reference base changed (1-based); for an insertion, the base after it
    QString ref, alt; ///< genome strand, without shared bases
};

/** A transcript's spliced sequence in transcript orientation from the reference; empty when the genome lacks it. */
const QByteArray& transcriptSequence(const TranscriptModel& m, const ReferenceGenome& genome);

/**
 * Reads the reference a window at a time for the REF check: a case's records come in genome
 * order, so one read of 64 kb serves the records after it instead of one read (and lock) each.
 */
class ReferenceWindow
{
public:
    /** Bases [start, start + length) (0-based) of a contig; empty outside the reference. */
    QByteArray bases(const ReferenceGenome& genome, const QString& chrom, qint64 start, qint64 length)
    {
        if (chrom != m_chrom || start < m_start || start + length > m_start + m_bases.size()) {
            m_chrom = chrom;
            m_start = start;
            m_bases = genome.fetch(chrom, start, start + std::max<qint64>(length, span));
        }
        if (start + length > m_start + m_bases.size())
            return {};
        return m_bases.mid(start - m_start, length);
    }

private:
    static constexpr qint64 span = 65536;
    QString m_chrom;
    qint64 m_start = 0;
    QByteArray m_bases;
};

/** Translation up to and with the first stop codon. */
QByteArray translateToStop(QByteArrayView dna);

/** What a coding change does to the protein, from the translated reference and alternative sequences. */
struct ProteinEffect
{
    QString consequence;
    QString hgvsp;
    QString note;
    int position = 0; ///< first residue changed (or the codon of a synonymous change)
    char refResidue = 0;
};

/**
 * Translates a change of the transcript sequence `tx` (bases first..last, 1-based; for an
 * insertion `last` = `first` + 1 and the bases go between) and names its protein effect as HGVS
 * does: 3'-most residues for deletions and duplications, fs*N counted from the first changed residue.
 */
ProteinEffect translateChange(
    const TranscriptModel& m, const QByteArray& tx, qint64 first, qint64 last, bool insertion, const QByteArray& alt);

/**
 * An indel moved along a repeat of the reference as far as it goes to the left (`left`) or to the
 * right: the same change, written at its leftmost (VCF normalisation) or rightmost place.
 */
Alleles align(Alleles v, const QString& chrom, const ReferenceGenome& genome, bool left);

} // namespace onco::effect
