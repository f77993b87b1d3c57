#include "VcfSyntax.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco::vcfsyntax {

QString shown(QByteArrayView v)
{
    constexpr qsizetype max = 60;
    if (v.size() <= max)
        return QString::fromUtf8(v);
    return QString::fromUtf8(v.first(max)) + u"..."_s;
}

// ---------------------------------------------------------------------------------------------
// Numbers

IntResult parseInteger(QByteArrayView v, qint64& out)
{
    qsizetype i = 0;
    bool negative = false;
    if (!v.isEmpty() && (v[0] == '-' || v[0] == '+')) {
        negative = v[0] == '-';
        i = 1;
    }
    if (i == v.size())
        return IntResult::Syntax;
    qint64 value = 0;
    for (; i < v.size(); ++i) {
        if (!in(digitChars, v[i]))
            return IntResult::Syntax;
        if (value < 100'000'000'000LL)
            value = value * 10 + (v[i] - '0');
    }
    out = negative ? -value : value;
    if (out > std::numeric_limits<qint32>::max() || out < std::numeric_limits<qint32>::min())
        return IntResult::Range;
    if (out < qint64(std::numeric_limits<qint32>::min()) + 8)
        return IntResult::Reserved;
    return IntResult::Ok;
}

namespace {

bool equalsNoCase(QByteArrayView v, std::string_view lower)
{
    if (v.size() != qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (upperChars[static_cast<unsigned char>(v[i])] != upperChars[static_cast<unsigned char>(lower[size_t(i)])])
            return false;
    return true;
}

} // namespace

bool isFloat(QByteArrayView v, bool& negative)
{
    negative = false;
    qsizetype i = 0;
    if (!v.isEmpty() && (v[0] == '-' || v[0] == '+')) {
        negative = v[0] == '-';
        i = 1;
    }
    if (i < v.size() && isAlpha(v[i])) {
        const QByteArrayView word = v.sliced(i);
        if (equalsNoCase(word, "nan")) {
            negative = false;
            return true;
        }
        return equalsNoCase(word, "inf") || equalsNoCase(word, "infinity");
    }
    bool digits = false;
    bool nonZero = false;
    for (; i < v.size() && isDigit(v[i]); ++i) {
        digits = true;
        nonZero = nonZero || v[i] != '0';
    }
    if (i < v.size() && v[i] == '.') {
        for (++i; i < v.size() && isDigit(v[i]); ++i) {
            digits = true;
            nonZero = nonZero || v[i] != '0';
        }
    }
    if (!digits)
        return false;
    if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
        ++i;
        if (i < v.size() && (v[i] == '-' || v[i] == '+'))
            ++i;
        if (i == v.size())
            return false;
        while (i < v.size() && isDigit(v[i]))
            ++i;
    }
    negative = negative && nonZero;
    return i == v.size();
}

bool isCigar(QByteArrayView v)
{
    qsizetype i = 0;
    while (i < v.size()) {
        const qsizetype start = i;
        while (i < v.size() && in(digitChars, v[i]))
            ++i;
        if (i == start || i == v.size() || !in(cigarOps, v[i]))
            return false;
        ++i;
    }
    return !v.isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Names

namespace {

bool validKey(QByteArrayView k)
{
    if (k.isEmpty() || !in(keyFirstChars, k[0]))
        return false;
    return allIn(keyChars, k.sliced(1));
}

} // namespace

bool validInfoKey(QByteArrayView k, int version)
{
    if (version >= 43)
        return validKey(k) || k == "1000G"; // 1000G: legacy exception named by the specification
    return !k.isEmpty() && !hasSpace(k);
}

bool validFormatKey(QByteArrayView k, int version)
{
    if (version >= 43)
        return validKey(k);
    return !k.isEmpty() && allIn(alnumChars, k); // 4.1/4.2: "colon-separated alphanumeric String"
}

bool validContig(QByteArrayView name, int version)
{
    if (name.isEmpty() || !in(contigFirstChars, name[0]))
        return false;
    for (const char c : name) {
        if (!in(contigChars, c))
            return false;
        if (version < 44 && c == ':')
            return false;
        if (version == 43 && c == '*')
            return false;
    }
    return true;
}

std::optional<QByteArrayView> contigOf(QByteArrayView chrom, int version)
{
    QByteArrayView name = chrom;
    if (name.startsWith('<')) {
        if (name.size() < 3 || !name.endsWith('>'))
            return std::nullopt;
        name = name.sliced(1, name.size() - 2);
    }
    if (!validContig(name, version))
        return std::nullopt;
    return name;
}

bool validSampleId(QByteArrayView id)
{
    return validContig(id, 43);
}

bool isSvType(QByteArrayView t)
{
    return t == "DEL" || t == "INS" || t == "DUP" || t == "INV" || t == "CNV" || t == "BND";
}

bool validUrl(QByteArrayView v)
{
    const qsizetype sep = v.indexOf("://");
    if (sep <= 0 || !isAlpha(v[0]))
        return false;
    for (const char c : v.first(sep))
        if (!in(alnumChars, c) && c != '+' && c != '-' && c != '.')
            return false;
    QByteArrayView authority = v.sliced(sep + 3);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        if (authority[i] == '/' || authority[i] == '?' || authority[i] == '#') {
            authority = authority.first(i);
            break;
        }
    }
    for (qsizetype i = authority.size() - 1; i >= 0; --i) {
        if (authority[i] == '@') {
            authority = authority.sliced(i + 1);
            break;
        }
    }
    if (authority.startsWith('['))
        return authority.contains(']'); // IPv6 literal
    QByteArrayView host = authority;
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon >= 0) {
        host = authority.first(colon);
        const QByteArrayView port = authority.sliced(colon + 1);
        if (port.isEmpty() || !allIn(digitChars, port))
            return false;
    }
    if (host.isEmpty())
        return v.startsWith("file:");
    // A DNS name whose top-level label is not all digits, or a dotted IPv4 address (RFC 3696 2).
    int labels = 0;
    bool allNumeric = true;
    bool lastNumeric = false;
    bool ok = true;
    forEachItem(host, '.', [&](QByteArrayView label) {
        ++labels;
        ok = !label.isEmpty() && label.front() != '-' && label.back() != '-';
        for (const char c : label)
            ok = ok && (in(alnumChars, c) || c == '-');
        lastNumeric = allIn(digitChars, label);
        allNumeric = allNumeric && lastNumeric && label.size() <= 3 && label.toInt() <= 255;
        return ok;
    });
    if (!ok)
        return false;
    if (allNumeric)
        return labels == 4;
    return !lastNumeric;
}

