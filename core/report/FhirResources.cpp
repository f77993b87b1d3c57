#include "report/FhirResources.h"

#include "io/GeneTable.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace onco::fhir {

namespace {

/** The last base an alteration covers (1-based, inclusive): a symbolic allele's END, else the REF's last base. */
qint64 lastBase(const Alteration& a)
{
    const AlterationDetail* d = a.detailOrNull();
    if (a.kind == AlterationKind::StructuralVariant && d && d->extra().end >= a.pos)
        return d->extra().end;
    return a.pos + std::max<qint64>(1, a.ref.size()) - 1;
}

/** The genes of an alteration: its annotation's, else those whose MANE Select transcript spans it on `build`. */
QStringList genesOf(const Alteration& a, GenomeBuild build)
{
    const AlterationDetail* d = a.detailOrNull();
    if (a.kind == AlterationKind::Fusion) {
        QStringList genes;
        for (const QString& g : {d ? d->gene : QString(), d ? d->extra().partnerGene : QString()})
            if (!g.isEmpty())
                genes << g;
        return genes;
    }
    if (!a.mainGene().isEmpty())
        return {a.mainGene()};
    // Input without functional annotation: the genes whose MANE Select transcript spans the change.
    if (a.chrom.isEmpty() || a.pos <= 0 || build == GenomeBuild::Unknown)
        return {};
    QStringList genes;
    for (const GeneInfo* g : GeneTable::bundled().overlapping(build, canonicalContig(a.chrom), a.pos, lastBase(a)))
        genes << g->symbol;
    return genes;
}

/** A small variant, copy-number change, fusion or structural variant as a variant Observation. */
void writeVariant(JsonWriter& w, const ResourceContext& ctx, const Finding& f)
{
    const AnnotationResult& result = ctx.report.result;
    const Alteration& a = result.caseData.alterations[size_t(f.alteration)];
    const AlterationDetail* d = a.detailOrNull();
    const Case& c = result.caseData;
    beginEntry(w, f.id, "Observation");
    profile(w, u"variant"_s);
    w.member("status", ctx.observationStatus);
    genomicCategories(w, false);
    codeable(w, "code", lncConcept(u"69548-6"_s, u"Genetic variant assessment"_s));
    reference(w, "subject", ctx.patient);
    codeable(w, "valueCodeableConcept", lncConcept(u"LA9633-4"_s, u"Present"_s));
    if (ctx.report.stored && !ctx.report.stored->assay.isEmpty())
        codeable(w, "method", {{}, ctx.report.stored->assay});
    if (ctx.hasSpecimen)
        reference(w, "specimen", ctx.specimen);

    w.key("component").beginArray();
    const QStringList genes = genesOf(a, c.genome);
    for (const QString& g : genes)
        conceptComponent(w, lnc(u"48018-6"_s, u"Gene studied [ID]"_s), geneConcept(g));
    const QString transcript = a.transcript();
    if (!a.hgvsc().isEmpty()) {
        const QString code = transcript.isEmpty() ? a.hgvsc() : transcript + u':' + a.hgvsc();
        conceptComponent(w, lnc(u"48004-6"_s, u"DNA change (c.HGVS)"_s), {{{hgvs, code, {}}}, {}});
    }
    if (!a.hgvsp().isEmpty())
        conceptComponent(w, lnc(u"48005-3"_s, u"Amino acid change (pHGVS)"_s), {{{hgvs, a.hgvsp(), {}}}, {}});
    if (!transcript.isEmpty()) {
        const bool refSeq =
            transcript.startsWith(u"NM_"_s) || transcript.startsWith(u"NR_"_s) || transcript.startsWith(u"XM_"_s);
        const bool ensembl = transcript.startsWith(u"ENST"_s);
        Concept t{{}, transcript};
        if (refSeq || ensembl)
            t = {{{refSeq ? u"http://www.ncbi.nlm.nih.gov/refseq"_s : u"http://www.ensembl.org"_s, transcript, {}}},
                 {}};
        conceptComponent(w, lnc(u"51958-7"_s, u"Transcript reference sequence [ID]"_s), t);
    }
    if (const Concept type = changeType(a); !type.isEmpty())
        conceptComponent(w, lnc(u"48019-4"_s, u"DNA change type"_s), type);
    bool germline = false;
    if (const AlterationCall* call = result.callFor(f.alteration))
        for (const Flag& flag : call->flags)
            germline = germline || flag.code.contains(u"germline"_s);
    if (const auto it = ctx.report.reviews.constFind(f.alteration);
        it != ctx.report.reviews.cend() && it->decision == Decision::GermlineReferral)
        germline = true;
    if ((!c.normalSample.isEmpty() || a.normal.hasDepth()) && !germline && isSmallVariant(a.kind))
        conceptComponent(w, lnc(u"48002-0"_s, {}), lncConcept(u"LA6684-0"_s, u"Somatic"_s));

    QString chrom = a.chrom;
    if (chrom.isEmpty() && a.kind == AlterationKind::CopyNumber && genes.size() == 1)
        if (const GeneInfo* g = GeneTable::bundled().find(genes.first()))
            chrom = g->chrom;
    if (const Concept cc = chromosomeConcept(chrom); !cc.isEmpty())
        conceptComponent(w, lnc(u"48000-4"_s, {}), cc);
    const bool placed = !a.chrom.isEmpty() && a.pos > 0;
    if (placed && c.genome != GenomeBuild::Unknown)
        conceptComponent(
            w, lnc(u"62374-4"_s, u"Human reference sequence assembly version"_s), assemblyConcept(c.genome));
    if (placed && a.kind != AlterationKind::Fusion) {
        conceptComponent(w,
                         lnc(u"92822-6"_s, u"Genomic coordinate system [Type]"_s),
                         lncConcept(u"LA30102-0"_s, u"1-based character counting"_s));
        beginComponent(w, lnc(u"81254-5"_s, {}));
        w.key("valueRange").beginObject();
        w.key("low").beginObject();
        w.member("value", a.pos);
        w.endObject();
        w.key("high").beginObject();
        w.member("value", lastBase(a));
        w.endObject();
        w.endObject();
        w.endObject();
        // VCF-style alleles only: not symbolic ones (<DEL>, N[7:123[) nor MAF's "-".
        static const QRegularExpression bases(u"^[ACGTNacgtn]+$"_s);
        if (bases.match(a.ref).hasMatch() && bases.match(a.alt).hasMatch()) {
            stringComponent(w, lnc(u"69547-8"_s, u"Genomic ref allele [ID]"_s), a.ref);
            stringComponent(w, lnc(u"69551-0"_s, u"Genomic alt allele [ID]"_s), a.alt);
        }
    }
    if (a.tumor.hasVaf()) {
        beginComponent(w, lnc(u"81258-6"_s, u"Sample variant allelic frequency [NFr]"_s));
        quantity(w, "valueQuantity", double(a.tumor.vaf), 4, {}, u"1"_s);
        w.endObject();
    }
    if (a.tumor.altReads >= 0) {
        beginComponent(w, lnc(u"82121-5"_s, u"Allelic read depth"_s));
        quantity(w, "valueQuantity", a.tumor.altReads, 0, u"reads"_s, u"1"_s);
        w.endObject();
    }
    if (a.kind == AlterationKind::CopyNumber && d && !std::isnan(d->extra().copyNumber)) {
        beginComponent(w, lnc(u"82155-3"_s, u"Genomic structural variant copy number"_s));
        quantity(w, "valueQuantity", double(d->extra().copyNumber), 2, {}, u"1"_s);
        w.endObject();
    }
    // The knowledge-base variants this allele is exactly, for cross-reference (a VCF without
    // annotation names no protein change).
    QSet<QString> seen;
    for (const Match& m : result.matchesFor(f.alteration)) {
        const EvidenceItem& e = result.evidence[size_t(m.evidence)];
        const QString key = e.kb.source + u':' + QString::number(e.molecularProfileId);
        if (m.matchClass != MatchClass::Exact || m.geneLevel || e.molecularProfileId <= 0 || seen.contains(key))
            continue;
        seen.insert(key);
        conceptComponent(w,
                         lnc(u"81252-9"_s, u"Discrete genetic variant"_s),
                         {{{local + u"CodeSystem/"_s + localSystemName(e.kb.source) + u"-molecular-profile"_s,
                            QString::number(e.molecularProfileId),
                            e.molecularProfile}},
                          {}});
    }
    w.endArray();
    endEntry(w);
}

/** TMB, MSI or another biomarker as a molecular-biomarker Observation. */
void writeBiomarker(JsonWriter& w, const ResourceContext& ctx, const Finding& f)
{
    const AnnotationResult& result = ctx.report.result;
    const Alteration& a = result.caseData.alterations[size_t(f.alteration)];
    const AlterationDetail* d = a.detailOrNull();
    const QString name = d ? d->extra().biomarker.toUpper() : QString();
    const QString status = d ? d->extra().status : QString();
    const double value = d ? d->extra().value : std::numeric_limits<double>::quiet_NaN();
    beginEntry(w, f.id, "Observation");
    profile(w, u"molecular-biomarker"_s);
    w.member("status", ctx.observationStatus);
    genomicCategories(w, true);
    if (name == u"TMB") {
        const bool measured = !std::isnan(value);
        if (measured)
            codeable(w, "code", lncConcept(u"94076-7"_s, u"Mutations/Megabase [# Ratio] in Tumor"_s));
        else
            codeable(w, "code", lncConcept(u"94077-5"_s, u"Tumor mutation burden [Interpretation]"_s));
        reference(w, "subject", ctx.patient);
        if (measured)
            quantity(w,
                     "valueQuantity",
                     value,
                     2,
                     d->extra().unit.isEmpty() ? u"mut/Mb"_s : d->extra().unit,
                     u"1/1000000{Base}"_s);
        else if (!status.isEmpty())
            codeable(w, "valueCodeableConcept", {{}, status});
        const QString s = status.toLower();
        const QString obsint = u"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"_s;
        if (measured && s.contains(u"high")) {
            w.key("interpretation").beginArray();
            writeConcept(w, {{{obsint, u"H"_s, u"High"_s}}, status});
            w.endArray();
        } else if (measured && s.contains(u"low")) {
            w.key("interpretation").beginArray();
            writeConcept(w, {{{obsint, u"L"_s, u"Low"_s}}, status});
            w.endArray();
        }
    } else {
        codeable(w,
                 "code",
                 name == u"MSI" ? lncConcept(
                     u"81695-9"_s, u"Microsatellite instability [Interpretation] in Cancer specimen Qualitative"_s)
                                : Concept{{}, d ? d->extra().biomarker : QString()});
        reference(w, "subject", ctx.patient);
        Concept v{{}, status};
        if (name == u"MSI" && status == u"MSI-H")
            v = lncConcept(u"LA26203-2"_s, u"MSI-H"_s);
        else if (name == u"MSI" && status == u"MSI-L")
            v = lncConcept(u"LA26202-4"_s, u"MSI-L"_s);
        else if (name == u"MSI" && status == u"MSS")
            v = lncConcept(u"LA14122-8"_s, u"Stable"_s);
        if (!v.isEmpty())
            codeable(w, "valueCodeableConcept", v);
        if (!std::isnan(value)) {
            // A score beside the qualitative result (MSIsensor): not the value of this code.
            w.key("note").beginArray();
            w.beginObject();
            w.member("text",
                     u"Score: %1%2"_s.arg(QString::number(value, 'g', 6),
                                          d->extra().unit.isEmpty() ? QString() : u' ' + d->extra().unit));
            w.endObject();
            w.endArray();
        }
    }
    if (ctx.report.stored && !ctx.report.stored->assay.isEmpty())
        codeable(w, "method", {{}, ctx.report.stored->assay});
    if (ctx.hasSpecimen)
        reference(w, "specimen", ctx.specimen);
    w.key("component").beginArray();
    conceptComponent(w,
                     {tbdCodes, u"biomarker-category"_s, {}},
                     {{{u"http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/molecular-biomarker-ontology-cs"_s,
                        u"molgen"_s,
                        u"molecular sequence adjacent category"_s}},
                      {}});
    w.endArray();
    endEntry(w);
}

} // namespace

