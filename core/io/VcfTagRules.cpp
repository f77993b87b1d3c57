#include "VcfTagRules.h"

using namespace Qt::Literals::StringLiterals;

namespace onco::vcfsyntax {

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

} // namespace onco::vcfsyntax
