#include "VariantTableModel.h"

#include "match/Tiering.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

VariantTableModel::VariantTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void VariantTableModel::setResult(std::shared_ptr<const AnnotationResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_columnHasData = QList<bool>(ColumnCount, false);
    if (m_result) {
        bool annotated = false;
        bool normal = false;
        bool filter = false;
        for (const Alteration& a : m_result->caseData.alterations) {
            annotated = annotated || !a.consequence().isEmpty() || !a.hgvsp().isEmpty();
            normal = normal || a.normal.hasVaf();
            filter = filter || !a.filter.isEmpty();
        }
        m_columnHasData.fill(true);
        m_columnHasData[Consequence] = annotated;
        m_columnHasData[NormalVaf] = normal;
        m_columnHasData[Filter] = filter;
        m_columnHasData[ProteinChange] = annotated || !m_result->matches.empty();
    }
    endResetModel();
}

bool VariantTableModel::columnHasData(int column) const
{
    return m_columnHasData.value(column, false);
}

int VariantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->caseData.alterations.size());
}

int VariantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VariantTableModel::geneOf(int row) const
{
    const Alteration& a = m_result->caseData.alterations[size_t(row)];
    if (!a.gene().isEmpty())
        return a.gene();
    const auto matches = m_result->matchesFor(row);
    if (matches.empty())
        return {};
    // The knowledge base names the gene of a coordinate-only match ("BRAF V600E" -> BRAF).
    const QString profile = m_result->evidence[size_t(matches.front().evidence)].molecularProfile;
    return profile.section(u' ', 0, 0);
}

QString VariantTableModel::proteinChangeOf(int row, bool* fromKnowledgeBase) const
{
    const Alteration& a = m_result->caseData.alterations[size_t(row)];
    if (fromKnowledgeBase)
        *fromKnowledgeBase = false;
    if (!a.hgvsp().isEmpty() || !a.gene().isEmpty())
        return a.hgvsp();
    const auto matches = m_result->matchesFor(row);
    if (matches.empty())
        return {};
    // "BRAF V600E" -> "V600E": the knowledge base's name for the allele that matched.
    const QString profile = m_result->evidence[size_t(matches.front().evidence)].molecularProfile;
    if (fromKnowledgeBase)
        *fromKnowledgeBase = true;
    return profile.section(u' ', 1);
}

QString VariantTableModel::bestLevel(int row) const
{
    const auto matches = m_result->matchesFor(row);
    return matches.empty() ? QString() : m_result->evidence[size_t(matches.front().evidence)].level;
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const Alteration& a = m_result->caseData.alterations[size_t(row)];

    if (role == AlterationIndexRole)
        return row;

    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Gene:
            return geneOf(row);
        case ProteinChange:
            return proteinChangeOf(row);
        case Consequence:
            return QString(a.consequence()).replace(u'_', u' ');
        case Kind:
            return alterationKindName(a.kind);
        case Location:
            if (sort)
                return u"%1:%2"_s.arg(a.chrom, 2, QLatin1Char('0')).arg(a.pos, 10, 10, QLatin1Char('0'));
            return u"%1:%2 %3>%4"_s.arg(a.chrom).arg(a.pos).arg(a.ref, a.alt);
        case TumorVaf:
            if (!a.tumor.hasVaf())
                return sort ? QVariant(-1.0) : QVariant();
            return sort ? QVariant(double(a.tumor.vaf))
                        : QVariant(QString::number(double(a.tumor.vaf) * 100, 'f', 1) + u" %"_s);
        case TumorDepth:
            if (!a.tumor.hasDepth())
                return sort ? QVariant(-1) : QVariant();
            return a.tumor.depth;
        case NormalVaf:
            if (!a.normal.hasVaf())
                return sort ? QVariant(-1.0) : QVariant();
            return sort ? QVariant(double(a.normal.vaf))
                        : QVariant(QString::number(double(a.normal.vaf) * 100, 'f', 1) + u" %"_s);
        case Filter:
            return a.filter;
        case Evidence: {
            const qsizetype n = qsizetype(m_result->matchesFor(row).size());
            return sort ? QVariant(n) : (n ? QVariant(n) : QVariant());
        }
        case BestLevel: {
            const QString level = bestLevel(row);
            return sort && level.isEmpty() ? u"Z"_s : level;
        }
        case AmpTier: {
            const AlterationCall* call = m_result->callFor(row);
            if (sort) // unmatched alterations after every tiered one
                return call && !call->amp.tier.isEmpty() ? Tiering::ampRank(call->amp.tier) : 90;
            return call ? call->amp.tier : Tiering::unmatchedCall(*m_result, row).amp.tier;
        }
        case Flags: {
            QStringList codes;
            for (const Flag& f : m_result->caseFlags)
                codes << f.code;
            if (const AlterationCall* call = m_result->callFor(row))
                for (const Flag& f : call->flags)
                    if (!codes.contains(f.code))
                        codes << f.code;
            return codes.join(u", "_s).replace(u'_', u' ');
        }
        }
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == AmpTier || index.column() == Flags)) {
        const AlterationCall* call = m_result->callFor(row);
        if (index.column() == AmpTier)
            return call ? call->amp.reason : Tiering::unmatchedCall(*m_result, row).amp.reason;
        QStringList reasons;
        for (const Flag& f : m_result->caseFlags)
            reasons << f.reason;
        if (call)
            for (const Flag& f : call->flags)
                reasons << f.reason;
        return reasons.join(u"\n"_s);
    }
    if (role == Qt::ForegroundRole && index.column() == Flags) {
        const AlterationCall* call = m_result->callFor(row);
        if (call && !call->flags.isEmpty())
            return QBrush(QColor(0xb2, 0x6a, 0x00));
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case TumorVaf:
        case TumorDepth:
        case NormalVaf:
        case Evidence:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case BestLevel:
        case AmpTier:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Gene && !m_result->matchesFor(row).empty()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    bool fromKb = false;
    if (index.column() == ProteinChange && (role == Qt::FontRole || role == Qt::ToolTipRole)
        && !proteinChangeOf(row, &fromKb).isEmpty() && fromKb) {
        if (role == Qt::ToolTipRole)
            return tr("Named by the knowledge base variant this allele matched; the input file has no annotation.");
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Location && a.origin.line > 0)
        return tr("%1, line %2").arg(m_result->caseData.inputPath(a.origin)).arg(a.origin.line);
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
        return tr("Protein change");
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
    case Filter:
        return tr("Filter");
    case Evidence:
        return tr("Evidence");
    case BestLevel:
        return tr("Best level");
    case AmpTier:
        return tr("AMP tier");
    case Flags:
        return tr("Flags");
    }
    return {};
}

} // namespace onco
