#include "VariantTableModel.h"

#include "io/ProteinChange.h"
#include "match/AlterationFacts.h"
#include "match/Tiering.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <numeric>
#include <string>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

onco::AmpTier ampTierOf(const AnnotationResult& r, qint32 i)
{
    const AlterationCall* call = r.callFor(i);
    return call ? call->ampTier() : Tiering::unmatchedAmpTier(r.caseData.alterations[size_t(i)]);
}

bool excludedDecision(Decision d)
{
    return d == Decision::Exclude || d == Decision::Artefact;
}

/** Chromosomes in genome order, others after them by name. */
qint64 chromRank(const QString& chrom)
{
    const QString c = canonicalContig(chrom);
    bool ok = false;
    const int n = c.toInt(&ok);
    if (ok && n > 0 && n < 100)
        return n;
    if (c == u"X")
        return 23;
    if (c == u"Y")
        return 24;
    if (c == u"MT")
        return 25;
    return 26;
}

/**
 * Ranks of a string column: equal strings equal ranks, in locale-independent order. Readers share
 * repeated strings (genes, consequences), so values are first told apart by their storage and only
 * the distinct ones are compared.
 */
std::vector<qint64> rankStrings(const std::vector<qint32>& rows, const std::function<QString(qint32)>& text, size_t n)
{
    std::vector<qint32> slot(n, 0);
    std::vector<QString> distinct; // keeps each storage alive, so no address is reused
    QHash<const void*, qint32> byStorage;
    for (qint32 i : rows) {
        QString value = text(i);
        const void* key = value.constData();
        auto it = byStorage.constFind(key);
        if (it == byStorage.cend()) {
            it = byStorage.insert(key, qint32(distinct.size()));
            distinct.push_back(std::move(value));
        }
        slot[size_t(i)] = *it;
    }
    std::vector<qint32> order(distinct.size());
    std::iota(order.begin(), order.end(), 0);
    const auto compare = [&](qint32 a, qint32 b) {
        const QString& x = distinct[size_t(a)];
        const QString& y = distinct[size_t(b)];
        // Empty values after every value, whatever the direction of the sort.
        if (x.isEmpty() != y.isEmpty())
            return x.isEmpty() ? 1 : -1;
        return QString::compare(x, y, Qt::CaseInsensitive);
    };
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) { return compare(a, b) < 0; });
    std::vector<qint64> rankOfDistinct(distinct.size(), 0);
    qint64 rank = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && compare(order[k - 1], order[k]) != 0)
            ++rank;
        rankOfDistinct[size_t(order[k])] = rank;
    }
    std::vector<qint64> keys(n, 0);
    for (qint32 i : rows)
        keys[size_t(i)] = rankOfDistinct[size_t(slot[size_t(i)])];
    return keys;
}

/** The sort rank of a tier: its order, strongest first; 99 when not tiered. */
int rankOf(onco::AmpTier tier)
{
    return tier == onco::AmpTier::None ? 99 : int(tier);
}

/** AMP tier rank of an alteration (strongest first; 99: not tiered), without building strings. */
class AmpRanks
{
public:
    explicit AmpRanks(const AnnotationResult& r)
        : m_result(r)
    {
    }

    int operator()(qint32 i)
    {
        if (const AlterationCall* call = m_result.callFor(i))
            return rankOf(call->ampTier());
        const Alteration& a = m_result.caseData.alterations[size_t(i)];
        const AlterationDetail* d = a.detailOrNull();
        const bool pointLike = a.kind != AlterationKind::CopyNumber && a.kind != AlterationKind::Fusion
                               && a.kind != AlterationKind::StructuralVariant && a.kind != AlterationKind::Biomarker;
        // Point alterations: the tier follows the consequence term, unless the term leaves the
        // protein effect open and a protein change is given.
        if (pointLike && d && d->hgvsp.isEmpty()) {
            const void* key = d->consequence.constData();
            auto it = m_byConsequence.constFind(key);
            if (it == m_byConsequence.cend()) {
                m_kept.push_back(d->consequence);
                it = m_byConsequence.insert(key, rankOf(Tiering::unmatchedAmpTier(a)));
            }
            return *it;
        }
        return rankOf(Tiering::unmatchedAmpTier(a));
    }

