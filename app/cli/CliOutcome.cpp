// Outcomes of the board's recommendations: outcome record|list|cohort.
#include "CliApp.h"
#include "CliCommon.h"

#include "caseStore/CaseStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

QString flat(QString s)
{
    return s.replace(u'\t', u' ').replace(u'\n', u' ');
}

int outcomeRecord(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("case", "ID"),
                  option("item", "ID"),
                  option("given", "given|not-given|unknown"),
                  option("response", "CR|PR|SD|PD|NE"),
                  option("started", "DATE"),
                  option("stopped", "DATE"),
                  option("stop-reason", "TEXT"),
                  option("assessed", "DATE"),
                  option("note", "TEXT"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"case"_s, u"item"_s, u"given"_s}, 0, 0))
        return rc;
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    bool ok = false;
    Outcome o;
    o.caseId = *caseId;
    o.planItemId = p.value("item").toLongLong(&ok);
    if (!ok)
        return usageError(Messages::tr("--item takes a plan item's number (plan list), not '%1'").arg(p.value("item")));
    o.given = p.value("given").replace(u'-', u' ');
    o.response = p.value("response").toUpper();
    o.startedOn = p.value("started");
    o.stoppedOn = p.value("stopped");
    o.stopReason = p.value("stop-reason");
    o.assessedOn = p.value("assessed");
    o.note = p.value("note");
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    auto id = (*store)->recordOutcome(o, actorOf(p, "as"));
    if (!id)
        return coreFailure(id.error());
    printOut(QString::number(*id));
    return CliApp::Success;
}

int outcomeList(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("case", "ID")});
    if (int rc = p.parse(arguments, {u"db"_s, u"case"_s}, 0, 0))
        return rc;
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto plan = (*store)->plan(*caseId);
    if (!plan)
        return coreFailure(plan.error());
    auto outcomes = (*store)->outcomes(*caseId);
    if (!outcomes)
        return coreFailure(outcomes.error());
    printOut(
        u"item\ttitle\tgiven\tresponse\tstarted\tstopped\tstop_reason\tassessed\tnote\trecorded_by\trecorded_at"_s);
    for (const Outcome& o : std::as_const(*outcomes)) {
        QString title;
        for (const PlanItem& item : std::as_const(plan->items))
            if (item.id == o.planItemId)
                title = item.title;
        printOut(QStringList{QString::number(o.planItemId),
                             flat(title),
                             o.given,
                             o.response,
                             o.startedOn,
                             o.stoppedOn,
                             flat(o.stopReason),
                             o.assessedOn,
                             flat(o.note),
                             o.recordedBy.label(),
                             o.recordedAt}
                     .join(u'\t'));
    }
    return CliApp::Success;
}

int outcomeCohort(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("case", "ID"), option("alteration", "REF"), option("any-tumor-type")});
    if (int rc = p.parse(arguments, {u"db"_s, u"case"_s, u"alteration"_s}, 0, 0))
        return rc;
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto summary = (*store)->summary(*caseId);
    if (!summary)
        return coreFailure(summary.error());
    auto alterationId = (*store)->findAlteration(*caseId, p.value("alteration"));
    if (!alterationId)
        return coreFailure(alterationId.error());
    auto all = (*store)->alterations(*caseId);
    if (!all)
        return coreFailure(all.error());
    const StoredAlteration* found = nullptr;
    for (const StoredAlteration& a : std::as_const(*all))
        if (a.id == *alterationId)
            found = &a;
    if (!found)
        return coreFailure(
            CoreError{CoreError::Code::InvalidArgument,
                      Messages::tr("case %1 has no alteration '%2'").arg(*caseId).arg(p.value("alteration")),
                      p.value("db"),
                      0,
                      {},
                      {},
                      {}});
    auto earlier = (*store)->earlierPatients(
        found->alteration, p.isSet("any-tumor-type") ? QString() : summary->tumorType, summary->patient);
    if (!earlier)
        return coreFailure(earlier.error());
    printOut(
        u"patient\tcase\ttumor_type\talteration\trecommendation\tgiven\tresponse\tstarted\tstopped\tstop_reason"_s);
    for (const EarlierPatient& e : std::as_const(*earlier))
        for (qsizetype i = 0; i < e.recommendations.size(); ++i) {
            const std::optional<Outcome>& o = e.outcomes.value(i);
            printOut(QStringList{e.patient,
                                 QString::number(e.caseId),
                                 e.tumorType,
                                 e.alterationRef,
                                 flat(e.recommendations[i].title),
                                 o ? o->given : u"not recorded"_s,
                                 o ? o->response : QString(),
                                 o ? o->startedOn : QString(),
                                 o ? o->stoppedOn : QString(),
                                 o ? flat(o->stopReason) : QString()}
                         .join(u'\t'));
        }
    return CliApp::Success;
}

} // namespace

int outcomeCommand(const QStringList& arguments)
{
    return dispatch(arguments, {{"record", outcomeRecord}, {"list", outcomeList}, {"cohort", outcomeCohort}});
}

} // namespace onco
