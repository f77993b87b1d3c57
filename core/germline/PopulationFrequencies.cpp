#include "PopulationFrequencies.h"

#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QDebug>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::PopulationFrequencies)
};

const QString shortSource = u"1000 Genomes phase 3"_s;

/** 1-22, X = 23, Y = 24, MT = 25 for a canonical contig name; 0 for anything else. */
quint64 contigCode(QStringView chrom)
{
    if (chrom == u"X")
        return 23;
    if (chrom == u"Y")
        return 24;
    if (chrom == u"MT")
        return 25;
    bool ok = false;
    const int n = chrom.toInt(&ok);
    return ok && n >= 1 && n <= 22 && !chrom.startsWith(u'0') && !chrom.startsWith(u'+') ? quint64(n) : 0;
}

quint64 baseCode(QChar base)
{
    switch (base.unicode()) {
    case u'A':
        return 1;
    case u'C':
        return 2;
    case u'G':
        return 3;
    case u'T':
        return 4;
    default:
        return 0;
    }
}

/** A single-base substitution packed into 64 bits (contig, position, bases); 0 when it does not fit. */
quint64 packedSnv(const AlleleKey& key)
{
    if (key.ref.size() != 1 || key.alt.size() != 1 || key.start < 1 || key.start >= (qint64(1) << 40))
        return 0;
    const quint64 contig = contigCode(key.chrom);
    const quint64 ref = baseCode(key.ref.front());
    const quint64 alt = baseCode(key.alt.front());
    if (contig == 0 || ref == 0 || alt == 0)
        return 0;
    return (contig << 48) | (quint64(key.start) << 8) | (ref << 4) | alt;
}

} // namespace

int PopulationFrequencies::tableIndex(GenomeBuild build)
{
    switch (build) {
    case GenomeBuild::GRCh37:
        return 0;
    case GenomeBuild::GRCh38:
        return 1;
    case GenomeBuild::Unknown:
        break;
    }
    return -1;
}

Result<void> PopulationFrequencies::loadTable(const QString& path, Table& table)
{
    TsvReader tsv;
    if (auto opened = tsv.open(path, true); !opened)
        return Unexpected{opened.error()};
    const int cChrom = tsv.column("chrom");
    const int cPos = tsv.column("pos");
    const int cRef = tsv.column("ref");
    const int cAlt = tsv.column("alt");
    const int cAf = tsv.column("af");
    if (cChrom < 0 || cPos < 0 || cRef < 0 || cAlt < 0 || cAf < 0)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a population frequency table: it needs the columns chrom, pos, ref, alt, af"),
                    path,
                    tsv.lineNumber());
    table.snvs.reserve(40000);
    while (tsv.next()) {
        bool posOk = false;
        bool afOk = false;
        const qint64 pos = tsv.field(cPos).toLongLong(&posOk);
        const double af = tsv.field(cAf).toDouble(&afOk);
        const QByteArrayView ref = tsv.field(cRef);
        const QByteArrayView alt = tsv.field(cAlt);
        if (!posOk || pos < 1)
            return fail(
                CoreError::Code::BadInput, Messages::tr("position is not a positive integer"), path, tsv.lineNumber());
        if (!afOk || af < 0 || af > 1)
            return fail(CoreError::Code::BadInput,
                        Messages::tr("allele frequency is not a number from 0 to 1"),
                        path,
                        tsv.lineNumber());
        if (ref.isEmpty() || alt.isEmpty() || tsv.field(cChrom).isEmpty())
            return fail(CoreError::Code::BadInput, Messages::tr("empty contig or allele"), path, tsv.lineNumber());
        const AlleleKey key = alleleKey(tsv.text(cChrom),
                                        pos,
                                        QString::fromLatin1(ref.data(), ref.size()),
                                        QString::fromLatin1(alt.data(), alt.size()));
        if (const quint64 packed = packedSnv(key))
            table.snvs.insert(packed, af);
        else
            table.otherKeys.insert(key, af);
        // A query may give the VCF position (with its anchor base) or the trimmed allele's start.
        table.positions.insert(pos);
        table.positions.insert(key.start);
        table.positions.insert(key.start - 1);
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    return {};
}

Result<PopulationFrequencies> PopulationFrequencies::load(const QString& grch37Path, const QString& grch38Path)
{
    PopulationFrequencies set;
    if (!grch37Path.isEmpty())
        if (auto loaded = loadTable(grch37Path, set.m_tables[0]); !loaded)
            return Unexpected{loaded.error()};
    if (!grch38Path.isEmpty())
        if (auto loaded = loadTable(grch38Path, set.m_tables[1]); !loaded)
            return Unexpected{loaded.error()};
    return set;
}

const PopulationFrequencies& PopulationFrequencies::bundled()
{
    // A function-local static is initialised exactly once, even with concurrent first calls.
    static const PopulationFrequencies instance = [] {
        auto loaded = load(u":/oncoboard/population/1000g_phase3_common_exome.grch37.tsv.gz"_s,
                           u":/oncoboard/population/1000g_phase3_common_exome.grch38.tsv.gz"_s);
        if (!loaded) {
            qWarning().noquote()
                << Messages::tr("population frequencies unavailable: %1").arg(loaded.error().toString());
            return PopulationFrequencies();
        }
        return std::move(loaded).value();
    }();
    return instance;
}

std::optional<PopulationFrequency> PopulationFrequencies::lookup(
    GenomeBuild build, const QString& chrom, qint64 pos, const QString& ref, const QString& alt) const
{
    const int index = tableIndex(build);
    if (index < 0 || ref.isEmpty() || alt.isEmpty())
        return std::nullopt;
    const Table& table = m_tables[size_t(index)];
    const AlleleKey key = alleleKey(chrom, pos, ref, alt);
    if (key.ref == key.alt)
        return std::nullopt; // no change at all
    std::optional<double> af;
    if (const quint64 packed = packedSnv(key)) {
        if (const auto it = table.snvs.constFind(packed); it != table.snvs.cend())
            af = it.value();
    } else if (const auto it = table.otherKeys.constFind(key); it != table.otherKeys.cend()) {
        af = it.value();
    }
    if (!af)
        return std::nullopt;
    return PopulationFrequency{*af, shortSource};
}

bool PopulationFrequencies::mayContain(GenomeBuild build, qint64 pos) const
{
    const int index = tableIndex(build);
    return index >= 0 && m_tables[size_t(index)].positions.contains(pos);
}

QString PopulationFrequencies::sourceName() const
{
    return Messages::tr("1000 Genomes Project phase 3, global allele frequency (common exome SNPs selected by akt)");
}

qsizetype PopulationFrequencies::alleleCount(GenomeBuild build) const
{
    const int index = tableIndex(build);
    if (index < 0)
        return 0;
    const Table& table = m_tables[size_t(index)];
    return table.snvs.size() + table.otherKeys.size();
}

} // namespace onco