    /** "I", "II", "III" or "none" as an index 0..3 (VariantFilter::ampTiers). */
    static int group(int rank)
    {
        return rank <= 1 ? 0 : rank <= 3 ? 1 : rank == 4 ? 2 : 3;
    }

private:
    const AnnotationResult& m_result;
    QHash<const void*, int> m_byConsequence;
    std::vector<QString> m_kept;
};

/** Quick search over gene, protein change, location and consequence; repeated strings tested once. */
class QuickSearch
{
public:
    explicit QuickSearch(const QString& text)
        : m_text(text.trimmed())
    {
        // "7:140453136", "chr7:1404" or a bare position: matched against contig and position.
        const qsizetype colon = m_text.indexOf(u':');
        m_contig = colon < 0 ? m_text : m_text.left(colon);
        m_position = (colon < 0 ? m_text : m_text.mid(colon + 1)).toStdString();
        m_hasColon = colon >= 0;
        m_positionIsDigits = !m_position.empty() && std::all_of(m_position.cbegin(), m_position.cend(), [](char c) {
            return c >= '0' && c <= '9';
        });
        // A protein change in any HGVS spelling ("p.Val600Glu", "Val600Glu", "p.(V600E)") is
        // searched for as the table writes it ("V600E").
        if (!m_hasColon && ProteinChange::parse(m_text)) {
            QString normalized = ProteinChange::normalize(m_text);
            if (normalized.startsWith(u"p."_s))
                normalized.remove(0, 2);
            if (!normalized.isEmpty() && normalized.compare(m_text, Qt::CaseInsensitive) != 0)
                m_protein = normalized;
        }
    }

    bool isEmpty() const
    {
        return m_text.isEmpty();
    }

    bool matches(const AnnotationResult& r, qint32 i)
    {
        const Alteration& a = r.caseData.alterations[size_t(i)];
        const QString protein = VariantTableModel::proteinChangeOf(r, i);
        return cached(m_genes, VariantTableModel::geneOf(r, i)) || protein.contains(m_text, Qt::CaseInsensitive)
               || (!m_protein.isEmpty() && protein.contains(m_protein, Qt::CaseInsensitive))
               || cached(m_consequences, a.consequence()) || locationMatches(a);
    }

private:
    bool cached(QHash<const void*, bool>& cache, const QString& value)
    {
        const void* key = value.constData();
        auto it = cache.constFind(key);
        if (it == cache.cend()) {
            m_kept.push_back(value);
            it = cache.insert(key, value.contains(m_text, Qt::CaseInsensitive));
        }
        return *it;
    }

    bool locationMatches(const Alteration& a)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, a.pos).ptr;
        const std::string_view pos(digits, size_t(end - digits));
        if (m_hasColon) {
            // "<contig>:<position prefix>", as in "chr7:140453" (contig names compared canonically).
            return contigMatches(a.chrom)
                   && (m_position.empty() || (m_positionIsDigits && pos.starts_with(m_position)));
        }
        if (cached(m_contigs, a.chrom))
            return true;
        return m_positionIsDigits && pos.find(m_position) != std::string_view::npos;
    }

    bool contigMatches(const QString& chrom)
    {
        if (m_contig.isEmpty())
            return true;
        const void* key = chrom.constData();
        auto it = m_contigs.constFind(key);
        if (it == m_contigs.cend()) {
            m_kept.push_back(chrom);
            it = m_contigs.insert(key,
                                  canonicalContig(chrom).compare(canonicalContig(m_contig), Qt::CaseInsensitive) == 0);
        }
        return *it;
    }

    QString m_text;
    QString m_protein; ///< the text as a normalised protein change without "p.", when it is one in another spelling
    QString m_contig;
    std::string m_position;
    bool m_hasColon = false;
    bool m_positionIsDigits = false;
    QHash<const void*, bool> m_genes;
    QHash<const void*, bool> m_consequences;
    QHash<const void*, bool> m_contigs; // contig contains the text, or (with a colon) is the contig named
    std::vector<QString> m_kept;        // keeps cached storages alive, so no address is reused
};

} // namespace

