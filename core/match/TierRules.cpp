#include "TierRules.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::Tiering)
};

void setAmp(ItemTiers& t, AmpTier tier, const QString& rule)
{
    t.amp = tier;
    t.ampRule = rule;
}

void setEscat(ItemTiers& t, const QString& tier, const QString& rule)
{
    t.escat = tier;
    t.escatRule = rule;
}

void setOncokb(ItemTiers& t, const QString& level, const QString& rule)
{
    t.oncokb = level;
    t.oncokbRule = rule;
}

bool therapeutic(TierBasis b)
{
    return b == TierBasis::Sensitivity || b == TierBasis::Resistance;
}

/** AMP tier of a CIViC-style item (levels A-E: CIViC, local curation). Rules T5-T16. */
void civicAmp(const EvidenceItem& e, const ItemContext& c, ItemTiers& t)
{
    const QString& l = e.level;
    const bool strong = l == u"A" || l == u"B";
    const bool dxpx = !therapeutic(c.basis);
    switch (c.label) {
    case Label::Missing:
        if (strong || l == u"C")
            setAmp(t, AmpTier::IIC, Messages::tr("T16 tumor type missing: level %1 capped at II-C").arg(l));
        else if (l == u"D" || l == u"E")
            setAmp(t, AmpTier::IID, Messages::tr("T16 tumor type missing: level %1 gives II-D").arg(l));
        return;
    case Label::PanCancer:
        if (dxpx) {
            t.ampRule = Messages::tr("T14 a diagnostic or prognostic item about cancer in general sets no tier");
            return;
        }
        if (strong)
            setAmp(t,
                   AmpTier::IIC,
                   Messages::tr("T12 pan-cancer level %1 without a tumor-agnostic approval: at most II-C").arg(l));
        else
            t.ampRule = Messages::tr("T13 pan-cancer level %1 sets no tier").arg(l);
        return;
    case Label::Off:
    case Label::Conditional:
    case Label::Unknown:
        if (dxpx) {
            t.ampRule = Messages::tr("T14 a diagnostic or prognostic item off-label sets no tier");
            return;
        }
        if (strong)
            setAmp(t,
                   AmpTier::IIC,
                   Messages::tr("T10 level %1 in another tumor type (Li level C: approved or studied elsewhere): II-C")
                       .arg(l));
        else
            t.ampRule = Messages::tr("T11 level %1 in another tumor type sets no tier").arg(l);
        return;
    case Label::On:
        break;
    }
    // On-label.
    if (c.basis == TierBasis::Resistance && strong && !c.approvedHere) {
        setAmp(t,
               AmpTier::IIC,
               Messages::tr("T9 level %1 resistance to a therapy not approved in this tumor type: II-C").arg(l));
        return;
    }
    if (l == u"A") {
        setAmp(t,
               AmpTier::IA,
               c.basis == TierBasis::Resistance
                   ? Messages::tr("T5 level A resistance, on-label, to a therapy approved here (%1): I-A")
                         .arg(c.approvedWhy)
                   : Messages::tr("T5 level A, on-label: I-A"));
    } else if (l == u"B" && c.consensus) {
        setAmp(
            t, AmpTier::IB, Messages::tr("T6 level B with expert consensus (%1), on-label: I-B").arg(c.consensusWhy));
    } else if (l == u"B") {
        setAmp(t,
               AmpTier::IIC,
               Messages::tr("T7 level B without expert consensus (%1): Li level C, II-C").arg(c.consensusWhy));
    } else if (l == u"C") {
        setAmp(t, AmpTier::IIC, Messages::tr("T8 level C, on-label: II-C"));
    } else if (l == u"D" || l == u"E") {
        setAmp(t, AmpTier::IID, Messages::tr("T8 level %1, on-label: II-D").arg(l));
    }
}

