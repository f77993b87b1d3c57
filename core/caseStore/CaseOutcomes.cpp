// Outcomes of recommendations (follow-up after the board) and the department's own experience with
// an alteration: earlier patients, what the board recommended for them, and what became of it.

#include "CaseStore.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

const QStringList givenValues{u"given"_s, u"not given"_s, u"unknown"_s};
const QStringList responseValues{u"CR"_s, u"PR"_s, u"SD"_s, u"PD"_s, u"NE"_s};

QString describe(const Outcome& o)
{
    QStringList parts{o.given};
    if (!o.response.isEmpty())
        parts << Messages::tr("response %1").arg(o.response);
    if (!o.startedOn.isEmpty())
        parts << Messages::tr("from %1").arg(o.startedOn);
    if (!o.stoppedOn.isEmpty())
        parts << Messages::tr("stopped %1").arg(o.stoppedOn);
    if (!o.stopReason.isEmpty())
        parts << Messages::tr("because: %1").arg(o.stopReason);
    if (!o.assessedOn.isEmpty())
        parts << Messages::tr("assessed %1").arg(o.assessedOn);
    if (!o.note.isEmpty())
        parts << o.note;
    return parts.join(u"; "_s);
}

} // namespace

Result<qint64> CaseStore::recordOutcome(const Outcome& outcome, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Outcomes); !r)
        return Unexpected{r.error()};
    if (!givenValues.contains(outcome.given))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("'%1' is not one of %2").arg(outcome.given, givenValues.join(u", "_s)),
                    m_path);
    if (!outcome.response.isEmpty() && !responseValues.contains(outcome.response))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("response '%1' is not one of %2 (RECIST 1.1; NE: not evaluable)")
                        .arg(outcome.response, responseValues.join(u", "_s)),
                    m_path);
    if (!outcome.response.isEmpty() && outcome.given != u"given")
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a response is recorded for a treatment that was given"),
                    m_path);
    for (const QString& date : {outcome.startedOn, outcome.stoppedOn, outcome.assessedOn})
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
            return fail(
                CoreError::Code::InvalidArgument, Messages::tr("'%1' is not a date (YYYY-MM-DD)").arg(date), m_path);
    if (!outcome.startedOn.isEmpty() && !outcome.stoppedOn.isEmpty() && outcome.stoppedOn < outcome.startedOn)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("it stopped (%1) before it started (%2)").arg(outcome.stoppedOn, outcome.startedOn),
                    m_path);
    auto item = planItem(outcome.caseId, outcome.planItemId);
    if (!item)
        return Unexpected{item.error()};
    auto earlier = outcomes(outcome.caseId);
    if (!earlier)
        return Unexpected{earlier.error()};
    QString before;
    for (const Outcome& o : std::as_const(*earlier))
        if (o.planItemId == outcome.planItemId)
            before = describe(o);

    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outcome (case_id, plan_item_id, given, response, started_on, stopped_on, stop_reason, "
              "assessed_on, note, account, name, role, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"_s);
    q.addBindValue(outcome.caseId);
    q.addBindValue(outcome.planItemId);
    q.addBindValue(outcome.given);
    q.addBindValue(orNull(outcome.response));
    q.addBindValue(orNull(outcome.startedOn));
    q.addBindValue(orNull(outcome.stoppedOn));
    q.addBindValue(orNull(outcome.stopReason.trimmed()));
    q.addBindValue(orNull(outcome.assessedOn));
    q.addBindValue(orNull(outcome.note.trimmed()));
    q.addBindValue(actor.account);
    q.addBindValue(actor.name.isEmpty() ? actor.account : actor.name);
    q.addBindValue(orNull(actor.role));
    q.addBindValue(now());
    auto id = execReturningId(q, m_path);
    if (!id)
        return id;
    if (auto r = appendAudit(outcome.caseId, actor, u"outcome %1"_s.arg(item->title), before, describe(outcome)); !r)
        return Unexpected{r.error()};
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return id;
}

