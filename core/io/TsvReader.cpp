#include "TsvReader.h"

#include <QCoreApplication>
#include <QUtf8StringView>

#include <cstring>

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

void TsvReader::split(QByteArrayView line)
{
    m_fields.clear();
    if (line.isEmpty()) {
        m_fields.append(QByteArrayView());
        return;
    }
    const char* const begin = line.data();
    const char* const end = begin + line.size();
    for (const char* from = begin;;) {
        const auto* tab = static_cast<const char*>(std::memchr(from, '\t', std::size_t(end - from)));
        const char* to = tab ? tab : end;
        m_fields.append(QByteArrayView(from, to).trimmed());
        if (!tab)
            break;
        from = tab + 1;
    }
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