bool VariantFilter::isEmpty() const
{
    return ampTiers.isEmpty() && consequences.isEmpty() && vafMin <= 0.0f && vafMax >= 1.0f && genes.isEmpty()
           && !onlyActionable && !hideExcluded && search.trimmed().isEmpty();
}

QString consequenceGroup(const Alteration& a)
{
    switch (a.kind) {
    case AlterationKind::CopyNumber:
        return u"cna"_s;
    case AlterationKind::Fusion:
        return u"fusion"_s;
    case AlterationKind::StructuralVariant:
    case AlterationKind::Biomarker:
        return u"other"_s;
    default:
        break;
    }
    switch (AlterationFacts::effectOf(a)) {
    case Effect::Missense:
        return u"missense"_s;
    case Effect::Nonsense:
    case Effect::Frameshift:
    case Effect::StartLoss:
    case Effect::Ablation:
        return u"truncating"_s;
    case Effect::InframeDeletion:
    case Effect::InframeInsertion:
    case Effect::ProteinAltering:
        return u"inframe"_s;
    case Effect::SpliceSite:
    case Effect::SpliceRegion:
        return u"splice"_s;
    default:
        return u"other"_s;
    }
}

VariantTableModel::VariantTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString VariantTableModel::geneOf(const AnnotationResult& r, qint32 i)
{
    const Alteration& a = r.caseData.alterations[size_t(i)];
    if (!a.mainGene().isEmpty())
        return a.mainGene();
    const auto matches = r.matchesFor(i);
    if (matches.empty())
        return {};
    // The knowledge base names the gene of a coordinate-only match ("BRAF V600E" -> BRAF).
    return r.evidence[size_t(matches.front().evidence)].molecularProfile.section(u' ', 0, 0);
}

double VariantTableModel::copyNumberValue(const Alteration& a, bool log2)
{
    const AlterationDetail* d = a.kind == AlterationKind::CopyNumber ? a.detailOrNull() : nullptr;
    if (!d)
        return std::numeric_limits<double>::quiet_NaN();
    return double(log2 ? d->extra().log2Ratio : d->extra().copyNumber);
}

QString VariantTableModel::locationOf(const Alteration& a)
{
    if (a.chrom.isEmpty())
        return {}; // a gene-level call (a copy-number table, a fusion list without breakpoints)
    const AlterationDetail* d = a.detailOrNull();
    switch (a.kind) {
    case AlterationKind::CopyNumber:
        if (a.pos <= 0)
            return a.chrom;
        return d && d->extra().end > a.pos ? u"%1:%2-%3"_s.arg(a.chrom).arg(a.pos).arg(d->extra().end)
                                           : u"%1:%2"_s.arg(a.chrom).arg(a.pos);
    case AlterationKind::Fusion:
    case AlterationKind::StructuralVariant: {
        QString here = a.pos > 0 ? u"%1:%2"_s.arg(a.chrom).arg(a.pos) : a.chrom;
        if (d && !d->extra().partnerChrom.isEmpty())
            here += u" :: "_s
                    + (d->extra().partnerPos > 0 ? u"%1:%2"_s.arg(d->extra().partnerChrom).arg(d->extra().partnerPos)
                                                 : d->extra().partnerChrom);
        return here;
    }
    case AlterationKind::Biomarker:
        return {};
    default:
        break;
    }
    if (a.pos <= 0)
        return a.chrom;
    return u"%1:%2 %3>%4"_s.arg(a.chrom).arg(a.pos).arg(a.ref, a.alt);
}

