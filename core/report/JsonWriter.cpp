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

void escape(QByteArray& out, const QString& text)
{
    // Most text is printable ASCII needing no escape: copied as it is in one pass, without a UTF-8
    // copy. constData(), not utf16(): that reallocates a null string, and strings are shared
    // across threads.
    const QChar* u = text.constData();
    const qsizetype n = text.size();
    const qsizetype at = out.size();
    out.resize(at + n + 2);
    char* to = out.data() + at;
    *to++ = '"';
    qsizetype plain = 0;
#if defined(__SSE2__)
    // Eight UTF-16 units at a time: all printable ASCII other than '"' and '\\' are narrowed at once.
    const __m128i below = _mm_set1_epi16(0x1F);
    const __m128i above = _mm_set1_epi16(0x7F);
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i backslash = _mm_set1_epi16('\\');
    for (; plain + 8 <= n; plain += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + plain));
        // Signed compares: units from 0x8000 are negative and fail the first test.
        const __m128i printable = _mm_and_si128(_mm_cmpgt_epi16(v, below), _mm_cmplt_epi16(v, above));
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash));
        if (_mm_movemask_epi8(_mm_andnot_si128(special, printable)) != 0xFFFF)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i*>(to + plain), _mm_packus_epi16(v, v));
    }
#endif
    for (; plain < n; ++plain) {
        const char16_t c = u[plain].unicode();
        if (c < 0x20 || c >= 0x7F || c == u'"' || c == u'\\')
            break;
        to[plain] = char(c);
    }
    if (plain == n) {
        to[n] = '"';
        return;
    }
    out.resize(at + 1);
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

} // namespace

void JsonWriter::newline()
{
    if (m_compact)
        return;
    const qsizetype indent = qsizetype(m_stack.size()) * 2;
    const qsizetype at = m_out.size();
    m_out.resize(at + 1 + indent);
    char* to = m_out.data() + at;
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
            m_out += ',';
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_stack.push_back({true, 0});
}

void JsonWriter::endObject()
{
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_stack.push_back({false, 0});
}

void JsonWriter::endArray()
{
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out += ']';
}

JsonWriter& JsonWriter::key(const char* name)
{
    if (m_stack.back().count++ > 0)
        m_out += ',';
    newline();
    // Keys are the schema's own names (ASCII identifiers): nothing to escape.
    const std::size_t length = std::strlen(name);
    const qsizetype at = m_out.size();
    m_out.resize(at + qsizetype(length) + (m_compact ? 3 : 4));
    char* to = m_out.data() + at;
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
    escape(m_out, text);
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
    m_out.append(digits, end - digits);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
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
    m_out += text;
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
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
    m_out += text;
    m_stack.back().count += int(values);
}

QByteArray JsonWriter::finish()
{
    m_out += '\n';
    if (!m_sink)
        return m_out;
    spill(0);
    return {};
}

void JsonWriter::spill(qsizetype threshold)
{
    if (!m_sink || m_out.size() < threshold || m_out.isEmpty())
        return;
    if (!m_failed && m_sink->write(m_out) != m_out.size())
        m_failed = true;
    m_out.clear(); // keeps its capacity: the next piece reuses it
}

} // namespace onco
