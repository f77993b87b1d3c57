#pragma once

#include <QString>

#include <optional>

namespace onco {

enum class GenomeBuild
{
    Unknown,
    GRCh37,
    GRCh38,
};

/** "GRCh37", "GRCh38", or an empty string for Unknown. */
QString genomeBuildName(GenomeBuild build);

/** Parses "GRCh37"/"hg19"/"b37"/"37" and "GRCh38"/"hg38"/"38" (case-insensitive); nullopt otherwise. */
std::optional<GenomeBuild> parseGenomeBuild(const QString& text);

/**
 * Length of a primary chromosome (1-22, X, Y, MT; with or without "chr") in a build, from the
 * assemblies' published lengths; 0 for other contigs or an unknown build.
 */
qint64 chromosomeLength(GenomeBuild build, const QString& chrom);

} // namespace onco
