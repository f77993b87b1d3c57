#pragma once

#include "Progress.h"
#include "Result.h"
#include "model/Case.h"

#include <QString>
#include <QStringList>

namespace onco {

/** What the user said about a case's inputs. */
struct CaseLoadOptions
{
    QString tumorType;                         ///< OncoTree code; empty when unknown
    GenomeBuild genome = GenomeBuild::Unknown; ///< forced build; Unknown: from the files
    QString tumorSample;
    QString normalSample;
};

/**
 * Builds one Case from a case's input files, choosing a reader by content (not by extension).
 * Errors refer to the file and line at fault; a file that cannot be read fails the whole load,
 * so no case is ever built from part of what the user gave.
 */
class CaseLoader
{
public:
    static Result<Case>
    load(const QStringList& inputs, const CaseLoadOptions& options, const Progress* progress = nullptr);
};

} // namespace onco
