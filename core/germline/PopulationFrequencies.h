#pragma once

#include "Result.h"
#include "model/Alteration.h"
#include "model/GenomeBuild.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace onco {

/** The frequency of one ALT allele in a population set. */
struct PopulationFrequency
{
    double af = 0;  ///< alternate allele frequency, 0..1
    QString source; ///< the population set, e.g. "1000 Genomes phase 3"
};

/**
 * Allele frequencies of a population set per genome build, for the rule that a variant with AF >= 1 %
 * in a population is benign for somatic tiering (Tier IV).
 *
 * The bundled set is the 1000 Genomes Project phase 3 global AF of the ~32,000 common exome SNPs that
 * akt selected (MAF >= 5 %, resources/population/SOURCE.md): every site in it is common, but a
 * variant that is not found is NOT known to be rare, only absent from this small set.
 *
 * Immutable after loading: lookups are const and thread-safe.
 */
class PopulationFrequencies
{
public:
    /**
     * Loads the tables (columns chrom, pos, ref, alt, af with a header row; '#' comment lines; plain or
     * gzip; filesystem or ":/" resource) of each build; an empty path leaves that build without data.
     * Errors: Io when a file cannot be read; BadInput with file and line for a missing column, a position
     * that is not a positive integer, an AF outside 0..1 or an empty allele.
     */
    [[nodiscard]] static Result<PopulationFrequencies> load(const QString& grch37Path, const QString& grch38Path);

    /**
     * The bundled 1000 Genomes phase 3 tables of both builds, loaded on first use, once per process
     * (thread-safe). If a resource cannot be read (a build error), a warning is logged and the set
     * is empty, so every lookup gives nullopt.
     */
    static const PopulationFrequencies& bundled();

    /**
     * The frequency of a small variant's ALT allele. Alleles may be VCF style (anchor base kept) or MAF
     * style ("-" for an empty allele); both sides are compared after alleleKey() (shared prefix and
     * suffix trimmed, upper case, contig without "chr"). nullopt for an unknown build, a variant absent
     * from the set, or another ALT at a listed site.
     */
    [[nodiscard]] std::optional<PopulationFrequency>
    lookup(GenomeBuild build, const QString& chrom, qint64 pos, const QString& ref, const QString& alt) const;

    /**
     * False when no variant of the build is listed at `pos` (on any contig): a cheap test before
     * lookup() for callers that scan a whole genome's variants.
     */
    bool mayContain(GenomeBuild build, qint64 pos) const;

    /** Name of the population set for reports: "1000 Genomes Project phase 3 ...". */
    QString sourceName() const;

    /** Number of ALT alleles with a frequency in a build (0 for Unknown). */
    qsizetype alleleCount(GenomeBuild build) const;

private:
    struct Table
    {
        QHash<quint64, double> snvs;        // packed key of single-base substitutions: the whole set today
        QHash<AlleleKey, double> otherKeys; // indels and longer substitutions
        QSet<qint64> positions;             // every listed position (start of the trimmed allele and VCF POS)
    };

    static int tableIndex(GenomeBuild build);
    [[nodiscard]] static Result<void> loadTable(const QString& path, Table& table);

    std::array<Table, 2> m_tables; // GRCh37, GRCh38
};

} // namespace onco