/** AMP tier of an approvals item. Rules T1-T4. */
void approvalAmp(const EvidenceItem& e, const ItemContext& c, ItemTiers& t)
{
    const QString what = Messages::tr("%1 approval %2").arg(e.level, e.displayId);
    switch (c.label) {
    case Label::Missing:
        setAmp(t, AmpTier::IIC, Messages::tr("T16 tumor type missing: %1 capped at II-C").arg(what));
        return;
    case Label::PanCancer:
        if (c.tumorAgnosticCovers)
            setAmp(t, AmpTier::IA, Messages::tr("T2 tumor-agnostic %1 covers this tumor: I-A").arg(what));
        else
            t.ampRule = Messages::tr("T2 the tumor-agnostic %1 does not cover this tumor type").arg(what);
        return;
    case Label::Off:
    case Label::Conditional:
    case Label::Unknown:
        if (c.basis == TierBasis::Sensitivity)
            setAmp(t, AmpTier::IIC, Messages::tr("T3 %1 in another tumor type (Li level C): II-C").arg(what));
        else
            t.ampRule = Messages::tr("T3 resistance per the label of another tumor type sets no tier");
        return;
    case Label::On:
        break;
    }
    if (c.basis == TierBasis::Resistance && !c.approvedHere) {
        setAmp(
            t,
            AmpTier::IIC,
            Messages::tr("T4 the label states resistance, but the therapy is not approved in this tumor type: II-C"));
        return;
    }
    setAmp(t,
           AmpTier::IA,
           c.basis == TierBasis::Resistance
               ? Messages::tr("T1 resistance stated by the label of %1, on-label: I-A").arg(what)
               : Messages::tr("T1 %1 in this tumor type: I-A").arg(what));
}

/** AMP tier of an OncoKB item (OncoKB's own levels per tumor type). Rule T15. */
void oncokbAmp(const EvidenceItem& e, const ItemContext& c, ItemTiers& t)
{
    const QString& l = e.level;
    static const QStringList strong{u"1"_s, u"2"_s, u"R1"_s, u"Dx1"_s, u"Dx2"_s, u"Px1"_s, u"Px2"_s};
    static const QStringList clinical{u"3A"_s, u"R2"_s, u"Dx3"_s, u"Px3"_s};
    // OncoKB states tumor-agnostic levels itself ("All Solid Tumors"): pan-cancer is on-label for it.
    const bool on = c.label == Label::On || c.label == Label::PanCancer;
    if (on) {
        if (strong.contains(l))
            setAmp(t, AmpTier::IA, Messages::tr("T15 OncoKB level %1, on-label: I-A").arg(l));
        else if (clinical.contains(l))
            setAmp(t, AmpTier::IB, Messages::tr("T15 OncoKB level %1, on-label: I-B").arg(l));
        else if (l == u"3B")
            setAmp(t, AmpTier::IIC, Messages::tr("T15 OncoKB level 3B: II-C"));
        else if (l == u"4")
            setAmp(t, AmpTier::IID, Messages::tr("T15 OncoKB level 4: II-D"));
        return;
    }
    if (!therapeutic(c.basis)) {
        t.ampRule = Messages::tr("T14 a diagnostic or prognostic item off-label sets no tier");
        return;
    }
    if (strong.contains(l) || clinical.contains(l) || l == u"3B")
        setAmp(t, AmpTier::IIC, Messages::tr("T15 OncoKB level %1 in another tumor type: II-C").arg(l));
    else if (l == u"4" && c.label == Label::Missing)
        setAmp(t, AmpTier::IID, Messages::tr("T16 tumor type missing: OncoKB level 4 gives II-D"));
}

