#include "AnnotationResult.h"

#include "Translation.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

QString matchClassText(MatchClass cls)
{
    if (!Translator::active())
        return matchClassName(cls);
    switch (cls) {
    case MatchClass::Exact:
        return QCoreApplication::translate("onco::MatchClass", "exact");
    case MatchClass::Codon:
        return QCoreApplication::translate("onco::MatchClass", "codon");
    case MatchClass::Range:
        return QCoreApplication::translate("onco::MatchClass", "range");
    case MatchClass::Exon:
        return QCoreApplication::translate("onco::MatchClass", "exon");
    case MatchClass::Category:
        return QCoreApplication::translate("onco::MatchClass", "category");
    }
    return {};
}

QString matchClassName(MatchClass cls)
{
    switch (cls) {
    case MatchClass::Exact:
        return u"exact"_s;
    case MatchClass::Codon:
        return u"codon"_s;
    case MatchClass::Range:
        return u"range"_s;
    case MatchClass::Exon:
        return u"exon"_s;
    case MatchClass::Category:
        return u"category"_s;
    }
    return {};
}

bool AlterationCall::hasFlag(QStringView code) const
{
    return std::any_of(flags.cbegin(), flags.cend(), [&](const Flag& f) { return f.code == code; });
}

std::span<const Match> AnnotationResult::matchesFor(qint32 alteration) const
{
    const auto byAlteration = [](const Match& m, qint32 a) { return m.alteration < a; };
    const auto first = std::lower_bound(matches.begin(), matches.end(), alteration, byAlteration);
    auto last = first;
    while (last != matches.end() && last->alteration == alteration)
        ++last;
    return {first, last};
}

const AlterationCall* AnnotationResult::callFor(qint32 alteration) const
{
    const auto it = std::lower_bound(
        calls.begin(), calls.end(), alteration, [](const AlterationCall& c, qint32 a) { return c.alteration < a; });
    return it != calls.end() && it->alteration == alteration ? &*it : nullptr;
}

qsizetype AnnotationResult::matchedAlterationCount() const
{
    qsizetype count = 0;
    qint32 previous = -1;
    for (const Match& m : matches) {
        if (m.alteration != previous)
            ++count;
        previous = m.alteration;
    }
    return count;
}

} // namespace onco
