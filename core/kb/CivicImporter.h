#pragma once

#include "Progress.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace onco {

class SqliteDatabase;

/** What an import brought in, for the user and for tests. */
struct CivicImportReport
{
    qint64 releaseId = 0;
    QString release; ///< "2025-07-01"
    qint64 features = 0;
    qint64 variants = 0;
    qint64 molecularProfiles = 0;
    qint64 evidenceItems = 0;
    qint64 assertions = 0;
    qint64 variantGroups = 0;
    QStringList warnings; ///< known data gaps, "FILE:LINE: message"
};

/**
 * Imports a CIViC monthly release (the TSV files of one date, current schema with
 * FeatureSummaries) into the knowledge base as its own release, in one transaction: either the
 * whole release is imported or nothing is. Data gaps (variants pointing to missing features,
 * assertions citing evidence absent from the accepted set, evidence without a DOID) are imported
 * and listed as warnings, never dropped silently.
 */
class CivicImporter
{
public:
    /**
     * Imports the release in `directory` (a filesystem or ":/" resource path).
     * Errors: BadInput (files missing or malformed, with file and line), Database, Canceled.
     * Importing a release that is already present is refused (InvalidArgument).
     */
    static Result<CivicImportReport>
    import(SqliteDatabase& db, const QString& directory, bool bundled, const Progress* progress = nullptr);

    /** The release date of a CIViC file name such as "01-Jul-2025-VariantSummaries.tsv": "2025-07-01". */
    static QString releaseFromFileName(const QString& fileName);
};

} // namespace onco
