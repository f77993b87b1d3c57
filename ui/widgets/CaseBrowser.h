#pragma once

#include "TextBindings.h"
#include "caseStore/CaseStore.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace onco {

/**
 * The cases of the case database: patients, their cases (each version with its state badge and
 * tumor type) and the cases' samples; searchable. Activating a case asks the window to open it.
 */
class CaseBrowser : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, ///< on case rows
    };

    explicit CaseBrowser(QWidget* parent = nullptr);

    /** Lists the cases of `store` (nullptr: none). */
    void refresh(CaseStore* store);
    /** Marks the open case. */
    void setCurrentCase(qint64 caseId);

    QTreeView* view() const
    {
        return m_view;
    }
    QStandardItemModel* model() const
    {
        return m_model;
    }

signals:
    void caseActivated(qint64 caseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    TextBindings m_texts;
    QHash<qint64, CaseSummary> m_summaries; ///< the listed cases, to name them again in another language
    QLineEdit* m_search;
    QTreeView* m_view;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    qint64 m_current = 0;
};

} // namespace onco
