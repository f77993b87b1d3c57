#include "SqlSupport.h"

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
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
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
    if (text.contains(u"final and locked"_s))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("the case is final and locked: amend it to change it"),
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
    // IMMEDIATE takes the write lock now, so two writers wait for each other instead of failing late.
    QSqlQuery q(m_db);
    m_open = q.exec(u"BEGIN IMMEDIATE"_s);
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
