#include "EffectPredictor.h"

#include "ReferenceEffects.h"
#include "Sequence.h"

#include "Translation.h"
#include "model/Case.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

using namespace effect;

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::EffectPredictor)
};

/** Severity of a Sequence Ontology term as VEP ranks it; lower is more severe. */
int severity(QStringView term)
{
    static constexpr std::array<std::u16string_view, 20> order = {u"splice_acceptor_variant",
                                                                  u"splice_donor_variant",
                                                                  u"stop_gained",
                                                                  u"frameshift_variant",
                                                                  u"stop_lost",
                                                                  u"start_lost",
                                                                  u"inframe_insertion",
                                                                  u"inframe_deletion",
                                                                  u"missense_variant",
                                                                  u"protein_altering_variant",
                                                                  u"splice_region_variant",
                                                                  u"stop_retained_variant",
                                                                  u"synonymous_variant",
                                                                  u"coding_sequence_variant",
                                                                  u"5_prime_UTR_variant",
                                                                  u"3_prime_UTR_variant",
                                                                  u"intron_variant",
                                                                  u"upstream_gene_variant",
                                                                  u"downstream_gene_variant",
                                                                  u"intergenic_variant"};
    // Looked up for every transcript of every variant: by length first, then the few terms of that length.
    static const auto byLength = [] {
        std::array<std::vector<std::pair<std::u16string_view, int>>, 32> table;
        for (size_t i = 0; i < order.size(); ++i)
            table[order[i].size()].push_back({order[i], int(i)});
        return table;
    }();
    const std::u16string_view t(term.utf16(), size_t(term.size()));
    if (!t.empty() && t.size() < byLength.size())
        for (const auto& [name, rank] : byLength[t.size()])
            if (name[0] == t[0] && name[name.size() / 2] == t[t.size() / 2] && name == t)
                return rank;
    return int(order.size());
}

/** Appends a whole number in decimal (HGVS coordinates are built for every variant of a genome). */
void appendNumber(QString& out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out += QLatin1StringView(digits, end);
}

const int spliceRegionSeverity = severity(u"splice_region_variant");

/** A genomic position placed on a transcript. */
struct Place
{
    enum class Region
    {
        Upstream,
        Downstream,
        Exon,
        Intron
    } region = Region::Exon;
    int exon = 0;          ///< 1-based in transcript order (Exon), or the intron's number (Intron)
    qint64 tx = 0;         ///< 1-based transcript position (Exon)
    qint64 boundaryTx = 0; ///< Intron: transcript position of the nearest exon base
    qint64 offset = 0;     ///< Intron: + after the exon (donor side), - before it (acceptor side)
};

/** A transcript model seen in transcript order. */
class Transcript
{
public:
    explicit Transcript(const TranscriptModel& m)
        : m_model(m)
        , m_exons(m.txExons)
        , m_offsets(m.txOffsets)
        , m_cdsFirst(m.cdsFirst)
        , m_cdsLast(m.cdsLast)
    {
    }

    const TranscriptModel& model() const
    {
        return m_model;
    }
    int exonCount() const
    {
        return int(m_exons.size());
    }
    qint64 cdsFirst() const
    {
        return m_cdsFirst;
    }
    qint64 cdsLast() const
    {
        return m_cdsLast;
    }

    /** Places a 1-based genomic position. */
    Place place(qint64 g) const
    {
        Place p;
        const qint64 z = g - 1;
        if (z < m_model.txStart || z >= m_model.txEnd) {
            const bool before = z < m_model.txStart;
            p.region = before != m_model.minus ? Place::Region::Upstream : Place::Region::Downstream;
            p.offset = before ? m_model.txStart - z : z - m_model.txEnd + 1;
            return p;
        }
        for (size_t k = 0; k < m_exons.size(); ++k) {
            const auto [s, e] = m_exons[k];
            if (z >= s && z < e) {
                p.region = Place::Region::Exon;
                p.exon = int(k) + 1;
                p.tx = m_offsets[k] + (m_model.minus ? e - 1 - z : z - s) + 1;
                return p;
            }
            if (k + 1 < m_exons.size()) {
                const auto [s2, e2] = m_exons[k + 1];
                const bool inIntron = m_model.minus ? (z >= e2 && z < s) : (z >= e && z < s2);
                if (!inIntron)
                    continue;
                // Distances from the end of exon k and to the start of exon k + 1, in transcript direction.
                const qint64 afterExon = m_model.minus ? s - z : z - e + 1;
                const qint64 beforeNext = m_model.minus ? z - e2 + 1 : s2 - z;
                p.region = Place::Region::Intron;
                p.exon = int(k) + 1;
                if (afterExon <= beforeNext) {
                    p.boundaryTx = m_offsets[k] + (e - s);
                    p.offset = afterExon;
                } else {
                    p.boundaryTx = m_offsets[k + 1] + 1;
                    p.offset = -beforeNext;
                }
                return p;
            }
        }
        return p;
    }

    /** Appends the c. coordinate of a transcript position ("76", "-14", "*32"). */
    void appendC(QString& out, qint64 tx) const
    {
        if (!m_model.coding()) {
            appendNumber(out, tx);
        } else if (tx < m_cdsFirst) {
            out += u'-';
            appendNumber(out, m_cdsFirst - tx);
        } else if (tx > m_cdsLast) {
            out += u'*';
            appendNumber(out, tx - m_cdsLast);
        } else {
            appendNumber(out, tx - m_cdsFirst + 1);
        }
    }

