#include "TranscriptModels.h"

#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QtDebug>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::TranscriptModels)
};

bool parsePositions(QByteArrayView text, std::vector<qint64>& into)
{
    into.clear();
    for (const QByteArrayView part : QByteArray::fromRawData(text.data(), text.size()).split(',')) {
        if (part.isEmpty())
            continue;
        bool ok = false;
        const qint64 v = part.toLongLong(&ok);
        if (!ok || v < 0)
            return false;
        into.push_back(v);
    }
    return !into.empty();
}

} // namespace

qint64 TranscriptModel::cdsLength() const
{
    qint64 n = 0;
    for (const auto& [s, e] : exons)
        n += std::max<qint64>(0, std::min(e, cdsEnd) - std::max(s, cdsStart));
    return n;
}

void TranscriptModel::prepare()
{
    txExons = exons;
    if (minus)
        std::reverse(txExons.begin(), txExons.end());
    txOffsets.clear();
    qint64 offset = 0;
    for (const auto& [s, e] : txExons) {
        txOffsets.push_back(offset);
        offset += e - s;
    }
    codingBases = cdsLength();
    maneSelect = source == u"MANE Select";
    cdsFirst = cdsLast = 0;
    if (!coding())
        return;
    // The transcript position of a genomic base (0-based) inside an exon.
    auto txOf = [&](qint64 z) -> qint64 {
        for (size_t k = 0; k < txExons.size(); ++k)
            if (z >= txExons[k].first && z < txExons[k].second)
                return txOffsets[k] + (minus ? txExons[k].second - 1 - z : z - txExons[k].first) + 1;
        return 0;
    };
    cdsFirst = txOf(minus ? cdsEnd - 1 : cdsStart);
    cdsLast = txOf(minus ? cdsStart : cdsEnd - 1);
}

QString TranscriptModels::contigKey(const QString& chrom)
{
    QString c = chrom.startsWith(u"chr"_s, Qt::CaseInsensitive) ? chrom.mid(3) : chrom;
    if (c.compare(u"MT"_s, Qt::CaseInsensitive) == 0 || c.compare(u"M"_s, Qt::CaseInsensitive) == 0)
        return u"M"_s;
    return c.toUpper();
}

Result<TranscriptModels> TranscriptModels::load(const QString& path)
{
    TsvReader t;
    if (auto r = t.open(path, true); !r)
        return Unexpected{r.error()};
    const int cGene = t.column("gene"), cRefseq = t.column("refseq"), cEnsembl = t.column("ensembl");
    const int cChrom = t.column("chrom"), cStrand = t.column("strand");
    const int cTxStart = t.column("tx_start"), cTxEnd = t.column("tx_end");
    const int cCdsStart = t.column("cds_start"), cCdsEnd = t.column("cds_end");
    const int cStarts = t.column("exon_starts"), cEnds = t.column("exon_ends"), cSource = t.column("source");
    if (std::min({cGene, cRefseq, cEnsembl, cChrom, cStrand, cTxStart, cTxEnd, cCdsStart, cCdsEnd, cStarts, cEnds}) < 0)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("a transcript table needs gene, refseq, ensembl, chrom, strand, tx_start, tx_end, "
                                 "cds_start, cds_end, exon_starts and exon_ends"),
                    path,
                    1);
    TranscriptModels models;
    std::vector<qint64> starts, ends;
    while (t.next()) {
        TranscriptModel m;
        m.gene = t.text(cGene);
        m.refseq = t.text(cRefseq);
        m.ensembl = t.text(cEnsembl);
        m.source = cSource >= 0 ? t.text(cSource) : QString();
        m.chrom = contigKey(t.text(cChrom));
        m.minus = t.field(cStrand) == "-";
        bool ok[4] = {};
        m.txStart = t.field(cTxStart).toLongLong(&ok[0]);
        m.txEnd = t.field(cTxEnd).toLongLong(&ok[1]);
        m.cdsStart = t.field(cCdsStart).toLongLong(&ok[2]);
        m.cdsEnd = t.field(cCdsEnd).toLongLong(&ok[3]);
        if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !parsePositions(t.field(cStarts), starts)
            || !parsePositions(t.field(cEnds), ends) || starts.size() != ends.size() || m.txStart >= m.txEnd
            || m.cdsStart > m.cdsEnd)
            return fail(
                CoreError::Code::BadInput, Messages::tr("transcript coordinates are not valid"), path, t.lineNumber());
        for (size_t i = 0; i < starts.size(); ++i) {
            if (starts[i] >= ends[i] || (i > 0 && starts[i] < ends[i - 1]))
                return fail(CoreError::Code::BadInput,
                            Messages::tr("exons overlap or are not in genome order"),
                            path,
                            t.lineNumber());
            m.exons.emplace_back(starts[i], ends[i]);
        }
        m.prepare();
        models.m_models.push_back(std::move(m));
    }
    if (const auto& e = t.error())
        return Unexpected{*e};
    models.index();
    return models;
}

