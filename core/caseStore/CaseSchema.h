#pragma once

#include "Result.h"

#include <QStringList>

class QSqlDatabase;

namespace onco {

/**
 * The case-database schema (docs/case-schema.md) and its migrations: on SQLite keyed by PRAGMA
 * user_version, on PostgreSQL by the table oncoboard_schema (CaseSchemaPostgres.cpp).
 */
class CaseSchema
{
public:
    static constexpr int currentVersion = 13;
    /** SQLite application_id of an OncoBoard case database ("OBCS"). */
    static constexpr int applicationId = 0x4F424353;
    /** Refuses a database that is not an OncoBoard case database (another application's, a knowledge base). */
    [[nodiscard]] static Result<void> checkOwner(QSqlDatabase& db);

    /** The schema version of a case database; 0 for an empty one. Call checkOwner() first. */
    [[nodiscard]] static Result<int> version(QSqlDatabase& db);

    /** Creates the schema in an empty database, migrates an older one; refuses a newer one. Call checkOwner() first. */
    [[nodiscard]] static Result<void> ensure(QSqlDatabase& db);

    /** "table audit", "trigger case_final_update" ...: what the schema creates on PostgreSQL. */
    static QStringList postgresObjects();

private:
    [[nodiscard]] static Result<int> postgresVersion(QSqlDatabase& db);
    [[nodiscard]] static Result<void> ensurePostgres(QSqlDatabase& db);
};

} // namespace onco