    /** Appends the c. coordinate of a place: exonic, or intronic with its offset ("592+2"); nothing elsewhere. */
    void appendC(QString& out, const Place& p) const
    {
        if (p.region == Place::Region::Exon) {
            appendC(out, p.tx);
        } else if (p.region == Place::Region::Intron) {
            appendC(out, p.boundaryTx);
            out += p.offset > 0 ? u'+' : u'-';
            appendNumber(out, std::abs(p.offset));
        }
    }

    QString cText(const Place& p) const
    {
        QString out;
        appendC(out, p);
        return out;
    }

    /** The 1-based CDS position of an exonic place, 0 outside the CDS. */
    qint64 cds(const Place& p) const
    {
        if (p.region != Place::Region::Exon || !m_model.coding() || p.tx < m_cdsFirst || p.tx > m_cdsLast)
            return 0;
        return p.tx - m_cdsFirst + 1;
    }

    /** Region term of one exonic or intronic place outside the CDS. */
    QString regionTerm(const Place& p) const
    {
        switch (p.region) {
        case Place::Region::Upstream:
            return u"upstream_gene_variant"_s;
        case Place::Region::Downstream:
            return u"downstream_gene_variant"_s;
        case Place::Region::Intron: {
            const qint64 d = std::abs(p.offset);
            if (d <= 2)
                return p.offset > 0 ? u"splice_donor_variant"_s : u"splice_acceptor_variant"_s;
            return d <= 8 ? u"splice_region_variant"_s : u"intron_variant"_s;
        }
        case Place::Region::Exon:
            if (p.tx < m_cdsFirst)
                return u"5_prime_UTR_variant"_s;
            if (p.tx > m_cdsLast)
                return u"3_prime_UTR_variant"_s;
            return u"coding_sequence_variant"_s;
        }
        return {};
    }

    /** Whether an exonic place is within 3 bases of an internal exon boundary (splice region). */
    bool nearExonEdge(const Place& p) const
    {
        if (p.region != Place::Region::Exon || p.exon < 1 || size_t(p.exon) > m_exons.size())
            return false;
        const size_t k = size_t(p.exon - 1);
        const qint64 first = m_offsets[k] + 1, last = m_offsets[k] + (m_exons[k].second - m_exons[k].first);
        return (k > 0 && p.tx - first < 3) || (k + 1 < m_exons.size() && last - p.tx < 3);
    }

    QString exonText(int k) const
    {
        return rankText(k, int(m_exons.size()));
    }
    QString intronText(int k) const
    {
        return rankText(k, int(m_exons.size()) - 1);
    }

    /** "k/n", one shared string per pair (a million variants name a few thousand exons). */
    static QString rankText(int k, int n)
    {
        thread_local QHash<qint64, QString> texts;
        QString& t = texts[(qint64(k) << 32) | quint32(n)];
        if (t.isNull())
            t = QString::number(k) + u'/' + QString::number(n);
        return t;
    }

private:
    const TranscriptModel& m_model;
    const std::vector<std::pair<qint64, qint64>>& m_exons;
    const std::vector<qint64>& m_offsets;
    qint64 m_cdsFirst = 0, m_cdsLast = 0;
};

/**
 * The residues a change of bases within one codon can give: every codon of the reference residue
 * that carries the reference bases at the changed phases, with the alternative bases put in.
 */
