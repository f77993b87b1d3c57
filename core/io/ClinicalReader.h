#pragma once

#include "CaseLoadOptions.h"
#include "InputFormat.h"
#include "Result.h"
#include "model/Case.h"

namespace onco {

/**
 * Reads sample tables (cBioPortal data_clinical_sample with its '#' header rows, OncoKB's
 * SAMPLE_ID/ONCOTREE_CODE lists, any table with a sample column) and per-sample biomarker lists
 * (MSI-H, TMB-H, EGFR vIII, FLT3 ITD ...). Only rows of the case's samples are used; a cohort
 * table is fine. From the case's row: the OncoTree code (unless the user gave one), TMB and MSI as
 * biomarker alterations, each with its file and line.
 */
class ClinicalReader
{
public:
    static Result<void> read(const QString& path, InputFormat format, const CaseLoadOptions& options, Case& into);

    /** TMB at or above this many mutations per megabase is reported "TMB-high" (FDA, pembrolizumab). */
    static constexpr double tmbHighThreshold = 10.0;
};

} // namespace onco
