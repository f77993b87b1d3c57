#include "JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace onco {

namespace {

/** Whether JSON writes the ASCII character `c` escaped: '"', '\\' and the control characters. */
bool needsEscape(unsigned c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

/** Writes the escape of such a character at `to` (two bytes, or six as \u00XX); returns the end. */
char* writeEscape(char* to, unsigned c)
{
    *to++ = '\\';
    switch (c) {
    case '"':
    case '\\':
        *to++ = char(c);
        return to;
    case '\n':
        *to++ = 'n';
        return to;
    case '\r':
        *to++ = 'r';
        return to;
    case '\t':
        *to++ = 't';
        return to;
    case '\b':
        *to++ = 'b';
        return to;
    case '\f':
        *to++ = 'f';
        return to;
    default: {
        static const char hex[] = "0123456789abcdef";
        *to++ = 'u';
        *to++ = '0';
        *to++ = '0';
        *to++ = hex[(c >> 4) & 0xF];
        *to++ = hex[c & 0xF];
        return to;
    }
    }
}

} // namespace

void JsonWriter::writeString(const QString& text)
{
    // Most text is ASCII: printable runs are narrowed eight units at a time, the few characters
    // JSON escapes ('"' in a rule's quoted variant name, '\\', control characters) are escaped as
    // they come, without a UTF-8 copy. Text with a character beyond ASCII is written again from
    // its start through UTF-8. constData(), not utf16(): that reallocates a null string, and
    // strings are shared across threads.
    const QChar* u = text.constData();
    const qsizetype n = text.size();
    const qsizetype at = m_used;
    qsizetype w = at; // where the next byte goes
    char* out = ensure(at + n + 2);
    out[w++] = '"';
    qsizetype i = 0;
    while (true) {
#if defined(__SSE2__)
        const __m128i below = _mm_set1_epi16(0x1F);
        const __m128i above = _mm_set1_epi16(0x7F);
        const __m128i quote = _mm_set1_epi16('"');
        const __m128i backslash = _mm_set1_epi16('\\');
        for (; i + 8 <= n; i += 8, w += 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + i));
            // Signed compares: units from 0x8000 are negative and fail the first test.
            const __m128i printable = _mm_and_si128(_mm_cmpgt_epi16(v, below), _mm_cmplt_epi16(v, above));
            const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash));
            if (_mm_movemask_epi8(_mm_andnot_si128(special, printable)) != 0xFFFF)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i*>(out + w), _mm_packus_epi16(v, v));
        }
#endif
        if (i == n)
            break;
        const char16_t c = u[i].unicode();
        if (c >= 0x80) {
            writeUtf8String(text, at);
            return;
        }
        ++i;
        if (!needsEscape(c)) {
            out[w++] = char(c);
            continue;
        }
        // An escape: room for the rest written as escapes too (at most six bytes a unit).
        out = ensure(w + 6 + 6 * (n - i) + 1);
        w = writeEscape(out + w, c) - out;
    }
    out[w++] = '"';
    m_used = w;
}

void JsonWriter::writeUtf8String(const QString& text, qsizetype at)
{
    const QByteArray utf8 = text.toUtf8();
    qsizetype w = at + 1; // after the opening quote: the whole text again
    char* out = ensure(w + 6 * utf8.size() + 1);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (needsEscape(c))
            w = writeEscape(out + w, c) - out;
        else
            out[w++] = ch; // bytes of characters beyond ASCII too: JSON keeps UTF-8 as it is
    }
    out[w++] = '"';
    m_used = w;
}

char* JsonWriter::ensure(qsizetype size)
{
    // Doubles, so that a long text is copied a few times only; resize() keeps the text written.
    if (m_out.size() < size)
        m_out.resize(std::max({size, m_out.size() * 2, qsizetype(256)}));
    return m_out.data();
}

void JsonWriter::grow(qsizetype n)
{
    ensure(m_used + n);
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_used);
    m_out.squeeze(); // kept texts (fragments, cached runs) hold their size, not the room
    m_used = 0;
    return std::exchange(m_out, {});
}

void JsonWriter::newline()
{
    if (m_compact)
        return;
    const qsizetype indent = qsizetype(m_stack.size()) * 2;
    char* to = room(1 + indent);
    *to = '\n';
    std::memset(to + 1, ' ', std::size_t(indent));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    spill();
    if (!m_stack.empty()) {
        if (m_stack.back().count++ > 0)
            put(',');
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_stack.push_back({true, 0});
}

void JsonWriter::endObject()
{
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty)
        newline();
    put('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_stack.push_back({false, 0});
}

void JsonWriter::endArray()
{
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty)
        newline();
    put(']');
}

JsonWriter& JsonWriter::key(const char* name)
{
    if (m_stack.back().count++ > 0)
        put(',');
    newline();
    // Keys are the schema's own names (ASCII identifiers): nothing to escape.
    const std::size_t length = std::strlen(name);
    char* to = room(qsizetype(length) + (m_compact ? 3 : 4));
    *to++ = '"';
    std::memcpy(to, name, length);
    to += length;
    *to++ = '"';
    *to++ = ':';
    if (!m_compact)
        *to = ' ';
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString& text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(const char* text)
{
    value(QString::fromUtf8(text));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    put(digits, end - digits);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::real(double number, int decimals)
{
    if (!std::isfinite(number)) {
        null();
        return;
    }
    beforeValue();
    QByteArray text = QByteArray::number(number, 'f', decimals);
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    if (text == "-0")
        text = "0";
    put(text.constData(), text.size());
}

void JsonWriter::null()
{
    beforeValue();
    put("null", 4);
}

void JsonWriter::optionalMember(const char* name, const QString& text)
{
    if (!text.isEmpty())
        member(name, text);
}

void JsonWriter::stringArray(const char* name, const QStringList& values)
{
    key(name).beginArray();
    for (const QString& v : values)
        value(v);
    endArray();
}

JsonWriter JsonWriter::fragment(bool continuing) const
{
    JsonWriter part;
    part.m_compact = m_compact;
    part.m_stack = m_stack;
    part.m_stack.back().count = continuing ? std::max(part.m_stack.back().count, 1) : 0;
    return part;
}

void JsonWriter::appendFragment(const QByteArray& text, qsizetype values)
{
    spill();
    put(text.constData(), text.size());
    m_stack.back().count += int(values);
}

QByteArray JsonWriter::finish()
{
    put('\n');
    if (!m_sink) {
        m_out.truncate(m_used);
        return m_out;
    }
    spill(0);
    return {};
}

void JsonWriter::spill(qsizetype threshold)
{
    if (!m_sink || m_used < threshold || m_used == 0)
        return;
    if (!m_failed && m_sink->write(m_out.constData(), m_used) != m_used)
        m_failed = true;
    m_used = 0; // the storage stays: the next piece reuses it
}

} // namespace onco
