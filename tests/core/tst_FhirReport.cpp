// The FHIR export of real cases annotated against the bundled knowledge base: the demo tumor
// (BRAF V600E, ERBB2 amplification) with a biomarker table and a board's plan, a VEP-annotated VCF
// and a fusion table.

#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "report/FhirReport.h"
#include "report/ReportCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const QString profileBase = u"http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"_s;

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type = {})
{
    QList<QJsonObject> out;
    for (const QJsonValue& e : bundle.value(u"entry"_s).toArray()) {
        const QJsonObject r = e.toObject().value(u"resource"_s).toObject();
        if (type.isEmpty() || r.value(u"resourceType"_s).toString() == type)
            out << r;
    }
    return out;
}

bool hasProfile(const QJsonObject& r, const QString& name)
{
    const QJsonArray profiles = r.value(u"meta"_s).toObject().value(u"profile"_s).toArray();
    return profiles.contains(QJsonValue(profileBase + name));
}

/** The first coding's code of a CodeableConcept. */
QString codeOf(const QJsonValue& value)
{
    return value.toObject().value(u"coding"_s).toArray().at(0).toObject().value(u"code"_s).toString();
}

/** The values of the components with a code. */
QList<QJsonObject> components(const QJsonObject& observation, const QString& code)
{
    QList<QJsonObject> out;
    for (const QJsonValue& c : observation.value(u"component"_s).toArray())
        if (codeOf(c.toObject().value(u"code"_s)) == code)
            out << c.toObject();
    return out;
}

QJsonObject component(const QJsonObject& observation, const QString& code)
{
    return components(observation, code).value(0);
}

/** Every "reference" string anywhere in a JSON value. */
void collectReferences(const QJsonValue& v, QStringList& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"reference" && it.value().isString())
                out << it.value().toString();
            else
                collectReferences(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectReferences(item, out);
    }
}

QJsonObject byUrn(const QJsonObject& bundle, const QString& urn)
{
    for (const QJsonValue& e : bundle.value(u"entry"_s).toArray())
        if (e.toObject().value(u"fullUrl"_s).toString() == urn)
            return e.toObject().value(u"resource"_s).toObject();
    return {};
}

QString reference(const QJsonObject& r, const QString& key)
{
    return r.value(key).toObject().value(u"reference"_s).toString();
}

} // namespace

class TestFhirReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundleIsCollectionWithResolvableReferences();
    void reportFollowsGenomicReportProfile();
    void reportStatusFollowsCaseState_data();
    void reportStatusFollowsCaseState();
    void variantsAreTheReportedAlterations();
    void excludedAlterationsAreLeftOut();
    void therapeuticImplicationNamesEvidenceLevel();
    void biomarkersAreMolecularBiomarkers();
    void planBecomesTasks();
    void identifiersOnlyWithIdentity();
    void writesAreByteIdentical();
    void annotationWithoutStoredCase();
    void annotatedVariantCarriesHgvs();
    void fusionNamesBothGenes();
    void pharmacogenomicGenotypeAndRecommendations();

private:
    ReportCase finalCase() const;
    AnnotationResult annotateFile(const QString& path, const QString& tumorType) const;
    qint32 indexAt(const QString& chrom, qint64 pos) const;
    qint32 indexOf(const QString& displayName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    AnnotationResult m_result;
    qint32 m_braf = -1;
    qint32 m_erbb2 = -1;
    qint32 m_rictor = -1;
    qint32 m_dpyd = -1;
};

void TestFhirReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());

    // The demo tumor's TMB and MSI as a cBioPortal-style sample table names them.
    QFile clinical(m_dir.filePath(u"clinical.tsv"_s));
    QVERIFY(clinical.open(QIODevice::WriteOnly));
    clinical.write("SAMPLE_ID\tTMB_NONSYNONYMOUS\tMSI_STATUS\tMSI_SCORE\n"
                   "TCGA-A6-2686-01A-01D-1408-10_TCGA-A6-2686-10A-01D-2188-10\t12.5\tMSS\t1.2\n");
    clinical.close();

    CaseLoadOptions options;
    options.tumorType = u"COAD"_s;
    auto c = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF),
                               QStringLiteral(ONCOBOARD_SOURCE_DIR "/resources/demo/T001-COAD.grch37.cna.tsv"),
                               m_dir.filePath(u"clinical.tsv"_s)},
                              options);
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    auto r = Annotator::annotate(std::move(c.value()), *m_kb);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    m_result = std::move(r.value());

    m_braf = indexAt(u"7"_s, 140453136);
    m_dpyd = indexAt(u"1"_s, 97915614);
    m_erbb2 = indexOf(u"ERBB2 amplification"_s);
    m_rictor = indexOf(u"RICTOR amplification"_s);
    QVERIFY(m_braf >= 0 && m_dpyd >= 0 && m_erbb2 >= 0 && m_rictor >= 0);
    QCOMPARE(m_result.callFor(m_braf)->amp.tier, u"I-A"_s);
    QVERIFY(m_result.callFor(m_rictor)); // tier III with evidence: reported unless excluded
}

