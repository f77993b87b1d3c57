#pragma once

#include "report/ReportCase.h"

#include <QByteArray>
#include <QString>

namespace onco {

/**
 * Writes a case report as JSON, schema "oncoboard.report/1" (docs/report-json.md): the stored
 * case, its state and sign-off history, the review decisions, the treatment plan, and the full
 * annotation as an embedded "oncoboard.annotation/1" document. Keys in a fixed order; the same
 * case and `generatedAt` give byte-identical output.
 */
class ReportJson
{
public:
    static constexpr const char* schema = "oncoboard.report/1";

    /** `generatedAt` is written as given (the caller decides: UTC now, or fixed for reproducible output). */
    static QByteArray write(const ReportCase& report, const QString& generatedAt);
};

} // namespace onco
