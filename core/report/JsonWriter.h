#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstring>
#include <utility>
#include <vector>

namespace onco {

/**
 * A small streaming JSON writer that keeps keys in the order they are written (QJsonObject
 * sorts them) and formats numbers deterministically, so the same data always gives the same bytes.
 * Output is UTF-8, indented by two spaces. With a sink the text goes to it in pieces of about
 * 64 kB as it is written, so that no document of the whole output is ever held in memory.
 */
class JsonWriter
{
public:
    JsonWriter() = default;
    /** Writes to `sink` as it goes; finish() writes the rest and returns nothing. */
    explicit JsonWriter(QIODevice* sink)
        : m_sink(sink)
    {
    }
    /** Room for this many bytes, when the size of the text is known about (no copies as it grows). */
    void reserve(qsizetype bytes)
    {
        if (bytes > m_out.size())
            m_out.resize(bytes);
    }
    /** No line breaks or indentation: the whole document on one line (JSON Lines). */
    void setCompact(bool compact)
    {
        m_compact = compact;
    }
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /** Starts a member of the current object; follow with a value or begin*(). */
    JsonWriter& key(const char* name);

    void value(const QString& text);
    void value(const char* text);
    void value(qint64 number);
    void value(int number)
    {
        value(qint64(number));
    }
    void value(bool flag);
    /** A real number with at most `decimals` decimals, trailing zeros removed ("0.31", "1"). */
    void real(double number, int decimals = 4);
    void null();

    void member(const char* name, const QString& text)
    {
        key(name).value(text);
    }
    void member(const char* name, qint64 number)
    {
        key(name).value(number);
    }
    /** Writes the member only when `text` is not empty (fields not computed are omitted). */
    void optionalMember(const char* name, const QString& text);
    void stringArray(const char* name, const QStringList& values);

    /**
     * A writer without a sink for a run of values that continues the current array after at least
     * one value: its text starts with the separator. Written on another thread, then handed back
     * with appendFragment() in order. With `continuing` false, a run that starts the current
     * array or object where nothing was written yet (no separator).
     */
    JsonWriter fragment(bool continuing = true) const;
    /** Appends a fragment's text holding `values` values of the current array (or members of the current object). */
    void appendFragment(const QByteArray& text, qsizetype values);
    /** How many values (members) the current array (object) holds so far. */
    int count() const
    {
        return m_stack.empty() ? 0 : m_stack.back().count;
    }
    bool isCompact() const
    {
        return m_compact;
    }
    /** The text written so far, leaving the writer empty. */
    QByteArray take();

    /** The document so far; call after the outermost end*(). Ends with a newline. With a sink: writes the rest. */
    QByteArray finish();
    /** True when the sink refused a write (disk full, closed pipe). */
    bool failed() const
    {
        return m_failed;
    }

private:
    /**
     * `n` bytes at the end of the text, for the caller to fill. The text is written straight into
     * m_out's storage, which is kept larger than the text (m_used bytes of it are written): one
     * comparison per piece instead of a QByteArray append's checks and calls.
     */
    char* room(qsizetype n)
    {
        if (m_out.size() - m_used < n)
            grow(n);
        char* at = m_out.data() + m_used;
        m_used += n;
        return at;
    }
    void put(char c)
    {
        *room(1) = c;
    }
    void put(const char* text, qsizetype n)
    {
        std::memcpy(room(n), text, std::size_t(n));
    }
    void grow(qsizetype n);
    /** m_out's storage, at least `size` bytes of it. */
    char* ensure(qsizetype size);
    void writeString(const QString& text);
    /** The slow way, for text beyond ASCII: the string again from `at` (its opening quote), through UTF-8. */
    void writeUtf8String(const QString& text, qsizetype at);
    void beforeValue();
    /** Hands what was written to the sink once enough has gathered. */
    void spill(qsizetype threshold = 1 << 16);
    void newline();

    QByteArray m_out; ///< the text in its first m_used bytes; the rest is room
    qsizetype m_used = 0;
    QIODevice* m_sink = nullptr;
    bool m_failed = false;
    bool m_compact = false;
    struct Level
    {
        bool isObject;
        int count;
    };
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace onco