QString VariantTableModel::proteinChangeOf(const AnnotationResult& r, qint32 i, bool* fromKnowledgeBase)
{
    const Alteration& a = r.caseData.alterations[size_t(i)];
    if (fromKnowledgeBase)
        *fromKnowledgeBase = false;
    // Alterations without a protein change read as what they are: "amplification (CN 8)", "EML4::ALK fusion".
    if (const AlterationDetail* d = a.detailOrNull(); d && a.hgvsp().isEmpty()) {
        switch (a.kind) {
        case AlterationKind::CopyNumber: {
            QString text;
            switch (d->extra().cnaCall) {
            case CnaCall::Amplification:
                text = tr("amplification");
                break;
            case CnaCall::Gain:
                text = tr("gain");
                break;
            case CnaCall::ShallowDeletion:
                text = tr("shallow deletion");
                break;
            case CnaCall::DeepDeletion:
                text = tr("deep deletion");
                break;
            case CnaCall::Neutral:
                text = tr("copy neutral");
                break;
            }
            if (std::isfinite(d->extra().copyNumber))
                text += tr(" (CN %1)").arg(double(d->extra().copyNumber));
            return text;
        }
        case AlterationKind::Fusion:
            return tr("%1 fusion").arg(a.fusionName());
        case AlterationKind::Biomarker:
            return d->extra().status.isEmpty() ? d->extra().biomarker : d->extra().status;
        default:
            break;
        }
    }
    if (!a.hgvsp().isEmpty())
        return a.hgvsp();
    // "BRAF V600E" -> "V600E": the knowledge base's name for the allele that matched exactly.
    for (const Match& m : r.matchesFor(i)) {
        if (m.matchClass != MatchClass::Exact)
            continue;
        if (fromKnowledgeBase)
            *fromKnowledgeBase = true;
        return r.evidence[size_t(m.evidence)].molecularProfile.section(u' ', 1);
    }
    // A predicted coding change whose new residue needs the reference codon: "V600?"; without the
    // protein's residue only the codon ("codon 411?"; never "X", which reads as a stop).
    if (const AlterationDetail* d = a.detailOrNull(); d && d->extra().proteinPosition > 0) {
        const QString fs = d->consequence == u"frameshift_variant" ? u"fs"_s : QString();
        return d->extra().refResidue.isNull()
                   ? tr("codon %1%2?").arg(d->extra().proteinPosition).arg(fs)
                   : QString(d->extra().refResidue) + QString::number(d->extra().proteinPosition) + fs + u'?';
    }
    // No protein change (a splice site, a UTR): the change in the transcript.
    return a.hgvsc();
}

