// The `oncoboard-cli case ...`, `recheck` and `audit` commands: the case database for hospital
// scripts and LIMS hooks, through the same core calls as the window.

#include "CliApp.h"
#include "CliCommon.h"

#include "caseStore/CaseBundle.h"
#include "caseStore/CaseConnection.h"
#include "caseStore/CaseRecheck.h"
#include "caseStore/CaseStore.h"
#include "caseStore/SigningKey.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/MutationBurden.h"
#include "ontology/OncoTree.h"
#include "ontology/TumorTypeGraph.h"
#include "report/CaseSignOff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

/** Empty when the identity can be stored; else why not. */
QString checkIdentity(const CaseStore::PatientIdentity& identity)
{
    if (!identity.birthDate.isEmpty() && !QDate::fromString(identity.birthDate, Qt::ISODate).isValid())
        return Messages::tr("--birth-date must be a real date, YYYY-MM-DD, not '%1'").arg(identity.birthDate);
    return {};
}

int caseNew(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("tumor-type", "CODE"),
                  option("patient", "PSEUDONYM"),
                  option("specimen", "TEXT"),
                  option("assay", "TEXT"),
                  option("purity", "FRACTION"),
                  option("sample-date", "DATE"),
                  option("genome", "BUILD"),
                  option("tumor-sample", "NAME"),
                  option("normal-sample", "NAME"),
                  option("kb", "FILE"),
                  option("kb-release", "SOURCE=RELEASE"),
                  option("receptor", "RECEPTOR=STATUS"),
                  option("panel-size", "MB"),
                  option("reference", "FASTA"),
                  option("allow-truncated"),
                  option("max-records", "N"),
                  option("name", "NAME"),
                  option("mrn", "NUMBER"),
                  option("birth-date", "DATE"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 1, 64))
        return rc;
    const CaseStore::PatientIdentity identity{p.value("name"), p.value("birth-date"), p.value("mrn")};
    if (const QString error = checkIdentity(identity); !error.isEmpty())
        return usageError(error);
    const bool identified =
        !identity.name.isEmpty() || !identity.birthDate.isEmpty() || !identity.recordNumber.isEmpty();
    CaseLoadOptions load;
    if (const QString error = parseReceptorChoices(p.parser.values(u"receptor"_s), load.receptorStatus);
        !error.isEmpty())
        return usageError(error);
    load.tumorType = p.value("tumor-type");
    if (!load.tumorType.isEmpty() && !resolveOncotreeCode(load.tumorType))
        return usageError(Messages::tr("'%1' is not an OncoTree code").arg(load.tumorType));
    load.tumorSample = p.value("tumor-sample");
    load.normalSample = p.value("normal-sample");
    if (const QString error = readInputOptions(p.parser, load); !error.isEmpty())
        return usageError(error);
    NewCaseInfo info;
    info.patient = p.value("patient");
    info.specimen = p.value("specimen");
    info.assay = p.value("assay");
    info.sampleDate = p.value("sample-date");
    if (!info.sampleDate.isEmpty() && !QDate::fromString(info.sampleDate, Qt::ISODate).isValid())
        return usageError(Messages::tr("--sample-date must be a real date, YYYY-MM-DD, not '%1'").arg(info.sampleDate));
    if (p.isSet("purity")) {
        bool ok = false;
        info.purity = p.value("purity").toDouble(&ok);
        if (!ok || !std::isfinite(info.purity) || info.purity < 0 || info.purity > 1)
            return usageError(Messages::tr("--purity is a fraction between 0 and 1"));
    }
    AnnotateOptions annotate;
    if (const QString error = parseReleaseChoices(p.parser.values(u"kb-release"_s), annotate); !error.isEmpty())
        return usageError(error);
    // The coding territory for a TMB estimate: given, or stated in the assay ("TSO500, 1.94 Mb").
    if (p.isSet("panel-size")) {
        const auto mb = parsePanelSize(p.value("panel-size"));
        if (!mb)
            return usageError(Messages::tr("--panel-size is the assay's coding territory in megabases (e.g. 1.94), "
                                           "not '%1'")
                                  .arg(p.value("panel-size")));
        annotate.panelSizeMb = *mb;
        if (!MutationBurden::panelSizeFromText(info.assay))
            info.assay = (info.assay.isEmpty() ? QString() : info.assay + u", "_s)
                         + u"%1 Mb"_s.arg(*mb, 0, 'g', 4); // the case records the territory it was counted on
    } else if (const auto mb = MutationBurden::panelSizeFromText(info.assay)) {
        annotate.panelSizeMb = *mb;
    }
    auto caseData = CaseLoader::load(p.args(), load);
    if (!caseData)
        return coreFailure(caseData.error());
    auto kb = openKnowledgeBase(p.value("kb"));
    if (!kb)
        return coreFailure(kb.error());
    auto result = Annotator::annotate(std::move(caseData.value()), **kb, annotate);
    if (!result)
        return coreFailure(result.error());
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    // The key first: without it nothing is written, rather than a case without its identifiers.
    if (identified)
        if (auto r = unlockIdentities(**store); !r)
            return coreFailure(r.error());
    auto id = (*store)->createCase(*result, info, actorOf(p, "as"));
    if (!id)
        return coreFailure(id.error());
    if (identified) {
        auto summary = (*store)->summary(*id);
        if (!summary)
            return coreFailure(summary.error());
        if (auto r = (*store)->setPatientIdentity(summary->patient, identity, actorOf(p, "as")); !r) {
            printErr(Messages::tr("case %1 was stored without its identifiers:").arg(*id));
            return coreFailure(r.error());
        }
    }
    printOut(QString::number(*id));
    return CliApp::Success;
}

