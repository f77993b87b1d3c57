#pragma once

#include "Result.h"
#include "model/GenomeBuild.h"

#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace onco {

/** The extent of a gene on one chromosome (all its transcripts), 0-based half-open. */
struct GeneSpan
{
    QString gene;
    qint64 start = 0;
    qint64 end = 0;
    bool coding = false; ///< some transcript of the extent codes for a protein
};

/**
 * One transcript's exon structure on the genome (UCSC genePred semantics: 0-based half-open
 * coordinates, exons in genome order whatever the strand).
 */
struct TranscriptModel
{
    QString gene;
    QString refseq;  ///< "NM_004333.6" (the MANE Select accession; the model is refGene's)
    QString ensembl; ///< "ENST00000646891.2"; empty when the model is not a MANE transcript
    QString source;  ///< "MANE Select", "MSKCC isoform", "refGene longest CDS"
    QString chrom;   ///< without "chr"; "M" for the mitochondrion
    bool minus = false;
    qint64 txStart = 0, txEnd = 0;                ///< 0-based half-open
    qint64 cdsStart = 0, cdsEnd = 0;              ///< 0-based half-open; equal for a non-coding transcript
    std::vector<std::pair<qint64, qint64>> exons; ///< 0-based half-open, genome order
    // Derived once at loading, for placing positions quickly:
    std::vector<std::pair<qint64, qint64>> txExons; ///< the exons in transcript order
    std::vector<qint64> txOffsets;                  ///< transcript bases before each of txExons
    qint64 cdsFirst = 0, cdsLast = 0;               ///< 1-based transcript positions of the first and last CDS base
    qint64 codingBases = 0;                         ///< cdsLength()
    bool maneSelect = false;                        ///< source is "MANE Select"
    int cdsPhase = 0; ///< bases before the first whole codon of a CDS incomplete at its 5' end (GFF3 phase)

    /** Fills the derived fields from the exons and CDS. */
    void prepare();

    bool coding() const
    {
        return cdsStart < cdsEnd;
    }
    /** Bases of the coding sequence, stop codon included. */
    qint64 cdsLength() const;
};

/**
 * The transcript models of one genome build, bundled in resources/genes/transcripts.<build>.tsv.gz
 * (MANE Select accessions with UCSC refGene exon structures, scripts/derive-transcripts), for
 * predicting the effect of variants the input does not annotate. Immutable after loading; lookups
 * are thread-safe.
 */
class TranscriptModels
{
public:
    /** Loads a table (gene, refseq, ensembl, chrom, strand, tx/cds start/end, exon starts/ends, source). */
    [[nodiscard]] static Result<TranscriptModels> load(const QString& path);

    /**
     * Loads the transcripts of a GFF3 file (Ensembl, GENCODE or RefSeq style: genes, their
     * transcripts, and the transcripts' exon, CDS and UTR features), plain or gzip-compressed.
     * Transcripts whose gene is not declared before them are passed over.
     */
    [[nodiscard]] static Result<TranscriptModels> loadGff3(const QString& path);

    /** The bundled models of a build, loaded on first use (thread-safe); empty for Unknown or on error. */
    static const TranscriptModels& bundled(GenomeBuild build);

    /**
     * Models whose transcript, extended by `flank` bases on each side, holds the 1-based position
     * `pos` (or the span pos..end), in genome order.
     */
    void
    near(const QString& chrom, qint64 pos, qint64 end, qint64 flank, std::vector<const TranscriptModel*>& found) const;

    /**
     * Adds gene extents (a table: chrom, start, end, gene, strand, biotype; every isoform, coding and
     * non-coding genes) that name the gene of a variant outside every model. Errors: Io, BadInput.
     */
    [[nodiscard]] Result<void> loadSpans(const QString& path);

    /**
     * The gene extent holding the 1-based span pos..end: a coding gene's before a non-coding one's,
     * then the shortest; nullptr when none.
     */
    const GeneSpan* spanAt(const QString& chrom, qint64 pos, qint64 end) const;

    /** The model of a gene (upper-case symbol), the first when a gene has several; nullptr when none. */
    const TranscriptModel* ofGene(const QString& gene) const;

    qsizetype size() const
    {
        return qsizetype(m_models.size());
    }

    /** "chr17" -> "17", "MT"/"chrM" -> "M". */
    static QString contigKey(const QString& chrom);

private:
    /** Builds the lookups over m_models. */
    void index();

    struct Contig
    {
        std::vector<int> order;     ///< model indices sorted by txStart
        std::vector<qint64> maxEnd; ///< the furthest txEnd among order[0..i]
    };
    struct SpanContig
    {
        std::vector<GeneSpan> spans; ///< sorted by start
        std::vector<qint64> maxEnd;  ///< the furthest end among spans[0..i]
    };
    std::vector<TranscriptModel> m_models;
    QHash<QString, Contig> m_byChrom;
    QHash<QString, SpanContig> m_spans;
    quint64 m_generation = 0; ///< changes whenever the lookups are rebuilt (contig lookups cached per thread)
    QHash<QString, int> m_byGene;
};

} // namespace onco
