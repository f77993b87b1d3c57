#include "VcfValidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::VcfValidator)
};

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

constexpr CharTable baseChars = makeTable([](int c) { return oneOf(c, "ACGTNacgtn"); });
constexpr CharTable spaceChars = makeTable([](int c) { return oneOf(c, " \t\n\r\v\f"); });
constexpr CharTable digitChars = makeTable([](int c) { return isDigitChar(c); });
constexpr CharTable alnumChars = makeTable([](int c) { return isAlpha(c) || isDigitChar(c); });
// INFO and FORMAT keys (VCF 4.3 1.6.1): ^[A-Za-z_][0-9A-Za-z_.]*$
constexpr CharTable keyFirstChars = makeTable([](int c) { return isAlpha(c) || c == '_'; });
constexpr CharTable keyChars = makeTable([](int c) { return isAlpha(c) || isDigitChar(c) || c == '_' || c == '.'; });
// SAM reference names, which VCF 4.4+ contig names follow:
// [0-9A-Za-z!#$%&+./:;?@^_|~-][0-9A-Za-z!#$%&*+./:;=?@^_|~-]*
constexpr CharTable contigFirstChars =
    makeTable([](int c) { return isAlpha(c) || isDigitChar(c) || oneOf(c, "!#$%&+./:;?@^_|~-"); });
constexpr CharTable contigChars =
    makeTable([](int c) { return isAlpha(c) || isDigitChar(c) || oneOf(c, "!#$%&*+./:;=?@^_|~-"); });
// CIGAR operations of the reserved INFO CIGAR key.
constexpr CharTable cigarOps = makeTable([](int c) { return oneOf(c, "MIDNSHPX="); });
constexpr std::array<char, 256> upperChars = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<size_t>(c)] = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return t;
}();

inline bool in(const CharTable& table, char c)
{
    return table[static_cast<unsigned char>(c)];
}

bool allIn(const CharTable& table, QByteArrayView v)
{
    for (const char c : v)
        if (!in(table, c))
            return false;
    return true;
}

bool hasSpace(QByteArrayView v)
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
QString shown(QByteArrayView v)
{
    constexpr qsizetype max = 60;
    if (v.size() <= max)
        return QString::fromUtf8(v);
    return QString::fromUtf8(v.first(max)) + u"..."_s;
}

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

bool equalsNoCase(QByteArrayView v, std::string_view lower)
{
    if (v.size() != qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (upperChars[static_cast<unsigned char>(v[i])] != upperChars[static_cast<unsigned char>(lower[size_t(i)])])
            return false;
    return true;
}

/**
 * A Float as the specification writes it: [-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?, NaN or +/-Inf
 * (also "1." and "Infinity", which every parser reads). `negative` tells a value below zero.
 */
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
// INFO and FORMAT definitions

enum class Kind : quint8
{
    Integer,
    Float,
    Flag,
    Character,
    String,
};

enum class Count : quint8
{
    Fixed,    ///< an integer
    Alt,      ///< A: one per ALT allele
    Allele,   ///< R: one per allele, REF included
    Genotype, ///< G: one per genotype
    Other,    ///< '.', or the 4.4+ P, LA, LR, LG, M: not checked
};

struct TagDef
{
    Kind kind = Kind::String;
    Count count = Count::Other;
    bool nonNegative = false; ///< a count, depth or frequency of the specification's reserved keys
    bool cigar = false;
    int fixed = 0;
    bool known = true; ///< false for an undeclared, unreserved FORMAT key in a FormatLayout
    qint64 line = 0;   ///< declaring header line; 0 for a reserved key the header does not declare
    quint64 stamp = 0; ///< number of the last record that used the key, to find duplicate keys
};

struct NumberSpec
{
    Count count = Count::Other;
    int fixed = 0;
};

std::optional<NumberSpec> parseNumber(QByteArrayView v, int version)
{
    if (v == "A")
        return NumberSpec{Count::Alt, 0};
    if (v == "R" && version >= 42) // R is new in VCF 4.2
        return NumberSpec{Count::Allele, 0};
    if (v == "G")
        return NumberSpec{Count::Genotype, 0};
    if (v == ".")
        return NumberSpec{Count::Other, 0};
    if (version >= 44 && (v == "P" || v == "LA" || v == "LR" || v == "LG" || v == "M"))
        return NumberSpec{Count::Other, 0};
    if (!v.isEmpty() && v.size() <= 7 && allIn(digitChars, v))
        return NumberSpec{Count::Fixed, v.toInt()};
    return std::nullopt;
}

std::optional<Kind> parseKind(QByteArrayView v)
{
    if (v == "Integer")
        return Kind::Integer;
    if (v == "Float")
        return Kind::Float;
    if (v == "Flag")
        return Kind::Flag;
    if (v == "Character")
        return Kind::Character;
    if (v == "String")
        return Kind::String;
    return std::nullopt;
}

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Integer:
        return u"Integer"_s;
    case Kind::Float:
        return u"Float"_s;
    case Kind::Flag:
        return u"Flag"_s;
    case Kind::Character:
        return u"Character"_s;
    case Kind::String:
        break;
    }
    return u"String"_s;
}

QString numberName(Count c, int fixed)
{
    switch (c) {
    case Count::Fixed:
        return QString::number(fixed);
    case Count::Alt:
        return u"A"_s;
    case Count::Allele:
        return u"R"_s;
    case Count::Genotype:
        return u"G"_s;
    case Count::Other:
        break;
    }
    return u"."_s;
}

/** A key the specification reserves, with its Number and Type (VCF 4.3 tables 1 and 2). */
struct ReservedTag
{
    std::string_view id;
    Count count;
    int fixed;
    Kind kind;
    bool nonNegative;
    int minVersion = 0;
    int maxVersion = 99;
};

// SB is left out: 4.1/4.2 give it no type and the conformance suite uses it as a Float, while 4.3
// reserves Number=4,Type=Integer.
constexpr ReservedTag reservedInfo[] = {
    {"AA", Count::Fixed, 1, Kind::String, false},       {"AC", Count::Alt, 0, Kind::Integer, true},
    {"AD", Count::Allele, 0, Kind::Integer, true, 43},  {"ADF", Count::Allele, 0, Kind::Integer, true, 43},
    {"ADR", Count::Allele, 0, Kind::Integer, true, 43}, {"AF", Count::Alt, 0, Kind::Float, true},
    {"AN", Count::Fixed, 1, Kind::Integer, true},       {"BQ", Count::Fixed, 1, Kind::Float, false},
    {"CIGAR", Count::Alt, 0, Kind::String, false},      {"DB", Count::Fixed, 0, Kind::Flag, false},
    {"DP", Count::Fixed, 1, Kind::Integer, true},       {"END", Count::Fixed, 1, Kind::Integer, true},
    {"H2", Count::Fixed, 0, Kind::Flag, false},         {"H3", Count::Fixed, 0, Kind::Flag, false},
    {"MQ", Count::Fixed, 1, Kind::Float, false},        {"MQ0", Count::Fixed, 1, Kind::Integer, true},
    {"NS", Count::Fixed, 1, Kind::Integer, true},       {"SOMATIC", Count::Fixed, 0, Kind::Flag, false},
    {"VALIDATED", Count::Fixed, 0, Kind::Flag, false},  {"1000G", Count::Fixed, 0, Kind::Flag, false},
};

constexpr ReservedTag reservedFormat[] = {
    {"AD", Count::Allele, 0, Kind::Integer, true, 43},
    {"ADF", Count::Allele, 0, Kind::Integer, true, 43},
    {"ADR", Count::Allele, 0, Kind::Integer, true, 43},
    {"DP", Count::Fixed, 1, Kind::Integer, true},
    {"EC", Count::Alt, 0, Kind::Integer, true},
    {"FT", Count::Fixed, 1, Kind::String, false},
    {"GL", Count::Genotype, 0, Kind::Float, false},
    {"GLE", Count::Genotype, 0, Kind::String, false, 0, 42},
    {"GP", Count::Genotype, 0, Kind::Float, false},
    {"GQ", Count::Fixed, 1, Kind::Integer, true},
    {"GT", Count::Fixed, 1, Kind::String, false},
    {"HQ", Count::Fixed, 2, Kind::Integer, false},
    {"MQ", Count::Fixed, 1, Kind::Integer, true},
    {"PL", Count::Genotype, 0, Kind::Integer, false},
    {"PQ", Count::Fixed, 1, Kind::Integer, false},
    {"PS", Count::Fixed, 1, Kind::Integer, true},
};

