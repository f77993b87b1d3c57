// The `oncoboard-cli plan ...` and `report` commands: the board's plan for scripted boards and
// tests, and the case report (PDF, JSON, FHIR) of a stored case, through the same core calls as
// the window's plan editor and export.

#include "CliApp.h"
#include "CliCommon.h"

#include "caseStore/PlanEditor.h"
#include "kb/KnowledgeBase.h"
#include "kb/ReferenceImporter.h"
#include "report/FhirReport.h"
#include "report/PatientSummary.h"
#include "report/PdfReport.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"
#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

/** "EID9851" or "CIViC:EID9851" -> the index of that item among the case's matched evidence, -1 when absent. */
std::pair<qint32, qint32> findEvidence(const AnnotationResult& r, const QString& wanted)
{
    const QString id = wanted.section(u':', -1);
    const QString source = wanted.contains(u':') ? wanted.section(u':', 0, 0) : QString();
    for (const Match& m : r.matches) {
        const EvidenceItem& e = r.evidence[size_t(m.evidence)];
        if (e.displayId.compare(id, Qt::CaseInsensitive) == 0
            && (source.isEmpty() || e.kb.source.compare(source, Qt::CaseInsensitive) == 0))
            return {m.alteration, m.evidence};
    }
    return {-1, -1};
}

int planAdd(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("case", "ID"),
                  option("kind", "KIND"),
                  option("therapy", "NAME"),
                  option("interaction", "TYPE"),
                  option("title", "TEXT"),
                  option("alteration", "REF"),
                  option("evidence", "EID"),
                  option("rationale", "TEXT"),
                  option("trial", "NCT"),
                  option("priority", "N"),
                  option("kb", "FILE"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"case"_s}, 0, 0))
        return rc;
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    const QStringList therapies = p.values("therapy");
    PlanItemKind kind = !therapies.isEmpty() ? PlanItemKind::Therapy : PlanItemKind::Trial;
    if (p.isSet("kind")) {
        const auto k = parsePlanItemKind(p.value("kind"));
        if (!k)
            return usageError(Messages::tr("--kind is therapy, trial or diagnostic, not '%1'").arg(p.value("kind")));
        kind = *k;
    }
    // With --evidence, the item's kind and therapies may come from the evidence item.
    const bool fromEvidence = p.isSet("evidence") && !p.isSet("kind") && therapies.isEmpty();
    if (!fromEvidence && kind == PlanItemKind::Therapy && therapies.isEmpty())
        return usageError(Messages::tr("plan add needs --therapy NAME for a therapy (or --kind trial|diagnostic)"));
    if (!fromEvidence && kind != PlanItemKind::Therapy && p.value("title").isEmpty() && p.values("trial").isEmpty())
        return usageError(Messages::tr("plan add needs --title TEXT for a trial or a diagnostic step"));
    int priority = 1;
    if (p.isSet("priority")) {
        bool ok = false;
        priority = p.value("priority").toInt(&ok);
        if (!ok || priority < 1)
            return usageError(Messages::tr("--priority is a whole number from 1"));
    }

    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    auto kb = openKnowledgeBase(p.value("kb"));
    if (!kb)
        return coreFailure(kb.error());
    auto vocabulary = TherapyVocabulary::open((*kb)->database());
    if (!vocabulary)
        return coreFailure(vocabulary.error());
    auto chemblOf = [&](const QString& name) {
        auto id = vocabulary->chemblId(name);
        return id ? *id : QString();
    };

    PlanItem item;
    // Evidence named: the item starts from the first one, as a drop from the evidence panel does.
    const QStringList evidence = p.values("evidence");
    if (!evidence.isEmpty()) {
        auto report = ReportCase::fromStore(**store, *caseId, **kb, false);
        if (!report)
            return coreFailure(report.error());
        for (const QString& wanted : evidence) {
            const auto [alteration, index] = findEvidence(report->result, wanted.trimmed());
            if (index < 0)
                return coreFailure(fail(CoreError::Code::InvalidArgument,
                                        Messages::tr("%1 is not among the evidence matched in case %2")
                                            .arg(wanted.trimmed())
                                            .arg(*caseId),
                                        p.value("db"))
                                       .error);
            const PlanItem from = PlanEditor::fromEvidence(report->result, alteration, index, chemblOf);
            if (item.evidence.isEmpty()) {
                item = from;
                continue;
            }
            // Further items add what they rest on to the first one's lists.
            for (const auto& [to, more] : {std::pair{&item.evidence, &from.evidence},
                                           std::pair{&item.citations, &from.citations},
                                           std::pair{&item.alterations, &from.alterations},
                                           std::pair{&item.trials, &from.trials}})
                for (const QString& value : *more)
                    if (!to->contains(value))
                        *to << value;
        }
    }
    if (!fromEvidence)
        item.kind = kind;
    kind = item.kind;
    item.priority = priority;
    if (!therapies.isEmpty()) {
        item.therapies.clear();
        item.therapyIds.clear();
        for (const QString& t : therapies) {
            auto canonical = vocabulary->canonical(t);
            if (!canonical)
                return coreFailure(canonical.error());
            const QString name = canonical->isEmpty() ? t.trimmed() : *canonical;
            item.therapies << name;
            if (const QString id = chemblOf(name); !id.isEmpty())
                item.therapyIds << u"ChEMBL:"_s + id;
        }
        item.interaction = item.therapies.size() > 1
                               ? (p.value("interaction").isEmpty() ? u"Combination"_s : p.value("interaction"))
                               : QString();
        EvidenceItem label;
        label.therapies = item.therapies;
        label.therapyInteraction = item.interaction;
        item.title = therapyLabel(label);
    }
    if (!p.value("title").isEmpty())
        item.title = p.value("title");
    if (p.isSet("alteration"))
        item.alterations = p.values("alteration");
    if (p.isSet("trial"))
        item.trials = p.values("trial");
    if (item.title.isEmpty() && !item.trials.isEmpty())
        item.title = item.trials.join(u", "_s);
    if (p.isSet("rationale"))
        item.rationale = p.value("rationale");

    PlanEditor editor(store->get(), *caseId, actorOf(p, "as"));
    if (auto r = editor.reload(); !r)
        return coreFailure(r.error());
    if (!p.isSet("priority"))
        item.priority = int(editor.plan().itemsOf(kind).size()) + 1; // after those already there
    auto id = editor.add(item);
    if (!id)
        return coreFailure(id.error());
    printOut(QString::number(*id));
    return CliApp::Success;
}

