#include "report/FhirReport.h"
#include "Translation.h"

#include "match/Tiering.h"
#include "report/FhirCodes.h"
#include "report/FhirResources.h"
#include "report/JsonWriter.h"
#include "report/ReportSelection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <vector>

using namespace Qt::StringLiterals;

namespace onco::fhir {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::FhirReport)
};

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

/**
 * Gathers what a case's bundle holds (findings, their therapeutic implications, the plan's
 * recommendations), names every resource by the id scheme, and writes the bundle.
 */
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
    void collectFindings();
    void collectImplications(Finding& finding, int index);
    void collectRecommendations();
    void collectPharmacogenomics();
    int implicationFor(const PlanItem& item, const QString& itemKey, bool orPlanImplication);

    void writeReport(JsonWriter& w) const;

    const ReportCase& m_report;
    const AnnotationResult& m_result;
    QUuid m_namespace;
    ResourceContext m_context; ///< the patient, specimen and plan therapy ids the resources share
    QUuid m_diagnosticReport;
    ReportSelection m_selection;
    QSet<QString> m_planEvidence;       ///< lower-case "source:EID..." named by plan items
    QHash<QString, int> m_findingByRef; ///< lower-case reference -> index into m_findings
    QHash<QString, int> m_keyUse;
    std::vector<Finding> m_findings;
    std::vector<Implication> m_implications;
    std::vector<Recommendation> m_recommendations;
    std::vector<PgxResult> m_pharmacogenomics;
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
    , m_namespace(QUuid::createUuidV5(rootNamespace(), caseSeed(report)))
    , m_context{report, options}
    , m_selection(ReportSelection::of(report))
{
    const QString pseudonym = report.stored ? report.stored->patient : QString();
    // The same patient keeps one id across cases and versions.
    m_context.patient =
        pseudonym.isEmpty() ? uuid(u"patient"_s) : QUuid::createUuidV5(rootNamespace(), u"patient:"_s + pseudonym);
    m_context.specimen = uuid(u"specimen"_s);
    m_diagnosticReport = uuid(u"report"_s);
    m_context.hasSpecimen = (report.stored && !report.stored->specimen.isEmpty())
                            || (report.identity && !m_result.caseData.tumorSample.isEmpty());
    m_context.observationStatus =
        report.stored && report.stored->state == CaseState::Final ? u"final"_s : u"preliminary"_s;

    for (const PlanItem& item : report.plan.items) {
        for (const QString& e : item.evidence)
            m_planEvidence.insert(e.trimmed().toLower());
        if (item.kind != PlanItemKind::Therapy)
            continue;
        const bool paired = item.therapyIds.size() == item.therapies.size();
        for (qsizetype i = 0; i < item.therapies.size(); ++i) {
            const QString name = item.therapies[i].toLower();
            if (paired && !item.therapyIds[i].isEmpty() && !m_context.therapyIds.contains(name))
                m_context.therapyIds.insert(name, item.therapyIds[i]);
            else if (item.therapies.size() == 1 && !item.therapyIds.isEmpty() && !m_context.therapyIds.contains(name))
                m_context.therapyIds.insert(name, item.therapyIds.first());
        }
    }
    collectFindings();
    collectPharmacogenomics();
    collectRecommendations();
}

bool Builder::isReported(qint32 i) const
{
    return m_selection.isReported(i);
}