// ---------------------------------------------------------------------------------------------
// Alleles

namespace {

bool validMate(QByteArrayView mate)
{
    const qsizetype colon = mate.lastIndexOf(':');
    if (colon <= 0 || colon == mate.size() - 1)
        return false;
    return allIn(digitChars, mate.sliced(colon + 1)) && !hasSpace(mate.first(colon));
}

} // namespace

AlleleError checkAllele(QByteArrayView a, AlleleKind& kind)
{
    kind = AlleleKind::Other;
    if (a.isEmpty())
        return AlleleError::Empty;
    if (allIn(baseChars, a)) { // the common case first
        kind = AlleleKind::Bases;
        return AlleleError::None;
    }
    const char first = a.front();
    const char last = a.back();
    if (first == '<') {
        if (a.size() < 3 || last != '>')
            return AlleleError::BadSymbolic;
        for (const char c : a.sliced(1, a.size() - 2))
            if (c == '<' || c == '>' || c == ',' || in(spaceChars, c))
                return AlleleError::BadSymbolic;
        return AlleleError::None;
    }
    if (a.contains('[') || a.contains(']')) {
        // t[p[  t]p]  ]p]t  [p[t
        QByteArrayView bases;
        QByteArrayView mate;
        if (first == '[' || first == ']') {
            const qsizetype close = a.indexOf(first, 1);
            if (close < 0)
                return AlleleError::BadBreakend;
            mate = a.sliced(1, close - 1);
            bases = a.sliced(close + 1);
        } else if (last == '[' || last == ']') {
            qsizetype open = a.size() - 2;
            while (open >= 0 && a[open] != last)
                --open;
            if (open < 0)
                return AlleleError::BadBreakend;
            bases = a.first(open);
            mate = a.sliced(open + 1, a.size() - open - 2);
        } else {
            return AlleleError::BadBreakend;
        }
        if (bases.isEmpty() || !allIn(baseChars, bases) || !validMate(mate))
            return AlleleError::BadBreakend;
        return AlleleError::None;
    }
    if (a.size() == 1 && first == '*') // overlapping deletion (named in 4.2, used earlier)
        return AlleleError::None;
    if (a.size() >= 2 && (first == '.' || last == '.')) { // single breakend
        const QByteArrayView bases = first == '.' ? a.sliced(1) : a.first(a.size() - 1);
        return allIn(baseChars, bases) ? AlleleError::None : AlleleError::BadBreakend;
    }
    return AlleleError::BadBases;
}

quint64 alleleHash(QByteArrayView ref, QByteArrayView alt)
{
    quint64 h = 1469598103934665603ULL;
    const auto add = [&h](char c) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    };
    for (const char c : ref)
        add(upperChars[static_cast<unsigned char>(c)]);
    add('>');
    for (const char c : alt)
        add(upperChars[static_cast<unsigned char>(c)]);
    return h;
}

} // namespace onco::vcfsyntax
