#include "Tiering.h"

#include "AlterationFacts.h"
#include "Relevance.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::Tiering)
};

enum class Basis
{
    Sensitivity,
    Resistance,
    Diagnostic,
    Prognostic,
    None, ///< predisposing, oncogenic, functional: biology or germline track, no tier
};

QString basisName(Basis b)
{
    switch (b) {
    case Basis::Sensitivity:
        return u"sensitivity"_s;
    case Basis::Resistance:
        return u"resistance"_s;
    case Basis::Diagnostic:
        return u"diagnostic"_s;
    case Basis::Prognostic:
        return u"prognostic"_s;
    case Basis::None:
        break;
    }
    return {};
}

Basis basisOfFields(const QString& type, const QString& significance)
{
    if (type == u"Predictive") {
        if (significance == u"Resistance" || significance == u"Adverse Response")
            return Basis::Resistance;
        return Basis::Sensitivity; // Sensitivity/Response, Reduced Sensitivity
    }
    if (type == u"Diagnostic")
        return Basis::Diagnostic;
    if (type == u"Prognostic")
        return Basis::Prognostic;
    return Basis::None;
}

enum class Label
{
    On,      ///< same disease, a broader one (pan-cancer included) or a subtype
    Off,     ///< unrelated disease
    Unknown, ///< relation unknown (disease not mapped)
    Missing, ///< the case has no tumor type
};

Label labelOf(const Match& m, bool tumorTypeMissing)
{
    if (tumorTypeMissing)
        return Label::Missing;
    switch (m.relation) {
    case TumorRelation::Same:
    case TumorRelation::EvidenceBroader:
    case TumorRelation::EvidenceNarrower:
        return Label::On;
    case TumorRelation::Unrelated:
        return Label::Off;
    case TumorRelation::Unknown:
        break;
    }
    return Label::Unknown;
}

QString labelText(Label l, const Match& m)
{
    switch (l) {
    case Label::On:
        return Messages::tr("on-label (%1)").arg(tumorRelationName(m.relation));
    case Label::Off:
        return Messages::tr("off-label (unrelated disease)");
    case Label::Unknown:
        return Messages::tr("disease relation unknown, taken as off-label");
    case Label::Missing:
        return Messages::tr("tumor type missing, capped at Tier II");
    }
    return {};
}

bool panCancer(const EvidenceItem& e)
{
    const QString d = e.disease.trimmed().toLower();
    return e.doid == u"162" || d == u"solid tumor" || d == u"all solid tumors" || d == u"all tumors" || d == u"cancer";
}

bool isSmallVariantKind(AlterationKind k)
{
    return k == AlterationKind::Snv || k == AlterationKind::Mnv || k == AlterationKind::Insertion
           || k == AlterationKind::Deletion || k == AlterationKind::Delins;
}

bool isOncoKb(const EvidenceItem& e)
{
    return e.kb.source == u"OncoKB";
}

