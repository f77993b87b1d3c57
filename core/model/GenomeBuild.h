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

} // namespace onco
