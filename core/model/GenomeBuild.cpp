#include "GenomeBuild.h"

using namespace Qt::Literals::StringLiterals;

namespace onco {

QString genomeBuildName(GenomeBuild build)
{
    switch (build) {
    case GenomeBuild::GRCh37:
        return u"GRCh37"_s;
    case GenomeBuild::GRCh38:
        return u"GRCh38"_s;
    case GenomeBuild::Unknown:
        break;
    }
    return {};
}

std::optional<GenomeBuild> parseGenomeBuild(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"grch37" || t == u"hg19" || t == u"b37" || t == u"37" || t == u"grch37-lite")
        return GenomeBuild::GRCh37;
    if (t == u"grch38" || t == u"hg38" || t == u"b38" || t == u"38")
        return GenomeBuild::GRCh38;
    return std::nullopt;
}

} // namespace onco
