#include "MutationBurden.h"

#include "AlterationFacts.h"
#include "germline/PopulationFrequencies.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::MutationBurden)
};

bool passed(const Alteration& a)
{
    return a.filter.isEmpty() || a.filter == u"PASS" || a.filter == u".";
}

} // namespace

namespace MutationBurden {

TmbEstimate estimate(const Case& c, double panelSizeMb)
{
    TmbEstimate t;
    t.panelSizeMb = panelSizeMb;
    const int tumor = c.tumorSample.isEmpty() ? -1 : c.sampleIndex(c.tumorSample);
    std::vector<const Alteration*> small;
    for (const Alteration& a : c.alterations)
        if (isSmallVariant(a.kind) && (tumor < 0 || a.sample == tumor))
            small.push_back(&a);
    t.smallVariants = int(small.size());
    if (panelSizeMb <= 0) {
        t.reason = Messages::tr("the assay's coding territory is not known: give its size (--panel-size MB, or "
                                "the case's assay field, e.g. \"TSO500, 1.94 Mb\")");
        return t;
    }
    if (small.empty()) {
        t.reason = Messages::tr("the case has no small variants of the tumor sample to count");
        return t;
    }

    std::vector<AlterationFacts> facts;
    facts.reserve(small.size());
    int unannotated = 0;
    for (const Alteration* a : small) {
        facts.push_back(AlterationFacts::of(*a));
        if (facts.back().effect == Effect::Unknown && !(a->detailOrNull() && predictedEffectOpen(*a->detailOrNull())))
            ++unannotated;
    }
    if (unannotated * 2 > int(small.size())) {
        t.reason = Messages::tr("%1 of %2 small variants carry no consequence annotation (VEP CSQ, SnpEff ANN, "
                                "BCSQ or a MAF's Variant_Classification): coding and non-synonymous cannot be "
                                "told, so no burden is stated")
                       .arg(unannotated)
                       .arg(small.size());
        return t;
    }

    const PopulationFrequencies& population = PopulationFrequencies::bundled();
    int filtered = 0, notCoding = 0, noAnnotation = 0, open = 0, lowVaf = 0, inNormal = 0, common = 0, vafUnknown = 0;
    for (size_t i = 0; i < small.size(); ++i) {
        const Alteration& a = *small[i];
        if (!passed(a)) {
            ++filtered;
            continue;
        }
        if (facts[i].effect == Effect::Unknown) {
            ++(a.detailOrNull() && predictedEffectOpen(*a.detailOrNull()) ? open : noAnnotation);
            continue;
        }
        // Coding and non-synonymous, as cBioPortal's TMB_NONSYNONYMOUS and the Harmonization count:
        // what alters the protein, but not a whole-exon loss.
        if (!facts[i].altersProtein() || facts[i].effect == Effect::Ablation) {
            ++notCoding;
            continue;
        }
        if (a.tumor.hasVaf() && a.tumor.vaf < float(TmbEstimate::minimumVaf)) {
            ++lowVaf;
            continue;
        }
        if (a.normal.altReads >= 2 && a.normal.hasVaf() && a.normal.vaf >= 0.02f) {
            ++inNormal;
            continue;
        }
        if (a.pos > 0 && population.mayContain(c.genome, a.pos))
            if (auto pf = population.lookup(c.genome, a.chrom, a.pos, a.ref, a.alt); pf && pf->af >= 0.01) {
                ++common;
                continue;
            }
        if (!a.tumor.hasVaf())
            ++vafUnknown;
        ++t.mutations;
    }
    auto note = [&](int n, const QString& code, const QString& rule) {
        if (n > 0)
            t.excluded.append({code, rule, n});
    };
    note(filtered, u"filtered"_s, Messages::tr("failed the caller's filters"));
    note(noAnnotation, u"no_annotation"_s, Messages::tr("no consequence annotation"));
    note(open,
         u"effect_open"_s,
         Messages::tr("coding changes whose effect on the protein OncoBoard could not tell without the reference "
                      "genome (missense or synonymous)"));
    note(notCoding, u"not_coding"_s, Messages::tr("synonymous, non-coding or splice region"));
    note(lowVaf, u"low_vaf"_s, Messages::tr("tumor VAF below 5 %"));
    note(inNormal, u"in_normal"_s, Messages::tr("present in the matched normal"));
    note(common, u"common"_s, Messages::tr("common in the population (AF >= 1 %)"));

    t.computed = true;
    t.value = double(t.mutations) / panelSizeMb;
    t.method = Messages::tr("estimated by OncoBoard: %1 coding non-synonymous SNVs and indels (PASS, tumor VAF >= 5 %, "
                            "not in the matched normal, not common in the population) / %2 Mb")
                   .arg(t.mutations)
                   .arg(panelSizeMb, 0, 'g', 4);
    if (vafUnknown > 0)
        t.method += Messages::tr("; %n counted without a VAF to check", nullptr, vafUnknown);
    QStringList caveats;
    if (c.normalSample.isEmpty())
        caveats << Messages::tr("no matched normal is named in the inputs: if the calls are tumor-only, germline "
                                "variants absent from the small population set are counted and inflate it");
    if (panelSizeMb < TmbEstimate::minimumPanelMb)
        caveats << Messages::tr("a territory of %1 Mb is under 1 Mb: too few mutations to estimate a burden")
                       .arg(panelSizeMb, 0, 'g', 3);
    if (open > 0)
        caveats << Messages::tr("%n coding change(s) of the unannotated input could be synonymous or missense "
                                "without the reference genome and are not counted: the burden is a lower bound",
                                nullptr,
                                open);
    t.caveat = caveats.join(u"; "_s);
    return t;
}

std::optional<double> panelSizeFromText(const QString& assay)
{
    static const QRegularExpression size(uR"((\d+(?:[.,]\d+)?)\s*(?:Mb|Mbp|megabases?)\b)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = size.match(assay);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double mb = QString(m.captured(1)).replace(u',', u'.').toDouble(&ok);
    if (!ok || mb <= 0)
        return std::nullopt;
    return mb;
}

} // namespace MutationBurden

} // namespace onco
