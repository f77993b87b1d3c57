#include "ReportSelection.h"

#include "ReportCase.h"
#include "match/Tiering.h"

#include <algorithm>

namespace onco {

ReportSelection ReportSelection::of(const AnnotationResult& result,
                                    const QHash<qint32, Decision>& decisions,
                                    const QSet<qint32>& planned)
{
    ReportSelection s;
    s.order.reserve(result.calls.size());
    for (const AlterationCall& c : result.calls)
        s.order.push_back(c.alteration);
    std::stable_sort(s.order.begin(), s.order.end(), [&](qint32 x, qint32 y) {
        return result.callFor(x)->ampTier() < result.callFor(y)->ampTier();
    });

    auto decisionOf = [&](qint32 i) -> std::optional<Decision> {
        const auto it = decisions.constFind(i);
        if (it == decisions.cend() || *it == Decision::Withdrawn)
            return std::nullopt;
        return *it;
    };
    for (qint32 i : s.order) {
        const AlterationCall& call = *result.callFor(i);
        const auto decision = decisionOf(i);
        const bool excluded = decision && (*decision == Decision::Exclude || *decision == Decision::Artefact);
        const bool hasEvidence = !result.matchesFor(i).empty();
        const AmpTier tier = call.ampTier();
        if (!excluded && (call.isActionable() || decision == Decision::Include)) {
            s.actionable.push_back(i);
            s.m_actionable.insert(i);
        }
        const bool listed = tier != AmpTier::None && tier != AmpTier::IV
                            && (tier != AmpTier::III || hasEvidence || !call.flags.isEmpty());
        if (listed || (tier == AmpTier::IV && hasEvidence))
            s.tierTable.push_back(i);
        if (hasEvidence)
            s.withEvidence.push_back(i);
        if (listed && !excluded)
            s.m_reported.insert(i);
    }
    // The alleles of the pharmacogenomics section are reported there, unless the board rejected them.
    for (int k = 0; k < int(result.pharmacogenomics.size()); ++k) {
        bool shown = false;
        for (const PgxObservation& o : result.pharmacogenomics[size_t(k)].observed) {
            const auto decision = decisionOf(o.alteration);
            if (decision && (*decision == Decision::Exclude || *decision == Decision::Artefact))
                continue;
            s.m_reported.insert(o.alteration);
            shown = true;
        }
        if (shown)
            s.pharmacogenomics.push_back(k);
    }
    // Board decisions, biomarkers and the plan's alterations are reported whatever their tier.
    for (qint32 i = 0; i < qint32(result.caseData.alterations.size()); ++i) {
        const auto decision = decisionOf(i);
        if (decision) {
            if (*decision == Decision::Exclude || *decision == Decision::Artefact)
                s.m_reported.remove(i);
            else
                s.m_reported.insert(i);
            continue;
        }
        if (result.caseData.alterations[size_t(i)].kind == AlterationKind::Biomarker || planned.contains(i))
            s.m_reported.insert(i);
    }
    return s;
}

ReportSelection ReportSelection::of(const ReportCase& report)
{
    QHash<qint32, Decision> decisions;
    for (auto it = report.reviews.cbegin(); it != report.reviews.cend(); ++it)
        decisions.insert(it.key(), it->decision);
    QSet<QString> refs;
    for (const PlanItem& item : report.plan.items)
        for (const QString& ref : item.alterations)
            refs.insert(ref.trimmed().toLower());
    QSet<qint32> planned;
    if (!refs.isEmpty())
        for (qint32 i = 0; i < qint32(report.result.caseData.alterations.size()); ++i)
            if (refs.contains(report.refOf(i).toLower()))
                planned.insert(i);
    return of(report.result, decisions, planned);
}

} // namespace onco
