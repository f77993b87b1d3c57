// The treatment plan and sign-off history of a case: CaseStore's plan_item, plan and audit queries.
#include "CaseStore.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

/** Lists are stored as JSON arrays of strings; NULL when empty. */
QVariant listValue(const QStringList& list)
{
    if (list.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listOf(const QVariant& v)
{
    QStringList out;
    for (const QJsonValue& e : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << e.toString();
    return out;
}

/** How the audit trail names an item: "therapy Encorafenib + Cetuximab for BRAF:p.V600E (priority 1)". */
QString describe(const PlanItem& item)
{
    QString text = planItemKindName(item.kind) + u' ' + item.title;
    if (!item.alterations.isEmpty())
        text += u" for "_s + item.alterations.join(u", "_s);
    if (!item.evidence.isEmpty())
        text += u" on "_s + item.evidence.join(u", "_s);
    if (!item.trials.isEmpty())
        text += u" trials "_s + item.trials.join(u", "_s);
    text += u" (priority %1)"_s.arg(item.priority);
    if (!item.rationale.isEmpty())
        text += u": "_s + item.rationale;
    return text;
}

QString describe(const PlanDetails& d)
{
    QStringList parts;
    if (!d.meetingDate.isEmpty())
        parts << u"meeting "_s + d.meetingDate;
    if (!d.participants.isEmpty())
        parts << u"participants "_s + d.participants.join(u", "_s);
    if (!d.followUp.isEmpty())
        parts << u"follow-up "_s + d.followUp;
    if (!d.conclusion.isEmpty())
        parts << u"conclusion: "_s + d.conclusion;
    return parts.join(u"; "_s);
}

const QString itemColumns = u"id, kind, priority, title, therapies, interaction, therapy_ids, alterations, evidence, "
                            "citations, trials, level, rationale, created_at, created_by"_s;

PlanItem itemOf(const QSqlQuery& q)
{
    PlanItem item;
    item.id = q.value(0).toLongLong();
    item.kind = parsePlanItemKind(q.value(1).toString()).value_or(PlanItemKind::Therapy);
    item.priority = q.value(2).toInt();
    item.title = q.value(3).toString();
    item.therapies = listOf(q.value(4));
    item.interaction = q.value(5).toString();
    item.therapyIds = listOf(q.value(6));
    item.alterations = listOf(q.value(7));
    item.evidence = listOf(q.value(8));
    item.citations = listOf(q.value(9));
    item.trials = listOf(q.value(10));
    item.level = q.value(11).toString();
    item.rationale = q.value(12).toString();
    item.createdAt = q.value(13).toString();
    item.createdBy = q.value(14).toString();
    return item;
}

void bindItem(QSqlQuery& q, const PlanItem& item, const QStringList& alterations)
{
    q.bindValue(u":kind"_s, planItemKindName(item.kind));
    q.bindValue(u":priority"_s, std::max(1, item.priority));
    q.bindValue(u":title"_s, item.title.trimmed());
    q.bindValue(u":therapies"_s, listValue(item.therapies));
    q.bindValue(u":interaction"_s, orNull(item.interaction));
    q.bindValue(u":therapy_ids"_s, listValue(item.therapyIds));
    q.bindValue(u":alterations"_s, listValue(alterations));
    q.bindValue(u":evidence"_s, listValue(item.evidence));
    q.bindValue(u":citations"_s, listValue(item.citations));
    q.bindValue(u":trials"_s, listValue(item.trials));
    q.bindValue(u":level"_s, orNull(item.level));
    q.bindValue(u":rationale"_s, orNull(item.rationale.trimmed()));
}

} // namespace

Result<QList<StateChange>> CaseStore::stateHistory(qint64 caseId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT old_value, new_value, account, name, role, at FROM audit WHERE case_id = ? AND action = "
              "'case.state' ORDER BY seq"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    QList<StateChange> out;
    while (q.next()) {
        StateChange c;
        c.from = parseCaseState(q.value(0).toString()).value_or(CaseState::Draft);
        c.to = parseCaseState(q.value(1).toString()).value_or(CaseState::Draft);
        c.actor = Actor{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        c.at = q.value(5).toString();
        out << c;
    }
    return out;
}

Result<TreatmentPlan> CaseStore::plan(qint64 caseId)
{
    if (auto s = summary(caseId); !s)
        return Unexpected{s.error()};
    QSqlQuery q(database());
    TreatmentPlan plan;
    q.prepare(u"SELECT conclusion, follow_up, meeting_date, participants FROM plan WHERE case_id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (q.next()) {
        plan.details.conclusion = q.value(0).toString();
        plan.details.followUp = q.value(1).toString();
        plan.details.meetingDate = q.value(2).toString();
        plan.details.participants = listOf(q.value(3));
    }
    q.prepare(u"SELECT %1 FROM plan_item WHERE case_id = ? ORDER BY CASE kind WHEN 'therapy' THEN 0 WHEN 'trial' "
              "THEN 1 ELSE 2 END, priority, id"_s.arg(itemColumns));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    while (q.next())
        plan.items << itemOf(q);
    return plan;
}

Result<PlanItem> CaseStore::planItem(qint64 caseId, qint64 itemId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT %1 FROM plan_item WHERE case_id = ? AND id = ?"_s.arg(itemColumns));
    q.addBindValue(caseId);
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (!q.next())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 has no plan item %2").arg(caseId).arg(itemId),
                    m_path);
    return itemOf(q);
}

Result<QStringList> CaseStore::checkPlanItem(qint64 caseId, const PlanItem& item)
{
    if (auto r = requireNotFinal(caseId); !r)
        return Unexpected{r.error()};
    if (item.title.trimmed().isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a plan item needs a title: the therapy, the trial or the diagnostic step"),
                    m_path);
    // Alterations as the case names them ("braf:p.Val600Glu" -> "BRAF:p.V600E" when stored so).
    QStringList refs;
    if (!item.alterations.isEmpty()) {
        auto all = alterations(caseId);
        if (!all)
            return Unexpected{all.error()};
        for (const QString& ref : item.alterations) {
            const StoredAlteration* found = findIn(*all, ref);
            if (!found)
                return noSuchAlteration(caseId, ref);
            if (!refs.contains(found->ref))
                refs << found->ref;
        }
    }
    for (const QString& nct : item.trials)
        if (!QRegularExpression(u"^NCT\\d{8}$"_s).match(nct).hasMatch())
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("'%1' is not a ClinicalTrials.gov id (NCT and 8 digits)").arg(nct),
                        m_path);
    return refs;
}

Result<qint64> CaseStore::addPlanItem(qint64 caseId, const PlanItem& item, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Plan); !r)
        return Unexpected{r.error()};
    auto refs = checkPlanItem(caseId, item);
    if (!refs)
        return Unexpected{refs.error()};
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    // A new item gets its id from the database; an undone deletion comes back under its old one.
    const bool keepId = item.id > 0;
    q.prepare(u"INSERT INTO plan_item (%1case_id, kind, priority, title, therapies, interaction, therapy_ids, "
              "alterations, evidence, citations, trials, level, rationale, created_at, created_by) VALUES (%2"
              ":case, :kind, :priority, :title, :therapies, :interaction, :therapy_ids, :alterations, :evidence, "
              ":citations, :trials, :level, :rationale, :created_at, :created_by) RETURNING id"_s.arg(
                  keepId ? u"id, "_s : QString(), keepId ? u":id, "_s : QString()));
    if (keepId)
        q.bindValue(u":id"_s, item.id);
    q.bindValue(u":case"_s, caseId);
    bindItem(q, item, *refs);
    q.bindValue(u":created_at"_s, item.createdAt.isEmpty() ? now() : item.createdAt);
    q.bindValue(u":created_by"_s, item.createdBy.isEmpty() ? actor.name : item.createdBy);
    auto inserted = execReturningId(q, m_path);
    if (!inserted)
        return Unexpected{inserted.error()};
    const qint64 id = *inserted;
    if (auto r = appendAudit(caseId, actor, u"plan.add"_s, QString(), describe(item)); !r)
        return Unexpected{r.error()};
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return id;
}

