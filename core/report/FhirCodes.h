#pragma once

// Terminology of the FHIR export (docs/fhir.md): the code systems, codings and concepts it writes,
// and the JSON of the FHIR data types that carry them. Internal to the FhirReport implementation
// files, not part of the product API.

#include "model/Alteration.h"
#include "model/GenomeBuild.h"
#include "report/JsonWriter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace onco::fhir {

/** Base URL of the Genomics Reporting IG STU3 profiles; a profile's name follows. */
extern const QString profileBase;
/** The IG's code system for concepts that have no LOINC code yet. */
extern const QString tbdCodes;
/** The HGVS nomenclature as a code system. */
extern const QString hgvs;
/** The Disease Ontology, codes "DOID:<n>". */
extern const QString diseaseOntology;
/** Base URL of this product's own code and identifier systems. */
extern const QString local;

/** A FHIR Coding; system and display may be empty. */
struct Coding
{
    QString system;
    QString code;
    QString display;
};

/** A CodeableConcept; codings and text may each be empty. */
struct Concept
{
    QList<Coding> codings;
    QString text;

    /** True without codings and text: nothing to write. */
    bool isEmpty() const
    {
        return codings.isEmpty() && text.isEmpty();
    }
};

/** A LOINC coding. */
Coding lnc(const QString& code, const QString& display);
/** A concept of one LOINC coding. */
Concept lncConcept(const QString& code, const QString& display);

/** The "urn:uuid:" form of an id, as fullUrl and reference. */
QString urn(const QUuid& id);

/** Writes a CodeableConcept object as a value (in an array, or after a key). */
void writeConcept(JsonWriter& w, const Concept& c);
/** Writes a CodeableConcept member. */
void codeable(JsonWriter& w, const char* key, const Concept& c);
/** Writes a Reference object to the bundle entry of `id` as a value. */
void reference(JsonWriter& w, const QUuid& id);
/** Writes a Reference member. */
void reference(JsonWriter& w, const char* key, const QUuid& id);
/** Writes an array member of References; nothing when `ids` is empty. */
void references(JsonWriter& w, const char* key, const QList<QUuid>& ids);
/** Writes the resource's meta.profile: the Genomics Reporting profile `name`. */
void profile(JsonWriter& w, const QString& name);
/** Writes a Quantity member in UCUM `code`, the value with `decimals` decimals; `unit` may be empty. */
void quantity(JsonWriter& w, const char* key, double value, int decimals, const QString& unit, const QString& code);

/** Begins an Observation.component object with its code; the caller writes the value and ends it. */
void beginComponent(JsonWriter& w, const Coding& code);
/** Writes an Observation.component with a CodeableConcept value. */
void conceptComponent(JsonWriter& w, const Coding& code, const Concept& value);
/** Writes an Observation.component with a string value. */
void stringComponent(JsonWriter& w, const Coding& code, const QString& value);
/** Writes the category member of a genomic Observation: laboratory, biomarker (when asked) and genetics. */
void genomicCategories(JsonWriter& w, bool biomarker);

/** An ISO 8601 time as a FHIR instant in UTC; a time without offset is read as UTC (the case store's). */
QString instant(const QString& text);
/** A FHIR date: YYYY, YYYY-MM or YYYY-MM-DD; empty for anything else. */
QString fhirDate(const QString& text);

/** A gene by HGNC id where the bundled gene table knows the symbol, else by text. */
Concept geneConcept(const QString& symbol);
/** A chromosome as a LOINC answer (LL2938-0); empty for any other contig. */
Concept chromosomeConcept(const QString& chrom);
/** The reference assembly as a LOINC answer; empty when unknown. */
Concept assemblyConcept(GenomeBuild build);
/** The kind of change (component 48019-4, Sequence Ontology); empty when there is none to name. */
Concept changeType(const Alteration& a);
/** The predicted implication of an item's significance (GeneticTherapeuticImplicationsVS, else text). */
Concept responseConcept(const QString& significance);
/** A name as a path segment of a local code system: lower case, runs of other characters as "-". */
QString localSystemName(const QString& name);
/** A tier of a tiering scheme, in the local code system `scheme`, displayed as "<schemeName> <tier>". */
Concept tierConcept(const QString& scheme, const QString& schemeName, const QString& tier);
/**
 * A drug by name, coded when `therapyIds` (the plan's ids by lower-case drug name) holds a
 * ChEMBL or NCIt id for it; else text only.
 */
Concept drugConcept(const QString& name, const QHash<QString, QString>& therapyIds);

} // namespace onco::fhir
