#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace onco {

/**
 * Maps coordinates from one genome assembly (the chain file's target) to another (its query) with
 * the alignment chains of a UCSC chain file, as UCSC liftOver and CrossMap do.
 *
 * Contig names are compared after canonicalContig() ("chr7" and "7" are the same contig; "chrM" is
 * "MT"), on both sides: lifted positions carry canonical query names. A chain file listing the same
 * contig under both names (Ensembl's do) simply holds duplicate chains.
 *
 * A base is lifted to wherever the chains put it, which may be a patch or alternate contig of the
 * query assembly (Ensembl's GRCh38 -> GRCh37 chains map a few GRCh38 chromosome regions only to
 * GRCh37 patches such as "HG1292_PATCH"); callers matching against primary-assembly data see no
 * match there.
 *
 * Where several chains cover a target base, the chain with the highest score wins; equal scores
 * (Ensembl files give every chain score 1) go to a chain whose query contig is a primary chromosome
 * (1-22, X, Y, MT) rather than a patch or alternate haplotype, then to the chain with more aligned
 * bases, then to the one earlier in the file. The overlaps are resolved once when loading, so a
 * lookup is a binary search over disjoint segments.
 *
 * Immutable after load(): lookups are const and thread-safe.
 */
class LiftOver
{
public:
    /**
     * Loads a chain file (plain or gzip, filesystem or ":/" resource). Lines starting with '#' are
     * comments; fields may be separated by spaces or tabs; the chain id is optional; a '-' target
     * strand is accepted (the chain is turned around).
     * Errors: Io when the file cannot be read; BadInput with the file and 1-based line for a
     * malformed header or block line, a chain whose blocks do not add up to its header span, or a
     * file without chains (line 0).
     */
    [[nodiscard]] static Result<LiftOver> load(const QString& path);

    /**
     * The bundled GRCh38 -> GRCh37 chains (resource ":/oncoboard/liftover/GRCh38_to_GRCh37.chain.gz"),
     * loaded on first use, once per process (thread-safe); nullptr, with a warning logged, if that failed.
     */
    static const LiftOver* grch38ToGrch37();

    /** A lifted base: 1-based position, canonical contig, and whether the chain maps to the reverse strand. */
    struct Position
    {
        QString chrom;
        qint64 pos = 0;
        bool reverse = false;
    };

    /**
     * Lifts one 1-based position; chrom with or without "chr". nullopt when the base lies outside
     * every aligned block (unknown contig, alignment gap, pos < 1).
     */
    [[nodiscard]] std::optional<Position> liftPosition(const QString& chrom, qint64 pos) const;

    /** A VCF-style small variant: 1-based position of the first REF base. */
    struct Allele
    {
        QString chrom;
        qint64 pos = 0;
        QString ref;
        QString alt;
    };

    /**
     * Lifts a VCF-style small variant (one ALT allele). Every base of REF must lie in one ungapped
     * block of the winning chain, else nullopt. REF is taken over unchanged, never checked against
     * the new assembly (that needs its sequence); the result is not re-normalised (left-aligned).
     *
     * On a forward chain only the position changes. On a reverse chain REF and ALT are
     * reverse-complemented (IUPAC codes, case kept) and the position is that of the new leftmost
     * REF base. An anchored indel (REF and ALT of different lengths sharing their first base, the
     * VCF anchor) then has its shared base at the end; its new anchor would be the base before the
     * lifted REF, which only the reference sequence knows. So such an indel is lifted only when the
     * reverse-complemented alleles again share their first base, which happens when the indel sits
     * in a repeat and the same haplotype can be written one base further right (REF=AA ALT=A becomes
     * REF=TT ALT=T); otherwise nullopt. A record whose first bases already differ (a delins like
     * AC>T) needs no anchor and is lifted as is.
     *
     * nullopt too for an empty or non-IUPAC REF, an empty ALT or a breakend ALT. A symbolic ALT
     * ("<DEL>") is kept on a forward chain only; "*" and "." are kept on either.
     */
    [[nodiscard]] std::optional<Allele>
    liftAllele(const QString& chrom, qint64 pos, const QString& ref, const QString& alt) const;

    /** A 1-based inclusive interval. */
    struct Interval
    {
        QString chrom;
        qint64 start = 0;
        qint64 end = 0;
    };

    /**
     * Lifts an interval (a gene span, a copy-number segment) by lifting its two ends:
     * - an end in unaligned sequence moves inward to the nearest aligned base inside the interval
     *   (so the lifted interval may be shorter than the source; nullopt if no base is aligned);
     * - both ends must then be mapped by the same chain, else nullopt (ends on different contigs, or
     *   across a chain break such as an inversion or a rearrangement between the assemblies);
     * - on a forward chain the lifted start must not lie after the lifted end, on a reverse chain not
     *   before it (the two ends swap); a valid chain always satisfies this, it is checked anyway.
     * The result is [lower, higher] lifted end. nullopt too when start < 1 or end < start.
     */
    [[nodiscard]] std::optional<Interval> liftInterval(const QString& chrom, qint64 start, qint64 end) const;

    /** Number of chains read from the file (duplicates included). */
    qsizetype chainCount() const
    {
        return m_chainCount;
    }

private:
    struct Builder;

    /** Part of one aligned block where its chain is the best; segments of a contig are disjoint. */
    struct Segment
    {
        qint64 tStart = 0; ///< 0-based, half-open on the target
        qint64 tEnd = 0;
        qint64 offset = 0;    ///< 0-based query = offset + t (forward) or offset - t (reverse)
        quint32 chain = 0;    ///< index of the chain in the file
        quint32 query = 0;    ///< index into m_queryNames
        bool reverse = false; ///< query strand '-'
    };

    struct Contig
    {
        QString name;                  ///< canonical
        std::vector<Segment> segments; ///< sorted by tStart
    };

    const Contig* findContig(QStringView chrom) const;
    /** Segment holding 0-based target base t, or nullptr. */
    static const Segment* findSegment(const Contig& contig, qint64 t);
    static qint64 mapBase(const Segment& s, qint64 t)
    {
        return s.reverse ? s.offset - t : s.offset + t;
    }

    std::vector<Contig> m_contigs;     // sorted by name
    std::vector<QString> m_queryNames; // interned, canonical
    qsizetype m_chainCount = 0;
};

} // namespace onco