Result<void> CaseStore::updatePlanItem(qint64 caseId, const PlanItem& item, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Plan); !r)
        return r;
    auto refs = checkPlanItem(caseId, item);
    if (!refs)
        return Unexpected{refs.error()};
    auto before = planItem(caseId, item.id);
    if (!before)
        return Unexpected{before.error()};
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"UPDATE plan_item SET kind = :kind, priority = :priority, title = :title, therapies = :therapies, "
              "interaction = :interaction, therapy_ids = :therapy_ids, alterations = :alterations, evidence = "
              ":evidence, citations = :citations, trials = :trials, level = :level, rationale = :rationale WHERE id "
              "= :id AND case_id = :case"_s);
    bindItem(q, item, *refs);
    q.bindValue(u":id"_s, item.id);
    q.bindValue(u":case"_s, caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(caseId, actor, u"plan.edit"_s, describe(*before), describe(item)); !r)
        return r;
    return transaction.commit();
}

Result<void> CaseStore::removePlanItem(qint64 caseId, qint64 itemId, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Plan); !r)
        return r;
    if (auto r = requireNotFinal(caseId); !r)
        return r;
    auto before = planItem(caseId, itemId);
    if (!before)
        return Unexpected{before.error()};
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM plan_item WHERE id = ? AND case_id = ?"_s);
    q.addBindValue(itemId);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(caseId, actor, u"plan.remove"_s, describe(*before), QString()); !r)
        return r;
    return transaction.commit();
}

Result<void> CaseStore::setPlanDetails(qint64 caseId, const PlanDetails& details, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::PlanDetails); !r)
        return r;
    if (auto r = requireNotFinal(caseId); !r)
        return r;
    for (const QString& date : {details.followUp, details.meetingDate})
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
            return fail(
                CoreError::Code::InvalidArgument, Messages::tr("'%1' is not a date (YYYY-MM-DD)").arg(date), m_path);
    auto before = plan(caseId);
    if (!before)
        return Unexpected{before.error()};
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO plan (case_id, conclusion, follow_up, meeting_date, participants) VALUES (?,?,?,?,?) "
              "ON CONFLICT (case_id) DO UPDATE SET conclusion = excluded.conclusion, follow_up = excluded.follow_up, "
              "meeting_date = excluded.meeting_date, participants = excluded.participants"_s);
    q.addBindValue(caseId);
    q.addBindValue(orNull(details.conclusion.trimmed()));
    q.addBindValue(orNull(details.followUp));
    q.addBindValue(orNull(details.meetingDate));
    q.addBindValue(listValue(details.participants));
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(caseId, actor, u"plan.details"_s, describe(before->details), describe(details)); !r)
        return r;
    return transaction.commit();
}

} // namespace onco
