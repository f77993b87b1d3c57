#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace onco {

/**
 * Length in amino acids of each gene's protein, from the maftools table shipped with the
 * application (one RefSeq protein per gene; resources/genes/SOURCE.md). Gives the x axis of the
 * lollipop plot.
 */
class ProteinLengthTable
{
public:
    /**
     * Reads a table with Hugo_Symbol and aa.length columns (plain or gzip). A gene with several
     * rows keeps its longest protein, so that no residue of a longer isoform falls off the axis;
     * rows without a positive length are passed over. Errors: Io, BadInput (no such columns).
     */
    static Result<ProteinLengthTable> load(const QString& path);

    /** The bundled table, read once per process (thread-safe); empty when it failed to load. */
    static const ProteinLengthTable& bundled();

    /** Length of a gene's protein (symbol, case-insensitive), or 0 when the gene is not listed. */
    int length(const QString& gene) const;

    qsizetype size() const
    {
        return m_lengths.size();
    }

private:
    QHash<QString, int> m_lengths; ///< upper-case symbol to length
};

} // namespace onco