/** ESCAT tier of a sensitivity item (Mateo 2018; approximation, trial design is not in the sources). */
void escat(const EvidenceItem& e, const ItemContext& c, ItemTiers& t)
{
    if (c.basis != TierBasis::Sensitivity)
        return;
    const QString& l = e.level;
    if (isApproval(e)) {
        if (c.label == Label::PanCancer && c.tumorAgnosticCovers)
            setEscat(t, u"I-C"_s, Messages::tr("E2 tumor-agnostic approval (basket trials): I-C"));
        else if (c.label == Label::On)
            setEscat(t, u"I-A/B"_s, Messages::tr("E1 approved in this tumor type: I-A/B"));
        else if (c.label != Label::PanCancer)
            setEscat(t, u"III-A"_s, Messages::tr("E5 approved in another tumor type: III-A"));
        return;
    }
    const bool on = c.label == Label::On;
    if (isOncoKbItem(e)) {
        const bool onOk = on || c.label == Label::PanCancer;
        if (onOk && (l == u"1" || l == u"2"))
            setEscat(t,
                     c.label == Label::PanCancer ? u"I-C"_s : u"I-A/B"_s,
                     Messages::tr("E1 OncoKB level %1, on-label").arg(l));
        else if (onOk && l == u"3A")
            setEscat(t, u"II-A/B"_s, Messages::tr("E3 OncoKB level 3A, on-label: II-A/B"));
        else if (l == u"1" || l == u"2" || l == u"3A" || l == u"3B")
            setEscat(t, u"III-A"_s, Messages::tr("E5 OncoKB level %1 in another tumor type: III-A").arg(l));
        else if (l == u"4")
            setEscat(t, u"IV-A"_s, Messages::tr("E6 OncoKB level 4: IV-A"));
        return;
    }
    if (on && l == u"A") {
        setEscat(t, u"I-A/B"_s, Messages::tr("E1 level A, on-label: I-A/B"));
    } else if (on && l == u"B" && c.consensus) {
        setEscat(t, u"II-A/B"_s, Messages::tr("E3 level B with consensus, on-label: II-A/B"));
    } else if (on && (l == u"B" || l == u"C")) {
        setEscat(t, u"II-B"_s, Messages::tr("E4 level %1, on-label: II-B").arg(l));
    } else if (l == u"A" || l == u"B") {
        setEscat(t,
                 u"III-A"_s,
                 c.label == Label::PanCancer ? Messages::tr("E5 pan-cancer level %1 without a tumor-agnostic "
                                                            "approval: III-A")
                                                   .arg(l)
                                             : Messages::tr("E5 level %1 in another tumor type: III-A").arg(l));
    } else if ((on || c.label == Label::Missing) && l == u"D") {
        setEscat(t, u"IV-A"_s, Messages::tr("E6 level D (preclinical), on-label: IV-A"));
    } else if ((on || c.label == Label::Missing) && l == u"E") {
        setEscat(t, u"IV-B"_s, Messages::tr("E6 level E (inferential), on-label: IV-B"));
    }
}

