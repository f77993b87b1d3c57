#include "CaseMaintenance.h"

#include "Roles.h"

#include "CaseConnection.h"
#include "CaseSchema.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseMaintenance)
};

/** A QtSql connection of its own, removed when it goes out of scope. */
class Connection
{
public:
    Connection(const QString& location, bool readOnly)
        : m_name(u"oncoboard-maintenance-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto opened = openCaseConnection(location, m_name, readOnly);
        m_open = bool(opened);
        if (!m_open)
            m_error = opened.error();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const
    {
        return m_open;
    }
    Unexpected error() const
    {
        return Unexpected{m_error};
    }
    QSqlDatabase db() const
    {
        return QSqlDatabase::database(m_name, false);
    }

private:
    QString m_name;
    bool m_open = false;
    CoreError m_error;
};

/**
 * "table audit", "trigger case_final_update" ...: what a schema holds, by kind and name. A trigger
 * switched off on PostgreSQL guards nothing and is left out.
 */
Result<QSet<QString>> schemaObjects(QSqlDatabase db, const QString& context)
{
    QSqlQuery q(db);
    if (isPostgres(db)) {
        if (!q.exec(u"SELECT 'table', tablename FROM pg_tables WHERE schemaname = current_schema() UNION ALL "
                    "SELECT 'trigger', t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN "
                    "pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND "
                    "n.nspname = current_schema()"_s))
            return sqlFailure(q.lastError(), context);
        QSet<QString> objects;
        while (q.next())
            objects.insert(q.value(0).toString() + u' ' + q.value(1).toString());
        return objects;
    }
    if (!q.exec(
            u"SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite_%'"_s))
        return sqlFailure(q.lastError(), context);
    QSet<QString> objects;
    while (q.next())
        objects.insert(q.value(0).toString() + u' ' + q.value(1).toString());
    return objects;
}

/** What the current schema creates in an empty database. */
Result<QSet<QString>> expectedObjects(bool postgres)
{
    if (postgres) {
        const QStringList objects = CaseSchema::postgresObjects();
        return QSet<QString>(objects.begin(), objects.end());
    }
    Connection fresh(u":memory:"_s, false);
    if (!fresh.isOpen())
        return fresh.error();
    QSqlDatabase db = fresh.db();
    if (auto r = CaseSchema::ensure(db); !r)
        return Unexpected{r.error()};
    return schemaObjects(db, u":memory:"_s);
}

Result<qint64> count(QSqlDatabase db, const QString& sql, const QString& context)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return sqlFailure(q.lastError(), context);
    return q.value(0).toLongLong();
}

/** A name beside `target` in the same folder (so a rename is atomic), not yet taken. */
QString stagingName(const QString& target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        u".%1.%2.partial"_s.arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

Result<void> refuseExisting(const QString& path)
{
    if (QFileInfo::exists(path))
        return fail(
            CoreError::Code::Io, Messages::tr("the file exists; nothing was written (choose a new name)"), path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(
            CoreError::Code::Io, Messages::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath()), path);
    return {};
}

/** Flushes a finished file to the disk before it is moved into place: a backup is a medical record. */
Result<void> syncFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || ::fsync(f.handle()) != 0)
        return fail(CoreError::Code::Io, Messages::tr("cannot write the file to the disk"), path);
    return {};
}

/** Moves `staged` to `target`, never over an existing file; removes `staged` on failure. */
Result<void> commit(const QString& staged, const QString& target)
{
    if (!QFile::rename(staged, target)) {
        QFile::remove(staged);
        return fail(CoreError::Code::Io,
                    QFileInfo::exists(target)
                        ? Messages::tr("the file appeared while it was being written; nothing was written")
                        : Messages::tr("cannot move the finished file into place"),
                    target);
    }
    return {};
}

