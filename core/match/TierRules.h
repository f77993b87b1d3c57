#pragma once

#include "model/Evidence.h"
#include "model/Tier.h"

#include <QString>

namespace onco {

/** How an evidence item's disease stands to the patient's tumor, as the tier rules read it. */
enum class Label : quint8
{
    On,          ///< the same disease, an ancestor within the lineage, or a subtype
    PanCancer,   ///< "Cancer", "Solid Tumor", "All Tumors": about no tumor type in particular
    Off,         ///< another disease
    Conditional, ///< a receptor-defined subtype whose condition the case does not meet or give (off-label)
    Unknown,     ///< the relation could not be decided (taken as off-label)
    Missing,     ///< the case has no tumor type
};

/** What the rules need to know about one evidence item besides the item itself. */
struct ItemContext
{
    Label label = Label::Unknown;
    TierBasis basis = TierBasis::None;
    /** CIViC level B counts as AMP level B: expert consensus, stated in consensusWhy. */
    bool consensus = false;
    QString consensusWhy;
    /** A resistance item: one of its therapies is approved in the case's tumor type (approvedWhy). */
    bool approvedHere = false;
    QString approvedWhy;
    /** A pan-cancer approval that covers the case's tumor type (a tumor-agnostic approval, solid tumor). */
    bool tumorAgnosticCovers = false;
    /** A CIViC assertion on the profile, on-label, with an FDA approval or companion test / an NCCN guideline. */
    bool fdaAssertion = false;
    bool guidelineAssertion = false;
};

/** The tiers one item gives in each scheme, with the rule that gave each (docs/tiering.md). */
struct ItemTiers
{
    AmpTier amp = AmpTier::None;
    QString ampRule; ///< "T4 CIViC level B with consensus, on-label: I-B"
    QString escat;   ///< empty: none
    QString escatRule;
    QString oncokb; ///< empty: none
    QString oncokbRule;
};

/**
 * The tier rules of docs/tiering.md for one supporting item of a known basis that applies to the
 * alteration (the gates before them, class membership, germline origin and therapy, are the
 * caller's): AMP/ASCO/CAP 2017 after Li et al., ESCAT after Mateo et al., OncoKB-style levels
 * after OncoKB's level definitions, for CIViC-style (A-E), OncoKB and approvals items.
 */
ItemTiers tierItem(const EvidenceItem& e, const ItemContext& c);

/** Approval items: the approvals source, and any item of level FDA or EMA (MOAlmanac's FDA-Approved). */
bool isApproval(const EvidenceItem& e);
/** Items of an imported OncoKB release. */
bool isOncoKbItem(const EvidenceItem& e);
/** Evidence about no tumor type in particular: "Cancer" (DOID:162), "Solid Tumor", "All Tumors"... */
bool isPanCancer(const EvidenceItem& e);

} // namespace onco
