#include "DiplotypeCaller.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::DiplotypeCaller)
};

using NamedAllele = PgxDefinitions::NamedAllele;

/** Phasings tried: 2^(heterozygous alleles - 1); more alleles than this fit no phasing (DPYD: the fallback). */
constexpr size_t maxPhasedAlleles = 12;

/** Lower is the more cautious phenotype (less drug-metabolising activity). */
int phenotypeRank(const QString& phenotype)
{
    if (phenotype.isEmpty())
        return 7;
    if (phenotype.startsWith(u"Poor"))
        return 0;
    if (phenotype.startsWith(u"Intermediate"))
        return 1;
    if (phenotype.startsWith(u"Possible Intermediate"))
        return 2;
    if (phenotype.startsWith(u"Indeterminate"))
        return 3;
    if (phenotype.startsWith(u"Normal"))
        return 5;
    return 6; // Rapid, Ultrarapid, Increased
}

/** Lower is less function. */
int functionRank(const QString& function)
{
    if (function == u"No function")
        return 0;
    if (function.startsWith(u"Decreased"))
        return 1;
    if (function == u"Normal function")
        return 3;
    if (function.startsWith(u"Increased"))
        return 4;
    return 2; // Uncertain, Unknown, not in the table
}

double activityOf(const NamedAllele& allele)
{
    bool ok = false;
    const double value = allele.activityValue.toDouble(&ok);
    return ok ? value : 1.0;
}

/** The named alleles whose definition is exactly this haplotype (positions not in it are reference). */
std::vector<int> matchHaplotype(const PgxDefinitions::Gene& gene, const QHash<int, QString>& hap)
{
    std::vector<int> out;
    for (int n = 0; n < int(gene.alleles.size()); ++n) {
        const NamedAllele& allele = gene.alleles[size_t(n)];
        bool fits = true;
        for (const auto& [index, bases] : allele.definition)
            fits = fits && hap.value(index, gene.variants[size_t(index)].ref) == bases;
        for (auto it = hap.cbegin(); fits && it != hap.cend(); ++it)
            fits = std::any_of(allele.definition.begin(), allele.definition.end(), [&](const auto& entry) {
                return entry.first == it.key();
            });
        if (fits)
            out.push_back(n);
    }
    return out;
}

bool isDpyd(const PgxDefinitions::Gene& gene)
{
    return gene.name == u"DPYD";
}

} // namespace

/** A diplotype that fits one phasing. */
struct DiplotypeCaller::Candidate
{
    int a = -1; ///< named allele of the first chromosome
    int b = -1;
    int score = 0;
    const PgxDefinitions::Diplotype* row = nullptr;
    bool split = false;    ///< heterozygous alleles on both chromosomes
    std::vector<int> side; ///< per input allele: 0 = first chromosome, 1 = second, 2 = both

    QString phenotype() const
    {
        return row ? row->phenotype : QString();
    }
    QString name(const PgxDefinitions::Gene& gene) const
    {
        return row ? row->name : gene.alleles[size_t(a)].name + u'/' + gene.alleles[size_t(b)].name;
    }
};

QString DiplotypeCaller::Call::summary() const
{
    if (!derived)
        return Messages::tr("no diplotype");
    QString text = diplotype + u": "_s + (phenotype.isEmpty() ? Messages::tr("no phenotype in the table") : phenotype);
    if (!activityScore.isEmpty())
        text += Messages::tr(" (activity score %1)").arg(activityScore);
    return text;
}

DiplotypeCaller::DiplotypeCaller(const PgxDefinitions::Gene& gene)
    : m_gene(gene)
{
}