/** Tables of a case database in an order that inserts no row before a row it refers to. */
constexpr const char16_t* copyOrder[][2] = {
    {u"patient", u"id"},
    {u"identity_key", u"id"},
    {u"patient_identity", u"patient_id"},
    {u"case_record", u"id"},
    {u"sample", u"id"},
    {u"case_input", u"case_id, position"},
    {u"case_kb_release", u"case_id, source"},
    {u"alteration", u"id"},
    {u"review", u"id"},
    {u"meeting", u"id"},
    {u"meeting_case", u"meeting_id, case_id"},
    {u"plan_item", u"id"},
    {u"outcome", u"id"},
    {u"plan", u"case_id"},
    {u"segment", u"id"},
    {u"signing_key", u"id"},
    {u"signature", u"id"},
    {u"member", u"account"},
    {u"audit", u"seq"},
};

/**
 * Copies every row of a case database `from` into the empty case database `to` (either backend),
 * in one transaction of `to`, keeping ids. A final case goes in as a draft and is made final once
 * its rows are in: the guards of `to` stay on and refuse anything else.
 */
Result<qint64> copyRows(QSqlDatabase from, QSqlDatabase to, const QString& context)
{
    SqlTransaction transaction(to);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), context);
    QSqlQuery read(from);
    read.setForwardOnly(true);
    QList<qint64> finals;
    qint64 rows = 0;
    for (const auto& [table16, order16] : copyOrder) {
        const QString table = QString::fromUtf16(table16), order = QString::fromUtf16(order16);
        if (!read.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order)))
            return sqlFailure(read.lastError(), context);
        const QSqlRecord record = read.record();
        QStringList columns;
        int stateColumn = -1, idColumn = -1;
        for (int i = 0; i < record.count(); ++i) {
            columns << u'"' + record.fieldName(i) + u'"';
            if (table == u"case_record" && record.fieldName(i) == u"state")
                stateColumn = i;
            if (record.fieldName(i) == u"id")
                idColumn = i;
        }
        QSqlQuery write(to);
        if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s))))
            return sqlFailure(write.lastError(), context);
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i) {
                QVariant value = read.value(i);
                if (i == stateColumn && value.toString() == u"final") {
                    finals << read.value(idColumn).toLongLong();
                    value = u"draft"_s;
                }
                write.bindValue(i, value);
            }
            if (!write.exec())
                return sqlFailure(write.lastError(), context);
            ++rows;
        }
    }
    QSqlQuery q(to);
    q.prepare(u"UPDATE case_record SET state = 'final' WHERE id = ?"_s);
    for (const qint64 id : std::as_const(finals)) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlFailure(q.lastError(), context);
    }
    // PostgreSQL hands out new ids from sequences, which must start after the copied ones.
    if (isPostgres(to))
        for (const auto& [table16, order16] : copyOrder)
            if (QStringView(order16) == u"id"
                && !q.exec(
                    u"SELECT setval(s, (SELECT COALESCE(max(id), 0) + 1 FROM %1), false) FROM "
                    "pg_get_serial_sequence('%1', 'id') s WHERE s IS NOT NULL"_s.arg(QString::fromUtf16(table16))))
                return sqlFailure(q.lastError(), context);
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return rows;
}

bool isServer(const QString& location)
{
    return caseBackendOf(location) == CaseBackend::Postgres;
}

/** The schema version of the case database at `location`; 0 when empty. */
Result<int> versionAt(const QString& location)
{
    Connection c(location, true);
    if (!c.isOpen())
        return c.error();
    QSqlDatabase db = c.db();
    if (auto r = CaseSchema::checkOwner(db); !r)
        return Unexpected{r.error()};
    return CaseSchema::version(db);
}

} // namespace

Result<int> CaseMaintenance::init(const QString& path)
{
    if (isServer(path)) {
        // The database itself is the administrator's (createdb); it must not hold a case store yet.
        auto version = versionAt(path);
        if (!version)
            return Unexpected{version.error()};
        if (*version != 0)
            return fail(
                CoreError::Code::Io,
                Messages::tr("the database already holds a case store (schema %1); nothing was changed").arg(*version),
                displayLocation(path));
    } else if (auto r = refuseExisting(path); !r) {
        return Unexpected{r.error()};
    }
    auto store = CaseStore::open(path);
    if (!store)
        return Unexpected{store.error()};
    return CaseSchema::currentVersion;
}

