#pragma once

// The resources of the FHIR bundle, one bundle entry each: Patient, Specimen, the variant and
// molecular-biomarker Observations of the findings, therapeutic-implication Observations, the
// plan's Tasks and their MedicationStatements. Internal to the FhirReport implementation files,
// not part of the product API; FhirReport.cpp decides what goes into the bundle and names the ids.

#include "report/FhirCodes.h"
#include "report/FhirReport.h"
#include "report/JsonWriter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace onco::fhir {

/** A related artifact of a therapeutic implication: an evidence item or a citation. */
struct Artifact
{
    QString label;
    QString display;
    QString citation;
    QString url;
};

/** A reported alteration: a variant or molecular-biomarker Observation. */
struct Finding
{
    qint32 alteration = 0; ///< index into AnnotationResult::caseData.alterations
    QUuid id;
    QString ref;
    QList<int> implications; ///< indices into the bundle's implications
};

/** A therapeutic-implication Observation: one therapy option and predicted response for some findings. */
struct Implication
{
    QUuid id;
    QList<int> findings; ///< derivedFrom, indices into the bundle's findings
    QStringList drugs;
    QString drugKey; ///< the drugs lower-case and sorted, to find the implication of a plan item
    Concept response;
    QList<qint32> evidence; ///< indices into AnnotationResult::evidence, best first
    QList<Concept> levels;
    QList<Concept> contexts;
    QList<Artifact> artifacts;
};

/** A plan item as a recommendation Task, with the MedicationStatements of a therapy. */
struct Recommendation
{
    const PlanItem* item = nullptr;
    QUuid task;
    QList<QUuid> medications; ///< the focus first, then the single drugs of a combination
    QList<Concept> medicationConcepts;
    int implication = -1; ///< index into the bundle's implications; -1 for none
};

/**
 * A pharmacogenomic result: a genotype Observation, and a therapeutic-implication Observation per
 * CPIC recommendation, derived from the variant Observations of its alleles.
 */
struct PgxResult
{
    int finding = 0; ///< index into AnnotationResult::pharmacogenomics
    QUuid genotype;
    QList<int> variants;       ///< indices into the bundle's findings
    QList<QUuid> implications; ///< one per recommendation, in their order
};

/** What the resources of one bundle share: the case, the ids they point to, the observations' status. */
struct ResourceContext
{
    // Made as {report, options}: the later members carry initializers, so they start empty.
    const ReportCase& report;
    FhirReportOptions options;
    QUuid patient{};
    QUuid specimen{};
    bool hasSpecimen = false;             ///< whether the bundle holds a Specimen to refer to
    QString observationStatus{};          ///< "final" or "preliminary"
    QHash<QString, QString> therapyIds{}; ///< the plan's therapy ids by lower-case drug name
};

/** Begins the bundle entry of resource `id` of type `type`; the caller writes its members, then endEntry(). */
void beginEntry(JsonWriter& w, const QUuid& id, const char* type);
/** Ends the entry begun by beginEntry(). */
void endEntry(JsonWriter& w);

/** Writes the Patient: pseudonym, and record number, name and birth date when the case carries the identity. */
void writePatient(JsonWriter& w, const ResourceContext& ctx);
/** Writes the Specimen; the sample name only with the patient's identity. */
void writeSpecimen(JsonWriter& w, const ResourceContext& ctx);
/** Writes a finding as a molecular-biomarker Observation for a biomarker, else as a variant Observation. */
void writeFinding(JsonWriter& w, const ResourceContext& ctx, const Finding& f);
/** Writes a therapeutic-implication Observation derived from its entries of `findings`. */
void writeImplication(JsonWriter& w,
                      const ResourceContext& ctx,
                      const Implication& imp,
                      const std::vector<Finding>& findings);
/** Writes the genotype Observation of a pharmacogenomic result (diplotype, gene, how it was derived). */
void writeGenotype(JsonWriter& w, const ResourceContext& ctx, const PgxResult& p, const std::vector<Finding>& findings);
/** Writes the therapeutic implication of recommendation `index` of a pharmacogenomic result (drug, phenotype, CPIC). */
void writePgxImplication(JsonWriter& w, const ResourceContext& ctx, const PgxResult& p, int index);

/** Writes MedicationStatement `part` of a therapy recommendation (0 the focus, then each drug of a combination). */
void writeMedication(JsonWriter& w, const ResourceContext& ctx, const Recommendation& r, int part);
/** Writes the medication- or followup-recommendation Task of a plan item, its reason among `implications`. */
void writeTask(JsonWriter& w,
               const ResourceContext& ctx,
               const Recommendation& r,
               const std::vector<Implication>& implications);

} // namespace onco::fhir