qint32 TestFhirReport::indexAt(const QString& chrom, qint64 pos) const
{
    const auto& all = m_result.caseData.alterations;
    for (qint32 i = 0; i < qint32(all.size()); ++i)
        if (all[size_t(i)].chrom == chrom && all[size_t(i)].pos == pos)
            return i;
    return -1;
}

qint32 TestFhirReport::indexOf(const QString& displayName) const
{
    const auto& all = m_result.caseData.alterations;
    for (qint32 i = 0; i < qint32(all.size()); ++i)
        if (all[size_t(i)].displayName() == displayName)
            return i;
    return -1;
}

/** The demo case as a signed report: decisions, references and a plan as the case database keeps them. */
ReportCase TestFhirReport::finalCase() const
{
    ReportCase r = ReportCase::fromAnnotation(m_result);
    CaseSummary s;
    s.id = 7;
    s.uid = u"3f1d2c9e-5b7a-4e0f-9c1d-2a6b8e4f0a11"_s;
    s.patient = u"P-3C5A9E0B12"_s;
    s.version = 1;
    s.state = CaseState::Final;
    s.tumorType = u"COAD"_s;
    s.genome = u"GRCh37"_s;
    s.specimen = u"FFPE, colon resection"_s;
    s.assay = u"Whole-exome sequencing, tumor/normal"_s;
    s.createdAt = u"2025-09-01T08:00:00.000Z"_s;
    s.finalizedAt = u"2025-09-12T14:30:05.250Z"_s;
    s.finalizedBy = u"Dr. A. Example (molecular pathologist)"_s;
    r.stored = s;
    r.stateHistory = {
        StateChange{CaseState::Draft, CaseState::Preliminary, {}, u"2025-09-10T09:00:00.000Z"_s},
        StateChange{CaseState::Preliminary, CaseState::Final, {}, u"2025-09-12T14:30:05.250Z"_s},
    };
    for (qint32 i : {m_braf, m_erbb2, m_dpyd, m_rictor})
        r.refs.insert(i, alterationReference(m_result.caseData.alterations[size_t(i)]));
    ReviewRecord include;
    include.decision = Decision::Include;
    r.reviews.insert(m_braf, include);
    ReviewRecord exclude;
    exclude.decision = Decision::Exclude;
    exclude.comment = u"subclonal, below the reporting threshold"_s;
    r.reviews.insert(m_rictor, exclude);
    ReviewRecord artefact;
    artefact.decision = Decision::Artefact;
    r.reviews.insert(m_dpyd, artefact);

    PlanItem therapy;
    therapy.id = 11;
    therapy.kind = PlanItemKind::Therapy;
    therapy.priority = 1;
    therapy.title = u"Encorafenib + Cetuximab"_s;
    therapy.therapies = {u"Encorafenib"_s, u"Cetuximab"_s};
    therapy.interaction = u"Combination"_s;
    therapy.therapyIds = {u"ChEMBL:CHEMBL3301612"_s, u"ChEMBL:CHEMBL1201577"_s};
    therapy.alterations = {r.refOf(m_braf)};
    therapy.evidence = {u"CIViC:EID9851"_s};
    therapy.citations = {u"PMID:31566309"_s};
    therapy.level = u"AMP I-A; ESCAT I-A/B; CIViC A"_s;
    therapy.rationale = u"BEACON CRC: overall survival benefit after one or two prior regimens."_s;
    therapy.createdAt = u"2025-09-12T10:15:00.000Z"_s;
    therapy.createdBy = u"Dr. B. Example"_s;
    PlanItem trial;
    trial.id = 12;
    trial.kind = PlanItemKind::Trial;
    trial.priority = 1;
    trial.title = u"HER2-directed therapy in HER2-amplified colorectal cancer"_s;
    trial.alterations = {r.refOf(m_erbb2)};
    trial.trials = {u"NCT03043313"_s};
    trial.rationale = u"ERBB2 amplification as second target."_s;
    PlanItem diagnostic;
    diagnostic.id = 13;
    diagnostic.kind = PlanItemKind::Diagnostic;
    diagnostic.priority = 1;
    diagnostic.title = u"HER2 immunohistochemistry to confirm the amplification"_s;
    r.plan.items = {therapy, trial, diagnostic};
    r.plan.details.conclusion = u"BRAF V600E-mutant colorectal adenocarcinoma; ERBB2 amplified."_s;
    r.plan.details.followUp = u"2025-12-01"_s;
    r.plan.details.meetingDate = u"2025-09-12"_s;
    return r;
}

void TestFhirReport::bundleIsCollectionWithResolvableReferences()
{
    const QJsonObject bundle = parse(FhirReport::write(finalCase()));
    QCOMPARE(bundle.value(u"resourceType"_s).toString(), u"Bundle"_s);
    QCOMPARE(bundle.value(u"type"_s).toString(), u"collection"_s);
    QCOMPARE(bundle.value(u"timestamp"_s).toString(), u"2025-09-12T14:30:05.250Z"_s);

    QSet<QString> fullUrls;
    for (const QJsonValue& e : bundle.value(u"entry"_s).toArray()) {
        const QJsonObject entry = e.toObject();
        const QString url = entry.value(u"fullUrl"_s).toString();
        QVERIFY2(url.startsWith(u"urn:uuid:"_s), qPrintable(url));
        QCOMPARE(url.mid(9), entry.value(u"resource"_s).toObject().value(u"id"_s).toString());
        QVERIFY2(!fullUrls.contains(url), qPrintable(url));
        fullUrls.insert(url);
    }
    QStringList refs;
    collectReferences(bundle.value(u"entry"_s), refs);
    QVERIFY(refs.size() > 20);
    for (const QString& ref : std::as_const(refs))
        QVERIFY2(fullUrls.contains(ref), qPrintable(ref));
}

