#pragma once

#include "LineReader.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <initializer_list>

namespace onco {

/**
 * Tab-separated table with a header row, unquoted (fields hold no tab or newline), read through
 * LineReader (gzip, any line ending). Columns are found by name, so column order never matters.
 */
class TsvReader
{
public:
    /** Opens the file and reads the header: the first line that is not empty and not a '#' comment
     *  (when skipComments). Errors: Io, BadInput (empty file, no header). */
    [[nodiscard]] Result<void> open(const QString& path, bool skipComments = false);

    /** Index of a header column (exact, case-sensitive), or -1. */
    int column(QByteArrayView name) const;
    /** Index of the first header column matching one of `names`, ignoring case; -1 when none. */
    int findColumn(std::initializer_list<QByteArrayView> names) const;

    /** Reads the next data row; false at the end or on a read error (see error()). Blank lines are skipped. */
    bool next();

    /** Field of the current row, trimmed of surrounding spaces; empty when the row is shorter. */
    QByteArrayView field(int column) const;
    QString text(int column) const;

    int fieldCount() const
    {
        return int(m_fields.size());
    }
    /** The current data row as read (valid until the next call of next()). */
    QByteArrayView currentLine() const
    {
        return m_line;
    }
    /** True when the current row is valid UTF-8. */
    bool isValidUtf8() const;
    int headerSize() const
    {
        return int(m_header.size());
    }
    const QList<QByteArray>& header() const
    {
        return m_header;
    }
    qint64 lineNumber() const
    {
        return m_lines.lineNumber();
    }
    const std::optional<CoreError>& error() const
    {
        return m_lines.error();
    }
    LineReader& lines()
    {
        return m_lines;
    }

private:
    void split(QByteArrayView line);

    LineReader m_lines;
    bool m_skipComments = false;
    QList<QByteArray> m_header;
    QHash<QByteArray, int> m_columns;
    QVarLengthArray<QByteArrayView, 64> m_fields;
    QByteArrayView m_line;
};

} // namespace onco
