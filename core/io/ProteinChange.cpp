#include "ProteinChange.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct AminoAcid
{
    char16_t three[4];
    char16_t one;
};

constexpr std::array<AminoAcid, 25> aminoAcids{{
    {u"Ala", u'A'}, {u"Arg", u'R'}, {u"Asn", u'N'}, {u"Asp", u'D'}, {u"Cys", u'C'}, {u"Gln", u'Q'}, {u"Glu", u'E'},
    {u"Gly", u'G'}, {u"His", u'H'}, {u"Ile", u'I'}, {u"Leu", u'L'}, {u"Lys", u'K'}, {u"Met", u'M'}, {u"Phe", u'F'},
    {u"Pro", u'P'}, {u"Ser", u'S'}, {u"Thr", u'T'}, {u"Trp", u'W'}, {u"Tyr", u'Y'}, {u"Val", u'V'}, {u"Ter", u'*'},
    {u"Sec", u'U'}, {u"Pyl", u'O'}, {u"Xaa", u'X'}, {u"Xle", u'J'},
}};

/** One-letter code for a three-letter amino acid at s[i], or 0. */
char16_t threeLetterAt(QStringView s, qsizetype i)
{
    if (i + 3 > s.size() || !s[i].isUpper() || !s[i + 1].isLower() || !s[i + 2].isLower())
        return 0;
    for (const AminoAcid& aa : aminoAcids) {
        if (s[i] == QChar(aa.three[0]) && s[i + 1] == QChar(aa.three[1]) && s[i + 2] == QChar(aa.three[2]))
            return aa.one;
    }
    return 0;
}

/** Keywords of HGVS protein syntax, longest first so that "delins" wins over "del". */
constexpr std::array<QStringView, 7> keywords{u"delins", u"splice", u"del", u"ins", u"dup", u"ext", u"fs"};

/**
 * The answers of this thread for recent inputs: a cohort names the same hotspots thousands of
 * times. Bounded: emptied when full.
 */
template <typename Value> class Memo
{
public:
    template <typename Compute> Value get(QStringView key, Compute compute)
    {
        if (const auto it = m_values.constFind(key.toString()); it != m_values.cend())
            return *it;
        if (m_values.size() >= 4096)
            m_values.clear();
        Value v = compute();
        m_values.insert(key.toString(), v);
        return v;
    }

private:
    QHash<QString, Value> m_values;
};

QString normalizeUncached(QStringView hgvsp);
std::optional<ProteinEdit> parseUncached(QStringView hgvsp);

} // namespace

QString ProteinChange::normalize(QStringView hgvsp)
{
    thread_local Memo<QString> memo;
    return memo.get(hgvsp, [&] { return normalizeUncached(hgvsp); });
}

std::optional<ProteinEdit> ProteinChange::parse(QStringView hgvsp)
{
    thread_local Memo<std::optional<ProteinEdit>> memo;
    return memo.get(hgvsp, [&] { return parseUncached(hgvsp); });
}

namespace {

QString normalizeUncached(QStringView hgvsp)
{
    QStringView s = hgvsp.trimmed();
    if (s.isEmpty())
        return {};
    if (const qsizetype colon = s.lastIndexOf(u':'); colon >= 0)
        s = s.mid(colon + 1);
    if (s.startsWith(u"p.", Qt::CaseInsensitive))
        s = s.mid(2);
    if (s.size() >= 2 && s.front() == u'(' && s.back() == u')')
        s = s.mid(1, s.size() - 2);

    QString text = s.toString();
    text.replace(u"%3D"_s, u"="_s, Qt::CaseInsensitive);

    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (const char16_t one = threeLetterAt(text, i)) {
            out += QChar(one);
            i += 3;
            continue;
        }
        bool keyword = false;
        for (QStringView kw : keywords) {
            if (QStringView(text).mid(i, kw.size()).compare(kw, Qt::CaseInsensitive) == 0) {
                out += kw;
                i += kw.size();
                keyword = true;
                break;
            }
        }
        if (keyword)
            continue;
        const QChar c = text[i];
        // Legacy stop "X": after a frameshift ("fsX177") or as the new residue of a nonsense change
        // ("R213X"). "X" as an unknown residue elsewhere stays.
        if ((c == u'X' || c == u'x') && (out.endsWith(u"fs"_s) || (!out.isEmpty() && out.back().isDigit()))) {
            out += u'*';
        } else {
            out += c.isLetter() ? c.toUpper() : c;
        }
        ++i;
    }
    // Legacy notations of annotation pipelines (WashU/TCGA MAFs), read as HGVS:
    // "WQ288fs" names the first changed residue and the next one: "W288fs";
    // "-287fs" and "?287fs" leave the residue unknown: "X287fs";
    // "611_612insFQG" gives positions without residues: "X611_X612insFQG".
    static const QRegularExpression pairFrameshift(uR"(^([A-Z])[A-Z]+(\d+)(fs.*)$)"_s);
    static const QRegularExpression unknownResidue(uR"(^[-?](\d+)(.*)$)"_s);
    static const QRegularExpression bareRange(uR"(^(\d+)_(\d+)([a-z].*)$)"_s);
    if (const auto m = pairFrameshift.match(out); m.hasMatch())
        out = m.captured(1) + m.captured(2) + m.captured(3);
    else if (const auto u = unknownResidue.match(out); u.hasMatch())
        out = u"X"_s + u.captured(1) + u.captured(2);
    else if (const auto b = bareRange.match(out); b.hasMatch())
        out = u"X%1_X%2%3"_s.arg(b.captured(1), b.captured(2), b.captured(3));
    return u"p."_s + out;
}

} // namespace

