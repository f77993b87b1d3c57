#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace onco {

/**
 * A CoreError from a QtSql error, in words a user can act on: a read-only database or a full disk
 * is an Io error saying so; a locked final case (a trigger) is InvalidArgument; anything else is
 * Database with the message of SQLite or PostgreSQL.
 */
Unexpected sqlFailure(const QSqlError& error, const QString& context);

/** Now in UTC as the case database stores times (ISO 8601 with milliseconds). */
QString now();

/**
 * Runs a prepared INSERT that ends in "RETURNING id" and gives the new row's id (standard SQL that
 * SQLite and PostgreSQL both take, where lastInsertId() is SQLite's own).
 */
Result<qint64> execReturningId(QSqlQuery& q, const QString& context);

/** A text value, NULL when empty. */
QVariant orNull(const QString& s);

/** The PostgreSQL advisory lock every case-store writer holds for its transaction ("OBCS"). */
inline constexpr qint64 writeLockKey = 0x4F424353;

/** One write transaction; rolled back when destroyed before commit(). */
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase& db)
        : m_db(db)
    {
    }
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /** Begins and takes the write lock; false on failure, with the reason in error(). */
    bool begin();
    [[nodiscard]] Result<void> commit();
    const QSqlError& error() const
    {
        return m_error;
    }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace onco