std::vector<qint32> VariantTableModel::rowOrder(const AnnotationResult& r,
                                                const DecisionMap& decisions,
                                                const VariantFilter& filter,
                                                int column,
                                                Qt::SortOrder order)
{
    const auto& alterations = r.caseData.alterations;
    const size_t n = alterations.size();
    std::vector<qint32> rows;
    rows.reserve(n);
    QuickSearch search(filter.search);
    AmpRanks ampRanks(r);
    const bool byTier = !filter.ampTiers.isEmpty() || filter.onlyActionable;
    bool tierShown[4];
    static const QString groups[4] = {u"I"_s, u"II"_s, u"III"_s, u"none"_s};
    for (int g = 0; g < 4; ++g)
        tierShown[g] =
            (filter.ampTiers.isEmpty() || filter.ampTiers.contains(groups[g])) && (!filter.onlyActionable || g < 2);
    const bool byVaf = filter.vafMin > 0.0f || filter.vafMax < 1.0f;
    for (qint32 i = 0; i < qint32(n); ++i) {
        const Alteration& a = alterations[size_t(i)];
        if (byVaf && a.tumor.hasVaf() && (a.tumor.vaf < filter.vafMin || a.tumor.vaf > filter.vafMax))
            continue;
        if (!filter.genes.isEmpty() && !filter.genes.contains(geneOf(r, i).toUpper()))
            continue;
        if (filter.hideExcluded) {
            const auto d = decisions.constFind(i);
            if (d != decisions.cend() && excludedDecision(*d))
                continue;
        }
        if (byTier && !tierShown[AmpRanks::group(ampRanks(i))])
            continue;
        if (!filter.consequences.isEmpty() && !filter.consequences.contains(consequenceGroup(a)))
            continue;
        if (!search.isEmpty() && !search.matches(r, i))
            continue;
        rows.push_back(i);
    }

    // Sort keys, typed; strings ranked once.
    std::vector<qint64> keys;
    std::vector<double> reals;
    auto number = [&](auto value) {
        keys.assign(n, 0);
        for (qint32 i : rows)
            keys[size_t(i)] = qint64(value(i));
    };
    switch (column) {
    case Gene:
        keys = rankStrings(
            rows, [&](qint32 i) { return geneOf(r, i); }, n);
        break;
    case ProteinChange:
        keys = rankStrings(
            rows, [&](qint32 i) { return proteinChangeOf(r, i); }, n);
        break;
    case Consequence:
        keys = rankStrings(
            rows, [&](qint32 i) { return alterations[size_t(i)].consequence(); }, n);
        break;
    case Filter:
        keys = rankStrings(
            rows, [&](qint32 i) { return alterations[size_t(i)].filter; }, n);
        break;
    case Kind:
        number([&](qint32 i) { return int(alterations[size_t(i)].kind); });
        break;
    case Location:
        number([&](qint32 i) {
            const Alteration& a = alterations[size_t(i)];
            return chromRank(a.chrom) * 10'000'000'000LL + a.pos;
        });
        break;
    case TumorVaf:
    case NormalVaf:
        reals.assign(n, -1.0);
        for (qint32 i : rows) {
            const ReadSupport& s = column == TumorVaf ? alterations[size_t(i)].tumor : alterations[size_t(i)].normal;
            reals[size_t(i)] = s.hasVaf() ? double(s.vaf) : -1.0;
        }
        break;
    case TumorDepth:
        number([&](qint32 i) { return alterations[size_t(i)].tumor.depth; });
        break;
    case CopyNumber:
    case Log2Ratio:
        // Unknown values last in ascending order, as VAFs.
        reals.assign(n, -1e9);
        for (qint32 i : rows) {
            const double v = copyNumberValue(alterations[size_t(i)], column == Log2Ratio);
            reals[size_t(i)] = std::isfinite(v) ? v : -1e9;
        }
        break;
    case Evidence:
        number([&](qint32 i) { return qint64(r.matchesFor(i).size()); });
        break;
    case BestLevel:
        number([&](qint32 i) {
            const auto m = r.matchesFor(i);
            return m.empty() ? 99 : Tiering::levelRank(r.evidence[size_t(m.front().evidence)].level);
        });
        break;
    case AmpTier:
        number([&](qint32 i) { return ampRanks(i); });
        break;
    case Escat:
        number([&](qint32 i) {
            const AlterationCall* c = r.callFor(i);
            return c ? Tiering::escatRank(c->escat.tier) : 99;
        });
        break;
    case OncoKb:
        number([&](qint32 i) {
            const AlterationCall* c = r.callFor(i);
            return c ? Tiering::oncokbRank(c->oncokb.tier) : 99;
        });
        break;
    case MatchKind:
        number([&](qint32 i) {
            int best = 99;
            for (const Match& m : r.matchesFor(i))
                best = std::min(best, int(m.matchClass));
            return best;
        });
        break;
    case Flags:
        number([&](qint32 i) {
            const AlterationCall* c = r.callFor(i);
            return c ? -c->flags.size() : 0; // most flags first
        });
        break;
    case Decision:
        number([&](qint32 i) {
            const auto d = decisions.constFind(i);
            return d == decisions.cend() ? 99 : int(*d);
        });
        break;
    default:
        number([](qint32 i) { return i; });
        break;
    }
    const bool ascending = order == Qt::AscendingOrder;
    if (!reals.empty()) {
        std::stable_sort(rows.begin(), rows.end(), [&](qint32 a, qint32 b) {
            return ascending ? reals[size_t(a)] < reals[size_t(b)] : reals[size_t(a)] > reals[size_t(b)];
        });
    } else {
        std::stable_sort(rows.begin(), rows.end(), [&](qint32 a, qint32 b) {
            return ascending ? keys[size_t(a)] < keys[size_t(b)] : keys[size_t(a)] > keys[size_t(b)];
        });
    }
    return rows;
}

