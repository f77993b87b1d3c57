#pragma once

#include <QList>
#include <QString>

#include <limits>

namespace onco {

/**
 * A tumor mutational burden estimated from a case's own small variants, following the counting
 * rules of the TMB Harmonization Project (Merino et al. 2020, Vega et al. 2021) and cBioPortal's
 * TMB_NONSYNONYMOUS: somatic coding, non-synonymous SNVs and indels (missense, nonsense, frameshift,
 * in-frame, other protein-altering, canonical splice site, start loss) of the tumor sample, that
 * passed the caller's filters, with a tumor VAF >= 5 %, not in the matched normal (>= 2 reads and
 * VAF >= 2 %) and not common in the population (the bundled 1000 Genomes set), divided by the
 * assay's coding territory in megabases.
 *
 * An estimate is a measurement of lower standing than a validated assay's TMB: with no matched
 * normal (germline variants inflate it) or a territory under 1 Mb (too few mutations to count) it
 * carries a caveat, and tiering then keeps a TMB-high estimate out of Tier I. Computed by
 * MutationBurden::estimate (core/match).
 */
struct TmbEstimate
{
    /** Variants a counting rule left out. */
    struct Exclusion
    {
        QString code; ///< stable: "filtered", "no_annotation", "not_coding", "low_vaf", "in_normal", "common"
        QString text; ///< the rule, for people
        int count = 0;
    };

    static constexpr double highCutoff = 10.0; ///< mut/Mb: the FDA's TMB-H (pembrolizumab, FoundationOne CDx)
    static constexpr double minimumVaf = 0.05;
    static constexpr double minimumPanelMb = 1.0; ///< smaller territories carry a caveat

    bool computed = false;
    double value = std::numeric_limits<double>::quiet_NaN(); ///< mut/Mb
    int mutations = 0;                                       ///< counted
    int smallVariants = 0;                                   ///< of the tumor sample, before any rule
    double panelSizeMb = -1;
    QString method;            ///< the rules, in one sentence; set when computed
    QString reason;            ///< why nothing was computed
    QString caveat;            ///< why the estimate is not Tier I material; empty when it is
    QList<Exclusion> excluded; ///< in rule order; rules that excluded nothing are left out

    /** "TMB-high" at or above highCutoff, else "TMB-low". */
    QString status() const
    {
        return value >= highCutoff ? QStringLiteral("TMB-high") : QStringLiteral("TMB-low");
    }
};

} // namespace onco
