#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace onco {

class SqliteDatabase;

/** What a Molecular Oncology Almanac import brought in. */
struct MoalmanacImportReport
{
    qint64 releaseId = 0;
    QString release;
    qint64 assertions = 0;    ///< assertions in the file
    qint64 evidenceItems = 0; ///< imported (one per assertion)
    qint64 variants = 0;
    QStringList warnings; ///< "FILE:LINE: message" (LINE is the assertion's position in the list)
};

/**
 * Imports a site's own download of the Molecular Oncology Almanac (the JSON list of assertions of
 * its `molecular-oncology-almanac.json`, gzip or plain) as the knowledge-base source "MOAlmanac".
 * OncoBoard ships none of it (GPL-2.0 content). Each assertion becomes an evidence item:
 * predictive implication FDA-Approved -> level "FDA" (an approval), Guideline -> A, Clinical trial
 * -> B, Clinical evidence -> C, Preclinical -> D, Inferential -> E; therapy sensitivity, resistance,
 * favorable prognosis and adverse-event risk -> the significance; somatic, germline, copy-number,
 * rearrangement, MSI and TMB features -> variants OncoBoard's rules read ("V600E", "Exon 19
 * Deletion", "Amplification", "BCR::ABL1", "MSI-H", "TMB-H"). Deprecated assertions and features no
 * case data shows (mutational signatures, knockdowns, aneuploidy) are skipped with a warning.
 */
class MoalmanacImporter
{
public:
    static constexpr const char* source = "MOAlmanac";

    /**
     * Imports `path` as release `release` (default: the newest last_updated date of the file).
     * Errors: Io, BadInput (not a JSON list of Almanac assertions), InvalidArgument (release
     * present), Database. All or nothing.
     */
    static Result<MoalmanacImportReport> import(SqliteDatabase& db, const QString& path, const QString& release = {});
};

} // namespace onco
