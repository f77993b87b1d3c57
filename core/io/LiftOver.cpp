#include "LiftOver.h"

#include "io/LineReader.h"
#include "model/Alteration.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDebug>
#include <QHash>

#include <algorithm>
#include <array>
#include <memory>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::LiftOver)
};

constexpr qsizetype maxFields = 14;
using Fields = std::array<QByteArrayView, maxFields>;

/** Splits on spaces and tabs into `fields`; returns the field count (maxFields + 1 when there are more). */
qsizetype splitFields(QByteArrayView line, Fields& fields)
{
    qsizetype count = 0;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i == n)
            break;
        const qsizetype begin = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (count == maxFields)
            return maxFields + 1;
        fields[count++] = line.sliced(begin, i - begin);
    }
    return count;
}

/** Parses a non-negative decimal integer (digits only, at most 18 of them). */
bool parseCount(QByteArrayView text, qint64& value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    return true;
}

bool isPrimaryChromosome(QStringView name)
{
    if (name == u"X" || name == u"Y" || name == u"MT")
        return true;
    bool ok = false;
    const int n = name.toInt(&ok);
    return ok && n >= 1 && n <= 22 && !name.startsWith(u'0') && !name.startsWith(u'+');
}

/** canonicalContig() without allocating: "chr" prefix dropped, "M" written "MT". */
QStringView canonicalView(QStringView chrom)
{
    if (chrom.startsWith(u"chr", Qt::CaseInsensitive))
        chrom = chrom.mid(3);
    if (chrom.compare(u"M", Qt::CaseInsensitive) == 0)
        return u"MT";
    return chrom;
}

/** Complement of an IUPAC nucleotide code, case kept; 0 for anything else. */
char16_t complement(char16_t base)
{
    // Pairs of upper-case codes that complement each other; S, W and N are their own complement.
    constexpr QLatin1StringView from("ACGTRYKMBVDHSWN");
    constexpr QLatin1StringView to("TGCAYRMKVBHDSWN");
    const bool lower = base >= u'a' && base <= u'z';
    const qsizetype i = from.indexOf(QChar(lower ? base - (u'a' - u'A') : base));
    if (base > 0x7f || i < 0)
        return 0;
    const char16_t c = to.at(i).unicode();
    return lower ? char16_t(c + (u'a' - u'A')) : c;
}

bool isBases(QStringView allele)
{
    if (allele.isEmpty())
        return false;
    for (const QChar c : allele)
        if (complement(c.unicode()) == 0)
            return false;
    return true;
}

QString reverseComplement(QStringView bases)
{
    QString out(bases.size(), Qt::Uninitialized);
    QChar* o = out.data();
    for (qsizetype i = bases.size(); i-- > 0;)
        *o++ = QChar(complement(bases[i].unicode()));
    return out;
}

bool sameBase(QChar a, QChar b)
{
    return a.toUpper() == b.toUpper();
}

} // namespace

/** Reads chain lines into raw blocks, then resolves overlapping chains into disjoint segments. */
struct LiftOver::Builder
{
    struct Chain
    {
        double score = 0;
        qint64 aligned = 0;
        bool primaryQuery = false;
    };

    /** Contig names interned: each distinct spelling is canonicalised once. */
    struct NameTable
    {
        QHash<QByteArray, quint32> byRaw;
        QHash<QString, quint32> byName;
        std::vector<QString> names; ///< canonical

        quint32 intern(QByteArrayView rawName);
    };

    explicit Builder(const QString& path)
        : m_path(path)
    {
    }

    Result<void> addLine(QByteArrayView line, qint64 lineNumber);
    Result<void> finish(qint64 lastLine);
    LiftOver take();

private:
    Unexpected bad(const QString& message, qint64 line, QByteArrayView text = {}) const
    {
        Unexpected u = fail(CoreError::Code::BadInput, message, m_path, line);
        u.error.context = QString::fromLatin1(text.first(std::min<qsizetype>(text.size(), 80)));
        return u;
    }
    Result<void> startChain(const Fields& f, qsizetype count, QByteArrayView line, qint64 lineNumber);
    Result<void> addBlock(const Fields& f, qsizetype count, QByteArrayView line, qint64 lineNumber);
    std::vector<Segment> flatten(std::vector<Segment> blocks, const std::vector<quint32>& rank) const;

