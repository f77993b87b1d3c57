#include "report/FhirReport.h"

#include "io/GeneTable.h"
#include "io/TsvReader.h"
#include "match/Tiering.h"
#include "report/JsonWriter.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

// Profiles of the Genomics Reporting IG STU3 and the code systems the bundle uses (docs/fhir.md).
const QString profileBase = u"http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"_s;
const QString loinc = u"http://loinc.org"_s;
const QString ucum = u"http://unitsofmeasure.org"_s;
const QString tbdCodes = u"http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs"_s;
const QString hgnc = u"http://www.genenames.org/geneId"_s;
const QString hgvs = u"http://varnomen.hgvs.org"_s;
const QString sequenceOntology = u"http://www.sequenceontology.org"_s;
const QString diseaseOntology = u"http://purl.obolibrary.org/obo/doid.owl"_s;
const QString local = u"https://oncoboard.org/fhir/"_s;

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

    bool isEmpty() const
    {
        return codings.isEmpty() && text.isEmpty();
    }
};

struct Artifact
{
    QString label;
    QString display;
    QString citation;
    QString url;
};

Coding lnc(const QString& code, const QString& display)
{
    return {loinc, code, display};
}

Concept lncConcept(const QString& code, const QString& display)
{
    return {{lnc(code, display)}, {}};
}

QString urn(const QUuid& id)
{
    return u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces);
}

void writeConcept(JsonWriter& w, const Concept& c)
{
    w.beginObject();
    if (!c.codings.isEmpty()) {
        w.key("coding").beginArray();
        for (const Coding& coding : c.codings) {
            w.beginObject();
            w.optionalMember("system", coding.system);
            w.member("code", coding.code);
            w.optionalMember("display", coding.display);
            w.endObject();
        }
        w.endArray();
    }
    w.optionalMember("text", c.text);
    w.endObject();
}

void codeable(JsonWriter& w, const char* key, const Concept& c)
{
    w.key(key);
    writeConcept(w, c);
}

void reference(JsonWriter& w, const QUuid& id)
{
    w.beginObject();
    w.member("reference", urn(id));
    w.endObject();
}

void reference(JsonWriter& w, const char* key, const QUuid& id)
{
    w.key(key);
    reference(w, id);
}

void references(JsonWriter& w, const char* key, const QList<QUuid>& ids)
{
    if (ids.isEmpty())
        return;
    w.key(key).beginArray();
    for (const QUuid& id : ids)
        reference(w, id);
    w.endArray();
}

void profile(JsonWriter& w, const QString& name)
{
    w.key("meta").beginObject();
    w.stringArray("profile", {profileBase + name});
    w.endObject();
}

void quantity(JsonWriter& w, const char* key, double value, int decimals, const QString& unit, const QString& code)
{
    w.key(key).beginObject();
    w.key("value").real(value, decimals);
    w.optionalMember("unit", unit);
    w.member("system", ucum);
    w.member("code", code);
    w.endObject();
}

void beginComponent(JsonWriter& w, const Coding& code)
{
    w.beginObject();
    codeable(w, "code", {{code}, {}});
}

void conceptComponent(JsonWriter& w, const Coding& code, const Concept& value)
{
    beginComponent(w, code);
    codeable(w, "valueCodeableConcept", value);
    w.endObject();
}

void stringComponent(JsonWriter& w, const Coding& code, const QString& value)
{
    beginComponent(w, code);
    w.member("valueString", value);
    w.endObject();
}

void genomicCategories(JsonWriter& w, bool biomarker)
{
    w.key("category").beginArray();
    writeConcept(
        w, {{{u"http://terminology.hl7.org/CodeSystem/observation-category"_s, u"laboratory"_s, u"Laboratory"_s}}, {}});
    if (biomarker)
        writeConcept(w, {{{tbdCodes, u"biomarker-category"_s, {}}}, {}});
    writeConcept(w, {{{u"http://terminology.hl7.org/CodeSystem/v2-0074"_s, u"GE"_s, u"Genetics"_s}}, {}});
    w.endArray();
}

