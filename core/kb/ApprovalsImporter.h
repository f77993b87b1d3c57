#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace onco {

class SqliteDatabase;

/** What an approvals import brought in. */
struct ApprovalsImportReport
{
    qint64 releaseId = 0;
    QString release;
    qint64 rows = 0;          ///< data rows read
    qint64 evidenceItems = 0; ///< one per row
    qint64 variants = 0;
    QStringList warnings; ///< "FILE:LINE: message"
};

/**
 * Imports a table of regulatory biomarker approvals (resources/kb/approvals/approvals.tsv and
 * SOURCE.md beside it) as the knowledge-base source "Approvals": one evidence item per row, level
 * the approving agency ("FDA", "EMA"), the indication's OncoTree code (or "All Solid Tumors" /
 * "All Tumors" for tumor-agnostic approvals), the therapy and the label reference a reader can
 * check. The approvals decide AMP level A, ESCAT I-A/I-C and OncoKB-style level 1
 * (docs/tiering.md). A site may import its own edited copy as a further release.
 */
class ApprovalsImporter
{
public:
    static constexpr const char* source = "Approvals";

    /** The approvals table shipped with the application (a Qt resource path). */
    static QString bundledPath();

    /** The release named in a table's "# Release YYYY-MM-DD" comment; empty when it has none. */
    static QString releaseOf(const QString& path);

    /**
     * Imports `path` as release `release` (default: the table's own "# Release" line). Rows with a
     * missing required field, an unknown agency, significance or OncoTree code are skipped with a
     * warning naming the line. Errors: Io, BadInput (not an approvals table: the header lacks
     * required columns), InvalidArgument (release present), Database. All or nothing.
     */
    static Result<ApprovalsImportReport>
    import(SqliteDatabase& db, const QString& path, bool bundled, const QString& release = {});
};

} // namespace onco
