#pragma once

#include "Result.h"
#include "model/Case.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

#include <cstddef>
#include <utility>

namespace onco {

/**
 * Stops a reader at the cap on alterations one input may give (CaseLoadOptions::maxRecords), so
 * a runaway or hostile file ends with a clear error instead of exhausting memory.
 */
class RecordCap
{
public:
    /** `cap` <= 0 means no cap. */
    RecordCap(qint64 cap, QString path)
        : m_cap(cap)
        , m_path(std::move(path))
    {
    }

    /** Counts `n` more alterations read at `line`; BadInput once the input gave more than the cap. */
    [[nodiscard]] Result<void> add(qint64 line, qint64 n = 1)
    {
        m_count += n;
        if (m_cap > 0 && m_count > m_cap)
            return exceeded(line);
        return {};
    }

private:
    Result<void> exceeded(qint64 line) const;

    qint64 m_cap;
    QString m_path;
    qint64 m_count = 0;
};

/**
 * Asks the kernel to back a large buffer that is about to be filled (a study's rows) with huge
 * pages where it can: a page fault per 2 MB instead of one per 4 kB. A hint only: the buffer and
 * its contents stay as they are; does nothing on systems without transparent huge pages.
 */
void adviseHugePages(const void* data, std::size_t bytes);

/**
 * Rows of a table that name the same thing again (a gene of a sample, a fusion event): a row that
 * repeats the first one exactly is left to collapseIdenticalRecords(); a row that says something
 * else about it deserves a warning.
 */
class RepeatedRows
{
public:
    /** The line that first named `key` when this row names it again and is not a repeat of an earlier row; 0
     * otherwise. */
    qint64 conflict(const QString& key, QByteArrayView row, qint64 line)
    {
        const std::size_t content = qHash(row);
        if (m_rows.contains(content))
            return 0;
        m_rows.insert(content);
        const auto it = m_first.constFind(key);
        if (it == m_first.cend()) {
            m_first.insert(key, line);
            return 0;
        }
        return *it;
    }

private:
    QHash<QString, qint64> m_first;
    QSet<std::size_t> m_rows;
};

/**
 * Lines of a file that repeat an earlier line exactly, for readers where one line gives many
 * alterations (segments, GISTIC peaks): the repeat is passed over, and one warning counts them.
 */
class RepeatedLines
{
public:
    /** True when `line` repeats an earlier line exactly (then it is not to be read). */
    bool repeats(QByteArrayView line, qint64 lineNumber);
    /** The warning for the repeats seen, or an empty message when there were none. */
    InputIssue summary(const QString& path) const;

private:
    QHash<QByteArray, qint64> m_lines;
    qint64 m_repeats = 0;
    qint64 m_firstRepeat = 0;
    qint64 m_firstOriginal = 0;
};

/**
 * Collapses alterations that repeat an earlier one of the same input exactly (same place, alleles,
 * sample, read support, annotation; only the line differs) into the first, with one warning that
 * counts them. A duplicated row would otherwise be listed, tiered and reported twice, and a file of
 * repeated rows multiplies the report. Considers the alterations from index `from` on.
 * Returns how many were removed.
 */
std::size_t collapseIdenticalRecords(Case& c, std::size_t from, const QString& path);

} // namespace onco
