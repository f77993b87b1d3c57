#include "Pharmacogenomics.h"

#include "germline/DiplotypeCaller.h"
#include "io/LiftOver.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::Pharmacogenomics)
};

// The VAF rule (see the class comment).
constexpr float hetLow = 0.35f;
constexpr float hetHigh = 0.65f;
constexpr float homLow = 0.85f;
constexpr float somaticNormalVaf = 0.10f;
constexpr qint32 minNormalDepth = 10;

const QString dpyd = u"DPYD"_s;

/** Where a genotype came from, best first. */
enum class Source
{
    NormalGt,
    NormalVaf,
    TumorGt,
    TumorVaf,
    None,
};

Zygosity byVaf(float vaf)
{
    if (vaf >= hetLow && vaf <= hetHigh)
        return Zygosity::Heterozygous;
    if (vaf >= homLow)
        return Zygosity::Homozygous;
    return Zygosity::Unknown;
}

QString vafRule(float vaf)
{
    switch (byVaf(vaf)) {
    case Zygosity::Heterozygous:
        return Messages::tr("%1-%2 read as heterozygous").arg(hetLow).arg(hetHigh);
    case Zygosity::Homozygous:
        return Messages::tr(">= %1 read as homozygous").arg(homLow);
    default:
        return Messages::tr("neither %1-%2 (heterozygous) nor >= %3 (homozygous): zygosity unknown")
            .arg(hetLow)
            .arg(hetHigh)
            .arg(homLow);
    }
}

QString vafText(float vaf)
{
    return QString::number(double(vaf), 'f', 2);
}

} // namespace

/** A defined allele seen among the case's variants, with its genotype. */
struct Pharmacogenomics::Observed
{
    qint32 alteration = -1;
    int variant = -1;
    QString allele;
    Zygosity zygosity = Zygosity::Unknown;
    Source source = Source::None;
    QString method;
    QStringList caveats;
    bool somatic = false; ///< absent from the normal: not a germline allele
};

namespace {

using Gene = PgxDefinitions::Gene;
using NamedAllele = PgxDefinitions::NamedAllele;

} // namespace

Pharmacogenomics::Pharmacogenomics(PgxDefinitions definitions)
    : m_defs(std::move(definitions))
{
}

const Pharmacogenomics& Pharmacogenomics::bundled()
{
    // A function-local static is initialised exactly once, even with concurrent first calls.
    static const Pharmacogenomics instance = [] {
        auto loaded = PgxDefinitions::load(u":/oncoboard/pgx"_s, LiftOver::grch38ToGrch37());
        if (!loaded) {
            qWarning().noquote()
                << Messages::tr("pharmacogenomic definitions unavailable: %1").arg(loaded.error().toString());
            return Pharmacogenomics(PgxDefinitions());
        }
        return Pharmacogenomics(std::move(loaded).value());
    }();
    return instance;
}