void VariantTableModel::setResult(std::shared_ptr<const AnnotationResult> result,
                                  const DecisionMap& decisions,
                                  std::optional<std::vector<qint32>> rows)
{
    beginResetModel();
    m_result = std::move(result);
    m_decisions = decisions;
    m_columnHasData = QList<bool>(ColumnCount, false);
    m_rows.clear();
    if (m_result) {
        bool annotated = false;
        bool normal = false;
        bool filter = false;
        bool named = false; // a copy-number change, fusion or biomarker reads in the alteration column
        bool copyNumber = false;
        bool log2 = false;
        for (const Alteration& a : m_result->caseData.alterations) {
            annotated = annotated || !a.consequence().isEmpty() || !a.hgvsp().isEmpty();
            normal = normal || a.normal.hasVaf();
            filter = filter || !a.filter.isEmpty();
            named = named || a.kind == AlterationKind::CopyNumber || a.kind == AlterationKind::Fusion
                    || a.kind == AlterationKind::Biomarker;
            copyNumber = copyNumber || std::isfinite(copyNumberValue(a, false));
            log2 = log2 || std::isfinite(copyNumberValue(a, true));
        }
        m_columnHasData.fill(true);
        m_columnHasData[Consequence] = annotated;
        m_columnHasData[NormalVaf] = normal;
        m_columnHasData[Filter] = filter;
        m_columnHasData[ProteinChange] = annotated || named || !m_result->matches.empty();
        m_columnHasData[CopyNumber] = copyNumber;
        m_columnHasData[Log2Ratio] = log2;
        m_rows = rows ? std::move(*rows) : rowOrder(*m_result, m_decisions, m_filter, m_sortColumn, m_sortOrder);
    }
    endResetModel();
}

void VariantTableModel::rebuild()
{
    if (!m_result)
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QList<qint32> alterations;
    for (const QModelIndex& p : persistent)
        alterations << alterationAt(p.row());
    m_rows = rowOrder(*m_result, m_decisions, m_filter, m_sortColumn, m_sortOrder);
    // Keep the selection on the same alterations (or drop it when they are filtered out).
    QHash<qint32, int> rowOfAlteration;
    for (int r = 0; r < int(m_rows.size()); ++r)
        rowOfAlteration.insert(m_rows[size_t(r)], r);
    QModelIndexList to;
    for (qsizetype k = 0; k < persistent.size(); ++k) {
        const int row = rowOfAlteration.value(alterations[k], -1);
        to << (row < 0 ? QModelIndex() : index(row, persistent[k].column()));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged();
}

void VariantTableModel::setFilter(const VariantFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void VariantTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

void VariantTableModel::setDecision(qint32 alteration, std::optional<onco::Decision> decision)
{
    if (decision && *decision != Decision::Withdrawn)
        m_decisions.insert(alteration, *decision);
    else
        m_decisions.remove(alteration);
    if (m_filter.hideExcluded || m_sortColumn == Decision) {
        rebuild();
        return;
    }
    const int row = rowOf(alteration);
    if (row >= 0)
        emit dataChanged(index(row, Decision), index(row, Decision));
}

void VariantTableModel::setComment(qint32 alteration, const QString& comment)
{
    if (comment.isEmpty())
        m_comments.remove(alteration);
    else
        m_comments.insert(alteration, comment);
    const int row = rowOf(alteration);
    if (row >= 0)
        emit dataChanged(index(row, Decision), index(row, Decision));
}

void VariantTableModel::setComments(const QHash<qint32, QString>& comments)
{
    m_comments = comments;
    if (rowCount() > 0)
        emit dataChanged(index(0, Decision), index(rowCount() - 1, Decision));
}

int VariantTableModel::rowOf(qint32 alteration) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), alteration);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

