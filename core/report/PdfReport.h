#pragma once

#include "Result.h"
#include "model/AnnotationResult.h"

#include <QIODevice>
#include <QString>

namespace onco {

/** Settings of a PDF case summary. */
struct PdfReportOptions
{
    QString institution; ///< printed in the page header when set
    QString generatedAt; ///< printed as given; the caller decides (UTC now, or fixed for reproducible output)
};

/**
 * Renders the case summary PDF with QPdfWriter: case facts, the matched evidence grouped by
 * alteration, sources and attribution; on every page the tumor type, the knowledge-base sources
 * and releases, and "page x of y". Needs a QGuiApplication (fonts); the CLI runs one offscreen.
 */
class PdfReport
{
public:
    /** Writes the PDF to `device` (opened for writing). Io error when writing fails. */
    [[nodiscard]] static Result<void>
    write(const AnnotationResult& result, const PdfReportOptions& options, QIODevice* device);
};

} // namespace onco