PgxFinding Pharmacogenomics::assessGene(const Case& c, int geneIndex, std::vector<Observed> observed) const
{
    const Gene& gene = m_defs.genes()[size_t(geneIndex)];
    const int build = c.genome == GenomeBuild::GRCh37 ? 0 : 1;
    std::sort(observed.begin(), observed.end(), [](const Observed& x, const Observed& y) {
        return x.variant != y.variant ? x.variant < y.variant : x.allele < y.allele;
    });

    PgxFinding finding;
    finding.gene = gene.name;
    std::vector<size_t> germline;
    bool fromTumor = false;
    for (size_t i = 0; i < observed.size(); ++i) {
        const Observed& o = observed[i];
        const PgxDefinitions::Variant& variant = gene.variants[size_t(o.variant)];
        PgxObservation out;
        out.alteration = o.alteration;
        out.rsid = variant.rsid;
        out.zygosity = o.somatic ? Zygosity::Absent : o.zygosity;
        out.zygosityMethod = o.method;
        // DPYD alleles are named by their cDNA change ("c.1905+1G>A (*2A)"); otherwise the input's HGVS, else
        // the genomic HGVS of the definition.
        const int singular = gene.singularAllele(o.variant, o.allele);
        const QString singularName = singular >= 0 ? gene.alleles[size_t(singular)].name : QString();
        const QString hgvsc = c.alterations[size_t(o.alteration)].hgvsc();
        if (singularName.startsWith(u"c."))
            out.variant = singularName.section(u" ("_s, 0, 0);
        else if (!hgvsc.isEmpty())
            out.variant = hgvsc;
        else
            out.variant = variant.hgvs.value(o.allele);
        if (out.variant.isEmpty())
            out.variant = u"%1:%2 %3>%4 (GRCh38)"_s.arg(gene.chromosome).arg(variant.pos[1]).arg(variant.ref, o.allele);
        finding.caveats << o.caveats;
        if (o.somatic) {
            out.allele = gene.allelesUsing(o.variant, o.allele);
            finding.caveats << Messages::tr("%1 (%2) is not in the normal sample: a somatic change, which does not "
                                            "count for the germline diplotype.")
                                   .arg(out.variant, variant.rsid);
        } else {
            germline.push_back(i);
            fromTumor = fromTumor || o.source == Source::TumorGt || o.source == Source::TumorVaf;
        }
        finding.observed.push_back(out);
    }

    const qsizetype positions = qsizetype(gene.variants.size()) - (build == 0 ? gene.unliftedPositions : 0);
    QSet<int> germlinePositions;
    QSet<int> somaticPositions;
    for (size_t i = 0; i < observed.size(); ++i)
        (observed[i].somatic ? somaticPositions : germlinePositions).insert(observed[i].variant);
    somaticPositions.subtract(germlinePositions);
    QString method =
        Messages::tr("Small variants of the input matched to the %1 defined positions of the PharmCAT %2 "
                     "allele definitions (data %3%4).")
            .arg(positions)
            .arg(gene.name, gene.version, build == 0 ? Messages::tr(", lifted from GRCh38 to GRCh37") : QString());
    method += u' '
              + Messages::tr("Positions with a germline allele of the case: %1; not reported by the input and assumed "
                             "reference: %2.")
                    .arg(germlinePositions.size())
                    .arg(positions - germlinePositions.size() - somaticPositions.size());
    if (!somaticPositions.isEmpty())
        method += u' '
                  + Messages::tr("Positions with a somatic variant only, taken as reference in germline DNA: %1.")
                        .arg(somaticPositions.size());
    if (build == 0 && gene.unliftedPositions > 0)
        method += u' '
                  + Messages::tr("%1 defined positions could not be lifted to GRCh37 and were not examined.")
                        .arg(gene.unliftedPositions);
    finding.caveats << Messages::tr("Defined positions not reported by the input were assumed reference; a somatic or "
                                    "tumor-only call set often leaves out germline variants, so other %1 alleles are "
                                    "not excluded.")
                           .arg(gene.name);
    if (fromTumor)
        finding.caveats << Messages::tr("The genotype was read from tumor DNA, whose allele fractions tumor purity, "
                                        "copy-number change and loss of heterozygosity distort: confirm on germline "
                                        "DNA before dosing.");

    std::vector<DiplotypeCaller::Allele> alleles;
    std::vector<size_t> unknown;
    for (const size_t i : germline) {
        alleles.push_back({observed[i].variant, observed[i].allele, observed[i].zygosity});
        if (observed[i].zygosity == Zygosity::Unknown)
            unknown.push_back(i);
    }

    const DiplotypeCaller caller(gene);
    if (germline.empty()) {
        method += u' ' + Messages::tr("No germline allele observed: no diplotype is derived.");
    } else if (!unknown.empty()) {
        // Never state a genotype that was not read: give what each zygosity would mean instead.
        QStringList names;
        for (const size_t i : unknown)
            names << finding.observed[i].variant;
        const auto scenario = [&](Zygosity z) {
            std::vector<DiplotypeCaller::Allele> assumed = alleles;
            for (DiplotypeCaller::Allele& each : assumed)
                if (each.zygosity == Zygosity::Unknown)
                    each.zygosity = z;
            return caller.call(assumed).summary();
        };
        method +=
            u' ' + Messages::tr("No diplotype is derived: the zygosity of %1 is unknown.").arg(names.join(u", "_s));
        finding.caveats << Messages::tr("The zygosity of %1 could not be read: heterozygous it would give %2; "
                                        "homozygous %3. Genotype germline DNA before dosing.")
                               .arg(names.join(u", "_s),
                                    scenario(Zygosity::Heterozygous),
                                    scenario(Zygosity::Homozygous));
        for (size_t j = 0; j < germline.size(); ++j)
            finding.observed[germline[j]].allele = gene.allelesUsing(alleles[j].variant, alleles[j].bases);
    } else {
        const DiplotypeCaller::Call call = caller.call(alleles);
        finding.diplotype = call.diplotype;
        finding.phenotype = call.phenotype;
        finding.activityScore = call.activityScore;
        if (!call.how.isEmpty())
            method += u' ' + call.how;
        finding.caveats << call.notes;
        for (size_t j = 0; j < germline.size() && j < size_t(call.alleleNames.size()); ++j)
            finding.observed[germline[j]].allele = call.alleleNames[qsizetype(j)];
    }
    for (PgxObservation& out : finding.observed) {
        // Function of the explaining allele, when one allele explains it.
        for (const NamedAllele& allele : gene.alleles)
            if (allele.name == out.allele) {
                out.function = allele.function;
                if (gene.name == dpyd)
                    out.activityValue = allele.activityValue;
            }
    }
    if (gene.name == u"UGT1A1")
        finding.caveats << Messages::tr(
            "No CPIC irinotecan recommendation shipped: the irinotecan guideline at hand is "
            "DPWG's via PharmGKB (CC BY-SA 4.0), which OncoBoard does not bundle; the "
            "phenotype is given alone.")
                        << Messages::tr("UGT1A1 *28, *36 and *37 (rs3064744 promoter TA repeat) are recognised only as "
                                        "left-aligned insertions or deletions of TA units; many pipelines do not call "
                                        "this repeat, so its absence from the input is not evidence of *1. PharmCAT "
                                        "counts the repeat from g.233760235, so *1 is TA[7] and *28 TA[8] in its HGVS, "
                                        "where the promoter convention A(TA)nTAA has (TA)6 and (TA)7.");
    finding.method = method;
    finding.caveats.removeDuplicates();
    return finding;
}

