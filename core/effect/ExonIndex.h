#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace onco {

/** The coding exon of a canonical transcript that holds a codon. */
struct ExonLocation
{
    int exon = 0;       ///< 1-based, in transcript order (non-coding exons counted)
    int exonCount = 0;  ///< exons of the transcript
    QString transcript; ///< "NM_002520.7"
};

/**
 * Which exon of a gene's MANE Select transcript holds a codon (resources/genes/
 * mane_exon_codons.tsv.gz, derived from UCSC refGene and MANE v1.0 by scripts/derive-exon-codons):
 * for exon-level evidence ("NPM1 Exon 11 Mutation", "EGFR Exon 19 Deletion") when the input
 * names the protein change but not the exon. Immutable after loading; lookups are thread-safe.
 */
class ExonIndex
{
public:
    /** Loads a table (gene, transcript, exon, exons, first_codon, last_codon). Errors: Io, BadInput with the line. */
    [[nodiscard]] static Result<ExonIndex> load(const QString& path);

    /** The bundled table, loaded on first use (thread-safe); empty, with a warning, if it cannot be read. */
    static const ExonIndex& bundled();

    /**
     * The exon holding `codon` of `gene` (upper-case symbol); a codon split by an intron is in the
     * exon where it starts. nullopt for an unknown gene or a codon beyond the protein.
     */
    std::optional<ExonLocation> exonOfCodon(const QString& gene, int codon) const;

    qsizetype geneCount() const
    {
        return m_genes.size();
    }

private:
    struct Exon
    {
        int exon;
        int firstCodon;
        int lastCodon;
    };
    struct Gene
    {
        QString transcript;
        int exonCount = 0;
        std::vector<Exon> exons; ///< in transcript order
    };
    QHash<QString, Gene> m_genes;
};

} // namespace onco
