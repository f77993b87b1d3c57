#include "caseStore/PlanEditor.h"

#include "model/AnnotationResult.h"

#include <QCoreApplication>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::PlanEditor)
};

QString summaryOf(const PlanItem& item)
{
    return item.title.size() > 40 ? item.title.left(39) + u'\u2026' : item.title;
}

} // namespace

/**
 * One plan change as an undoable command: the change was written when it was made, so the first
 * redo (QUndoStack::push() calls it) does nothing; later ones write again.
 */
class PlanCommand : public QUndoCommand
{
public:
    PlanCommand(PlanEditor* editor,
                const QString& text,
                std::function<Result<void>()> redoWrite,
                std::function<Result<void>()> undoWrite)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_redo(std::move(redoWrite))
        , m_undo(std::move(undoWrite))
    {
    }

    void redo() override
    {
        if (m_written) {
            m_written = false;
            return;
        }
        m_editor->apply(m_redo());
    }
    void undo() override
    {
        m_editor->apply(m_undo());
    }

private:
    PlanEditor* m_editor;
    std::function<Result<void>()> m_redo;
    std::function<Result<void>()> m_undo;
    bool m_written = true;
};

PlanEditor::PlanEditor(CaseStore* store, qint64 caseId, Actor actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_caseId(caseId)
    , m_actor(std::move(actor))
{
}

Result<void> PlanEditor::reload()
{
    auto plan = m_store->plan(m_caseId);
    if (!plan)
        return Unexpected{plan.error()};
    m_plan = std::move(*plan);
    emit planChanged();
    return {};
}

void PlanEditor::apply(const Result<void>& outcome)
{
    if (!outcome)
        emit failed(outcome.error().message);
    if (auto r = reload(); !r)
        emit failed(r.error().message);
}

Result<qint64> PlanEditor::add(const PlanItem& item)
{
    auto id = m_store->addPlanItem(m_caseId, item, m_actor);
    if (!id)
        return id;
    PlanItem stored = item;
    stored.id = *id;
    m_stack.push(new PlanCommand(
        this,
        Messages::tr("Add %1").arg(summaryOf(item)),
        [this, stored]() -> Result<void> {
            auto again = m_store->addPlanItem(m_caseId, stored, m_actor);
            return again ? Result<void>() : Unexpected{again.error()};
        },
        [this, id = *id] { return m_store->removePlanItem(m_caseId, id, m_actor); }));
    if (auto r = reload(); !r)
        return Unexpected{r.error()};
    return *id;
}

Result<void> PlanEditor::edit(const PlanItem& item)
{
    auto stored = m_store->planItem(m_caseId, item.id);
    if (!stored)
        return Unexpected{stored.error()};
    const PlanItem before = *stored;
    if (auto r = m_store->updatePlanItem(m_caseId, item, m_actor); !r)
        return r;
    m_stack.push(new PlanCommand(
        this,
        Messages::tr("Edit %1").arg(summaryOf(item)),
        [this, item] { return m_store->updatePlanItem(m_caseId, item, m_actor); },
        [this, before] { return m_store->updatePlanItem(m_caseId, before, m_actor); }));
    return reload();
}

Result<void> PlanEditor::remove(qint64 itemId)
{
    auto stored = m_store->planItem(m_caseId, itemId);
    if (!stored)
        return Unexpected{stored.error()};
    const PlanItem before = *stored;
    if (auto r = m_store->removePlanItem(m_caseId, itemId, m_actor); !r)
        return r;
    m_stack.push(new PlanCommand(
        this,
        Messages::tr("Remove %1").arg(summaryOf(before)),
        [this, itemId] { return m_store->removePlanItem(m_caseId, itemId, m_actor); },
        [this, before]() -> Result<void> {
            auto again = m_store->addPlanItem(m_caseId, before, m_actor);
            return again ? Result<void>() : Unexpected{again.error()};
        }));
    return reload();
}

Result<void> PlanEditor::setDetails(const PlanDetails& details)
{
    if (auto r = reload(); !r)
        return r;
    const PlanDetails before = m_plan.details;
    if (before == details)
        return {};
    if (auto r = m_store->setPlanDetails(m_caseId, details, m_actor); !r)
        return r;
    m_stack.push(new PlanCommand(
        this,
        Messages::tr("Edit the plan's conclusion and meeting"),
        [this, details] { return m_store->setPlanDetails(m_caseId, details, m_actor); },
        [this, before] { return m_store->setPlanDetails(m_caseId, before, m_actor); }));
    return reload();
}

PlanItem PlanEditor::fromEvidence(const AnnotationResult& result,
                                  qint32 alteration,
                                  qint32 evidence,
                                  const std::function<QString(const QString&)>& chemblOf)
{
    const EvidenceItem& e = result.evidence[size_t(evidence)];
    const Alteration& a = result.caseData.alterations[size_t(alteration)];
    PlanItem item;
    item.kind = e.therapies.isEmpty() ? PlanItemKind::Diagnostic : PlanItemKind::Therapy;
    item.title = e.therapies.isEmpty() ? Messages::tr("%1: %2 (%3)").arg(e.molecularProfile, e.significance, e.disease)
                                       : therapyLabel(e);
    item.therapies = e.therapies;
    item.interaction = e.therapies.size() > 1 ? e.therapyInteraction : QString();
    if (chemblOf)
        for (const QString& t : e.therapies)
            if (const QString id = chemblOf(t); !id.isEmpty())
                item.therapyIds << u"ChEMBL:"_s + id;
    item.alterations << alterationReference(a);
    item.evidence << e.kb.source + u':' + e.displayId;
    if (!e.citationId.isEmpty())
        item.citations << (e.sourceType.compare(u"PubMed"_s, Qt::CaseInsensitive) == 0 ? u"PMID:"_s
                                                                                       : e.sourceType + u':')
                              + e.citationId;
    item.trials = e.nctIds;
    QStringList level;
    if (const AlterationCall* call = result.callFor(alteration)) {
        if (!call->amp.tier.isEmpty())
            level << u"AMP "_s + call->amp.tier;
        if (!call->escat.tier.isEmpty())
            level << u"ESCAT "_s + call->escat.tier;
        if (!call->oncokb.tier.isEmpty())
            level << u"OncoKB-style "_s + call->oncokb.tier;
    }
    level << e.kb.source + u' ' + e.displayId + u" level "_s + e.level;
    item.level = level.join(u"; "_s);
    item.rationale = Messages::tr("%1 %2 %3 in %4 (%5 %6, level %7)")
                         .arg(e.molecularProfile, e.direction.toLower(), e.significance, e.disease, e.kb.source)
                         .arg(e.displayId, e.level);
    return item;
}

} // namespace onco