void beginEntry(JsonWriter& w, const QUuid& id, const char* type)
{
    w.beginObject();
    w.member("fullUrl", urn(id));
    w.key("resource").beginObject();
    w.member("resourceType", QString::fromLatin1(type));
    w.member("id", id.toString(QUuid::WithoutBraces));
}

void endEntry(JsonWriter& w)
{
    w.endObject();
    w.endObject();
}

void writePatient(JsonWriter& w, const ResourceContext& ctx)
{
    beginEntry(w, ctx.patient, "Patient");
    const QString pseudonym = ctx.report.stored ? ctx.report.stored->patient : QString();
    const auto& identity = ctx.report.identity;
    const bool recordNumber = identity && !identity->recordNumber.isEmpty();
    if (!pseudonym.isEmpty() || recordNumber) {
        w.key("identifier").beginArray();
        if (!pseudonym.isEmpty()) {
            w.beginObject();
            w.member("use", u"secondary"_s);
            w.member("system", local + u"sid/patient-pseudonym"_s);
            w.member("value", pseudonym);
            w.endObject();
        }
        if (recordNumber) {
            w.beginObject();
            w.member("use", u"usual"_s);
            codeable(w,
                     "type",
                     {{{u"http://terminology.hl7.org/CodeSystem/v2-0203"_s, u"MR"_s, u"Medical record number"_s}}, {}});
            w.optionalMember("system", ctx.options.recordNumberSystem);
            w.member("value", identity->recordNumber);
            w.endObject();
        }
        w.endArray();
    }
    if (identity && !identity->name.isEmpty()) {
        w.key("name").beginArray();
        w.beginObject();
        w.member("text", identity->name);
        w.endObject();
        w.endArray();
    }
    if (identity)
        w.optionalMember("birthDate", fhirDate(identity->birthDate));
    endEntry(w);
}