void TestFhirReport::reportFollowsGenomicReportProfile()
{
    const QJsonObject bundle = parse(FhirReport::write(finalCase()));
    const QList<QJsonObject> reports = resources(bundle, u"DiagnosticReport"_s);
    QCOMPARE(reports.size(), 1);
    const QJsonObject report = reports.first();
    QVERIFY(hasProfile(report, u"genomic-report"_s));
    QCOMPARE(codeOf(report.value(u"code"_s)), u"51969-4"_s);
    QCOMPARE(codeOf(report.value(u"category"_s).toArray().at(0)), u"GE"_s);
    QCOMPARE(report.value(u"status"_s).toString(), u"final"_s);
    QCOMPARE(report.value(u"issued"_s).toString(), u"2025-09-12T14:30:05.250Z"_s);
    QCOMPARE(report.value(u"conclusion"_s).toString(),
             u"BRAF V600E-mutant colorectal adenocarcinoma; ERBB2 amplified."_s);
    const QJsonObject patient = byUrn(bundle, reference(report, u"subject"_s));
    QCOMPARE(patient.value(u"resourceType"_s).toString(), u"Patient"_s);
    const QJsonObject specimen =
        byUrn(bundle, report.value(u"specimen"_s).toArray().at(0).toObject().value(u"reference"_s).toString());
    QCOMPARE(specimen.value(u"type"_s).toObject().value(u"text"_s).toString(), u"FFPE, colon resection"_s);

    // Every Observation is a result of the report, and every Task a recommended action.
    QSet<QString> results;
    for (const QJsonValue& r : report.value(u"result"_s).toArray())
        results.insert(r.toObject().value(u"reference"_s).toString());
    const QList<QJsonObject> observations = resources(bundle, u"Observation"_s);
    QCOMPARE(results.size(), observations.size());
    for (const QJsonObject& o : observations)
        QVERIFY(results.contains(u"urn:uuid:"_s + o.value(u"id"_s).toString()));
    QSet<QString> actions;
    for (const QJsonValue& x : report.value(u"extension"_s).toArray()) {
        QCOMPARE(x.toObject().value(u"url"_s).toString(), profileBase + u"recommended-action"_s);
        actions.insert(reference(x.toObject(), u"valueReference"_s));
    }
    const QList<QJsonObject> tasks = resources(bundle, u"Task"_s);
    QCOMPARE(actions.size(), tasks.size());
    for (const QJsonObject& t : tasks)
        QVERIFY(actions.contains(u"urn:uuid:"_s + t.value(u"id"_s).toString()));
}

void TestFhirReport::reportStatusFollowsCaseState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("observation");
    QTest::newRow("draft") << int(CaseState::Draft) << 1 << u"partial"_s << u"preliminary"_s;
    QTest::newRow("preliminary") << int(CaseState::Preliminary) << 1 << u"preliminary"_s << u"preliminary"_s;
    QTest::newRow("final") << int(CaseState::Final) << 1 << u"final"_s << u"final"_s;
    QTest::newRow("final amendment") << int(CaseState::Final) << 2 << u"amended"_s << u"final"_s;
    QTest::newRow("draft amendment") << int(CaseState::Draft) << 2 << u"partial"_s << u"preliminary"_s;
}

void TestFhirReport::reportStatusFollowsCaseState()
{
    QFETCH(int, state);
    QFETCH(int, version);
    QFETCH(QString, report);
    QFETCH(QString, observation);
    ReportCase r = finalCase();
    r.stored->state = CaseState(state);
    r.stored->version = version;
    const QJsonObject bundle = parse(FhirReport::write(r));
    QCOMPARE(resources(bundle, u"DiagnosticReport"_s).value(0).value(u"status"_s).toString(), report);
    for (const QJsonObject& o : resources(bundle, u"Observation"_s))
        QCOMPARE(o.value(u"status"_s).toString(), observation);
    for (const QJsonObject& t : resources(bundle, u"Task"_s))
        QCOMPARE(t.value(u"status"_s).toString(), u"requested"_s);
}