const QStringList& ampOrder()
{
    static const QStringList order{u"I-A"_s, u"I-B"_s, u"II-C"_s, u"II-D"_s, u"III"_s};
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

/** AMP tier of one item (Li 2017 Table 3 with PCGR's CIViC mapping; docs/tiering.md). */
QString ampTier(const EvidenceItem& e, Label label)
{
    const QString& l = e.level;
    if (isOncoKb(e)) {
        static const QStringList strong{u"1"_s, u"2"_s, u"R1"_s, u"Dx1"_s, u"Dx2"_s, u"Px1"_s, u"Px2"_s};
        static const QStringList clinical{u"3A"_s, u"R2"_s, u"Dx3"_s, u"Px3"_s};
        if (label == Label::On) {
            if (strong.contains(l))
                return u"I-A"_s;
            if (clinical.contains(l))
                return u"I-B"_s;
            if (l == u"3B")
                return u"II-C"_s;
            if (l == u"4")
                return u"II-D"_s;
            return {};
        }
        if (strong.contains(l) || clinical.contains(l) || l == u"3B")
            return u"II-C"_s;
        if (l == u"4")
            return label == Label::Missing ? u"II-D"_s : u"III"_s;
        return {};
    }
    // CIViC-style levels A-E (CIViC, local curation).
    switch (label) {
    case Label::On:
        if (l == u"A")
            return u"I-A"_s;
        if (l == u"B")
            return u"I-B"_s;
        if (l == u"C")
            return u"II-C"_s;
        if (l == u"D" || l == u"E")
            return u"II-D"_s;
        return {};
    case Label::Missing:
        if (l == u"A" || l == u"B" || l == u"C")
            return u"II-C"_s;
        if (l == u"D" || l == u"E")
            return u"II-D"_s;
        return {};
    case Label::Off:
    case Label::Unknown:
        if (l == u"A" || l == u"B")
            return u"II-C"_s;
        if (l == u"C" || l == u"D" || l == u"E")
            return u"III"_s;
        return {};
    }
    return {};
}

/** ESCAT tier of one sensitivity item (approximation; docs/tiering.md). */
QString escatTier(const EvidenceItem& e, Label label, bool bucket)
{
    const QString& l = e.level;
    const bool on = label == Label::On;
    if (isOncoKb(e)) {
        if (on && (l == u"1" || l == u"2"))
            return bucket ? u"III-B"_s : (panCancer(e) ? u"I-C"_s : u"I-A/B"_s);
        if (on && l == u"3A")
            return bucket ? u"III-B"_s : u"II-A/B"_s;
        if (l == u"1" || l == u"2" || l == u"3A" || l == u"3B")
            return u"III-A"_s;
        if (l == u"4")
            return u"IV-A"_s;
        return {};
    }
    if (on && (l == u"A" || l == u"B")) {
        if (bucket)
            return u"III-B"_s;
        if (panCancer(e))
            return u"I-C"_s;
        return l == u"A" ? u"I-A/B"_s : u"II-A/B"_s;
    }
    if (on && l == u"C")
        return u"II-B"_s;
    if (l == u"A" || l == u"B" || l == u"C")
        return u"III-A"_s;
    if (l == u"D")
        return u"IV-A"_s;
    if (l == u"E")
        return u"IV-B"_s;
    return {};
}

/** OncoKB-style level of one item (approximation for CIViC; docs/tiering.md). */
QString oncokbLevel(const EvidenceItem& e, Basis basis, Label label, bool fdaAssertion, bool guidelineAssertion)
{
    const QString& l = e.level;
    const bool on = label == Label::On;
    if (isOncoKb(e)) {
        if (on)
            return l;
        if (l == u"1" || l == u"2" || l == u"3A" || l == u"3B")
            return u"3B"_s;
        if (l == u"R1" || l == u"R2")
            return u"R2"_s;
        if (l == u"4")
            return u"4"_s;
        return {};
    }
    switch (basis) {
    case Basis::Sensitivity:
        if (on && l == u"A")
            return fdaAssertion ? u"1"_s : u"2"_s;
        if (on && (l == u"B" || l == u"C"))
            return u"3A"_s;
        if (l == u"A" || l == u"B" || l == u"C")
            return u"3B"_s;
        if (l == u"D")
            return u"4"_s;
        return {};
    case Basis::Resistance:
        if (on && l == u"A")
            return u"R1"_s;
        if (l == u"A" || l == u"B" || l == u"C")
            return u"R2"_s;
        return {};
    case Basis::Diagnostic:
        if (!on)
            return {};
        if (l == u"A")
            return fdaAssertion ? u"Dx1"_s : u"Dx2"_s;
        if (l == u"B" || l == u"C")
            return u"Dx3"_s;
        return {};
    case Basis::Prognostic:
        if (!on)
            return {};
        if (l == u"A")
            return guidelineAssertion || fdaAssertion ? u"Px1"_s : u"Px2"_s;
        if (l == u"B")
            return u"Px3"_s;
        return {};
    case Basis::None:
        break;
    }
    return {};
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

bool actionableAmp(const QString& t)
{
    return t.startsWith(u"I-") || t.startsWith(u"II-");
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
    return u"%1 %2 (%3 %4)"_s.arg(e.kb.source, e.displayId, e.level.isEmpty() ? u"-"_s : e.level, e.evidenceType);
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
    if (normalSeen && normalVaf >= 0.2f && a.normal.depth >= 10) {
        flags << Flag{u"germline"_s,
                      Messages::tr("likely germline: in the matched normal at VAF %1 (tumor %2); suggest germline "
                                   "referral and counselling")
                          .arg(double(normalVaf), 0, 'f', 3)
                          .arg(std::isnan(vaf) ? u"-"_s : QString::number(double(vaf), 'f', 3))};
        return;
    }
    const bool tumorOnly = r.caseData.samples.size() <= 1 && !normalSeen;
    if (tumorOnly && !std::isnan(vaf) && a.tumor.depth >= 20 && ((vaf >= 0.45f && vaf <= 0.55f) || vaf >= 0.95f))
        flags << Flag{u"germline"_s,
                      Messages::tr("possible germline: tumor VAF %1 with no matched normal; confirm on normal tissue")
                          .arg(double(vaf), 0, 'f', 3)};
}

} // namespace

TierBasis Tiering::basisOf(const EvidenceItem& e)
{
    switch (basisOfFields(e.evidenceType, e.significance)) {
    case Basis::Sensitivity:
        return TierBasis::Sensitivity;
    case Basis::Resistance:
        return TierBasis::Resistance;
    case Basis::Diagnostic:
        return TierBasis::Diagnostic;
    case Basis::Prognostic:
        return TierBasis::Prognostic;
    case Basis::None:
        break;
    }
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
        {u"1"_s, 0},
        {u"R1"_s, 0},
        {u"A"_s, 1},
        {u"2"_s, 2},
        {u"Dx1"_s, 2},
        {u"Px1"_s, 2},
        {u"B"_s, 3},
        {u"3A"_s, 3},
        {u"R2"_s, 3},
        {u"Dx2"_s, 3},
        {u"Px2"_s, 3},
        {u"C"_s, 4},
        {u"3B"_s, 4},
        {u"Dx3"_s, 4},
        {u"Px3"_s, 4},
        {u"D"_s, 5},
        {u"4"_s, 5},
        {u"E"_s, 6},
    };
    return ranks.value(level, 9);
}

