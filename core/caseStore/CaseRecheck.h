#pragma once

#include "Result.h"
#include "match/Annotator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace onco {

class CaseStore;
class KnowledgeBase;

/** What changed for one alteration between the stored annotation and a new one. */
struct RecheckChange
{
    QString alteration; ///< the stored reference, "BRAF:p.V600E"
    QString what;       ///< "new evidence", "removed evidence", "AMP tier", "ESCAT tier", "OncoKB-style level"
    QString before;
    QString after;
};

struct RecheckReport
{
    qint64 caseId = 0;
    QStringList releasesBefore; ///< "CIViC 2024-08-01"
    QStringList releasesNow;
    qint64 alterations = 0;
    QList<RecheckChange> changes;

    /** The report as text, one change per line. */
    QString toText() const;
};

/**
 * Annotates a stored case again against the knowledge base as it is now (or the releases chosen)
 * and reports new and removed evidence and tier changes per alteration. The stored case, signed or
 * not, is not touched.
 */
class CaseRecheck
{
public:
    static Result<RecheckReport>
    run(CaseStore& store, qint64 caseId, KnowledgeBase& kb, const AnnotateOptions& options = {});
};

} // namespace onco