QString possibleResidues(char refAa, const std::vector<std::pair<int, std::pair<char, char>>>& changes, bool* fits)
{
    QString out;
    *fits = false;
    for (int a = 0; a < 4; ++a)
        for (int b = 0; b < 4; ++b)
            for (int c = 0; c < 4; ++c) {
                char codon[3] = {bases[a], bases[b], bases[c]};
                if (translate(codon) != refAa)
                    continue;
                bool ok = true;
                for (const auto& [phase, change] : changes)
                    ok = ok && codon[phase] == change.first;
                if (!ok)
                    continue;
                *fits = true;
                for (const auto& [phase, change] : changes)
                    codon[phase] = change.second;
                const QChar aa = QChar::fromLatin1(translate(codon));
                if (!out.contains(aa))
                    out += aa;
            }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<Alleles> trim(qint64 pos, const QString& refIn, const QString& altIn)
{
    const bool mafInsertion = refIn == u"-";
    // Compared through views: indexing a QString that is not const would copy it.
    const QString refUpper = refIn == u"-" ? QString() : refIn.toUpper(); // shared when already upper case
    const QString altUpper = altIn == u"-" ? QString() : altIn.toUpper();
    QStringView ref(refUpper), alt(altUpper);
    if (!isBases(ref) || !isBases(alt) || (ref.isEmpty() && alt.isEmpty()))
        return std::nullopt;
    qsizetype pre = 0;
    while (pre < ref.size() && pre < alt.size() && ref[pre] == alt[pre])
        ++pre;
    ref = ref.mid(pre);
    alt = alt.mid(pre);
    qsizetype suf = 0;
    while (suf < ref.size() && suf < alt.size() && ref[ref.size() - 1 - suf] == alt[alt.size() - 1 - suf])
        ++suf;
    ref.chop(suf);
    alt.chop(suf);
    if (ref.isEmpty() && alt.isEmpty())
        return std::nullopt;
    // A MAF insertion sits between Start_Position and the next base.
    return Alleles{pos + pre + (mafInsertion ? 1 : 0), ref.toString(), alt.toString()};
}

/** The prediction for one transcript. */
EffectPrediction onTranscript(const Transcript& t,
                              const Alleles& v,
                              const Alleles& hgvs,
                              const QString& chrom,
                              const ProteinSequences& proteins,
                              const ReferenceGenome* genome)
{
    const TranscriptModel& m = t.model();
    EffectPrediction p;
    p.gene = m.gene;
    p.transcript = m.refseq;
    p.ensembl = m.ensembl;
    p.model = m.source;
    const bool insertion = v.ref.isEmpty();
    // The changed span's first and last genomic bases; an insertion is placed by its two neighbours.
    const qint64 g1 = insertion ? v.start - 1 : v.start;
    const qint64 g2 = insertion ? v.start : v.start + v.ref.size() - 1;
    Place a = t.place(g1), b = t.place(g2);
    if (m.minus)
        std::swap(a, b); // a is 5' in the transcript
    const QString refTx = m.minus ? reverseComplement(v.ref) : v.ref;
    const QString altTx = m.minus ? reverseComplement(v.alt) : v.alt;

    // Outside the transcript.
    if (a.region == Place::Region::Upstream || a.region == Place::Region::Downstream
        || b.region == Place::Region::Upstream || b.region == Place::Region::Downstream) {
        const Place& out = (a.region == Place::Region::Upstream || a.region == Place::Region::Downstream) ? a : b;
        const Place& in = &out == &a ? b : a;
        if (in.region == Place::Region::Exon || in.region == Place::Region::Intron) {
            p.consequence = u"coding_sequence_variant"_s; // spans the transcript's end
            p.note = Messages::tr("the change spans an end of the transcript");
        } else {
            p.consequence = t.regionTerm(out);
        }
        return p;
    }

    // With the reference: the transcript's sequence, for 3' shifting and translation.
    const bool sameExon = a.region == Place::Region::Exon && b.region == Place::Region::Exon && a.exon == b.exon;
    static const QByteArray noSequence;
    const QByteArray& seq = genome && sameExon ? transcriptSequence(m, *genome) : noSequence;

    // HGVSc, for an indel at its 3'-most place in the transcript (`hgvs`) when it stays in the
    // same exon or intron; an insertion that repeats the bases before it is a duplication.
    QString& h = p.hgvsc;
    {
        Place ha = a, hb = b;
        const Alleles* named = &v;
        if (&hgvs != &v && hgvs.start != v.start) {
            const qint64 h1 = insertion ? hgvs.start - 1 : hgvs.start;
            const qint64 h2 = insertion ? hgvs.start : hgvs.start + hgvs.ref.size() - 1;
            Place sa = t.place(h1), sb = t.place(h2);
            if (m.minus)
                std::swap(sa, sb);
            if (sa.region == a.region && sb.region == b.region && sa.exon == a.exon && sb.exon == b.exon) {
                ha = sa;
                hb = sb;
                named = &hgvs;
            }
        }
        const QString namedRef = m.minus ? reverseComplement(named->ref) : named->ref;
        const QString namedAlt = m.minus ? reverseComplement(named->alt) : named->alt;
        bool duplication = false;
        if (insertion && genome) {
            // The copy the insertion repeats lies 5' of it in the transcript.
            const qint64 n = named->alt.size();
            const qint64 from = m.minus ? named->start - 1 : named->start - 1 - n;
            if (from >= 0 && genome->fetch(chrom, from, from + n) == named->alt.toLatin1()) {
                Place da = t.place(from + 1), db = t.place(from + n);
                if (m.minus)
                    std::swap(da, db);
                if (da.region == ha.region && db.region == hb.region) {
                    duplication = true;
                    ha = da;
                    hb = db;
                }
            }
        }
        if (!duplication && !insertion && named->ref.size() == 1 && named->alt.size() == 1) {
            // A substitution, most of any file: written in place.
            h.reserve(24);
            h += u"c."_s;
            t.appendC(h, ha);
            h += namedRef;
            h += u'>';
            h += namedAlt;
        } else {
            const QString c1 = t.cText(ha), c2 = t.cText(hb);
            h.reserve(c1.size() + c2.size() + namedAlt.size() + namedRef.size() + 12);
            h += u"c."_s;
            h += c1;
            if (duplication) {
                if (c1 != c2)
                    h += u'_' + c2;
                h += u"dup"_s;
            } else if (insertion) {
                h += u'_' + c2 + u"ins"_s + namedAlt;
            } else {
                if (c1 != c2)
                    h += u'_' + c2;
                // HGVS names a replacement by the reverse complement of at least two bases an inversion.
                const bool inversion = named->ref.size() >= 2 && named->alt == reverseComplement(named->ref);
                h += named->alt.isEmpty() ? u"del"_s : inversion ? u"inv"_s : u"delins"_s + namedAlt;
            }
        }
    }
    if (a.region == Place::Region::Exon)
        p.exon = t.exonText(a.exon);
    else if (b.region == Place::Region::Exon)
        p.exon = t.exonText(b.exon);
    else
        p.intron = t.intronText(a.exon);

    // Not wholly within one exon: splice sites, introns, exon boundaries.
    if (!sameExon) {
        QString worst = u"intron_variant"_s;
        for (const Place& q : {a, b}) {
            const QString term = t.regionTerm(q);
            if (severity(term) < severity(worst))
                worst = term;
        }
        // A deletion across an exon boundary removes the splice site between.
        if (!insertion && (a.region != b.region || a.exon != b.exon)) {
            worst = u"splice_acceptor_variant"_s;
            if (a.region == Place::Region::Exon && b.region == Place::Region::Intron && b.offset > 0)
                worst = u"splice_donor_variant"_s;
            else if (a.region == Place::Region::Intron && a.offset > 0)
                worst = u"splice_donor_variant"_s;
        }
        if (insertion && a.region != b.region) {
            worst = u"splice_region_variant"_s; // between the last exon base and the intron
        } else if (insertion) {
            // An insertion lies in a zone only when both its neighbours do (as VEP): the milder term.
            const QString ta = t.regionTerm(a), tb = t.regionTerm(b);
            worst = severity(ta) > severity(tb) ? ta : tb;
            // Between the two bases of a splice site: with the reference, an insertion that leaves
            // the dinucleotide next to the exon as it was keeps the site.
            const bool acceptor = worst == u"splice_acceptor_variant", donor = worst == u"splice_donor_variant";
            if (genome && (acceptor || donor) && !altTx.isEmpty()) {
                // Transcript-orientation base at -2 (acceptor; the insertion's 5' neighbour) or +2 (donor; its 3'
                // neighbour).
                const qint64 g = (acceptor != m.minus) ? v.start - 1 : v.start;
                const QByteArray base = genome->fetch(chrom, g - 1, g);
                const QString b2 = m.minus ? reverseComplement(QString::fromLatin1(base)) : QString::fromLatin1(base);
                if (b2.size() == 1 && (acceptor ? altTx.back() : altTx.front()) == b2.front())
                    worst = u"splice_region_variant"_s;
            }
        }
        p.consequence = worst;
        return p;
    }

    // Within one exon, outside the CDS (UTR).
    const qint64 n1 = t.cds(a), n2 = t.cds(b);
    if (insertion && (n1 == 0) != (n2 == 0)) {
        // Between the CDS and a UTR: the coding sequence and its stop codon stay whole.
        p.consequence = t.regionTerm(n1 == 0 ? a : b);
        return p;
    }
    if (n1 == 0 || n2 == 0) {
        p.consequence = n1 == 0 && n2 == 0 ? t.regionTerm(a) : u"coding_sequence_variant"_s;
        if (p.consequence == u"coding_sequence_variant")
            p.note = Messages::tr("the change spans the start or the end of the coding sequence");
        return p;
    }
    const bool spliceRegion = t.nearExonEdge(a) || t.nearExonEdge(b);

    if (!seq.isEmpty()) {
        // Translated from the reference: the protein change is known.
        const ProteinEffect e = translateChange(m, seq, a.tx, b.tx, insertion, altTx.toLatin1());
        p.consequence = e.consequence;
        p.hgvsp = e.hgvsp;
        p.note = e.note;
        p.proteinPosition = e.position;
        if (e.refResidue)
            p.refResidue = QChar::fromLatin1(e.refResidue);
        if (spliceRegion && severity(p.consequence) > spliceRegionSeverity)
            p.consequence = u"splice_region_variant"_s;
        return p;
    }

    // In the CDS: codon, reference residue from the protein when the model fits it.
    const QByteArray protein = proteins.sequence(m.gene.toUpper());
    const qint64 cdsLength = m.codingBases;
    // The bundled protein is the MANE Select one: only a MANE Select model numbers its residues.
    const bool proteinFits =
        !protein.isEmpty() && m.maneSelect && cdsLength % 3 == 0 && protein.size() == cdsLength / 3 - 1;
    auto residue = [&](qint64 codon) -> char {
        if (!proteinFits || codon < 1)
            return 0;
        if (codon == protein.size() + 1)
            return '*';
        return codon <= protein.size() ? protein[codon - 1] : 0;
    };
    const qint64 codon1 = (n1 - 1) / 3 + 1;
    const qint64 codonAfter = insertion ? (n2 - 1) / 3 + 1 : codon1;
    p.proteinPosition = int(insertion ? codonAfter : codon1);
    if (const char r = residue(p.proteinPosition))
        p.refResidue = QChar::fromLatin1(r);
    const QString unknownProtein =
        protein.isEmpty() ? Messages::tr("no protein sequence of %1 is bundled").arg(m.gene)
                          : Messages::tr("the bundled protein of %1 does not fit this transcript model").arg(m.gene);

    const qsizetype net = v.alt.size() - v.ref.size();
    if (net % 3 != 0) {
        p.consequence = u"frameshift_variant"_s;
        p.note = Messages::tr("frameshift from codon %1: the first changed residue and the new reading frame need "
                              "the reference sequence")
                     .arg(p.proteinPosition);
    } else if (!insertion && v.alt.isEmpty()) {
        p.consequence = u"inframe_deletion"_s;
        const qint64 codon2 = n2 / 3;
        if ((n1 - 1) % 3 == 0 && proteinFits && codon2 <= protein.size()) {
            // Whole codons: the residues removed are the protein's; HGVS names the 3'-most copy.
            p.hgvsp = u"p."_s + shiftedRange(protein, codon1, codon2) + u"del"_s;
        } else {
            p.note = (n1 - 1) % 3 != 0 ? Messages::tr("an in-frame deletion within codons: the residues it leaves "
                                                      "need the reference sequence")
                                       : unknownProtein;
        }
    } else if (insertion) {
        p.consequence = u"inframe_insertion"_s;
        const QString peptide = translate(altTx);
        if (n1 % 3 == 0 && proteinFits && codon1 <= protein.size()) {
            const qint64 k = n1 / 3; // inserted after codon k
            const qint64 len = peptide.size();
            if (peptide.contains(u'*')) {
                p.consequence = u"stop_gained"_s;
                p.note = Messages::tr("an insertion that brings a stop codon after codon %1").arg(k);
            } else if (k >= len && QString::fromLatin1(protein.mid(k - len, len)) == peptide) {
                p.hgvsp = u"p."_s + shiftedRange(protein, k - len + 1, k) + u"dup"_s;
            } else if (k < protein.size()) {
                p.hgvsp = u"p.%1%2_%3%4ins%5"_s.arg(QChar::fromLatin1(protein[k - 1]))
                              .arg(k)
                              .arg(QChar::fromLatin1(protein[k]))
                              .arg(k + 1)
                              .arg(peptide);
            }
        } else {
            p.note = n1 % 3 != 0 ? Messages::tr("an in-frame insertion within a codon: the residues it gives need "
                                                "the reference sequence")
                                 : unknownProtein;
        }
    } else if (v.ref.size() == v.alt.size() && (n1 - 1) / 3 == (n2 - 1) / 3) {
        // Substitution within one codon.
        std::vector<std::pair<int, std::pair<char, char>>> changes;
        for (qsizetype i = 0; i < refTx.size(); ++i)
            if (refTx[i] != altTx[i])
                changes.push_back({int((n1 - 1 + i) % 3), {refTx[i].toLatin1(), altTx[i].toLatin1()}});
        const char refAa = residue(codon1);
        if (!refAa) {
            // Without the residue, the genetic code alone can still tell: a change of the middle base
            // is never synonymous, and only some first-base changes can be.
            bool synonymous = false, stop = false, any = false;
            for (int code = 0; code < 64; ++code) {
                char codon[3] = {bases[code / 16], bases[code / 4 % 4], bases[code % 4]};
                const char aa = translate(codon);
                bool fits = aa != '*'; // a sense codon inside the CDS
                for (const auto& [phase, change] : changes)
                    fits = fits && codon[phase] == change.first;
                if (!fits)
                    continue;
                for (const auto& [phase, change] : changes)
                    codon[phase] = change.second;
                const char altAa = translate(codon);
                any = true;
                synonymous = synonymous || altAa == aa;
                stop = stop || altAa == '*';
            }
            p.consequence = !any || synonymous ? u"coding_sequence_variant"_s
                            : stop             ? u"protein_altering_variant"_s
                                               : u"missense_variant"_s;
            p.note = unknownProtein
                     + (p.consequence == u"missense_variant"
                            ? Messages::tr(": a missense change at codon %1 (no codon with these bases gives a "
                                           "synonymous or stop codon); the residues need the reference sequence")
                                  .arg(codon1)
                        : p.consequence == u"protein_altering_variant"
                            ? Messages::tr(": codon %1 changes (missense or stop; never synonymous), which needs the "
                                           "reference codon")
                                  .arg(codon1)
                            : Messages::tr(": codon %1 may change or stay synonymous, which needs the reference codon")
                                  .arg(codon1));
        } else {
            bool fits = false;
            const QString alts = possibleResidues(refAa, changes, &fits);
            const QChar ref = QChar::fromLatin1(refAa);
            if (!fits) {
                p.consequence = u"coding_sequence_variant"_s;
                p.refMismatch = true;
                p.note = Messages::tr("the reference base cannot encode %1%2 of %3: another genome build or "
                                      "transcript?")
                             .arg(residueName(ref))
                             .arg(codon1)
                             .arg(m.gene);
            } else if (codon1 == 1 && refAa == 'M') {
                p.consequence = u"start_lost"_s;
                p.hgvsp = u"p.M1?"_s;
            } else if (alts.size() == 1) {
                const QChar alt = alts.front();
                if (alt == ref) {
                    p.consequence = refAa == '*' ? u"stop_retained_variant"_s : u"synonymous_variant"_s;
                    p.hgvsp = u"p.%1%2="_s.arg(residueName(ref)).arg(codon1);
                } else if (alt == u'*') {
                    p.consequence = u"stop_gained"_s;
                    p.hgvsp = u"p.%1%2*"_s.arg(residueName(ref)).arg(codon1);
                } else if (refAa == '*') {
                    p.consequence = u"stop_lost"_s;
                    p.note = Messages::tr("a stop codon lost: the extension needs the reference sequence");
                } else {
                    p.consequence = u"missense_variant"_s;
                    p.hgvsp = u"p.%1%2%3"_s.arg(residueName(ref)).arg(codon1).arg(alt);
                }
            } else {
                const bool allMissense = !alts.contains(ref) && !alts.contains(u'*') && refAa != '*';
                const bool allStop = !alts.contains(ref) && alts == u"*"_s;
                p.consequence = allMissense ? u"missense_variant"_s
                                : allStop   ? u"stop_gained"_s
                                            : u"coding_sequence_variant"_s;
                QStringList names;
                for (const QChar c : alts)
                    names << (c == ref ? Messages::tr("%1 (synonymous)").arg(residueName(c)) : residueName(c));
                p.note = Messages::tr("%1%2 becomes one of %3: which one needs the reference codon")
                             .arg(residueName(ref))
                             .arg(codon1)
                             .arg(names.join(u", "_s));
            }
        }
    } else {
        p.consequence = u"protein_altering_variant"_s;
        if (v.ref.size() == v.alt.size())
            p.consequence = u"coding_sequence_variant"_s; // several codons substituted: the effect is open
        p.note = Messages::tr("a change across codons %1-%2: the residues it gives need the reference sequence")
                     .arg(codon1)
                     .arg((n2 - 1) / 3 + 1);
    }
    if (spliceRegion && severity(p.consequence) > spliceRegionSeverity)
        p.consequence = u"splice_region_variant"_s;
    return p;
}

/**
 * A variant outside every modelled transcript: named after the gene whose extent holds it (another
 * isoform of a coding gene, or a non-coding gene), without an effect the models cannot tell;
 * else intergenic.
 */
EffectPrediction outsideModels(const QString& chrom,
                               qint64 pos,
                               qint64 end,
                               const TranscriptModels& models,
                               const std::vector<const TranscriptModel*>& near)
{
    EffectPrediction p;
    // A non-coding transcript the models hold (a GFF3 of the lab's own): in one of its exons or not.
    for (const TranscriptModel* m : near) {
        if (m->coding() || m->txStart >= end || m->txEnd < pos)
            continue;
        const bool exonic = std::any_of(
            m->exons.cbegin(), m->exons.cend(), [&](const auto& e) { return e.first < end && e.second >= pos; });
        if (exonic || p.gene.isEmpty()) {
            p.gene = m->gene;
            p.transcript = m->refseq.isEmpty() ? m->ensembl : m->refseq;
            p.model = m->source;
            p.consequence = exonic ? u"non_coding_transcript_exon_variant"_s : u"non_coding_transcript_variant"_s;
        }
        if (exonic)
            return p;
    }
    if (!p.gene.isEmpty())
        return p;
    const GeneSpan* g = models.spanAt(chrom, pos, end);
    if (!g) {
        p.consequence = u"intergenic_variant"_s;
        return p;
    }
    p.gene = g->gene;
    p.model = Messages::tr("refGene gene extent");
    if (g->coding) {
        p.note = Messages::tr("within the extent of %1's refGene isoforms but outside its modelled transcript: the "
                              "effect on the other isoforms is not predicted")
                     .arg(g->gene);
    } else {
        p.consequence = u"non_coding_transcript_variant"_s;
        p.note = Messages::tr("in the non-coding gene %1 (refGene): whether in an exon or an intron is not modelled")
                     .arg(g->gene);
    }
    return p;
}

} // namespace

