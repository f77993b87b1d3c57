// Board meetings: meeting new|add|move|record|list|show|minutes.
#include "CliApp.h"
#include "CliCommon.h"

#include "caseStore/CaseStore.h"
#include "report/MeetingMinutes.h"
#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

Result<qint64> idOption(const CaseParser& p, const char* name)
{
    bool ok = false;
    const qint64 id = p.value(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("--%1 takes a number, not '%2'").arg(QString::fromLatin1(name), p.value(name)));
    return id;
}

int meetingNew(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("date", "DATE"),
                  option("title", "TEXT"),
                  option("participant", "NAME"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"date"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    auto meeting =
        (*store)->createMeeting(p.value("date"), p.value("title"), p.values("participant"), actorOf(p, "as"));
    if (!meeting)
        return coreFailure(meeting.error());
    printOut(QString::number(*meeting));
    return CliApp::Success;
}

int meetingAdd(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("meeting", "ID"),
                  option("case", "ID"),
                  option("presenter", "NAME"),
                  option("question", "TEXT"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"meeting"_s, u"case"_s}, 0, 0))
        return rc;
    auto meetingId = idOption(p, "meeting");
    if (!meetingId)
        return coreFailure(meetingId.error());
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    if (auto r =
            (*store)->addToAgenda(*meetingId, *caseId, p.value("presenter"), p.value("question"), actorOf(p, "as"));
        !r)
        return coreFailure(r.error());
    return CliApp::Success;
}

int meetingMove(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("meeting", "ID"),
                  option("case", "ID"),
                  option("position", "N"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"meeting"_s, u"case"_s, u"position"_s}, 0, 0))
        return rc;
    auto meetingId = idOption(p, "meeting");
    if (!meetingId)
        return coreFailure(meetingId.error());
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    auto position = idOption(p, "position");
    if (!position)
        return coreFailure(position.error());
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    if (auto r = (*store)->moveOnAgenda(*meetingId, *caseId, int(*position), actorOf(p, "as")); !r)
        return coreFailure(r.error());
    return CliApp::Success;
}

int meetingRecord(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("meeting", "ID"),
                  option("case", "ID"),
                  option("conclusion", "TEXT"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"meeting"_s, u"case"_s, u"conclusion"_s}, 0, 0))
        return rc;
    auto meetingId = idOption(p, "meeting");
    if (!meetingId)
        return coreFailure(meetingId.error());
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    if (auto r = (*store)->recordMeetingOutcome(*meetingId, *caseId, p.value("conclusion"), actorOf(p, "as")); !r)
        return coreFailure(r.error());
    return CliApp::Success;
}

int meetingList(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto meetings = (*store)->meetings();
    if (!meetings)
        return coreFailure(meetings.error());
    printOut(u"meeting\tdate\ttitle\tcases\tconcluded\tparticipants"_s);
    for (const Meeting& m : std::as_const(*meetings)) {
        qsizetype concluded = 0;
        for (const MeetingItem& item : m.agenda)
            concluded += item.outcome.isEmpty() ? 0 : 1;
        printOut(QStringList{QString::number(m.id),
                             m.heldOn,
                             m.title,
                             QString::number(m.agenda.size()),
                             QString::number(concluded),
                             m.participants.join(u"; "_s)}
                     .join(u'\t'));
    }
    return CliApp::Success;
}

int meetingShow(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("meeting", "ID")});
    if (int rc = p.parse(arguments, {u"db"_s, u"meeting"_s}, 0, 0))
        return rc;
    auto meetingId = idOption(p, "meeting");
    if (!meetingId)
        return coreFailure(meetingId.error());
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto minutes = MeetingMinutes::gather(**store, *meetingId);
    if (!minutes)
        return coreFailure(minutes.error());
    const Meeting& m = minutes->meeting;
    printOut(u"meeting: %1"_s.arg(m.id));
    printOut(u"date: %1"_s.arg(m.heldOn));
    if (!m.title.isEmpty())
        printOut(u"title: %1"_s.arg(m.title));
    printOut(u"participants: %1"_s.arg(m.participants.join(u"; "_s)));
    printOut(u"position\tcase\tpatient\ttumor_type\tstate\tpresenter\tquestion\trecommendations\tconclusion"_s);
    for (const MeetingMinutes::Entry& e : std::as_const(minutes->entries)) {
        QStringList recommendations;
        for (const PlanItem& item : e.plan.items)
            recommendations << u"%1: %2"_s.arg(planItemKindName(item.kind), item.title);
        auto flat = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
        printOut(QStringList{QString::number(e.item.position),
                             QString::number(e.item.caseId),
                             e.summary.patient,
                             e.summary.tumorType,
                             caseStateName(e.summary.state),
                             flat(e.item.presenter),
                             flat(e.item.question),
                             flat(recommendations.join(u"; "_s)),
                             flat(e.item.outcome)}
                     .join(u'\t'));
    }
    return CliApp::Success;
}

int meetingMinutes(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("meeting", "ID"),
                  option("pdf", "FILE"),
                  option("institution", "NAME"),
                  option("page-size", "SIZE"),
                  option("language", "CODE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"meeting"_s, u"pdf"_s}, 0, 0))
        return rc;
    const QString language = p.value("language");
    if (!language.isEmpty() && !reportLanguages().contains(language))
        return usageError(
            Messages::tr("--language is one of %1, not '%2'").arg(reportLanguages().join(u", "_s), language));
    const ReportLanguage inLanguage(language);
    auto meetingId = idOption(p, "meeting");
    if (!meetingId)
        return coreFailure(meetingId.error());
    MinutesOptions options;
    const QSettings settings;
    options.institution =
        p.isSet("institution") ? p.value("institution") : settings.value(u"report/institution"_s).toString();
    const QString size =
        p.isSet("page-size") ? p.value("page-size") : settings.value(u"report/pageSize"_s, u"A4"_s).toString();
    if (size.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize::A4;
    else if (size.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize::Letter;
    else
        return usageError(Messages::tr("--page-size is A4 or Letter, not '%1'").arg(size));
    options.generatedAt = generationTime();
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto minutes = MeetingMinutes::gather(**store, *meetingId);
    if (!minutes)
        return coreFailure(minutes.error());
    Output out(p.value("pdf"));
    QString error;
    QIODevice* device = out.open(error, {p.value("db")});
    if (!device) {
        printErr(u"%1: %2"_s.arg(out.path(), error));
        return CliApp::Failure;
    }
    if (auto r = minutes->writePdf(options, device); !r) {
        out.cancel();
        printErr(u"%1: %2"_s.arg(out.path(), r.error().message));
        return CliApp::Failure;
    }
    if (!out.commit(error)) {
        printErr(u"%1: %2"_s.arg(out.path(), error));
        return CliApp::Failure;
    }
    return CliApp::Success;
}

} // namespace

int meetingCommand(const QStringList& arguments)
{
    return dispatch(arguments,
                    {{"new", meetingNew},
                     {"add", meetingAdd},
                     {"move", meetingMove},
                     {"record", meetingRecord},
                     {"list", meetingList},
                     {"show", meetingShow},
                     {"minutes", meetingMinutes}});
}

} // namespace onco
