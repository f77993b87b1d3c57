// oncoboard-cli meeting: a board meeting of three real cases (the demo colon tumor twice and a
// TCGA AML sample) is planned, its agenda ordered, presented (each conclusion recorded) and minuted
// as PDF; the minutes hold the participants and each case's question, recommendation, conclusion,
// follow-up and signer. Roles and mistakes are refused with the reason. Run on SQLite and on
// PostgreSQL (tests/CaseDatabase.h).

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "cli/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

using Run = onco::test::CliRun;

} // namespace

class TestCliMeetings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meetingIsPlannedPresentedAndMinuted();
    void mistakesAndRolesAreRefused();
    void outcomesAreRecordedAndFoundForLaterPatients();

private:
    Run cli(QStringList arguments)
    {
        return test::runCli(arguments);
    }
    /** A meeting command as the coordinator who prepares the board. */
    Run asCoordinator(const QString& sub, const QStringList& arguments)
    {
        return cli(QStringList{u"meeting"_s, sub, u"--db"_s, m_cases} + arguments
                   + QStringList{u"--as"_s, u"C. Coordinator"_s, u"--role"_s, u"coordinator"_s});
    }
    QString path(const QString& name) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
    QString m_kb;
    QString m_cases;
};

void TestCliMeetings::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_kb = path(u"kb.sqlite"_s);
    const Run kb = cli({u"kb"_s, u"init"_s, m_kb});
    QVERIFY2(kb.exitCode == 0, kb.err.constData());
    m_cases = test::caseDatabase(path(u"cases.sqlite"_s));
    const QList<QStringList> cases{
        {QStringLiteral(ONCOBOARD_DEMO_VCF), u"--tumor-type"_s, u"COAD"_s, u"--patient"_s, u"P-001"_s},
        {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz"),
         u"--tumor-sample"_s,
         u"TCGA-AB-2988"_s,
         u"--tumor-type"_s,
         u"AML"_s,
         u"--patient"_s,
         u"P-002"_s},
        {QStringLiteral(ONCOBOARD_DEMO_VCF), u"--tumor-type"_s, u"COAD"_s, u"--patient"_s, u"P-003"_s},
    };
    for (const QStringList& c : cases) {
        const Run created = cli(QStringList{u"case"_s, u"new"_s, u"--db"_s, m_cases, u"--kb"_s, m_kb} + c);
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }
    // Case 1: a recommendation resting on the BRAF V600E evidence, a follow-up, signed preliminary.
    const Run planned = cli({u"plan"_s,
                             u"add"_s,
                             u"--db"_s,
                             m_cases,
                             u"--kb"_s,
                             m_kb,
                             u"--case"_s,
                             u"1"_s,
                             u"--evidence"_s,
                             u"EID9851"_s,
                             u"--as"_s,
                             u"Dr. B"_s,
                             u"--role"_s,
                             u"oncologist"_s});
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    const Run followUp = cli({u"plan"_s,
                              u"set"_s,
                              u"--db"_s,
                              m_cases,
                              u"--case"_s,
                              u"1"_s,
                              u"--follow-up"_s,
                              u"2027-03-01"_s,
                              u"--as"_s,
                              u"Dr. B"_s,
                              u"--role"_s,
                              u"oncologist"_s});
    QVERIFY2(followUp.exitCode == 0, followUp.err.constData());
    const Run signedOff = cli({u"case"_s,
                               u"state"_s,
                               u"--db"_s,
                               m_cases,
                               u"--case"_s,
                               u"1"_s,
                               u"preliminary"_s,
                               u"--signer"_s,
                               u"Dr. A"_s,
                               u"--role"_s,
                               u"molecular pathologist"_s,
                               u"--kb"_s,
                               m_kb});
    QVERIFY2(signedOff.exitCode == 0, signedOff.err.constData());
}