void TestFhirReport::variantsAreTheReportedAlterations()
{
    const QJsonObject bundle = parse(FhirReport::write(finalCase()));
    QList<QJsonObject> variants;
    for (const QJsonObject& o : resources(bundle, u"Observation"_s))
        if (hasProfile(o, u"variant"_s))
            variants << o;
    // BRAF V600E (included), the ERBB2 amplification (tier I-B) and the 18 variants of the raw VCF
    // whose predicted effect meets class evidence (TP53 c.216del, NF1 c.2027del ...; tiers II-C and
    // III); RICTOR and DPYD are excluded.
    QCOMPARE(variants.size(), 20);
    const auto geneOf = [](const QJsonObject& v) {
        return component(v, u"48018-6"_s)
            .value(u"valueCodeableConcept"_s)
            .toObject()
            .value(u"coding"_s)
            .toArray()
            .at(0)
            .toObject();
    };

    QJsonObject braf, erbb2;
    for (const QJsonObject& v : variants) {
        if (geneOf(v).value(u"display"_s).toString() == u"BRAF")
            braf = v;
        if (geneOf(v).value(u"display"_s).toString() == u"ERBB2")
            erbb2 = v;
    }
    QVERIFY(!braf.isEmpty() && !erbb2.isEmpty());
    QCOMPARE(codeOf(braf.value(u"code"_s)), u"69548-6"_s);
    QCOMPARE(codeOf(braf.value(u"valueCodeableConcept"_s)), u"LA9633-4"_s);
    QCOMPARE(geneOf(braf).value(u"display"_s).toString(), u"BRAF"_s);
    QCOMPARE(geneOf(braf).value(u"code"_s).toString(), u"HGNC:1097"_s);
    QCOMPARE(geneOf(braf).value(u"system"_s).toString(), u"http://www.genenames.org/geneId"_s);
    QCOMPARE(codeOf(component(braf, u"48000-4"_s).value(u"valueCodeableConcept"_s)), u"LA21260-7"_s);
    QCOMPARE(codeOf(component(braf, u"62374-4"_s).value(u"valueCodeableConcept"_s)), u"LA14029-5"_s);
    QCOMPARE(codeOf(component(braf, u"92822-6"_s).value(u"valueCodeableConcept"_s)), u"LA30102-0"_s);
    QCOMPARE(codeOf(component(braf, u"48019-4"_s).value(u"valueCodeableConcept"_s)), u"SO:0001483"_s);
    QCOMPARE(codeOf(component(braf, u"48002-0"_s).value(u"valueCodeableConcept"_s)), u"LA6684-0"_s);
    const QJsonObject range = component(braf, u"81254-5"_s).value(u"valueRange"_s).toObject();
    QCOMPARE(range.value(u"low"_s).toObject().value(u"value"_s).toInteger(), 140453136);
    QCOMPARE(range.value(u"high"_s).toObject().value(u"value"_s).toInteger(), 140453136);
    QCOMPARE(component(braf, u"69547-8"_s).value(u"valueString"_s).toString(), u"A"_s);
    QCOMPARE(component(braf, u"69551-0"_s).value(u"valueString"_s).toString(), u"T"_s);
    const QJsonObject vaf = component(braf, u"81258-6"_s).value(u"valueQuantity"_s).toObject();
    QCOMPARE(vaf.value(u"value"_s).toDouble(), 0.3148);
    QCOMPARE(vaf.value(u"code"_s).toString(), u"1"_s);
    QCOMPARE(component(braf, u"82121-5"_s).value(u"valueQuantity"_s).toObject().value(u"value"_s).toInt(), 17);
    // The input has no protein change; the knowledge-base variant it is exactly is cross-referenced.
    QVERIFY(components(braf, u"48005-3"_s).isEmpty());
    const QJsonObject profile = component(braf, u"81252-9"_s)
                                    .value(u"valueCodeableConcept"_s)
                                    .toObject()
                                    .value(u"coding"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(profile.value(u"display"_s).toString(), u"BRAF V600E"_s);
    QCOMPARE(profile.value(u"code"_s).toString(), u"12"_s);
    QCOMPARE(braf.value(u"method"_s).toObject().value(u"text"_s).toString(), u"Whole-exome sequencing, tumor/normal"_s);

    QCOMPARE(geneOf(erbb2).value(u"display"_s).toString(), u"ERBB2"_s);
    const QJsonObject change = component(erbb2, u"48019-4"_s).value(u"valueCodeableConcept"_s).toObject();
    QCOMPARE(codeOf(change), u"SO:0001742"_s);
    QCOMPARE(change.value(u"text"_s).toString(), u"amplification"_s);
    QCOMPARE(codeOf(component(erbb2, u"48000-4"_s).value(u"valueCodeableConcept"_s)), u"LA21270-6"_s);
    QVERIFY(component(erbb2, u"82155-3"_s).value(u"valueQuantity"_s).toObject().value(u"value"_s).toDouble() >= 4);
    QVERIFY(components(erbb2, u"81254-5"_s).isEmpty()); // a gene-level call has no coordinates
}

void TestFhirReport::excludedAlterationsAreLeftOut()
{
    ReportCase r = finalCase();
    QByteArray json = FhirReport::write(r);
    QVERIFY(!json.contains("RICTOR"));
    QVERIFY(!json.contains("97915614"));
    QVERIFY(json.contains("ERBB2"));

    // Excluding a finding takes it out with its implications, even when the plan names it: the
    // trial keeps its Task, which then rests on no finding.
    ReviewRecord exclude;
    exclude.decision = Decision::Exclude;
    r.reviews.insert(m_erbb2, exclude);
    json = FhirReport::write(r);
    QVERIFY(!json.contains("\"ERBB2\""));
    const QJsonObject bundle = parse(json);
    QStringList refs;
    collectReferences(bundle.value(u"entry"_s), refs);
    for (const QString& ref : std::as_const(refs))
        QVERIFY(!byUrn(bundle, ref).isEmpty());
    const QList<QJsonObject> tasks = resources(bundle, u"Task"_s);
    QCOMPARE(tasks.size(), 3);
    QVERIFY(!tasks[1].contains(u"reasonReference"_s));

    // Withdrawing a decision makes the alteration undecided again: RICTOR is tier III with evidence.
    ReviewRecord withdrawn;
    withdrawn.decision = Decision::Withdrawn;
    r.reviews.insert(m_rictor, withdrawn);
    QVERIFY(FhirReport::write(r).contains("RICTOR"));
}

void TestFhirReport::therapeuticImplicationNamesEvidenceLevel()
{
    const QJsonObject bundle = parse(FhirReport::write(finalCase()));
    const QList<QJsonObject> findings = resources(bundle, u"Observation"_s);
    QString brafUrn;
    for (const QJsonObject& o : findings)
        if (hasProfile(o, u"variant"_s) && QJsonDocument(o).toJson().contains("\"BRAF\"")
            && !components(o, u"69551-0"_s).isEmpty())
            brafUrn = u"urn:uuid:"_s + o.value(u"id"_s).toString();
    QVERIFY(!brafUrn.isEmpty());

    QJsonObject beacon;
    int implications = 0;
    for (const QJsonObject& o : findings) {
        if (!hasProfile(o, u"therapeutic-implication"_s))
            continue;
        ++implications;
        QCOMPARE(codeOf(o.value(u"code"_s)), u"therapeutic-implication"_s);
        QVERIFY(!o.value(u"derivedFrom"_s).toArray().isEmpty());
        QStringList drugs;
        for (const QJsonObject& c : components(o, u"51963-7"_s))
            drugs << c.value(u"valueCodeableConcept"_s).toObject().value(u"text"_s).toString();
        drugs.sort();
        if (drugs == QStringList{u"Cetuximab"_s, u"Encorafenib"_s}
            && o.value(u"derivedFrom"_s).toArray().at(0).toObject().value(u"reference"_s).toString() == brafUrn)
            beacon = o;
    }
    QVERIFY(implications >= 3);
    QVERIFY(!beacon.isEmpty());
    QCOMPARE(codeOf(component(beacon, u"therapeutic-implication"_s).value(u"valueCodeableConcept"_s)),
             u"LA6677-4"_s); // Responsive
    QStringList levels;
    for (const QJsonObject& c : components(beacon, u"93044-6"_s))
        levels << c.value(u"valueCodeableConcept"_s).toObject().value(u"text"_s).toString();
    QVERIFY2(levels.contains(u"CIViC A"_s), qPrintable(levels.join(u", "_s)));
    QVERIFY2(levels.contains(u"AMP/ASCO/CAP I-A"_s), qPrintable(levels.join(u", "_s)));
    const QJsonObject context = component(beacon, u"81259-4"_s).value(u"valueCodeableConcept"_s).toObject();
    QCOMPARE(codeOf(context), u"DOID:9256"_s);
    bool cited = false;
    for (const QJsonValue& x : beacon.value(u"extension"_s).toArray())
        cited = cited
                || x.toObject().value(u"valueRelatedArtifact"_s).toObject().value(u"label"_s).toString()
                       == u"CIViC EID9851"_s;
    QVERIFY(cited);
    // The plan's ChEMBL ids code the drugs wherever they are assessed.
    for (const QJsonObject& c : components(beacon, u"51963-7"_s)) {
        const QJsonObject drug = c.value(u"valueCodeableConcept"_s).toObject();
        if (drug.value(u"text"_s).toString() == u"Encorafenib")
            QCOMPARE(codeOf(drug), u"CHEMBL3301612"_s);
    }
}

void TestFhirReport::biomarkersAreMolecularBiomarkers()
{
    const QJsonObject bundle = parse(FhirReport::write(finalCase()));
    QJsonObject tmb;
    QJsonObject msi;
    for (const QJsonObject& o : resources(bundle, u"Observation"_s)) {
        if (!hasProfile(o, u"molecular-biomarker"_s))
            continue;
        if (codeOf(o.value(u"code"_s)) == u"94076-7")
            tmb = o;
        if (codeOf(o.value(u"code"_s)) == u"81695-9")
            msi = o;
    }
    QVERIFY(!tmb.isEmpty());
    const QJsonObject value = tmb.value(u"valueQuantity"_s).toObject();
    QCOMPARE(value.value(u"value"_s).toDouble(), 12.5);
    QCOMPARE(value.value(u"system"_s).toString(), u"http://unitsofmeasure.org"_s);
    QCOMPARE(value.value(u"code"_s).toString(), u"1/1000000{Base}"_s);
    QCOMPARE(codeOf(tmb.value(u"interpretation"_s).toArray().at(0)), u"H"_s);
    QVERIFY(!msi.isEmpty());
    QCOMPARE(codeOf(msi.value(u"valueCodeableConcept"_s)), u"LA14122-8"_s); // stable
    QStringList categories;
    for (const QJsonValue& c : tmb.value(u"category"_s).toArray())
        categories << codeOf(c);
    QCOMPARE(categories, (QStringList{u"laboratory"_s, u"biomarker-category"_s, u"GE"_s}));

    // A TMB status without its value (a biomarker table's "TMB-H") is the interpretation code.
    ReportCase r = finalCase();
    for (Alteration& a : r.result.caseData.alterations)
        if (a.kind == AlterationKind::Biomarker && a.detailOrNull()->extra().biomarker == u"TMB")
            a.detail().extra().value = std::numeric_limits<double>::quiet_NaN();
    QJsonObject status;
    for (const QJsonObject& o : resources(parse(FhirReport::write(r)), u"Observation"_s))
        if (codeOf(o.value(u"code"_s)) == u"94077-5")
            status = o;
    QCOMPARE(status.value(u"valueCodeableConcept"_s).toObject().value(u"text"_s).toString(), u"TMB-high"_s);
    QVERIFY(!status.contains(u"valueQuantity"_s));
}

void TestFhirReport::planBecomesTasks()
{
    const QJsonObject bundle = parse(FhirReport::write(finalCase()));
    const QList<QJsonObject> tasks = resources(bundle, u"Task"_s);
    QCOMPARE(tasks.size(), 3);
    for (const QJsonObject& t : tasks) {
        QCOMPARE(t.value(u"intent"_s).toString(), u"proposal"_s);
        QCOMPARE(t.value(u"status"_s).toString(), u"requested"_s);
        QCOMPARE(byUrn(bundle, reference(t, u"for"_s)).value(u"resourceType"_s).toString(), u"Patient"_s);
    }

    const QJsonObject therapy = tasks[0];
    QVERIFY(hasProfile(therapy, u"medication-recommendation"_s));
    QCOMPARE(codeOf(therapy.value(u"code"_s)), u"LA26421-0"_s);
    QCOMPARE(therapy.value(u"note"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
             u"BEACON CRC: overall survival benefit after one or two prior regimens."_s);
    QCOMPARE(therapy.value(u"authoredOn"_s).toString(), u"2025-09-12T10:15:00.000Z"_s);
    const QJsonObject focus = byUrn(bundle, reference(therapy, u"focus"_s));
    QCOMPARE(focus.value(u"resourceType"_s).toString(), u"MedicationStatement"_s);
    QCOMPARE(focus.value(u"status"_s).toString(), u"intended"_s);
    QCOMPARE(focus.value(u"medicationCodeableConcept"_s).toObject().value(u"text"_s).toString(),
             u"Encorafenib + Cetuximab"_s);
    // Each drug of the combination is a statement of its own, part of the regimen, coded with ChEMBL.
    QStringList parts;
    for (const QJsonObject& m : resources(bundle, u"MedicationStatement"_s)) {
        if (m.value(u"partOf"_s).toArray().isEmpty())
            continue;
        QCOMPARE(m.value(u"partOf"_s).toArray().at(0).toObject().value(u"reference"_s).toString(),
                 reference(therapy, u"focus"_s));
        parts << codeOf(m.value(u"medicationCodeableConcept"_s));
    }
    QCOMPARE(parts, (QStringList{u"CHEMBL3301612"_s, u"CHEMBL1201577"_s}));
    const QJsonObject reason = byUrn(bundle, reference(therapy, u"reasonReference"_s));
    QVERIFY(hasProfile(reason, u"therapeutic-implication"_s));
    bool eid9851 = false;
    for (const QJsonValue& x : reason.value(u"extension"_s).toArray())
        eid9851 = eid9851
                  || x.toObject().value(u"valueRelatedArtifact"_s).toObject().value(u"label"_s).toString()
                         == u"CIViC EID9851"_s;
    QVERIFY(eid9851);

    const QJsonObject trial = tasks[1];
    QVERIFY(hasProfile(trial, u"followup-recommendation"_s));
    QCOMPARE(trial.value(u"restriction"_s).toObject().value(u"period"_s).toObject().value(u"end"_s).toString(),
             u"2025-12-01"_s);
    bool nct = false;
    for (const QJsonValue& in : trial.value(u"input"_s).toArray())
        nct =
            nct || in.toObject().value(u"valueIdentifier"_s).toObject().value(u"value"_s).toString() == u"NCT03043313";
    QVERIFY(nct);

    const QJsonObject diagnostic = tasks[2];
    QVERIFY(hasProfile(diagnostic, u"followup-recommendation"_s));
    QCOMPARE(codeOf(diagnostic.value(u"code"_s)), u"LA14022-0"_s);
    QCOMPARE(diagnostic.value(u"code"_s).toObject().value(u"text"_s).toString(),
             u"HER2 immunohistochemistry to confirm the amplification"_s);
}

void TestFhirReport::identifiersOnlyWithIdentity()
{
    ReportCase r = finalCase();
    QByteArray json = FhirReport::write(r);
    QJsonObject patient = resources(parse(json), u"Patient"_s).value(0);
    const QJsonArray identifiers = patient.value(u"identifier"_s).toArray();
    QCOMPARE(identifiers.size(), 1);
    QCOMPARE(identifiers.at(0).toObject().value(u"value"_s).toString(), u"P-3C5A9E0B12"_s);
    QVERIFY(!patient.contains(u"name"_s));
    QVERIFY(!patient.contains(u"birthDate"_s));
    QVERIFY(!json.contains("TCGA-A6-2686")); // the sample name identifies the specimen in the laboratory

    r.identity = CaseStore::PatientIdentity{u"Erika Mustermann"_s, u"1961-08-12"_s, u"MRN-0042"_s};
    FhirReportOptions options;
    options.recordNumberSystem = u"https://hospital.example.org/mrn"_s;
    json = FhirReport::write(r, options);
    const QJsonObject bundle = parse(json);
    patient = resources(bundle, u"Patient"_s).value(0);
    QCOMPARE(patient.value(u"name"_s).toArray().at(0).toObject().value(u"text"_s).toString(), u"Erika Mustermann"_s);
    QCOMPARE(patient.value(u"birthDate"_s).toString(), u"1961-08-12"_s);
    const QJsonObject mrn = patient.value(u"identifier"_s).toArray().last().toObject();
    QCOMPARE(codeOf(mrn.value(u"type"_s)), u"MR"_s);
    QCOMPARE(mrn.value(u"system"_s).toString(), u"https://hospital.example.org/mrn"_s);
    QCOMPARE(mrn.value(u"value"_s).toString(), u"MRN-0042"_s);
    QVERIFY(json.contains("TCGA-A6-2686"));
}

void TestFhirReport::writesAreByteIdentical()
{
    const QByteArray first = FhirReport::write(finalCase());
    const QByteArray second = FhirReport::write(finalCase());
    QCOMPARE(first, second);
    QVERIFY(first.endsWith("}\n"));

    // Ids follow the case: another case uid gives other ids for the same content.
    ReportCase other = finalCase();
    other.stored->uid = u"0b7e2a44-1c3d-4f5e-8a9b-0c1d2e3f4a5b"_s;
    const QByteArray third = FhirReport::write(other);
    QVERIFY(third != first);
    const auto reportId = [](const QByteArray& json) {
        return resources(parse(json), u"DiagnosticReport"_s).value(0).value(u"id"_s).toString();
    };
    QVERIFY(reportId(third) != reportId(first));
    // The same patient keeps one Patient id.
    const auto patientId = [](const QByteArray& json) {
        return resources(parse(json), u"Patient"_s).value(0).value(u"id"_s).toString();
    };
    QCOMPARE(patientId(third), patientId(first));
}

void TestFhirReport::annotationWithoutStoredCase()
{
    const ReportCase r = ReportCase::fromAnnotation(m_result);
    const QByteArray json = FhirReport::write(r);
    QCOMPARE(json, FhirReport::write(r));
    const QJsonObject bundle = parse(json);
    QVERIFY(!bundle.contains(u"timestamp"_s)); // no date in the input: none invented
    const QJsonObject report = resources(bundle, u"DiagnosticReport"_s).value(0);
    QCOMPARE(report.value(u"status"_s).toString(), u"partial"_s);
    QVERIFY(!report.contains(u"issued"_s));
    QVERIFY(resources(bundle, u"Task"_s).isEmpty());
    QVERIFY(resources(bundle, u"Specimen"_s).isEmpty());
    const QJsonObject patient = resources(bundle, u"Patient"_s).value(0);
    QVERIFY(!patient.contains(u"identifier"_s));
    // Without decisions, the tiered alterations are reported: RICTOR (tier III with evidence) too.
    QVERIFY(json.contains("RICTOR"));
    QStringList refs;
    collectReferences(bundle.value(u"entry"_s), refs);
    for (const QString& ref : std::as_const(refs))
        QVERIFY2(!byUrn(bundle, ref).isEmpty(), qPrintable(ref));
}

AnnotationResult TestFhirReport::annotateFile(const QString& path, const QString& tumorType) const
{
    CaseLoadOptions options;
    options.tumorType = tumorType;
    auto c = CaseLoader::load({QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/") + path}, options);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    auto r = Annotator::annotate(std::move(c.value()), *m_kb);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r.value());
}

void TestFhirReport::annotatedVariantCarriesHgvs()
{
    // A VEP-annotated GRCh38 VCF: TP53 p.R175H is tier I-B in breast cancer.
    const QByteArray json =
        FhirReport::write(ReportCase::fromAnnotation(annotateFile(u"vcf/HCC1395_subset.vep_csq.vcf.gz"_s, u"BRCA"_s)));
    const auto coding = [](const QJsonObject& o, const QString& code) {
        return component(o, code)
            .value(u"valueCodeableConcept"_s)
            .toObject()
            .value(u"coding"_s)
            .toArray()
            .at(0)
            .toObject();
    };
    QJsonObject tp53;
    for (const QJsonObject& o : resources(parse(json), u"Observation"_s))
        if (hasProfile(o, u"variant"_s) && coding(o, u"48018-6"_s).value(u"display"_s).toString() == u"TP53")
            tp53 = o;
    QVERIFY(!tp53.isEmpty());
    QCOMPARE(coding(tp53, u"48018-6"_s).value(u"code"_s).toString(), u"HGNC:11998"_s);
    QCOMPARE(coding(tp53, u"48004-6"_s).value(u"code"_s).toString(), u"ENST00000269305.9:c.524G>A"_s);
    QCOMPARE(coding(tp53, u"48004-6"_s).value(u"system"_s).toString(), u"http://varnomen.hgvs.org"_s);
    QCOMPARE(coding(tp53, u"48005-3"_s).value(u"code"_s).toString(), u"p.R175H"_s);
    QCOMPARE(coding(tp53, u"51958-7"_s).value(u"code"_s).toString(), u"ENST00000269305.9"_s);
    QCOMPARE(coding(tp53, u"51958-7"_s).value(u"system"_s).toString(), u"http://www.ensembl.org"_s);
    QCOMPARE(coding(tp53, u"62374-4"_s).value(u"code"_s).toString(), u"LA26806-2"_s); // GRCh38
    QCOMPARE(coding(tp53, u"48000-4"_s).value(u"code"_s).toString(), u"LA21270-6"_s); // chromosome 17
    // The VCF names a matched normal: the variant is somatic.
    QCOMPARE(coding(tp53, u"48002-0"_s).value(u"code"_s).toString(), u"LA6684-0"_s);
}

void TestFhirReport::fusionNamesBothGenes()
{
    const QByteArray json = FhirReport::write(
        ReportCase::fromAnnotation(annotateFile(u"fusion/pcgr_T001.grch37.fusions.tsv"_s, u"LUAD"_s)));
    QJsonObject eml4Alk;
    for (const QJsonObject& o : resources(parse(json), u"Observation"_s)) {
        const QJsonObject change = component(o, u"48019-4"_s).value(u"valueCodeableConcept"_s).toObject();
        if (change.value(u"text"_s).toString() == u"EML4::ALK")
            eml4Alk = o;
    }
    QVERIFY(!eml4Alk.isEmpty());
    QVERIFY(hasProfile(eml4Alk, u"variant"_s));
    QCOMPARE(codeOf(component(eml4Alk, u"48019-4"_s).value(u"valueCodeableConcept"_s)), u"SO:0001565"_s);
    QStringList genes;
    for (const QJsonObject& c : components(eml4Alk, u"48018-6"_s))
        genes << c.value(u"valueCodeableConcept"_s)
                     .toObject()
                     .value(u"coding"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"display"_s)
                     .toString();
    QCOMPARE(genes, (QStringList{u"EML4"_s, u"ALK"_s}));
    QVERIFY(components(eml4Alk, u"81254-5"_s).isEmpty()); // two breakpoints are not one range
}

void TestFhirReport::pharmacogenomicGenotypeAndRecommendations()
{
    // The demo tumor's heterozygous DPYD*2A: a genotype Observation derived from its variant, and a
    // therapeutic implication per CPIC recommendation (fluorouracil, capecitabine).
    const QJsonObject bundle = parse(FhirReport::write(ReportCase::fromAnnotation(m_result)));
    QList<QJsonObject> genotypes, implications;
    for (const QJsonObject& o : resources(bundle, u"Observation"_s)) {
        if (hasProfile(o, u"genotype"_s))
            genotypes << o;
        else if (hasProfile(o, u"therapeutic-implication"_s) && !components(o, u"53040-2"_s).isEmpty())
            implications << o;
    }
    QCOMPARE(genotypes.size(), 1);
    const QJsonObject g = genotypes.front();
    QCOMPARE(codeOf(g.value(u"code"_s)), u"84413-4"_s);
    QCOMPARE(g.value(u"valueCodeableConcept"_s).toObject().value(u"text"_s).toString(),
             u"DPYD Reference/c.1905+1G>A (*2A)"_s);
    QCOMPARE(g.value(u"derivedFrom"_s).toArray().size(), 1);
    QCOMPARE(implications.size(), 2);
    for (const QJsonObject& imp : implications) {
        QCOMPARE(component(imp, u"53040-2"_s).value(u"valueCodeableConcept"_s).toObject().value(u"text"_s).toString(),
                 u"DPYD Intermediate Metabolizer"_s);
        QCOMPARE(imp.value(u"derivedFrom"_s).toArray().at(0).toObject().value(u"reference"_s).toString(),
                 u"urn:uuid:"_s + g.value(u"id"_s).toString());
        QVERIFY(imp.value(u"note"_s).toArray().at(0).toObject().value(u"text"_s).toString().contains(u"50%"_s));
    }
    // The signed case calls the DPYD variant an artefact: no genotype is reported from it.
    const QJsonObject signed_ = parse(FhirReport::write(finalCase()));
    for (const QJsonObject& o : resources(signed_, u"Observation"_s))
        QVERIFY(!hasProfile(o, u"genotype"_s));
}

QTEST_GUILESS_MAIN(TestFhirReport)
#include "tst_FhirReport.moc"