std::optional<EffectPrediction> EffectPredictor::predict(const QString& chrom,
                                                         qint64 pos,
                                                         const QString& ref,
                                                         const QString& alt,
                                                         const TranscriptModels& models,
                                                         const ProteinSequences& proteins,
                                                         const ReferenceGenome* genome)
{
    // Most variants of a genome lie far from any transcript: look before trimming the alleles.
    thread_local std::vector<const TranscriptModel*> near;
    models.near(chrom, pos, pos + std::max<qsizetype>(ref.size(), 1), flank, near);
    if (std::none_of(near.cbegin(), near.cend(), [](const TranscriptModel* m) { return m->coding(); })) {
        const QStringView r = ref == u"-" ? QStringView() : QStringView(ref);
        const QStringView a = alt == u"-" ? QStringView() : QStringView(alt);
        if (!isBasesAnyCase(r) || !isBasesAnyCase(a)
            || (r.size() == a.size() && r.compare(a, Qt::CaseInsensitive) == 0))
            return std::nullopt;
        // The changed bases, not the anchor base an indel keeps.
        const auto changed = trim(pos, ref, alt);
        const qint64 first = changed ? changed->start : pos;
        const qint64 last = changed ? first + std::max<qsizetype>(changed->ref.size(), 1) - 1
                                    : pos + std::max<qsizetype>(r.size(), 1) - 1;
        return outsideModels(chrom, first, last, models, near);
    }
    const auto v = trim(pos, ref, alt);
    if (!v)
        return std::nullopt;
    // With the reference, an indel in a repeat is placed as VCF normalisation does (leftmost) for
    // its consequence, and named at its 3'-most place in HGVS.
    const Alleles left = genome ? align(*v, chrom, *genome, true) : *v;
    const Alleles right = genome ? align(*v, chrom, *genome, false) : *v;
    const qint64 end = left.ref.isEmpty() ? left.start : left.start + left.ref.size() - 1;
    std::optional<EffectPrediction> best;
    int bestRank = 0;
    for (const TranscriptModel* m : near) {
        // The models near the untrimmed alleles; those near the changed bases count.
        if (!m->coding() || m->txStart >= std::max(end, right.start) + flank || m->txEnd <= left.start - 1 - flank)
            continue;
        EffectPrediction p = genome
                                 ? onTranscript(Transcript(*m), left, m->minus ? left : right, chrom, proteins, genome)
                                 : onTranscript(Transcript(*m), *v, *v, chrom, proteins, nullptr);
        // Most severe first; then a MANE Select model; then the genome order of the models.
        const int rank = severity(p.consequence) * 2 + (m->maneSelect ? 0 : 1);
        if (!best || rank < bestRank) {
            best = std::move(p);
            bestRank = rank;
        }
    }
    if (!best)
        best = outsideModels(chrom, left.start, end, models, near);
    return best;
}

