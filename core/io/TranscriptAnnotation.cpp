#include "TranscriptAnnotation.h"

#include "Consequence.h"
#include "ProteinChange.h"

#include <QVarLengthArray>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Splits without allocating: views into the input. */
QVarLengthArray<QByteArrayView, 96> splitView(QByteArrayView s, char sep)
{
    QVarLengthArray<QByteArrayView, 96> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            parts.append(s.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

QString field(const QVarLengthArray<QByteArrayView, 96>& parts, int index)
{
    if (index < 0 || index >= parts.size())
        return {};
    return QString::fromUtf8(parts[index]);
}

/** "ENST00000288602.6:c.1799T>A" -> "c.1799T>A". */
QString stripReference(const QString& hgvs)
{
    const qsizetype colon = hgvs.lastIndexOf(u':');
    QString s = colon >= 0 ? hgvs.mid(colon + 1) : hgvs;
    s.replace(u"%3D"_s, u"="_s, Qt::CaseInsensitive);
    return s;
}

} // namespace

std::optional<TranscriptAnnotationParser> TranscriptAnnotationParser::forVep(const QString& description)
{
    const qsizetype at = description.indexOf(u"Format:"_s, 0, Qt::CaseInsensitive);
    if (at < 0)
        return std::nullopt;
    QString spec = description.mid(at + 7).trimmed();
    if (spec.endsWith(u'"'))
        spec.chop(1);
    const QStringList names = spec.trimmed().split(u'|');
    if (names.size() < 2)
        return std::nullopt;

    TranscriptAnnotationParser p(Format::Vep);
    p.m_fieldCount = int(names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QString n = names[i].trimmed();
        if (n == u"Allele")
            p.m_allele = i;
        else if (n == u"Consequence")
            p.m_consequence = i;
        else if (n == u"SYMBOL")
            p.m_symbol = i;
        else if (n == u"Feature")
            p.m_feature = i;
        else if (n == u"HGVSc")
            p.m_hgvsc = i;
        else if (n == u"HGVSp")
            p.m_hgvsp = i;
        else if (n == u"PICK")
            p.m_pick = i;
        else if (n == u"MANE_SELECT" || (n == u"MANE" && p.m_mane < 0))
            p.m_mane = i;
        else if (n == u"CANONICAL")
            p.m_canonical = i;
    }
    if (p.m_consequence < 0)
        return std::nullopt;
    return p;
}

TranscriptAnnotationParser TranscriptAnnotationParser::forSnpEff()
{
    return TranscriptAnnotationParser(Format::SnpEff);
}

QByteArray TranscriptAnnotationParser::vepAllele(const QList<QByteArray>& vcfAlleles, int altIndex)
{
    if (altIndex <= 0 || altIndex >= vcfAlleles.size())
        return {};
    // VEP drops the first base when every allele of the record shares it.
    bool sharedFirst = true;
    const char first = vcfAlleles.front().isEmpty() ? '\0' : vcfAlleles.front().front();
    for (const QByteArray& a : vcfAlleles) {
        if (a.isEmpty() || a.front() != first || a.startsWith('<')) {
            sharedFirst = false;
            break;
        }
    }
    QByteArray allele = vcfAlleles[altIndex];
    if (sharedFirst && vcfAlleles.size() > 1) {
        bool allSingle = true;
        for (const QByteArray& a : vcfAlleles)
            allSingle = allSingle && a.size() == 1;
        if (!allSingle)
            allele = allele.mid(1);
    }
    return allele.isEmpty() ? QByteArray("-") : allele;
}

TranscriptAnnotation
TranscriptAnnotationParser::pick(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const
{
    return m_format == Format::Vep ? pickVep(info, vcfAlleles, altIndex) : pickSnpEff(info, vcfAlleles, altIndex);
}

TranscriptAnnotation
TranscriptAnnotationParser::pickVep(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const
{
    const QByteArray allele = vepAllele(vcfAlleles, altIndex);
    // With a single ALT every entry belongs to it, whatever allele spelling the annotator used.
    const bool anyEntry = vcfAlleles.size() == 2;
    const QByteArrayView vcfAlt(vcfAlleles.value(altIndex));

    // Score entries: PICK > MANE Select > canonical > consequence severity; first wins ties.
    QVarLengthArray<QByteArrayView, 96> best;
    long bestScore = -1;
    for (QByteArrayView entry : splitView(info, ',')) {
        const auto parts = splitView(entry, '|');
        if (!anyEntry && m_allele >= 0 && m_allele < parts.size() && parts[m_allele] != allele
            && parts[m_allele] != vcfAlt)
            continue;
        long score = 0;
        if (m_pick >= 0 && m_pick < parts.size() && parts[m_pick] == "1")
            score += 1L << 40;
        if (m_mane >= 0 && m_mane < parts.size() && !parts[m_mane].isEmpty())
            score += 1L << 39;
        if (m_canonical >= 0 && m_canonical < parts.size() && parts[m_canonical] == "YES")
            score += 1L << 38;
        if (m_consequence < parts.size()) {
            const QString terms = QString::fromUtf8(parts[m_consequence]);
            score += 1000 - Consequence::rank(Consequence::mostSevere(terms));
        }
        if (score > bestScore) {
            bestScore = score;
            best = parts;
        }
    }
    TranscriptAnnotation a;
    if (bestScore < 0)
        return a;
    a.gene = field(best, m_symbol);
    a.transcript = field(best, m_feature);
    a.hgvsc = stripReference(field(best, m_hgvsc));
    a.hgvsp = ProteinChange::normalize(field(best, m_hgvsp));
    a.consequence = Consequence::mostSevere(field(best, m_consequence)).toString();
    return a;
}

TranscriptAnnotation
TranscriptAnnotationParser::pickSnpEff(QByteArrayView info, const QList<QByteArray>& vcfAlleles, int altIndex) const
{
    // ANN: Allele | Annotation | Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID |
    //      Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA | CDS | AA | Distance | Messages
    const QByteArrayView alt(vcfAlleles.value(altIndex));
    TranscriptAnnotation a;
    for (QByteArrayView entry : splitView(info, ',')) {
        const auto parts = splitView(entry, '|');
        if (parts.size() < 11)
            continue;
        QByteArrayView allele = parts[0];
        // Cancer mode writes "ALT-REFERENCE_ALLELE" (e.g. "G-C") for somatic-vs-germline effects.
        if (const qsizetype dash = allele.indexOf('-'); dash > 0)
            allele = allele.first(dash);
        if (allele != alt && vcfAlleles.size() > 2)
            continue;
        a.gene = field(parts, 3);
        a.transcript = field(parts, 6);
        a.hgvsc = stripReference(field(parts, 9));
        a.hgvsp = ProteinChange::normalize(field(parts, 10));
        a.consequence = Consequence::mostSevere(field(parts, 1)).toString();
        break;
    }
    return a;
}

} // namespace onco
