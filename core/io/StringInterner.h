#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

namespace onco {

/** Hashes std::string keys and looks them up by std::string_view, without a copy. */
struct TransparentHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept
    {
        return std::hash<std::string_view>{}(s);
    }
};

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
        // Looked up by the bytes themselves: no allocation unless the string is new.
        const std::string_view key(bytes.data(), std::size_t(bytes.size()));
        if (m_last && m_last->first == key)
            return m_last->second;
        auto it = m_table.find(key);
        if (it == m_table.end()) {
            if (m_table.size() >= maxEntries) {
                m_last = nullptr;
                m_overflow = QString::fromUtf8(bytes);
                return m_overflow;
            }
            it = m_table.emplace(std::string(key), QString::fromUtf8(bytes)).first;
        }
        m_last = &*it; // nodes stay where they are when the table grows
        return it->second;
    }
    const QString& get(const QString& s)
    {
        return get(QByteArrayView(s.toUtf8()));
    }

private:
    /** Beyond this many distinct strings (mostly unique values), new ones are not kept. */
    static constexpr std::size_t maxEntries = 200000;
    using Table = std::unordered_map<std::string, QString, TransparentHash, std::equal_to<>>;
    Table m_table;
    Table::value_type* m_last = nullptr;
    QString m_overflow;
    QString m_single[256];
    QHash<quint32, QString> m_short;
};

/**
 * Remembers what a pure function made of some bytes (a gene column's event, a protein change
 * normalised), so that a study repeating its values computes each once. Beyond a bound of distinct
 * keys, new ones are computed each time. References are valid until the next call.
 */
template <typename T> class ByteMemo
{
public:
    template <typename Make> const T& get(std::string_view key, Make&& make)
    {
        if (auto it = m_table.find(key); it != m_table.end())
            return it->second;
        if (m_table.size() >= maxEntries) {
            m_overflow = make();
            return m_overflow;
        }
        return m_table.emplace(std::string(key), make()).first->second;
    }

private:
    static constexpr std::size_t maxEntries = 200000;
    std::unordered_map<std::string, T, TransparentHash, std::equal_to<>> m_table;
    T m_overflow;
};

} // namespace onco