std::vector<DiplotypeCaller::Candidate> DiplotypeCaller::candidates(const std::vector<Allele>& alleles) const
{
    std::vector<size_t> het;
    for (size_t j = 0; j < alleles.size(); ++j)
        if (alleles[j].zygosity != Zygosity::Homozygous)
            het.push_back(j);
    std::vector<Candidate> out;
    if (het.size() > maxPhasedAlleles)
        return out;
    const quint32 phasings = het.empty() ? 1u : 1u << (het.size() - 1);
    for (quint32 mask = 0; mask < phasings; ++mask) {
        QHash<int, QString> hap[2];
        std::vector<int> side(alleles.size(), 2);
        bool valid = true;
        const auto put = [&](int h, size_t j) {
            if (hap[h].contains(alleles[j].variant))
                valid = false; // two alleles of one position on one chromosome
            hap[h].insert(alleles[j].variant, alleles[j].bases);
        };
        for (size_t j = 0; j < alleles.size(); ++j) {
            if (alleles[j].zygosity != Zygosity::Homozygous)
                continue;
            put(0, j);
            put(1, j);
        }
        for (size_t h = 0; h < het.size(); ++h) {
            // The first heterozygous allele always goes to the first chromosome: the mirror image is the same.
            const int to = h == 0 ? 0 : int((mask >> (h - 1)) & 1u);
            put(to, het[h]);
            side[het[h]] = to;
        }
        if (!valid)
            continue;
        const bool split = std::find(side.begin(), side.end(), 0) != side.end()
                           && std::find(side.begin(), side.end(), 1) != side.end();
        for (const int a : matchHaplotype(m_gene, hap[0]))
            for (const int b : matchHaplotype(m_gene, hap[1])) {
                const bool known = std::any_of(out.begin(), out.end(), [&](const Candidate& o) {
                    return (o.a == a && o.b == b) || (o.a == b && o.b == a);
                });
                if (known)
                    continue;
                const NamedAllele& first = m_gene.alleles[size_t(a)];
                const NamedAllele& second = m_gene.alleles[size_t(b)];
                out.push_back(Candidate{
                    a, b, first.score + second.score, m_gene.diplotype(first.name, second.name), split, side});
            }
    }
    std::sort(out.begin(), out.end(), [this](const Candidate& x, const Candidate& y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (phenotypeRank(x.phenotype()) != phenotypeRank(y.phenotype()))
            return phenotypeRank(x.phenotype()) < phenotypeRank(y.phenotype());
        return x.name(m_gene) < y.name(m_gene);
    });
    return out;
}

QString DiplotypeCaller::cisAlternative(const Candidate& best) const
{
    // On one chromosome the alleles leave at most the function of the poorer one; the other chromosome is reference.
    const NamedAllele& a = m_gene.alleles[size_t(best.a)];
    const NamedAllele& b = m_gene.alleles[size_t(best.b)];
    const bool aPoorer =
        isDpyd(m_gene) ? activityOf(a) <= activityOf(b) : functionRank(a.function) <= functionRank(b.function);
    const NamedAllele& poorer = aPoorer ? a : b;
    const NamedAllele& reference = m_gene.alleles[size_t(m_gene.reference)];
    const PgxDefinitions::Diplotype* row = m_gene.diplotype(reference.name, poorer.name);
    if (!row)
        return Messages::tr("%1/%2 (not in the phenotype table)").arg(reference.name, poorer.name);
    QString text = row->name + u": "_s + row->phenotype;
    if (!row->activityScore.isEmpty())
        text += Messages::tr(" (activity score %1)").arg(row->activityScore);
    return text;
}

DiplotypeCaller::Call DiplotypeCaller::fill(const Candidate& best) const
{
    Call call;
    call.derived = true;
    call.diplotype = best.name(m_gene);
    call.phenotype = best.phenotype();
    call.activityScore = best.row ? best.row->activityScore : QString();
    const QString nameA = m_gene.alleles[size_t(best.a)].name;
    const QString nameB = m_gene.alleles[size_t(best.b)].name;
    for (const int s : best.side)
        call.alleleNames << (s == 0 ? nameA : s == 1 ? nameB : nameA == nameB ? nameA : nameA + u" and "_s + nameB);
    call.how = Messages::tr("Diplotype: the observed alleles placed on two chromosomes so that each is a PharmCAT "
                            "named allele; the input gives no phase.");
    if (!best.row)
        call.notes << Messages::tr("The PharmCAT phenotype table (data %1) has no phenotype for %2.")
                          .arg(m_gene.version, call.diplotype);
    if (best.split)
        call.notes << Messages::tr("Phase unknown: the heterozygous variants are taken to lie on different "
                                   "chromosomes (in trans), the more cautious reading; in cis the result would be %1.")
                          .arg(cisAlternative(best));
    return call;
}