/** OncoKB-style level (OncoKB level definitions, approximated for CIViC and approvals items). */
void oncokbStyle(const EvidenceItem& e, const ItemContext& c, ItemTiers& t)
{
    const QString& l = e.level;
    const bool on = c.label == Label::On;
    if (isOncoKbItem(e)) {
        if (on || c.label == Label::PanCancer) {
            setOncokb(t, l, Messages::tr("K9 OncoKB's own level, on-label"));
        } else if (l == u"1" || l == u"2" || l == u"3A" || l == u"3B") {
            setOncokb(t, u"3B"_s, Messages::tr("K9 OncoKB level %1 in another tumor type: 3B").arg(l));
        } else if (l == u"4") {
            setOncokb(t, u"4"_s, Messages::tr("K9 OncoKB level 4"));
        }
        return;
    }
    switch (c.basis) {
    case TierBasis::Sensitivity:
        if (isApproval(e)) {
            const bool fda = l == u"FDA";
            if ((on || (c.label == Label::PanCancer && c.tumorAgnosticCovers)) && fda)
                setOncokb(t, u"1"_s, Messages::tr("K1 FDA approval %1 for this indication: 1").arg(e.displayId));
            else if (on || (c.label == Label::PanCancer && c.tumorAgnosticCovers))
                setOncokb(
                    t, u"2"_s, Messages::tr("K2 %1 approval %2 for this indication (not FDA): 2").arg(l, e.displayId));
            else if (c.label == Label::Off || c.label == Label::Conditional || c.label == Label::Unknown
                     || c.label == Label::Missing)
                setOncokb(t, u"3B"_s, Messages::tr("K4 approved in another indication (%1): 3B").arg(e.displayId));
            return;
        }
        if (on && l == u"A")
            setOncokb(t,
                      c.fdaAssertion ? u"1"_s : u"2"_s,
                      c.fdaAssertion ? Messages::tr("K1 level A with an FDA-approval assertion, on-label: 1")
                                     : Messages::tr("K2 level A (guideline-level), on-label: 2"));
        else if (on && (l == u"B" || l == u"C"))
            setOncokb(t, u"3A"_s, Messages::tr("K3 level %1 clinical evidence, on-label: 3A").arg(l));
        else if ((c.label == Label::Off || c.label == Label::Conditional || c.label == Label::Unknown
                  || c.label == Label::PanCancer || c.label == Label::Missing)
                 && (l == u"A" || l == u"B"))
            setOncokb(t, u"3B"_s, Messages::tr("K4 level %1 in another or no particular tumor type: 3B").arg(l));
        else if ((on || c.label == Label::Missing) && l == u"D")
            setOncokb(t, u"4"_s, Messages::tr("K5 level D (biological evidence), on-label: 4"));
        return;
    case TierBasis::Resistance:
        if (!on)
            return;
        if (!c.approvedHere) {
            t.oncokbRule = Messages::tr("K6 resistance to a therapy not approved in this tumor type: no R level");
            return;
        }
        if (l == u"A" || isApproval(e))
            setOncokb(
                t,
                u"R1"_s,
                Messages::tr("K6 standard-care resistance to a therapy approved here (%1): R1").arg(c.approvedWhy));
        else if (l == u"B" || l == u"C")
            setOncokb(t,
                      u"R2"_s,
                      Messages::tr("K7 clinical evidence of resistance to a therapy approved here "
                                   "(%1): R2")
                          .arg(c.approvedWhy));
        return;
    case TierBasis::Diagnostic:
        if (!on)
            return;
        if (l == u"A")
            setOncokb(t, c.fdaAssertion ? u"Dx1"_s : u"Dx2"_s, Messages::tr("K8 diagnostic level A, on-label"));
        else if (l == u"B" || l == u"C")
            setOncokb(t, u"Dx3"_s, Messages::tr("K8 diagnostic level %1, on-label: Dx3").arg(l));
        return;
    case TierBasis::Prognostic:
        if (!on)
            return;
        if (l == u"A")
            setOncokb(t,
                      c.guidelineAssertion || c.fdaAssertion ? u"Px1"_s : u"Px2"_s,
                      Messages::tr("K8 prognostic level A, on-label"));
        else if (l == u"B")
            setOncokb(t, u"Px3"_s, Messages::tr("K8 prognostic level B, on-label: Px3"));
        return;
    case TierBasis::None:
        break;
    }
}

} // namespace

bool isApproval(const EvidenceItem& e)
{
    // The approvals source, and approval items of other sources (MOAlmanac's FDA-Approved).
    return e.kb.source == u"Approvals" || e.level == u"FDA" || e.level == u"EMA";
}

bool isOncoKbItem(const EvidenceItem& e)
{
    return e.kb.source == u"OncoKB";
}

bool isPanCancer(const EvidenceItem& e)
{
    const QString d = e.disease.trimmed().toLower();
    return e.doid == u"162" || d == u"solid tumor" || d == u"all solid tumors" || d == u"all tumors" || d == u"cancer"
           || d == u"all liquid tumors" || d == u"all pediatric tumors";
}

ItemTiers tierItem(const EvidenceItem& e, const ItemContext& c)
{
    ItemTiers t;
    if (isApproval(e))
        approvalAmp(e, c, t);
    else if (isOncoKbItem(e))
        oncokbAmp(e, c, t);
    else
        civicAmp(e, c, t);
    escat(e, c, t);
    oncokbStyle(e, c, t);
    return t;
}

} // namespace onco
