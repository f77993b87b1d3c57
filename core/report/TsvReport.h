#pragma once

#include "model/AnnotationResult.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>

namespace onco {

/** One row per alteration, tab-separated with a header, for spreadsheets and scripts. */
class TsvReport
{
public:
    static QByteArray write(const AnnotationResult& result);
    /** Streams the same rows to `device` (in pieces of about 64 kB). False when it refused a write. */
    static bool write(QIODevice* device, const AnnotationResult& result);

    /**
     * The header of a cohort table (oncokb-annotator's column names where they exist): sample,
     * tumor type, gene, protein change, place, the highest level per scheme, therapies.
     */
    static QByteArray cohortHeader();
    /** One row per alteration of one case of a cohort, under cohortHeader(). False when `device` refused a write. */
    static bool writeCohortRows(QIODevice* device, const AnnotationResult& result);
    /** The same rows as bytes. */
    static QByteArray cohortRows(const AnnotationResult& result);

private:
    /** Writes the table through `sink`, which takes each piece and says whether it was taken. */
    static bool write(const AnnotationResult& result, const std::function<bool(QByteArray&)>& sink);
};

} // namespace onco
