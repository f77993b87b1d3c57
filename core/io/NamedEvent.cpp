#include "NamedEvent.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** The canonical event of a text, "" when it names none. */
QString eventOf(const QString& text)
{
    const QString t = text.simplified().toUpper();
    if (t.isEmpty())
        return {};
    if (t == u"ITD" || t.contains(u"INTERNAL TANDEM DUPLICATION"_s))
        return u"ITD"_s;
    if (t == u"VIII" || t == u"EGFRVIII" || t == u"EGFR VIII" || t.contains(u"VARIANT III"_s))
        return u"vIII"_s;
    if (t == u"KDD" || t.contains(u"KINASE DOMAIN DUPLICATION"_s) || t.contains(u"KINASE-DOMAIN DUPLICATION"_s))
        return u"KDD"_s;
    static const QRegularExpression skipping(uR"(^(?:[A-Z0-9]+\s*)?EX(?:ON)?\s*(\d+)\s*SKIP)"_s);
    if (const auto m = skipping.match(t); m.hasMatch())
        return u"exon %1 skipping"_s.arg(m.captured(1).toInt());
    return {};
}

} // namespace

std::optional<NamedEvent> NamedEvent::parse(const QString& gene, const QString& text)
{
    QString g = gene.trimmed();
    QString e = eventOf(text);
    if (e.isEmpty()) {
        // A gene column that carries the event: "FLT3_ITD", "FLT3-ITD", "EGFRvIII".
        // A separator is required (a symbol may end in those letters), except in the usual "EGFRvIII".
        static const QRegularExpression joined(uR"(^(?:([A-Za-z0-9]+)[_\- ](ITD|vIII|VIII|KDD)|(EGFR)(vIII|VIII))$)"_s);
        const auto m = joined.match(g);
        if (!m.hasMatch())
            return std::nullopt;
        const bool egfr = !m.captured(3).isEmpty();
        g = m.captured(egfr ? 3 : 1);
        e = eventOf(m.captured(egfr ? 4 : 2));
    }
    if (e.isEmpty() || g.isEmpty())
        return std::nullopt;
    return NamedEvent{g.toUpper(), e};
}

int NamedEvent::skippedExon(const QString& event)
{
    static const QRegularExpression skipping(uR"(^exon (\d+) skipping$)"_s);
    const auto m = skipping.match(event);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace onco
