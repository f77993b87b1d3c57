#include "ReviewController.h"

#include "report/CaseSignOff.h"

#include "caseStore/CaseConnection.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QUndoCommand>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** One decision, undone by recording the decision before it (or "withdrawn"). */
class ReviewCommand : public QUndoCommand
{
public:
    /** `before` is the decision replaced; Withdrawn when there was none. */
    ReviewCommand(ReviewController* controller,
                  qint32 alteration,
                  Decision before,
                  QString beforeComment,
                  Decision after,
                  QString afterComment,
                  const QString& text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_alteration(alteration)
        , m_before(before)
        , m_beforeComment(std::move(beforeComment))
        , m_after(after)
        , m_afterComment(std::move(afterComment))
    {
    }

    void redo() override
    {
        // A refused decision is not kept on the stack: QUndoStack drops an obsolete command.
        if (!m_controller->apply(m_alteration, m_after, m_afterComment))
            setObsolete(true);
    }
    void undo() override
    {
        (void)m_controller->apply(
            m_alteration, m_before, m_before != Decision::Withdrawn ? m_beforeComment : ReviewController::tr("undone"));
    }

private:
    ReviewController* m_controller;
    qint32 m_alteration;
    Decision m_before;
    QString m_beforeComment;
    Decision m_after;
    QString m_afterComment;
};

} // namespace

ReviewController::ReviewController(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_watch(new QTimer(this))
{
    // Others' changes of the shown case (a colleague's window, a script) are seen within a second.
    m_watch->setObjectName(u"caseWatch"_s);
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &ReviewController::checkForChanges);
}

void ReviewController::checkForChanges()
{
    if (!m_store || m_case <= 0)
        return;
    // The store connects again by itself when a server ended the session; a reconnection drops
    // the LISTEN, which is renewed here.
    if (auto elsewhere = m_store->changedElsewhere(m_case); elsewhere && *elsewhere)
        emit changedElsewhere(**elsewhere);
    listenForChanges();
}

void ReviewController::listenForChanges()
{
    // On a server, each audit entry is announced (NOTIFY oncoboard_case, the case id): a colleague's
    // change shows as soon as it is committed; the poll stays as the fallback. A reconnection drops
    // the subscription, so it is renewed here.
    if (!m_store)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    const QString channel = u"oncoboard_case"_s;
    if (!isPostgres(db) || !db.isOpen() || db.driver()->subscribedToNotifications().contains(channel))
        return;
    if (db.driver()->subscribeToNotification(channel))
        connect(db.driver(), &QSqlDriver::notification, this, &ReviewController::announced, Qt::UniqueConnection);
}

void ReviewController::announced(const QString&, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (m_case > 0 && payload.toLongLong() == m_case)
        checkForChanges();
}

ReviewController::~ReviewController() = default;

QString ReviewController::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"cases.sqlite"_s);
}

Result<void> ReviewController::openDatabase(const QString& path)
{
    auto store = CaseStore::open(path);
    if (!store)
        return Unexpected{store.error()};
    m_store = std::move(store.value());
    listenForChanges();
    clearCase();
    return {};
}

QString ReviewController::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

void ReviewController::clearCase()
{
    if (m_store && m_case > 0)
        m_store->expectVersion(m_case, CaseVersion());
    m_watch->stop();
    m_case = 0;
    m_storedIds.clear();
    m_decisions.clear();
    m_comments.clear();
    m_undo->clear();
    emit caseChanged();
}

Result<qint64> ReviewController::saveCase(const AnnotationResult& result, const NewCaseInfo& info)
{
    if (!m_store)
        return fail(CoreError::Code::InvalidArgument, tr("no case database is open"));
    auto id = m_store->createCase(result, info, Actor::current());
    if (!id)
        return id;
    // Read at once after the case was written: what this window made is the version it shows.
    auto version = m_store->caseVersion(*id);
    if (!version)
        return Unexpected{version.error()};
    auto stored = m_store->alterations(*id);
    if (!stored)
        return Unexpected{stored.error()};
    // The stored alterations are a subset of the result's, by index.
    QList<qint64> ids(qsizetype(result.caseData.alterations.size()), 0);
    for (const StoredAlteration& s : *stored)
        if (s.index >= 0 && s.index < ids.size())
            ids[s.index] = s.id;
    setCurrentCase(*id, ids, {}, *version);
    return id;
}