void writeSpecimen(JsonWriter& w, const ResourceContext& ctx)
{
    beginEntry(w, ctx.specimen, "Specimen");
    // The sample name is a laboratory identifier: written only with the patient's identity.
    if (ctx.report.identity && !ctx.report.result.caseData.tumorSample.isEmpty()) {
        w.key("identifier").beginArray();
        w.beginObject();
        w.member("system", local + u"sid/sample"_s);
        w.member("value", ctx.report.result.caseData.tumorSample);
        w.endObject();
        w.endArray();
    }
    if (ctx.report.stored && !ctx.report.stored->specimen.isEmpty())
        codeable(w, "type", {{}, ctx.report.stored->specimen});
    reference(w, "subject", ctx.patient);
    endEntry(w);
}

void writeFinding(JsonWriter& w, const ResourceContext& ctx, const Finding& f)
{
    if (ctx.report.result.caseData.alterations[size_t(f.alteration)].kind == AlterationKind::Biomarker)
        writeBiomarker(w, ctx, f);
    else
        writeVariant(w, ctx, f);
}

void writeImplication(JsonWriter& w,
                      const ResourceContext& ctx,
                      const Implication& imp,
                      const std::vector<Finding>& findings)
{
    beginEntry(w, imp.id, "Observation");
    profile(w, u"therapeutic-implication"_s);
    if (!imp.artifacts.isEmpty()) {
        w.key("extension").beginArray();
        for (const Artifact& art : imp.artifacts) {
            w.beginObject();
            w.member("url", u"http://hl7.org/fhir/StructureDefinition/workflow-relatedArtifact"_s);
            w.key("valueRelatedArtifact").beginObject();
            w.member("type", u"citation"_s);
            w.optionalMember("label", art.label);
            w.optionalMember("display", art.display);
            w.optionalMember("citation", art.citation);
            w.optionalMember("url", art.url);
            w.endObject();
            w.endObject();
        }
        w.endArray();
    }
    w.member("status", ctx.observationStatus);
    genomicCategories(w, false);
    codeable(w, "code", {{{tbdCodes, u"therapeutic-implication"_s, u"Therapeutic Implication"_s}}, {}});
    reference(w, "subject", ctx.patient);
    QList<QUuid> derived;
    for (const int f : imp.findings)
        derived << findings[size_t(f)].id;
    references(w, "derivedFrom", derived);
    w.key("component").beginArray();
    if (!imp.response.isEmpty())
        conceptComponent(w, {tbdCodes, u"therapeutic-implication"_s, u"Therapeutic Implication"_s}, imp.response);
    for (const QString& drug : imp.drugs)
        conceptComponent(w, lnc(u"51963-7"_s, u"Medication assessed [ID]"_s), drugConcept(drug, ctx.therapyIds));
    for (const Concept& context : imp.contexts)
        conceptComponent(w, lnc(u"81259-4"_s, u"Associated phenotype"_s), context);
    for (const Concept& level : imp.levels)
        conceptComponent(w, lnc(u"93044-6"_s, u"Level of evidence"_s), level);
    w.endArray();
    endEntry(w);
}

