#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <memory>

namespace onco {

/**
 * Reads a text file line by line, with its line numbers: plain, gzip or BGZF (multi-member gzip),
 * from disk or from Qt resources. Accepts LF, CRLF and old-Mac CR-only line endings; the line
 * returned never holds the terminator. Memory stays bounded by the longest line.
 */
class LineReader
{
public:
    LineReader();
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    /** Longest line read (VCF lines of thousands of samples stay far below); a longer one is an error. */
    static constexpr qsizetype maxLineLength = qsizetype(64) * 1024 * 1024;

    /** Opens the file; Io error when it cannot be opened, BadInput when the gzip data is corrupt. */
    [[nodiscard]] Result<void> open(const QString& path);

    /**
     * Next line into `line` (valid until the next call). Returns false at the end of the file or on
     * a read error; error() then tells which.
     */
    bool next(QByteArrayView& line);

    /** 1-based number of the line last returned. */
    qint64 lineNumber() const
    {
        return m_lineNumber;
    }

    /**
     * Whether the line last returned had no line terminator: the file's last line, cut short when
     * the lines before it all had one (a truncated download).
     */
    bool lastLineUnterminated() const
    {
        return m_unterminated;
    }

    /** Bytes consumed from the file so far and the file size, for progress. */
    qint64 position() const;
    qint64 size() const;

    /** Set when next() stopped because of a read or decompression error. */
    const std::optional<CoreError>& error() const
    {
        return m_error;
    }

    const QString& path() const
    {
        return m_path;
    }

private:
    bool fill();

    QString m_path;
    QFile m_file;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_buffer; // decoded text
    qsizetype m_start = 0;
    bool m_eof = false;
    bool m_pendingCr = false;
    bool m_unterminated = false;
    qint64 m_lineNumber = 0;
    std::optional<CoreError> m_error;
};

} // namespace onco