    QString m_path;
    std::vector<Chain> m_chains;
    NameTable m_targets;
    NameTable m_queries;
    std::vector<std::vector<Segment>> m_blocks; // per target name index

    // The chain being read.
    bool m_inChain = false;
    qint64 m_chainLine = 0;
    quint32 m_target = 0;
    quint32 m_query = 0;
    bool m_tReverse = false;
    bool m_qReverse = false;
    qint64 m_tSize = 0, m_qSize = 0, m_tEnd = 0, m_qEnd = 0;
    qint64 m_t = 0, m_q = 0; // next block start, on the chain's strands
};

quint32 LiftOver::Builder::NameTable::intern(QByteArrayView rawName)
{
    const auto it = byRaw.constFind(rawName.toByteArray());
    if (it != byRaw.cend())
        return it.value();
    // "chr1" and "1" share one interned name.
    const QString canonical = canonicalContig(QString::fromLatin1(rawName));
    quint32 index = quint32(names.size());
    const auto known = byName.constFind(canonical);
    if (known != byName.cend()) {
        index = known.value();
    } else {
        names.push_back(canonical);
        byName.insert(canonical, index);
    }
    byRaw.insert(rawName.toByteArray(), index);
    return index;
}

Result<void> LiftOver::Builder::startChain(const Fields& f, qsizetype count, QByteArrayView line, qint64 lineNumber)
{
    if (m_inChain)
        return bad(Messages::tr("new chain before the last block line (a single size) of the chain on line %1")
                       .arg(m_chainLine),
                   lineNumber,
                   line);
    // chain score tName tSize tStrand tStart tEnd qName qSize qStrand qStart qEnd [id]
    if (count != 12 && count != 13)
        return bad(Messages::tr("chain header needs 12 or 13 fields, found %1").arg(count), lineNumber, line);
    bool scoreOk = false;
    const double score = f[1].toDouble(&scoreOk);
    qint64 tSize = 0, tStart = 0, tEnd = 0, qSize = 0, qStart = 0, qEnd = 0;
    if (!scoreOk)
        return bad(Messages::tr("chain score is not a number"), lineNumber, line);
    if (!parseCount(f[3], tSize) || !parseCount(f[5], tStart) || !parseCount(f[6], tEnd) || !parseCount(f[8], qSize)
        || !parseCount(f[10], qStart) || !parseCount(f[11], qEnd))
        return bad(Messages::tr("chain sizes and coordinates must be non-negative integers"), lineNumber, line);
    const auto strand = [](QByteArrayView s) { return s == "+" ? 0 : s == "-" ? 1 : -1; };
    const int tStrand = strand(f[4]);
    const int qStrand = strand(f[9]);
    if (tStrand < 0 || qStrand < 0)
        return bad(Messages::tr("chain strand must be '+' or '-'"), lineNumber, line);
    if (tStart > tEnd || tEnd > tSize || qStart > qEnd || qEnd > qSize)
        return bad(Messages::tr("chain span lies outside its sequence or ends before it starts"), lineNumber, line);

    m_inChain = true;
    m_chainLine = lineNumber;
    m_target = m_targets.intern(f[2]);
    m_query = m_queries.intern(f[7]);
    if (m_blocks.size() < m_targets.names.size())
        m_blocks.resize(m_targets.names.size());
    m_tReverse = tStrand == 1;
    m_qReverse = qStrand == 1;
    m_tSize = tSize;
    m_qSize = qSize;
    m_tEnd = tEnd;
    m_qEnd = qEnd;
    m_t = tStart;
    m_q = qStart;
    m_chains.push_back(Chain{score, 0, isPrimaryChromosome(m_queries.names[m_query])});
    return {};
}