Result<std::pair<int, int>> CaseMaintenance::migrate(const QString& path)
{
    if (!isServer(path) && !QFileInfo::exists(path))
        return fail(CoreError::Code::Io, Messages::tr("no such case database"), path);
    auto before = versionAt(path);
    if (!before)
        return Unexpected{before.error()};
    // Opening writable migrates, in one transaction per step; a newer schema is refused.
    auto store = CaseStore::open(path);
    if (!store)
        return Unexpected{store.error()};
    return std::pair{*before, CaseSchema::currentVersion};
}

Result<DatabaseCheck> CaseMaintenance::check(const QString& path)
{
    // The audit chain and the signed content, as `audit verify` checks them; this also refuses a
    // file that is not a case database or has another schema version.
    auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly);
    if (!store)
        return Unexpected{store.error()};
    DatabaseCheck out;
    out.schemaVersion = CaseSchema::currentVersion;
    auto audit = (*store)->verifyAudit();
    if (!audit)
        return Unexpected{audit.error()};
    out.audit = *audit;

    Connection c(path, true);
    if (!c.isOpen())
        return c.error();
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    const bool server = isPostgres(db);
    if (!server) {
        // Damage to the file (pages, indexes), as SQLite sees it. (PostgreSQL checks its pages and
        // enforces references itself.)
        if (!q.exec(u"PRAGMA integrity_check"_s))
            return sqlFailure(q.lastError(), path);
        while (q.next())
            if (const QString line = q.value(0).toString(); line != u"ok")
                out.problems << Messages::tr("damaged: %1").arg(line);
        // References to rows that are not there (a hand edit, a partial copy).
        if (!q.exec(u"PRAGMA foreign_key_check"_s))
            return sqlFailure(q.lastError(), path);
        while (q.next())
            out.problems << Messages::tr("table %1, row %2: refers to a missing row of %3")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        q.finish();
    } else {
        // PostgreSQL enforces references, but a superuser can switch that off
        // (session_replication_role): every foreign key, checked row by row.
        if (!q.exec(u"SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, af.attname FROM "
                    "pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] JOIN "
                    "pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] WHERE c.contype = 'f' "
                    "AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2"_s))
            return sqlFailure(q.lastError(), displayLocation(path));
        QList<QStringList> keys;
        while (q.next())
            keys << QStringList{
                q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        for (const QStringList& key : std::as_const(keys)) {
            if (!q.exec(
                    u"SELECT t.ctid::text FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %3 f WHERE "
                    "f.%4 = t.%2)"_s.arg(key[0], key[1], key[2], key[3])))
                return sqlFailure(q.lastError(), displayLocation(path));
            while (q.next())
                out.problems << Messages::tr("table %1, row %2: refers to a missing row of %3")
                                    .arg(key[0], q.value(0).toString(), key[2]);
        }
        q.finish();
    }
    // Every table and guard the current schema creates: a dropped or disabled trigger would
    // unlock final cases or let the audit be rewritten.
    auto expected = expectedObjects(server);
    if (!expected)
        return Unexpected{expected.error()};
    auto present = schemaObjects(db, path);
    if (!present)
        return Unexpected{present.error()};
    QStringList missing;
    for (const QString& object : *expected)
        if (!present->contains(object))
            missing << object;
    missing.sort();
    for (const QString& object : missing)
        out.problems << Messages::tr("missing %1 (a guard or table of schema %2)").arg(object).arg(out.schemaVersion);

    for (auto [field, sql] :
         {std::pair{&out.patients, u"SELECT count(*) FROM patient"_s},
          std::pair{&out.cases, u"SELECT count(*) FROM case_record"_s},
          std::pair{&out.finalCases, u"SELECT count(*) FROM case_record WHERE state = 'final'"_s}}) {
        auto n = count(db, sql, path);
        if (!n)
            return Unexpected{n.error()};
        *field = *n;
    }
    return out;
}

