#pragma once

#include "Result.h"
#include "caseStore/CaseStore.h"
#include "caseStore/TreatmentPlan.h"
#include "model/AnnotationResult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace onco {

class KnowledgeBase;

/**
 * Everything a case report shows, gathered once: the annotation (evidence, tiers), the stored
 * case's facts and state with its sign-off history, the current review decisions, the plan, and the
 * patient's identifying data only when asked for. The renderers (PDF, JSON, FHIR) read nothing else.
 */
struct ReportCase
{
    AnnotationResult result;
    std::optional<CaseSummary> stored; ///< absent for an annotation that is not in a case database
    /** The version that amends this one (its newest), when this version is superseded. */
    std::optional<CaseSummary> supersededBy;
    /** The version this one amends (the one before it), for a version after the first. */
    std::optional<CaseSummary> amends;
    QList<StateChange> stateHistory;     ///< oldest first
    QHash<qint32, ReviewRecord> reviews; ///< the current decision per alteration index of `result`
    QHash<qint32, QString> refs;         ///< the stored reference per alteration index ("BRAF:p.V600E")
    TreatmentPlan plan;
    std::optional<CaseStore::PatientIdentity> identity; ///< only when the user asked for identifiers
    QList<CaseSignature> signatures;                    ///< the case's signed sign-offs, oldest first

    /** An annotation without a stored case (`oncoboard-cli annotate --pdf`). */
    static ReportCase fromAnnotation(AnnotationResult result);

    /**
     * A stored case, annotated again against the knowledge-base releases recorded with it, so that
     * the evidence is the evidence the board saw. InvalidArgument when a recorded release is not in
     * `kb` (import it first); errors of the case database. A final case whose content no longer
     * matches its sign-off is refused, unless `checkSigned` is false (verification reports it).
     */
    static Result<ReportCase>
    fromStore(CaseStore& store, qint64 caseId, KnowledgeBase& kb, bool withIdentity, bool checkSigned = true);

    /**
     * A stored case with the annotation already at hand (the window's): `storedIds[i]` is the
     * stored alteration of `result`'s alteration i (0 when it was not stored).
     */
    static Result<ReportCase> fromStore(
        CaseStore& store, qint64 caseId, AnnotationResult result, const QList<qint64>& storedIds, bool withIdentity);

    /** The stored reference of an alteration, or one made from it ("GENE:p.CHANGE", "CHROM:POS:REF:ALT"). */
    QString refOf(qint32 alteration) const;

private:
    /** `storedIds[i]` is the stored alteration of result alteration i; nullptr: the i-th stored one. */
    static Result<ReportCase> gather(CaseStore& store,
                                     qint64 caseId,
                                     AnnotationResult result,
                                     const QList<qint64>* storedIds,
                                     bool withIdentity,
                                     bool checkSigned = true);
};

} // namespace onco
