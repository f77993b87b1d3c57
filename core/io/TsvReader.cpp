#include "TsvReader.h"

#include <QCoreApplication>

namespace onco {

Result<void> TsvReader::open(const QString& path, bool skipComments)
{
    m_skipComments = skipComments;
    if (auto r = m_lines.open(path); !r)
        return r;
    QByteArrayView line;
    while (m_lines.next(line)) {
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

void TsvReader::split(QByteArrayView line)
{
    m_fields.clear();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == '\t') {
            m_fields.append(line.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
}

bool TsvReader::next()
{
    QByteArrayView line;
    while (m_lines.next(line)) {
        if (line.trimmed().isEmpty() || (m_skipComments && line.startsWith('#')))
            continue;
        split(line);
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