enum class Section
{
    Info,
    Format,
};

const ReservedTag* findReserved(Section section, QByteArrayView id, int version)
{
    const auto match = [&](const auto& table) -> const ReservedTag* {
        for (const ReservedTag& r : table)
            if (QByteArrayView(r.id.data(), qsizetype(r.id.size())) == id && version >= r.minVersion
                && version <= r.maxVersion)
                return &r;
        return nullptr;
    };
    return section == Section::Info ? match(reservedInfo) : match(reservedFormat);
}

TagDef fromReserved(const ReservedTag& r)
{
    TagDef def;
    def.kind = r.kind;
    def.count = r.count;
    def.fixed = r.fixed;
    def.nonNegative = r.nonNegative;
    def.cigar = r.id == "CIGAR";
    return def;
}

/** Number of genotypes of `ploidy` alleles drawn from `alleles`; -1 when too large to matter. */
qint64 genotypeCount(int alleles, int ploidy)
{
    qint64 r = 1;
    for (int k = 1; k <= ploidy; ++k) {
        r = r * (alleles - 1 + k) / k;
        if (r > 10'000'000)
            return -1;
    }
    return r;
}

/**
 * The fast path of a value list: the number of values when every value is plainly valid for the
 * kind ('.', 12, -3, 0.5), or -1 to let the slow path decide (a problem, or a rarer spelling such
 * as 1e-5 or +Inf).
 */
qint64 quickCount(QByteArrayView v, const TagDef& def)
{
    if (v.isEmpty())
        return -1;
    const char* p = v.data();
    const char* const end = p + v.size();
    qint64 n = 1;
    switch (def.kind) {
    case Kind::Integer:
    case Kind::Float:
        while (true) {
            if (*p == '.' && (p + 1 == end || p[1] == ',')) {
                ++p;
            } else {
                if (*p == '-') {
                    if (def.nonNegative)
                        return -1;
                    ++p;
                }
                const char* digits = p;
                while (p != end && isDigit(*p))
                    ++p;
                qsizetype count = p - digits;
                if (def.kind == Kind::Integer) {
                    if (count == 0 || count > 9) // longer ones get the range check
                        return -1;
                } else if (p != end && *p == '.') {
                    const char* fraction = ++p;
                    while (p != end && isDigit(*p))
                        ++p;
                    if (count + (p - fraction) == 0)
                        return -1;
                } else if (count == 0) {
                    return -1;
                }
            }
            if (p == end)
                return n;
            if (*p != ',' || ++p == end)
                return -1;
            ++n;
        }
    case Kind::Character: // "A" or "A,B,C"
        if (v.size() % 2 == 0)
            return -1;
        for (qsizetype i = 0; i < v.size(); ++i)
            if ((v[i] == ',') != (i % 2 == 1))
                return -1;
        return v.size() / 2 + 1;
    case Kind::String:
        if (def.cigar)
            return -1;
        if (v.size() >= 2 && v.front() == '"' && v.back() == '"') // one quoted value holding commas
            return 1;
        for (; p != end; ++p)
            n += *p == ',';
        return n;
    case Kind::Flag:
        break;
    }
    return -1;
}

inline bool endsValue(char c)
{
    return c == ':' || c == '\t';
}

/**
 * quickCount fused with the search for the end of a FORMAT value: scans from p to the next ':' or
 * tab and returns that end. `count` gets the number of values when all are plainly valid for `def`
 * (or when `def` is null), -1 when the slow path must decide.
 */
const char* scanValue(const char* p, const char* const end, const TagDef* def, qint64& count)
{
    const auto giveUp = [&] {
        while (p != end && !endsValue(*p))
            ++p;
        count = -1;
        return p;
    };
    qint64 n = 1;
    if (def && (def->kind == Kind::Integer || def->kind == Kind::Float)) {
        while (true) {
            if (p == end || endsValue(*p))
                return giveUp(); // an empty value
            if (*p == '.' && (p + 1 == end || p[1] == ',' || endsValue(p[1]))) {
                ++p;
            } else {
                if (*p == '-') {
                    if (def->nonNegative)
                        return giveUp();
                    ++p;
                }
                const char* digits = p;
                while (p != end && isDigit(*p))
                    ++p;
                const qsizetype whole = p - digits;
                if (def->kind == Kind::Integer) {
                    if (whole == 0 || whole > 9) // longer ones get the range check
                        return giveUp();
                } else if (p != end && *p == '.') {
                    const char* fraction = ++p;
                    while (p != end && isDigit(*p))
                        ++p;
                    if (whole + (p - fraction) == 0)
                        return giveUp();
                } else if (whole == 0) {
                    return giveUp();
                }
            }
            if (p == end || endsValue(*p)) {
                count = n;
                return p;
            }
            if (*p != ',')
                return giveUp();
            ++p;
            ++n;
        }
    }
    // Character, String, undeclared: count the values; Character values are one character each.
    const char* const start = p;
    qsizetype length = 0;
    bool single = true;
    for (; p != end && !endsValue(*p); ++p) {
        if (*p == ',') {
            single = single && length == 1;
            length = 0;
            ++n;
        } else {
            ++length;
        }
    }
    single = single && length == 1;
    const bool plain = !def || (def->kind == Kind::Character ? single : !def->cigar && *start != '"');
    count = p == start || !plain ? -1 : n;
    return p;
}

