#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

struct faidx_t;

namespace onco {

/**
 * The laboratory's own reference genome: a FASTA file indexed with `samtools faidx` (.fai; a
 * bgzip-compressed FASTA also needs its .gzi), read through htslib. With it the effect of a
 * coding variant is translated, not inferred: full HGVSp, stop gained, synonymous, start lost,
 * 3'-shifted HGVS, and each variant's REF is checked against the genome.
 *
 * Contigs are found whatever their naming ("chr7" or "7", "chrM" or "MT"). Fetching is
 * serialised internally, so one instance may be shared by threads.
 */
class ReferenceGenome
{
public:
    ReferenceGenome(const ReferenceGenome&) = delete;
    ReferenceGenome& operator=(const ReferenceGenome&) = delete;
    ~ReferenceGenome();

    /** Opens an indexed FASTA. Errors: Io (missing file), BadInput (no index, or not a FASTA). */
    [[nodiscard]] static Result<std::shared_ptr<const ReferenceGenome>> open(const QString& path);

    QString path() const
    {
        return m_path;
    }
    /** Number of sequences in the FASTA. */
    int contigCount() const
    {
        return int(m_names.size());
    }
    /** Length of a contig, 0 when the genome has none by that name. */
    qint64 length(const QString& chrom) const;

    /**
     * Bases [start, end) (0-based, half-open) of a contig in upper case; empty when the contig is
     * unknown or the range lies outside it (clipped at the contig's end).
     */
    QByteArray fetch(const QString& chrom, qint64 start, qint64 end) const;

private:
    ReferenceGenome() = default;
    /** The FASTA's name of a contig given in any naming; empty when it has none. */
    QString nameOf(const QString& chrom) const;

    QString m_path;
    faidx_t* m_fai = nullptr;
    QHash<QString, QString> m_names;  ///< contig key ("7", "M") -> name in the FASTA
    QHash<QString, qint64> m_lengths; ///< by name in the FASTA
    mutable QMutex m_mutex;
};

} // namespace onco