void Pharmacogenomics::addRecommendations(std::vector<PgxFinding>& findings) const
{
    const auto findingOf = [&](const QString& gene) -> const PgxFinding* {
        for (const PgxFinding& f : findings)
            if (f.gene == gene)
                return &f;
        return nullptr;
    };
    for (PgxFinding& finding : findings) {
        if (finding.phenotype.isEmpty())
            continue;
        for (const PgxDefinitions::Guideline& guideline : m_defs.guidelines()) {
            if (!guideline.genes.contains(finding.gene))
                continue;
            QHash<QString, QString> key;
            QStringList keyText;
            QStringList genes = guideline.genes;
            genes.removeAll(finding.gene);
            genes.prepend(finding.gene); // the finding's own gene first in texts
            for (const QString& gene : genes) {
                QString value;
                if (gene == finding.gene) {
                    value = gene == dpyd ? finding.activityScore : finding.phenotype;
                    keyText << (gene == dpyd ? Messages::tr("%1 activity score %2").arg(gene, value)
                                             : gene + u' ' + value);
                } else if (const PgxFinding* other = findingOf(gene)) {
                    value = other->phenotype.isEmpty() ? u"Indeterminate"_s : other->phenotype;
                    keyText << gene + u' ' + value;
                } else {
                    value = u"Normal Metabolizer"_s;
                    keyText << Messages::tr("%1 Normal Metabolizer (assumed: no %1 allele reported)").arg(gene);
                    finding.caveats << Messages::tr("The %1 recommendations take %2 as Normal Metabolizer: the input "
                                                    "reported no %2 allele.")
                                           .arg(guideline.name, gene);
                }
                key.insert(gene, value);
            }
            const auto rec = std::find_if(guideline.recommendations.begin(),
                                          guideline.recommendations.end(),
                                          [&](const PgxDefinitions::Recommendation& r) { return r.lookup == key; });
            if (rec == guideline.recommendations.end()) {
                finding.caveats << Messages::tr("CPIC (%1) gives no %2 recommendation for %3.")
                                       .arg(guideline.version, guideline.drug, keyText.join(u"; "_s));
                continue;
            }
            PgxRecommendation out;
            out.drug = guideline.drug;
            out.phenotypeKey = keyText.join(u"; "_s);
            QStringList implications;
            for (const QString& gene : genes)
                if (const QString text = rec->implications.value(gene).trimmed(); !text.isEmpty() && text != u"n/a")
                    implications << gene + u": "_s + text + (text.endsWith(u'.') ? QString() : u"."_s);
            out.implication = implications.join(u' ');
            out.recommendation = rec->text;
            out.comments = rec->comments == u"n/a" ? QString() : rec->comments;
            out.classification = rec->classification;
            out.source = Messages::tr("CPIC guideline %1 (CPIC data %2)").arg(guideline.name, guideline.version);
            out.url = guideline.url;
            finding.recommendations.push_back(std::move(out));
        }
        finding.caveats.removeDuplicates();
    }
}

