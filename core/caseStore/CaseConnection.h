#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace onco {

/** Where a case database lives: an SQLite file (the embedded default) or a PostgreSQL database. */
enum class CaseBackend
{
    Sqlite,
    Postgres,
};

/** Postgres for a "postgresql://" or "postgres://" URL, SQLite for anything else (a file path). */
CaseBackend caseBackendOf(const QString& location);

/** True when `db` is a PostgreSQL connection. */
bool isPostgres(const QSqlDatabase& db);

/**
 * Adds the QtSql connection `name` to the case database at `location` and opens it.
 *
 * A file path opens SQLite (waiting up to 10 s for another writer's lock). A PostgreSQL URL is
 * `postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...&connect_timeout=...]`; the password comes from
 * ~/.pgpass or PGPASSWORD as libpq reads them and is refused in the URL, which ends up in command
 * lines, settings and logs. Read-only opens the SQLite file read-only and makes every PostgreSQL
 * transaction of the session read only. The caller removes the connection.
 * Errors: InvalidArgument (a malformed URL or one with a password), Database/Io (cannot connect).
 */
[[nodiscard]] Result<void> openCaseConnection(const QString& location, const QString& name, bool readOnly);

/** True when `error` says the connection to a PostgreSQL server was lost (a restart, a network cut). */
bool isConnectionLost(const QSqlError& error);

/**
 * On PostgreSQL, connects again when the server ended the session since its last use; true when
 * the connection is usable. Nothing to do on SQLite.
 */
bool ensureConnected(QSqlDatabase& db);

/** Opens a PostgreSQL connection again, with the settings it was opened with; false on SQLite or failure. */
bool reconnect(QSqlDatabase& db);

/** The location as it may be shown and logged (a PostgreSQL URL without query options). */
QString displayLocation(const QString& location);

} // namespace onco
