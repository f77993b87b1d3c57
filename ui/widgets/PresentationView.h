#pragma once

#include "TextBindings.h"

#include "caseStore/TreatmentPlan.h"
#include "model/AnnotationResult.h"
#include "models/VariantFilter.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTextBrowser;

namespace onco {

class PlotsPanel;

/**
 * The board-meeting view (F11): full screen, large type, one actionable finding at a time (AMP
 * Tier I and II, strongest first) with its tiers, the on-label therapies and the deciding evidence,
 * its flags, the board's decision and the plan's recommendations for it, beside its plots. Arrow keys move between
 * findings; Escape or F11 leaves.
 */
class PresentationView : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationView(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const AnnotationResult> result, const DecisionMap& decisions, const QString& title);
    /**
     * The case's state in words over the findings (DRAFT, PRELIMINARY, FINAL with the signer, or
     * SUPERSEDED), so that a projected draft is never taken for the signed report; empty for a case
     * that is not in the case database ("not saved").
     */
    void setCaseState(const QString& text, bool signedFinal);
    QString caseState() const;
    /** The board's plan: each finding shows the recommendations that rest on it, and the conclusion. */
    void setPlan(const TreatmentPlan& plan);
    /** Alteration indexes of the findings, in the order shown. */
    const QList<qint32>& findings() const
    {
        return m_findings;
    }
    int current() const
    {
        return m_current;
    }
    void showFinding(int index);
    QString text() const;

    /**
     * Presents the case as one of a meeting's agenda: a title page first (its place on the agenda,
     * the patient's pseudonym, tumor type, presenter and the question to the board), then its
     * findings with the plan. Page Down and Page Up then move between the agenda's cases, R records
     * the board's conclusion. Empty: not a meeting.
     */
    void setAgendaPage(const QString& heading, const QString& html);
    bool onAgendaPage() const
    {
        return m_onAgendaPage;
    }
    bool presentsAgenda() const
    {
        return !m_agendaHtml.isEmpty();
    }
    /** Shows the title page of the agenda's case. */
    void showAgendaPage();

signals:
    void exitRequested();
    void nextCaseRequested();
    void previousCaseRequested();
    void recordRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::shared_ptr<const AnnotationResult> m_result;
    DecisionMap m_decisions;
    TreatmentPlan m_plan;
    QList<qint32> m_findings;
    int m_current = -1;
    QString m_agendaHeading;
    QString m_agendaHtml;
    bool m_onAgendaPage = false;
    TextBindings m_texts;
    QLabel* m_title;
    QLabel* m_counter;
    QLabel* m_state;
    QTextBrowser* m_body;
    PlotsPanel* m_plots;
};

} // namespace onco