Result<void> LiftOver::Builder::addBlock(const Fields& f, qsizetype count, QByteArrayView line, qint64 lineNumber)
{
    if (!m_inChain)
        return bad(Messages::tr("alignment block outside a chain (no chain header before it)"), lineNumber, line);
    if (count != 1 && count != 3)
        return bad(Messages::tr("alignment block line needs 3 fields (size dt dq), or 1 to end the chain; found %1")
                       .arg(count),
                   lineNumber,
                   line);
    qint64 size = 0, dt = 0, dq = 0;
    if (!parseCount(f[0], size) || (count == 3 && (!parseCount(f[1], dt) || !parseCount(f[2], dq))))
        return bad(Messages::tr("alignment block sizes must be non-negative integers"), lineNumber, line);
    if (m_t + size > m_tEnd || m_q + size > m_qEnd)
        return bad(Messages::tr("alignment block runs past the end of its chain (target %1, query %2)")
                       .arg(m_tEnd)
                       .arg(m_qEnd),
                   lineNumber,
                   line);
    if (size > 0) {
        // Block [m_t, m_t + size) on the target strand against [m_q, m_q + size) on the query strand; base i of it
        // sits at target forward coordinate tf(i) and query forward coordinate qf(i). Store the forward target range
        // and qf as offset + tf (same strands) or offset - tf (opposite strands).
        const qint64 tf0 = m_tReverse ? m_tSize - 1 - m_t : m_t;
        const qint64 qf0 = m_qReverse ? m_qSize - 1 - m_q : m_q;
        const bool reverse = m_tReverse != m_qReverse;
        Segment s;
        s.tStart = m_tReverse ? m_tSize - m_t - size : m_t;
        s.tEnd = s.tStart + size;
        s.offset = reverse ? qf0 + tf0 : qf0 - tf0;
        s.chain = quint32(m_chains.size() - 1);
        s.query = m_query;
        s.reverse = reverse;
        m_blocks[m_target].push_back(s);
        m_chains.back().aligned += size;
    }
    if (count == 3) {
        m_t += size + dt;
        m_q += size + dq;
        if (m_t > m_tEnd || m_q > m_qEnd)
            return bad(Messages::tr("alignment gap runs past the end of its chain (target %1, query %2)")
                           .arg(m_tEnd)
                           .arg(m_qEnd),
                       lineNumber,
                       line);
        return {};
    }
    if (m_t + size != m_tEnd || m_q + size != m_qEnd)
        return bad(Messages::tr("the blocks of the chain on line %1 end at target %2, query %3, "
                                "but its header says %4, %5")
                       .arg(m_chainLine)
                       .arg(m_t + size)
                       .arg(m_q + size)
                       .arg(m_tEnd)
                       .arg(m_qEnd),
                   lineNumber,
                   line);
    m_inChain = false;
    return {};
}

Result<void> LiftOver::Builder::addLine(QByteArrayView line, qint64 lineNumber)
{
    if (line.startsWith('#'))
        return {};
    Fields f;
    const qsizetype count = splitFields(line, f);
    if (count == 0) {
        if (m_inChain)
            return bad(
                Messages::tr("empty line inside the chain on line %1, before its last block line (a single size)")
                    .arg(m_chainLine),
                lineNumber);
        return {};
    }
    if (f[0] == "chain")
        return startChain(f, count, line, lineNumber);
    return addBlock(f, count, line, lineNumber);
}

Result<void> LiftOver::Builder::finish(qint64 lastLine)
{
    if (m_inChain)
        return bad(Messages::tr("file ends inside the chain on line %1, before its last block line (a single size)")
                       .arg(m_chainLine),
                   lastLine);
    if (m_chains.empty())
        return fail(CoreError::Code::BadInput, Messages::tr("no chains in the file"), m_path, 0);
    return {};
}