/** True when `values` (from quickCount) is the number a FORMAT field must have; false sends it to the slow path. */
inline bool countOk(const TagDef& def, qint64 values, int nAlt, int ploidy)
{
    if (values < 0)
        return false;
    switch (def.count) {
    case Count::Fixed:
        return values == def.fixed;
    case Count::Alt:
        return nAlt == 0 || values == nAlt;
    case Count::Allele:
        return nAlt == 0 || values == nAlt + 1;
    case Count::Genotype:
        return nAlt == 0
               || (ploidy == 2 ? values == (nAlt + 1) * (nAlt + 2) / 2 : values == genotypeCount(nAlt + 1, ploidy));
    case Count::Other:
        break;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Names

bool validKey(QByteArrayView k)
{
    if (k.isEmpty() || !in(keyFirstChars, k[0]))
        return false;
    return allIn(keyChars, k.sliced(1));
}

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

/**
 * Contig names: SAM reference names (4.4+); 4.3 also excludes ':' and '*'; 4.1/4.2 forbid
 * whitespace and ':', and commas and brackets break the header and breakend syntax.
 */
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

/** CHROM: a contig name, or an angle-bracketed ID of a contig in the ##assembly file; without brackets. */
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

/** Sample and genome IDs of ##SAMPLE and ##PEDIGREE lines: the 4.3 contig rules. */
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

bool validMate(QByteArrayView mate)
{
    const qsizetype colon = mate.lastIndexOf(':');
    if (colon <= 0 || colon == mate.size() - 1)
        return false;
    return allIn(digitChars, mate.sliced(colon + 1)) && !hasSpace(mate.first(colon));
}

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

struct Genotype
{
    bool ok = false;
    int ploidy = 0;
    int maxIndex = -1;
};

/** GT: alleles ('.' or an index) separated by '/' or '|', with the optional 4.4 leading phase. */
Genotype parseGenotype(QByteArrayView v)
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

inline bool sameBase(char a, char b)
{
    return upperChars[static_cast<unsigned char>(a)] == upperChars[static_cast<unsigned char>(b)];
}

// ---------------------------------------------------------------------------------------------
// Meta lines

struct MetaField
{
    QByteArrayView key;
    QByteArrayView value;
    bool quoted = false;
    bool bracketed = false;
};

/** Splits the inside of "<...>" into key=value fields; returns the syntax error, or an empty string. */
QString splitFields(QByteArrayView content, std::vector<MetaField>& fields)
{
    fields.clear();
    const qsizetype n = content.size();
    qsizetype i = 0;
    while (true) {
        const qsizetype keyStart = i;
        while (i < n && content[i] != '=' && content[i] != ',')
            ++i;
        MetaField f;
        f.key = content.sliced(keyStart, i - keyStart);
        if (i == n || content[i] == ',') {
            if (f.key.isEmpty())
                return Messages::tr("empty field (two commas in a row, or a comma at the start)");
            return Messages::tr("'%1' is not a key=value field (an unquoted comma, or a value that needs quotes?)")
                .arg(shown(f.key));
        }
        if (f.key.isEmpty())
            return Messages::tr("a field has no name before '='");
        if (hasSpace(f.key))
            return Messages::tr("field name '%1' contains whitespace").arg(shown(f.key));
        ++i; // '='
        if (i < n && content[i] == '"') {
            const qsizetype start = ++i;
            bool closed = false;
            while (i < n) {
                if (content[i] == '\\' && i + 1 < n) {
                    i += 2;
                    continue;
                }
                if (content[i] == '"') {
                    closed = true;
                    break;
                }
                ++i;
            }
            if (!closed)
                return Messages::tr("the value of %1 has no closing double quote").arg(shown(f.key));
            f.value = content.sliced(start, i - start);
            f.quoted = true;
            ++i;
            if (i < n && content[i] != ',')
                return Messages::tr("the value of %1 holds an unescaped double quote (write \\\")").arg(shown(f.key));
        } else if (i < n && content[i] == '[') {
            const qsizetype start = i;
            while (i < n && content[i] != ']')
                ++i;
            if (i == n)
                return Messages::tr("the value of %1 has no closing ']'").arg(shown(f.key));
            ++i;
            f.value = content.sliced(start, i - start);
            f.bracketed = true;
            if (i < n && content[i] != ',')
                return Messages::tr("the value of %1 has text after its closing ']'").arg(shown(f.key));
        } else {
            const qsizetype start = i;
            while (i < n && content[i] != ',')
                ++i;
            f.value = content.sliced(start, i - start);
            if (f.value.isEmpty())
                return Messages::tr("%1 has an empty value").arg(shown(f.key));
        }
        fields.push_back(f);
        if (i >= n)
            return {};
        ++i; // ','
        if (i == n)
            return Messages::tr("the field list ends with a comma");
    }
}

/** Recently seen variants of the current chromosome, to find duplicates. */
struct SeenVariant
{
    qint64 pos;
    quint64 hash;
    qint64 line;
};

constexpr size_t maxSeenVariants = 4096;

QByteArrayView chopCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct VcfValidator::State
{
    QList<Problem> problems;
    qint64 count = 0;
    bool recordSkipped = false;

    int version = 43;
    bool sawLine = false;
    bool sawFileformat = false;
    bool sawHeader = false;
    qsizetype columns = 8;
    QList<QByteArray> sampleNames;
    QHash<QByteArray, TagDef> info;
    QHash<QByteArray, TagDef> format;
    QHash<QByteArray, QHash<QByteArray, qint64>> declared; // other structured lines: key -> ID -> line
    std::vector<MetaField> fields;

    quint64 recordNo = 0; // also the stamp of keys seen in the current INFO or FORMAT column
    bool haveChrom = false;
    QByteArray chrom;
    qint64 lastPos = -1;
    qint64 lastLine = 0;
    QHash<QByteArray, qint64> finishedChroms; // -> last line of the chromosome
    std::vector<SeenVariant> seen;
    std::vector<QByteArrayView> undeclaredKeys;
    QSet<QByteArray> badKeys; // INFO/FORMAT keys with a syntax problem already reported

    /** A parsed FORMAT column; records share a few of them, so they are kept. */
    struct FormatLayout
    {
        QByteArray text;
        std::vector<TagDef> defs;         ///< copies, contiguous for the sample loop; known=false when undeclared
        std::vector<QByteArrayView> keys; ///< into text
        qsizetype gtIndex = -1;
        bool parsed = false;
    };
    std::array<FormatLayout, 32> layouts; // direct-mapped by a hash of the text
    const FormatLayout* lastLayout = nullptr;

    /** The INFO key seen at each position of the previous INFO column, with its definition. */
    struct InfoSlot
    {
        QByteArray key;
        TagDef* def = nullptr;
    };
    std::vector<InfoSlot> infoSlots;

    /** What a value check needs for its checks and messages. */
    struct ValueContext
    {
        const State& state;
        const TagDef& def;
        QByteArrayView key;
        int nAlt;
        int ploidy;
        qsizetype sample; ///< -1 for INFO
        qint64 lineNo;
        QString what(QByteArrayView value) const;
        QString declaredAs() const;
    };

    State()
    {
        seen.reserve(64);
        undeclaredKeys.reserve(64);
        infoSlots.reserve(64);
    }

    template <typename Make> void report(qint64 line, bool skip, Make&& make)
    {
        ++count;
        recordSkipped = recordSkipped || skip;
        if (problems.size() < VcfValidator::maxStoredProblems)
            problems.append(Problem{line, skip, make()});
    }

    void noteLine(qint64 lineNo, bool isFileformat)
    {
        if (sawLine)
            return;
        sawLine = true;
        if (!isFileformat)
            report(lineNo, false, [] { return Messages::tr("the first line must be ##fileformat=VCFv4.x"); });
    }

    void meta(QByteArrayView line, qint64 lineNo);
    void structured(QByteArrayView key, QByteArrayView content, qint64 lineNo);
    void declareTag(Section section, qint64 lineNo);
    void header(QByteArrayView line, qint64 lineNo);
    void record(QByteArrayView line, qint64 lineNo);
    void addReservedDefaults();
    void checkInfo(QByteArrayView infoCol, int nAlt, qint64 lineNo);
    void checkSamples(QByteArrayView samples, QByteArrayView formatCol, int nAlt, bool altOk, qint64 lineNo);
    void checkOrder(QByteArrayView name, qint64 pos, QByteArrayView ref, QByteArrayView alt, qint64 lineNo);
    const FormatLayout* formatLayout(QByteArrayView formatCol, qint64 lineNo);
    bool checkValue(const ValueContext& c, bool hasValue, QByteArrayView value);
    qint64 checkItems(const ValueContext& c, QByteArrayView value);
    const MetaField* field(QByteArrayView name) const
    {
        for (const MetaField& f : fields)
            if (f.key == name)
                return &f;
        return nullptr;
    }
    qsizetype fieldIndex(QByteArrayView name) const
    {
        for (size_t i = 0; i < fields.size(); ++i)
            if (fields[i].key == name)
                return qsizetype(i);
        return -1;
    }
};

// ---------------------------------------------------------------------------------------------
// Meta lines

void VcfValidator::State::meta(QByteArrayView line, qint64 lineNo)
{
    QByteArrayView body = line;
    while (body.startsWith('#'))
        body = body.sliced(1);
    const qsizetype eq = body.indexOf('=');
    const QByteArrayView key = eq > 0 ? body.first(eq) : QByteArrayView();
    noteLine(lineNo, key == "fileformat");
    if (sawHeader) {
        report(lineNo, false, [] { return Messages::tr("meta-information line after the #CHROM header line"); });
        return;
    }
    if (eq <= 0) {
        report(lineNo, false, [&] {
            return Messages::tr("meta-information line '%1' is not a ##key=value pair").arg(shown(line));
        });
        return;
    }
    if (hasSpace(key)) {
        report(lineNo, false, [&] {
            return Messages::tr("meta-information key '%1' contains whitespace").arg(shown(key));
        });
        return;
    }
    const QByteArrayView value = body.sliced(eq + 1);
    if (value.isEmpty()) {
        report(lineNo, false, [&] { return Messages::tr("##%1 has an empty value").arg(shown(key)); });
        return;
    }

    if (key == "fileformat") {
        if (sawFileformat || lineNo > 1) {
            report(
                lineNo, false, [] { return Messages::tr("##fileformat must be the first line and appear only once"); });
        }
        sawFileformat = true;
        // VCFv<major>.<minor>
        const QByteArrayView v = value.startsWith("VCFv") ? value.sliced(4) : QByteArrayView();
        const qsizetype dot = v.indexOf('.');
        if (dot <= 0 || dot == v.size() - 1 || !allIn(digitChars, v.first(dot)) || !allIn(digitChars, v.sliced(dot + 1))
            || v.size() > 8) {
            report(lineNo, false, [&] {
                return Messages::tr("##fileformat=%1 is not a VCF version such as VCFv4.3").arg(shown(value));
            });
            return;
        }
        const int major = v.first(dot).toInt();
        const int minor = v.sliced(dot + 1).toInt();
        version = std::clamp(major * 10 + minor, 41, 49);
        if (major != 4 || minor > 5) // 4.0 is read with the 4.1 rules
            report(lineNo, false, [&] {
                return Messages::tr("VCF version %1 is not one this check knows (4.0 to 4.5)").arg(shown(value));
            });
        return;
    }

    if (value.front() == '<') {
        if (!value.endsWith('>')) {
            report(lineNo, false, [&] { return Messages::tr("##%1 line does not end with '>'").arg(shown(key)); });
            return;
        }
        const QByteArrayView content = value.sliced(1, value.size() - 2);
        if (content.isEmpty()) {
            report(lineNo, false, [&] { return Messages::tr("##%1=<> holds no fields").arg(shown(key)); });
            return;
        }
        static constexpr std::string_view knownKeys[] = {
            "INFO", "FORMAT", "FILTER", "ALT", "contig", "SAMPLE", "PEDIGREE", "META"};
        const bool known = std::any_of(std::begin(knownKeys), std::end(knownKeys), [&](std::string_view k) {
            return key == QByteArrayView(k.data(), qsizetype(k.size()));
        });
        // A quoted text in angle brackets is a title, not a list of fields.
        if (!known && content.front() == '"')
            return;
        structured(key, content, lineNo);
        return;
    }

    if ((key == "assembly" || key == "pedigreeDB") && value.contains("://") && !validUrl(value))
        report(
            lineNo, false, [&] { return Messages::tr("##%1 is not a valid URL: %2").arg(shown(key), shown(value)); });
}

void VcfValidator::State::structured(QByteArrayView key, QByteArrayView content, qint64 lineNo)
{
    if (const QString error = splitFields(content, fields); !error.isEmpty()) {
        report(lineNo, false, [&] { return Messages::tr("##%1 line: %2").arg(shown(key), error); });
        return;
    }
    const QString name = shown(key);
    for (size_t i = 0; i < fields.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (fields[i].key == fields[j].key) {
                report(lineNo, false, [&] {
                    return Messages::tr("##%1 line: field %2 appears twice").arg(name, shown(fields[i].key));
                });
                return;
            }
        }
    }
    for (const MetaField& f : fields) {
        if (!f.quoted && !f.bracketed && hasSpace(f.value)) {
            report(lineNo, false, [&] {
                return Messages::tr("##%1 line: the value of %2 contains whitespace and must be in double quotes")
                    .arg(name, shown(f.key));
            });
            break;
        }
    }
    if (const MetaField* description = field("Description"); description && !description->quoted)
        report(lineNo, false, [&] {
            return Messages::tr("##%1 line: the Description must be in double quotes").arg(name);
        });

    const bool isInfo = key == "INFO";
    const bool isFormat = key == "FORMAT";
    const bool isAlt = key == "ALT";
    const bool isMeta = key == "META";
    const bool isSample = key == "SAMPLE";
    const bool isPedigree = key == "PEDIGREE";
    const bool needsId = isInfo || isFormat || isAlt || isMeta || isSample || key == "FILTER" || key == "contig"
                         || (isPedigree && version >= 43);

    const MetaField* id = field("ID");
    if (id && fieldIndex("ID") != 0)
        report(lineNo, false, [&] { return Messages::tr("##%1 line: ID must be the first field").arg(name); });
    if (!id && needsId)
        report(lineNo, false, [&] { return Messages::tr("##%1 line has no ID").arg(name); });

    if (isInfo || isFormat || isAlt) {
        // ID, Number, Type, Description in this order (META lines list Type and Number either way).
        const qsizetype order[] = {
            fieldIndex("ID"), fieldIndex("Number"), fieldIndex("Type"), fieldIndex("Description")};
        qsizetype last = -1;
        for (const qsizetype at : order) {
            if (at < 0)
                continue;
            if (at < last) {
                report(lineNo, false, [&] {
                    return Messages::tr("##%1 line: fields must come in the order ID, Number, Type, Description")
                        .arg(name);
                });
                break;
            }
            last = at;
        }
    }
    if (isInfo || isFormat || isAlt || isMeta) {
        if (const MetaField* number = field("Number"); number && !parseNumber(number->value, version))
            report(lineNo, false, [&] {
                return version < 42 && number->value == "R"
                           ? Messages::tr("##%1 line: Number=R is not part of VCF 4.1").arg(name)
                           : Messages::tr("##%1 line: Number=%2 is not an integer, A, R, G or '.'")
                                 .arg(name, shown(number->value));
            });
        if (const MetaField* type = field("Type"); type && !parseKind(type->value))
            report(lineNo, false, [&] {
                return Messages::tr("##%1 line: Type=%2 is not Integer, Float, Flag, Character or String")
                    .arg(name, shown(type->value));
            });
    }
    if (isInfo || isFormat) {
        declareTag(isInfo ? Section::Info : Section::Format, lineNo);
        return;
    }
    if (isAlt && id) {
        const QByteArrayView v = id->value;
        if (hasSpace(v) || v.contains('<') || v.contains('>'))
            report(lineNo, false, [&] {
                return Messages::tr("ALT ID '%1' must not contain whitespace or angle brackets").arg(shown(v));
            });
        const qsizetype colon = v.indexOf(':');
        const QByteArrayView type = colon >= 0 ? v.first(colon) : v;
        // 4.1/4.2 allow only the SV types; 4.3 adds custom IDs (IUPAC codes...), but a subtyped ID
        // still starts with an SV type. NON_REF and * are the GATK and bcftools "any other allele".
        const bool ok = isSvType(type) || (version >= 43 ? colon < 0 : (v == "NON_REF" || v == "*"));
        if (!ok)
            report(lineNo, false, [&] {
                return Messages::tr("ALT ID '%1': the type before any ':' must be DEL, INS, DUP, INV or CNV")
                    .arg(shown(v));
            });
    }
    if (isMeta) {
        if (const MetaField* values = field("Values"); values && !values->bracketed)
            report(lineNo, false, [&] { return Messages::tr("##META line: Values must be in square brackets"); });
    }
    if (key == "contig") {
        if (id && version >= 43 && !validContig(id->value, version)) // 4.1/4.2 only constrain CHROM
            report(lineNo, false, [&] {
                return Messages::tr("contig ID '%1' is not a valid contig name").arg(shown(id->value));
            });
        if (const MetaField* url = field("URL"); url && url->value.contains("://") && !validUrl(url->value))
            report(
                lineNo, false, [&] { return Messages::tr("contig URL %1 is not a valid URL").arg(shown(url->value)); });
    }
    if (isSample) {
        if (id && !validSampleId(id->value))
            report(lineNo, false, [&] {
                return Messages::tr("SAMPLE ID '%1' is not a valid name").arg(shown(id->value));
            });
        const MetaField* genomes = field("Genomes");
        const MetaField* mixture = field("Mixture");
        if (mixture && !genomes)
            report(lineNo, false, [&] { return Messages::tr("##SAMPLE line has Mixture but no Genomes"); });
        if (version < 43) {
            for (const MetaField* f : {genomes, mixture})
                if (f && f->quoted)
                    report(lineNo, false, [&] {
                        return Messages::tr("##SAMPLE line: %1 is a ';'-separated list and takes no quotes")
                            .arg(shown(f->key));
                    });
        }
        if (genomes && mixture && genomes->value.count(';') != mixture->value.count(';'))
            report(lineNo, false, [&] {
                return Messages::tr("##SAMPLE line: Genomes and Mixture list different numbers of values");
            });
    }
    if (isPedigree) {
        for (const MetaField& f : fields) {
            if (!f.quoted && !f.bracketed && !validSampleId(f.value)) {
                report(lineNo, false, [&] {
                    return Messages::tr("##PEDIGREE line: '%1' is not a valid sample or genome name")
                        .arg(shown(f.value));
                });
                break;
            }
        }
    }
    if (id && version >= 43) { // "an ID which must be unique within their type" is new in 4.3
        QHash<QByteArray, qint64>& ids = declared[key.toByteArray()];
        const QByteArray idText = id->value.toByteArray();
        if (const auto it = ids.constFind(idText); it != ids.cend())
            report(lineNo, false, [&] {
                return Messages::tr("##%1 ID %2 is declared twice (first at line %3)")
                    .arg(name, shown(id->value))
                    .arg(it.value());
            });
        else
            ids.insert(idText, lineNo);
    }
}

void VcfValidator::State::declareTag(Section section, qint64 lineNo)
{
    const bool isInfo = section == Section::Info;
    const QString name = isInfo ? u"INFO"_s : u"FORMAT"_s;
    const MetaField* id = field("ID");
    const MetaField* number = field("Number");
    const MetaField* type = field("Type");
    QStringList missing;
    for (const char* required : {"ID", "Number", "Type", "Description"})
        if (!field(required))
            missing << QString::fromLatin1(required);
    if (!missing.isEmpty())
        report(lineNo, false, [&] { return Messages::tr("##%1 line lacks %2").arg(name, missing.join(u", "_s)); });
    if (!id)
        return;
    const QByteArrayView tag = id->value;
    if (isInfo ? !validInfoKey(tag, version) : !validFormatKey(tag, version)) {
        badKeys.insert(tag.toByteArray()); // not again in the records
        report(lineNo, false, [&] { return Messages::tr("%1 ID '%2' is not a valid key").arg(name, shown(tag)); });
    }

    // Plain values rather than std::optional: GCC 12 warns about "maybe uninitialized" optionals.
    const std::optional<NumberSpec> parsedNumber = number ? parseNumber(number->value, version) : std::nullopt;
    const std::optional<Kind> parsedKind = type ? parseKind(type->value) : std::nullopt;
    const bool numberOk = parsedNumber.has_value();
    const bool kindOk = parsedKind.has_value();
    const NumberSpec spec = parsedNumber.value_or(NumberSpec{});
    const Kind kind = parsedKind.value_or(Kind::String);

    TagDef def;
    def.line = lineNo;
    def.count = spec.count;
    def.fixed = spec.fixed;
    def.kind = kind;
    if (kindOk && kind == Kind::Flag && !isInfo) {
        report(lineNo, false, [&] { return Messages::tr("FORMAT %1 cannot have Type=Flag").arg(shown(tag)); });
        def.kind = Kind::String;
    } else if (kindOk && kind == Kind::Flag && numberOk && !(spec.count == Count::Fixed && spec.fixed == 0)) {
        report(lineNo, false, [&] {
            return Messages::tr("INFO %1 has Type=Flag, so its Number must be 0 (not %2)")
                .arg(shown(tag), shown(number->value));
        });
        def.count = Count::Fixed;
        def.fixed = 0;
    }
    if (const ReservedTag* r = findReserved(section, tag, version); r && numberOk && kindOk) {
        if (r->kind != kind || r->count != spec.count || (r->count == Count::Fixed && r->fixed != spec.fixed)) {
            report(lineNo, false, [&] {
                return Messages::tr("%1 %2 is declared as Number=%3, Type=%4, but the VCF specification reserves "
                                    "it as Number=%5, Type=%6")
                    .arg(name, shown(tag), shown(number->value), shown(type->value))
                    .arg(numberName(r->count, r->fixed), kindName(r->kind));
            });
        } else {
            def.nonNegative = r->nonNegative;
            def.cigar = r->id == "CIGAR";
        }
    }
    QHash<QByteArray, TagDef>& table = isInfo ? info : format;
    if (const auto it = table.constFind(tag.toByteArray()); it != table.cend()) {
        report(lineNo, false, [&] {
            return Messages::tr("%1 %2 is declared twice (first at line %3)").arg(name, shown(tag)).arg(it->line);
        });
        return;
    }
    table.insert(tag.toByteArray(), def);
}

void VcfValidator::State::addReservedDefaults()
{
    // Reserved keys the header does not declare are checked against the specification's tables.
    for (const ReservedTag& r : reservedInfo)
        if (version >= r.minVersion && version <= r.maxVersion)
            if (const QByteArray id(r.id.data(), qsizetype(r.id.size())); !info.contains(id))
                info.insert(id, fromReserved(r));
    for (const ReservedTag& r : reservedFormat)
        if (version >= r.minVersion && version <= r.maxVersion)
            if (const QByteArray id(r.id.data(), qsizetype(r.id.size())); !format.contains(id))
                format.insert(id, fromReserved(r));
}

// ---------------------------------------------------------------------------------------------
// The header line

void VcfValidator::State::header(QByteArrayView line, qint64 lineNo)
{
    noteLine(lineNo, false);
    if (sawHeader) {
        report(lineNo, false, [] { return Messages::tr("a second #CHROM header line"); });
        return;
    }
    sawHeader = true;
    addReservedDefaults();

    QList<QByteArrayView> cols;
    forEachItem(line, '\t', [&cols](QByteArrayView c) {
        cols.append(c);
        return true;
    });
    static constexpr std::string_view fixed[] = {"#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"};
    if (cols.size() < 8) {
        report(lineNo, false, [&] {
            return Messages::tr("the header line must name 8 tab-separated columns #CHROM to INFO, found %1")
                .arg(cols.size());
        });
    } else {
        for (int i = 0; i < 8; ++i) {
            if (cols[i] != QByteArrayView(fixed[i].data(), qsizetype(fixed[i].size()))) {
                report(lineNo, false, [&] {
                    return Messages::tr("column %1 of the header line is '%2', expected '%3'")
                        .arg(i + 1)
                        .arg(shown(cols[i]), QString::fromLatin1(fixed[i].data(), qsizetype(fixed[i].size())));
                });
                break;
            }
        }
    }
    if (cols.size() > 8 && cols[8] != "FORMAT")
        report(lineNo, false, [&] {
            return Messages::tr("column 9 of the header line is '%1', expected 'FORMAT'").arg(shown(cols[8]));
        });
    if (cols.size() == 9)
        report(lineNo, false, [] { return Messages::tr("the header line has a FORMAT column but no sample columns"); });
    columns = std::max<qsizetype>(cols.size(), 8);
    QSet<QByteArrayView> names;
    for (qsizetype i = 9; i < cols.size(); ++i) {
        const QByteArrayView sample = cols[i];
        if (sample.isEmpty()) {
            report(lineNo, false, [&] {
                return i == cols.size() - 1 ? Messages::tr("the header line ends with a tab")
                                            : Messages::tr("sample column %1 has an empty name").arg(i + 1);
            });
        } else if (names.contains(sample)) {
            report(lineNo, false, [&] { return Messages::tr("sample name %1 appears twice").arg(shown(sample)); });
        }
        names.insert(sample);
        sampleNames.append(sample.toByteArray());
    }
}

// ---------------------------------------------------------------------------------------------
// Data lines

/**
 * The slow path of a value list: checks each value, reports the first bad one and returns -1, or
 * returns the number of values.
 */
qint64 VcfValidator::State::checkItems(const ValueContext& c, QByteArrayView value)
{
    qint64 values = 0;
    bool reported = false;
    forEachItem(value, ',', [&](QByteArrayView e) {
        ++values;
        if (isDot(e))
            return true;
        switch (c.def.kind) {
        case Kind::Integer: {
            qint64 v = 0;
            const IntResult r = parseInteger(e, v);
            if (r == IntResult::Syntax)
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 is not an Integer %2").arg(c.what(value), c.declaredAs());
                });
            else if (r == IntResult::Range)
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 does not fit a 32-bit Integer").arg(c.what(value));
                });
            else if (r == IntResult::Reserved)
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 uses a value from -2147483648 to -2147483641, which VCF reserves")
                        .arg(c.what(value));
                });
            else if (c.def.nonNegative && v < 0)
                report(c.lineNo, false, [&] { return Messages::tr("%1 is negative").arg(c.what(value)); });
            else
                return true;
            break;
        }
        case Kind::Float: {
            bool negative = false;
            if (!isFloat(e, negative))
                report(c.lineNo, false, [&] {
                    return Messages::tr("%1 is not a Float %2").arg(c.what(value), c.declaredAs());
                });
            else if (c.def.nonNegative && negative)
                report(c.lineNo, false, [&] { return Messages::tr("%1 is negative").arg(c.what(value)); });
            else
                return true;
            break;
        }
        case Kind::Character:
            if (e.size() == 1)
                return true;
            report(c.lineNo, false, [&] {
                return Messages::tr("%1 is not a single Character %2").arg(c.what(value), c.declaredAs());
            });
            break;
        case Kind::String:
        case Kind::Flag:
            if (!c.def.cigar || isCigar(e))
                return true;
            report(c.lineNo, false, [&] { return Messages::tr("%1 is not a CIGAR string").arg(c.what(value)); });
            break;
        }
        reported = true;
        return false;
    });
    return reported ? -1 : values;
}