DiplotypeCaller::Call DiplotypeCaller::dpydFallback(const std::vector<Allele>& alleles) const
{
    Call call;
    std::vector<int> copies;
    for (const Allele& allele : alleles) {
        const int n = m_gene.singularAllele(allele.variant, allele.bases);
        if (n < 0) {
            const QString containing = m_gene.allelesUsing(allele.variant, allele.bases);
            call.notes << Messages::tr("%1 is not a DPYD allele on its own (PharmCAT defines it only as part of %2); "
                                       "it is not counted.")
                              .arg(m_gene.variants[size_t(allele.variant)].rsid, containing);
            call.alleleNames << containing;
            continue;
        }
        call.alleleNames << m_gene.alleles[size_t(n)].name;
        copies.push_back(n);
        if (allele.zygosity == Zygosity::Homozygous)
            copies.push_back(n);
    }
    if (copies.empty())
        return call;
    std::stable_sort(copies.begin(), copies.end(), [this](int x, int y) {
        return activityOf(m_gene.alleles[size_t(x)]) < activityOf(m_gene.alleles[size_t(y)]);
    });
    const QString a = m_gene.alleles[size_t(copies[0])].name;
    const QString b =
        copies.size() > 1 ? m_gene.alleles[size_t(copies[1])].name : m_gene.alleles[size_t(m_gene.reference)].name;
    const PgxDefinitions::Diplotype* row = m_gene.diplotype(a, b);
    call.derived = true;
    call.diplotype = row ? row->name : a + u'/' + b;
    call.phenotype = row ? row->phenotype : QString();
    call.activityScore = row ? row->activityScore : QString();
    call.how = Messages::tr("Diplotype: no pair of named alleles explains every observed variant, so, as CPIC advises "
                            "for unphased DPYD genotypes, the two alleles of lowest activity (%1, %2) are taken to lie "
                            "on different chromosomes.")
                   .arg(a, b);
    if (copies.size() > 2)
        call.notes << Messages::tr("More than two DPYD variant alleles were observed; only the two of lowest activity "
                                   "count for the activity score.");
    return call;
}

DiplotypeCaller::Call DiplotypeCaller::call(const std::vector<Allele>& alleles) const
{
    const std::vector<Candidate> all = candidates(alleles);
    if (all.empty()) {
        if (isDpyd(m_gene))
            return dpydFallback(alleles);
        Call none;
        for (const Allele& allele : alleles)
            none.alleleNames << m_gene.allelesUsing(allele.variant, allele.bases);
        none.notes << Messages::tr("The observed variants do not form PharmCAT named alleles of %1 on two "
                                   "chromosomes; no diplotype or phenotype is derived.")
                          .arg(m_gene.name);
        return none;
    }
    const Candidate& best = all.front();
    Call call = fill(best);
    for (size_t i = 1; i < all.size(); ++i) {
        const Candidate& other = all[i];
        const bool sameResult = other.phenotype() == best.phenotype()
                                && (!other.row || !best.row || other.row->activityScore == best.row->activityScore);
        if (sameResult)
            continue;
        if (other.score == best.score)
            call.notes << Messages::tr("Phase unknown: the genotype fits %1 (%2) as well; the more cautious %3 is "
                                       "reported.")
                              .arg(other.name(m_gene), other.phenotype(), best.phenotype());
        else
            call.notes << Messages::tr("Phase unknown: the genotype also fits %1 (%2); %3 is reported because its "
                                       "named alleles explain the variants with more defined positions (PharmCAT's "
                                       "rule). Confirm the phase if it matters for dosing.")
                              .arg(other.name(m_gene), other.phenotype(), best.name(m_gene));
    }
    return call;
}

} // namespace onco
