#pragma once

#include "model/AnnotationResult.h"

namespace onco {

/**
 * Tiers every matched alteration in three schemes side by side (docs/tiering.md):
 * AMP/ASCO/CAP 2017 (Li et al. 2017) from evidence level, type, direction, significance and the
 * relation of the evidence disease to the tumor type; ESCAT (Mateo et al. 2018) and OncoKB-style
 * levels by documented approximations. Each tier names the deciding evidence and the rule.
 * Only "Supports" evidence sets a tier; "Does Not Support" and contradicting items are flagged.
 * Alterations are also flagged as possible germline or clonal hematopoiesis (CHIP), and a case
 * without a tumor type is flagged and capped at Tier II. Deterministic: the same result gives
 * the same calls.
 */
class Tiering
{
public:
    /** Fills result.calls (sorted by alteration) and result.caseFlags. */
    static void assign(AnnotationResult& result);
    /** The same, with each alteration's facts worked out already (AlterationFacts::of, in alteration order). */
    static void assign(AnnotationResult& result, const std::vector<struct AlterationFacts>& facts);

    /**
     * The call of an alteration: its entry in result.calls, else the call of an alteration without
     * evidence or flag (unmatchedCall). Every reader of a tier asks here.
     */
    static AlterationCall callOf(const AnnotationResult& result, qint32 alteration);

    /** The call of an alteration that has no entry in result.calls: no evidence, no flag. */
    static AlterationCall unmatchedCall(const AnnotationResult& result, qint32 alteration);

    /** The flags shown with an alteration: the case's flags, then the call's own. */
    static QList<Flag> flagsOf(const AnnotationResult& result, const AlterationCall& call);

    /** The distinct codes of `flags`, in order. */
    static QStringList flagCodes(const QList<Flag>& flags);

    /**
     * What an evidence item speaks to: sensitivity (Sensitivity/Response, Reduced Sensitivity),
     * resistance (Resistance, Adverse Response), diagnostic, prognostic; None for predisposing,
     * oncogenic and functional items, which set no tier.
     */
    static TierBasis basisOf(const EvidenceItem& e);

    /** Genes whose variants in blood cells make clonal hematopoiesis (Jaiswal 2014; Bick 2020). */
    static const QStringList& chipGenes();

    /** The order of AMP tiers, strongest first; 99 for none. */
    static int ampRank(const QString& tier);
    /** The order of ESCAT tiers and of OncoKB-style levels, strongest first; 99 for none. */
    static int escatRank(const QString& tier);
    static int oncokbRank(const QString& level);

    /** CIViC levels A..E and OncoKB levels on one scale, strongest first (display order); 9 for none. */
    static int levelRank(const QString& level);

    /** unmatchedCall().amp tier without building the call: III or None. Cheap. */
    static AmpTier unmatchedAmpTier(const Alteration& a);

    /**
     * Whether an alteration without evidence is still a finding the board reviews and the reports
     * list as Tier III: a protein-altering or unannotated small variant, an amplification or deep
     * deletion, a fusion. Not synonymous, intronic or UTR variants, gains, shallow losses,
     * structural variants without a fusion, or biomarkers (which are listed on their own).
     */
    static bool isReportableWithoutEvidence(const Alteration& a);
};

} // namespace onco