int caseIdentity(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("patient", "PSEUDONYM"),
                  option("name", "NAME"),
                  option("mrn", "NUMBER"),
                  option("birth-date", "DATE"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"patient"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    if (auto r = unlockIdentities(**store); !r)
        return coreFailure(r.error());
    const QString patient = p.value("patient");
    auto current = (*store)->patientIdentity(patient);
    if (!current)
        return coreFailure(current.error());
    const bool changing = p.isSet("name") || p.isSet("mrn") || p.isSet("birth-date");
    if (!changing) {
        // Shown: written to the audit chain of each of the patient's cases first.
        auto cases = (*store)->cases();
        if (!cases)
            return coreFailure(cases.error());
        for (const CaseSummary& c : *cases)
            if (c.patient == patient)
                if (auto r = (*store)->recordDisclosure(c.id, u"identity shown"_s, actorOf(p, "as")); !r)
                    return coreFailure(r.error());
        const CaseStore::PatientIdentity shown = current->value_or(CaseStore::PatientIdentity{});
        printOut(u"name\tbirth_date\tmrn"_s);
        printOut(u"%1\t%2\t%3"_s.arg(shown.name, shown.birthDate, shown.recordNumber));
        return CliApp::Success;
    }
    CaseStore::PatientIdentity identity = current->value_or(CaseStore::PatientIdentity{});
    if (p.isSet("name"))
        identity.name = p.value("name");
    if (p.isSet("mrn"))
        identity.recordNumber = p.value("mrn");
    if (p.isSet("birth-date"))
        identity.birthDate = p.value("birth-date");
    if (const QString error = checkIdentity(identity); !error.isEmpty())
        return usageError(error);
    if (auto r = (*store)->setPatientIdentity(patient, identity, actorOf(p, "as")); !r)
        return coreFailure(r.error());
    printOut(Messages::tr("%1: identifiers stored, sealed").arg(patient));
    return CliApp::Success;
}

int caseList(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto cases = (*store)->cases();
    if (!cases)
        return coreFailure(cases.error());
    printOut(
        u"id\tuid\tpatient\tversion\tstate\tsuperseded\ttumor_type\talterations\treviewed\tcreated_at\tfinalized_by"_s);
    for (const CaseSummary& c : *cases)
        printOut(QStringList{QString::number(c.id),
                             c.uid,
                             c.patient,
                             QString::number(c.version),
                             caseStateName(c.state),
                             c.superseded ? u"yes"_s : u"no"_s,
                             c.tumorType,
                             QString::number(c.alterations),
                             QString::number(c.reviewed),
                             c.createdAt,
                             c.finalizedBy}
                     .join(u'\t'));
    return CliApp::Success;
}

int caseShow(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("case", "ID")});
    OpenCase c;
    if (int rc = openCase(p, arguments, {}, CaseStore::Mode::ReadOnly, c))
        return rc;
    auto alterations = c.store->alterations(c.id);
    if (!alterations)
        return coreFailure(alterations.error());
    printOut(u"alteration\tamp_tier\tescat_tier\toncokb_level\tflags\tevidence_items\tdecision\treviewer\tcomment"_s);
    for (const StoredAlteration& a : *alterations)
        printOut(QStringList{a.ref,
                             a.ampTier,
                             a.escatTier,
                             a.oncokbLevel,
                             a.flags.join(u','),
                             QString::number(a.evidenceIds.size()),
                             a.review ? decisionName(a.review->decision) : QString(),
                             a.review ? a.review->reviewer.name : QString(),
                             a.review ? QString(a.review->comment).replace(u'\t', u' ') : QString()}
                     .join(u'\t'));
    return CliApp::Success;
}

