#pragma once

#include "CaseLoadOptions.h"
#include "Progress.h"
#include "Result.h"
#include "model/Case.h"

#include <QStringList>

#include <vector>

namespace onco {

/** A study's inputs, read once and split into one case per tumor sample. */
struct Cohort
{
    /** One case per tumor sample, in the order the inputs first name them. */
    std::vector<Case> cases;
    /** Every problem the inputs gave, once for the cohort (a case holds only its files' file-level ones). */
    QList<InputIssue> issues;
    qint64 skippedRecords = 0;
    qint64 warningCount = 0;
    /** Cases whose tumor type came from the clinical table, from --tumor-type, and that have none. */
    qsizetype tumorTypeFromTable = 0;
    qsizetype tumorTypeDefault = 0;
    qsizetype tumorTypeMissing = 0;
};

/**
 * Reads the inputs of a cohort (a study MAF, copy-number and fusion tables of many samples, one
 * VCF per patient, biomarker lists, a clinical table) with every reader's own rules, each file once,
 * and gives one case per tumor sample, as CaseLoader would build it for that sample alone: its
 * alterations, segments and matched normal, and its tumor type from the clinical table (a
 * cBioPortal data_clinical_sample's ONCOTREE_CODE or CANCER_TYPE_DETAILED, an OncoKB-annotator
 * SAMPLE_ID/ONCOTREE_CODE list), else `options.tumorType`, else none (annotated with the
 * tumor-type-missing rule). Receptor status per sample from the table, the user's winning.
 *
 * Memory holds the cohort's alterations once; the cases share nothing with each other.
 */
class CohortLoader
{
public:
    static Result<Cohort>
    load(const QStringList& inputs, const CaseLoadOptions& options, const Progress* progress = nullptr);
};

} // namespace onco
