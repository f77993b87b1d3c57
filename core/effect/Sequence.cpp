#include "Sequence.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco::effect {

namespace {

// The standard genetic code, codons in TCAG order.
constexpr char geneticCode[] = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG";

int baseIndex(char b)
{
    switch (b) {
    case 'T':
        return 0;
    case 'C':
        return 1;
    case 'A':
        return 2;
    case 'G':
        return 3;
    default:
        return -1;
    }
}

} // namespace

char translate(const char codon[3])
{
    const int a = baseIndex(codon[0]), b = baseIndex(codon[1]), c = baseIndex(codon[2]);
    return a < 0 || b < 0 || c < 0 ? 'X' : geneticCode[a * 16 + b * 4 + c];
}

QString translate(const QString& dna)
{
    QString out;
    for (qsizetype i = 0; i + 2 < dna.size(); i += 3) {
        const char codon[3] = {dna[i].toLatin1(), dna[i + 1].toLatin1(), dna[i + 2].toLatin1()};
        out += QChar::fromLatin1(translate(codon));
    }
    return out;
}

QString reverseComplement(const QString& s)
{
    QString out(s.size(), u'N');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[s.size() - 1 - i];
        out[i] = c == u'A' ? u'T' : c == u'T' ? u'A' : c == u'C' ? u'G' : c == u'G' ? u'C' : u'N';
    }
    return out;
}

bool isBases(QStringView s)
{
    return std::all_of(
        s.cbegin(), s.cend(), [](QChar c) { return c == u'A' || c == u'C' || c == u'G' || c == u'T' || c == u'N'; });
}

bool isBasesAnyCase(QStringView s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        const char16_t u = c.unicode() & ~char16_t(0x20); // ASCII letters to upper case
        return c.unicode() < 128 && (u == u'A' || u == u'C' || u == u'G' || u == u'T' || u == u'N');
    });
}

QString residueName(QChar aa)
{
    return aa == u'*' ? u"*"_s : QString(aa);
}

QString shiftedRange(const QByteArray& protein, qint64 i, qint64 j)
{
    while (j < protein.size() && protein[j] == protein[i - 1]) {
        ++i;
        ++j;
    }
    const QString first = QChar::fromLatin1(protein[i - 1]) + QString::number(i);
    return i == j ? first : first + u'_' + QChar::fromLatin1(protein[j - 1]) + QString::number(j);
}

} // namespace onco::effect