QString ProteinChange::matchKey(QStringView hgvsp)
{
    const QString n = normalize(hgvsp);
    return n.isEmpty() ? QString() : n.mid(2).toUpper();
}

namespace {

std::optional<ProteinEdit> parseUncached(QStringView hgvsp)
{
    static const QRegularExpression pattern(uR"(^([A-Z*])(\d+)(?:_([A-Z*])(\d+))?(.*)$)"_s);
    const QString key = ProteinChange::matchKey(hgvsp);
    const auto m = pattern.match(key);
    if (!m.hasMatch())
        return std::nullopt;
    ProteinEdit e;
    e.firstAa = m.capturedView(1).front();
    e.firstPos = m.capturedView(2).toInt();
    e.lastAa = m.hasCaptured(3) ? m.capturedView(3).front() : e.firstAa;
    e.lastPos = m.hasCaptured(4) ? m.capturedView(4).toInt() : e.firstPos;
    if (e.firstPos <= 0 || e.lastPos < e.firstPos)
        return std::nullopt;
    const QString rest = m.captured(5);
    using T = ProteinEdit::Type;
    if (rest.isEmpty()) {
        e.type = T::Position;
    } else if (rest == u"=") {
        e.type = T::Synonymous;
    } else if (rest.startsWith(u"FS") || (rest.size() > 2 && rest.mid(1).startsWith(u"FS"))) {
        // "fs*2" or, with the first new residue, "Cfs*2".
        e.type = T::Frameshift;
        if (!rest.startsWith(u"FS"))
            e.alt = rest.left(1);
    } else if (rest.startsWith(u"DELINS")) {
        e.type = T::Delins;
        e.alt = rest.mid(6);
    } else if (rest.startsWith(u"DEL")) {
        e.type = T::Deletion;
    } else if (rest.startsWith(u"INS")) {
        e.type = T::Insertion;
        e.alt = rest.mid(3);
    } else if (rest.startsWith(u"DUP")) {
        e.type = T::Duplication;
    } else if (rest.startsWith(u"EXT") || (e.firstAa == u'*' && rest.contains(u"EXT"))) {
        e.type = T::Extension;
    } else if (rest.contains(u"EXT")) {
        e.type = T::Extension; // "*110QEXT*17": the new residue comes before the keyword
    } else if (rest == u"_SPLICE" || rest == u"SPLICE") {
        e.type = T::Splice;
    } else if (rest == u"?" && e.firstPos == 1) {
        e.type = T::StartLoss;
    } else if (rest.size() == 1 && (rest.front().isLetter() || rest.front() == u'*')) {
        e.alt = rest;
        if (rest.front() == e.firstAa)
            e.type = T::Synonymous;
        else if (rest.front() == u'*')
            e.type = T::Nonsense;
        else
            e.type = T::Missense;
    } else {
        return std::nullopt;
    }
    return e;
}

} // namespace

bool ProteinChange::isSynonymous(QStringView normalized)
{
    return normalized.endsWith(u'=');
}

} // namespace onco
