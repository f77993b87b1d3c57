#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace onco {

class SqliteDatabase;

/** What an OncoKB import brought in. */
struct OncoKbImportReport
{
    qint64 releaseId = 0;
    QString release;
    qint64 actionableRows = 0; ///< rows of allActionableVariants files
    qint64 annotatedRows = 0;  ///< rows of allAnnotatedVariants files
    qint64 evidenceItems = 0;  ///< one per therapy regimen of an actionable row, one per annotated row
    qint64 variants = 0;
    QStringList warnings; ///< "FILE:LINE: message"
};

/**
 * Imports the user's own OncoKB data files (obtained under the user's OncoKB licence; OncoBoard
 * never ships OncoKB content) into the knowledge base as source "OncoKB".
 *
 * Two file kinds are recognised by their header, in the column layouts OncoKB has published
 * (with "Gene" or "Hugo Symbol", with or without isoform and reference-genome columns):
 * - allActionableVariants: Alteration, Cancer Type, Level, Drugs(s), PMIDs/Abstracts for drug.
 *   Each comma-separated regimen becomes an evidence item; "A + B" is a combination. Levels 1-4
 *   and R1/R2 are predictive (sensitivity / resistance), Dx1-3 diagnostic, Px1-3 prognostic.
 * - allAnnotatedVariants: Alteration, Oncogenicity, Mutation Effect, PMIDs for Mutation Effect.
 *   Each row becomes an "Oncogenic" item whose significance is the oncogenicity.
 * Cancer types are resolved to OncoTree codes by name where OncoTree has that name; rows with an
 * unknown level or without a gene or alteration are skipped with a warning.
 */
class OncoKbImporter
{
public:
    /**
     * Imports `files` into one release. `release` names it; when empty, a version in the file
     * names ("oncokb_v4.21_allActionableVariants.txt" -> "v4.21"), else the newest file's
     * modification date. Errors: BadInput (not an OncoKB file, with the file), Io,
     * InvalidArgument (release already present), Database. All or nothing.
     */
    static Result<OncoKbImportReport> import(SqliteDatabase& db, const QStringList& files, const QString& release = {});

    /** "LEVEL_3A", "3a" -> "3A"; "dx1" -> "Dx1"; empty when not an OncoKB level. */
    static QString normalizeLevel(const QString& level);
};

} // namespace onco
