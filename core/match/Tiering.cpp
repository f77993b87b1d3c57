#include "Tiering.h"
#include "kb/KbTerms.h"

#include "AlterationFacts.h"
#include "Relevance.h"
#include "TierRules.h"
#include "Translation.h"
#include "germline/PopulationFrequencies.h"
#include "germline/PredispositionPanel.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::Tiering)
};

/** Population frequency from which a variant is benign for somatic tiering (Li 2017: MAF >= 1 %). */
constexpr double commonFrequency = 0.01;

const QStringList& ampOrder()
{
    static const QStringList order{u"I-A"_s, u"I-B"_s, u"II-C"_s, u"II-D"_s, u"III"_s, u"IV"_s};
    return order;
}

const QStringList& escatOrder()
{
    static const QStringList order{
        u"I-A/B"_s, u"I-C"_s, u"II-A/B"_s, u"II-B"_s, u"III-A"_s, u"III-B"_s, u"IV-A"_s, u"IV-B"_s, u"X"_s};
    return order;
}

const QStringList& oncokbOrder()
{
    static const QStringList order{u"1"_s,
                                   u"2"_s,
                                   u"3A"_s,
                                   u"3B"_s,
                                   u"4"_s,
                                   u"R1"_s,
                                   u"R2"_s,
                                   u"Dx1"_s,
                                   u"Dx2"_s,
                                   u"Dx3"_s,
                                   u"Px1"_s,
                                   u"Px2"_s,
                                   u"Px3"_s};
    return order;
}

int rankIn(const QStringList& order, const QString& tier)
{
    const qsizetype i = order.indexOf(tier);
    return i < 0 ? 99 : int(i);
}

QString labelText(Label l, const Match& m, const QString& condition)
{
    switch (l) {
    case Label::On:
        if (!condition.isEmpty())
            return Messages::tr("on-label (%1; %2)").arg(tumorRelationText(m.relation), condition);
        return Messages::tr("on-label (%1)").arg(tumorRelationText(m.relation));
    case Label::Conditional:
        return Messages::tr("conditional (%1), taken as off-label").arg(condition);
    case Label::PanCancer:
        return Messages::tr("pan-cancer (%1)").arg(tumorRelationText(m.relation));
    case Label::Off:
        return Messages::tr("off-label (unrelated disease)");
    case Label::Unknown:
        return Messages::tr("disease relation unknown, taken as off-label");
    case Label::Missing:
        return Messages::tr("tumor type missing, capped at Tier II");
    }
    return {};
}

/** What the relation of an item needs to know about the case: its tumor type, receptors, ERBB2. */
struct LabelContext
{
    bool missing = false;
    const QMap<QString, QString>* receptors = nullptr;
    bool her2Amplified = false;
    const Alteration* alteration = nullptr; ///< the alteration being tiered
};

/** Whether a disease name names the alteration: "... with ETV6-RUNX1" for ETV6::RUNX1, "... with mutated NPM1". */
bool subtypeNamedBy(const QString& disease, const Alteration* a)
{
    if (!a || !a->detailOrNull())
        return false;
    QStringList genes{a->detailOrNull()->gene};
    if (a->kind == AlterationKind::Fusion)
        genes << a->detailOrNull()->extra().partnerGene;
    genes.removeAll(QString());
    if (genes.isEmpty())
        return false;
    for (const QString& g : genes) {
        const QRegularExpression word(u"(^|[^A-Z0-9])"_s + QRegularExpression::escape(g.toUpper())
                                      + u"([^A-Z0-9]|$)"_s);
        if (!word.match(disease.toUpper()).hasMatch())
            return false;
    }
    return true;
}

/**
 * The label of a matched item. A receptor-defined subtype (HER2-positive breast cancer) is
 * on-label only when the case meets its condition; `condition` receives why it does or does not.
 */
Label labelOf(const Match& m, const EvidenceItem& e, const LabelContext& c, QString* condition = nullptr)
{
    if (c.missing)
        return Label::Missing;
    switch (m.relation) {
    case TumorRelation::Same:
    case TumorRelation::EvidenceBroader:
    case TumorRelation::EvidenceNarrower:
        if (m.relationCondition == u"subtype") {
            const bool named = subtypeNamedBy(e.disease, c.alteration);
            if (condition)
                *condition = named ? Messages::tr("a subtype defined by this alteration")
                                   : Messages::tr("a subtype the tumor type may or may not be");
            return named ? Label::On : Label::Conditional;
        }
        if (!m.relationCondition.isEmpty()) {
            QString why;
            const ConditionMet met = receptorConditionMet(
                m.relationCondition, c.receptors ? *c.receptors : QMap<QString, QString>(), c.her2Amplified, &why);
            if (condition)
                *condition = why;
            return met == ConditionMet::Yes ? Label::On : Label::Conditional;
        }
        return isPanCancer(e) ? Label::PanCancer : Label::On;
    case TumorRelation::Unrelated:
        return Label::Off;
    case TumorRelation::Unknown:
        break;
    }
    return Label::Unknown;
}