int planList(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("case", "ID")});
    OpenCase c;
    if (int rc = openCase(p, arguments, {}, CaseStore::Mode::ReadOnly, c))
        return rc;
    auto plan = c.store->plan(c.id);
    if (!plan)
        return coreFailure(plan.error());
    printOut(u"id\tkind\tpriority\ttitle\ttherapy_ids\talterations\tevidence\tcitations\ttrials\tlevel\trationale"_s);
    for (const PlanItem& i : plan->items)
        printOut(QStringList{QString::number(i.id),
                             planItemKindName(i.kind),
                             QString::number(i.priority),
                             i.title,
                             i.therapyIds.join(u','),
                             i.alterations.join(u','),
                             i.evidence.join(u','),
                             i.citations.join(u','),
                             i.trials.join(u','),
                             i.level,
                             QString(i.rationale).replace(u'\t', u' ').replace(u'\n', u' ')}
                     .join(u'\t'));
    const PlanDetails& d = plan->details;
    if (!d.meetingDate.isEmpty())
        printOut(u"# meeting\t"_s + d.meetingDate);
    if (!d.participants.isEmpty())
        printOut(u"# participants\t"_s + d.participants.join(u", "_s));
    if (!d.followUp.isEmpty())
        printOut(u"# follow-up\t"_s + d.followUp);
    if (!d.conclusion.isEmpty())
        printOut(u"# conclusion\t"_s + QString(d.conclusion).replace(u'\n', u' '));
    return CliApp::Success;
}

