#pragma once

// INFO and FORMAT definitions for VcfValidator: Number and Type, the keys the VCF specification
// reserves, and the counting of values against a definition. Internal to the validator's
// implementation files, not part of the product API. The counting that runs for every value of
// every record is inline here, so that the record checks compile it in; quickCount and scanValue are
// Q_ALWAYS_INLINE, as GCC -O2 leaves functions of their size out of line once they are no longer
// file-local and called once (a call per FORMAT value cost about 8 % of checkRecord).

#include "VcfSyntax.h"

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <string_view>

namespace onco::vcfsyntax {

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

std::optional<NumberSpec> parseNumber(QByteArrayView v, int version);

std::optional<Kind> parseKind(QByteArrayView v);

QString kindName(Kind k);

QString numberName(Count c, int fixed);

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
inline constexpr ReservedTag reservedInfo[] = {
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

inline constexpr ReservedTag reservedFormat[] = {
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

const ReservedTag* findReserved(Section section, QByteArrayView id, int version);

TagDef fromReserved(const ReservedTag& r);

// ---------------------------------------------------------------------------------------------
// Counting values

/** Number of genotypes of `ploidy` alleles drawn from `alleles`; -1 when too large to matter. */
qint64 genotypeCount(int alleles, int ploidy);

/**
 * The fast path of a value list: the number of values when every value is plainly valid for the
 * kind ('.', 12, -3, 0.5), or -1 to let the slow path decide (a problem, or a rarer spelling such
 * as 1e-5 or +Inf).
 */
Q_ALWAYS_INLINE qint64 quickCount(QByteArrayView v, const TagDef& def)
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
Q_ALWAYS_INLINE const char* scanValue(const char* p, const char* const end, const TagDef* def, qint64& count)
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

} // namespace onco::vcfsyntax