Result<DatabaseCheck> CaseMaintenance::backup(const QString& path, const QString& out)
{
    if (!isServer(path) && !QFileInfo::exists(path))
        return fail(CoreError::Code::Io, Messages::tr("no such case database"), path);
    if (isServer(out))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a backup is a file (an SQLite case database); restore it into the server with "
                                 "db restore"),
                    displayLocation(out));
    if (auto r = refuseExisting(out); !r)
        return Unexpected{r.error()};
    const QString staged = stagingName(out);
    if (isServer(path)) {
        // One read-only, repeatable-read transaction on the server: every table as of one moment,
        // while others go on writing; copied into a new SQLite case database.
        auto copied = [&]() -> Result<void> {
            Connection c(path, true);
            if (!c.isOpen())
                return c.error();
            QSqlDatabase db = c.db();
            if (auto r = CaseSchema::checkOwner(db); !r)
                return Unexpected{r.error()};
            QSqlQuery q(db);
            if (!q.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
                return sqlFailure(q.lastError(), displayLocation(path));
            {
                auto target = CaseStore::open(staged);
                if (!target)
                    return Unexpected{target.error()};
                auto rows = copyRows(db, QSqlDatabase::database((*target)->connectionName()), out);
                if (!rows)
                    return Unexpected{rows.error()};
            }
            q.exec(u"COMMIT"_s);
            return {};
        }();
        if (!copied) {
            QFile::remove(staged);
            QFile::remove(staged + u"-wal"_s);
            QFile::remove(staged + u"-shm"_s);
            return Unexpected{copied.error()};
        }
    } else {
        // Read-only: an archived database on a read-only share is backed up too.
        Connection c(path, true);
        if (!c.isOpen())
            return c.error();
        QSqlDatabase db = c.db();
        if (auto r = CaseSchema::checkOwner(db); !r)
            return Unexpected{r.error()};
        // One read transaction: a snapshot of every table as of one moment, while others go on writing.
        QSqlQuery q(db);
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(staged);
        if (!q.exec()) {
            QFile::remove(staged);
            return sqlFailure(q.lastError(), out);
        }
    }
    auto checked = check(staged);
    if (!checked) {
        QFile::remove(staged);
        return Unexpected{checked.error()};
    }
    if (auto r = syncFile(staged); !r) {
        QFile::remove(staged);
        return Unexpected{r.error()};
    }
    if (auto r = commit(staged, out); !r)
        return Unexpected{r.error()};
    return checked;
}

Result<DatabaseCheck> CaseMaintenance::restore(const QString& backup, const QString& path)
{
    if (isServer(backup))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a backup is a file made by db backup, not a server database"),
                    displayLocation(backup));
    if (!isServer(path))
        if (auto r = refuseExisting(path); !r)
            return Unexpected{r.error()};
    auto checked = check(backup);
    if (!checked)
        return Unexpected{checked.error()};
    if (!checked->ok())
        return fail(CoreError::Code::Database,
                    Messages::tr("the backup does not pass its check, nothing was restored: %1")
                        .arg(checked->problems.isEmpty() ? checked->audit.problem : checked->problems.join(u"; "_s)),
                    backup);
    if (isServer(path)) {
        // Into an empty server database (createdb), all in one transaction: a failure leaves it empty.
        auto version = versionAt(path);
        if (!version)
            return Unexpected{version.error()};
        if (*version != 0)
            return fail(CoreError::Code::Io,
                        Messages::tr("the database already holds a case store; a backup is restored only into an "
                                     "empty database (createdb), nothing was changed"),
                        displayLocation(path));
        Connection source(backup, true);
        if (!source.isOpen())
            return source.error();
        auto target = CaseStore::open(path);
        if (!target)
            return Unexpected{target.error()};
        auto rows = copyRows(source.db(), QSqlDatabase::database((*target)->connectionName()), displayLocation(path));
        if (!rows)
            return Unexpected{rows.error()};
        target->reset();
        return check(path);
    }
    const QString staged = stagingName(path);
    if (!QFile::copy(backup, staged)) {
        QFile::remove(staged);
        return fail(CoreError::Code::Io, Messages::tr("cannot copy the backup (disk full?)"), path);
    }
    if (auto r = syncFile(staged); !r) {
        QFile::remove(staged);
        return Unexpected{r.error()};
    }
    if (auto r = commit(staged, path); !r)
        return Unexpected{r.error()};
    return check(path);
}

