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
    QString format;  ///< "civic-2025", "civic-2024", "civic-legacy"
    qint64 features = 0;
    qint64 variants = 0;
    qint64 molecularProfiles = 0;
    qint64 evidenceItems = 0;
    qint64 assertions = 0;
    qint64 variantGroups = 0;
    QStringList warnings; ///< known data gaps, "FILE:LINE: message"
};

/**
 * Imports a CIViC release (the TSV files of one date) into the knowledge base as its own release,
 * in one transaction: either the whole release is imported or nothing is. Three layouts are read:
 * the current one (FeatureSummaries, 2023 on), the GeneSummaries one of 2024-08 and earlier
 * molecular-profile releases, and the legacy nightly dump of 2018 (no molecular profiles: each
 * variant becomes a single-variant profile with the variant's id). Data gaps (variants pointing to
 * missing features, assertions citing evidence absent from the accepted set, evidence without a
 * DOID, profiles whose expression cannot be parsed) are imported and listed as warnings, never
 * dropped silently.
 */
class CivicImporter
{
public:
    /**
     * Imports the release in `directory` (a filesystem or ":/" resource path). `release` names it
     * when the file names carry no date (the legacy dump); empty: from the file names, else the
     * newest review date in the data. Errors: BadInput (files missing or malformed, with file and
     * line), Database, Canceled; InvalidArgument when the release is already present.
     */
    static Result<CivicImportReport> import(SqliteDatabase& db,
                                            const QString& directory,
                                            bool bundled,
                                            const Progress* progress = nullptr,
                                            const QString& release = {});

    /** The release date of a CIViC file name such as "01-Jul-2025-VariantSummaries.tsv": "2025-07-01". */
    static QString releaseFromFileName(const QString& fileName);
};

} // namespace onco