qint64 EffectPredictor::annotate(Case& c, const ReferenceGenome* genome)
{
    auto unannotated = [](const Alteration& a) {
        const AlterationDetail* d = a.detailOrNull();
        return !d || (d->consequence.isEmpty() && d->hgvsp.isEmpty() && d->hgvsc.isEmpty());
    };
    qint64 candidates = 0;
    for (const Alteration& a : c.alterations)
        candidates += isSmallVariant(a.kind) && unannotated(a) ? 1 : 0;
    if (genome)
        c.referenceGenome = genome->path();
    if (candidates == 0 && !genome)
        return 0;
    if (c.genome == GenomeBuild::Unknown) {
        if (candidates > 0)
            c.addIssue(InputIssue{InputIssue::Severity::Warning,
                                  c.inputs.value(0),
                                  0,
                                  Messages::tr("%n small variant(s) carry no functional annotation and the genome "
                                               "build is not known: gene, consequence and protein change cannot be "
                                               "predicted (give the build: --genome GRCh37 or GRCh38)",
                                               nullptr,
                                               int(std::min<qint64>(candidates, INT_MAX)))});
        if (!genome)
            return 0;
    }
    const TranscriptModels& models = TranscriptModels::bundled(c.genome);
    const ProteinSequences& proteins = ProteinSequences::bundled();
    constexpr int maxWarnings = 20;

    // The variants are independent: annotated in chunks on all cores, each chunk with its own
    // texts and warnings, merged in input order afterwards.
    struct Chunk
    {
        qsizetype begin = 0, end = 0;
        qint64 annotated = 0;
        qint64 refMismatches = 0, offReference = 0;
        std::vector<InputIssue> warnings;
    };
    constexpr qsizetype chunkSize = 16384;
    std::vector<Chunk> chunks;
    const auto total = qsizetype(c.alterations.size());
    for (qsizetype i = 0; i < total; i += chunkSize)
        chunks.push_back(Chunk{i, std::min(i + chunkSize, total), 0, 0, 0, {}});
    auto run = [&](Chunk& chunk) {
        // Keyed by the model's accession string, which lives as long as the bundled models.
        QHash<QPair<quintptr, int>, QString> sources;
        ReferenceWindow window; // the chunk's records are sorted: one read serves many
        for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
            Alteration& a = c.alterations[size_t(i)];
            if (!isSmallVariant(a.kind))
                continue;
            auto warn = [&](const QString& text) {
                if (chunk.warnings.size() < maxWarnings)
                    chunk.warnings.push_back(
                        InputIssue{InputIssue::Severity::Warning, c.inputPath(a.origin), a.origin.line, text});
            };
            // REF against the laboratory's reference: a mismatch means another build or reference.
            QString refNote;
            if (genome && !a.ref.isEmpty() && a.ref != u"-") {
                const QByteArray want = a.ref.toUpper().toLatin1();
                const QByteArray have = window.bases(*genome, a.chrom, a.pos - 1, want.size());
                bool same = have.size() == want.size();
                for (qsizetype k = 0; same && k < want.size(); ++k)
                    same = want[k] == have[k] || want[k] == 'N' || have[k] == 'N';
                if (have.isEmpty()) {
                    ++chunk.offReference;
                    refNote = Messages::tr("%1:%2 is not in the reference genome %3")
                                  .arg(a.chrom)
                                  .arg(a.pos)
                                  .arg(QFileInfo(genome->path()).fileName());
                    warn(refNote);
                } else if (!same) {
                    ++chunk.refMismatches;
                    refNote = Messages::tr("REF %1 at %2:%3 differs from the reference genome's %4: another genome "
                                           "build or reference? The protein change is not stated")
                                  .arg(a.ref, a.chrom)
                                  .arg(a.pos)
                                  .arg(QString::fromLatin1(have));
                    warn(refNote);
                }
            }
            if (!unannotated(a) || models.size() == 0)
                continue;
            auto p = predict(a.chrom, a.pos, a.ref, a.alt, models, proteins, refNote.isEmpty() ? genome : nullptr);
            if (!p || p->gene.isEmpty())
                continue;
            if (!refNote.isEmpty()) {
                p->hgvsp.clear();
                p->refMismatch = false; // already warned
                p->note = refNote;
            }
            const AlterationDetail* old = a.detailOrNull();
            if (old && !old->gene.isEmpty() && old->gene.compare(p->gene, Qt::CaseInsensitive) != 0)
                continue; // the input names another gene: its annotation is not ours to complete
            AlterationDetail& d = a.detail();
            int filled = 0; // bit i: fieldNames[i] was filled
            auto fill = [&](QString& field, QString& value, int bit) {
                if (field.isEmpty() && !value.isEmpty()) {
                    field = std::move(value);
                    filled |= 1 << bit;
                }
            };
            fill(d.gene, p->gene, 0);
            fill(d.transcript, p->transcript, 1);
            fill(d.exon, p->exon, 2);
            fill(d.intron, p->intron, 3);
            fill(d.consequence, p->consequence, 4);
            fill(d.hgvsc, p->hgvsc, 5);
            fill(d.hgvsp, p->hgvsp, 6);
            d.extra().ensemblTranscript = std::move(p->ensembl);
            d.extra().proteinPosition = p->proteinPosition;
            d.extra().refResidue = p->refResidue;
            // One shared text per model and set of fields (a million variants, a few hundred texts).
            QString& source = sources[{quintptr(d.transcript.constData()), filled}];
            if (source.isNull()) {
                static const char16_t* const fieldNames[] = {
                    u"gene", u"transcript", u"exon", u"intron", u"consequence", u"hgvsc", u"hgvsp"};
                QStringList names;
                for (int bit = 0; bit < 7; ++bit)
                    if (filled & (1 << bit))
                        names << QString::fromUtf16(fieldNames[bit]);
                source =
                    d.transcript.isEmpty() ? Messages::tr("OncoBoard (%1): %2").arg(p->model, names.join(u", "_s))
                    : genome
                        ? Messages::tr("OncoBoard (%1 %2 model, reference genome): %3")
                              .arg(p->model, d.transcript, names.join(u", "_s))
                        : Messages::tr("OncoBoard (%1 %2 model): %3").arg(p->model, d.transcript, names.join(u", "_s));
            }
            d.extra().effectSource = source;
            ++chunk.annotated;
            if (p->refMismatch)
                warn(p->note);
            d.extra().effectNote = std::move(p->note);
        }
    };
    if (chunks.size() == 1) {
        run(chunks.front());
    } else {
        // The pool's threads write their notes in the caller's language.
        const bool english = SourceLanguageScope::active();
        QtConcurrent::blockingMap(chunks, [&run, english](Chunk& chunk) {
            std::optional<SourceLanguageScope> scope;
            if (english)
                scope.emplace();
            run(chunk);
        });
    }

    qint64 annotated = 0, refMismatches = 0, offReference = 0;
    int warnings = 0;
    for (Chunk& chunk : chunks) {
        annotated += chunk.annotated;
        refMismatches += chunk.refMismatches;
        offReference += chunk.offReference;
        for (InputIssue& issue : chunk.warnings)
            if (++warnings <= maxWarnings)
                c.addIssue(std::move(issue));
    }
    if (refMismatches + offReference > 0)
        c.addIssue(InputIssue{
            InputIssue::Severity::Warning,
            c.inputs.value(0),
            0,
            Messages::tr("%L1 variant(s) whose REF differs from the reference genome %2 and %L3 outside it: is it the "
                         "build the variants were called on?")
                .arg(refMismatches)
                .arg(QFileInfo(genome->path()).fileName())
                .arg(offReference)});
    return annotated;
}