std::vector<LiftOver::Segment> LiftOver::Builder::flatten(std::vector<Segment> blocks,
                                                          const std::vector<quint32>& rank) const
{
    std::sort(blocks.begin(), blocks.end(), [](const Segment& a, const Segment& b) { return a.tStart < b.tStart; });
    const auto sameMapping = [](const Segment& a, const Segment& b) {
        return a.chain == b.chain && a.offset == b.offset && a.reverse == b.reverse;
    };
    bool overlaps = false;
    for (size_t i = 1; i < blocks.size() && !overlaps; ++i)
        overlaps = blocks[i].tStart < blocks[i - 1].tEnd;

    std::vector<Segment> out;
    out.reserve(blocks.size());
    if (!overlaps) {
        // Only merge blocks that continue each other (a "0 0" gap, or duplicates removed by the sweep).
        for (const Segment& b : blocks) {
            if (!out.empty() && out.back().tEnd == b.tStart && sameMapping(out.back(), b))
                out.back().tEnd = b.tEnd;
            else
                out.push_back(b);
        }
        return out;
    }

    // Sweep over block starts and ends; between two consecutive event coordinates the best-ranked active block
    // maps the bases.
    struct Event
    {
        qint64 at;
        quint32 block;
        bool start;
    };
    std::vector<Event> events;
    events.reserve(2 * blocks.size());
    for (quint32 i = 0; i < blocks.size(); ++i) {
        events.push_back(Event{blocks[i].tStart, i, true});
        events.push_back(Event{blocks[i].tEnd, i, false});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.at != b.at ? a.at < b.at : (!a.start && b.start); // ends first: blocks are half-open
    });
    std::set<std::pair<quint32, quint32>> active; // (rank of the chain, block)
    for (size_t k = 0; k < events.size();) {
        const qint64 at = events[k].at;
        for (; k < events.size() && events[k].at == at; ++k) {
            const std::pair key{rank[blocks[events[k].block].chain], events[k].block};
            if (events[k].start)
                active.insert(key);
            else
                active.erase(key);
        }
        if (active.empty() || k == events.size())
            continue;
        const Segment& best = blocks[active.begin()->second];
        if (!out.empty() && out.back().tEnd == at && sameMapping(out.back(), best)) {
            out.back().tEnd = events[k].at;
        } else {
            Segment s = best;
            s.tStart = at;
            s.tEnd = events[k].at;
            out.push_back(s);
        }
    }
    return out;
}

LiftOver LiftOver::Builder::take()
{
    // Rank 0 is the best chain: highest score, then a primary-chromosome query, then more aligned bases, then
    // earlier in the file.
    std::vector<quint32> order(m_chains.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) {
        const Chain& x = m_chains[a];
        const Chain& y = m_chains[b];
        if (x.score != y.score)
            return x.score > y.score;
        if (x.primaryQuery != y.primaryQuery)
            return x.primaryQuery;
        if (x.aligned != y.aligned)
            return x.aligned > y.aligned;
        return a < b;
    });
    std::vector<quint32> rank(m_chains.size());
    for (quint32 r = 0; r < order.size(); ++r)
        rank[order[r]] = r;

    LiftOver result;
    result.m_chainCount = qsizetype(m_chains.size());
    result.m_queryNames = std::move(m_queries.names);
    for (size_t i = 0; i < m_targets.names.size(); ++i) {
        Contig contig{m_targets.names[i], flatten(std::move(m_blocks[i]), rank)};
        if (!contig.segments.empty())
            result.m_contigs.push_back(std::move(contig));
    }
    std::sort(result.m_contigs.begin(), result.m_contigs.end(), [](const Contig& a, const Contig& b) {
        return QStringView(a.name) < QStringView(b.name);
    });
    return result;
}

Result<LiftOver> LiftOver::load(const QString& path)
{
    LineReader reader;
    if (const Result<void> opened = reader.open(path); !opened)
        return Unexpected{opened.error()};
    Builder builder(path);
    QByteArrayView line;
    while (reader.next(line)) {
        if (const Result<void> added = builder.addLine(line, reader.lineNumber()); !added)
            return Unexpected{added.error()};
    }
    if (reader.error())
        return Unexpected{*reader.error()};
    if (const Result<void> finished = builder.finish(reader.lineNumber()); !finished)
        return Unexpected{finished.error()};
    return builder.take();
}

const LiftOver* LiftOver::grch38ToGrch37()
{
    // A function-local static is initialised exactly once, even with concurrent first calls.
    static const std::unique_ptr<const LiftOver> instance = []() -> std::unique_ptr<const LiftOver> {
        Result<LiftOver> loaded = load(u":/oncoboard/liftover/GRCh38_to_GRCh37.chain.gz"_s);
        if (!loaded) {
            qWarning().noquote()
                << Messages::tr("GRCh38 to GRCh37 lift-over unavailable: %1").arg(loaded.error().toString());
            return nullptr;
        }
        return std::make_unique<const LiftOver>(std::move(loaded).value());
    }();
    return instance.get();
}

const LiftOver::Contig* LiftOver::findContig(QStringView chrom) const
{
    const QStringView name = canonicalView(chrom);
    const auto it = std::lower_bound(m_contigs.begin(), m_contigs.end(), name, [](const Contig& c, QStringView n) {
        return QStringView(c.name) < n;
    });
    if (it == m_contigs.end() || QStringView(it->name) != name)
        return nullptr;
    return &*it;
}