int planRemove(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("case", "ID"),
                  option("item", "ID"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    OpenCase c;
    if (int rc = openCase(p, arguments, {u"item"_s}, CaseStore::Mode::ReadWrite, c))
        return rc;
    bool ok = false;
    const qint64 item = p.value("item").toLongLong(&ok);
    if (!ok || item <= 0)
        return usageError(Messages::tr("--item takes a plan item id, not '%1'").arg(p.value("item")));
    PlanEditor editor(c.store.get(), c.id, actorOf(p, "as"));
    if (auto r = editor.remove(item); !r)
        return coreFailure(r.error());
    return CliApp::Success;
}

int planSet(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("case", "ID"),
                  option("conclusion", "TEXT"),
                  option("follow-up", "DATE"),
                  option("meeting-date", "DATE"),
                  option("participant", "NAME"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    OpenCase c;
    if (int rc = openCase(p, arguments, {}, CaseStore::Mode::ReadWrite, c))
        return rc;
    PlanEditor editor(c.store.get(), c.id, actorOf(p, "as"));
    if (auto r = editor.reload(); !r)
        return coreFailure(r.error());
    // Only what is given changes.
    PlanDetails d = editor.plan().details;
    if (p.isSet("conclusion"))
        d.conclusion = p.value("conclusion");
    if (p.isSet("follow-up"))
        d.followUp = p.value("follow-up");
    if (p.isSet("meeting-date"))
        d.meetingDate = p.value("meeting-date");
    if (p.isSet("participant"))
        d.participants = p.values("participant");
    if (auto r = editor.setDetails(d); !r)
        return coreFailure(r.error());
    return CliApp::Success;
}

} // namespace

int planCommand(const QStringList& arguments)
{
    return dispatch(arguments, {{"add", planAdd}, {"list", planList}, {"remove", planRemove}, {"set", planSet}});
}

int reportVerifyCommand(const QStringList& arguments); // CliKeys.cpp

int reportCommand(const QStringList& arguments)
{
    if (arguments.value(1) == u"verify") {
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.value(0) + u" verify"_s);
        return reportVerifyCommand(rest);
    }
    CaseParser p({option("db", "FILE"),
                  option("case", "ID"),
                  option("pdf", "FILE"),
                  option("json", "FILE"),
                  option("fhir", "FILE"),
                  option("identifiers"),
                  option("page-size", "SIZE"),
                  option("institution", "NAME"),
                  option("logo", "FILE"),
                  option("kb", "FILE"),
                  option("patient-summary", "FILE"),
                  option("patient-text", "FILE"),
                  option("patient-text-out", "FILE"),
                  option("contact", "TEXT"),
                  option("language", "CODE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"case"_s}, 0, 0))
        return rc;
    // The PDF and the patient's summary in the board's or the patient's language; JSON and FHIR
    // stay as they are.
    const QString language = p.value("language");
    if (!language.isEmpty() && !reportLanguages().contains(language))
        return usageError(
            Messages::tr("--language is one of %1, not '%2'").arg(reportLanguages().join(u", "_s), language));
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    if (!p.isSet("pdf") && !p.isSet("json") && !p.isSet("fhir") && !p.isSet("patient-summary")
        && !p.isSet("patient-text-out"))
        return usageError(
            Messages::tr("report needs at least one of --pdf, --json, --fhir, --patient-summary, --patient-text-out"));
    if (p.isSet("patient-text") && !p.isSet("patient-summary"))
        return usageError(Messages::tr("--patient-text is the wording of --patient-summary: give both"));
    // Defaults from the window's report settings; options override them.
    QSettings settings;
    PdfReportOptions pdf;
    pdf.institution =
        p.isSet("institution") ? p.value("institution") : settings.value(u"report/institution"_s).toString();
    pdf.logoPath = p.isSet("logo") ? p.value("logo") : settings.value(u"report/logo"_s).toString();
    const QString size =
        p.isSet("page-size") ? p.value("page-size") : settings.value(u"report/pageSize"_s, u"A4"_s).toString();
    if (size.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        pdf.pageSize = QPageSize::A4;
    else if (size.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        pdf.pageSize = QPageSize::Letter;
    else
        return usageError(Messages::tr("--page-size is A4 or Letter, not '%1'").arg(size));
    pdf.generatedAt = generationTime();

    // Identifiers leave the database only on request, with the key, and written to the audit
    // chain first (which needs a writable store).
    const bool identifiers = p.isSet("identifiers");
    auto store = openStore(p.value("db"), identifiers ? CaseStore::Mode::ReadWrite : CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    if (identifiers)
        if (auto r = unlockIdentities(**store); !r)
            return coreFailure(r.error());
    auto kb = openKnowledgeBase(p.value("kb"));
    if (!kb)
        return coreFailure(kb.error());
    auto report = ReportCase::fromStore(**store, *caseId, **kb, identifiers);
    if (!report)
        return coreFailure(report.error());
    // The PDF and the patient's summary explain the tiers in their language: gathered in it.
    std::optional<ReportCase> localized;
    if (!language.isEmpty() && language != u"en"_s
        && (p.isSet("pdf") || p.isSet("patient-summary") || p.isSet("patient-text-out"))) {
        const ReportLanguage inLanguage(language);
        auto translated = ReportCase::fromStore(**store, *caseId, **kb, identifiers);
        if (!translated)
            return coreFailure(translated.error());
        localized = std::move(*translated);
    }
    const ReportCase& shown = localized ? *localized : *report;
    // The patient's summary: composed from the signed case, or the board's edited wording of it.
    std::optional<PatientSummary> patient;
    if (p.isSet("patient-summary") || p.isSet("patient-text-out")) {
        const ReportLanguage inLanguage(language);
        auto composed = PatientSummary::compose(shown, p.value("contact"));
        if (!composed)
            return coreFailure(composed.error());
        patient = *composed;
        if (p.isSet("patient-text")) {
            QFile f(p.value("patient-text"));
            if (!f.open(QIODevice::ReadOnly))
                return coreFailure(
                    CoreError{CoreError::Code::Io, f.errorString(), p.value("patient-text"), 0, {}, {}, {}});
            auto edited = PatientSummary::fromText(QString::fromUtf8(f.readAll()));
            if (!edited)
                return coreFailure(edited.error());
            patient = *edited;
        }
    }
    if (identifiers && report->identity) {
        QStringList formats;
        for (const char* format : {"pdf", "json", "fhir"})
            if (p.isSet(format))
                formats << QString::fromLatin1(format);
        if (auto r = (*store)->recordDisclosure(*caseId, u"report "_s + formats.join(u','), Actor::current()); !r)
            return coreFailure(r.error());
    }

    // Every output goes to a temporary file first; they appear together, or none does.
    std::vector<std::pair<QString, Output>> outputs;
    for (const char* kind : {"pdf", "json", "fhir", "patient-summary", "patient-text-out"})
        if (p.isSet(kind))
            outputs.emplace_back(QString::fromLatin1(kind), Output(p.value(kind)));
    auto abandon = [&](const QString& path, const QString& why) {
        for (auto& o : outputs)
            o.second.cancel();
        printErr(u"%1: %2"_s.arg(path, why));
        return CliApp::Failure;
    };
    for (auto& [kind, out] : outputs) {
        QString error;
        QIODevice* device = out.open(error, {p.value("db"), p.value("kb"), p.value("logo"), p.value("patient-text")});
        if (!device)
            return abandon(out.path(), error);
        const ReportLanguage inLanguage(kind == u"json" || kind == u"fhir" ? QString() : language);
        if (kind == u"patient-summary") {
            const QString footer =
                PatientSummary::footer(report->stored->patient, pdf.generatedAt.left(10), pdf.institution);
            if (auto r = patient->writePdf(device, footer, pdf.pageSize); !r)
                return abandon(out.path(), r.error().message);
        } else if (kind == u"patient-text-out") {
            if (!out.write(patient->toText().toUtf8(), error))
                return abandon(out.path(), error);
        } else if (kind == u"pdf") {
            if (auto r = PdfReport::write(shown, pdf, device); !r)
                return abandon(out.path(), r.error().message);
        } else if (!out.write(kind == u"json" ? ReportJson::write(*report, pdf.generatedAt)
                                              : FhirReport::write(*report),
                              error)) {
            return abandon(out.path(), error);
        }
    }
    for (auto& [kind, out] : outputs) {
        QString error;
        if (!out.commit(error))
            return abandon(out.path(), error);
    }
    return CliApp::Success;
}

} // namespace onco