void writeGenotype(JsonWriter& w, const ResourceContext& ctx, const PgxResult& p, const std::vector<Finding>& findings)
{
    const PgxFinding& f = ctx.report.result.pharmacogenomics[size_t(p.finding)];
    beginEntry(w, p.genotype, "Observation");
    profile(w, u"genotype"_s);
    w.member("status", ctx.observationStatus);
    genomicCategories(w, false);
    codeable(w, "code", lncConcept(u"84413-4"_s, u"Genotype display name"_s));
    reference(w, "subject", ctx.patient);
    // The diplotype as derived, in text: no code is claimed that the data do not give.
    codeable(w,
             "valueCodeableConcept",
             {{}, f.diplotype.isEmpty() ? f.gene + u" genotype not derived"_s : f.gene + u' ' + f.diplotype});
    QStringList notes{f.method};
    notes += f.caveats;
    w.key("note").beginArray();
    for (const QString& n : notes) {
        if (n.isEmpty())
            continue;
        w.beginObject();
        w.member("text", n);
        w.endObject();
    }
    w.endArray();
    QList<QUuid> derived;
    for (const int v : p.variants)
        derived << findings[size_t(v)].id;
    references(w, "derivedFrom", derived);
    w.key("component").beginArray();
    conceptComponent(w, lnc(u"48018-6"_s, u"Gene studied [ID]"_s), geneConcept(f.gene));
    w.endArray();
    endEntry(w);
}

