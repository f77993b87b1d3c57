#pragma once

#include <QString>
#include <QtGlobal>

namespace onco {

/** How the disease of an evidence item relates to the patient's tumor type. */
enum class TumorRelation : quint8
{
    Same,             ///< the same disease
    EvidenceBroader,  ///< the evidence disease is an ancestor (on-label; includes pan-cancer evidence)
    EvidenceNarrower, ///< the evidence disease is a descendant of the case's disease
    Unrelated,        ///< no is_a path either way
    Unknown,          ///< the tumor type or the evidence disease cannot be mapped
};

/** Stable identifier for files and logs (not translated): "same", "evidence_broader",
 *  "evidence_narrower", "unrelated", "unknown". */
QString tumorRelationName(TumorRelation relation);

/** The relation in words for a person (reasons, reports): "same tumor type", "evidence in a broader
 *  tumor type", "evidence in a subtype", "unrelated tumor type", "relation unknown". */
QString tumorRelationText(TumorRelation relation);

} // namespace onco
