#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace onco {

/**
 * Shares repeated strings (contigs, alleles, genes, filters, consequences) instead of allocating
 * per record, so that a million alterations hold a few thousand distinct strings. Sorted files repeat the previous
 * contig and filter, so the last value is checked first; single bases come from a table.
 */
class StringInterner
{
public:
    /** The shared string; the reference is valid until the next call. */
    const QString& get(QByteArrayView bytes)
    {
        static const QString empty;
        if (bytes.isEmpty())
            return empty;
        if (bytes.size() == 1) {
            QString& base = m_single[static_cast<unsigned char>(bytes.front())];
            if (base.isNull())
                base = QString::fromUtf8(bytes);
            return base;
        }
        if (bytes.size() <= 4) {
            // Short alleles and contig names: a packed key, no allocation.
            quint32 key = quint32(bytes.size());
            for (const char c : bytes)
                key = (key << 8) | static_cast<unsigned char>(c);
            auto it = m_short.constFind(key);
            if (it == m_short.cend())
                it = m_short.insert(key, QString::fromUtf8(bytes));
            return *it;
        }
        if (bytes == QByteArrayView(m_lastKey))
            return m_lastValue;
        m_lastKey = bytes.toByteArray();
        auto it = m_table.constFind(m_lastKey);
        if (it != m_table.cend()) {
            m_lastValue = *it;
            return m_lastValue;
        }
        m_lastValue = QString::fromUtf8(bytes);
        if (m_table.size() < 200000)
            m_table.insert(m_lastKey, m_lastValue);
        return m_lastValue;
    }
    const QString& get(const QString& s)
    {
        return get(QByteArrayView(s.toUtf8()));
    }

private:
    QHash<QByteArray, QString> m_table;
    QByteArray m_lastKey;
    QString m_lastValue;
    QString m_single[256];
    QHash<quint32, QString> m_short;
};

} // namespace onco