Result<void> CaseMaintenance::grant(const QString& location, const QString& role, const QString& boardRole)
{
    Role board = Role::MolecularPathologist; // a clinician's privileges unless narrowed
    if (!boardRole.isEmpty()) {
        const auto parsed = parseRole(boardRole);
        if (!parsed)
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("'%1' is not a role of the board (%2)").arg(boardRole, roleNames().join(u", "_s)),
                        displayLocation(location));
        board = *parsed;
    }
    if (!isServer(location))
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("privileges are a server's; an SQLite file is guarded by its triggers and the "
                                 "file's permissions"),
                    location);
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!identifier.match(role).hasMatch())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("'%1' is not a plain role name (lower-case letters, digits, _)").arg(role),
                    displayLocation(location));
    auto version = versionAt(location);
    if (!version)
        return Unexpected{version.error()};
    if (*version != CaseSchema::currentVersion)
        return fail(CoreError::Code::Database,
                    Messages::tr("the database holds no case store of schema %1 (db init, db migrate)")
                        .arg(CaseSchema::currentVersion),
                    displayLocation(location));
    Connection c(location, false);
    if (!c.isOpen())
        return c.error();
    QSqlDatabase db = c.db();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), displayLocation(location));
    QSqlQuery q(db);
    if (!q.exec(u"SELECT quote_ident(current_database())"_s) || !q.next())
        return sqlFailure(q.lastError(), displayLocation(location));
    const QString database = q.value(0).toString();
    for (const QString& statement : {u"GRANT CONNECT ON DATABASE %2 TO %1"_s,
                                     u"GRANT USAGE ON SCHEMA public TO %1"_s,
                                     u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s,
                                     u"REVOKE UPDATE, DELETE, TRUNCATE ON audit, review, signature FROM %1"_s,
                                     // Registering and revoking signers' keys is the administrator's.
                                     u"REVOKE UPDATE, DELETE, TRUNCATE ON signing_key FROM %1"_s,
                                     u"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON member FROM %1"_s,
                                     u"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON oncoboard_schema FROM %1"_s,
                                     u"REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM %1"_s,
                                     u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s})
        if (!q.exec(statement.arg(role, database)))
            return sqlFailure(q.lastError(), displayLocation(location));
    // A board role's logins get only what that role does (core checks the finer rules, such as who
    // signs final, which no table privilege can tell apart).
    QStringList narrower;
    if (board == Role::Coordinator)
        narrower << u"REVOKE INSERT, UPDATE, DELETE ON review, signature, signing_key, plan_item, outcome FROM %1"_s
                 << u"REVOKE UPDATE ON case_record FROM %1"_s;
    else if (board == Role::Administrator)
        narrower << u"REVOKE INSERT, UPDATE, DELETE ON review, signature, plan_item, plan, outcome FROM %1"_s
                 << u"REVOKE UPDATE ON case_record FROM %1"_s << u"GRANT UPDATE ON signing_key TO %1"_s
                 << u"GRANT INSERT, UPDATE, DELETE ON member TO %1"_s;
    for (const QString& statement : std::as_const(narrower))
        if (!q.exec(statement.arg(role)))
            return sqlFailure(q.lastError(), displayLocation(location));
    return transaction.commit();
}

} // namespace onco
