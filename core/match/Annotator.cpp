#include "Annotator.h"

#include "AlterationFacts.h"
#include "KnownVariants.h"
#include "Matcher.h"
#include "MutationBurden.h"
#include "Relevance.h"
#include "TierRules.h"
#include "Tiering.h"
#include "germline/Pharmacogenomics.h"
#include "germline/PopulationFrequencies.h"
#include "io/LiftOver.h"
#include "kb/ApprovalsImporter.h"
#include "kb/KnowledgeBase.h"
#include "ontology/OncoTree.h"
#include "ontology/TumorTypeGraph.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Reference sources (gene roles, drug synonyms) hold no evidence and are not matched against. */
bool hasEvidence(KnowledgeBase& kb, const KbReleaseInfo& release)
{
    return kb.count("evidence", release.id) > 0;
}

/** The evidence of the approvals releases among `releases` (drug approvals by tumor type). */
Result<std::vector<EvidenceItem>> loadApprovals(KnowledgeBase& kb, const std::vector<KbReleaseInfo>& releases)
{
    std::vector<EvidenceItem> approvals;
    for (const KbReleaseInfo& release : releases) {
        if (release.kb.source != QLatin1String(ApprovalsImporter::source))
            continue;
        auto profiles = kb.profiles(release.id);
        if (!profiles)
            return Unexpected{profiles.error()};
        QList<qint64> ids;
        for (const KbProfile& p : *profiles)
            ids << p.id;
        auto items = kb.evidenceForProfiles(release.id, ids);
        if (!items)
            return Unexpected{items.error()};
        for (EvidenceItem& e : *items)
            approvals.push_back(std::move(e));
    }
    return approvals;
}

/**
 * The drugs an approval in force covers in the case's tumor type, whatever the biomarker: a
 * sensitivity approval of that tumor type (not a tumor-agnostic one) that no label excludes.
 */
void collectApprovedTherapies(const std::vector<EvidenceItem>& items, AnnotationResult& result)
{
    const QString& tumorType = result.caseData.tumorType;
    if (tumorType.isEmpty())
        return;
    Relevance relevance(tumorType);
    QSet<QString> excluded; // "PROFILE\tTHERAPY" a label excludes in this tumor type
    std::vector<const EvidenceItem*> approvals;
    for (const EvidenceItem& e : items) {
        const TumorRelation rel = relevance.of(e).relation;
        const bool related = rel == TumorRelation::Same || rel == TumorRelation::EvidenceBroader;
        if (!related)
            continue;
        if (Tiering::basisOf(e) == TierBasis::Resistance) {
            if (!isPanCancer(e))
                excluded.insert(QString::number(e.molecularProfileId) + u'\t' + therapyLabel(e));
            continue;
        }
        // A tumor-agnostic approval is for its biomarker's carriers only: it does not make the
        // drug a treatment of this tumor type.
        if (isPanCancer(e))
            continue;
        approvals.push_back(&e);
    }
    for (const EvidenceItem* e : approvals) {
        if (excluded.contains(QString::number(e->molecularProfileId) + u'\t' + therapyLabel(*e)))
            continue;
        for (const QString& drug : e->therapies)
            if (!drug.trimmed().isEmpty() && !result.approvedTherapies.contains(drug.trimmed().toLower()))
                result.approvedTherapies.insert(drug.trimmed().toLower(), e->displayId);
    }
}

/**
 * Estimates the case's TMB when the territory is known; the estimate becomes the case's TMB
 * biomarker unless an input states one (a lab's validated measurement wins, the estimate stays in
 * result.tmb for comparison). An earlier estimate is replaced by a new one, kept when none is made.
 */