QString Builder::findingKey(const QString& ref)
{
    // Two alterations with one reference (the same change in two samples) get distinct ids.
    const int n = m_keyUse[ref]++;
    return n == 0 ? ref : ref + u'#' + QString::number(n);
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
void Builder::collectPharmacogenomics()
{
    QHash<qint32, int> findingOf;
    for (int i = 0; i < int(m_findings.size()); ++i)
        findingOf.insert(m_findings[size_t(i)].alteration, i);
    const auto& results = m_result.pharmacogenomics;
    for (const int i : m_selection.pharmacogenomics) {
        const PgxFinding& f = results[size_t(i)];
        PgxResult p;
        p.finding = i;
        p.genotype = uuid(u"genotype:"_s + f.gene);
        for (const PgxObservation& o : f.observed)
            if (const auto it = findingOf.constFind(o.alteration); it != findingOf.cend())
                p.variants << *it;
        for (const PgxRecommendation& r : f.recommendations)
            p.implications << uuid(u"pharmacogenomics:%1:%2"_s.arg(f.gene, r.drug));
        m_pharmacogenomics.push_back(p);
    }
}

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
                r.medicationConcepts << drugConcept(item.therapies.value(0, item.title), m_context.therapyIds);
            } else {
                // A combination: the regimen is the focus; each drug is part of it.
                const QString label = item.title.isEmpty() ? item.therapies.join(u" + "_s) : item.title;
                r.medicationConcepts << Concept{{}, label};
                for (qsizetype i = 0; i < item.therapies.size(); ++i) {
                    r.medications << uuid(u"medication:"_s + itemKey + u'/' + QString::number(i));
                    r.medicationConcepts << drugConcept(item.therapies[i], m_context.therapyIds);
                }
            }
        }
        m_recommendations.push_back(r);
    }
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
        // A signed version an amendment replaced is withdrawn: receiving systems show the newer one.
        if (r.supersededBy)
            return u"entered-in-error"_s;
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
    const auto& amends = m_report.amends;
    if (!m_recommendations.empty() || (amends && !amends->uid.isEmpty())) {
        w.key("extension").beginArray();
        for (const Recommendation& r : m_recommendations) {
            w.beginObject();
            w.member("url", profileBase + u"recommended-action"_s);
            reference(w, "valueReference", r.task);
            w.endObject();
        }
        if (amends && !amends->uid.isEmpty()) {
            // The version this one amends, by the identifier its own export carries.
            w.beginObject();
            w.member("url", u"http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces"_s);
            w.key("valueReference").beginObject();
            w.member("type", u"DiagnosticReport"_s);
            w.key("identifier").beginObject();
            w.member("system", local + u"sid/case"_s);
            w.member("value", amends->uid);
            w.endObject();
            w.member("display", caseVersionName(*amends));
            w.endObject();
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
    reference(w, "subject", m_context.patient);
    w.optionalMember("issued", issuedAt(m_report));
    if (m_report.stored && m_report.stored->state == CaseState::Final && !m_report.stored->finalizedBy.isEmpty()) {
        w.key("resultsInterpreter").beginArray();
        w.beginObject();
        w.member("display", m_report.stored->finalizedBy);
        w.endObject();
        w.endArray();
    }
    if (m_context.hasSpecimen)
        references(w, "specimen", {m_context.specimen});
    QList<QUuid> results;
    for (const Finding& f : m_findings)
        results << f.id;
    for (const Implication& imp : m_implications)
        results << imp.id;
    for (const PgxResult& p : m_pharmacogenomics)
        results << p.genotype << p.implications;
    references(w, "result", results);
    QString conclusion = m_report.plan.details.conclusion;
    if (const auto& next = m_report.supersededBy)
        conclusion = Messages::tr("Superseded by version %1 of case %2 of %3: withdrawn in favour of it, which is "
                                  "the report to act on.%4")
                         .arg(next->version)
                         .arg(next->caseNumber)
                         .arg(next->createdAt.left(10), conclusion.isEmpty() ? QString() : u" "_s + conclusion);
    w.optionalMember("conclusion", conclusion);
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
    writePatient(w, m_context);
    if (m_context.hasSpecimen)
        writeSpecimen(w, m_context);
    for (const Finding& f : m_findings)
        writeFinding(w, m_context, f);
    for (const Implication& imp : m_implications)
        writeImplication(w, m_context, imp, m_findings);
    for (const PgxResult& p : m_pharmacogenomics) {
        writeGenotype(w, m_context, p, m_findings);
        for (int i = 0; i < p.implications.size(); ++i)
            writePgxImplication(w, m_context, p, i);
    }
    for (const Recommendation& r : m_recommendations) {
        writeTask(w, m_context, r, m_implications);
        for (int part = 0; part < r.medications.size(); ++part)
            writeMedication(w, m_context, r, part);
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

} // namespace

} // namespace onco::fhir

namespace onco {

QByteArray FhirReport::write(const ReportCase& report)
{
    return write(report, {});
}

QByteArray FhirReport::write(const ReportCase& report, const FhirReportOptions& options)
{
    const SourceLanguageScope english; // exchanged between systems: English in every language
    return fhir::Builder(report, options).write();
}

} // namespace onco
