#include "CaseMaintenance.h"

#include "CaseSchema.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    Connection(const QString& path, bool readOnly)
        : m_name(u"oncoboard-maintenance-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError();
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
    const QSqlError& error() const
    {
        return m_error;
    }
    QSqlDatabase db() const
    {
        return QSqlDatabase::database(m_name, false);
    }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

/** "table audit", "trigger case_final_update" ...: what a schema holds, by kind and name. */
Result<QSet<QString>> schemaObjects(QSqlDatabase db, const QString& context)
{
    QSqlQuery q(db);
    if (!q.exec(
            u"SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name NOT LIKE 'sqlite_%'"_s))
        return sqlFailure(q.lastError(), context);
    QSet<QString> objects;
    while (q.next())
        objects.insert(q.value(0).toString() + u' ' + q.value(1).toString());
    return objects;
}

/** What the current schema creates in an empty database. */
Result<QSet<QString>> expectedObjects()
{
    Connection fresh(u":memory:"_s, false);
    if (!fresh.isOpen())
        return sqlFailure(fresh.error(), u":memory:"_s);
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

} // namespace

Result<int> CaseMaintenance::init(const QString& path)
{
    if (auto r = refuseExisting(path); !r)
        return Unexpected{r.error()};
    auto store = CaseStore::open(path);
    if (!store)
        return Unexpected{store.error()};
    return CaseSchema::currentVersion;
}

Result<std::pair<int, int>> CaseMaintenance::migrate(const QString& path)
{
    if (!QFileInfo::exists(path))
        return fail(CoreError::Code::Io, Messages::tr("no such case database"), path);
    int before = 0;
    {
        Connection c(path, true);
        if (!c.isOpen())
            return sqlFailure(c.error(), path);
        QSqlDatabase db = c.db();
        if (auto r = CaseSchema::checkOwner(db); !r)
            return Unexpected{r.error()};
        auto version = count(db, u"PRAGMA user_version"_s, path);
        if (!version)
            return Unexpected{version.error()};
        before = int(*version);
    }
    // Opening writable migrates, in one transaction per step; a newer schema is refused.
    auto store = CaseStore::open(path);
    if (!store)
        return Unexpected{store.error()};
    return std::pair{before, CaseSchema::currentVersion};
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
        return sqlFailure(c.error(), path);
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    // Damage to the file (pages, indexes), as SQLite sees it.
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
    // Every table and guard the current schema creates: a dropped trigger would unlock final cases
    // or let the audit be rewritten.
    auto expected = expectedObjects();
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
    if (!QFileInfo::exists(path))
        return fail(CoreError::Code::Io, Messages::tr("no such case database"), path);
    if (auto r = refuseExisting(out); !r)
        return Unexpected{r.error()};
    const QString staged = stagingName(out);
    {
        // Read-only: an archived database on a read-only share is backed up too.
        Connection c(path, true);
        if (!c.isOpen())
            return sqlFailure(c.error(), path);
        QSqlDatabase db = c.db();
        if (auto r = CaseSchema::checkOwner(db); !r)
            return Unexpected{r.error()};
        // One read transaction: a snapshot of every table as of one moment, written others go on.
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

} // namespace onco