bool Tiering::isReportableWithoutEvidence(const Alteration& a)
{
    switch (a.kind) {
    case AlterationKind::CopyNumber:
        return a.detailOrNull()
               && (a.detailOrNull()->cnaCall == CnaCall::Amplification
                   || a.detailOrNull()->cnaCall == CnaCall::DeepDeletion);
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

AlterationCall Tiering::unmatchedCall(const AnnotationResult& result, qint32 alteration)
{
    AlterationCall call;
    call.alteration = alteration;
    const Alteration& a = result.caseData.alterations[size_t(alteration)];
    if (isReportableWithoutEvidence(a)) {
        call.amp.tier = ampTierName(AmpTier::III);
        call.amp.reason = AlterationFacts::effectOf(a) == Effect::Unknown && a.kind != AlterationKind::CopyNumber
                                  && a.kind != AlterationKind::Fusion
                              ? Messages::tr("no evidence in the knowledge base; consequence unknown (the input has "
                                             "no functional annotation)")
                              : Messages::tr("no evidence in the knowledge base");
    } else {
        call.amp.reason = Messages::tr("not tiered: no evidence, and not a protein-altering variant, amplification, "
                                       "deep deletion or fusion");
    }
    call.escat.tier = u"X"_s;
    call.escat.reason = Messages::tr("no therapeutic evidence");
    return call;
}

void Tiering::assign(AnnotationResult& result)
{
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

    // Assertions per alteration: FDA approval or guideline for a profile, on-label.
    std::map<std::pair<qint32, qint64>, std::pair<bool, bool>> assertionSupport; // (alteration, profile) -> fda, nccn
    std::map<qint32, std::vector<qint32>> assertionsOf;
    for (const auto& [alteration, ai] : result.assertionMatches) {
        const AssertionItem& as = result.assertions[size_t(ai)];
        const TumorRelation rel = relevance.of(as.doid, QString(), as.disease).relation;
        const bool on = !missing
                        && (rel == TumorRelation::Same || rel == TumorRelation::EvidenceBroader
                            || rel == TumorRelation::EvidenceNarrower);
        if (!on || as.direction != u"Supports")
            continue;
        auto& s = assertionSupport[{alteration, as.molecularProfileId}];
        s.first = s.first || as.regulatoryApproval || as.fdaCompanionTest;
        s.second = s.second || !as.nccnGuideline.isEmpty();
        assertionsOf[alteration].push_back(ai);
    }

    const qint32 n = qint32(c.alterations.size());
    size_t m = 0;
    for (qint32 i = 0; i < n; ++i) {
        const size_t firstMatch = m;
        while (m < result.matches.size() && result.matches[m].alteration == i)
            ++m;
        const Alteration& a = c.alterations[size_t(i)];
        const bool hasMatches = m > firstMatch;
        AlterationFacts facts;
        bool relevant = hasMatches;
        if (!hasMatches) {
            // Germline and CHIP flags matter for reportable variants: protein-altering ones.
            if (!isSmallVariantKind(a.kind))
                continue;
            facts = AlterationFacts::of(a);
            relevant = facts.altersProtein();
            if (!relevant)
                continue;
        } else {
            facts = AlterationFacts::of(a);
        }
        QList<Flag> flags;
        germlineFlags(result, a, facts, hematologic, flags);
        if (!hasMatches) {
            if (flags.isEmpty())
                continue;
            AlterationCall call = unmatchedCall(result, i);
            call.flags = flags;
            result.calls.push_back(std::move(call));
            continue;
        }

        AlterationCall call;
        call.alteration = i;
        // The best item of each scheme; matches are sorted strongest level first, so the first
        // item reaching a tier decides it.
        struct Best
        {
            QString tier;
            int rank = 99;
            qint32 evidence = -1;
            QString reason;
            Basis basis = Basis::None;
            int tieBreak = 0; ///< at equal tiers: the variant itself before a gene-level class, sensitivity first
        };
        auto better = [](const Best& candidate, const Best& best) {
            return candidate.rank < best.rank || (candidate.rank == best.rank && candidate.tieBreak < best.tieBreak);
        };
        Best amp, ampSensitivity, escat, oncoSensitive, oncoOther;
        bool anySupport = false;
        QStringList counter;
        // therapy -> (sensitivity items, resistance items) among on-label Supports items
        std::map<QString, std::pair<QStringList, QStringList>> byTherapy;

        for (size_t k = firstMatch; k < m; ++k) {
            const Match& match = result.matches[k];
            const EvidenceItem& e = result.evidence[size_t(match.evidence)];
            const Basis basis = basisOfFields(e.evidenceType, e.significance);
            const Label label = labelOf(match, missing);
            if (basis == Basis::None)
                continue;
            if (e.direction != u"Supports") {
                if (label == Label::On)
                    counter << itemText(e);
                continue;
            }
            anySupport = true;
            const auto assertion = assertionSupport.find({i, e.molecularProfileId});
            const bool fda = assertion != assertionSupport.end() && assertion->second.first;
            const bool nccn = assertion != assertionSupport.end() && assertion->second.second;
            const QString why =
                Messages::tr("%1, %2 %3 in %4, %5, %6 match")
                    .arg(itemText(e),
                         basisName(basis),
                         e.significance,
                         e.disease.isEmpty() ? u"-"_s : e.disease,
                         labelText(label, match),
                         match.geneLevel ? Messages::tr("gene-level") : matchClassName(match.matchClass));
            const int tieBreak = (match.geneLevel ? 100 : 0) + int(basis) * 10 + int(match.matchClass);
            auto consider = [&](Best& best, const QStringList& order, const QString& tier, const QString& reason) {
                if (tier.isEmpty())
                    return;
                const Best candidate{tier, rankIn(order, tier), match.evidence, reason, basis, tieBreak};
                if (better(candidate, best))
                    best = candidate;
            };
            const QString at = ampTier(e, label);
            consider(amp, ampOrder(), at, why);
            if (basis == Basis::Sensitivity) {
                consider(ampSensitivity, ampOrder(), at, why);
                consider(escat, escatOrder(), escatTier(e, label, match.geneLevel), why);
            }
            consider(basis == Basis::Sensitivity ? oncoSensitive : oncoOther,
                     oncokbOrder(),
                     oncokbLevel(e, basis, label, fda, nccn),
                     fda ? why + Messages::tr("; FDA-approved per a CIViC assertion") : why);
            if (label == Label::On && (basis == Basis::Sensitivity || basis == Basis::Resistance)) {
                for (const QString& therapy : therapyOptions(e)) {
                    auto& t = byTherapy[therapy];
                    (basis == Basis::Sensitivity ? t.first : t.second) << e.displayId;
                }
            }
        }
        // Curated assertions carry an AMP category of their own.
        for (qint32 ai : assertionsOf[i]) {
            const AssertionItem& as = result.assertions[size_t(ai)];
            const QString at = ampOfCategory(as.ampCategory);
            const Basis basis = basisOfFields(as.assertionType, as.significance);
            if (at.isEmpty() || basis == Basis::None)
                continue;
            anySupport = true;
            if (const int r = rankIn(ampOrder(), at); r < amp.rank)
                amp = Best{at,
                           r,
                           -1,
                           Messages::tr("CIViC assertion %1 (%2, %3 %4, %5) in %6")
                               .arg(as.displayId,
                                    as.ampCategory,
                                    basisName(basis),
                                    as.significance,
                                    as.regulatoryApproval ? Messages::tr("FDA-approved") : Messages::tr("curated"),
                                    as.disease),
                           basis};
        }

        if (amp.rank < 99) {
            call.amp = TierCall{amp.tier, basisName(amp.basis), amp.reason, amp.evidence};
        } else {
            call.amp.tier = u"III"_s;
            call.amp.reason = anySupport ? Messages::tr("evidence only off-label or of unknown relevance")
                                         : Messages::tr("matched evidence is biological (oncogenic, functional) or "
                                                        "germline only, or does not support");
        }
        if (escat.rank < 99) {
            call.escat = TierCall{escat.tier, basisName(escat.basis), escat.reason, escat.evidence};
        } else {
            call.escat.tier = u"X"_s;
            call.escat.reason = Messages::tr("no therapeutic (sensitivity) evidence");
        }
        const Best& onco = oncoSensitive.rank < 99 ? oncoSensitive : oncoOther;
        if (onco.rank < 99)
            call.oncokb = TierCall{onco.tier, basisName(onco.basis), onco.reason, onco.evidence};
        else
            call.oncokb.reason = Messages::tr("no level: no supporting therapeutic, diagnostic or prognostic evidence");
        if (oncoSensitive.rank < 99 && oncoOther.rank < 99)
            call.oncokb.reason += Messages::tr("; also %1 (%2)").arg(oncoOther.tier, oncoOther.reason);

        // Flags.
        if (!counter.isEmpty())
            flags << Flag{u"conflicting_evidence"_s,
                          Messages::tr("on-label evidence that does not support: %1").arg(counter.join(u", "_s))};
        for (const auto& [therapy, items] : byTherapy)
            if (!items.first.isEmpty() && !items.second.isEmpty())
                flags << Flag{u"conflicting_evidence"_s,
                              Messages::tr("%1: sensitivity (%2) and resistance (%3) on-label")
                                  .arg(therapy, items.first.join(u", "_s), items.second.join(u", "_s))};
        // Compared on sensitivity evidence, the one thing all three schemes rank.
        const QString onco3 = oncoSensitive.rank < 99 ? oncoSensitive.tier : QString();
        const bool ampAct = actionableAmp(ampSensitivity.tier);
        const bool escatAct = actionableEscat(escat.tier);
        const bool oncoAct = actionableOncokb(onco3);
        if (ampAct != escatAct || ampAct != oncoAct)
            flags << Flag{u"scheme_disagreement"_s,
                          Messages::tr("actionable in %1, not in %2 (sensitivity: AMP %3, ESCAT %4, OncoKB-style %5)")
                              .arg(
                                  [&] {
                                      QStringList yes;
                                      if (ampAct)
                                          yes << u"AMP"_s;
                                      if (escatAct)
                                          yes << u"ESCAT"_s;
                                      if (oncoAct)
                                          yes << u"OncoKB-style"_s;
                                      return yes.join(u", "_s);
                                  }(),
                                  [&] {
                                      QStringList no;
                                      if (!ampAct)
                                          no << u"AMP"_s;
                                      if (!escatAct)
                                          no << u"ESCAT"_s;
                                      if (!oncoAct)
                                          no << u"OncoKB-style"_s;
                                      return no.join(u", "_s);
                                  }(),
                                  ampSensitivity.tier.isEmpty() ? u"-"_s : ampSensitivity.tier,
                                  escat.tier.isEmpty() ? u"X"_s : escat.tier,
                                  onco3.isEmpty() ? u"-"_s : onco3)};
        call.flags = flags;
        result.calls.push_back(std::move(call));
    }
}

} // namespace onco
