#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace onco {

class CaseStore;

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

private:
    QLineEdit* m_search;
    QTreeView* m_view;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    qint64 m_current = 0;
};

} // namespace onco
