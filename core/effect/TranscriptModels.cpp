#include "TranscriptModels.h"

#include "io/LineReader.h"
#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QtDebug>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/**
 * The entry of a contig in a per-contig lookup, or nullptr. Records come sorted by contig, so the
 * last entry found is reused per thread while the contig and the lookups' generation stay the same.
 */
template <class Entry>
const Entry* contigEntry(const QHash<QString, Entry>& byContig, quint64 generation, const QString& chrom)
{
    thread_local QString lastChrom;
    thread_local quint64 lastGeneration = 0;
    thread_local const Entry* last = nullptr;
    if (chrom != lastChrom || lastGeneration != generation) {
        lastChrom = chrom;
        lastGeneration = generation;
        const auto it = byContig.constFind(TranscriptModels::contigKey(chrom));
        last = it == byContig.cend() ? nullptr : &*it;
    }
    return last;
}

/** A new value for each set of lookups built, so that a lookup cached for one is never used for another. */
quint64 nextGeneration()
{
    static std::atomic<quint64> generations{0};
    return ++generations;
}

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
    m_generation = nextGeneration();
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

Result<TranscriptModels> TranscriptModels::loadGff3(const QString& path)
{
    LineReader lines;
    if (auto r = lines.open(path); !r)
        return Unexpected{r.error()};
    struct Pending
    {
        TranscriptModel model;
        QString geneId;
        std::vector<std::pair<qint64, qint64>> parts; ///< CDS and UTR pieces, for files without exon lines
        int firstCdsPhase = 0;                        ///< phase of the CDS piece at the 5' end
    };
    QHash<QString, QString> geneNames; // gene ID -> symbol
    QHash<QString, int> byId;          // transcript ID -> index in pending
    std::vector<Pending> pending;
    auto attributes = [](QByteArrayView column) {
        QHash<QByteArray, QString> out;
        for (const QByteArray& pair : column.toByteArray().split(';')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                out.insert(pair.left(eq).trimmed(), QUrl::fromPercentEncoding(pair.mid(eq + 1).trimmed()));
        }
        return out;
    };
    auto stripPrefix = [](const QString& id) {
        const qsizetype colon = id.indexOf(u':');
        return colon >= 0 ? id.mid(colon + 1) : id;
    };
    QByteArrayView line;
    while (lines.next(line)) {
        if (line.startsWith("##FASTA"))
            break; // embedded sequences follow
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.toByteArray().split('\t');
        if (f.size() < 9)
            return fail(CoreError::Code::BadInput,
                        Messages::tr("a GFF3 line needs 9 tab-separated columns, this one has %1").arg(f.size()),
                        path,
                        lines.lineNumber());
        const QByteArray& type = f[2];
        // A free-text attribute may hold a tab: the attributes are the rest of the line.
        const auto a = attributes(f.size() == 9 ? QByteArrayView(f[8]) : QByteArrayView(f.mid(8).join('\t')));
        if (type == "gene" || type == "ncRNA_gene" || type == "pseudogene") {
            // A gene's own span is not used (and may reach before a sequence slice's start).
            const QString id = a.value("ID");
            QString name = a.value("Name");
            if (name.isEmpty())
                name = a.value("gene_name");
            if (!id.isEmpty())
                geneNames.insert(id, name.isEmpty() ? stripPrefix(id) : name);
            continue;
        }
        bool okStart = false, okEnd = false;
        const qint64 start = f[3].toLongLong(&okStart) - 1, end = f[4].toLongLong(&okEnd);
        if (!okStart || !okEnd || start < 0 || end <= start)
            return fail(CoreError::Code::BadInput,
                        Messages::tr("GFF3 start and end are not valid 1-based positions"),
                        path,
                        lines.lineNumber());
        if (type == "exon" || type == "CDS" || type == "five_prime_UTR" || type == "three_prime_UTR") {
            for (const QString& parent : a.value("Parent").split(u',', Qt::SkipEmptyParts)) {
                const auto it = byId.constFind(parent);
                if (it == byId.cend())
                    continue; // a feature of a transcript not declared before it, or of another kind
                Pending& t = pending[size_t(*it)];
                if (type == "exon") {
                    t.model.exons.emplace_back(start, end);
                } else {
                    t.parts.emplace_back(start, end);
                    if (type == "CDS") {
                        const bool first = t.model.cdsStart == t.model.cdsEnd;
                        const bool fivePrime =
                            first || (t.model.minus ? end > t.model.cdsEnd : start < t.model.cdsStart);
                        if (fivePrime)
                            t.firstCdsPhase = f[7] == "1" ? 1 : f[7] == "2" ? 2 : 0;
                        t.model.cdsStart = first ? start : std::min(t.model.cdsStart, start);
                        t.model.cdsEnd = first ? end : std::max(t.model.cdsEnd, end);
                    }
                }
            }
            continue;
        }
        // Any other feature with a gene as parent is a transcript (mRNA, transcript, lnc_RNA ...).
        const QString parent = a.value("Parent");
        const QString id = a.value("ID");
        if (id.isEmpty() || parent.isEmpty() || !geneNames.contains(parent))
            continue;
        Pending t;
        t.geneId = parent;
        TranscriptModel& m = t.model;
        m.chrom = contigKey(QString::fromLatin1(f[0]));
        m.minus = f[6] == "-";
        m.txStart = start;
        m.txEnd = end;
        QString accession = a.value("transcript_id");
        if (accession.isEmpty())
            accession = stripPrefix(id);
        const QString version = a.value("version");
        if (!version.isEmpty() && !accession.contains(u'.'))
            accession += u'.' + version;
        m.refseq = accession;
        if (accession.startsWith(u"ENST"))
            m.ensembl = accession;
        m.source = u"GFF3 "_s + QFileInfo(path).fileName();
        byId.insert(id, int(pending.size()));
        pending.push_back(std::move(t));
    }
    if (const auto& e = lines.error())
        return Unexpected{*e};
    TranscriptModels models;
    for (Pending& t : pending) {
        TranscriptModel& m = t.model;
        auto& exons = m.exons.empty() ? t.parts : m.exons;
        std::sort(exons.begin(), exons.end());
        // Adjacent or overlapping pieces (a CDS and its UTR) make one exon.
        std::vector<std::pair<qint64, qint64>> merged;
        for (const auto& e : exons) {
            if (!merged.empty() && e.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, e.second);
            else
                merged.push_back(e);
        }
        if (merged.empty())
            continue;
        m.exons = std::move(merged);
        m.txStart = std::min(m.txStart, m.exons.front().first);
        m.txEnd = std::max(m.txEnd, m.exons.back().second);
        m.gene = geneNames.value(t.geneId);
        m.cdsPhase = t.firstCdsPhase;
        m.prepare();
        models.m_models.push_back(std::move(m));
    }
    if (models.m_models.empty())
        return fail(CoreError::Code::BadInput, Messages::tr("the GFF3 file describes no transcript with exons"), path);
    models.index();
    return models;
}