void TranscriptModels::index()
{
    m_byChrom.clear();
    m_byGene.clear();
    for (int i = 0; i < int(m_models.size()); ++i)
        m_byChrom[m_models[size_t(i)].chrom].order.push_back(i);
    // QHash::insert replaces: inserted last to first, the first model of a gene wins.
    for (int i = int(m_models.size()) - 1; i >= 0; --i)
        m_byGene.insert(m_models[size_t(i)].gene.toUpper(), i);
    for (auto it = m_byChrom.begin(); it != m_byChrom.end(); ++it) {
        std::vector<int>& order = it->order;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return m_models[size_t(a)].txStart < m_models[size_t(b)].txStart;
        });
        // The furthest end reached so far in start order: the first model that can reach a position.
        qint64 reach = 0;
        it->maxEnd.clear();
        for (const int i : order)
            it->maxEnd.push_back(reach = std::max(reach, m_models[size_t(i)].txEnd));
    }
}

const TranscriptModels& TranscriptModels::bundled(GenomeBuild build)
{
    auto loadBundled = [](const QString& path) {
        auto loaded = load(path);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().toString()));
            return TranscriptModels();
        }
        return std::move(*loaded);
    };
    static const TranscriptModels none;
    if (build == GenomeBuild::GRCh37) {
        static const TranscriptModels grch37 = loadBundled(u":/oncoboard/genes/transcripts.grch37.tsv.gz"_s);
        return grch37;
    }
    if (build == GenomeBuild::GRCh38) {
        static const TranscriptModels grch38 = loadBundled(u":/oncoboard/genes/transcripts.grch38.tsv.gz"_s);
        return grch38;
    }
    return none;
}

void TranscriptModels::near(
    const QString& chrom, qint64 pos, qint64 end, qint64 flank, std::vector<const TranscriptModel*>& found) const
{
    found.clear();
    // Records come sorted by contig: the last contig's key is reused.
    thread_local QString lastChrom, lastKey;
    if (chrom != lastChrom) {
        lastChrom = chrom;
        lastKey = contigKey(chrom);
    }
    const QString& key = lastKey;
    const auto it = m_byChrom.constFind(key);
    if (it == m_byChrom.cend())
        return;
    const std::vector<int>& order = it->order;
    // 0-based half-open query [pos - 1, end), widened by the flank.
    const qint64 lo = pos - 1 - flank, hi = end + flank;
    const auto first = std::upper_bound(it->maxEnd.begin(), it->maxEnd.end(), lo) - it->maxEnd.begin();
    for (auto i = order.begin() + first; i != order.end() && m_models[size_t(*i)].txStart < hi; ++i) {
        const TranscriptModel& m = m_models[size_t(*i)];
        if (m.txEnd > lo)
            found.push_back(&m);
    }
}

const TranscriptModel* TranscriptModels::ofGene(const QString& gene) const
{
    const auto it = m_byGene.constFind(gene);
    return it == m_byGene.cend() ? nullptr : &m_models[size_t(*it)];
}

} // namespace onco