/** Checks an INFO or FORMAT value against its definition; true when a problem was reported. */
bool VcfValidator::State::checkValue(const ValueContext& c, bool hasValue, QByteArrayView value)
{
    const TagDef& def = c.def;
    if (def.kind == Kind::Flag) {
        // 0 and 1 are tolerated as the boolean spelling many tools write.
        if (!hasValue || (value.size() == 1 && (value[0] == '0' || value[0] == '1')))
            return false;
        report(c.lineNo, false, [&] {
            return Messages::tr("%1: a Flag takes no value (%2)").arg(c.what(value), c.declaredAs());
        });
        return true;
    }
    if (!hasValue) {
        report(c.lineNo, false, [&] {
            return Messages::tr("INFO field %1 has no value, but is a %2 %3")
                .arg(shown(c.key), kindName(def.kind), c.declaredAs());
        });
        return true;
    }
    if (value.isEmpty()) {
        report(c.lineNo, false, [&] {
            return Messages::tr("%1 is empty; write '.' for a missing value").arg(c.what(value));
        });
        return true;
    }
    if (isDot(value))
        return false;
    qint64 values = quickCount(value, def);
    if (values < 0 && (values = checkItems(c, value)) < 0)
        return true;

    // Per-allele counts are not checked when ALT is '.': a site that became monomorphic in a subset
    // of samples often keeps the values it had. INFO has no ploidy to count genotypes with.
    qint64 expected = -1;
    switch (def.count) {
    case Count::Fixed:
        expected = def.fixed;
        break;
    case Count::Alt:
        expected = c.nAlt > 0 ? c.nAlt : -1;
        break;
    case Count::Allele:
        expected = c.nAlt > 0 ? c.nAlt + 1 : -1;
        break;
    case Count::Genotype:
        expected = c.nAlt > 0 && c.sample >= 0 ? genotypeCount(c.nAlt + 1, c.ploidy) : -1;
        break;
    case Count::Other:
        break;
    }
    if (expected < 0 || values == expected)
        return false;
    report(c.lineNo, false, [&] {
        return Messages::tr("%1 has %2 values, expected %3 (Number=%4 %5)")
            .arg(c.what(value))
            .arg(values)
            .arg(expected)
            .arg(numberName(def.count, def.fixed), c.declaredAs());
    });
    return true;
}

