#pragma once

// Lexical rules of VCF for VcfValidator: character tables, numbers, names, alleles, genotypes.
// Internal to the validator's implementation files, not part of the product API. The helpers that
// run for every field of every record are inline here, so that the record checks compile them in;
// the rest are in VcfSyntax.cpp.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace onco::vcfsyntax {

// ---------------------------------------------------------------------------------------------
// Character classes, as 256-entry tables so that scanning a field is one lookup per byte.

using CharTable = std::array<bool, 256>;

template <typename Pred> constexpr CharTable makeTable(Pred pred)
{
    CharTable t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<size_t>(c)] = pred(c);
    return t;
}

constexpr bool isAlpha(int c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
constexpr bool isDigitChar(int c)
{
    return c >= '0' && c <= '9';
}
constexpr bool oneOf(int c, std::string_view set)
{
    return set.find(static_cast<char>(c)) != std::string_view::npos;
}

inline constexpr CharTable baseChars = makeTable([](int c) { return oneOf(c, "ACGTNacgtn"); });
inline constexpr CharTable spaceChars = makeTable([](int c) { return oneOf(c, " \t\n\r\v\f"); });
inline constexpr CharTable digitChars = makeTable([](int c) { return isDigitChar(c); });
inline constexpr CharTable alnumChars = makeTable([](int c) { return isAlpha(c) || isDigitChar(c); });
// INFO and FORMAT keys (VCF 4.3 1.6.1): ^[A-Za-z_][0-9A-Za-z_.]*$
inline constexpr CharTable keyFirstChars = makeTable([](int c) { return isAlpha(c) || c == '_'; });
inline constexpr CharTable keyChars =
    makeTable([](int c) { return isAlpha(c) || isDigitChar(c) || c == '_' || c == '.'; });
// SAM reference names, which VCF 4.4+ contig names follow:
// [0-9A-Za-z!#$%&+./:;?@^_|~-][0-9A-Za-z!#$%&*+./:;=?@^_|~-]*
inline constexpr CharTable contigFirstChars =
    makeTable([](int c) { return isAlpha(c) || isDigitChar(c) || oneOf(c, "!#$%&+./:;?@^_|~-"); });
inline constexpr CharTable contigChars =
    makeTable([](int c) { return isAlpha(c) || isDigitChar(c) || oneOf(c, "!#$%&*+./:;=?@^_|~-"); });
// CIGAR operations of the reserved INFO CIGAR key.
inline constexpr CharTable cigarOps = makeTable([](int c) { return oneOf(c, "MIDNSHPX="); });
inline constexpr std::array<char, 256> upperChars = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<size_t>(c)] = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return t;
}();

inline bool in(const CharTable& table, char c)
{
    return table[static_cast<unsigned char>(c)];
}

inline bool allIn(const CharTable& table, QByteArrayView v)
{
    for (const char c : v)
        if (!in(table, c))
            return false;
    return true;
}

inline bool hasSpace(QByteArrayView v)
{
    for (const char c : v)
        if (in(spaceChars, c))
            return true;
    return false;
}

/** A non-owning QByteArray over the bytes, to look up a QHash<QByteArray, ...> without allocating. */
inline QByteArray raw(QByteArrayView v)
{
    return QByteArray::fromRawData(v.data(), v.size());
}

/** The text for a message, shortened. */
QString shown(QByteArrayView v);

/** Same bytes; inline, as VCF fields are short (QByteArrayView's == calls into QtCore). */
inline bool same(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

inline bool isDot(QByteArrayView v)
{
    return v.size() == 1 && v[0] == '.';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** Calls f(item) for each `sep`-separated item of v (one empty item when v is empty); stops when f returns false. */
template <typename F> void forEachItem(QByteArrayView v, char sep, F&& f)
{
    const char* p = v.data();
    const char* const end = p + v.size();
    while (true) {
        const char* q = p;
        while (q != end && *q != sep)
            ++q;
        if (!f(QByteArrayView(p, q - p)) || q == end)
            return;
        p = q + 1;
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

enum class IntResult
{
    Ok,
    Syntax,
    Range,    ///< outside 32 bits
    Reserved, ///< -2^31 .. -2^31+7, reserved by BCF for missing and end-of-vector values
};

IntResult parseInteger(QByteArrayView v, qint64& out);

/**
 * A Float as the specification writes it: [-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?, NaN or +/-Inf
 * (also "1." and "Infinity", which every parser reads). `negative` tells a value below zero.
 */
bool isFloat(QByteArrayView v, bool& negative);

bool isCigar(QByteArrayView v);

// ---------------------------------------------------------------------------------------------
// Names

bool validInfoKey(QByteArrayView k, int version);

bool validFormatKey(QByteArrayView k, int version);

/**
 * Contig names: SAM reference names (4.4+); 4.3 also excludes ':' and '*'; 4.1/4.2 forbid
 * whitespace and ':', and commas and brackets break the header and breakend syntax.
 */
bool validContig(QByteArrayView name, int version);

/** CHROM: a contig name, or an angle-bracketed ID of a contig in the ##assembly file; without brackets. */
std::optional<QByteArrayView> contigOf(QByteArrayView chrom, int version);

/** Sample and genome IDs of ##SAMPLE and ##PEDIGREE lines: the 4.3 contig rules. */
bool validSampleId(QByteArrayView id);

bool isSvType(QByteArrayView t);

bool validUrl(QByteArrayView v);

// ---------------------------------------------------------------------------------------------
// Alleles

enum class AlleleError
{
    None,
    Empty,
    BadSymbolic,
    BadBreakend,
    BadBases,
};

enum class AlleleKind
{
    Bases,
    Other, ///< '*', symbolic, breakend: not compared for duplicates
};

AlleleError checkAllele(QByteArrayView a, AlleleKind& kind);

struct Genotype
{
    bool ok = false;
    int ploidy = 0;
    int maxIndex = -1;
};

/** GT: alleles ('.' or an index) separated by '/' or '|', with the optional 4.4 leading phase. */
inline Genotype parseGenotype(QByteArrayView v)
{
    Genotype g;
    qsizetype i = 0;
    const qsizetype n = v.size();
    if (n > 0 && (v[0] == '/' || v[0] == '|'))
        ++i;
    while (i < n) {
        if (v[i] == '.') {
            ++i;
        } else if (in(digitChars, v[i])) {
            int index = 0;
            for (; i < n && in(digitChars, v[i]); ++i)
                index = std::min(index * 10 + (v[i] - '0'), 1'000'000);
            g.maxIndex = std::max(g.maxIndex, index);
        } else {
            return g;
        }
        ++g.ploidy;
        if (i == n) {
            g.ok = true;
            return g;
        }
        if (v[i] != '/' && v[i] != '|')
            return g;
        ++i;
    }
    return g;
}

/** 64-bit FNV-1a over REF>ALT, upper-cased: the identity of a trimmed allele pair. */
quint64 alleleHash(QByteArrayView ref, QByteArrayView alt);

inline bool sameBase(char a, char b)
{
    return upperChars[static_cast<unsigned char>(a)] == upperChars[static_cast<unsigned char>(b)];
}

} // namespace onco::vcfsyntax
