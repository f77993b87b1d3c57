#pragma once

#include "Result.h"

class QSqlDatabase;

namespace onco {

/** The case-database schema (docs/case-schema.md) and its migrations, keyed by PRAGMA user_version. */
class CaseSchema
{
public:
    static constexpr int currentVersion = 10;
    /** SQLite application_id of an OncoBoard case database ("OBCS"). */
    static constexpr int applicationId = 0x4F424353;
    /** Refuses a SQLite file that is not an OncoBoard case database (another application's, a knowledge base). */
    [[nodiscard]] static Result<void> checkOwner(QSqlDatabase& db);

    /** Creates the schema in an empty database, migrates an older one; refuses a newer one. Call checkOwner() first. */
    [[nodiscard]] static Result<void> ensure(QSqlDatabase& db);
};

} // namespace onco
