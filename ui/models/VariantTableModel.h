#pragma once

#include "model/AnnotationResult.h"

#include <QAbstractTableModel>

#include <memory>

namespace onco {

/**
 * The alterations of an annotated case, one row each. Serves display text and, under SortRole,
 * typed values so that a proxy sorts numbers as numbers. The result is shared and never modified.
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
        Filter,
        Evidence,
        BestLevel,
        AmpTier,
        Flags,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< typed value for sorting
        AlterationIndexRole,         ///< index into Case::alterations
    };

    explicit VariantTableModel(QObject* parent = nullptr);

    /** Replaces the case shown (nullptr: none). */
    void setResult(std::shared_ptr<const AnnotationResult> result);
    const std::shared_ptr<const AnnotationResult>& result() const
    {
        return m_result;
    }

    /** True when some alteration has a value in this column (empty columns can be hidden). */
    bool columnHasData(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /** Gene shown for an alteration: its annotation, else the knowledge-base variant it matched. */
    QString geneOf(int row) const;
    /** Protein change from the input's annotation; else the name of the matched knowledge-base variant. */
    QString proteinChangeOf(int row, bool* fromKnowledgeBase = nullptr) const;
    QString bestLevel(int row) const;

    std::shared_ptr<const AnnotationResult> m_result;
    QList<bool> m_columnHasData;
};

} // namespace onco