std::vector<PgxFinding> Pharmacogenomics::assess(const Case& c) const
{
    std::vector<PgxFinding> findings;
    if (c.genome != GenomeBuild::GRCh37 && c.genome != GenomeBuild::GRCh38)
        return findings;
    const QString normalName = c.normalSample;
    std::vector<std::vector<Observed>> perGene(m_defs.genes().size());
    for (qsizetype i = 0; i < qsizetype(c.alterations.size()); ++i) {
        const Alteration& a = c.alterations[size_t(i)];
        if (!isSmallVariant(a.kind))
            continue;
        const std::vector<PgxDefinitions::Site> sites = m_defs.match(c.genome, a.chrom, a.pos, a.ref, a.alt);
        if (sites.empty())
            continue;
        const QString tumorName =
            a.sample >= 0 && a.sample < c.samples.size() ? c.samples[a.sample].name : c.tumorSample;
        Observed o;
        o.alteration = qint32(i);
        if (a.normalZygosity != Zygosity::Unknown) {
            o.source = Source::NormalGt;
            o.somatic = a.normalZygosity == Zygosity::Absent;
            o.zygosity = a.normalZygosity;
            o.method = o.somatic ? Messages::tr("GT of normal sample %1 holds no copy: somatic").arg(normalName)
                                 : Messages::tr("GT of normal sample %1: %2 (germline DNA)")
                                       .arg(normalName, zygosityText(a.normalZygosity));
        } else if (a.normal.hasVaf()) {
            o.source = Source::NormalVaf;
            o.somatic = a.normal.vaf < somaticNormalVaf && a.normal.depth >= minNormalDepth;
            o.zygosity = o.somatic ? Zygosity::Absent : byVaf(a.normal.vaf);
            o.method = o.somatic ? Messages::tr("normal VAF %1 at depth %2 (below %3: not in germline DNA, somatic)")
                                       .arg(vafText(a.normal.vaf))
                                       .arg(a.normal.depth)
                                       .arg(somaticNormalVaf)
                                 : Messages::tr("normal VAF %1 (%2; germline DNA)")
                                       .arg(vafText(a.normal.vaf), vafRule(a.normal.vaf));
        } else if (a.tumorZygosity != Zygosity::Unknown) {
            if (a.tumorZygosity == Zygosity::Absent)
                continue; // the tumor sample's genotype does not hold this allele
            o.source = Source::TumorGt;
            o.zygosity = a.tumorZygosity;
            o.method = Messages::tr("GT of tumor sample %1: %2 (tumor DNA; confirm on germline DNA)")
                           .arg(tumorName, zygosityText(a.tumorZygosity));
            const Zygosity fromVaf = a.tumor.hasVaf() ? byVaf(a.tumor.vaf) : Zygosity::Unknown;
            if (fromVaf != Zygosity::Unknown && fromVaf != a.tumorZygosity)
                o.caveats << Messages::tr("At %1:%2 the tumor VAF %3 reads as %4, unlike the GT (%5): loss of "
                                          "heterozygosity or a copy-number change in the tumor may hide the germline "
                                          "genotype.")
                                 .arg(a.chrom)
                                 .arg(a.pos)
                                 .arg(vafText(a.tumor.vaf), zygosityText(fromVaf), zygosityText(a.tumorZygosity));
        } else if (a.tumor.hasVaf()) {
            o.source = Source::TumorVaf;
            o.zygosity = byVaf(a.tumor.vaf);
            o.method = Messages::tr("tumor VAF %1 (%2; tumor DNA, distorted by purity and copy number: confirm on "
                                    "germline DNA)")
                           .arg(vafText(a.tumor.vaf), vafRule(a.tumor.vaf));
        } else {
            o.method = Messages::tr("the input gives neither a genotype nor an allele fraction");
        }
        if (!a.filter.isEmpty() && a.filter != u"PASS" && a.filter != u".")
            o.caveats << Messages::tr("The input's FILTER at %1:%2 is %3.").arg(a.chrom).arg(a.pos).arg(a.filter);
        for (const PgxDefinitions::Site& site : sites) {
            Observed each = o;
            each.variant = site.variant;
            each.allele = site.allele;
            std::vector<Observed>& list = perGene[size_t(site.gene)];
            // One observation per defined allele: several samples or records keep the best genotype source.
            const auto same = std::find_if(list.begin(), list.end(), [&](const Observed& x) {
                return x.variant == each.variant && x.allele == each.allele;
            });
            if (same == list.end())
                list.push_back(std::move(each));
            else if (each.source < same->source)
                *same = std::move(each);
        }
    }
    for (int g = 0; g < int(perGene.size()); ++g)
        if (!perGene[size_t(g)].empty())
            findings.push_back(assessGene(c, g, std::move(perGene[size_t(g)])));
    addRecommendations(findings);
    std::sort(
        findings.begin(), findings.end(), [](const PgxFinding& x, const PgxFinding& y) { return x.gene < y.gene; });
    return findings;
}

} // namespace onco
