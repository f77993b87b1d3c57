#pragma once

#include "TextBindings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace onco {

class CaseStore;

/**
 * The board's meetings: choose a meeting, see its agenda (place, patient, case, tumor type, state,
 * presenter, question, recorded conclusion), reorder it by dragging, put the open case on it,
 * record a conclusion, and save the minutes as PDF. Double-clicking a case asks the window to open it.
 */
class MeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,
        PatientColumn,
        CaseColumn,
        TumorTypeColumn,
        StateColumn,
        PresenterColumn,
        QuestionColumn,
        ConclusionColumn,
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
    };

    explicit MeetingsPanel(QWidget* parent = nullptr);

    /** Shows the meetings of `store` (nullptr: none); keeps the chosen meeting when it is still there. */
    void refresh(CaseStore* store);
    /** The open case (0: none), which "Add Open Case" puts on the agenda. */
    void setCurrentCase(qint64 caseId);
    /** Chooses a meeting by id; false when there is none. */
    bool showMeeting(qint64 meetingId);
    qint64 currentMeeting() const;

    QTreeWidget* agenda() const
    {
        return m_agenda;
    }

    /** Puts the open case at the end of the chosen meeting's agenda. */
    bool addCurrentCase(const QString& presenter, const QString& question);
    /** Records a conclusion on the selected case of the agenda. */
    bool recordConclusion(qint64 caseId, const QString& conclusion);
    /** Moves a case to `position` (1-based) of the agenda, as a drag does. */
    bool moveCase(qint64 caseId, int position);
    /** Writes the chosen meeting's minutes PDF. */
    bool writeMinutes(const QString& path);
    /** Stores the agenda's order as the view shows it (after a drag), one move per case out of place. */
    void applyShownOrder();

signals:
    void caseActivated(qint64 caseId);
    /** Present the meeting's agenda in presentation mode. */
    void presentRequested(qint64 meetingId);
    /** Something could not be done; the window shows it. */
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void newMeeting();
    void addCase();
    void record();
    void saveMinutes();
    void showAgenda();
    void updateButtons();

    TextBindings m_texts;
    CaseStore* m_store = nullptr;
    qint64 m_case = 0;
    QComboBox* m_meetings;
    QLabel* m_participants;
    QTreeWidget* m_agenda;
    QPushButton* m_new;
    QPushButton* m_add;
    QPushButton* m_record;
    QPushButton* m_minutes;
    QPushButton* m_present;
};

} // namespace onco