void addTmbEstimate(AnnotationResult& result, double panelSizeMb)
{
    Case& c = result.caseData;
    result.tmb = MutationBurden::estimate(c, panelSizeMb);
    std::optional<size_t> given, estimated;
    for (size_t i = 0; i < c.alterations.size(); ++i) {
        const Alteration& a = c.alterations[i];
        if (a.kind != AlterationKind::Biomarker || !a.detailOrNull() || a.detailOrNull()->extra().biomarker != u"TMB")
            continue;
        if (a.detailOrNull()->extra().estimateMethod.isEmpty())
            given = given.value_or(i);
        else
            estimated = estimated.value_or(i);
    }
    if (given) {
        if (result.tmb.computed)
            result.tmb.caveat = QCoreApplication::translate("onco::Annotator",
                                                            "an input states the case's TMB, which is used; this "
                                                            "estimate is for comparison only");
        return;
    }
    if (!result.tmb.computed) {
        if (estimated) { // estimated when the case was made: say so, with its method
            const AlterationDetail& d = *c.alterations[*estimated].detailOrNull();
            result.tmb.computed = true;
            result.tmb.value = d.extra().value;
            result.tmb.method = d.extra().estimateMethod;
            result.tmb.caveat = d.extra().estimateCaveat;
            result.tmb.reason.clear();
        }
        return;
    }
    Alteration a;
    a.kind = AlterationKind::Biomarker;
    if (estimated) {
        a = c.alterations[*estimated];
    } else {
        const int tumor = c.sampleIndex(c.tumorSample);
        a.sample = qint16(std::max(tumor, 0));
    }
    AlterationDetail& d = a.detail();
    d.extra().biomarker = u"TMB"_s;
    d.extra().value = result.tmb.value;
    d.extra().unit = u"mut/Mb"_s;
    d.extra().status = result.tmb.status();
    d.extra().estimateMethod = result.tmb.method;
    d.extra().estimateCaveat = result.tmb.caveat;
    if (estimated)
        c.alterations[*estimated] = std::move(a);
    else
        c.alterations.push_back(std::move(a));
}

} // namespace

struct AnnotationMemo::Data
{
    quint64 session = 0; ///< Session::m_serial; 0: none yet
    AlterationFactsMemo facts;
    std::vector<std::unique_ptr<Matcher::Memo>> matches; ///< one per matcher of the session
};

AnnotationMemo::AnnotationMemo()
    : d(std::make_unique<Data>())
{
}

AnnotationMemo::~AnnotationMemo() = default;

Annotator::Session::Session()
    : m_serial([] {
        static std::atomic<quint64> last{0};
        return ++last;
    }())
{
}
Annotator::Session::~Session() = default;

void Annotator::loadReferenceData()
{
    TumorTypeGraph::bundled();
    OncoTree::bundled();
    PopulationFrequencies::bundled();
    LiftOver::grch38ToGrch37();
    Pharmacogenomics::bundled();
}

Result<std::shared_ptr<const Annotator::Session>> Annotator::Session::prepare(KnowledgeBase& kb,
                                                                              const AnnotateOptions& options)
{
    std::shared_ptr<Session> session(new Session);
    session->m_options = options;
    // The releases to use, checked before any matching so that a typo fails fast.
    QStringList sources = kb.sources();
    if (!sources.contains(u"CIViC"_s))
        return fail(CoreError::Code::InvalidArgument,
                    QCoreApplication::translate("onco::Annotator", "the knowledge base holds no CIViC release"));
    for (auto it = options.releases.cbegin(); it != options.releases.cend(); ++it) {
        if (!sources.contains(it.key()))
            return fail(
                CoreError::Code::InvalidArgument,
                QCoreApplication::translate("onco::Annotator", "the knowledge base holds no %1 release").arg(it.key()));
    }
    const QList<KbReleaseInfo> all = kb.releases();
    for (const QString& source : sources) {
        std::optional<KbReleaseInfo> chosen;
        if (options.releases.contains(source)) {
            for (const KbReleaseInfo& r : all)
                if (r.kb.source == source && r.kb.release == options.releases.value(source))
                    chosen = r;
            if (!chosen)
                return fail(CoreError::Code::InvalidArgument,
                            QCoreApplication::translate("onco::Annotator", "%1 %2 has not been imported")
                                .arg(source, options.releases.value(source)));
        } else {
            chosen = kb.activeRelease(source);
        }
        if (chosen && hasEvidence(kb, *chosen))
            session->m_releases.push_back(*chosen);
    }

    // The changes and residues the releases document: the functional members of gene-level classes.
    auto known = KnownVariants::load(kb, session->m_releases);
    if (!known)
        return Unexpected{known.error()};
    session->m_known = std::make_unique<KnownVariants>(std::move(*known));
    for (const KbReleaseInfo& release : session->m_releases) {
        auto matcher = Matcher::create(kb, release, session->m_known.get());
        if (!matcher)
            return Unexpected{matcher.error()};
        if (options.preloadEvidence)
            if (auto r = matcher->preload(kb); !r)
                return Unexpected{r.error()};
        session->m_matchers.push_back(std::move(*matcher));
    }
    auto approvals = loadApprovals(kb, session->m_releases);
    if (!approvals)
        return Unexpected{approvals.error()};
    session->m_approvals = std::move(*approvals);
    return std::shared_ptr<const Session>(std::move(session));
}