QString VcfValidator::State::ValueContext::what(QByteArrayView value) const
{
    const QString field = shown(key) + u'=' + shown(value);
    return sample < 0 ? Messages::tr("INFO field %1").arg(field)
                      : Messages::tr("FORMAT field %1 of sample %2").arg(field, shown(state.sampleNames.value(sample)));
}

QString VcfValidator::State::ValueContext::declaredAs() const
{
    return def.line > 0 ? Messages::tr("as declared at line %1").arg(def.line)
                        : Messages::tr("as the VCF specification reserves it");
}

const VcfValidator::State::FormatLayout* VcfValidator::State::formatLayout(QByteArrayView formatCol, qint64 lineNo)
{
    const auto equal = [formatCol](const QByteArray& text) {
        return text.size() == formatCol.size()
               && std::memcmp(text.constData(), formatCol.data(), size_t(formatCol.size())) == 0;
    };
    if (lastLayout && equal(lastLayout->text))
        return lastLayout;
    // Length and the first and last 8 bytes pick the slot; the comparison settles it.
    quint64 h = quint64(formatCol.size()) * 0x9E3779B97F4A7C15ULL;
    if (formatCol.size() >= 8) {
        quint64 head = 0;
        quint64 tail = 0;
        std::memcpy(&head, formatCol.data(), 8);
        std::memcpy(&tail, formatCol.data() + formatCol.size() - 8, 8);
        h ^= (head * 0xC2B2AE3D27D4EB4FULL) ^ (tail * 0x165667B19E3779F9ULL);
    } else {
        for (const char c : formatCol)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    }
    FormatLayout& l = layouts[(h ^ (h >> 29)) % layouts.size()];
    if (l.parsed && equal(l.text))
        return lastLayout = &l;

    // Parse into the slot. Problems of the FORMAT column itself are reported on the first record
    // that uses it (the next ones find the slot), not on every record.
    l.text.resize(formatCol.size());
    std::memcpy(l.text.data(), formatCol.data(), size_t(formatCol.size()));
    l.defs.clear();
    l.keys.clear();
    l.gtIndex = -1;
    l.parsed = true;
    undeclaredKeys.clear();
    ++recordNo; // a fresh stamp for the duplicate test
    forEachItem(QByteArrayView(l.text), ':', [&](QByteArrayView key) {
        TagDef* def = nullptr;
        if (key.isEmpty()) {
            report(lineNo, false, [&] {
                return Messages::tr("FORMAT '%1' has an empty field name").arg(shown(formatCol));
            });
        } else {
            if (!validFormatKey(key, version) && !badKeys.contains(raw(key))) {
                badKeys.insert(key.toByteArray()); // reported once, not on every record
                report(lineNo, false, [&] {
                    return version < 43 ? Messages::tr("FORMAT key '%1' is not alphanumeric").arg(shown(key))
                                        : Messages::tr("FORMAT key '%1' is not a valid key").arg(shown(key));
                });
            }
            const auto it = format.find(raw(key));
            bool duplicate = false;
            if (it != format.end()) {
                duplicate = it->stamp == recordNo;
                it->stamp = recordNo;
                def = &*it;
            } else {
                duplicate = std::find(undeclaredKeys.begin(), undeclaredKeys.end(), key) != undeclaredKeys.end();
                undeclaredKeys.push_back(key);
            }
            if (duplicate) {
                report(lineNo, false, [&] { return Messages::tr("FORMAT lists %1 twice").arg(shown(key)); });
                def = nullptr;
            } else if (same(key, "GT")) {
                l.gtIndex = qsizetype(l.defs.size());
                if (l.gtIndex != 0)
                    report(lineNo, false, [] { return Messages::tr("GT must be the first FORMAT field"); });
            }
        }
        TagDef copy;
        copy.known = false;
        l.defs.push_back(def ? *def : copy);
        l.keys.push_back(key);
        return true;
    });
    return lastLayout = &l;
}