void writePgxImplication(JsonWriter& w, const ResourceContext& ctx, const PgxResult& p, int index)
{
    const PgxFinding& f = ctx.report.result.pharmacogenomics[size_t(p.finding)];
    const PgxRecommendation& r = f.recommendations[size_t(index)];
    beginEntry(w, p.implications[index], "Observation");
    profile(w, u"therapeutic-implication"_s);
    w.key("extension").beginArray();
    w.beginObject();
    w.member("url", u"http://hl7.org/fhir/StructureDefinition/workflow-relatedArtifact"_s);
    w.key("valueRelatedArtifact").beginObject();
    w.member("type", u"citation"_s);
    w.member("display", r.source);
    w.optionalMember("url", r.url);
    w.endObject();
    w.endObject();
    w.endArray();
    w.member("status", ctx.observationStatus);
    genomicCategories(w, false);
    codeable(w, "code", {{{tbdCodes, u"therapeutic-implication"_s, u"Therapeutic Implication"_s}}, {}});
    reference(w, "subject", ctx.patient);
    references(w, "derivedFrom", {p.genotype});
    w.key("component").beginArray();
    conceptComponent(w, lnc(u"51963-7"_s, u"Medication assessed [ID]"_s), drugConcept(r.drug, ctx.therapyIds));
    if (!f.phenotype.isEmpty())
        conceptComponent(w,
                         lnc(u"53040-2"_s, u"Genetic variation's effect on drug metabolism"_s),
                         {{}, f.gene + u' ' + f.phenotype});
    if (!r.recommendation.isEmpty())
        conceptComponent(w, lnc(u"93044-6"_s, u"Level of evidence"_s), {{}, u"CPIC "_s + r.classification});
    w.endArray();
    w.key("note").beginArray();
    w.beginObject();
    w.member("text", r.recommendation);
    w.endObject();
    w.endArray();
    endEntry(w);
}