void ReviewController::setCurrentCase(qint64 caseId,
                                      QList<qint64> storedIds,
                                      const DecisionMap& decisions,
                                      const CaseVersion& version)
{
    if (m_store && m_case > 0 && m_case != caseId)
        m_store->expectVersion(m_case, CaseVersion());
    m_case = caseId;
    if (m_store && caseId > 0) {
        m_store->expectVersion(caseId, version);
        m_watch->start();
    } else {
        m_watch->stop();
    }
    m_storedIds = std::move(storedIds);
    m_decisions = decisions;
    m_comments.clear();
    if (m_store && caseId > 0) {
        // The comments of the stored decisions, shown beside them.
        if (auto stored = m_store->alterations(caseId)) {
            QHash<qint64, QString> byId;
            for (const StoredAlteration& a : *stored)
                if (a.review && !a.review->comment.isEmpty())
                    byId.insert(a.id, a.review->comment);
            for (qint32 i = 0; i < qint32(m_storedIds.size()); ++i)
                if (const QString c = byId.value(m_storedIds[i]); !c.isEmpty())
                    m_comments.insert(i, c);
        }
    }
    m_undo->clear();
    emit caseChanged();
}

std::optional<CaseSummary> ReviewController::currentSummary() const
{
    if (!m_store || m_case == 0)
        return std::nullopt;
    auto s = m_store->summary(m_case);
    if (!s)
        return std::nullopt;
    return *s;
}

bool ReviewController::isFinal() const
{
    const auto s = currentSummary();
    return s && s->state == CaseState::Final;
}

Result<void> ReviewController::apply(qint32 alteration, Decision decision, const QString& comment)
{
    if (!m_store || m_case == 0)
        return fail(CoreError::Code::InvalidArgument, tr("the case is not in the case database"));
    const qint64 stored = m_storedIds.value(alteration, 0);
    if (stored == 0)
        return fail(CoreError::Code::InvalidArgument,
                    tr("this alteration is not kept for review (not protein-altering, no evidence)"));
    if (auto r = m_store->review(m_case, stored, decision, comment, Actor::current()); !r) {
        m_lastError = r.error();
        emit failed(r.error().message);
        return r;
    }
    if (decision == Decision::Withdrawn) {
        m_decisions.remove(alteration);
        m_comments.remove(alteration);
        emit decisionChanged(alteration, std::nullopt);
    } else {
        m_decisions.insert(alteration, decision);
        m_comments.insert(alteration, comment);
        emit decisionChanged(alteration, decision);
    }
    return {};
}

Result<void> ReviewController::review(qint32 alteration, Decision decision, const QString& comment)
{
    if (!m_store || m_case == 0)
        return fail(CoreError::Code::InvalidArgument, tr("save the case to the case database to review it"));
    if (isFinal())
        return fail(CoreError::Code::InvalidArgument, tr("the case is final and locked: amend it to change it"));
    if (m_storedIds.value(alteration, 0) == 0)
        return fail(CoreError::Code::InvalidArgument,
                    tr("this alteration is not kept for review (not protein-altering, no evidence)"));
    const Decision previous = m_decisions.value(alteration, Decision::Withdrawn);
    m_lastError.reset();
    m_undo->push(new ReviewCommand(this,
                                   alteration,
                                   previous,
                                   m_comments.value(alteration),
                                   decision,
                                   comment,
                                   tr("Mark %1").arg(decisionText(decision))));
    if (m_lastError)
        return Unexpected{*m_lastError};
    return {};
}

QList<ReviewRecord> ReviewController::earlierDecisions(qint32 alteration) const
{
    const qint64 stored = m_storedIds.value(alteration, 0);
    if (!m_store || m_case == 0 || stored == 0)
        return {};
    auto earlier = m_store->earlierDecisions(m_case, stored);
    return earlier ? *earlier : QList<ReviewRecord>();
}

Result<void> ReviewController::acceptEarlierDecision(qint32 alteration)
{
    const QList<ReviewRecord> earlier = earlierDecisions(alteration);
    if (earlier.isEmpty())
        return fail(CoreError::Code::InvalidArgument, tr("no earlier decision on this alteration"));
    const ReviewRecord& e = earlier.front();
    return review(alteration,
                  e.decision,
                  tr("as decided in %1 by %2 on %3%4")
                      .arg(caseVersionName(e.caseNumber, e.version),
                           e.reviewer.name,
                           e.decidedAt.left(10),
                           e.comment.isEmpty() ? QString() : u": "_s + e.comment));
}

Result<void> ReviewController::setState(CaseState state, KnowledgeBase& kb, const SigningKey* key)
{
    if (!m_store || m_case == 0)
        return fail(CoreError::Code::InvalidArgument, tr("save the case to the case database first"));
    if (state != CaseState::Draft && !key)
        return fail(CoreError::Code::InvalidArgument, tr("a sign-off needs the signer's key"));
    if (auto r = state == CaseState::Draft ? m_store->setState(m_case, state, Actor::current())
                                           : CaseSignOff::setState(*m_store, m_case, state, Actor::current(), kb, *key);
        !r)
        return r;
    m_undo->clear(); // decisions before a state change are not undone across it
    emit caseChanged();
    return {};
}

} // namespace onco
