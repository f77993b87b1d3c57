#include "TsvReader.h"

#include <QCoreApplication>
#include <QUtf8StringView>

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace onco {

Result<void> TsvReader::open(const QString& path, bool skipComments)
{
    m_skipComments = skipComments;
    if (auto r = m_lines.open(path); !r)
        return r;
    QByteArrayView line;
    while (m_lines.next(line)) {
        if (m_lines.lineNumber() == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3); // a UTF-8 byte-order mark, as spreadsheet programs write
        if (line.trimmed().isEmpty() || (skipComments && line.startsWith('#')))
            continue;
        split(line);
        for (int i = 0; i < m_fields.size(); ++i) {
            m_header.append(m_fields[i].toByteArray());
            m_columns.insert(m_header.back(), i);
        }
        m_fields.clear();
        return {};
    }
    if (m_lines.error())
        return Unexpected{*m_lines.error()};
    return fail(CoreError::Code::BadInput,
                QCoreApplication::translate("onco::TsvReader", "the file is empty: no header row"),
                path);
}

int TsvReader::column(QByteArrayView name) const
{
    return m_columns.value(name.toByteArray(), -1);
}

int TsvReader::findColumn(std::initializer_list<QByteArrayView> names) const
{
    for (QByteArrayView name : names) {
        for (int i = 0; i < m_header.size(); ++i) {
            if (QByteArrayView(m_header[i]).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

bool TsvReader::isValidUtf8() const
{
    return QUtf8StringView(m_line).isValidUtf8();
}

namespace {

/** ASCII whitespace, as QByteArrayView::trimmed() takes it (the C locale's isspace). */
constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/** The field trimmed of surrounding spaces; most have none, which two looks tell. */
QByteArrayView trimmedField(const char* from, const char* to)
{
    if (from == to || (!isSpace(*from) && !isSpace(to[-1])))
        return QByteArrayView(from, to);
    return QByteArrayView(from, to).trimmed();
}

} // namespace

void TsvReader::split(QByteArrayView line)
{
    m_fields.clear();
    const char* const begin = line.data();
    const char* const end = begin + line.size();
    const char* from = begin;
    const char* p = begin;
#if defined(__SSE2__)
    // Sixteen bytes at a time: a study MAF has over a hundred columns per row.
    const __m128i tab = _mm_set1_epi8('\t');
    for (; end - p >= 16; p += 16) {
        auto mask =
            unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), tab)));
        for (; mask != 0; mask &= mask - 1) {
            const char* at = p + std::countr_zero(mask);
            m_fields.append(trimmedField(from, at));
            from = at + 1;
        }
    }
#endif
    for (; p < end; ++p) {
        if (*p == '\t') {
            m_fields.append(trimmedField(from, p));
            from = p + 1;
        }
    }
    m_fields.append(trimmedField(from, end));
}

bool TsvReader::next()
{
    QByteArrayView line;
    while (m_lines.next(line)) {
        if (line.trimmed().isEmpty() || (m_skipComments && line.startsWith('#')))
            continue;
        split(line);
        m_line = line;
        return true;
    }
    return false;
}

QByteArrayView TsvReader::field(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields[column] : QByteArrayView();
}

QString TsvReader::text(int column) const
{
    return QString::fromUtf8(field(column));
}

} // namespace onco
