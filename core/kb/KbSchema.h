#pragma once

#include "Result.h"

namespace onco {

class SqliteDatabase;

/**
 * The knowledge-base schema (docs/kb-schema.md) and its migrations, keyed by PRAGMA user_version.
 * Every imported source release lives beside the others; rows carry their release_id.
 */
class KbSchema
{
public:
    static constexpr int currentVersion = 3;
    /** SQLite application_id of an OncoBoard knowledge base ("OBKB"). */
    static constexpr qint64 applicationId = 0x4F424B42;
    /** Refuses a SQLite file that is not an OncoBoard knowledge base (another application's, a case database). */
    [[nodiscard]] static Result<void> checkOwner(SqliteDatabase& db);

    /** Creates the schema in an empty database or migrates an older one; refuses a newer one. Call checkOwner() first.
     */
    [[nodiscard]] static Result<void> ensure(SqliteDatabase& db);
};

} // namespace onco
