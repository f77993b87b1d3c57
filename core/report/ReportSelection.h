#pragma once

#include "caseStore/CaseStore.h"
#include "model/AnnotationResult.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace onco {

struct ReportCase;

/**
 * What the board sees of a case, decided once: which alterations are listed, which are actionable,
 * which appear in the tier table, and in what order. The PDF, the FHIR bundle, the presentation
 * view and the review desk read it; none of them decides a clinical rule of its own.
 */
struct ReportSelection
{
    /** Every alteration with a call (evidence or a flag), strongest AMP tier first, then input order. */
    std::vector<qint32> order;
    /**
     * Actionable findings in `order`: AMP Tier I or II, or included by the board; never what the
     * board excluded or called an artefact.
     */
    std::vector<qint32> actionable;
    /**
     * Rows of the tier table in `order`: every tiered alteration with evidence or a flag, and
     * Tier IV ones with evidence (to show why they are not reported as somatic findings).
     */
    std::vector<qint32> tierTable;
    /** Alterations with evidence, in `order` (the evidence table). */
    std::vector<qint32> withEvidence;
    /**
     * Pharmacogenomic findings (indices into AnnotationResult::pharmacogenomics) the report shows:
     * those with an allele the board did not exclude or call an artefact.
     */
    std::vector<int> pharmacogenomics;

    /**
     * From an annotation, the board's current decisions (withdrawn ones left out) and the
     * alterations the plan names.
     */
    static ReportSelection
    of(const AnnotationResult& result, const QHash<qint32, Decision>& decisions = {}, const QSet<qint32>& planned = {});

    /** From a gathered report: its decisions and the alterations its plan names. */
    static ReportSelection of(const ReportCase& report);

    bool isActionable(qint32 alteration) const
    {
        return m_actionable.contains(alteration);
    }
    /**
     * Whether a finding belongs in the report's findings (FHIR observations): board decisions
     * first (included, VUS, germline referral: yes; excluded, artefact: no), then biomarkers,
     * pharmacogenomic alleles and what the plan names, then the tier table without Tier IV.
     */
    bool isReported(qint32 alteration) const
    {
        return m_reported.contains(alteration);
    }

private:
    QSet<qint32> m_actionable;
    QSet<qint32> m_reported;
};

} // namespace onco
