#include "ReferenceEffects.h"

#include "Sequence.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco::effect {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::EffectPredictor)
};

} // namespace

const QByteArray& transcriptSequence(const TranscriptModel& m, const ReferenceGenome& genome)
{
    // Cached per thread: a case's coding variants fall in a few thousand transcripts.
    thread_local QHash<const TranscriptModel*, QByteArray> cache;
    thread_local QString cachePath;
    if (cachePath != genome.path() || cache.size() > 4096) {
        cache.clear();
        cachePath = genome.path();
    }
    if (const auto it = cache.constFind(&m); it != cache.cend())
        return *it;
    QByteArray seq;
    for (const auto& [s, e] : m.txExons) {
        QByteArray part = genome.fetch(m.chrom, s, e);
        if (part.size() != e - s) {
            seq.clear();
            break;
        }
        if (m.minus) {
            std::reverse(part.begin(), part.end());
            for (char& b : part)
                b = b == 'A' ? 'T' : b == 'T' ? 'A' : b == 'C' ? 'G' : b == 'G' ? 'C' : 'N';
        }
        seq += part;
    }
    return cache.insert(&m, seq).value();
}

QByteArray translateToStop(QByteArrayView dna)
{
    QByteArray out;
    out.reserve(dna.size() / 3 + 1);
    for (qsizetype i = 0; i + 2 < dna.size(); i += 3) {
        const char aa = translate(dna.data() + i);
        out += aa;
        if (aa == '*')
            break;
    }
    return out;
}

ProteinEffect translateChange(
    const TranscriptModel& m, const QByteArray& tx, qint64 first, qint64 last, bool insertion, const QByteArray& alt)
{
    ProteinEffect e;
    const qint64 cds0 = m.cdsFirst - 1 + m.cdsPhase; // the first complete codon
    const qint64 coding = m.codingBases - m.cdsPhase;
    const QByteArray altTx = insertion ? tx.left(first) + alt + tx.mid(first) : tx.left(first - 1) + alt + tx.mid(last);
    const QByteArray ref = translateToStop(QByteArrayView(tx).sliced(cds0, std::min<qint64>(coding, tx.size() - cds0)));
    const QByteArray var = translateToStop(QByteArrayView(altTx).sliced(cds0));
    const qint64 codon = (first - cds0 - 1) / 3 + (insertion ? 1 : 0) + 1; // first codon touched
    if (ref.isEmpty() || !ref.endsWith('*') || ref.size() * 3 != coding) {
        e.consequence = u"coding_sequence_variant"_s;
        e.note = Messages::tr("the reference coding sequence of %1 does not translate to one protein ending in a stop "
                              "codon: the protein change is not stated")
                     .arg(m.refseq);
        return e;
    }
    qsizetype i = 0;
    while (i < ref.size() && i < var.size() && ref[i] == var[i])
        ++i;
    if ((i >= ref.size()) != (i >= var.size())) {
        // The changed transcript ends before a stop codon is read: the new C terminus is open.
        e.consequence = u"coding_sequence_variant"_s;
        e.position = int(std::min(i, ref.size() - 1) + 1);
        e.note = Messages::tr("the changed transcript has no stop codon: the protein change is not stated");
        return e;
    }
    const qsizetype net = qsizetype(alt.size()) - (insertion ? 0 : last - first + 1);
    const bool frameshift = net % 3 != 0;
    auto aa = [](char c) { return QString(QChar::fromLatin1(c)); };
    if (i == ref.size() && i == var.size()) {
        const qint64 at = std::clamp<qint64>(codon, 1, ref.size());
        e.position = int(at);
        e.refResidue = ref[at - 1];
        e.consequence = ref[at - 1] == '*' ? u"stop_retained_variant"_s : u"synonymous_variant"_s;
        e.hgvsp = u"p.%1%2="_s.arg(aa(ref[at - 1])).arg(at);
        return e;
    }
    e.position = int(i + 1);
    e.refResidue = i < ref.size() ? ref[i] : 0;
    const bool varStops = var.endsWith('*');
    if (i == 0 && ref[0] == 'M' && m.cdsPhase == 0) {
        e.consequence = u"start_lost"_s;
        e.hgvsp = u"p.M1?"_s;
        return e;
    }
    if (i == ref.size() - 1) { // the stop codon itself changed
        e.consequence = u"stop_lost"_s;
        e.hgvsp =
            u"p.*%1%2ext*%3"_s.arg(i + 1).arg(aa(var[i])).arg(varStops ? QString::number(var.size() - 1 - i) : u"?"_s);
        return e;
    }
    if (frameshift) {
        e.consequence = u"frameshift_variant"_s;
        if (var[i] == '*')
            e.hgvsp = u"p.%1%2*"_s.arg(aa(ref[i])).arg(i + 1);
        else
            e.hgvsp = u"p.%1%2%3fs*%4"_s.arg(aa(ref[i]))
                          .arg(i + 1)
                          .arg(aa(var[i]))
                          .arg(varStops ? QString::number(var.size() - i) : u"?"_s);
        return e;
    }
    // In frame: the changed residues between the longest common prefix and suffix.
    qsizetype j = 0;
    while (j < ref.size() - i && j < var.size() - i && ref[ref.size() - 1 - j] == var[var.size() - 1 - j])
        ++j;
    const QByteArray refSeg = ref.mid(i, ref.size() - j - i), varSeg = var.mid(i, var.size() - j - i);
    auto range = [&](qsizetype from, qsizetype to) { // 0-based residues from..to of the reference
        QString r = aa(ref[from]) + QString::number(from + 1);
        if (to > from)
            r += u'_' + aa(ref[to]) + QString::number(to + 1);
        return r;
    };
    if (varStops && var.size() < ref.size() + net / 3) {
        // Terminates early: the residues up to the new stop replace the rest.
        e.consequence = u"stop_gained"_s;
        e.hgvsp = var[i] == '*' ? u"p.%1%2*"_s.arg(aa(ref[i])).arg(i + 1)
                                : u"p.%1%2delins%3"_s.arg(aa(ref[i])).arg(i + 1).arg(QString::fromLatin1(var.mid(i)));
    } else if (refSeg.isEmpty()) {
        const qsizetype n = varSeg.size();
        if (i >= n && ref.mid(i - n, n) == varSeg) {
            e.consequence = u"inframe_insertion"_s;
            e.hgvsp = u"p."_s + range(i - n, i - 1) + u"dup"_s;
            e.position = int(i - n + 1);
            e.refResidue = ref[i - n];
        } else {
            e.consequence = varSeg.contains('*') ? u"stop_gained"_s : u"inframe_insertion"_s;
            e.hgvsp = u"p."_s + range(i - 1, i) + u"ins"_s + QString::fromLatin1(varSeg);
            e.position = int(i);
            e.refResidue = ref[i - 1];
        }
    } else if (varSeg.isEmpty()) {
        e.consequence = u"inframe_deletion"_s;
        e.hgvsp = u"p."_s + range(i, i + refSeg.size() - 1) + u"del"_s;
    } else if (refSeg.size() == 1 && varSeg.size() == 1) {
        e.consequence = varSeg == "*" ? u"stop_gained"_s : u"missense_variant"_s;
        e.hgvsp = u"p.%1%2%3"_s.arg(aa(refSeg[0])).arg(i + 1).arg(aa(varSeg[0]));
    } else {
        e.consequence = varSeg.contains('*')            ? u"stop_gained"_s
                        : varSeg.size() > refSeg.size() ? u"inframe_insertion"_s
                        : varSeg.size() < refSeg.size() ? u"inframe_deletion"_s
                                                        : u"missense_variant"_s;
        e.hgvsp = u"p."_s + range(i, i + refSeg.size() - 1) + u"delins"_s + QString::fromLatin1(varSeg);
    }
    return e;
}

