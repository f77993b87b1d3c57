#pragma once

#include "Result.h"

class QSqlDatabase;

namespace onco {

/** The case-database schema (docs/case-schema.md) and its migrations, keyed by PRAGMA user_version. */
class CaseSchema
{
public:
    static constexpr int currentVersion = 7;

    /** Creates the schema in an empty database, migrates an older one; refuses a newer one. */
    [[nodiscard]] static Result<void> ensure(QSqlDatabase& db);
};

} // namespace onco
