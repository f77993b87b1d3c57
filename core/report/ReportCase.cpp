#include "report/ReportCase.h"

#include "match/Annotator.h"

namespace onco {

ReportCase ReportCase::fromAnnotation(AnnotationResult result)
{
    ReportCase r;
    r.result = std::move(result);
    return r;
}

Result<ReportCase>
ReportCase::fromStore(CaseStore& store, qint64 caseId, KnowledgeBase& kb, bool withIdentity, bool checkSigned)
{
    auto stored = store.storedCase(caseId);
    if (!stored)
        return Unexpected{stored.error()};
    // The releases the case was annotated with, so that the report shows what the board saw.
    AnnotateOptions options;
    for (const KbRelease& release : stored->knowledgeBases)
        options.releases.insert(release.source, release.release);
    auto annotated = Annotator::annotate(std::move(stored->caseData), kb, options);
    if (!annotated)
        return Unexpected{annotated.error()};
    // The stored case's alterations are in stored order: alteration i is the i-th stored one.
    return gather(store, caseId, std::move(*annotated), nullptr, withIdentity, checkSigned);
}

Result<ReportCase> ReportCase::fromStore(
    CaseStore& store, qint64 caseId, AnnotationResult result, const QList<qint64>& storedIds, bool withIdentity)
{
    return gather(store, caseId, std::move(result), &storedIds, withIdentity);
}

Result<ReportCase> ReportCase::gather(CaseStore& store,
                                      qint64 caseId,
                                      AnnotationResult result,
                                      const QList<qint64>* storedIds,
                                      bool withIdentity,
                                      bool checkSigned)
{
    ReportCase r;
    auto summary = store.summary(caseId);
    if (!summary)
        return Unexpected{summary.error()};
    // A signed case is reported only as it was signed.
    if (checkSigned)
        if (auto signedAs = store.checkSignedContent(caseId); !signedAs)
            return Unexpected{signedAs.error()};
    r.stored = *summary;
    if (summary->previousId > 0) {
        auto before = store.summary(summary->previousId);
        if (!before)
            return Unexpected{before.error()};
        r.amends = *before;
    }
    if (summary->superseded) {
        // The newest version of the chain that starts with this one: the one the board acts on now.
        auto all = store.cases();
        if (!all)
            return Unexpected{all.error()};
        qint64 next = caseId;
        for (bool found = true; found;) {
            found = false;
            for (const CaseSummary& c : *all)
                if (c.previousId == next) {
                    r.supersededBy = c;
                    next = c.id;
                    found = true;
                    break;
                }
        }
    }
    r.result = std::move(result);
    auto alterations = store.alterations(caseId);
    if (!alterations)
        return Unexpected{alterations.error()};
    QHash<qint64, const StoredAlteration*> byId;
    for (const StoredAlteration& a : *alterations)
        byId.insert(a.id, &a);
    const qint32 count = storedIds ? qint32(storedIds->size()) : qint32(alterations->size());
    for (qint32 i = 0; i < count; ++i) {
        const StoredAlteration* a = storedIds ? byId.value((*storedIds)[i]) : &(*alterations)[size_t(i)];
        if (!a)
            continue;
        r.refs.insert(i, a->ref);
        if (a->review && a->review->decision != Decision::Withdrawn)
            r.reviews.insert(i, *a->review);
    }
    auto history = store.stateHistory(caseId);
    if (!history)
        return Unexpected{history.error()};
    r.stateHistory = std::move(*history);
    auto plan = store.plan(caseId);
    if (!plan)
        return Unexpected{plan.error()};
    r.plan = std::move(*plan);
    auto signatures = store.signatures(caseId);
    if (!signatures)
        return Unexpected{signatures.error()};
    r.signatures = std::move(*signatures);
    if (withIdentity) {
        auto identity = store.patientIdentity(summary->patient);
        if (!identity)
            return Unexpected{identity.error()};
        r.identity = *identity;
    }
    return r;
}

QString ReportCase::refOf(qint32 alteration) const
{
    if (const auto it = refs.constFind(alteration); it != refs.cend())
        return *it;
    if (alteration < 0 || size_t(alteration) >= result.caseData.alterations.size())
        return {};
    return alterationReference(result.caseData.alterations[size_t(alteration)]);
}

} // namespace onco