/**
 * --if-version SEQ: the change is made only when the case's newest audit entry is still SEQ (what
 * `case version` printed when the script read the case); else exit code 1 and who changed it.
 * 0 when there is no such option or the case is as expected.
 */
int expectVersion(const CaseParser& p, CaseStore& store, qint64 caseId)
{
    if (!p.isSet("if-version"))
        return 0;
    bool ok = false;
    const qint64 seq = p.value("if-version").toLongLong(&ok);
    if (!ok || seq < 0)
        return usageError(
            Messages::tr("--if-version takes the number `case version` printed, not '%1'").arg(p.value("if-version")));
    auto current = store.caseVersion(caseId);
    if (!current)
        return coreFailure(current.error());
    if (current->seq != seq)
        return coreFailure(fail(CoreError::Code::Conflict,
                                Messages::tr("case %1 was changed by %2 after version %3; nothing was written")
                                    .arg(caseId)
                                    .arg(current->describe())
                                    .arg(seq),
                                store.path())
                               .error);
    // Checked again inside the change's transaction: a change made meanwhile is refused there.
    store.expectVersion(caseId, *current);
    return 0;
}

int caseVersion(const QStringList& arguments)
{
    OpenCase c;
    CaseParser p({option("db", "FILE"), option("case", "ID")});
    if (int rc = openCase(p, arguments, {}, CaseStore::Mode::ReadOnly, c))
        return rc;
    auto v = c.store->caseVersion(c.id);
    if (!v)
        return coreFailure(v.error());
    printOut(u"version\tat\tname\trole\taction"_s);
    printOut(QStringList{QString::number(v->seq), v->at, v->name, v->role, v->action}.join(u'\t'));
    return CliApp::Success;
}

int caseReview(const QStringList& arguments, bool acceptEarlier)
{
    QList<QCommandLineOption> options{option("db", "FILE"),
                                      option("case", "ID"),
                                      option("alteration", "REF"),
                                      option("as", "NAME"),
                                      option("role", "ROLE"),
                                      option("if-version", "SEQ")};
    if (!acceptEarlier)
        options << option("decision", "DECISION") << option("comment", "TEXT");
    CaseParser p(options);
    QStringList required{u"db"_s, u"case"_s, u"alteration"_s};
    if (!acceptEarlier)
        required << u"decision"_s;
    if (int rc = p.parse(arguments, required, 0, 0))
        return rc;
    auto id = caseIdOf(p);
    if (!id)
        return coreFailure(id.error());
    std::optional<Decision> decision;
    if (!acceptEarlier) {
        decision = parseDecision(p.value("decision"));
        if (!decision)
            return usageError(
                Messages::tr("--decision is include, exclude, vus, artefact or germline-referral, not '%1'")
                    .arg(p.value("decision")));
    }
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    auto alteration = (*store)->findAlteration(*id, p.value("alteration"));
    if (!alteration)
        return coreFailure(alteration.error());
    if (int rc = expectVersion(p, **store, *id))
        return rc;
    if (acceptEarlier) {
        auto taken = (*store)->acceptEarlierDecision(*id, *alteration, actorOf(p, "as"));
        if (!taken)
            return coreFailure(taken.error());
        printOut(u"%1\t%2\t%3"_s.arg(p.value("alteration"), decisionName(taken->decision), taken->comment));
        return CliApp::Success;
    }
    if (auto r = (*store)->review(*id, *alteration, *decision, p.value("comment"), actorOf(p, "as")); !r)
        return coreFailure(r.error());
    return CliApp::Success;
}

