#include "EvidenceTableModel.h"
#include "kb/KbTerms.h"

#include "match/Tiering.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QMimeData>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace onco {

EvidenceTableModel::EvidenceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceTableModel::setAlteration(std::shared_ptr<const AnnotationResult> result, int alteration)
{
    beginResetModel();
    m_result = std::move(result);
    m_matches.clear();
    if (m_result && alteration >= 0)
        for (const Match& m : m_result->matchesFor(alteration))
            m_matches.push_back(&m);
    // The board reads the evidence for this tumor type first, and what supports before what does
    // not; the order within stays the matcher's (by level).
    auto rank = [this](const Match* m) {
        const bool offLabel = m->relation == TumorRelation::Unrelated || m->relation == TumorRelation::Unknown;
        const bool supports = m_result->evidence[size_t(m->evidence)].direction == u"Supports";
        return int(offLabel) * 2 + int(!supports);
    };
    std::stable_sort(
        m_matches.begin(), m_matches.end(), [&](const Match* a, const Match* b) { return rank(a) < rank(b); });
    endResetModel();
}

const Match* EvidenceTableModel::matchAt(int row) const
{
    return row >= 0 && row < int(m_matches.size()) ? m_matches[size_t(row)] : nullptr;
}

const EvidenceItem* EvidenceTableModel::evidenceAt(int row) const
{
    const Match* m = matchAt(row);
    return m ? &m_result->evidence[size_t(m->evidence)] : nullptr;
}

void EvidenceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceTableModel::relationLabel(TumorRelation relation)
{
    switch (relation) {
    case TumorRelation::Same:
        return tr("same");
    case TumorRelation::EvidenceBroader:
        return tr("broader");
    case TumorRelation::EvidenceNarrower:
        return tr("narrower");
    case TumorRelation::Unrelated:
        return tr("off-label");
    case TumorRelation::Unknown:
        break;
    }
    return tr("unknown");
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const
{
    const EvidenceItem* e = index.isValid() ? evidenceAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Id:
            return e->displayId;
        case Level:
            return e->level;
        case Type:
            return kbTermText(e->evidenceType);
        case Direction:
            return kbTermText(e->direction);
        case Significance:
            return kbTermText(e->significance);
        case Therapies:
            return therapyLabel(*e);
        case Disease:
            return e->disease;
        case Relation: {
            const Match* m = matchAt(index.row());
            if (role == Qt::ToolTipRole)
                return m->relationPath;
            return relationLabel(m->relation);
        }
        case MatchKind:
            return matchClassText(matchAt(index.row())->matchClass);
        }
    }
    if (role == Qt::ForegroundRole) {
        // Counter-evidence and resistance must stand out from support.
        if (e->direction == u"Does Not Support")
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        if (index.column() == Significance && Tiering::basisOf(*e) == TierBasis::Resistance)
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Level)
        return int(Qt::AlignCenter);
    return {};
}

Qt::ItemFlags EvidenceTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList EvidenceTableModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData* EvidenceTableModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList pairs;
    QSet<int> rows;
    for (const QModelIndex& index : indexes)
        if (const Match* m = matchAt(index.row()); m && !rows.contains(index.row())) {
            rows.insert(index.row());
            pairs << u"%1 %2"_s.arg(m->alteration).arg(m->evidence);
        }
    if (pairs.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), pairs.join(u'\n').toUtf8());
    // Other applications get the evidence ids as text.
    QStringList ids;
    for (int row : rows)
        ids << evidenceAt(row)->displayId;
    data->setText(ids.join(u", "_s));
    return data;
}

QList<std::pair<qint32, qint32>> EvidenceTableModel::draggedEvidence(const QMimeData* data)
{
    QList<std::pair<qint32, qint32>> out;
    if (!data || !data->hasFormat(QString::fromLatin1(mimeType)))
        return out;
    for (const QString& line : QString::fromUtf8(data->data(QString::fromLatin1(mimeType))).split(u'\n')) {
        const QStringList parts = line.split(u' ');
        bool a = false, e = false;
        if (parts.size() == 2) {
            const qint32 alteration = parts[0].toInt(&a);
            const qint32 evidence = parts[1].toInt(&e);
            if (a && e && alteration >= 0 && evidence >= 0)
                out.append({alteration, evidence});
        }
    }
    return out;
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Evidence");
    case Level:
        return tr("Level");
    case Type:
        return tr("Type");
    case Direction:
        return tr("Direction");
    case Significance:
        return tr("Significance");
    case Therapies:
        return tr("Therapies");
    case Disease:
        return tr("Disease");
    case Relation:
        return tr("Tumor type");
    case MatchKind:
        return tr("Match");
    }
    return {};
}

} // namespace onco