/** An ISO 8601 time as a FHIR instant in UTC; a time without offset is read as UTC (the case store's). */
QString instant(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/** A FHIR date: YYYY, YYYY-MM or YYYY-MM-DD; empty for anything else. */
QString fhirDate(const QString& text)
{
    static const QRegularExpression partial(u"^\\d{4}(-(0[1-9]|1[0-2]))?$"_s);
    const QString t = text.trimmed();
    if (QDate::fromString(t, Qt::ISODate).isValid() || partial.match(t).hasMatch())
        return t;
    return {};
}

/** HGNC ids ("HGNC:1097") by upper-case gene symbol, from the MANE summary shipped with the application. */
const QHash<QString, QString>& hgncIds()
{
    static const QHash<QString, QString> ids = [] {
        QHash<QString, QString> out;
        TsvReader tsv;
        if (!tsv.open(u":/oncoboard/genes/MANE.GRCh38.v1.0.summary.txt.gz"_s))
            return out;
        const int cHgnc = tsv.column("HGNC_ID");
        const int cSymbol = tsv.column("symbol");
        if (cHgnc < 0 || cSymbol < 0)
            return out;
        while (tsv.next())
            if (!tsv.field(cHgnc).isEmpty())
                out.insert(tsv.text(cSymbol).toUpper(), tsv.text(cHgnc));
        return out;
    }();
    return ids;
}

Concept geneConcept(const QString& symbol)
{
    const QString id = hgncIds().value(symbol.toUpper());
    if (id.isEmpty())
        return {{}, symbol};
    return {{{hgnc, id, symbol}}, {}};
}

Concept chromosomeConcept(const QString& chrom)
{
    // LOINC answer list LL2938-0.
    static const QHash<QString, QString> codes{
        {u"1"_s, u"LA21254-0"_s},  {u"2"_s, u"LA21255-7"_s},  {u"3"_s, u"LA21256-5"_s},  {u"4"_s, u"LA21257-3"_s},
        {u"5"_s, u"LA21258-1"_s},  {u"6"_s, u"LA21259-9"_s},  {u"7"_s, u"LA21260-7"_s},  {u"8"_s, u"LA21261-5"_s},
        {u"9"_s, u"LA21262-3"_s},  {u"10"_s, u"LA21263-1"_s}, {u"11"_s, u"LA21264-9"_s}, {u"12"_s, u"LA21265-6"_s},
        {u"13"_s, u"LA21266-4"_s}, {u"14"_s, u"LA21267-2"_s}, {u"15"_s, u"LA21268-0"_s}, {u"16"_s, u"LA21269-8"_s},
        {u"17"_s, u"LA21270-6"_s}, {u"18"_s, u"LA21271-4"_s}, {u"19"_s, u"LA21272-2"_s}, {u"20"_s, u"LA21273-0"_s},
        {u"21"_s, u"LA21274-8"_s}, {u"22"_s, u"LA21275-5"_s}, {u"X"_s, u"LA21276-3"_s},  {u"Y"_s, u"LA21277-1"_s},
    };
    const QString c = canonicalContig(chrom).toUpper();
    const QString code = codes.value(c);
    if (code.isEmpty())
        return {};
    return lncConcept(code, u"Chromosome "_s + c);
}

Concept assemblyConcept(GenomeBuild build)
{
    switch (build) {
    case GenomeBuild::GRCh37:
        return lncConcept(u"LA14029-5"_s, u"GRCh37"_s);
    case GenomeBuild::GRCh38:
        return lncConcept(u"LA26806-2"_s, u"GRCh38"_s);
    case GenomeBuild::Unknown:
        break;
    }
    return {};
}

Concept sequenceOntologyConcept(const QString& code, const QString& name, const QString& text = {})
{
    return {{{sequenceOntology, code, name}}, text};
}

/** The kind of change (component 48019-4, Sequence Ontology). */
Concept changeType(const Alteration& a)
{
    const AlterationDetail* d = a.detailOrNull();
    switch (a.kind) {
    case AlterationKind::Snv:
        return sequenceOntologyConcept(u"SO:0001483"_s, u"SNV"_s);
    case AlterationKind::Mnv:
        return sequenceOntologyConcept(u"SO:0002007"_s, u"MNV"_s);
    case AlterationKind::Insertion:
        return sequenceOntologyConcept(u"SO:0000667"_s, u"insertion"_s);
    case AlterationKind::Deletion:
        return sequenceOntologyConcept(u"SO:0000159"_s, u"deletion"_s);
    case AlterationKind::Delins:
        return sequenceOntologyConcept(u"SO:1000032"_s, u"delins"_s);
    case AlterationKind::CopyNumber: {
        const CnaCall call = d ? d->cnaCall : CnaCall::Neutral;
        const QString text = a.displayName().section(u' ', 1);
        if (call == CnaCall::Gain || call == CnaCall::Amplification)
            return sequenceOntologyConcept(u"SO:0001742"_s, u"copy_number_gain"_s, text);
        if (call == CnaCall::ShallowDeletion || call == CnaCall::DeepDeletion)
            return sequenceOntologyConcept(u"SO:0001743"_s, u"copy_number_loss"_s, text);
        return {};
    }
    case AlterationKind::Fusion:
        return sequenceOntologyConcept(u"SO:0001565"_s, u"gene_fusion"_s, a.fusionName());
    case AlterationKind::StructuralVariant: {
        const QString sv = d ? d->svType.toUpper() : QString();
        if (sv == u"DEL")
            return sequenceOntologyConcept(u"SO:0000159"_s, u"deletion"_s);
        if (sv == u"DUP")
            return sequenceOntologyConcept(u"SO:1000035"_s, u"duplication"_s);
        if (sv == u"INV")
            return sequenceOntologyConcept(u"SO:1000036"_s, u"inversion"_s);
        if (sv == u"INS")
            return sequenceOntologyConcept(u"SO:0000667"_s, u"insertion"_s);
        return {{}, d ? d->svType : QString()};
    }
    case AlterationKind::Biomarker:
        break;
    }
    return {};
}

/** The predicted implication of an item's significance (GeneticTherapeuticImplicationsVS, else text). */
Concept responseConcept(const QString& significance)
{
    const QString s = significance.toLower();
    if (s.contains(u"resist"))
        return lncConcept(u"LA6676-6"_s, u"Resistant"_s);
    if (s.contains(u"reduced") || s.contains(u"adverse"))
        return {{}, significance};
    if (s.contains(u"sensitiv") || s.contains(u"respon"))
        return lncConcept(u"LA6677-4"_s, u"Responsive"_s);
    return {{}, significance};
}

QString localSystemName(const QString& name)
{
    static const QRegularExpression other(u"[^a-z0-9]+"_s);
    return name.toLower().replace(other, u"-"_s);
}

Concept tierConcept(const QString& scheme, const QString& schemeName, const QString& tier)
{
    return {{{local + u"CodeSystem/"_s + scheme, tier, schemeName + u' ' + tier}}, schemeName + u' ' + tier};
}

/** A therapy id of the plan ("ChEMBL:CHEMBL3301612", "NCIt:C1234") as a coding; empty when unknown. */
Coding therapyCoding(const QString& id, const QString& name)
{
    const QString prefix = id.section(u':', 0, 0).toLower();
    const QString code = id.section(u':', 1);
    if (code.isEmpty())
        return {};
    if (prefix == u"chembl")
        return {u"http://www.ebi.ac.uk/chembl"_s, code, name};
    if (prefix == u"ncit")
        return {u"http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"_s, code, name};
    return {};
}

/** The last base an alteration covers (1-based, inclusive): a symbolic allele's END, else the REF's last base. */
qint64 lastBase(const Alteration& a)
{
    const AlterationDetail* d = a.detailOrNull();
    if (a.kind == AlterationKind::StructuralVariant && d && d->end >= a.pos)
        return d->end;
    return a.pos + std::max<qint64>(1, a.ref.size()) - 1;
}

bool isSmallVariant(AlterationKind kind)
{
    return kind == AlterationKind::Snv || kind == AlterationKind::Mnv || kind == AlterationKind::Insertion
           || kind == AlterationKind::Deletion || kind == AlterationKind::Delins;
}

bool isPredictiveSupport(const EvidenceItem& e)
{
    return e.evidenceType.compare(u"Predictive"_s, Qt::CaseInsensitive) == 0
           && e.direction.compare(u"Does Not Support"_s, Qt::CaseInsensitive) != 0 && !e.therapies.isEmpty();
}

bool onLabel(TumorRelation r)
{
    return r == TumorRelation::Same || r == TumorRelation::EvidenceBroader || r == TumorRelation::EvidenceNarrower;
}

QString evidenceKey(const EvidenceItem& e)
{
    return (e.kb.source + u':' + e.displayId).toLower();
}

/** One therapy option of an evidence item: its drugs, and a key that does not depend on the order of a combination. */
struct TherapyOption
{
    QStringList drugs;
    QString key;
};

QList<TherapyOption> therapyOptionsOf(const EvidenceItem& e)
{
    const auto keyOf = [](QStringList drugs, const QString& joiner) {
        for (QString& d : drugs)
            d = d.toLower();
        if (joiner != u" then ")
            drugs.sort();
        return drugs.join(joiner);
    };
    QList<TherapyOption> out;
    if (e.therapyInteraction.compare(u"Substitutes"_s, Qt::CaseInsensitive) == 0) {
        for (const QString& t : e.therapies)
            out.append({{t}, t.toLower()});
        return out;
    }
    const bool sequential = e.therapyInteraction.compare(u"Sequential"_s, Qt::CaseInsensitive) == 0;
    out.append({e.therapies, keyOf(e.therapies, sequential ? u" then "_s : u" + "_s)});
    return out;
}

struct Finding
{
    qint32 alteration = 0;
    QUuid id;
    QString ref;
    QList<int> implications; ///< indices into Builder::m_implications
};

struct Implication
{
    QUuid id;
    QList<int> findings; ///< derivedFrom, indices into Builder::m_findings
    QStringList drugs;
    QString drugKey; ///< the drugs lower-case and sorted, to find the implication of a plan item
    Concept response;
    QList<qint32> evidence; ///< indices into AnnotationResult::evidence, best first
    QList<Concept> levels;
    QList<Concept> contexts;
    QList<Artifact> artifacts;
};

struct Recommendation
{
    const PlanItem* item = nullptr;
    QUuid task;
    QList<QUuid> medications; ///< the focus first, then the single drugs of a combination
    QList<Concept> medicationConcepts;
    int implication = -1;
};

class Builder
{
public:
    Builder(const ReportCase& report, const FhirReportOptions& options);
    QByteArray write();

private:
    QUuid uuid(const QString& key) const
    {
        return QUuid::createUuidV5(m_namespace, key);
    }
    bool isReported(qint32 alteration) const;
    QString findingKey(const QString& ref);
    QStringList genesOf(const Alteration& a) const;
    Concept drugConcept(const QString& name) const;
    void collectFindings();
    void collectImplications(Finding& finding, int index);
    void collectRecommendations();
    int implicationFor(const PlanItem& item, const QString& itemKey, bool orPlanImplication);

    void writePatient(JsonWriter& w) const;
    void writeSpecimen(JsonWriter& w) const;
    void writeReport(JsonWriter& w) const;
    void writeFinding(JsonWriter& w, const Finding& f) const;
    void writeVariant(JsonWriter& w, const Finding& f) const;
    void writeBiomarker(JsonWriter& w, const Finding& f) const;
    void writeImplication(JsonWriter& w, const Implication& imp) const;
    void writeMedication(JsonWriter& w, const Recommendation& r, int part) const;
    void writeTask(JsonWriter& w, const Recommendation& r) const;
    void beginEntry(JsonWriter& w, const QUuid& id, const char* type) const;
    void endEntry(JsonWriter& w) const;

    const ReportCase& m_report;
    const AnnotationResult& m_result;
    FhirReportOptions m_options;
    QUuid m_namespace;
    QUuid m_patient;
    QUuid m_specimen;
    QUuid m_diagnosticReport;
    bool m_hasSpecimen = false;
    QString m_observationStatus;
    QSet<QString> m_planRefs;     ///< lower-case alteration references named by plan items
    QSet<QString> m_planEvidence; ///< lower-case "source:EID..." named by plan items
    QHash<QString, QString> m_therapyIds;
    QHash<QString, int> m_findingByRef; ///< lower-case reference -> index into m_findings
    QHash<QString, int> m_keyUse;
    std::vector<Finding> m_findings;
    std::vector<Implication> m_implications;
    std::vector<Recommendation> m_recommendations;
};

QUuid rootNamespace()
{
    // The RFC 4122 URL namespace, narrowed to this product's FHIR exports.
    const QUuid url(0x6ba7b811, 0x9dad, 0x11d1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8);
    return QUuid::createUuidV5(url, QByteArray("https://oncoboard.org/fhir"));
}

/** What the ids of a case are made from: the stored case's uid, else a digest of the annotation. */
QString caseSeed(const ReportCase& r)
{
    if (r.stored && !r.stored->uid.isEmpty())
        return u"case:"_s + r.stored->uid;
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString& s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    const Case& c = r.result.caseData;
    for (const QString& input : c.inputs)
        add(input);
    add(c.tumorType);
    add(genomeBuildName(c.genome));
    add(c.tumorSample);
    add(c.normalSample);
    for (const KbRelease& kb : r.result.knowledgeBases)
        add(kb.source + u' ' + kb.release);
    for (const Alteration& a : c.alterations)
        add(alterationReference(a) + u'|' + a.chrom + u'|' + QString::number(a.pos) + u'|' + a.ref + u'|' + a.alt);
    return u"annotation:"_s + QString::fromLatin1(h.result().toHex());
}

Builder::Builder(const ReportCase& report, const FhirReportOptions& options)
    : m_report(report)
    , m_result(report.result)
    , m_options(options)
    , m_namespace(QUuid::createUuidV5(rootNamespace(), caseSeed(report)))
{
    const QString pseudonym = report.stored ? report.stored->patient : QString();
    // The same patient keeps one id across cases and versions.
    m_patient =
        pseudonym.isEmpty() ? uuid(u"patient"_s) : QUuid::createUuidV5(rootNamespace(), u"patient:"_s + pseudonym);
    m_specimen = uuid(u"specimen"_s);
    m_diagnosticReport = uuid(u"report"_s);
    m_hasSpecimen = (report.stored && !report.stored->specimen.isEmpty())
                    || (report.identity && !m_result.caseData.tumorSample.isEmpty());
    m_observationStatus = report.stored && report.stored->state == CaseState::Final ? u"final"_s : u"preliminary"_s;

    for (const PlanItem& item : report.plan.items) {
        for (const QString& ref : item.alterations)
            m_planRefs.insert(ref.trimmed().toLower());
        for (const QString& e : item.evidence)
            m_planEvidence.insert(e.trimmed().toLower());
        if (item.kind != PlanItemKind::Therapy)
            continue;
        const bool paired = item.therapyIds.size() == item.therapies.size();
        for (qsizetype i = 0; i < item.therapies.size(); ++i) {
            const QString name = item.therapies[i].toLower();
            if (paired && !item.therapyIds[i].isEmpty() && !m_therapyIds.contains(name))
                m_therapyIds.insert(name, item.therapyIds[i]);
            else if (item.therapies.size() == 1 && !item.therapyIds.isEmpty() && !m_therapyIds.contains(name))
                m_therapyIds.insert(name, item.therapyIds.first());
        }
    }
    collectFindings();
    collectRecommendations();
}

bool Builder::isReported(qint32 i) const
{
    if (const auto it = m_report.reviews.constFind(i); it != m_report.reviews.cend()) {
        switch (it->decision) {
        case Decision::Exclude:
        case Decision::Artefact:
            return false;
        case Decision::Include:
        case Decision::Vus:
        case Decision::GermlineReferral:
            return true;
        case Decision::Withdrawn:
            break;
        }
    }
    if (m_result.caseData.alterations[size_t(i)].kind == AlterationKind::Biomarker)
        return true;
    if (!m_planRefs.isEmpty() && m_planRefs.contains(m_report.refOf(i).toLower()))
        return true;
    // Without a decision, what the report's tier table shows: tiers I and II, and tier III with
    // evidence or a caution.
    const AlterationCall* call = m_result.callFor(i);
    if (!call || call->amp.tier.isEmpty() || call->amp.tier == u"IV")
        return false;
    if (call->amp.tier == u"III")
        return !m_result.matchesFor(i).empty() || !call->flags.isEmpty();
    return true;
}

QString Builder::findingKey(const QString& ref)
{
    // Two alterations with one reference (the same change in two samples) get distinct ids.
    const int n = m_keyUse[ref]++;
    return n == 0 ? ref : ref + u'#' + QString::number(n);
}

QStringList Builder::genesOf(const Alteration& a) const
{
    const AlterationDetail* d = a.detailOrNull();
    if (a.kind == AlterationKind::Fusion) {
        QStringList genes;
        for (const QString& g : {d ? d->gene : QString(), d ? d->partnerGene : QString()})
            if (!g.isEmpty())
                genes << g;
        return genes;
    }
    if (!a.mainGene().isEmpty())
        return {a.mainGene()};
    // Input without functional annotation: the genes whose MANE Select transcript spans the change.
    const GenomeBuild build = m_result.caseData.genome;
    if (a.chrom.isEmpty() || a.pos <= 0 || build == GenomeBuild::Unknown)
        return {};
    QStringList genes;
    for (const GeneInfo* g : GeneTable::bundled().overlapping(build, canonicalContig(a.chrom), a.pos, lastBase(a)))
        genes << g->symbol;
    return genes;
}

Concept Builder::drugConcept(const QString& name) const
{
    Concept c{{}, name};
    if (const Coding coding = therapyCoding(m_therapyIds.value(name.toLower()), name); !coding.code.isEmpty())
        c.codings << coding;
    return c;
}

void Builder::collectFindings()
{
    const auto& alterations = m_result.caseData.alterations;
    for (qint32 i = 0; i < qint32(alterations.size()); ++i) {
        if (!isReported(i))
            continue;
        Finding f;
        f.alteration = i;
        f.ref = m_report.refOf(i);
        f.id = uuid(u"finding:"_s + findingKey(f.ref));
        m_findingByRef.insert(f.ref.toLower(), int(m_findings.size()));
        m_findings.push_back(f);
    }
    for (int i = 0; i < int(m_findings.size()); ++i)
        collectImplications(m_findings[size_t(i)], i);
}

/**
 * The therapy evidence of a finding as therapeutic implications, one per therapy option and
 * predicted response: on-label items of level C or better, the items deciding its tiers, and the
 * items the plan names.
 */
void Builder::collectImplications(Finding& finding, int index)
{
    const qint32 a = finding.alteration;
    const AlterationCall* call = m_result.callFor(a);
    QHash<QString, int> byKey;
    for (const Match& m : m_result.matchesFor(a)) {
        const EvidenceItem& e = m_result.evidence[size_t(m.evidence)];
        if (!isPredictiveSupport(e))
            continue;
        const bool deciding = call
                              && (call->amp.evidence == m.evidence || call->escat.evidence == m.evidence
                                  || call->oncokb.evidence == m.evidence);
        const bool strong = onLabel(m.relation) && Tiering::levelRank(e.level) <= Tiering::levelRank(u"C"_s);
        if (!deciding && !strong && !m_planEvidence.contains(evidenceKey(e)))
            continue;
        const Concept response = responseConcept(e.significance);
        const QString responseKey = response.codings.isEmpty() ? response.text.toLower() : response.codings[0].code;
        for (const TherapyOption& option : therapyOptionsOf(e)) {
            const QString key = responseKey + u'|' + option.key;
            int at = byKey.value(key, -1);
            if (at < 0) {
                Implication imp;
                imp.id = uuid(u"implication:"_s + finding.id.toString(QUuid::WithoutBraces) + u'|' + key);
                imp.findings = {index};
                imp.drugs = option.drugs;
                QStringList sorted;
                for (const QString& d : option.drugs)
                    sorted << d.toLower();
                sorted.sort();
                imp.drugKey = sorted.join(u'|');
                imp.response = response;
                at = int(m_implications.size());
                byKey.insert(key, at);
                finding.implications << at;
                m_implications.push_back(imp);
            }
            Implication& imp = m_implications[size_t(at)];
            if (imp.evidence.contains(m.evidence))
                continue;
            if (imp.evidence.isEmpty())
                imp.levels << Concept{{{local + u"CodeSystem/"_s + localSystemName(e.kb.source) + u"-evidence-level"_s,
                                        e.level,
                                        e.kb.source + u" level "_s + e.level}},
                                      e.kb.source + u' ' + e.level};
            imp.evidence << m.evidence;
            Concept context{{}, e.disease};
            if (!e.doid.isEmpty())
                context.codings << Coding{diseaseOntology, u"DOID:"_s + e.doid, e.disease};
            bool known = false;
            for (const Concept& c : std::as_const(imp.contexts))
                known = known || c.text == context.text;
            if (!known && !context.isEmpty())
                imp.contexts << context;
            imp.artifacts << Artifact{e.kb.source + u' ' + e.displayId, e.molecularProfile, e.citation, e.url};
            if (call && call->amp.evidence == m.evidence)
                imp.levels << tierConcept(u"amp-asco-cap-2017-tier"_s, u"AMP/ASCO/CAP"_s, call->amp.tier);
            if (call && call->escat.evidence == m.evidence)
                imp.levels << tierConcept(u"escat-tier"_s, u"ESCAT"_s, call->escat.tier);
            if (call && call->oncokb.evidence == m.evidence)
                imp.levels << tierConcept(u"oncokb-style-level"_s, u"OncoKB-style"_s, call->oncokb.tier);
        }
    }
}

/**
 * The implication a plan item rests on: the one holding one of its evidence items, else the one
 * assessing the same drugs, on the alterations it names. A therapy item without either gets an
 * implication of its own, made from the item.
 */
int Builder::implicationFor(const PlanItem& item, const QString& itemKey, bool orPlanImplication)
{
    QSet<QString> evidence;
    for (const QString& e : item.evidence)
        evidence.insert(e.trimmed().toLower());
    QStringList drugs;
    for (const QString& d : item.therapies)
        drugs << d.toLower();
    drugs.sort();
    const QString drugKey = drugs.join(u'|');
    QList<int> findings;
    for (const QString& ref : item.alterations)
        if (const int f = m_findingByRef.value(ref.trimmed().toLower(), -1); f >= 0 && !findings.contains(f))
            findings << f;
    for (const int f : std::as_const(findings))
        for (const int i : std::as_const(m_findings[size_t(f)].implications))
            for (const qint32 e : std::as_const(m_implications[size_t(i)].evidence))
                if (evidence.contains(evidenceKey(m_result.evidence[size_t(e)])))
                    return i;
    if (!drugKey.isEmpty())
        for (const int f : std::as_const(findings))
            for (const int i : std::as_const(m_findings[size_t(f)].implications))
                if (m_implications[size_t(i)].drugKey == drugKey)
                    return i;
    if (!orPlanImplication || findings.isEmpty() || item.therapies.isEmpty())
        return -1;
    Implication imp;
    imp.id = uuid(u"implication:"_s + itemKey);
    imp.findings = findings;
    imp.drugs = item.therapies;
    imp.drugKey = drugKey;
    if (!item.level.isEmpty())
        imp.levels << Concept{{}, item.level};
    for (const QString& e : item.evidence)
        imp.artifacts << Artifact{e, {}, {}, {}};
    for (const QString& c : item.citations) {
        Artifact citation{c, {}, {}, {}};
        if (c.startsWith(u"PMID:"_s, Qt::CaseInsensitive))
            citation.url = u"https://pubmed.ncbi.nlm.nih.gov/"_s + c.mid(5).trimmed() + u'/';
        imp.artifacts << citation;
    }
    m_implications.push_back(imp);
    return int(m_implications.size()) - 1;
}

void Builder::collectRecommendations()
{
    const QList<PlanItem>& items = m_report.plan.items;
    for (qsizetype n = 0; n < items.size(); ++n) {
        const PlanItem& item = items[n];
        const QString itemKey =
            item.id > 0 ? u"plan-item:"_s + QString::number(item.id) : u"plan-item@"_s + QString::number(n);
        Recommendation r;
        r.item = &item;
        r.task = uuid(u"task:"_s + itemKey);
        r.implication = implicationFor(item, itemKey, item.kind == PlanItemKind::Therapy);
        if (item.kind == PlanItemKind::Therapy && (!item.therapies.isEmpty() || !item.title.isEmpty())) {
            r.medications << uuid(u"medication:"_s + itemKey);
            if (item.therapies.size() <= 1) {
                r.medicationConcepts << drugConcept(item.therapies.value(0, item.title));
            } else {
                // A combination: the regimen is the focus; each drug is part of it.
                const QString label = item.title.isEmpty() ? item.therapies.join(u" + "_s) : item.title;
                r.medicationConcepts << Concept{{}, label};
                for (qsizetype i = 0; i < item.therapies.size(); ++i) {
                    r.medications << uuid(u"medication:"_s + itemKey + u'/' + QString::number(i));
                    r.medicationConcepts << drugConcept(item.therapies[i]);
                }
            }
        }
        m_recommendations.push_back(r);
    }
}

void Builder::beginEntry(JsonWriter& w, const QUuid& id, const char* type) const
{
    w.beginObject();
    w.member("fullUrl", urn(id));
    w.key("resource").beginObject();
    w.member("resourceType", QString::fromLatin1(type));
    w.member("id", id.toString(QUuid::WithoutBraces));
}

void Builder::endEntry(JsonWriter& w) const
{
    w.endObject();
    w.endObject();
}

void Builder::writePatient(JsonWriter& w) const
{
    beginEntry(w, m_patient, "Patient");
    const QString pseudonym = m_report.stored ? m_report.stored->patient : QString();
    const auto& identity = m_report.identity;
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
            w.optionalMember("system", m_options.recordNumberSystem);
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

void Builder::writeSpecimen(JsonWriter& w) const
{
    beginEntry(w, m_specimen, "Specimen");
    // The sample name is a laboratory identifier: written only with the patient's identity.
    if (m_report.identity && !m_result.caseData.tumorSample.isEmpty()) {
        w.key("identifier").beginArray();
        w.beginObject();
        w.member("system", local + u"sid/sample"_s);
        w.member("value", m_result.caseData.tumorSample);
        w.endObject();
        w.endArray();
    }
    if (m_report.stored && !m_report.stored->specimen.isEmpty())
        codeable(w, "type", {{}, m_report.stored->specimen});
    reference(w, "subject", m_patient);
    endEntry(w);
}

QString reportStatus(const ReportCase& r)
{
    if (!r.stored)
        return u"partial"_s;
    switch (r.stored->state) {
    case CaseState::Draft:
        return u"partial"_s;
    case CaseState::Preliminary:
        return u"preliminary"_s;
    case CaseState::Final:
        return r.stored->version > 1 ? u"amended"_s : u"final"_s;
    }
    return u"partial"_s;
}

/** When the report was issued: signed, else last moved, else created; empty without a stored case. */
QString issuedAt(const ReportCase& r)
{
    if (!r.stored)
        return {};
    if (r.stored->state == CaseState::Final && !instant(r.stored->finalizedAt).isEmpty())
        return instant(r.stored->finalizedAt);
    if (!r.stateHistory.isEmpty() && !instant(r.stateHistory.last().at).isEmpty())
        return instant(r.stateHistory.last().at);
    return instant(r.stored->createdAt);
}

void Builder::writeReport(JsonWriter& w) const
{
    beginEntry(w, m_diagnosticReport, "DiagnosticReport");
    profile(w, u"genomic-report"_s);
    if (!m_recommendations.empty()) {
        w.key("extension").beginArray();
        for (const Recommendation& r : m_recommendations) {
            w.beginObject();
            w.member("url", profileBase + u"recommended-action"_s);
            reference(w, "valueReference", r.task);
            w.endObject();
        }
        w.endArray();
    }
    if (m_report.stored && !m_report.stored->uid.isEmpty()) {
        w.key("identifier").beginArray();
        w.beginObject();
        w.member("system", local + u"sid/case"_s);
        w.member("value", m_report.stored->uid);
        w.endObject();
        w.endArray();
    }
    w.member("status", reportStatus(m_report));
    w.key("category").beginArray();
    writeConcept(w, {{{u"http://terminology.hl7.org/CodeSystem/v2-0074"_s, u"GE"_s, u"Genetics"_s}}, {}});
    w.endArray();
    codeable(w, "code", lncConcept(u"51969-4"_s, u"Genetic analysis report"_s));
    reference(w, "subject", m_patient);
    w.optionalMember("issued", issuedAt(m_report));
    if (m_report.stored && m_report.stored->state == CaseState::Final && !m_report.stored->finalizedBy.isEmpty()) {
        w.key("resultsInterpreter").beginArray();
        w.beginObject();
        w.member("display", m_report.stored->finalizedBy);
        w.endObject();
        w.endArray();
    }
    if (m_hasSpecimen)
        references(w, "specimen", {m_specimen});
    QList<QUuid> results;
    for (const Finding& f : m_findings)
        results << f.id;
    for (const Implication& imp : m_implications)
        results << imp.id;
    references(w, "result", results);
    w.optionalMember("conclusion", m_report.plan.details.conclusion);
    endEntry(w);
}

void Builder::writeFinding(JsonWriter& w, const Finding& f) const
{
    if (m_result.caseData.alterations[size_t(f.alteration)].kind == AlterationKind::Biomarker)
        writeBiomarker(w, f);
    else
        writeVariant(w, f);
}

void Builder::writeVariant(JsonWriter& w, const Finding& f) const
{
    const Alteration& a = m_result.caseData.alterations[size_t(f.alteration)];
    const AlterationDetail* d = a.detailOrNull();
    const Case& c = m_result.caseData;
    beginEntry(w, f.id, "Observation");
    profile(w, u"variant"_s);
    w.member("status", m_observationStatus);
    genomicCategories(w, false);
    codeable(w, "code", lncConcept(u"69548-6"_s, u"Genetic variant assessment"_s));
    reference(w, "subject", m_patient);
    codeable(w, "valueCodeableConcept", lncConcept(u"LA9633-4"_s, u"Present"_s));
    if (m_report.stored && !m_report.stored->assay.isEmpty())
        codeable(w, "method", {{}, m_report.stored->assay});
    if (m_hasSpecimen)
        reference(w, "specimen", m_specimen);

    w.key("component").beginArray();
    const QStringList genes = genesOf(a);
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
    if (const AlterationCall* call = m_result.callFor(f.alteration))
        for (const Flag& flag : call->flags)
            germline = germline || flag.code.contains(u"germline"_s);
    if (const auto it = m_report.reviews.constFind(f.alteration);
        it != m_report.reviews.cend() && it->decision == Decision::GermlineReferral)
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
    if (a.kind == AlterationKind::CopyNumber && d && !std::isnan(d->copyNumber)) {
        beginComponent(w, lnc(u"82155-3"_s, u"Genomic structural variant copy number"_s));
        quantity(w, "valueQuantity", double(d->copyNumber), 2, {}, u"1"_s);
        w.endObject();
    }
    // The knowledge-base variants this allele is exactly, for cross-reference (a VCF without
    // annotation names no protein change).
    QSet<QString> seen;
    for (const Match& m : m_result.matchesFor(f.alteration)) {
        const EvidenceItem& e = m_result.evidence[size_t(m.evidence)];
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

void Builder::writeBiomarker(JsonWriter& w, const Finding& f) const
{
    const Alteration& a = m_result.caseData.alterations[size_t(f.alteration)];
    const AlterationDetail* d = a.detailOrNull();
    const QString name = d ? d->biomarker.toUpper() : QString();
    const QString status = d ? d->status : QString();
    const double value = d ? d->value : std::numeric_limits<double>::quiet_NaN();
    beginEntry(w, f.id, "Observation");
    profile(w, u"molecular-biomarker"_s);
    w.member("status", m_observationStatus);
    genomicCategories(w, true);
    if (name == u"TMB") {
        const bool measured = !std::isnan(value);
        if (measured)
            codeable(w, "code", lncConcept(u"94076-7"_s, u"Mutations/Megabase [# Ratio] in Tumor"_s));
        else
            codeable(w, "code", lncConcept(u"94077-5"_s, u"Tumor mutation burden [Interpretation]"_s));
        reference(w, "subject", m_patient);
        if (measured)
            quantity(w, "valueQuantity", value, 2, d->unit.isEmpty() ? u"mut/Mb"_s : d->unit, u"1/1000000{Base}"_s);
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
                                : Concept{{}, d ? d->biomarker : QString()});
        reference(w, "subject", m_patient);
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
            w.member(
                "text",
                u"Score: %1%2"_s.arg(QString::number(value, 'g', 6), d->unit.isEmpty() ? QString() : u' ' + d->unit));
            w.endObject();
            w.endArray();
        }
    }
    if (m_report.stored && !m_report.stored->assay.isEmpty())
        codeable(w, "method", {{}, m_report.stored->assay});
    if (m_hasSpecimen)
        reference(w, "specimen", m_specimen);
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

void Builder::writeImplication(JsonWriter& w, const Implication& imp) const
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
    w.member("status", m_observationStatus);
    genomicCategories(w, false);
    codeable(w, "code", {{{tbdCodes, u"therapeutic-implication"_s, u"Therapeutic Implication"_s}}, {}});
    reference(w, "subject", m_patient);
    QList<QUuid> derived;
    for (const int f : imp.findings)
        derived << m_findings[size_t(f)].id;
    references(w, "derivedFrom", derived);
    w.key("component").beginArray();
    if (!imp.response.isEmpty())
        conceptComponent(w, {tbdCodes, u"therapeutic-implication"_s, u"Therapeutic Implication"_s}, imp.response);
    for (const QString& drug : imp.drugs)
        conceptComponent(w, lnc(u"51963-7"_s, u"Medication assessed [ID]"_s), drugConcept(drug));
    for (const Concept& context : imp.contexts)
        conceptComponent(w, lnc(u"81259-4"_s, u"Associated phenotype"_s), context);
    for (const Concept& level : imp.levels)
        conceptComponent(w, lnc(u"93044-6"_s, u"Level of evidence"_s), level);
    w.endArray();
    endEntry(w);
}

void Builder::writeMedication(JsonWriter& w, const Recommendation& r, int part) const
{
    beginEntry(w, r.medications[part], "MedicationStatement");
    if (part > 0)
        references(w, "partOf", {r.medications.first()});
    w.member("status", u"intended"_s);
    codeable(w, "medicationCodeableConcept", r.medicationConcepts[part]);
    reference(w, "subject", m_patient);
    endEntry(w);
}

void Builder::writeTask(JsonWriter& w, const Recommendation& r) const
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
    reference(w, "for", m_patient);
    w.optionalMember("authoredOn", instant(item.createdAt));
    if (r.implication >= 0)
        reference(w, "reasonReference", m_implications[size_t(r.implication)].id);
    if (!item.rationale.isEmpty()) {
        w.key("note").beginArray();
        w.beginObject();
        w.optionalMember("authorString", item.createdBy);
        w.member("text", item.rationale);
        w.endObject();
        w.endArray();
    }
    const QString followUp = fhirDate(m_report.plan.details.followUp);
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

QByteArray Builder::write()
{
    JsonWriter w;
    w.beginObject();
    w.member("resourceType", u"Bundle"_s);
    const QUuid bundle = uuid(u"bundle"_s);
    w.member("id", bundle.toString(QUuid::WithoutBraces));
    w.key("identifier").beginObject();
    w.member("system", u"urn:ietf:rfc:3986"_s);
    w.member("value", urn(bundle));
    w.endObject();
    w.member("type", u"collection"_s);
    w.optionalMember("timestamp", issuedAt(m_report));
    w.key("entry").beginArray();
    writeReport(w);
    writePatient(w);
    if (m_hasSpecimen)
        writeSpecimen(w);
    for (const Finding& f : m_findings)
        writeFinding(w, f);
    for (const Implication& imp : m_implications)
        writeImplication(w, imp);
    for (const Recommendation& r : m_recommendations) {
        writeTask(w, r);
        for (int part = 0; part < r.medications.size(); ++part)
            writeMedication(w, r, part);
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

} // namespace

QByteArray FhirReport::write(const ReportCase& report)
{
    return write(report, {});
}

QByteArray FhirReport::write(const ReportCase& report, const FhirReportOptions& options)
{
    return Builder(report, options).write();
}

} // namespace onco
