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
    /**
     * One case per tumor sample, in the order the inputs first name them: samples, tumor type,
     * problems. Their alterations come with takeCase().
     */
    std::vector<Case> cases;
    /** Every problem the inputs gave, once for the cohort (a case holds only its files' file-level ones). */
    QList<InputIssue> issues;
    qint64 skippedRecords = 0;
    qint64 warningCount = 0;
    /** Cases whose tumor type came from the clinical table, from --tumor-type, and that have none. */
    qsizetype tumorTypeFromTable = 0;
    qsizetype tumorTypeDefault = 0;
    qsizetype tumorTypeMissing = 0;

    /**
     * Case k with its alterations, moved out of the cohort; cases[k] is left empty. Each case is
     * taken once; different cases may be taken from different threads at the same time.
     */
    Case takeCase(std::size_t k);
    /** How many alterations case k has (taken or not). */
    std::size_t alterationCount(std::size_t k) const;

private:
    friend class CohortLoader;
    std::vector<Alteration> m_alterations; ///< every case's, in input order
    std::vector<quint32> m_order;          ///< indices into m_alterations, case after case
    std::vector<std::size_t> m_first;      ///< case k's are m_order[m_first[k] .. m_first[k + 1])
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
 * Memory holds the cohort's alterations once (and four bytes per alteration to find its case's);
 * the cases share nothing with each other.
 */
class CohortLoader
{
public:
    static Result<Cohort>
    load(const QStringList& inputs, const CaseLoadOptions& options, const Progress* progress = nullptr);
};

} // namespace onco
