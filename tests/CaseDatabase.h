#pragma once

// Where the case-store tests keep their case databases. A test run is on SQLite (files in the
// test's temporary folder) or, when ONCOBOARD_TEST_POSTGRES names a throwaway cluster started by
// scripts/pg-cluster (ctest's postgres fixture), on PostgreSQL: the same tests against the second
// backend.

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>
#include <QtTest>

namespace onco::test {

/** The cluster's address (postgresql://USER@127.0.0.1:PORT/postgres), empty on an SQLite run. */
inline QString postgresServer()
{
    const QString dir = qEnvironmentVariable("ONCOBOARD_TEST_POSTGRES");
    if (dir.isEmpty())
        return {};
    QFile f(dir + QStringLiteral("/url"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

/** True on the PostgreSQL run of a test. */
inline bool onPostgres()
{
    return !qEnvironmentVariableIsEmpty("ONCOBOARD_TEST_POSTGRES");
}

/** Adds QtSql connection `name` to the case database at `location` (either backend), unopened. */
inline QSqlDatabase addConnection(const QString& location, const QString& name)
{
    if (!location.startsWith(QStringLiteral("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

/** Runs `sql` on the cluster's maintenance database; fatal on failure (the run cannot go on). */
inline void onServer(const QString& sql, const QString& check = QString(), bool* found = nullptr)
{
    const QString server = postgresServer();
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = addConnection(server, connection);
        if (!db.open())
            qFatal("cannot reach the test cluster %s: %s", qPrintable(server), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        bool exists = false;
        if (!check.isEmpty()) {
            if (!q.exec(check))
                qFatal("%s", qPrintable(q.lastError().text()));
            exists = q.next();
            if (found)
                *found = exists;
        }
        if (!exists && !sql.isEmpty() && !q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
}

/** The database name a PostgreSQL run gives the case database of `filePath`. */
inline QString serverName(const QString& filePath)
{
    return QStringLiteral("t_")
           + QString::fromLatin1(
               QCryptographicHash::hash(filePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
}

inline QString serverLocation(const QString& name)
{
    QUrl out(postgresServer());
    out.setPath(QLatin1Char('/') + name);
    return out.toString();
}

/**
 * The case database for `filePath`: the path itself on SQLite; on PostgreSQL a database of the
 * cluster named after the path (created empty the first time), so that opening the same path
 * again opens the same database.
 */
inline QString caseDatabase(const QString& filePath)
{
    if (!onPostgres() || postgresServer().isEmpty())
        return filePath;
    const QString name = serverName(filePath);
    onServer(QStringLiteral("CREATE DATABASE %1").arg(name),
             QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name));
    return serverLocation(name);
}

/** A copy of the (closed) case database at `location`, kept as `filePath` or its server database. */
inline QString copyCaseDatabase(const QString& location, const QString& filePath)
{
    if (!onPostgres()) {
        if (!QFile::copy(location, filePath))
            qFatal("cannot copy %s", qPrintable(location));
        return filePath;
    }
    const QString name = serverName(filePath);
    onServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, QUrl(location).path().mid(1)));
    return serverLocation(name);
}

/**
 * Runs `sql` on the case database past OncoBoard, as someone with full access to the file or the
 * server could; with `pastGuards` behind its guards too: on SQLite with every trigger dropped, on
 * PostgreSQL with triggers and references switched off for the session (session_replication_role,
 * a superuser's right). Gives the error, empty when every statement ran.
 */
inline QString runSql(const QString& location, const QStringList& sql, bool pastGuards)
{
    const QString connection = QUuid::createUuid().toString();
    QString error;
    {
        const bool server = location.startsWith(QStringLiteral("postgresql://"));
        QSqlDatabase db = addConnection(location, connection);
        if (!db.open()) {
            error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return error;
        }
        QSqlQuery q(db);
        QStringList statements;
        if (pastGuards && server) {
            statements << QStringLiteral("SET session_replication_role = replica");
        } else if (pastGuards) {
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
                return q.lastError().text();
            while (q.next())
                statements << QStringLiteral("DROP TRIGGER ") + q.value(0).toString();
        }
        statements << sql;
        for (const QString& statement : statements)
            if (!q.exec(statement)) {
                error = statement + QStringLiteral(": ") + q.lastError().text();
                break;
            }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

/** The first value `sql` gives on the case database at `location` (invalid on an error). */
inline QVariant queryValue(const QString& location, const QString& sql)
{
    const QString connection = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = addConnection(location, connection);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

/** runSql() behind the guards. */
inline QString tamper(const QString& location, const QStringList& sql)
{
    return runSql(location, sql, true);
}

/** Skips the whole test on a PostgreSQL run whose cluster did not start, saying why. */
#define ONCOBOARD_REQUIRE_CASE_BACKEND()                                                                               \
    do {                                                                                                               \
        if (onco::test::onPostgres() && onco::test::postgresServer().isEmpty())                                        \
            QSKIP("PostgreSQL run without a cluster: PostgreSQL is not installed (scripts/setup installs it)");        \
    } while (false)

/** Skips a test function on the PostgreSQL run: it checks what only an SQLite file has. */
#define ONCOBOARD_SQLITE_ONLY(why)                                                                                     \
    do {                                                                                                               \
        if (onco::test::onPostgres())                                                                                  \
            QSKIP("SQLite file only: " why);                                                                           \
    } while (false)

} // namespace onco::test
