#pragma once

#include "Result.h"
#include "caseStore/CaseStore.h"
#include "caseStore/TreatmentPlan.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace onco {

/**
 * Edits one stored case's treatment plan. Every change is written to the case database at once
 * (with its audit entry) and pushed as a command on the plan's undo stack, whose undo and redo
 * write again. The window's plan editor and `oncoboard-cli plan` use the same commands. A final
 * case refuses every change: amend it first.
 */
class PlanEditor : public QObject
{
    Q_OBJECT

public:
    /** The store must outlive the editor. Call reload() before the first use. */
    PlanEditor(CaseStore* store, qint64 caseId, Actor actor, QObject* parent = nullptr);

    qint64 caseId() const
    {
        return m_caseId;
    }
    /** Who makes the next changes (the audit trail and the items' author). */
    void setActor(Actor actor)
    {
        m_actor = std::move(actor);
    }
    QUndoStack* undoStack()
    {
        return &m_stack;
    }
    /** The plan as last read from the case database. */
    const TreatmentPlan& plan() const
    {
        return m_plan;
    }

    /** Reads the plan again. */
    [[nodiscard]] Result<void> reload();

    /** Adds an item (its id is returned); undo removes it, redo adds it back with the same id. */
    [[nodiscard]] Result<qint64> add(const PlanItem& item);
    /** Replaces the item with the same id; undo restores the earlier content. */
    [[nodiscard]] Result<void> edit(const PlanItem& item);
    /** Removes an item; undo adds it back with its id. */
    [[nodiscard]] Result<void> remove(qint64 itemId);
    /** Sets conclusion, follow-up, meeting date and participants; undo restores the earlier ones. */
    [[nodiscard]] Result<void> setDetails(const PlanDetails& details);

    /**
     * A plan item made from one matched evidence item of an annotation: the therapy (with its
     * interaction), the alteration, the evidence id, citation and trials, the tiers and level it
     * rests on, and a rationale in words; `chemblOf`, when given, supplies ChEMBL ids by name.
     * A diagnostic item when the evidence names no therapy.
     */
    static PlanItem fromEvidence(const AnnotationResult& result,
                                 qint32 alteration,
                                 qint32 evidence,
                                 const std::function<QString(const QString&)>& chemblOf = {});

signals:
    /** The plan changed (a change, an undo or a redo, or a reload). */
    void planChanged();
    /** An undo or redo could not be written (for example, the case was signed final meanwhile). */
    void failed(const QString& message);

private:
    friend class PlanCommand;
    /** Runs a write from an undo or redo; reports a failure through failed(). */
    void apply(const Result<void>& outcome);

    CaseStore* m_store;
    qint64 m_caseId;
    Actor m_actor;
    TreatmentPlan m_plan;
    QUndoStack m_stack;
};

} // namespace onco