Alleles align(Alleles v, const QString& chrom, const ReferenceGenome& genome, bool left)
{
    const bool insertion = v.ref.isEmpty();
    if (insertion == v.alt.isEmpty())
        return v; // a substitution or an empty change: nothing to move
    QString seq = insertion ? v.alt : v.ref;
    constexpr qint64 window = 64;
    QByteArray cached;
    qint64 basesFrom = 0; // 1-based position of cached[0]
    auto baseAt = [&](qint64 pos) -> char {
        if (pos < basesFrom || pos >= basesFrom + cached.size()) {
            basesFrom = left ? std::max<qint64>(1, pos - window + 1) : pos;
            cached = genome.fetch(chrom, basesFrom - 1, basesFrom - 1 + window);
            if (pos < basesFrom || pos >= basesFrom + cached.size())
                return 0;
        }
        return cached[pos - basesFrom];
    };
    const qint64 length = seq.size();
    for (int steps = 0; steps < 100000; ++steps) {
        if (left) {
            // The base before the change equals the change's last base: it moves one to the left.
            const char before = v.start > 1 ? baseAt(v.start - 1) : 0;
            if (!before || QChar::fromLatin1(before) != seq.back())
                break;
            seq = QChar::fromLatin1(before) + seq.chopped(1);
            --v.start;
        } else {
            const char after = baseAt(insertion ? v.start : v.start + length);
            if (!after || QChar::fromLatin1(after) != seq.front())
                break;
            seq = seq.mid(1) + QChar::fromLatin1(after);
            ++v.start;
        }
    }
    (insertion ? v.alt : v.ref) = seq;
    return v;
}

} // namespace onco::effect