const LiftOver::Segment* LiftOver::findSegment(const Contig& contig, qint64 t)
{
    const auto& segments = contig.segments;
    auto it = std::upper_bound(
        segments.begin(), segments.end(), t, [](qint64 value, const Segment& s) { return value < s.tStart; });
    if (it == segments.begin())
        return nullptr;
    --it;
    return t < it->tEnd ? &*it : nullptr;
}

std::optional<LiftOver::Position> LiftOver::liftPosition(const QString& chrom, qint64 pos) const
{
    if (pos < 1)
        return std::nullopt;
    const Contig* contig = findContig(chrom);
    if (!contig)
        return std::nullopt;
    const Segment* s = findSegment(*contig, pos - 1);
    if (!s)
        return std::nullopt;
    return Position{m_queryNames[s->query], mapBase(*s, pos - 1) + 1, s->reverse};
}

std::optional<LiftOver::Allele>
LiftOver::liftAllele(const QString& chrom, qint64 pos, const QString& ref, const QString& alt) const
{
    if (pos < 1 || !isBases(ref) || alt.isEmpty())
        return std::nullopt;
    const bool altBases = isBases(alt);
    const bool altSymbolic = alt.size() > 2 && alt.front() == u'<' && alt.back() == u'>';
    const bool altAnyStrand = alt == u"*" || alt == u".";
    if (!altBases && !altSymbolic && !altAnyStrand)
        return std::nullopt; // breakends and junk
    const Contig* contig = findContig(chrom);
    if (!contig)
        return std::nullopt;
    const qint64 first = pos - 1;
    const qint64 last = first + ref.size() - 1;
    const Segment* s = findSegment(*contig, first);
    if (!s || last >= s->tEnd)
        return std::nullopt;
    const QString& name = m_queryNames[s->query];
    if (!s->reverse)
        return Allele{name, mapBase(*s, first) + 1, ref, alt};
    if (altSymbolic)
        return std::nullopt;

    QString newRef = reverseComplement(ref);
    QString newAlt = altBases ? reverseComplement(alt) : alt;
    if (altBases && !sameBase(newRef.front(), newAlt.front())) {
        // A substitution or delins needs no anchor. A pure insertion or deletion (one allele a suffix of the
        // other) had its shared anchor base first and now has it last; the proper anchor is the base before the
        // lifted REF, unknown without the reference sequence.
        const qsizetype shorter = std::min(newRef.size(), newAlt.size());
        qsizetype shared = 0;
        while (shared < shorter && sameBase(newRef[newRef.size() - 1 - shared], newAlt[newAlt.size() - 1 - shared]))
            ++shared;
        if (shared == shorter)
            return std::nullopt;
    }
    return Allele{name, mapBase(*s, last) + 1, std::move(newRef), std::move(newAlt)};
}

std::optional<LiftOver::Interval> LiftOver::liftInterval(const QString& chrom, qint64 start, qint64 end) const
{
    if (start < 1 || end < start)
        return std::nullopt;
    const Contig* contig = findContig(chrom);
    if (!contig)
        return std::nullopt;
    const auto& segments = contig->segments;
    const qint64 t0 = start - 1;
    const qint64 t1 = end - 1;
    // Segments are disjoint and sorted, so their ends are sorted too.
    const auto firstIt =
        std::partition_point(segments.begin(), segments.end(), [t0](const Segment& s) { return s.tEnd <= t0; });
    if (firstIt == segments.end() || firstIt->tStart > t1)
        return std::nullopt; // nothing inside the interval is aligned
    const auto lastIt =
        std::prev(std::partition_point(firstIt, segments.end(), [t1](const Segment& s) { return s.tStart <= t1; }));
    if (firstIt->chain != lastIt->chain)
        return std::nullopt;
    const qint64 a = mapBase(*firstIt, std::max(t0, firstIt->tStart));
    const qint64 b = mapBase(*lastIt, std::min(t1, lastIt->tEnd - 1));
    if (firstIt->reverse ? a < b : a > b)
        return std::nullopt;
    return Interval{m_queryNames[firstIt->query], std::min(a, b) + 1, std::max(a, b) + 1};
}

} // namespace onco