bool actionableEscat(const QString& t)
{
    return !t.isEmpty() && t != u"X";
}

bool actionableOncokb(const QString& t)
{
    static const QStringList therapeutic{u"1"_s, u"2"_s, u"3A"_s, u"3B"_s, u"4"_s};
    return therapeutic.contains(t);
}

QString itemText(const EvidenceItem& e)
{
    return u"%1 %2 (%3 %4)"_s.arg(
        e.kb.source, e.displayId, e.level.isEmpty() ? u"-"_s : e.level, kbTermText(e.evidenceType));
}

/** Items about common germline variants: pharmacogenomic or polymorphism evidence, never a somatic tier. */
bool commonGermline(const EvidenceItem& e)
{
    return e.variantOrigin.contains(u"Common Germline"_s, Qt::CaseInsensitive);
}

/** Items whose evidence is about germline variants only (gBRCA and olaparib). */
bool germlineOnly(const EvidenceItem& e)
{
    return e.variantOrigin.compare(u"Rare Germline", Qt::CaseInsensitive) == 0
           || e.molecularProfile.contains(u"GERMLINE"_s, Qt::CaseInsensitive);
}

/** A predictive item that names no therapy ("Not Applicable"): no therapeutic level. */
bool withoutTherapy(const EvidenceItem& e)
{
    if (e.evidenceType != u"Predictive")
        return false;
    for (const QString& t : e.therapies)
        if (!t.trimmed().isEmpty() && t.compare(u"Not Applicable", Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

/**
 * The approvals that make a treatment option of `e` a treatment of the case's tumor type: every
 * drug of the option (a combination, or a single drug) approved there; empty when none.
 */
QString approvedDrugOf(const AnnotationResult& r, const EvidenceItem& e)
{
    static const QRegularExpression joiner(uR"(\s+(?:\+|then)\s+)"_s);
    for (const QString& option : therapyOptions(e)) {
        QStringList why;
        bool all = true;
        for (const QString& drug : option.split(joiner, Qt::SkipEmptyParts)) {
            const auto it = r.approvedTherapies.constFind(drug.trimmed().toLower());
            if (it == r.approvedTherapies.cend()) {
                all = false;
                break;
            }
            why << u"%1 %2"_s.arg(drug.trimmed(), *it);
        }
        if (all && !why.isEmpty())
            return why.join(u", "_s);
    }
    return {};
}

/** Whether two items speak of a common treatment option. */
bool shareTherapy(const EvidenceItem& a, const EvidenceItem& b)
{
    const QStringList x = therapyOptions(a);
    for (const QString& o : therapyOptions(b))
        if (x.contains(o))
            return true;
    return false;
}

/** "Tier I - Level A" -> "I-A"; empty when not an AMP category. */
QString ampOfCategory(const QString& category)
{
    static const QRegularExpression pattern(uR"(^Tier (I{1,3}|IV)(?: - Level ([A-D]))?)"_s);
    const auto m = pattern.match(category.trimmed());
    if (!m.hasMatch())
        return {};
    if (m.captured(1) == u"III" || m.captured(1) == u"IV")
        return m.captured(1);
    return m.hasCaptured(2) ? m.captured(1) + u'-' + m.captured(2) : QString();
}

/**
 * Conflicting evidence: on-label items of the same or a higher level than the deciding item that
 * disagree with it about the same therapy (sensitivity against resistance, or an item that does
 * not support it), or about the same diagnosis or prognosis. Each conflict names its items.
 */
void conflictFlags(const AnnotationResult& r,
                   const auto& considered,
                   qint32 decidingAmp,
                   qint32 decidingSensitivity,
                   QList<Flag>& flags)
{
    std::set<std::pair<qint32, qint32>> seen;
    for (qint32 deciding : {decidingAmp, decidingSensitivity}) {
        if (deciding < 0)
            continue;
        const EvidenceItem& d = r.evidence[size_t(deciding)];
        const TierBasis db = Tiering::basisOf(d);
        const int dRank = Tiering::levelRank(d.level);
        QStringList against;
        for (const auto& c : considered) {
            if (c.evidence == deciding || c.label != Label::On)
                continue;
            const EvidenceItem& e = r.evidence[size_t(c.evidence)];
            if (Tiering::levelRank(e.level) > dRank || !seen.insert({deciding, c.evidence}).second)
                continue;
            bool disagrees = false;
            const bool therapeutic = db == TierBasis::Sensitivity || db == TierBasis::Resistance;
            if (therapeutic && (c.basis == TierBasis::Sensitivity || c.basis == TierBasis::Resistance)
                && shareTherapy(d, e))
                disagrees = c.supports ? c.basis != db : c.basis == db;
            else if (!therapeutic && c.basis == db)
                disagrees = c.supports ? e.significance != d.significance : e.significance == d.significance;
            if (disagrees)
                against << u"%1 (%2 %3%4)"_s.arg(e.displayId,
                                                 e.level,
                                                 c.supports ? e.significance : Messages::tr("does not support"),
                                                 e.therapies.isEmpty() ? QString() : u", "_s + therapyLabel(e));
        }
        if (!against.isEmpty())
            flags << Flag{u"conflicting_evidence"_s,
                          Messages::tr("%1 (%2 %3%4) is contradicted by on-label evidence of the same or a higher "
                                       "level: %5")
                              .arg(d.displayId,
                                   d.level,
                                   d.significance,
                                   d.therapies.isEmpty() ? QString() : u", "_s + therapyLabel(d),
                                   against.join(u"; "_s))};
    }
}

Flag schemeFlag(bool ampAct, bool escatAct, bool oncoAct, const QString& amp, const QString& escat, const QString& onco)
{
    QStringList yes, no;
    (ampAct ? yes : no) << u"AMP"_s;
    (escatAct ? yes : no) << u"ESCAT"_s;
    (oncoAct ? yes : no) << u"OncoKB-style"_s;
    return Flag{u"scheme_disagreement"_s,
                Messages::tr("actionable in %1, not in %2 (sensitivity: AMP %3, ESCAT %4, OncoKB-style %5)")
                    .arg(yes.join(u", "_s),
                         no.join(u", "_s),
                         amp.isEmpty() ? u"-"_s : amp,
                         escat.isEmpty() ? u"X"_s : escat,
                         onco.isEmpty() ? u"-"_s : onco)};
}

/** Germline and clonal-hematopoiesis flags of a small variant (docs/tiering.md). */
void germlineFlags(const AnnotationResult& r,
                   const Alteration& a,
                   const AlterationFacts& f,
                   std::optional<bool> hematologic,
                   QList<Flag>& flags)
{
    if (a.kind == AlterationKind::CopyNumber || a.kind == AlterationKind::Fusion
        || a.kind == AlterationKind::StructuralVariant || a.kind == AlterationKind::Biomarker)
        return;
    const float vaf = a.tumor.hasVaf() ? a.tumor.vaf : std::nanf("");
    const bool normalSeen = a.normal.hasVaf() || a.normal.hasDepth();
    const float normalVaf = a.normal.hasVaf() ? a.normal.vaf : 0.0f;
    const bool chipGene = Tiering::chipGenes().contains(f.gene) && (f.gene != u"JAK2" || f.proteinKey == u"V617F");
    const bool bloodCancer = hematologic.value_or(false);
    if (chipGene && !bloodCancer && f.altersProtein()) {
        if (normalSeen && normalVaf >= 0.02f && normalVaf < 0.35f) {
            flags << Flag{u"chip"_s,
                          Messages::tr("possible clonal hematopoiesis: %1 is a CHIP gene and the variant is in the "
                                       "matched normal at VAF %2")
                              .arg(f.gene)
                              .arg(double(normalVaf), 0, 'f', 3)};
            return;
        }
        if (!normalSeen && !std::isnan(vaf) && vaf >= 0.02f && vaf <= 0.20f) {
            flags << Flag{u"chip"_s,
                          Messages::tr("possible clonal hematopoiesis: %1 is a CHIP gene, tumor VAF %2 is low and "
                                       "there is no blood normal; confirm in blood")
                              .arg(f.gene)
                              .arg(double(vaf), 0, 'f', 3)};
            return;
        }
    }
    // A germline referral is suggested only for cancer-predisposition genes: those of the ACMG SF
    // list and the CPSR panel's loss-of-function genes.
    const std::optional<PredispositionGene> panel = PredispositionPanel::bundled().find(f.gene);
    const bool referral =
        panel
        && (!panel->acmgConditions.isEmpty() || (panel->mechanism.contains(u"LoF"_s) && !panel->inheritance.isEmpty()));
    const QString panels = panel ? panel->panels.join(u"; "_s) : QString();
    if (normalSeen && normalVaf >= 0.2f && a.normal.depth >= 10) {
        const QString where = Messages::tr("germline: in the matched normal at VAF %1 (tumor %2)")
                                  .arg(double(normalVaf), 0, 'f', 3)
                                  .arg(std::isnan(vaf) ? u"-"_s : QString::number(double(vaf), 'f', 3));
        flags << Flag{u"germline"_s,
                      referral ? Messages::tr("%1; %2 is a cancer-predisposition gene (%3): suggest germline "
                                              "referral and counselling")
                                     .arg(where, f.gene, panels)
                               : Messages::tr("%1; not a somatic finding; %2 is not a cancer-predisposition gene, "
                                              "so no referral is suggested")
                                     .arg(where, f.gene)};
        return;
    }
    const bool tumorOnly = r.caseData.samples.size() <= 1 && !normalSeen;
    if (referral && tumorOnly && !std::isnan(vaf) && a.tumor.depth >= 20
        && ((vaf >= 0.45f && vaf <= 0.55f) || vaf >= 0.95f))
        flags << Flag{u"germline"_s,
                      Messages::tr("possible germline: tumor VAF %1 with no matched normal, and %2 is a "
                                   "cancer-predisposition gene (%3); confirm on normal tissue before a referral")
                          .arg(double(vaf), 0, 'f', 3)
                          .arg(f.gene, panels)};
}

} // namespace

TierBasis Tiering::basisOf(const EvidenceItem& e)
{
    const QString& type = e.evidenceType;
    const QString& significance = e.significance;
    if (type == u"Predictive") {
        // Adverse Response is toxicity: a pharmacogenomic matter, not a tier of the tumor.
        if (significance == u"Adverse Response")
            return TierBasis::None;
        if (significance == u"Resistance")
            return TierBasis::Resistance;
        return TierBasis::Sensitivity; // Sensitivity/Response, Reduced Sensitivity
    }
    if (type == u"Diagnostic")
        return TierBasis::Diagnostic;
    if (type == u"Prognostic")
        return TierBasis::Prognostic;
    return TierBasis::None;
}

const QStringList& Tiering::chipGenes()
{
    static const QStringList genes{u"DNMT3A"_s,
                                   u"TET2"_s,
                                   u"ASXL1"_s,
                                   u"PPM1D"_s,
                                   u"JAK2"_s,
                                   u"TP53"_s,
                                   u"SF3B1"_s,
                                   u"SRSF2"_s,
                                   u"U2AF1"_s,
                                   u"ZRSR2"_s,
                                   u"GNB1"_s,
                                   u"CBL"_s,
                                   u"IDH2"_s,
                                   u"GNAS"_s,
                                   u"BRCC3"_s,
                                   u"CHEK2"_s};
    return genes;
}

int Tiering::ampRank(const QString& tier)
{
    return rankIn(ampOrder(), tier);
}

int Tiering::escatRank(const QString& tier)
{
    return rankIn(escatOrder(), tier);
}

int Tiering::oncokbRank(const QString& level)
{
    return rankIn(oncokbOrder(), level);
}

int Tiering::levelRank(const QString& level)
{
    static const QHash<QString, int> ranks{
        {u"FDA"_s, 0}, {u"EMA"_s, 0}, {u"1"_s, 0},   {u"R1"_s, 0}, {u"A"_s, 1},   {u"2"_s, 2},   {u"Dx1"_s, 2},
        {u"Px1"_s, 2}, {u"B"_s, 3},   {u"3A"_s, 3},  {u"R2"_s, 3}, {u"Dx2"_s, 3}, {u"Px2"_s, 3}, {u"C"_s, 4},
        {u"3B"_s, 4},  {u"Dx3"_s, 4}, {u"Px3"_s, 4}, {u"D"_s, 5},  {u"4"_s, 5},   {u"E"_s, 6},
    };
    return ranks.value(level, 9);
}

bool Tiering::isReportableWithoutEvidence(const Alteration& a)
{
    switch (a.kind) {
    case AlterationKind::CopyNumber:
        return a.detailOrNull()
               && (a.detailOrNull()->extra().cnaCall == CnaCall::Amplification
                   || a.detailOrNull()->extra().cnaCall == CnaCall::DeepDeletion);
    case AlterationKind::Fusion:
        return true;
    case AlterationKind::StructuralVariant:
    case AlterationKind::Biomarker:
        return false;
    default:
        break;
    }
    const Effect effect = AlterationFacts::effectOf(a);
    AlterationFacts f;
    f.effect = effect;
    return f.altersProtein() || effect == Effect::Unknown;
}

AmpTier Tiering::unmatchedAmpTier(const Alteration& a)
{
    return isReportableWithoutEvidence(a) ? AmpTier::III : AmpTier::None;
}

AlterationCall Tiering::callOf(const AnnotationResult& result, qint32 alteration)
{
    const AlterationCall* stored = result.callFor(alteration);
    return stored ? *stored : unmatchedCall(result, alteration);
}

QList<Flag> Tiering::flagsOf(const AnnotationResult& result, const AlterationCall& call)
{
    QList<Flag> flags = result.caseFlags;
    flags += call.flags;
    return flags;
}

QStringList Tiering::flagCodes(const QList<Flag>& flags)
{
    QStringList codes;
    for (const Flag& f : flags)
        if (!codes.contains(f.code))
            codes << f.code;
    return codes;
}

namespace {

/** The words of a call without evidence: the same for most alterations of a case or a study. */
struct UnmatchedReasons
{
    QString noEvidence;
    QString noEvidenceNoEffect;
    QString notTiered;
    QString noTherapeuticEvidence;
};

UnmatchedReasons unmatchedReasons()
{
    return {Messages::tr("no evidence in the knowledge base"),
            Messages::tr("no evidence in the knowledge base; consequence unknown (the input has no functional "
                         "annotation)"),
            Messages::tr("not tiered: no evidence, and not a protein-altering variant, amplification, deep deletion "
                         "or fusion"),
            Messages::tr("no therapeutic evidence")};
}

} // namespace

AlterationCall Tiering::unmatchedCall(const AnnotationResult& result, qint32 alteration)
{
    // In English (no translation on this thread) the words never change: looked up once per thread
    // instead of four times per alteration.
    std::optional<UnmatchedReasons> translated;
    thread_local const UnmatchedReasons english = [] {
        const SourceLanguageScope inEnglish;
        return unmatchedReasons();
    }();
    const UnmatchedReasons& reasons = Translator::active() ? translated.emplace(unmatchedReasons()) : english;
    AlterationCall call;
    call.alteration = alteration;
    const Alteration& a = result.caseData.alterations[size_t(alteration)];
    if (isReportableWithoutEvidence(a)) {
        call.amp.tier = ampTierName(AmpTier::III);
        call.amp.reason = AlterationFacts::effectOf(a) == Effect::Unknown && a.kind != AlterationKind::CopyNumber
                                  && a.kind != AlterationKind::Fusion
                              ? reasons.noEvidenceNoEffect
                              : reasons.noEvidence;
    } else {
        call.amp.reason = reasons.notTiered;
    }
    call.escat.tier = u"X"_s;
    call.escat.reason = reasons.noTherapeuticEvidence;
    return call;
}

void Tiering::assign(AnnotationResult& result)
{
    assign(result, {});
}

void Tiering::assign(AnnotationResult& result, const std::vector<AlterationFacts>& known)
{
    auto factsOf = [&](qint32 i, const Alteration& a) {
        return known.size() == result.caseData.alterations.size() ? known[size_t(i)] : AlterationFacts::of(a);
    };
    const Case& c = result.caseData;
    const bool missing = c.tumorType.isEmpty();
    result.calls.clear();
    result.caseFlags.clear();
    if (missing)
        result.caseFlags << Flag{u"tumor_type_missing"_s,
                                 Messages::tr("no tumor type was given: on- or off-label cannot be decided, so no "
                                              "alteration is tiered above Tier II")};
    const std::optional<bool> hematologic =
        missing ? std::nullopt : TumorTypeGraph::bundled().isHematologic(c.tumorType);
    Relevance relevance(c.tumorType);
    const PopulationFrequencies& population = PopulationFrequencies::bundled();
    LabelContext labels;
    labels.missing = missing;
    labels.receptors = &c.receptorStatus;
    for (const Alteration& a : c.alterations)
        labels.her2Amplified = labels.her2Amplified
                               || (a.kind == AlterationKind::CopyNumber && a.detailOrNull()
                                   && a.detailOrNull()->extra().cnaCall == CnaCall::Amplification
                                   && a.detailOrNull()->gene.compare(u"ERBB2", Qt::CaseInsensitive) == 0);

    // Curated assertions per (alteration, profile), on-label and supporting: FDA approval, NCCN
    // guideline, AMP Tier I.
    struct AssertionFacts
    {
        bool fda = false;
        bool nccn = false;
        QString tierOne; ///< the assertion that places the profile in Tier I, empty when none
    };
    std::map<std::pair<qint32, qint64>, AssertionFacts> assertionSupport;
    std::map<qint32, std::vector<qint32>> assertionsOf;
    for (const auto& [alteration, ai] : result.assertionMatches) {
        const AssertionItem& as = result.assertions[size_t(ai)];
        const TumorRelation rel = relevance.of(as.doid, QString(), as.disease).relation;
        const bool on = !missing
                        && (rel == TumorRelation::Same || rel == TumorRelation::EvidenceBroader
                            || rel == TumorRelation::EvidenceNarrower)
                        && as.doid != u"162";
        if (!on || as.direction != u"Supports")
            continue;
        AssertionFacts& s = assertionSupport[{alteration, as.molecularProfileId}];
        s.fda = s.fda || as.regulatoryApproval || as.fdaCompanionTest;
        s.nccn = s.nccn || !as.nccnGuideline.isEmpty();
        if (as.ampCategory.startsWith(u"Tier I -"_s) && s.tierOne.isEmpty())
            s.tierOne = as.displayId;
        assertionsOf[alteration].push_back(ai);
    }

    // Pharmacogenomic alterations: their genotype belongs to the pharmacogenomics section.
    QHash<qint32, QString> pharmacogenomic;
    for (const PgxFinding& f : result.pharmacogenomics)
        for (const PgxObservation& o : f.observed)
            pharmacogenomic.insert(o.alteration, f.gene);

    const qint32 n = qint32(c.alterations.size());
    size_t m = 0;
    for (qint32 i = 0; i < n; ++i) {
        const size_t firstMatch = m;
        while (m < result.matches.size() && result.matches[m].alteration == i)
            ++m;
        const Alteration& a = c.alterations[size_t(i)];
        labels.alteration = &a;
        const bool hasMatches = m > firstMatch;
        const bool small = isSmallVariant(a.kind);
        std::optional<PopulationFrequency> common;
        if (small && a.pos > 0 && population.mayContain(c.genome, a.pos))
            if (auto pf = population.lookup(c.genome, a.chrom, a.pos, a.ref, a.alt); pf && pf->af >= commonFrequency)
                common = pf;
        const auto pgx = pharmacogenomic.constFind(i);
        AlterationFacts facts;
        if (!hasMatches && !common && pgx == pharmacogenomic.cend()) {
            // Germline and CHIP flags matter for reportable variants: protein-altering ones.
            if (!small)
                continue;
            facts = factsOf(i, a);
            if (!facts.altersProtein())
                continue;
        } else {
            facts = factsOf(i, a);
        }
        QList<Flag> flags;
        germlineFlags(result, a, facts, hematologic, flags);
        if (pgx != pharmacogenomic.cend())
            flags << Flag{u"pharmacogenomic"_s,
                          Messages::tr("a %1 pharmacogenomic allele: genotype, phenotype and CPIC recommendation are "
                                       "in the pharmacogenomics section, never an AMP tier")
                              .arg(*pgx)};
        if (common)
            flags << Flag{u"common_variant"_s,
                          Messages::tr("common in the population: allele frequency %1 in %2")
                              .arg(common->af, 0, 'f', 3)
                              .arg(common->source)};
        if (!hasMatches && !common && pgx == pharmacogenomic.cend()) {
            if (flags.isEmpty())
                continue;
            AlterationCall call = unmatchedCall(result, i);
            call.flags = flags;
            result.calls.push_back(std::move(call));
            continue;
        }

        AlterationCall call;
        call.alteration = i;
        // The best item of each scheme; matches are sorted strongest level first.
        struct Best
        {
            QString tier;
            int rank = 99;
            qint32 evidence = -1;
            QString reason;
            TierBasis basis = TierBasis::None;
            int tieBreak = 0; ///< at equal tiers: the variant itself before a gene-level class, sensitivity first
        };
        auto better = [](const Best& candidate, const Best& best) {
            return candidate.rank < best.rank || (candidate.rank == best.rank && candidate.tieBreak < best.tieBreak);
        };
        Best amp, ampSensitivity, escat, oncoSensitive, oncoOther;
        // Why items set no tier, for the reason of a Tier III call.
        QStringList vus, germlineItems, withoutTherapyItems, untiered;
        bool anySupport = false;
        QString germlineCaveat;
        struct Considered
        {
            qint32 evidence;
            TierBasis basis;
            Label label;
            bool supports;
        };
        std::vector<Considered> considered;

        // Approvals of this alteration in this tumor type, and the labels' exclusions.
        QSet<QString> approvedOptions, excludedOptions;
        for (size_t k = firstMatch; k < m; ++k) {
            const Match& match = result.matches[k];
            const EvidenceItem& e = result.evidence[size_t(match.evidence)];
            if (!isApproval(e) || !match.classMember || missing)
                continue;
            const Label label = labelOf(match, e, labels);
            const bool covers = label == Label::On || (label == Label::PanCancer && !hematologic.value_or(true));
            if (!covers)
                continue;
            for (const QString& o : therapyOptions(e))
                (basisOf(e) == TierBasis::Resistance && label == Label::On ? excludedOptions : approvedOptions) << o;
        }

        for (size_t k = firstMatch; k < m; ++k) {
            const Match& match = result.matches[k];
            const EvidenceItem& e = result.evidence[size_t(match.evidence)];
            const TierBasis basis = basisOf(e);
            QString condition;
            const Label label = labelOf(match, e, labels, &condition);
            if (basis == TierBasis::None) {
                if (commonGermline(e) || e.significance == u"Adverse Response")
                    germlineItems << e.displayId;
                continue;
            }
            if (e.direction != u"Supports") {
                considered.push_back({match.evidence, basis, label, false});
                continue;
            }
            if (!match.classMember) {
                vus << e.displayId;
                continue;
            }
            if (commonGermline(e)) {
                germlineItems << e.displayId;
                continue;
            }
            if (withoutTherapy(e)) {
                withoutTherapyItems << e.displayId;
                continue;
            }
            anySupport = true;
            ItemContext ctx;
            ctx.label = label;
            ctx.basis = basis;
            const auto assertion = assertionSupport.find({i, e.molecularProfileId});
            const bool hasAssertion = assertion != assertionSupport.end();
            ctx.fdaAssertion = hasAssertion && assertion->second.fda;
            ctx.guidelineAssertion = hasAssertion && assertion->second.nccn;
            // CIViC level B is AMP level B only with expert consensus (docs/tiering.md, T6/T7).
            bool sharesApproval = false;
            for (const QString& o : therapyOptions(e))
                sharesApproval = sharesApproval || approvedOptions.contains(o);
            if (e.level == u"B") {
                if (hasAssertion && !assertion->second.tierOne.isEmpty()) {
                    ctx.consensus = true;
                    ctx.consensusWhy =
                        Messages::tr("CIViC assertion %1 places it in Tier I").arg(assertion->second.tierOne);
                } else if (sharesApproval) {
                    ctx.consensus = true;
                    ctx.consensusWhy = Messages::tr("the therapy is approved for this biomarker here");
                } else if (match.geneLevel) {
                    ctx.consensusWhy =
                        Messages::tr("class-level item: consensus needs an assertion or an approval, not a rating");
                } else if (e.rating >= 4) {
                    ctx.consensus = true;
                    ctx.consensusWhy = Messages::tr("rated %1 of 5").arg(e.rating);
                } else {
                    ctx.consensusWhy =
                        e.rating > 0 ? Messages::tr("rated %1 of 5, no Tier I assertion or approval").arg(e.rating)
                                     : Messages::tr("not rated, no Tier I assertion or approval");
                }
            }
            if (basis == TierBasis::Resistance) {
                ctx.approvedWhy = approvedDrugOf(result, e);
                ctx.approvedHere = !ctx.approvedWhy.isEmpty();
            }
            ctx.tumorAgnosticCovers = isApproval(e) && label == Label::PanCancer && !hematologic.value_or(true);
            // A label that excludes this tumor type for the same therapy voids a broader approval.
            if (isApproval(e) && basis == TierBasis::Sensitivity && label == Label::PanCancer) {
                bool excluded = false;
                for (const QString& o : therapyOptions(e))
                    excluded = excluded || excludedOptions.contains(o);
                if (excluded) {
                    untiered << Messages::tr("%1: the label excludes this tumor type").arg(e.displayId);
                    continue;
                }
            }
            if (germlineOnly(e) && germlineCaveat.isEmpty())
                germlineCaveat = e.displayId;
            considered.push_back({match.evidence, basis, label, true});

            const ItemTiers t = tierItem(e, ctx);
            // What the item is, written only for an item that becomes a call's best so far.
            QString what;
            auto whatText = [&]() -> const QString& {
                if (what.isEmpty())
                    what = Messages::tr("%1, %2 %3 in %4, %5, %6 match")
                               .arg(itemText(e),
                                    tierBasisText(tierBasisName(basis)),
                                    kbTermText(e.significance),
                                    e.disease.isEmpty() ? u"-"_s : e.disease,
                                    labelText(label, match, condition),
                                    match.geneLevel ? Messages::tr("gene-level") : matchClassText(match.matchClass));
                return what;
            };
            const int tieBreak = (match.geneLevel ? 100 : 0) + int(basis) * 10 + int(match.matchClass);
            auto consider = [&](Best& best, const QStringList& order, const QString& tier, const QString& rule) {
                if (tier.isEmpty())
                    return;
                Best candidate{tier, rankIn(order, tier), match.evidence, QString(), basis, tieBreak};
                if (better(candidate, best)) {
                    candidate.reason = whatText() + u"; "_s + rule;
                    best = std::move(candidate);
                }
            };
            if (t.amp == AmpTier::None && !t.ampRule.isEmpty())
                untiered << e.displayId + u": "_s + t.ampRule;
            consider(amp, ampOrder(), ampTierName(t.amp), t.ampRule);
            if (basis == TierBasis::Sensitivity) {
                consider(ampSensitivity, ampOrder(), ampTierName(t.amp), t.ampRule);
                consider(escat, escatOrder(), t.escat, t.escatRule);
            }
            consider(
                basis == TierBasis::Sensitivity ? oncoSensitive : oncoOther, oncokbOrder(), t.oncokb, t.oncokbRule);
        }
        // Curated assertions carry an AMP category of their own.
        for (qint32 ai : assertionsOf[i]) {
            const AssertionItem& as = result.assertions[size_t(ai)];
            const AmpTier at = ampTierFromName(ampOfCategory(as.ampCategory));
            EvidenceItem shape;
            shape.evidenceType = as.assertionType;
            shape.significance = as.significance;
            const TierBasis basis = basisOf(shape);
            if (at == AmpTier::None || basis == TierBasis::None)
                continue;
            if (basis == TierBasis::Resistance && shape.therapies.isEmpty()) {
                EvidenceItem drugs;
                drugs.therapies = as.therapies;
                if (approvedDrugOf(result, drugs).isEmpty())
                    continue; // resistance to a drug not given in this tumor type: no Tier I (T9)
            }
            anySupport = true;
            if (const int r = rankIn(ampOrder(), ampTierName(at)); r < amp.rank)
                amp = Best{ampTierName(at),
                           r,
                           -1,
                           Messages::tr("CIViC assertion %1 (%2, %3 %4, %5) in %6")
                               .arg(as.displayId,
                                    as.ampCategory,
                                    tierBasisName(basis),
                                    as.significance,
                                    as.regulatoryApproval ? Messages::tr("FDA-approved") : Messages::tr("curated"),
                                    as.disease),
                           basis};
        }

        if (common) {
            // Benign or likely benign for somatic tiering, whatever evidence matched (Li 2017 Tier IV).
            call.amp.tier = ampTierName(AmpTier::IV);
            call.amp.reason = Messages::tr("T0 common in the population (allele frequency %1 in %2 >= 1 %): benign "
                                           "or likely benign for somatic tiering, whatever evidence matches")
                                  .arg(common->af, 0, 'f', 3)
                                  .arg(common->source);
        } else if (amp.rank < 99) {
            call.amp = TierCall{amp.tier, tierBasisName(amp.basis), amp.reason, amp.evidence};
        } else if (pgx != pharmacogenomic.cend()) {
            call.amp.reason = Messages::tr("not tiered: a %1 pharmacogenomic allele (see the pharmacogenomics "
                                           "section)")
                                  .arg(*pgx);
        } else {
            call.amp.tier = ampTierName(isReportableWithoutEvidence(a) ? AmpTier::III : AmpTier::None);
            QStringList why;
            if (!vus.isEmpty())
                why << Messages::tr("a variant of unknown significance: gene-level class evidence (%1) applies only "
                                    "to functional members of the class (truncating in a tumor suppressor, or a "
                                    "change or residue a knowledge base documents)")
                           .arg(vus.join(u", "_s));
            if (!germlineItems.isEmpty())
                why << Messages::tr("evidence about common germline or pharmacogenomic variants (%1) sets no somatic "
                                    "tier")
                           .arg(germlineItems.join(u", "_s));
            if (!withoutTherapyItems.isEmpty())
                why << Messages::tr("predictive items without a therapy (%1) set no therapeutic tier")
                           .arg(withoutTherapyItems.join(u", "_s));
            if (!untiered.isEmpty())
                why << untiered.join(u"; "_s);
            if (why.isEmpty())
                why << (anySupport ? Messages::tr("evidence only off-label or of unknown relevance")
                                   : Messages::tr("matched evidence is biological (oncogenic, functional) or germline "
                                                  "only, or does not support"));
            call.amp.reason = why.join(u"; "_s);
        }
        if (!common && escat.rank < 99) {
            call.escat = TierCall{escat.tier, tierBasisName(escat.basis), escat.reason, escat.evidence};
        } else {
            call.escat.tier = u"X"_s;
            call.escat.reason = common ? Messages::tr("common in the population")
                                       : Messages::tr("no therapeutic (sensitivity) evidence");
        }
        const Best& onco = oncoSensitive.rank < 99 ? oncoSensitive : oncoOther;
        if (!common && onco.rank < 99)
            call.oncokb = TierCall{onco.tier, tierBasisName(onco.basis), onco.reason, onco.evidence};
        else
            call.oncokb.reason =
                common ? Messages::tr("common in the population")
                       : Messages::tr("no level: no supporting therapeutic, diagnostic or prognostic evidence");
        if (!common && oncoSensitive.rank < 99 && oncoOther.rank < 99)
            call.oncokb.reason += Messages::tr("; also %1 (%2)").arg(oncoOther.tier, oncoOther.reason);

        // A biomarker OncoBoard estimated (TMB from the case's variants) is not an assay's measurement.
        if (const AlterationDetail* d = a.detailOrNull(); d && !d->extra().estimateMethod.isEmpty()) {
            if (!d->extra().estimateCaveat.isEmpty() && isTierOne(ampTierFromName(call.amp.tier))) {
                call.amp.reason = Messages::tr("T17 %1, but the value is an estimate (%2): at most II-C")
                                      .arg(call.amp.tier, d->extra().estimateCaveat)
                                  + u"; "_s + call.amp.reason;
                call.amp.tier = ampTierName(AmpTier::IIC);
            }
            flags << Flag{
                u"estimated_biomarker"_s,
                Messages::tr("%1 is %2; confirm with a validated assay before acting on it")
                        .arg(a.displayName(), d->extra().estimateMethod)
                    + (d->extra().estimateCaveat.isEmpty() ? QString() : u" ("_s + d->extra().estimateCaveat + u')')};
        }

        // Flags.
        if (!germlineCaveat.isEmpty() && !common)
            flags << Flag{u"germline_evidence"_s,
                          Messages::tr("evidence about germline variants (%1) applied to this variant: its evidence "
                                       "(e.g. a germline-only approval) holds for a somatic call only with caution; "
                                       "establish the variant's origin")
                              .arg(germlineCaveat)};
        conflictFlags(result, considered, amp.evidence, ampSensitivity.evidence, flags);
        // Compared on sensitivity evidence, the one thing all three schemes rank.
        const QString onco3 = oncoSensitive.rank < 99 ? oncoSensitive.tier : QString();
        const bool ampAct = onco::isActionable(ampTierFromName(ampSensitivity.tier));
        const bool escatAct = actionableEscat(escat.tier);
        const bool oncoAct = actionableOncokb(onco3);
        if (!common && (ampAct != escatAct || ampAct != oncoAct))
            flags << schemeFlag(ampAct, escatAct, oncoAct, ampSensitivity.tier, escat.tier, onco3);
        call.flags = flags;
        result.calls.push_back(std::move(call));
    }
}

} // namespace onco
