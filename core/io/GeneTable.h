#pragma once

#include "Result.h"
#include "model/GenomeBuild.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace onco {

class LiftOver;

/** A protein-coding gene and its MANE Select transcript. */
struct GeneInfo
{
    QString symbol;
    QString name;
    qint64 ncbiGeneId = 0;
    QString ensemblGene;
    QString refseqTranscript; ///< NM_...
    QString refseqProtein;    ///< NP_...
    QString ensemblTranscript;
    QString ensemblProtein;
    QString chrom;      ///< without "chr"
    qint64 start38 = 0; ///< 1-based span of the MANE Select transcript on GRCh38
    qint64 end38 = 0;
    qint64 start37 = 0; ///< lifted span on GRCh37, 0 when the span does not lift
    qint64 end37 = 0;
    bool reverseStrand = false;
};

/**
 * Protein-coding genes placed on the genome, from the MANE v1.0 summary shipped with the
 * application (GRCh38; GRCh37 spans lifted with the bundled chain). Answers "which genes does this
 * segment cover" and "is this a gene symbol".
 */
class GeneTable
{
public:
    /** Loads a MANE summary file; `toGrch37` lifts spans when given. Errors: Io, BadInput. */
    static Result<GeneTable> load(const QString& path, const LiftOver* toGrch37);

    /** The bundled table, loaded once per process (thread-safe). Empty if it failed to load. */
    static const GeneTable& bundled();

    /** A gene by symbol, case-insensitive, or nullptr. */
    const GeneInfo* find(const QString& symbol) const;
    /** A gene by NCBI (Entrez) gene id, or nullptr. */
    const GeneInfo* findByNcbiId(qint64 id) const;

    /** Genes whose span overlaps [start, end] (1-based, inclusive) on `chrom` in `build`. */
    QList<const GeneInfo*> overlapping(GenomeBuild build, const QString& chrom, qint64 start, qint64 end) const;

    qsizetype size() const
    {
        return qsizetype(m_genes.size());
    }

private:
    struct Span
    {
        qint64 start;
        qint64 end;
        int gene;
    };
    struct ContigIndex
    {
        std::vector<Span> spans; ///< sorted by start
        qint64 longest = 0;
    };
    void index();

    std::vector<GeneInfo> m_genes;
    QHash<QString, int> m_bySymbol; ///< upper-case symbol
    QHash<qint64, int> m_byNcbiId;
    QHash<QString, ContigIndex> m_index37;
    QHash<QString, ContigIndex> m_index38;
};

} // namespace onco
