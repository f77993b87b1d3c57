#pragma once

#include "CaseLoadOptions.h"
#include "InputFormat.h"
#include "Progress.h"
#include "Result.h"
#include "model/Case.h"

#include <QString>
#include <QStringList>

namespace onco {

/**
 * Builds one Case from a case's input files and folders, choosing each reader by content (not by
 * extension): variants first (VCF, MAF), then copy number and fusions, then clinical tables and
 * biomarkers, which refer to the samples the others named.
 *
 * A file given by name that cannot be read fails the whole load with its position, so no case is
 * ever built from part of what the user gave. In a folder, files that are not case data (indexes,
 * cBioPortal meta files, notes) are passed over with a warning.
 */
class CaseLoader
{
public:
    static Result<Case>
    load(const QStringList& inputs, const CaseLoadOptions& options, const Progress* progress = nullptr);

    /** One input to read, with its detected format. */
    struct Planned
    {
        QString path;
        InputFormat format = InputFormat::Unknown;
        QString reason;
        bool fromFolder = false;
    };
    /** Expands folders and detects formats, in reading order. Errors: Io (missing path), BadInput (unknown file named
     * explicitly). */
    static Result<QList<Planned>> plan(const QStringList& inputs);
};

} // namespace onco
