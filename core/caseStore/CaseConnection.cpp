#include "CaseConnection.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

/** libpq connection options a URL may carry; anything else is refused rather than ignored. */
constexpr const char16_t* allowedOptions[] = {
    u"sslmode",
    u"sslrootcert",
    u"sslcert",
    u"sslkey",
    u"sslcrl",
    u"connect_timeout",
    u"target_session_attrs",
};

Result<void> openPostgres(const QString& location, const QString& name, bool readOnly)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("not a PostgreSQL address; write postgresql://USER@HOST:PORT/DATABASE"),
                    displayLocation(location));
    if (!url.password().isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a password is never taken from the address (it would stay in command lines, "
                                 "settings and logs); put it in ~/.pgpass or PGPASSWORD"),
                    displayLocation(location));
    // Session settings go with the connection, so that a reconnection keeps them: notices (an
    // object that already exists) are not the user's business; a session that only reads is
    // refused any write by the server itself.
    QStringList options{u"connect_timeout=10"_s,
                        u"application_name=OncoBoard"_s,
                        readOnly ? u"options='-c client_min_messages=warning -c default_transaction_read_only=on'"_s
                                 : u"options='-c client_min_messages=warning'"_s};
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (std::find(std::begin(allowedOptions), std::end(allowedOptions), key) == std::end(allowedOptions))
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("unknown connection option '%1' (known: sslmode, sslrootcert, sslcert, sslkey, "
                                     "sslcrl, connect_timeout, target_session_attrs)")
                            .arg(key),
                        displayLocation(location));
        if (key == u"connect_timeout")
            options.removeFirst();
        options << key + u'=' + value;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid())
        return fail(CoreError::Code::Database,
                    Messages::tr("this installation has no PostgreSQL driver (Debian: install libqt6sql6-psql)"),
                    displayLocation(location));
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return fail(CoreError::Code::Database,
                    Messages::tr("cannot connect to the case database server: %1").arg(db.lastError().text().trimmed()),
                    displayLocation(location));
    return {};
}

} // namespace

CaseBackend caseBackendOf(const QString& location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s) ? CaseBackend::Postgres
                                                                                            : CaseBackend::Sqlite;
}

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL";
}

bool isConnectionLost(const QSqlError& error)
{
    // Class 08 (connection exception), 57P01-57P03 (administrator shutdown, crash shutdown, cannot
    // connect now); libpq's own "server closed the connection" comes without a code.
    const QString code = error.nativeErrorCode();
    return error.isValid()
           && (code.startsWith(u"08"_s) || code.startsWith(u"57P0"_s)
               || (code.isEmpty() && error.type() == QSqlError::ConnectionError)
               || error.text().contains(u"server closed the connection"_s)
               || error.text().contains(u"no connection to the server"_s));
}

bool ensureConnected(QSqlDatabase& db)
{
    if (!isPostgres(db) || !db.isOpen())
        return db.isOpen();
    // What the server sent meanwhile is read without waiting: a session it ended (a restart, an
    // administrator, a network cut noticed by the kernel) shows as a bad connection.
    const QVariant handle = db.driver()->handle();
    // Qt names the type as libpq declares it (pg_conn*, the struct behind PGconn).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return true;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return reconnect(db);
    switch (PQtransactionStatus(connection)) {
    case PQTRANS_ACTIVE:
        return true; // a query is streaming its rows: the connection is in use, not lost
    case PQTRANS_UNKNOWN:
        return reconnect(db);
    default:
        break;
    }
    // Twice: the first read takes what the server said before it closed the session (its
    // "terminating connection" error), the second finds the session closed.
    for (int read = 0; read < 2; ++read)
        if (PQconsumeInput(connection) != 1 || PQstatus(connection) != CONNECTION_OK)
            return reconnect(db);
    return true;
}

bool reconnect(QSqlDatabase& db)
{
    if (!isPostgres(db))
        return false;
    db.close();
    return db.open();
}

QString displayLocation(const QString& location)
{
    if (caseBackendOf(location) == CaseBackend::Sqlite)
        return location;
    QUrl url(location);
    url.setPassword(QString());
    url.setQuery(QString());
    return url.toString();
}

Result<void> openCaseConnection(const QString& location, const QString& name, bool readOnly)
{
    if (caseBackendOf(location) == CaseBackend::Postgres)
        return openPostgres(location, name, readOnly);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(location);
    db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return sqlFailure(db.lastError(), location);
    return {};
}

} // namespace onco
