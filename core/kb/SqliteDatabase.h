#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <memory>

namespace onco {

class SqliteStatement;

/**
 * A thin RAII owner of a sqlite3 connection, used by the knowledge base where bulk import speed
 * matters (prepared statements, one transaction, no per-row QVariant). Not thread-safe: one
 * connection per thread.
 */
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    /** Opens (creating when `create`) the database file; ":memory:" opens a private in-memory one. */
    [[nodiscard]] Result<void> open(const QString& path, bool create, bool readOnly = false);
    bool isOpen() const
    {
        return m_db != nullptr;
    }
    void close();

    /** Runs one or more SQL statements without results. */
    [[nodiscard]] Result<void> exec(const char* sql);

    /** Prepares one statement; Database error with SQLite's message on failure. */
    [[nodiscard]] Result<SqliteStatement> prepare(const char* sql);

    /** The integer in the first column of the first row of `sql`, or `fallback`. */
    qint64 scalar(const char* sql, qint64 fallback = 0);

    int userVersion();
    [[nodiscard]] Result<void> setUserVersion(int version);

    qint64 lastInsertId() const;
    QString lastError() const;
    const QString& path() const
    {
        return m_path;
    }
    sqlite3* handle() const
    {
        return m_db;
    }

    /** A Database CoreError carrying SQLite's current message and the given context. */
    Unexpected error(const QString& what) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

/** A prepared statement; binds are 1-based as in SQLite, columns 0-based. */
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3_stmt* stmt = nullptr)
        : m_stmt(stmt)
    {
    }
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, double value);
    /** Binds text; an empty QByteArrayView binds NULL when `emptyIsNull`. */
    void bind(int index, QByteArrayView text, bool emptyIsNull = true);
    void bind(int index, const QString& text, bool emptyIsNull = true);
    void bindNull(int index);

    /** Steps once: true when a row is available, false when done or on error (see ok()). */
    bool step();
    /** Steps to completion and resets; false on error. */
    bool run();
    void reset();
    bool ok() const
    {
        return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE;
    }

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt;
    int m_rc = SQLITE_OK;
};

} // namespace onco
