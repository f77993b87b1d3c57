#pragma once

#include "Result.h"
#include "model/AnnotationResult.h"
#include "report/ReportCase.h"

#include <QIODevice>
#include <QPageSize>
#include <QString>

namespace onco {

/** Settings of a PDF case summary. */
struct PdfReportOptions
{
    QString institution; ///< printed in the page header when set
    QString logoPath;    ///< an image printed at the top of the first page when set and readable
    QString generatedAt; ///< printed as given; the caller decides (UTC now, or fixed for reproducible output)
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< A4 or Letter
};

/**
 * Renders the case summary PDF with QPdfWriter: case facts (pseudonym; identifiers only when the
 * report carries them), the state and who signed, an executive summary of actionable findings by
 * tier, the board's plan with rationale and citations, germline and CHIP notes, the findings table,
 * the matched evidence grouped by alteration, sources and attribution, and the sign-off. On every
 * page the tumor type, the knowledge-base releases, "page x of y", and a DRAFT or PRELIMINARY
 * watermark until the case is final. The text depends only on the case and the options (the
 * generated-at time is the caller's). Needs a QGuiApplication (fonts); the CLI runs one offscreen.
 */
class PdfReport
{
public:
    /** Writes the PDF to `device` (opened for writing). Io error when writing fails. */
    [[nodiscard]] static Result<void>
    write(const ReportCase& report, const PdfReportOptions& options, QIODevice* device);

    /** An annotation without a stored case or plan (`oncoboard-cli annotate --pdf`). */
    [[nodiscard]] static Result<void>
    write(const AnnotationResult& result, const PdfReportOptions& options, QIODevice* device);
};

} // namespace onco
