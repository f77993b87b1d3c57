#pragma once

#include "VariantFilter.h"
#include "model/AnnotationResult.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace onco {

/**
 * The alterations of an annotated case as a table, with its own sort and filter index: a vector
 * of alteration indexes in display order, built from typed keys (strings ranked once), so that a
 * million rows sort and filter in well under a second without per-cell QVariants. The result is
 * shared and never modified; review decisions are set beside it.
 */
class VariantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Gene,
        ProteinChange,
        Consequence,
        Kind,
        Location,
        TumorVaf,
        TumorDepth,
        NormalVaf,
        CopyNumber, ///< absolute copy number of a copy-number alteration
        Log2Ratio,  ///< its log2 ratio
        Filter,
        Evidence,
        BestLevel,
        AmpTier,
        Escat,
        OncoKb,
        MatchKind,
        Flags,
        Decision,
        ColumnCount
    };
    enum Role
    {
        AlterationIndexRole = Qt::UserRole + 1, ///< index into Case::alterations
    };

    explicit VariantTableModel(QObject* parent = nullptr);

    /**
     * The rows of `result` that pass `filter`, sorted by `column`: the model's index, computed by
     * a pure function so that a worker thread can prepare it for a large case.
     */
    static std::vector<qint32> rowOrder(const AnnotationResult& result,
                                        const DecisionMap& decisions,
                                        const VariantFilter& filter,
                                        int column,
                                        Qt::SortOrder order);

    /**
     * Replaces the case shown (nullptr: none). `rows` is its index when already computed for the
     * current filter and sort (see rowOrder()); otherwise it is computed here.
     */
    void setResult(std::shared_ptr<const AnnotationResult> result,
                   const DecisionMap& decisions = {},
                   std::optional<std::vector<qint32>> rows = std::nullopt);
    const std::shared_ptr<const AnnotationResult>& result() const
    {
        return m_result;
    }

    void setFilter(const VariantFilter& filter);
    const VariantFilter& filter() const
    {
        return m_filter;
    }
    int sortColumn() const
    {
        return m_sortColumn;
    }
    Qt::SortOrder sortOrder() const
    {
        return m_sortOrder;
    }

    /** Updates one alteration's decision (the row may leave the view under "hide excluded"). */
    void setDecision(qint32 alteration, std::optional<onco::Decision> decision);
    /** The reviewer's comment on an alteration's decision, shown with it (empty: none). */
    void setComment(qint32 alteration, const QString& comment);
    void setComments(const QHash<qint32, QString>& comments);
    const DecisionMap& decisions() const
    {
        return m_decisions;
    }

    /** The row showing an alteration, -1 when filtered out. */
    int rowOf(qint32 alteration) const;
    qint32 alterationAt(int row) const;
    /** Alterations shown / in the case. */
    qsizetype totalCount() const;

    /** True when some alteration has a value in this column (empty columns can be hidden). */
    bool columnHasData(int column) const;
    /** Tells the views that every header and cell reads anew, in the new interface language. */
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Gene shown for an alteration: its annotation, else the knowledge-base variant it matched. */
    static QString geneOf(const AnnotationResult& r, qint32 alteration);
    /** A copy-number alteration's absolute copy number or log2 ratio; NaN for other kinds or when not given. */
    static double copyNumberValue(const Alteration& a, bool log2);
    /** "7:140453136 A>T", "12:69200000-69300000", "2:42522656 :: 2:29446394"; empty for a gene-level call. */
    static QString locationOf(const Alteration& a);
    /** Protein change from the input's annotation; else the name of the matched knowledge-base variant. */
    static QString proteinChangeOf(const AnnotationResult& r, qint32 alteration, bool* fromKnowledgeBase = nullptr);

private:
    void rebuild();

    std::shared_ptr<const AnnotationResult> m_result;
    QHash<qint32, QString> m_comments;
    DecisionMap m_decisions;
    VariantFilter m_filter;
    int m_sortColumn = AmpTier;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<qint32> m_rows;
    QList<bool> m_columnHasData;
};

} // namespace onco