void writeMedication(JsonWriter& w, const ResourceContext& ctx, const Recommendation& r, int part)
{
    beginEntry(w, r.medications[part], "MedicationStatement");
    if (part > 0)
        references(w, "partOf", {r.medications.first()});
    w.member("status", u"intended"_s);
    codeable(w, "medicationCodeableConcept", r.medicationConcepts[part]);
    reference(w, "subject", ctx.patient);
    endEntry(w);
}

void writeTask(JsonWriter& w,
               const ResourceContext& ctx,
               const Recommendation& r,
               const std::vector<Implication>& implications)
{
    const PlanItem& item = *r.item;
    const bool therapy = item.kind == PlanItemKind::Therapy;
    beginEntry(w, r.task, "Task");
    profile(w, therapy ? u"medication-recommendation"_s : u"followup-recommendation"_s);
    w.member("status", u"requested"_s);
    w.member("intent", u"proposal"_s);
    switch (item.kind) {
    case PlanItemKind::Therapy:
        codeable(w, "code", {{lnc(u"LA26421-0"_s, u"Consider alternative medication"_s)}, item.title});
        break;
    case PlanItemKind::Trial:
        codeable(w, "code", {{}, u"Clinical trial: "_s + item.title});
        break;
    case PlanItemKind::Diagnostic:
        codeable(w, "code", {{lnc(u"LA14022-0"_s, u"Additional testing recommended"_s)}, item.title});
        break;
    }
    QString description = item.title;
    if (!item.level.isEmpty())
        description += u" ("_s + item.level + u')';
    w.optionalMember("description", description);
    if (!r.medications.isEmpty())
        reference(w, "focus", r.medications.first());
    reference(w, "for", ctx.patient);
    w.optionalMember("authoredOn", instant(item.createdAt));
    if (r.implication >= 0)
        reference(w, "reasonReference", implications[size_t(r.implication)].id);
    if (!item.rationale.isEmpty()) {
        w.key("note").beginArray();
        w.beginObject();
        w.optionalMember("authorString", item.createdBy);
        w.member("text", item.rationale);
        w.endObject();
        w.endArray();
    }
    const QString followUp = fhirDate(ctx.report.plan.details.followUp);
    if (!therapy && !followUp.isEmpty()) {
        w.key("restriction").beginObject();
        w.key("period").beginObject();
        w.member("end", followUp);
        w.endObject();
        w.endObject();
    }
    w.key("input").beginArray();
    w.beginObject();
    codeable(w, "type", {{}, u"Rank"_s});
    w.member("valuePositiveInt", qint64(std::max(1, item.priority)));
    w.endObject();
    for (const QString& nct : item.trials) {
        if (nct.trimmed().isEmpty())
            continue;
        w.beginObject();
        codeable(w, "type", {{}, u"ClinicalTrials.gov identifier"_s});
        w.key("valueIdentifier").beginObject();
        w.member("system", u"http://clinicaltrials.gov"_s);
        w.member("value", nct.trimmed());
        w.endObject();
        w.endObject();
    }
    w.endArray();
    endEntry(w);
}

} // namespace onco::fhir