Result<QList<Outcome>> CaseStore::outcomes(qint64 caseId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT id, case_id, plan_item_id, given, response, started_on, stopped_on, stop_reason, assessed_on, "
              "note, account, name, role, recorded_at FROM outcome WHERE case_id = ? ORDER BY id"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    QList<Outcome> out;
    while (q.next()) {
        Outcome o;
        o.id = q.value(0).toLongLong();
        o.caseId = q.value(1).toLongLong();
        o.planItemId = q.value(2).toLongLong();
        o.given = q.value(3).toString();
        o.response = q.value(4).toString();
        o.startedOn = q.value(5).toString();
        o.stoppedOn = q.value(6).toString();
        o.stopReason = q.value(7).toString();
        o.assessedOn = q.value(8).toString();
        o.note = q.value(9).toString();
        o.recordedBy = Actor{q.value(10).toString(), q.value(11).toString(), q.value(12).toString()};
        o.recordedAt = q.value(13).toString();
        out << o;
    }
    return out;
}

Result<QList<EarlierPatient>>
CaseStore::earlierPatients(const Alteration& a, const QString& tumorType, const QString& patient)
{
    // The same alteration in another case: gene and protein change, or place and alleles, or (copy
    // number, fusions, biomarkers) the same reference.
    QSqlQuery q(database());
    q.prepare(u"SELECT al.case_id, al.ref, p.pseudonym, c.tumor_type FROM alteration al "
              "JOIN case_record c ON c.id = al.case_id JOIN patient p ON p.id = c.patient_id "
              "WHERE c.superseded = 0 AND p.pseudonym <> ? AND (? = '' OR c.tumor_type = ?) AND ("
              "(al.gene = ? AND al.hgvsp = ?) OR (al.chrom = ? AND al.pos = ? AND al.ref_allele = ? AND "
              "al.alt_allele = ?) OR al.ref = ?) ORDER BY c.id DESC"_s);
    // Empty, never NULL: NULL compares to nothing.
    q.addBindValue(patient.isNull() ? u""_s : patient);
    q.addBindValue(tumorType.isNull() ? u""_s : tumorType);
    q.addBindValue(tumorType.isNull() ? u""_s : tumorType);
    q.addBindValue(a.gene().isEmpty() || a.hgvsp().isEmpty() ? u"\x01"_s : a.gene());
    q.addBindValue(a.hgvsp());
    q.addBindValue(a.pos > 0 ? a.chrom : u"\x01"_s);
    q.addBindValue(a.pos);
    q.addBindValue(a.ref);
    q.addBindValue(a.alt);
    q.addBindValue(alterationReference(a));
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    struct Hit
    {
        qint64 caseId;
        QString ref;
        QString patient;
        QString tumorType;
    };
    QList<Hit> hits;
    while (q.next())
        hits << Hit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();

    QList<EarlierPatient> out;
    QSet<QString> seen;
    for (const Hit& hit : std::as_const(hits)) {
        if (seen.contains(hit.patient))
            continue;
        auto plan = this->plan(hit.caseId);
        if (!plan)
            return Unexpected{plan.error()};
        EarlierPatient p{hit.patient, hit.caseId, hit.tumorType, hit.ref, {}, {}};
        for (const PlanItem& item : std::as_const(plan->items))
            if (item.alterations.contains(hit.ref))
                p.recommendations << item;
        if (p.recommendations.isEmpty())
            continue; // the board recommended nothing for it in this case; an older case may have
        auto done = outcomes(hit.caseId);
        if (!done)
            return Unexpected{done.error()};
        for (const PlanItem& item : std::as_const(p.recommendations)) {
            std::optional<Outcome> current;
            for (const Outcome& o : std::as_const(*done))
                if (o.planItemId == item.id)
                    current = o;
            p.outcomes << current;
        }
        seen.insert(hit.patient);
        out << p;
    }
    return out;
}

} // namespace onco
