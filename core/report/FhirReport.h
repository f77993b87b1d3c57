#pragma once

#include "report/ReportCase.h"

#include <QByteArray>
#include <QString>

namespace onco {

/** What a FHIR export needs beside the case. */
struct FhirReportOptions
{
    /**
     * Identifier system of the patient's record number (the hospital's own URI). Without it the
     * record number is written with its type (MR) only.
     */
    QString recordNumberSystem;
};

/**
 * The case as an HL7 FHIR R4 bundle (type collection) following the Genomics Reporting
 * implementation guide STU3 (docs/fhir.md): a genomic-report DiagnosticReport, variant and
 * molecular-biomarker Observations for the reported alterations, therapeutic-implication
 * Observations for their therapy evidence, and the board's plan as medication-recommendation and
 * followup-recommendation Tasks. The patient is named by pseudonym unless the report case carries
 * the identity.
 *
 * Deterministic: every id is a name-based UUID made from the case uid (or, without a stored case,
 * from the annotation) and the resource's role, and every date comes from the case, so the same
 * ReportCase always gives the same bytes. Never fails: what cannot be expressed is left out.
 */
class FhirReport
{
public:
    /** The bundle as UTF-8 JSON, indented, ending with a newline. */
    static QByteArray write(const ReportCase& report);
    static QByteArray write(const ReportCase& report, const FhirReportOptions& options);
};

} // namespace onco
