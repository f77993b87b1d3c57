#pragma once

#include "DateField.h"
#include "Result.h"
#include "TextBindings.h"
#include "caseStore/PlanEditor.h"
#include "dialogs/PlanItemDialog.h"
#include "model/AnnotationResult.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace onco {

/**
 * The board's treatment plan beside the evidence: recommendations (therapies, trials, further
 * diagnostics) with what they rest on, the meeting, follow-up and conclusion. Drop an evidence
 * item from the evidence panel to recommend from it. Every change goes through the case's
 * PlanEditor (undoable, written at once); a final case shows its plan read-only.
 */
class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPanel(QWidget* parent = nullptr);
    ~PlanPanel() override;

    /**
     * Edits the plan of a stored case, made from `result` (nullptr store or id 0: no stored case,
     * nothing to edit). `chemblOf` names therapies' ChEMBL ids when the knowledge base has them.
     */
    void setCase(CaseStore* store,
                 qint64 caseId,
                 std::shared_ptr<const AnnotationResult> result,
                 bool final,
                 std::function<QString(const QString&)> chemblOf = {});

    /** Asks for a new recommendation of `kind` (the plan dialog) and adds it. */
    void addItem(PlanItemKind kind);
    /** The stored case's alterations a recommendation can rest on, Tier I first. */
    QList<PlanItemDialog::Choice> alterationChoices() const;

    PlanEditor* editor() const
    {
        return m_editor.get();
    }
    /** The plan's undo stack, nullptr without a stored case. */
    QUndoStack* undoStack() const;
    QTreeWidget* tree() const
    {
        return m_tree;
    }
    bool isReadOnly() const
    {
        return m_readOnly;
    }

    /** Recommends from one matched evidence item (as a drop does). */
    [[nodiscard]] Result<qint64> addFromEvidence(qint32 alteration, qint32 evidence);
    /** Applies the details fields (meeting, participants, follow-up, conclusion). */
    [[nodiscard]] Result<void> applyDetails();
    /** Removes the selected recommendation. */
    [[nodiscard]] Result<void> removeSelected();

    DateField* meetingDateEdit() const
    {
        return m_meeting;
    }
    QLineEdit* participantsEdit() const
    {
        return m_participants;
    }
    DateField* followUpEdit() const
    {
        return m_followUp;
    }
    QPlainTextEdit* conclusionEdit() const
    {
        return m_conclusion;
    }

signals:
    /** A message for the status bar (an edit refused, an undo that could not be written). */
    void message(const QString& text);
    /** The user changed the plan (Undo now applies to the plan). */
    void edited();
    /** Another case (or none) is edited: its undo stack, nullptr for none. */
    void undoStackChanged(QUndoStack* stack);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    /** The state line and the recommendations, from the plan held; the details fields stay as typed. */
    void showPlan();
    void editSelected();
    void report(const CoreError& error);
    qint64 selectedId() const;

    TextBindings m_texts;
    std::unique_ptr<PlanEditor> m_editor;
    std::shared_ptr<const AnnotationResult> m_result;
    std::function<QString(const QString&)> m_chemblOf;
    CaseStore* m_store = nullptr;
    qint64 m_caseId = 0;
    bool m_readOnly = true;
    QLabel* m_state;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    DateField* m_meeting;
    QLineEdit* m_participants;
    DateField* m_followUp;
    QPlainTextEdit* m_conclusion;
    QPushButton* m_applyDetails;
};

} // namespace onco
