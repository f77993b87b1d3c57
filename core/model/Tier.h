#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace onco {

/**
 * An AMP/ASCO/CAP 2017 tier and level (Li et al., J Mol Diagn 2017), strongest first. The text
 * form ("I-A", "II-C", "III", "IV") is the one of the JSON contract and the case database.
 */
enum class AmpTier : quint8
{
    IA,   ///< strong significance, level A: approved therapy or guideline in this tumor type
    IB,   ///< strong significance, level B: well-powered studies with expert consensus
    IIC,  ///< potential significance, level C: approved in another tumor type, trials, small studies
    IID,  ///< potential significance, level D: preclinical or case reports
    III,  ///< unknown significance
    IV,   ///< benign or likely benign (common in the population)
    None, ///< not tiered (not a reportable change)
};

/** "I-A" ... "IV"; empty for None. */
QString ampTierName(AmpTier tier);

/** The tier of "I-A" ... "IV"; None for anything else (empty included). */
AmpTier ampTierFromName(QStringView name);

/** Tier I or II: a finding with clinical significance the board acts on. */
constexpr bool isActionable(AmpTier tier)
{
    return tier <= AmpTier::IID;
}

/** Tier I (level A or B). */
constexpr bool isTierOne(AmpTier tier)
{
    return tier == AmpTier::IA || tier == AmpTier::IB;
}

/** "I", "II", "III", "IV"; empty for None. */
QString ampTierGroup(AmpTier tier);

/** What the deciding evidence of a tier is about (Li 2017 tiers each significance separately). */
enum class TierBasis : quint8
{
    None,
    Sensitivity,
    Resistance,
    Diagnostic,
    Prognostic,
};

/** "sensitivity", "resistance", "diagnostic", "prognostic"; empty for None (the JSON `basis`). */
QString tierBasisName(TierBasis basis);

/** A basis name ("sensitivity" ...) in the interface language; other text as it is. */
QString tierBasisText(const QString& name);
/** The basis of "sensitivity" ...; None for anything else. */
TierBasis tierBasisFromName(QStringView name);

} // namespace onco