EffectPredictor::AnnotationSummary EffectPredictor::summarize(const Case& c)
{
    AnnotationSummary s;
    s.buildUnknown = c.genome == GenomeBuild::Unknown;
    s.referenceGenome = c.referenceGenome;
    for (const Alteration& a : c.alterations) {
        if (!isSmallVariant(a.kind))
            continue;
        const AlterationDetail* d = a.detailOrNull();
        if (d && !d->extra().effectSource.isEmpty())
            ++s.predicted;
        else if (d && (!d->consequence.isEmpty() || !d->hgvsp.isEmpty() || !d->hgvsc.isEmpty()))
            ++s.fromInput;
        else
            ++s.notAnnotated;
    }
    return s;
}

QString EffectPredictor::AnnotationSummary::text() const
{
    if (fromInput == 0 && predicted == 0 && notAnnotated > 0 && buildUnknown)
        return Messages::tr("none: the inputs carry no functional annotation and the genome build is not known, so "
                            "gene, consequence and protein change of %n small variant(s) cannot be predicted",
                            nullptr,
                            int(std::min<qint64>(notAnnotated, INT_MAX)));
    QStringList parts;
    if (fromInput > 0)
        parts << Messages::tr("%L1 from the input").arg(fromInput);
    if (predicted > 0 && !referenceGenome.isEmpty())
        parts << Messages::tr("%L1 predicted by OncoBoard from MANE Select transcript models and translated with the "
                              "reference genome %2")
                     .arg(predicted)
                     .arg(QFileInfo(referenceGenome).fileName());
    else if (predicted > 0)
        parts << Messages::tr("%L1 predicted by OncoBoard from MANE Select transcript models, without the reference "
                              "genome (a protein change only where the data determine it)")
                     .arg(predicted);
    if (notAnnotated > 0)
        parts << Messages::tr("%L1 not annotated (intergenic or no model)").arg(notAnnotated);
    return parts.join(u"; "_s);
}

} // namespace onco