void VcfValidator::State::checkInfo(QByteArrayView infoCol, int nAlt, qint64 lineNo)
{
    undeclaredKeys.clear();
    size_t index = 0;
    forEachItem(infoCol, ';', [&](QByteArrayView entry) {
        if (entry.isEmpty()) {
            report(lineNo, false, [&] {
                return Messages::tr("INFO has an empty entry (a ';' at the start or end, or doubled)");
            });
            return true;
        }
        qsizetype eq = 0;
        while (eq < entry.size() && entry[eq] != '=')
            ++eq;
        const QByteArrayView key = entry.first(eq);
        const bool hasValue = eq < entry.size();
        const QByteArrayView value = hasValue ? entry.sliced(eq + 1) : QByteArrayView();

        // Keys come in the same order record after record: look at the same place first.
        TagDef* def = nullptr;
        if (index < infoSlots.size() && same(infoSlots[index].key, key)) {
            def = infoSlots[index].def;
        } else {
            if (!validInfoKey(key, version) && !badKeys.contains(raw(key))) {
                badKeys.insert(key.toByteArray()); // reported once, not on every record
                report(lineNo, false, [&] { return Messages::tr("INFO key '%1' is not a valid key").arg(shown(key)); });
            }
            const auto it = info.find(raw(key));
            def = it == info.end() ? nullptr : &*it;
            if (index < 64) {
                if (index >= infoSlots.size())
                    infoSlots.resize(index + 1);
                InfoSlot& slot = infoSlots[index];
                slot.key.resize(key.size());
                std::memcpy(slot.key.data(), key.data(), size_t(key.size()));
                slot.def = def;
            }
        }
        ++index;
        bool duplicate = false;
        if (def) {
            duplicate = def->stamp == recordNo;
            def->stamp = recordNo;
        } else {
            duplicate = std::find(undeclaredKeys.begin(), undeclaredKeys.end(), key) != undeclaredKeys.end();
            undeclaredKeys.push_back(key);
        }
        if (duplicate)
            report(lineNo, false, [&] { return Messages::tr("INFO lists %1 twice").arg(shown(key)); });
        else if (def)
            checkValue(ValueContext{*this, *def, key, nAlt, 2, -1, lineNo}, hasValue, value);
        return true;
    });
}

