#pragma once

#include "CaseStore.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace onco {

/** What `db check` found in a case database. */
struct DatabaseCheck
{
    int schemaVersion = 0;
    qint64 patients = 0;
    qint64 cases = 0;
    qint64 finalCases = 0;
    /** Damage to the file, broken references, missing guards (triggers) of the current schema. */
    QStringList problems;
    AuditCheck audit;
    bool ok() const
    {
        return problems.isEmpty() && audit.ok();
    }
};

/**
 * Operations on a whole case database for whoever runs it (`oncoboard-cli db`): create, migrate,
 * check, back up and restore. A check compares the database with what the current schema creates
 * (its tables and the triggers that lock final cases and keep the audit append-only), asks SQLite
 * for damage and broken references, and verifies the audit chain and the signed content of every
 * final case.
 */
class CaseMaintenance
{
public:
    /** Creates an empty case database with the current schema; refuses an existing file (Io). */
    [[nodiscard]] static Result<int> init(const QString& path);

    /** The schema version before and after migrating; refuses a newer schema (Database). */
    [[nodiscard]] static Result<std::pair<int, int>> migrate(const QString& path);

    /** Reads without writing; Errors: Io (no such file), Database (not a case database, older schema). */
    [[nodiscard]] static Result<DatabaseCheck> check(const QString& path);

    /**
     * Writes a consistent copy of the whole database (every case, version, review, plan and the audit
     * chain as of one moment, while others may keep writing) to `out`, atomically, then checks the
     * copy. Refuses to overwrite an existing file (Io).
     */
    [[nodiscard]] static Result<DatabaseCheck> backup(const QString& path, const QString& out);

    /**
     * Restores a backup into `path`, which must not exist: the backup is checked first (a damaged
     * or tampered backup is refused, nothing is written), then copied into place atomically.
     */
    [[nodiscard]] static Result<DatabaseCheck> restore(const QString& backup, const QString& path);

    /**
     * PostgreSQL: lets the existing role `role` (a group of the department's logins) use the case
     * store: read every table, add and change what the guards allow, but never update, delete or
     * truncate decisions and the audit trail, change the schema version or switch a guard off.
     * Run as the database's owner. With `boardRole` (Roles.h), the privileges of that board role
     * only: a coordinator's logins cannot record decisions, plan items or signatures, nor change a
     * case's state; an administrator's register keys and give roles but do not review or sign.
     * Errors: InvalidArgument (SQLite, a role name that is not a plain identifier, an unknown board
     * role), Database (no such role, not the owner).
     */
    [[nodiscard]] static Result<void>
    grant(const QString& location, const QString& role, const QString& boardRole = QString());
};

} // namespace onco
