// Board meetings: the agenda (cases in the order they are presented, each with its presenter and
// the question put to the board) and the conclusion the meeting recorded on each case.

#include "CaseStore.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

QStringList participantsOf(const QString& stored)
{
    QStringList out;
    for (const QString& p : stored.split(u';', Qt::SkipEmptyParts))
        if (const QString t = p.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace

Result<qint64> CaseStore::addMeeting(const QString& date,
                                     const QStringList& participants,
                                     const QList<qint64>& caseIds,
                                     const Actor& actor)
{
    auto meeting = createMeeting(date, QString(), participants, actor);
    if (!meeting)
        return meeting;
    for (qint64 c : caseIds)
        if (auto r = addToAgenda(*meeting, c, QString(), QString(), actor); !r)
            return Unexpected{r.error()};
    return meeting;
}

Result<qint64>
CaseStore::createMeeting(const QString& date, const QString& title, const QStringList& participants, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Meetings); !r)
        return Unexpected{r.error()};
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        return fail(
            CoreError::Code::InvalidArgument, Messages::tr("'%1' is not a date (YYYY-MM-DD)").arg(date), m_path);
    for (const QString& p : participants)
        if (p.contains(u';'))
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("a participant's name cannot hold ';': '%1'").arg(p),
                        m_path);
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO meeting (held_on, participants, title) VALUES (?, ?, ?) RETURNING id"_s);
    q.addBindValue(date);
    QStringList names;
    for (const QString& p : participants)
        if (!p.trimmed().isEmpty())
            names << p.trimmed();
    q.addBindValue(names.isEmpty() ? u""_s : names.join(u"; "_s)); // none yet: an empty list, not NULL
    q.addBindValue(orNull(title.trimmed()));
    auto inserted = execReturningId(q, m_path);
    if (!inserted)
        return Unexpected{inserted.error()};
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return *inserted;
}

Result<void> CaseStore::addToAgenda(
    qint64 meetingId, qint64 caseId, const QString& presenter, const QString& question, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Meetings); !r)
        return r;
    auto m = meeting(meetingId);
    if (!m)
        return Unexpected{m.error()};
    auto c = summary(caseId);
    if (!c)
        return Unexpected{c.error()};
    for (const MeetingItem& item : std::as_const(m->agenda))
        if (item.caseId == caseId)
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("case %1 is on the agenda of meeting %2 already").arg(caseId).arg(meetingId),
                        m_path);
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO meeting_case (meeting_id, case_id, position, presenter, question) VALUES (?, ?, "
              "(SELECT coalesce(max(position), 0) + 1 FROM meeting_case WHERE meeting_id = ?), ?, ?)"_s);
    q.addBindValue(meetingId);
    q.addBindValue(caseId);
    q.addBindValue(meetingId);
    q.addBindValue(orNull(presenter.trimmed()));
    q.addBindValue(orNull(question.trimmed()));
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    QString what = Messages::tr("meeting %1 on %2").arg(meetingId).arg(m->heldOn);
    if (!m->participants.isEmpty())
        what += u" ("_s + m->participants.join(u", "_s) + u')';
    if (!question.trimmed().isEmpty())
        what += u": "_s + question.trimmed();
    if (auto r = appendAudit(caseId, actor, u"meeting"_s, QString(), what); !r)
        return r;
    return transaction.commit();
}

Result<void> CaseStore::moveOnAgenda(qint64 meetingId, qint64 caseId, int position, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Meetings); !r)
        return r;
    auto m = meeting(meetingId);
    if (!m)
        return Unexpected{m.error()};
    QList<qint64> order;
    for (const MeetingItem& item : std::as_const(m->agenda))
        order << item.caseId;
    const qsizetype from = order.indexOf(caseId);
    if (from < 0)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 is not on the agenda of meeting %2").arg(caseId).arg(meetingId),
                    m_path);
    if (position < 1 || position > order.size())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("position %1 is not on the agenda (1 to %2)").arg(position).arg(order.size()),
                    m_path);
    order.move(from, position - 1);
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"UPDATE meeting_case SET position = ? WHERE meeting_id = ? AND case_id = ?"_s);
    for (qsizetype i = 0; i < order.size(); ++i) {
        q.addBindValue(int(i + 1));
        q.addBindValue(meetingId);
        q.addBindValue(order[i]);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
    }
    return transaction.commit();
}

Result<void>
CaseStore::recordMeetingOutcome(qint64 meetingId, qint64 caseId, const QString& outcome, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Meetings); !r)
        return r;
    if (outcome.trimmed().isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("the conclusion is empty"), m_path);
    auto m = meeting(meetingId);
    if (!m)
        return Unexpected{m.error()};
    const MeetingItem* item = nullptr;
    for (const MeetingItem& i : std::as_const(m->agenda))
        if (i.caseId == caseId)
            item = &i;
    if (!item)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 is not on the agenda of meeting %2").arg(caseId).arg(meetingId),
                    m_path);
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"UPDATE meeting_case SET outcome = ?, recorded_by = ?, recorded_at = ? WHERE meeting_id = ? AND "
              "case_id = ?"_s);
    q.addBindValue(outcome.trimmed());
    q.addBindValue(actor.label());
    q.addBindValue(now());
    q.addBindValue(meetingId);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(caseId,
                             actor,
                             u"meeting.outcome"_s,
                             item->outcome,
                             Messages::tr("meeting %1 on %2: %3").arg(meetingId).arg(m->heldOn, outcome.trimmed()));
        !r)
        return r;
    return transaction.commit();
}

Result<QList<Meeting>> CaseStore::meetings()
{
    return loadMeetings(std::nullopt);
}

Result<Meeting> CaseStore::meeting(qint64 meetingId)
{
    auto found = loadMeetings(meetingId);
    if (!found)
        return Unexpected{found.error()};
    if (found->isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("there is no meeting %1").arg(meetingId), m_path);
    return found->front();
}

Result<QList<Meeting>> CaseStore::loadMeetings(std::optional<qint64> only)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"SELECT id, held_on, title, participants FROM meeting%1 ORDER BY held_on DESC, id DESC"_s.arg(
        only ? u" WHERE id = ?"_s : QString()));
    if (only)
        q.addBindValue(*only);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    QList<Meeting> out;
    while (q.next())
        out << Meeting{q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       participantsOf(q.value(3).toString()),
                       {}};
    q.finish();
    QSqlQuery items(db);
    items.prepare(u"SELECT meeting_id, case_id, position, presenter, question, outcome, recorded_by, recorded_at "
                  "FROM meeting_case%1 ORDER BY meeting_id, position IS NULL, position, case_id"_s.arg(
                      only ? u" WHERE meeting_id = ?"_s : QString()));
    if (only)
        items.addBindValue(*only);
    if (!items.exec())
        return sqlFailure(items.lastError(), m_path);
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out[i].id, i);
    while (items.next()) {
        const qsizetype i = index.value(items.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        Meeting& m = out[i];
        // Meetings recorded before agendas had an order are listed by case, numbered as they come.
        m.agenda << MeetingItem{items.value(1).toLongLong(),
                                int(m.agenda.size() + 1),
                                items.value(3).toString(),
                                items.value(4).toString(),
                                items.value(5).toString(),
                                items.value(6).toString(),
                                items.value(7).toString()};
    }
    return out;
}

} // namespace onco