void VcfValidator::State::checkSamples(
    QByteArrayView samples, QByteArrayView formatCol, int nAlt, bool altOk, qint64 lineNo)
{
    const FormatLayout* layout = nullptr;
    if (formatCol.isEmpty())
        report(lineNo, false, [] { return Messages::tr("FORMAT is empty; write '.' when there is no data"); });
    else if (!isDot(formatCol))
        layout = formatLayout(formatCol, lineNo);
    const qsizetype nKeys = layout ? qsizetype(layout->defs.size()) : 1;
    const qsizetype gtIndex = layout ? layout->gtIndex : -1;
    bool valueReported = !altOk; // counts against a broken ALT would only add noise
    bool structureReported = false;
    bool emptyReported = false;
    const auto reportEmpty = [&](qsizetype s) {
        // VCF 4.5 gives zero-length values a meaning (local alleles).
        if (version >= 45 || emptyReported)
            return;
        emptyReported = true;
        report(lineNo, false, [&] {
            return Messages::tr("sample %1 has an empty value; write '.' for missing data")
                .arg(shown(sampleNames.value(s)));
        });
    };

    // One pass over the samples: a value ends at ':' or at the tab that ends its sample.
    const char* p = samples.data();
    const char* const end = p + samples.size();
    for (qsizetype s = 0; s < qsizetype(sampleNames.size()); ++s) {
        if (p == end || *p == '\t')
            reportEmpty(s);
        int ploidy = 2; // "without GT field, diploidy is assumed"
        qsizetype k = 0;
        while (p != end && *p != '\t') {
            const TagDef* def = k < nKeys && k != gtIndex && layout && !valueReported && layout->defs[size_t(k)].known
                                    ? &layout->defs[size_t(k)]
                                    : nullptr;
            qint64 values = -1;
            const char* q = scanValue(p, end, def, values);
            const QByteArrayView value(p, q - p);
            p = q != end && *q == ':' ? q + 1 : q;
            if (k >= nKeys) {
                if (!structureReported) {
                    structureReported = true;
                    report(lineNo, true, [&] {
                        return Messages::tr("sample %1 has more fields than FORMAT '%2'")
                            .arg(shown(sampleNames.value(s)), shown(formatCol));
                    });
                }
                while (p != end && *p != '\t')
                    ++p;
                break;
            }
            if (k == gtIndex) {
                const Genotype g = parseGenotype(value);
                if (g.ok && g.maxIndex <= nAlt) {
                    ploidy = g.ploidy;
                } else if (!structureReported && altOk) {
                    structureReported = true;
                    // With ALT '.' there is no alternate allele to load anyway.
                    report(lineNo, !g.ok || nAlt > 0, [&] {
                        return !g.ok ? Messages::tr("GT '%1' of sample %2 is not a valid genotype")
                                           .arg(shown(value), shown(sampleNames.value(s)))
                                     : Messages::tr("GT '%1' of sample %2 refers to allele %3, but the record has %4 "
                                                    "ALT alleles")
                                           .arg(shown(value), shown(sampleNames.value(s)))
                                           .arg(g.maxIndex)
                                           .arg(nAlt);
                    });
                }
            } else if (value.isEmpty()) {
                reportEmpty(s);
            } else if (def && !isDot(value) && !countOk(*def, values, nAlt, ploidy)) {
                // The slow path only for values the scan could not accept.
                valueReported = checkValue(
                    ValueContext{*this, *def, layout->keys[size_t(k)], nAlt, ploidy, s, lineNo}, true, value);
            }
            ++k;
            if (q != end && *q == ':' && (p == end || *p == '\t'))
                reportEmpty(s); // a trailing ':'
        }
        if (p != end)
            ++p; // the tab
    }
}

void VcfValidator::State::record(QByteArrayView line, qint64 lineNo)
{
    ++recordNo;

    // The first 9 columns, then the number of columns (memchr is quick over the long sample part).
    QByteArrayView col[9];
    const char* p = line.data();
    const char* const end = p + line.size();
    qsizetype n = 0;
    for (; n < 9; ++n) {
        const char* q = p;
        while (q != end && *q != '\t')
            ++q;
        col[n] = QByteArrayView(p, q - p);
        p = q;
        if (p == end)
            break;
        ++p;
    }
    const char* const samplesStart = p;
    ++n;
    if (n == 10 && end - p < 64) {
        for (; p != end; ++p)
            n += *p == '\t';
    } else if (n == 10) {
        for (const void* hit; (hit = std::memchr(p, '\t', size_t(end - p))) != nullptr; ++n)
            p = static_cast<const char*>(hit) + 1;
    }
    if (n != columns) {
        report(lineNo, true, [&] {
            return line.endsWith('\t')
                       ? Messages::tr("expected %1 tab-separated columns, found %2 (the line ends with a tab)")
                             .arg(columns)
                             .arg(n)
                       : Messages::tr("expected %1 tab-separated columns, found %2").arg(columns).arg(n);
        });
        return;
    }
    for (int i = 0; i < 8; ++i) {
        if (!col[i].isEmpty())
            continue;
        static constexpr const char* names[] = {"CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"};
        const bool fatal = i == 0 || i == 1 || i == 3 || i == 4;
        report(lineNo, fatal, [&] {
            return Messages::tr("%1 is empty; write '.' for a missing value").arg(QLatin1String(names[i]));
        });
        if (fatal)
            return;
    }

    // CHROM: an odd name is a warning; the record still has a place.
    const std::optional<QByteArrayView> contig = contigOf(col[0], version);
    if (!contig)
        report(lineNo, false, [&] {
            return version >= 44 ? Messages::tr("CHROM '%1' is not a valid contig name (no whitespace, commas, "
                                                "quotes or brackets)")
                                       .arg(shown(col[0]))
                                 : Messages::tr("CHROM '%1' is not a valid contig name (no whitespace, commas, "
                                                "colons or brackets)")
                                       .arg(shown(col[0]));
        });

    // POS: a whole number; 0 and N+1 denote telomeres.
    qint64 pos = -1;
    if (col[1].size() <= 15 && allIn(digitChars, col[1])) {
        pos = 0;
        for (const char c : col[1])
            pos = pos * 10 + (c - '0');
    } else {
        report(
            lineNo, true, [&] { return Messages::tr("POS '%1' is not a positive whole number").arg(shown(col[1])); });
    }

    // ID: ';'-separated, no whitespace, no duplicates.
    if (const QByteArrayView ids = col[2]; !isDot(ids)) {
        QByteArrayView previous[16];
        int listed = 0;
        forEachItem(ids, ';', [&](QByteArrayView item) {
            if (item.isEmpty() || hasSpace(item)) {
                report(lineNo, false, [&] {
                    return item.isEmpty()
                               ? Messages::tr("ID '%1' has an empty entry (a ';' at the start or end, or doubled)")
                                     .arg(shown(ids))
                               : Messages::tr("ID '%1' contains whitespace").arg(shown(ids));
                });
                return false;
            }
            for (int i = 0; i < listed; ++i) {
                if (same(previous[i], item)) {
                    report(lineNo, false, [&] {
                        return Messages::tr("ID '%1' lists %2 twice").arg(shown(ids), shown(item));
                    });
                    return false;
                }
            }
            if (listed < 16)
                previous[listed++] = item;
            return true;
        });
    }

    // REF
    const QByteArrayView ref = col[3];
    const bool refOk = allIn(baseChars, ref);
    if (!refOk) {
        if (isDot(ref))
            report(lineNo, true, [] { return Messages::tr("REF is missing ('.')"); });
        else if (ref.contains(','))
            report(lineNo, true, [&] { return Messages::tr("REF '%1' holds more than one allele").arg(shown(ref)); });
        else
            report(lineNo, true, [&] {
                return Messages::tr("REF '%1' holds a character other than A, C, G, T, N").arg(shown(ref));
            });
    }

    // ALT
    const QByteArrayView alt = col[4];
    int nAlt = 0;
    bool altOk = true;
    bool allBases = true;
    if (!isDot(alt)) {
        forEachItem(alt, ',', [&](QByteArrayView a) {
            ++nAlt;
            AlleleKind kind = AlleleKind::Other;
            const AlleleError error = isDot(a) ? AlleleError::Empty : checkAllele(a, kind);
            allBases = allBases && kind == AlleleKind::Bases;
            if (error == AlleleError::None)
                return true;
            altOk = false;
            report(lineNo, true, [&] {
                switch (error) {
                case AlleleError::Empty:
                    return a.isEmpty()
                               ? Messages::tr("ALT '%1' has an empty allele (a stray comma)").arg(shown(alt))
                               : Messages::tr("ALT '%1' mixes the missing value '.' with alleles").arg(shown(alt));
                case AlleleError::BadSymbolic:
                    return Messages::tr("ALT allele '%1' is not a valid symbolic allele <ID> (no whitespace, commas or "
                                        "angle brackets inside)")
                        .arg(shown(a));
                case AlleleError::BadBreakend:
                    return Messages::tr("ALT allele '%1' is not a valid breakend (bases joined to [chr:pos[ or "
                                        "]chr:pos], or bases with a '.')")
                        .arg(shown(a));
                case AlleleError::BadBases:
                case AlleleError::None:
                    break;
                }
                return Messages::tr("ALT allele '%1' holds a character other than A, C, G, T, N").arg(shown(a));
            });
            return false;
        });
    }

    // QUAL
    if (const QByteArrayView qual = col[5]; !isDot(qual)) {
        bool negative = false;
        if (!isFloat(qual, negative))
            report(lineNo, false, [&] { return Messages::tr("QUAL '%1' is not a number").arg(shown(qual)); });
        else if (negative)
            report(lineNo, false, [&] { return Messages::tr("QUAL %1 is negative").arg(shown(qual)); });
    }

    // FILTER
    if (const QByteArrayView filter = col[6]; !isDot(filter) && !same(filter, "PASS")) {
        QByteArrayView previous[16];
        int listed = 0;
        forEachItem(filter, ';', [&](QByteArrayView item) {
            const auto complain = [&](const QString& why) {
                report(lineNo, false, [&] { return Messages::tr("FILTER '%1' %2").arg(shown(filter), why); });
                return false;
            };
            if (item.isEmpty())
                return complain(Messages::tr("has an empty entry (a ';' at the start or end, or doubled)"));
            if (hasSpace(item))
                return complain(Messages::tr("contains whitespace"));
            if (isDot(item))
                return complain(Messages::tr("combines the missing value '.' with filters"));
            if (same(item, "0"))
                return complain(Messages::tr("uses 0, which is reserved"));
            for (int i = 0; i < listed; ++i)
                if (same(previous[i], item))
                    return complain(Messages::tr("lists %1 twice").arg(shown(item)));
            if (listed < 16)
                previous[listed++] = item;
            return true;
        });
    }

    // INFO, FORMAT and the samples; value counts against a broken ALT would only add noise.
    if (!col[7].isEmpty() && !isDot(col[7]) && altOk)
        checkInfo(col[7], nAlt, lineNo);
    if (n > 8)
        checkSamples(QByteArrayView(samplesStart, end - samplesStart), col[8], nAlt, altOk, lineNo);

    if (pos >= 0)
        checkOrder(contig.value_or(col[0]), pos, ref, refOk && altOk && allBases ? alt : QByteArrayView(), lineNo);
}