int caseState(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("case", "ID"),
                  option("signer", "NAME"),
                  option("role", "ROLE"),
                  option("if-version", "SEQ"),
                  option("kb", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"case"_s}, 1, 1))
        return rc;
    auto id = caseIdOf(p);
    if (!id)
        return coreFailure(id.error());
    const auto state = parseCaseState(p.args().at(0));
    if (!state)
        return usageError(Messages::tr("the state is draft, preliminary or final, not '%1'").arg(p.args().at(0)));
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    if (int rc = expectVersion(p, **store, *id))
        return rc;
    const Actor signer = actorOf(p, "signer");
    if (*state == CaseState::Draft) {
        if (auto r = (*store)->setState(*id, *state, signer); !r)
            return coreFailure(r.error());
        return CliApp::Success;
    }
    // A sign-off is signed: the signer's key, and the report content it signs.
    auto kb = openKnowledgeBase(p.value("kb"));
    if (!kb)
        return coreFailure(kb.error());
    bool created = false;
    auto key = SigningKeyStore::obtain(signer.account, SigningKeyStore::passphraseFromEnvironment(), &created);
    if (!key)
        return coreFailure(key.error());
    const QString fingerprint = SigningKey::fingerprint(key->publicKey());
    if (auto r = CaseSignOff::setState(**store, *id, *state, signer, **kb, *key); !r)
        return coreFailure(r.error());
    if (created)
        printErr(Messages::tr("a signing key was made for account '%1' (key %2)%3")
                     .arg(signer.account,
                          fingerprint,
                          caseBackendOf(p.value("db")) == CaseBackend::Postgres
                              ? Messages::tr("; its signatures count once an administrator registers it: "
                                             "oncoboard-cli keys register --db DB --fingerprint '%1'")
                                    .arg(fingerprint)
                              : QString()));
    printOut(Messages::tr("signed %1 with key %2").arg(caseStateName(*state), fingerprint));
    return CliApp::Success;
}

int caseAmend(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("case", "ID"),
                  option("reason", "TEXT"),
                  option("signer", "NAME"),
                  option("role", "ROLE")});
    OpenCase c;
    if (int rc = openCase(p, arguments, {u"reason"_s}, CaseStore::Mode::ReadWrite, c))
        return rc;
    auto amended = c.store->amend(c.id, p.value("reason"), actorOf(p, "signer"));
    if (!amended)
        return coreFailure(amended.error());
    printOut(QString::number(*amended));
    return CliApp::Success;
}

int caseBundle(const QStringList& arguments, bool exporting)
{
    CaseParser p(exporting
                     ? QList<QCommandLineOption>{option("db", "FILE"), option("case", "ID"), option("out", "FILE")}
                     : QList<QCommandLineOption>{option("db", "FILE"),
                                                 option("as", "NAME"),
                                                 option("role", "ROLE"),
                                                 option("patient", "PSEUDONYM"),
                                                 option("kb", "FILE")});
    if (int rc =
            exporting ? p.parse(arguments, {u"db"_s, u"case"_s, u"out"_s}, 0, 0) : p.parse(arguments, {u"db"_s}, 1, 1))
        return rc;
    if (exporting) {
        auto id = caseIdOf(p);
        if (!id)
            return coreFailure(id.error());
        auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
        if (!store)
            return coreFailure(store.error());
        if (auto r = CaseBundle::exportCase(**store, *id, p.value("out")); !r)
            return coreFailure(r.error());
        return CliApp::Success;
    }
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    // A signed case must be, once imported, what its newest signature signed.
    auto kb = openKnowledgeBase(p.value("kb"));
    if (!kb)
        return coreFailure(kb.error());
    auto imported = CaseBundle::importCase(
        **store, p.args().at(0), actorOf(p, "as"), p.value("patient"), CaseSignOff::bundleCheck(**kb));
    if (!imported)
        return coreFailure(imported.error());
    printOut(imported->alreadyPresent ? Messages::tr("%1\talready present").arg(imported->caseId)
                                      : Messages::tr("%1\timported").arg(imported->caseId));
    return CliApp::Success;
}

