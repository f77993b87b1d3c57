#pragma once

#include "Case.h"
#include "Evidence.h"

#include <QList>
#include <QString>

#include <span>
#include <vector>

namespace onco {

/** How precisely an alteration matched the knowledge-base variant of an evidence item. */
enum class MatchClass : quint8
{
    Exact, ///< same gene and protein change, or the same genomic allele
};

/** The JSON name of a match class: "exact". */
QString matchClassName(MatchClass cls);

/** One evidence item that applies to one alteration of the case, and why. */
struct Match
{
    qint32 alteration = 0; ///< index into Case::alterations
    qint32 evidence = 0;   ///< index into AnnotationResult::evidence
    MatchClass matchClass = MatchClass::Exact;
    QString rule; ///< the rule and the fields compared, shown to the user
};

/** A case annotated against the knowledge base: the unit the UI shows and the reports write. */
struct AnnotationResult
{
    Case caseData;
    QString tumorTypeName; ///< OncoTree name of Case::tumorType
    QList<KbRelease> knowledgeBases;
    std::vector<EvidenceItem> evidence;
    /** Sorted by alteration, then by evidence level, then by evidence id (deterministic). */
    std::vector<Match> matches;
    /** Small variants of a GRCh38 case lifted to GRCh37 for allele matching, and those that did not lift. */
    qint64 liftedAlterations = 0;
    qint64 unliftedAlterations = 0;

    /** The matches of one alteration (empty span when it has none). */
    std::span<const Match> matchesFor(qint32 alteration) const;

    /** Number of distinct alterations with at least one match. */
    qsizetype matchedAlterationCount() const;
};

} // namespace onco