qint32 VariantTableModel::alterationAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1;
}

qsizetype VariantTableModel::totalCount() const
{
    return m_result ? qsizetype(m_result->caseData.alterations.size()) : 0;
}

bool VariantTableModel::columnHasData(int column) const
{
    return m_columnHasData.value(column, false);
}

void VariantTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int VariantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= rowCount())
        return {};
    const qint32 i = m_rows[size_t(index.row())];
    const Alteration& a = m_result->caseData.alterations[size_t(i)];
    if (role == AlterationIndexRole)
        return i;

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Gene:
            return geneOf(*m_result, i);
        case ProteinChange:
            return proteinChangeOf(*m_result, i);
        case Consequence:
            return QString(a.consequence()).replace(u'_', u' ');
        case Kind:
            return alterationKindName(a.kind);
        case Location:
            return locationOf(a);
        case CopyNumber:
        case Log2Ratio: {
            const double v = copyNumberValue(a, index.column() == Log2Ratio);
            if (!std::isfinite(v))
                return {};
            return index.column() == Log2Ratio ? QString::number(v, 'f', 2) : QString::number(v, 'g', 3);
        }
        case TumorVaf:
            return a.tumor.hasVaf() ? QVariant(QString::number(double(a.tumor.vaf) * 100, 'f', 1) + u" %"_s)
                                    : QVariant();
        case TumorDepth:
            return a.tumor.hasDepth() ? QVariant(a.tumor.depth) : QVariant();
        case NormalVaf:
            return a.normal.hasVaf() ? QVariant(QString::number(double(a.normal.vaf) * 100, 'f', 1) + u" %"_s)
                                     : QVariant();
        case Filter:
            return a.filter;
        case Evidence: {
            const qsizetype n = qsizetype(m_result->matchesFor(i).size());
            return n ? QVariant(n) : QVariant();
        }
        case BestLevel: {
            const auto m = m_result->matchesFor(i);
            return m.empty() ? QString() : m_result->evidence[size_t(m.front().evidence)].level;
        }
        case AmpTier:
            return ampTierName(ampTierOf(*m_result, i));
        case Escat: {
            const AlterationCall* c = m_result->callFor(i);
            return c && !m_result->matchesFor(i).empty() ? c->escat.tier : QString();
        }
        case OncoKb: {
            const AlterationCall* c = m_result->callFor(i);
            return c ? c->oncokb.tier : QString();
        }
        case MatchKind: {
            int best = 99;
            for (const Match& m : m_result->matchesFor(i))
                best = std::min(best, int(m.matchClass));
            return best == 99 ? QString() : matchClassText(MatchClass(best));
        }
        case Flags: {
            const AlterationCall* call = m_result->callFor(i);
            const QStringList codes =
                Tiering::flagCodes(call ? Tiering::flagsOf(*m_result, *call) : m_result->caseFlags);
            return codes.join(u", "_s).replace(u'_', u' ');
        }
        case Decision: {
            const auto d = m_decisions.constFind(i);
            if (d == m_decisions.cend())
                return QString();
            // A pencil marks a decision with a comment; the comment is the tooltip.
            if (*d == onco::Decision::Withdrawn)
                return QString();
            return m_comments.contains(i) ? decisionText(*d) + u" \u270e"_s : decisionText(*d);
        }
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        const AlterationCall* call = m_result->callFor(i);
        switch (index.column()) {
        case AmpTier:
            return call ? call->amp.reason : Tiering::unmatchedCall(*m_result, i).amp.reason;
        case Escat:
            return call ? call->escat.reason : QVariant();
        case OncoKb:
            return call ? call->oncokb.reason : QVariant();
        case Flags: {
            QStringList reasons;
            for (const Flag& f : call ? Tiering::flagsOf(*m_result, *call) : m_result->caseFlags)
                reasons << f.reason;
            return reasons.join(u"\n"_s);
        }
        case Decision:
            return m_comments.contains(i) ? QVariant(tr("Comment: %1").arg(m_comments.value(i))) : QVariant();
        case Location:
            return a.origin.line > 0
                       ? QVariant(tr("%1, line %2").arg(m_result->caseData.inputPath(a.origin)).arg(a.origin.line))
                       : QVariant();
        case ProteinChange: {
            bool fromKb = false;
            if (!proteinChangeOf(*m_result, i, &fromKb).isEmpty() && fromKb)
                return tr("Named by the knowledge base variant this allele matched; the input file has no annotation.");
            if (const AlterationDetail* d = a.detailOrNull(); d && !d->extra().effectSource.isEmpty())
                return d->extra().effectNote.isEmpty() ? d->extra().effectSource
                                                       : d->extra().effectSource + u"\n"_s + d->extra().effectNote;
            return {};
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        // Colours that read on light and dark palettes alike.
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (index.column() == Flags) {
            const AlterationCall* call = m_result->callFor(i);
            if ((call && !call->flags.isEmpty()) || !m_result->caseFlags.isEmpty())
                return QBrush(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00));
        }
        if (index.column() == AmpTier) {
            if (isTierOne(ampTierOf(*m_result, i)))
                return QBrush(dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20));
        }
        if (index.column() == Decision) {
            const auto d = m_decisions.constFind(i);
            if (d != m_decisions.cend() && excludedDecision(*d))
                return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case TumorVaf:
        case TumorDepth:
        case NormalVaf:
        case CopyNumber:
        case Log2Ratio:
        case Evidence:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case BestLevel:
        case AmpTier:
        case Escat:
        case OncoKb:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole) {
        if ((index.column() == Gene && !m_result->matchesFor(i).empty()) || index.column() == AmpTier) {
            QFont f;
            f.setBold(index.column() == Gene || isTierOne(ampTierOf(*m_result, i)));
            return f;
        }
        bool fromKb = false;
        if (index.column() == ProteinChange && !proteinChangeOf(*m_result, i, &fromKb).isEmpty() && fromKb) {
            QFont f;
            f.setItalic(true);
            return f;
        }
    }
    return {};
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Gene:
        return tr("Gene");
    case ProteinChange:
        return tr("Alteration");
    case Consequence:
        return tr("Consequence");
    case Kind:
        return tr("Type");
    case Location:
        return tr("Location");
    case TumorVaf:
        return tr("Tumor VAF");
    case TumorDepth:
        return tr("Depth");
    case NormalVaf:
        return tr("Normal VAF");
    case CopyNumber:
        return tr("Copy number");
    case Log2Ratio:
        return tr("log2 ratio");
    case Filter:
        return tr("Filter");
    case Evidence:
        return tr("Evidence");
    case BestLevel:
        return tr("Best level");
    case AmpTier:
        return tr("AMP tier");
    case Escat:
        return tr("ESCAT");
    case OncoKb:
        return tr("OncoKB-style");
    case MatchKind:
        return tr("Match");
    case Flags:
        return tr("Flags");
    case Decision:
        return tr("Decision");
    }
    return {};
}

} // namespace onco