int caseAudit(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("case", "ID")});
    OpenCase c;
    if (int rc = openCase(p, arguments, {}, CaseStore::Mode::ReadOnly, c))
        return rc;
    auto trail = c.store->auditTrail(c.id);
    if (!trail)
        return coreFailure(trail.error());
    for (const QString& line : *trail)
        printOut(line);
    return CliApp::Success;
}

int caseTimeline(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("patient", "PSEUDONYM"), option("all"), option("tsv", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"patient"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto timeline = (*store)->patientTimeline(p.value("patient"));
    if (!timeline)
        return coreFailure(timeline.error());
    if (p.isSet("tsv")) {
        Output out(p.value("tsv"));
        QString error;
        if (!out.open(error, {p.value("db")}) || !out.write(timeline->toTsv().toUtf8(), error) || !out.commit(error)) {
            out.cancel();
            printErr(u"%1: %2"_s.arg(out.path(), error));
            return CliApp::Failure;
        }
    }
    printOut(u"date\tcase\tversion\tsample\tkind\tspecimen"_s);
    for (const PatientTimeline::Sample& s : std::as_const(timeline->samples))
        printOut(QStringList{s.dateGiven ? s.date : s.date + u" (case made; no sample date)"_s,
                             QString::number(s.caseId),
                             QString::number(s.version),
                             s.name,
                             s.liquid ? u"liquid biopsy"_s : u"tissue"_s,
                             s.specimen}
                     .join(u'\t'));
    const auto changes = timeline->changes(!p.isSet("all"));
    printOut(QString());
    printOut(changes.isEmpty()
                 ? u"# no alteration appeared or was lost between samples"_s
                 : u"# %1 changes between samples%2"_s.arg(changes.size())
                       .arg(p.isSet("all") ? QString() : u" (tiers I-II or with evidence; --all for every one)"_s));
    for (const PatientTimeline::Change& c : changes)
        printOut(PatientTimeline::describe(c));
    return CliApp::Success;
}

} // namespace

int caseCommand(const QStringList& arguments)
{
    return dispatch(arguments,
                    {{"new", caseNew},
                     {"list", caseList},
                     {"show", caseShow},
                     {"review", [](const QStringList& a) { return caseReview(a, false); }},
                     {"accept-earlier", [](const QStringList& a) { return caseReview(a, true); }},
                     {"state", caseState},
                     {"amend", caseAmend},
                     {"export-bundle", [](const QStringList& a) { return caseBundle(a, true); }},
                     {"import-bundle", [](const QStringList& a) { return caseBundle(a, false); }},
                     {"audit", caseAudit},
                     {"version", caseVersion},
                     {"identity", caseIdentity},
                     {"timeline", caseTimeline}});
}

int recheckCommand(const QStringList& arguments)
{
    CaseParser p({option("case", "ID"), option("kb", "FILE"), option("kb-release", "SOURCE=RELEASE")});
    if (int rc = p.parse(arguments, {u"case"_s}, 1, 1))
        return rc;
    auto id = caseIdOf(p);
    if (!id)
        return coreFailure(id.error());
    AnnotateOptions options;
    if (const QString error = parseReleaseChoices(p.parser.values(u"kb-release"_s), options); !error.isEmpty())
        return usageError(error);
    auto store = openStore(p.args().at(0), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto kb = openKnowledgeBase(p.value("kb"));
    if (!kb)
        return coreFailure(kb.error());
    auto report = CaseRecheck::run(**store, *id, **kb, options);
    if (!report)
        return coreFailure(report.error());
    printOut(report->toText());
    return CliApp::Success;
}

int auditCommand(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    if (sub != u"verify")
        return usageError(Messages::tr("audit takes 'verify CASEDB'"));
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + sub);
    CaseParser p({});
    if (int rc = p.parse(rest, {}, 1, 1))
        return rc;
    auto store = openStore(p.args().at(0), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto check = (*store)->verifyAudit();
    if (!check)
        return coreFailure(check.error());
    return printAuditCheck(p.args().at(0), *check);
}

} // namespace onco
