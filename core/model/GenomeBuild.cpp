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

qint64 chromosomeLength(GenomeBuild build, const QString& chrom)
{
    // GRCh37 and GRCh38 primary assembly lengths (NCBI GenBank records), chromosomes 1-22, X, Y, MT.
    static constexpr qint64 grch37[25] = {249250621, 243199373, 198022430, 191154276, 180915260, 171115067, 159138663,
                                          146364022, 141213431, 135534747, 135006516, 133851895, 115169878, 107349540,
                                          102531392, 90354753,  81195210,  78077248,  59128983,  63025520,  48129895,
                                          51304566,  155270560, 59373566,  16569};
    static constexpr qint64 grch38[25] = {248956422, 242193529, 198295559, 190214555, 181538259, 170805979, 159345973,
                                          145138636, 138394717, 133797422, 135086622, 133275309, 114364328, 107043718,
                                          101991189, 90338345,  83257441,  80373285,  58617616,  64444167,  46709983,
                                          50818468,  156040895, 57227415,  16569};
    if (build == GenomeBuild::Unknown)
        return 0;
    QStringView c(chrom);
    if (c.startsWith(u"chr", Qt::CaseInsensitive))
        c = c.mid(3);
    int index = -1;
    if (c.compare(u"X", Qt::CaseInsensitive) == 0)
        index = 22;
    else if (c.compare(u"Y", Qt::CaseInsensitive) == 0)
        index = 23;
    else if (c.compare(u"M", Qt::CaseInsensitive) == 0 || c.compare(u"MT", Qt::CaseInsensitive) == 0)
        index = 24;
    else {
        bool ok = false;
        const int n = c.toInt(&ok);
        if (ok && n >= 1 && n <= 22)
            index = n - 1;
    }
    if (index < 0)
        return 0;
    return build == GenomeBuild::GRCh37 ? grch37[index] : grch38[index];
}

} // namespace onco
