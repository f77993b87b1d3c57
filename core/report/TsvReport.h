#pragma once

#include "model/AnnotationResult.h"

#include <QByteArray>

namespace onco {

/** One row per alteration, tab-separated with a header, for spreadsheets and scripts. */
class TsvReport
{
public:
    static QByteArray write(const AnnotationResult& result);
};

} // namespace onco