void VcfValidator::State::checkOrder(
    QByteArrayView name, qint64 pos, QByteArrayView ref, QByteArrayView alt, qint64 lineNo)
{
    // Chromosomes form contiguous blocks, positions increase within them.
    if (!haveChrom || !same(chrom, name)) {
        if (haveChrom)
            finishedChroms.insert(chrom, lastLine);
        if (const auto it = finishedChroms.constFind(raw(name)); it != finishedChroms.cend())
            report(lineNo, false, [&] {
                return Messages::tr("records of chromosome %1 are not contiguous: it appeared before, up to line %2")
                    .arg(shown(name))
                    .arg(it.value());
            });
        chrom = name.toByteArray();
        haveChrom = true;
        lastPos = -1;
        seen.clear();
    } else if (pos < lastPos) {
        report(lineNo, false, [&] {
            return Messages::tr("POS %1 comes after POS %2 on %3: the records are not sorted")
                .arg(pos)
                .arg(lastPos)
                .arg(shown(name));
        });
    }
    lastPos = pos;
    lastLine = lineNo;
    if (alt.isEmpty() || isDot(alt))
        return;

    // Duplicated variants: trimmed allele pairs, compared with the ones that start at or after POS
    // (trimming moves a variant right, never left, so earlier ones cannot match).
    seen.erase(std::remove_if(seen.begin(), seen.end(), [pos](const SeenVariant& v) { return v.pos < pos; }),
               seen.end());
    if (seen.size() > maxSeenVariants)
        seen.erase(seen.begin(), seen.begin() + qsizetype(seen.size() / 2));
    forEachItem(alt, ',', [&](QByteArrayView a) {
        // Trim the bases the alleles share at the end, then at the start, keeping one base each:
        // TAT>TGT at 100 and A>G at 101 are the same variant.
        qsizetype rb = 0;
        qsizetype re = ref.size();
        qsizetype ab = 0;
        qsizetype ae = a.size();
        while (re - rb > 1 && ae - ab > 1 && sameBase(ref[re - 1], a[ae - 1])) {
            --re;
            --ae;
        }
        while (re - rb > 1 && ae - ab > 1 && sameBase(ref[rb], a[ab])) {
            ++rb;
            ++ab;
        }
        const qint64 at = pos + rb;
        const quint64 hash = alleleHash(ref.sliced(rb, re - rb), a.sliced(ab, ae - ab));
        for (const SeenVariant& v : seen) {
            if (v.pos == at && v.hash == hash) {
                report(lineNo, false, [&] {
                    return v.line == lineNo
                               ? Messages::tr("ALT lists the variant %1>%2 twice").arg(shown(ref), shown(a))
                               : Messages::tr("the variant %1>%2 at %3 duplicates the one at line %4")
                                     .arg(shown(ref), shown(a))
                                     .arg(pos)
                                     .arg(v.line);
                });
                break;
            }
        }
        seen.push_back(SeenVariant{at, hash, lineNo});
        return true;
    });
}

// ---------------------------------------------------------------------------------------------

VcfValidator::VcfValidator()
    : d(std::make_unique<State>())
{
}

VcfValidator::~VcfValidator() = default;
VcfValidator::VcfValidator(VcfValidator&&) noexcept = default;
VcfValidator& VcfValidator::operator=(VcfValidator&&) noexcept = default;

void VcfValidator::checkMetaLine(QByteArrayView line, qint64 lineNo)
{
    d->meta(chopCr(line), lineNo);
}

void VcfValidator::checkHeaderLine(QByteArrayView line, qint64 lineNo)
{
    d->header(chopCr(line), lineNo);
}

void VcfValidator::checkRecord(QByteArrayView line, qint64 lineNo)
{
    State& s = *d;
    s.recordSkipped = false;
    line = chopCr(line);
    s.noteLine(lineNo, false);
    if (line.isEmpty()) {
        s.report(lineNo, true, [] { return Messages::tr("empty line"); });
        return;
    }
    if (!s.sawHeader) {
        s.report(lineNo, true, [&] {
            return Messages::tr("data line before the #CHROM header line: '%1'").arg(shown(line));
        });
        return;
    }
    s.record(line, lineNo);
}

void VcfValidator::finish(bool lastLineHadNewline, qint64 lastLineNo)
{
    State& s = *d;
    if (!s.sawLine) {
        s.report(0, false, [] { return Messages::tr("the file is empty"); });
        return;
    }
    if (!s.sawHeader)
        s.report(0, false, [] { return Messages::tr("the #CHROM header line is missing"); });
    if (lastLineNo > 0 && !lastLineHadNewline)
        s.report(lastLineNo, false, [] {
            return Messages::tr("the last line does not end with a newline (the file may be truncated)");
        });
}

const QList<VcfValidator::Problem>& VcfValidator::problems() const
{
    return d->problems;
}

qint64 VcfValidator::problemCount() const
{
    return d->count;
}

QList<VcfValidator::Problem> VcfValidator::takeProblems()
{
    return std::exchange(d->problems, {});
}

bool VcfValidator::lastRecordSkipped() const
{
    return d->recordSkipped;
}

} // namespace onco