Result<AnnotationResult>
Annotator::annotate(Case caseData, KnowledgeBase& kb, const AnnotateOptions& options, const Progress* progress)
{
    auto session = Session::prepare(kb, options);
    if (!session)
        return Unexpected{session.error()};
    return (*session)->annotate(std::move(caseData), kb, progress);
}

Result<AnnotationResult>
Annotator::Session::annotate(Case caseData, KnowledgeBase& kb, const Progress* progress, AnnotationMemo* memo) const
{
    const AnnotateOptions& options = m_options;
    AnnotationResult result;
    if (!caseData.tumorType.isEmpty()) {
        // Retired and renamed codes of earlier OncoTree releases are read as the code replacing them.
        const OncoTreeNode* node = resolveOncotreeCode(caseData.tumorType);
        if (!node)
            return fail(
                CoreError::Code::InvalidArgument,
                QCoreApplication::translate("onco::Annotator", "unknown OncoTree code '%1'").arg(caseData.tumorType));
        if (node->code.compare(caseData.tumorType.trimmed(), Qt::CaseInsensitive) != 0) {
            caseData.addIssue(InputIssue{
                InputIssue::Severity::Warning,
                caseData.tumorTypeOrigin.input >= 0 ? caseData.inputPath(caseData.tumorTypeOrigin) : QString(),
                caseData.tumorTypeOrigin.line,
                QCoreApplication::translate(
                    "onco::Annotator", "tumor type %1 is a retired OncoTree code: read as %2 (%3), which replaces it")
                    .arg(caseData.tumorType, node->code, node->name)});
            caseData.tumorTypeGiven = caseData.tumorType;
        }
        caseData.tumorType = node->code;
        result.tumorTypeName = node->name;
    }
    result.caseData = std::move(caseData);
    addTmbEstimate(result, options.panelSizeMb);

    // What each alteration is (gene, protein change, effect, exon), worked out once for every release and the tiers.
    // Kept for a case of a panel's or an exome's size (a cohort's cases); a whole genome's are
    // worked out as they are needed instead of holding 150 bytes more per variant.
    AnnotationMemo::Data* remembered = memo ? memo->d.get() : nullptr;
    if (remembered && remembered->session != m_serial) {
        // Another session's memo: its hits are of other matchers.
        remembered->facts = AlterationFactsMemo();
        remembered->matches.clear();
        remembered->session = m_serial;
        for (std::size_t m = 0; m < m_matchers.size(); ++m)
            remembered->matches.push_back(std::make_unique<Matcher::Memo>());
    }
    constexpr std::size_t keptFacts = 20'000;
    std::vector<AlterationFacts> facts;
    if (result.caseData.alterations.size() <= keptFacts) {
        facts.reserve(result.caseData.alterations.size());
        for (const Alteration& a : result.caseData.alterations)
            facts.push_back(remembered ? remembered->facts.of(a) : AlterationFacts::of(a));
    }
    for (std::size_t m = 0; m < m_matchers.size(); ++m)
        if (auto r = m_matchers[m].annotate(
                kb, result, progress, &facts, remembered ? remembered->matches[m].get() : nullptr);
            !r)
            return Unexpected{r.error()};
    {
        // The same for every case of a tumor type: worked out once per type.
        const QString& type = result.caseData.tumorType;
        std::unique_lock lock(m_approvedLock);
        if (const auto it = m_approvedByType.constFind(type); it != m_approvedByType.cend()) {
            result.approvedTherapies = *it;
        } else {
            lock.unlock();
            collectApprovedTherapies(m_approvals, result);
            lock.lock();
            m_approvedByType.insert(type, result.approvedTherapies);
        }
    }
    result.pharmacogenomics = Pharmacogenomics::bundled().assess(result.caseData);
    // The same facts for the tiers (Tiering works them out again should the alterations differ in number).
    Tiering::assign(result, facts);
    return result;
}

} // namespace onco