void TestCliMeetings::meetingIsPlannedPresentedAndMinuted()
{
    const Run made = asCoordinator(u"new"_s,
                                   {u"--date"_s,
                                    u"2026-12-10"_s,
                                    u"--title"_s,
                                    u"Molecular tumor board"_s,
                                    u"--participant"_s,
                                    u"Dr. A (molecular pathologist)"_s,
                                    u"--participant"_s,
                                    u"Dr. B (oncologist)"_s,
                                    u"--participant"_s,
                                    u"C. Coordinator (coordinator)"_s});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString meeting = QString::fromUtf8(made.out).trimmed();
    QVERIFY2(meeting.toLongLong() > 0, made.out.constData());
    const QStringList questions{u"Targeted therapy after progression on FOLFOX?"_s,
                                u"Is an IDH or FLT3 inhibitor an option?"_s,
                                u"Second opinion on the same tumor"_s};
    for (int c = 1; c <= 3; ++c) {
        const Run added = asCoordinator(u"add"_s,
                                        {u"--meeting"_s,
                                         meeting,
                                         u"--case"_s,
                                         QString::number(c),
                                         u"--presenter"_s,
                                         u"Dr. A"_s,
                                         u"--question"_s,
                                         questions[c - 1]});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    // The AML case is presented first.
    const Run moved = asCoordinator(u"move"_s, {u"--meeting"_s, meeting, u"--case"_s, u"2"_s, u"--position"_s, u"1"_s});
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    const QStringList conclusions{u"Encorafenib with cetuximab; re-staging CT in three months."_s,
                                  u"No targeted option; continue induction."_s,
                                  u"Same as case 1."_s};
    for (int c = 1; c <= 3; ++c) {
        const Run recorded = cli({u"meeting"_s,
                                  u"record"_s,
                                  u"--db"_s,
                                  m_cases,
                                  u"--meeting"_s,
                                  meeting,
                                  u"--case"_s,
                                  QString::number(c),
                                  u"--conclusion"_s,
                                  conclusions[c - 1],
                                  u"--as"_s,
                                  u"Dr. B"_s,
                                  u"--role"_s,
                                  u"oncologist"_s});
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
    }

    const Run list = cli({u"meeting"_s, u"list"_s, u"--db"_s, m_cases});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QStringList listed = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[1].split(u'\t').mid(0, 5),
             (QStringList{meeting, u"2026-12-10"_s, u"Molecular tumor board"_s, u"3"_s, u"3"_s}));

    // The agenda in its order, each case with its state, question, plan and conclusion.
    const Run show = cli({u"meeting"_s, u"show"_s, u"--db"_s, m_cases, u"--meeting"_s, meeting});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QStringList rows;
    for (const QString& line : QString::fromUtf8(show.out).split(u'\n', Qt::SkipEmptyParts))
        if (!line.isEmpty() && line.front().isDigit())
            rows << line;
    QCOMPARE(rows.size(), 3);
    const QStringList first = rows[0].split(u'\t');
    QCOMPARE(first.mid(0, 5), (QStringList{u"1"_s, u"2"_s, u"P-002"_s, u"AML"_s, u"draft"_s}));
    const QStringList second = rows[1].split(u'\t');
    QCOMPARE(second.mid(0, 5), (QStringList{u"2"_s, u"1"_s, u"P-001"_s, u"COAD"_s, u"preliminary"_s}));
    QCOMPARE(second[6], questions[0]);
    QVERIFY2(second[7].startsWith(u"therapy: "_s), qPrintable(second[7]));
    QCOMPARE(second[8], conclusions[0]);
    QCOMPARE(rows[2].split(u'\t').mid(0, 2), (QStringList{u"3"_s, u"3"_s}));

    // The conclusion is in the case's audit chain, and the chain still holds.
    const Run audit = cli({u"case"_s, u"audit"_s, u"--db"_s, m_cases, u"--case"_s, u"1"_s});
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    QVERIFY2(audit.out.contains("meeting.outcome") && audit.out.contains("re-staging CT in three months"),
             audit.out.constData());
    const Run chain = cli({u"audit"_s, u"verify"_s, m_cases});
    QVERIFY2(chain.exitCode == 0, chain.out.constData());

    // The minutes.
    const QString pdf = path(u"minutes.pdf"_s);
    const Run minutes = cli({u"meeting"_s, u"minutes"_s, u"--db"_s, m_cases, u"--meeting"_s, meeting, u"--pdf"_s, pdf});
    QVERIFY2(minutes.exitCode == 0, minutes.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
#ifndef PDFTOTEXT_EXECUTABLE
    QSKIP("pdftotext (poppler-utils) is not installed; scripts/setup installs it");
#else
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT_EXECUTABLE), {pdf, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const QString& expected : {u"Tumor board minutes: Molecular tumor board"_s,
                                    u"Dr. A (molecular pathologist)"_s,
                                    u"Dr. B (oncologist)"_s,
                                    u"C. Coordinator (coordinator)"_s,
                                    u"Acute Myeloid Leukemia (AML)"_s,
                                    u"Colon Adenocarcinoma (COAD)"_s,
                                    u"Follow-up: 2027-03-01"_s,
                                    u"Signed preliminary by Dr. A (molecular pathologist)"_s,
                                    u"CIViC:EID9851"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    for (const QString& q : questions)
        QVERIFY2(text.contains(q), qPrintable(q));
    for (const QString& c : conclusions)
        QVERIFY2(text.contains(c), qPrintable(c));
    // The agenda's order: the AML case first.
    QVERIFY(text.indexOf(u"1. Patient P-002"_s) >= 0);
    QVERIFY(text.indexOf(u"1. Patient P-002"_s) < text.indexOf(u"2. Patient P-001"_s));
    QVERIFY(text.indexOf(u"2. Patient P-001"_s) < text.indexOf(u"3. Patient P-003"_s));
    // A case without a plan says so rather than nothing.
    QVERIFY(text.contains(u"The board recorded no recommendation for this case."_s));
#endif
}

void TestCliMeetings::mistakesAndRolesAreRefused()
{
    const Run made = asCoordinator(u"new"_s, {u"--date"_s, u"2026-12-17"_s});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString meeting = QString::fromUtf8(made.out).trimmed();
    QVERIFY(asCoordinator(u"add"_s, {u"--meeting"_s, meeting, u"--case"_s, u"1"_s}).exitCode == 0);

    const Run twice = asCoordinator(u"add"_s, {u"--meeting"_s, meeting, u"--case"_s, u"1"_s});
    QVERIFY(twice.exitCode != 0);
    QVERIFY2(twice.err.contains("is on the agenda of meeting"), twice.err.constData());
    const Run noCase = asCoordinator(u"add"_s, {u"--meeting"_s, meeting, u"--case"_s, u"99"_s});
    QVERIFY(noCase.exitCode != 0);
    const Run noMeeting = asCoordinator(u"add"_s, {u"--meeting"_s, u"99"_s, u"--case"_s, u"1"_s});
    QVERIFY(noMeeting.exitCode != 0);
    QVERIFY2(noMeeting.err.contains("there is no meeting 99"), noMeeting.err.constData());
    const Run badDate = asCoordinator(u"new"_s, {u"--date"_s, u"17.12.2026"_s});
    QVERIFY(badDate.exitCode != 0);
    QVERIFY2(badDate.err.contains("is not a date"), badDate.err.constData());
    const Run outOfRange =
        asCoordinator(u"move"_s, {u"--meeting"_s, meeting, u"--case"_s, u"1"_s, u"--position"_s, u"2"_s});
    QVERIFY(outOfRange.exitCode != 0);
    QVERIFY2(outOfRange.err.contains("1 to 1"), outOfRange.err.constData());
    const Run notOnAgenda =
        asCoordinator(u"record"_s, {u"--meeting"_s, meeting, u"--case"_s, u"2"_s, u"--conclusion"_s, u"x"_s});
    QVERIFY(notOnAgenda.exitCode != 0);
    QVERIFY2(notOnAgenda.err.contains("is not on the agenda"), notOnAgenda.err.constData());
    // An administrator gives roles; a board's meetings are the clinicians' and the coordinator's.
    const Run admin = cli({u"meeting"_s,
                           u"record"_s,
                           u"--db"_s,
                           m_cases,
                           u"--meeting"_s,
                           meeting,
                           u"--case"_s,
                           u"1"_s,
                           u"--conclusion"_s,
                           u"x"_s,
                           u"--as"_s,
                           u"IT"_s,
                           u"--role"_s,
                           u"administrator"_s});
    QVERIFY(admin.exitCode != 0);
    QVERIFY2(admin.err.contains("may not prepare board meetings"), admin.err.constData());
    // Nothing of the refused changes is there.
    const Run show = cli({u"meeting"_s, u"show"_s, u"--db"_s, m_cases, u"--meeting"_s, meeting});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QCOMPARE(int(show.out.count("\n1\t1\tP-001")), 1);
    QVERIFY(!show.out.contains("\tx\n"));
}

void TestCliMeetings::outcomesAreRecordedAndFoundForLaterPatients()
{
    const QStringList oncologist{u"--as"_s, u"Dr. B"_s, u"--role"_s, u"oncologist"_s};
    auto outcome = [&](const QStringList& arguments, const QStringList& as) {
        return cli(QStringList{u"outcome"_s} + arguments + as);
    };
    // Case 1's recommendation (encorafenib with cetuximab for BRAF V600E) was given; a partial response.
    const Run plan = cli({u"plan"_s, u"list"_s, u"--db"_s, m_cases, u"--case"_s, u"1"_s});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    const QString item = QString::fromUtf8(plan.out).split(u'\n').value(1).section(u'\t', 0, 0);
    QVERIFY2(item.toLongLong() > 0, plan.out.constData());
    const QStringList given{u"record"_s,
                            u"--db"_s,
                            m_cases,
                            u"--case"_s,
                            u"1"_s,
                            u"--item"_s,
                            item,
                            u"--given"_s,
                            u"given"_s,
                            u"--response"_s,
                            u"PR"_s,
                            u"--started"_s,
                            u"2026-12-15"_s,
                            u"--assessed"_s,
                            u"2027-03-01"_s};
    const Run recorded = outcome(given, oncologist);
    QVERIFY2(recorded.exitCode == 0, recorded.err.constData());

    // Refused, with the reason: a coordinator, a response to what was not given, a date that is none,
    // a stop before the start, an item of another case.
    QVERIFY(
        outcome(given, {u"--as"_s, u"C"_s, u"--role"_s, u"coordinator"_s}).err.contains("may not record what became"));
    QStringList notGiven = given;
    notGiven[notGiven.indexOf(u"given"_s, 8)] = u"not-given"_s;
    QVERIFY(outcome(notGiven, oncologist).err.contains("a response is recorded for a treatment that was given"));
    QStringList badDate = given;
    badDate[badDate.indexOf(u"2026-12-15"_s)] = u"15.12.2026"_s;
    QVERIFY(outcome(badDate, oncologist).err.contains("is not a date"));
    QVERIFY(
        outcome(given + QStringList{u"--stopped"_s, u"2026-12-01"_s}, oncologist).err.contains("before it started"));
    QStringList otherCase = given;
    otherCase[4] = u"2"_s;
    QVERIFY(outcome(otherCase, oncologist).err.contains("has no plan item"));

    const Run list = outcome({u"list"_s, u"--db"_s, m_cases, u"--case"_s, u"1"_s}, {});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QStringList rows = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2); // the header and the one recorded
    QCOMPARE(rows[1].split(u'\t').mid(2, 4), (QStringList{u"given"_s, u"PR"_s, u"2026-12-15"_s, QString()}));

    // The third case (another patient, the same tumor and BRAF V600E) finds it.
    const Run cohort =
        outcome({u"cohort"_s, u"--db"_s, m_cases, u"--case"_s, u"3"_s, u"--alteration"_s, u"7:140453136:A:T"_s}, {});
    QVERIFY2(cohort.exitCode == 0, cohort.err.constData());
    const QStringList found = QString::fromUtf8(cohort.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(found.size(), 2);
    const QStringList earlier = found[1].split(u'\t');
    QCOMPARE(earlier.mid(0, 4), (QStringList{u"P-001"_s, u"1"_s, u"COAD"_s, u"7:140453136:A:T"_s}));
    QCOMPARE(earlier.mid(5, 2), (QStringList{u"given"_s, u"PR"_s}));
    // The AML patient has no such alteration; nor does the first patient find itself.
    const Run self =
        outcome({u"cohort"_s, u"--db"_s, m_cases, u"--case"_s, u"1"_s, u"--alteration"_s, u"7:140453136:A:T"_s}, {});
    QCOMPARE(QString::fromUtf8(self.out).split(u'\n', Qt::SkipEmptyParts).size(), 1);

    // Outcomes are appended, never rewritten, and are in the audit chain.
    QVERIFY(!test::runSql(m_cases, {u"UPDATE outcome SET response = 'CR'"_s}, false).isEmpty());
    QVERIFY(!test::runSql(m_cases, {u"DELETE FROM outcome"_s}, false).isEmpty());
    const Run audit = cli({u"case"_s, u"audit"_s, u"--db"_s, m_cases, u"--case"_s, u"1"_s});
    QVERIFY2(audit.out.contains("given; response PR; from 2026-12-15"), audit.out.constData());
    QCOMPARE(cli({u"audit"_s, u"verify"_s, m_cases}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliMeetings)
#include "tst_CliMeetings.moc"
