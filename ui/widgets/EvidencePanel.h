#pragma once

#include "TextBindings.h"

#include "model/AnnotationResult.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace onco {

class EvidenceTableModel;

/** The evidence for the selected alteration: a table of items and the details of the chosen one. */
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget* parent = nullptr);

    /** Shows the evidence of one alteration (-1: none selected). */
    void showAlteration(std::shared_ptr<const AnnotationResult> result, int alteration);

    EvidenceTableModel* model() const
    {
        return m_model;
    }
    QTableView* table() const
    {
        return m_table;
    }
    /** Details of the selected evidence item, as shown. */
    QString detailText() const;

    /** Shows this case's decision on the alteration, with reviewer and comment (empty: none). */
    void setDecision(const QString& text);
    QString decisionText() const;
    /** Shows an earlier decision on this alteration in another case, with "Accept" (empty: none). */
    void setEarlierDecision(const QString& text, bool canAccept);
    QString earlierDecisionText() const;
    /** Shows the department's own experience with this alteration: earlier patients here (empty: none). */
    void setEarlierPatients(const QString& text);
    QString earlierPatientsText() const;

signals:
    void acceptEarlierRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showDetails(int row);
    QWidget* m_earlier;
    QLabel* m_earlierText;
    QLabel* m_decision = nullptr;
    QLabel* m_experience = nullptr;
    QPushButton* m_accept;

    std::shared_ptr<const AnnotationResult> m_result;
    TextBindings m_texts;
    int m_alteration = -1;
    QLabel* m_title;
    QTableView* m_table;
    QTextBrowser* m_details;
    EvidenceTableModel* m_model;
};

} // namespace onco
