#include "SqlSupport.h"

#include "CaseConnection.h"

#include <QDateTime>

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace onco {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<qint64> execReturningId(QSqlQuery& q, const QString& context)
{
    if (!q.exec() || !q.next())
        return sqlFailure(q.lastError(), context);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

} // namespace

Unexpected sqlFailure(const QSqlError& error, const QString& context)
{
    const QString native = error.nativeErrorCode();
    const QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    if (text.contains(u"final and locked"_s))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("the case is final and locked: amend it to change it"),
                    context);
    // PostgreSQL's SQLSTATE has five characters; SQLite's result codes are numbers of up to four digits.
    if (native.size() == 5) {
        if (native == u"25006" || native == u"42501")
            return fail(CoreError::Code::Io,
                        Messages::tr("the case database refuses this change (read-only session or missing "
                                     "privilege); nothing was saved (%1)")
                            .arg(text),
                        context);
        if (native.startsWith(u"53"_s))
            return fail(
                CoreError::Code::Io,
                Messages::tr("the case database server is out of disk or memory; nothing was saved (%1)").arg(text),
                context);
        if (native == u"40001" || native == u"40P01" || native == u"55P03")
            return fail(CoreError::Code::Database,
                        Messages::tr("the case database is busy with another writer; try again (%1)").arg(text),
                        context);
        if (native.startsWith(u"08"_s) || native.startsWith(u"57"_s))
            return fail(CoreError::Code::Io,
                        Messages::tr("the connection to the case database server was lost; nothing was saved "
                                     "(%1)")
                            .arg(text),
                        context);
        return fail(CoreError::Code::Database, text, context);
    }
    // SQLite result codes (primary code in the low byte): 8 READONLY, 13 FULL, 5 BUSY, 6 LOCKED.
    const int code = native.toInt() & 0xff;
    if (code == 8)
        return fail(CoreError::Code::Io,
                    Messages::tr("the case database is read-only; nothing was saved (%1)").arg(text),
                    context);
    if (code == 13)
        return fail(CoreError::Code::Io, Messages::tr("the disk is full; nothing was saved (%1)").arg(text), context);
    if (code == 5 || code == 6)
        return fail(CoreError::Code::Database,
                    Messages::tr("the case database is busy with another writer; try again (%1)").arg(text),
                    context);
    return fail(CoreError::Code::Database, text, context);
}

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

bool SqlTransaction::begin()
{
    // Writers take the database's write lock at once, so two writers wait for each other instead
    // of failing late, and the audit chain (each entry hashes the one before) never forks. SQLite:
    // IMMEDIATE; PostgreSQL: one transaction-scoped advisory lock for the whole case store.
    QSqlQuery q(m_db);
    m_open = q.exec(isPostgres(m_db) ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    // A server restarted or a network cut since the last statement: connect again, once. Nothing
    // was written yet, so the change is made as if the connection had never gone.
    if (!m_open && isConnectionLost(q.lastError()) && reconnect(m_db)) {
        q = QSqlQuery(m_db);
        m_open = q.exec(u"BEGIN"_s);
    }
    if (m_open && isPostgres(m_db) && !q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writeLockKey))) {
        m_error = q.lastError();
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        m_open = false;
        return false;
    }
    if (!m_open)
        m_error = q.lastError();
    return m_open;
}

Result<void> SqlTransaction::commit()
{
    if (!m_open)
        return {};
    m_open = false;
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        const QSqlError error = q.lastError();
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return sqlFailure(error, m_db.databaseName());
    }
    return {};
}

} // namespace onco