const TranscriptModels& TranscriptModels::bundled(GenomeBuild build)
{
    auto loadBundled = [](const QString& name) {
        auto loaded = load(u":/oncoboard/genes/transcripts.%1.tsv.gz"_s.arg(name));
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().toString()));
            return TranscriptModels();
        }
        if (auto spans = loaded->loadSpans(u":/oncoboard/genes/genespans.%1.tsv.gz"_s.arg(name)); !spans)
            qWarning("%s", qPrintable(spans.error().toString()));
        return std::move(*loaded);
    };
    static const TranscriptModels none;
    if (build == GenomeBuild::GRCh37) {
        static const TranscriptModels grch37 = loadBundled(u"grch37"_s);
        return grch37;
    }
    if (build == GenomeBuild::GRCh38) {
        static const TranscriptModels grch38 = loadBundled(u"grch38"_s);
        return grch38;
    }
    return none;
}

void TranscriptModels::near(
    const QString& chrom, qint64 pos, qint64 end, qint64 flank, std::vector<const TranscriptModel*>& found) const
{
    found.clear();
    const auto* it = contigEntry(m_byChrom, m_generation, chrom);
    if (!it)
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

Result<void> TranscriptModels::loadSpans(const QString& path)
{
    TsvReader tsv;
    if (auto r = tsv.open(path, true); !r)
        return r;
    const int cChrom = tsv.column("chrom"), cStart = tsv.column("start"), cEnd = tsv.column("end"),
              cGene = tsv.column("gene"), cBiotype = tsv.column("biotype");
    if (cChrom < 0 || cStart < 0 || cEnd < 0 || cGene < 0 || cBiotype < 0)
        return fail(CoreError::Code::BadInput, Messages::tr("not a gene extent table"), path, 1);
    QHash<QString, SpanContig> contigs;
    while (tsv.next()) {
        bool okStart = false, okEnd = false;
        GeneSpan span{tsv.text(cGene),
                      tsv.field(cStart).toLongLong(&okStart),
                      tsv.field(cEnd).toLongLong(&okEnd),
                      tsv.field(cBiotype) == "coding"};
        if (!okStart || !okEnd || span.start < 0 || span.end <= span.start || span.gene.isEmpty())
            return fail(CoreError::Code::BadInput, Messages::tr("not a gene extent"), path, tsv.lineNumber());
        contigs[contigKey(tsv.text(cChrom))].spans.push_back(std::move(span));
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    for (SpanContig& c : contigs) {
        std::stable_sort(
            c.spans.begin(), c.spans.end(), [](const GeneSpan& a, const GeneSpan& b) { return a.start < b.start; });
        qint64 furthest = 0;
        for (const GeneSpan& g : c.spans)
            c.maxEnd.push_back(furthest = std::max(furthest, g.end));
    }
    m_spans = std::move(contigs);
    m_generation = nextGeneration();
    return {};
}

const GeneSpan* TranscriptModels::spanAt(const QString& chrom, qint64 pos, qint64 end) const
{
    const auto* it = contigEntry(m_spans, m_generation, chrom);
    if (!it)
        return nullptr;
    const qint64 lo = pos - 1, hi = std::max(end, pos);
    const GeneSpan* best = nullptr;
    const auto first = std::upper_bound(it->maxEnd.begin(), it->maxEnd.end(), lo) - it->maxEnd.begin();
    for (auto g = it->spans.begin() + first; g != it->spans.end() && g->start < hi; ++g) {
        if (g->end <= lo)
            continue;
        if (!best || (g->coding && !best->coding)
            || (g->coding == best->coding && g->end - g->start < best->end - best->start))
            best = &*g;
    }
    return best;
}

const TranscriptModel* TranscriptModels::ofGene(const QString& gene) const
{
    const auto it = m_byGene.constFind(gene);
    return it == m_byGene.cend() ? nullptr : &m_models[size_t(*it)];
}

} // namespace onco
