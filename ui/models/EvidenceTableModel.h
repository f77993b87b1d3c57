#pragma once

#include "model/AnnotationResult.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace onco {

/** The evidence items matched to one alteration, best level first. */
class EvidenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Level,
        Type,
        Direction,
        Significance,
        Therapies,
        Disease,
        Relation, ///< the disease against the case's tumor type
        MatchKind,
        ColumnCount
    };

    explicit EvidenceTableModel(QObject* parent = nullptr);

    /** "same", "broader", "narrower", "off-label", "unknown" as the table shows them. */
    static QString relationLabel(TumorRelation relation);

    /** Shows the matches of `alteration` in `result` (nullptr or -1: nothing). */
    void setAlteration(std::shared_ptr<const AnnotationResult> result, int alteration);

    /** The match in a row, or nullptr. */
    const Match* matchAt(int row) const;
    const EvidenceItem* evidenceAt(int row) const;
    /** Tells the views that every header and cell reads anew, in the new interface language. */
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Rows drag out as "alteration evidence" index pairs (drop one on the plan to recommend from it). */
    static constexpr const char* mimeType = "application/x-oncoboard-evidence";
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    /** The (alteration, evidence) index pairs of dragged data; empty for other data. */
    static QList<std::pair<qint32, qint32>> draggedEvidence(const QMimeData* data);

private:
    std::shared_ptr<const AnnotationResult> m_result;
    std::vector<const Match*> m_matches; ///< on-label items first, each group in level order
};

} // namespace onco
