// The window's Meetings view on a real case database (the demo colon tumor twice and a TCGA AML
// sample, made with oncoboard-cli): the agenda in its order with each case's patient, tumor type,
// state, presenter and question; a drag reorders it in the database; a recorded conclusion shows;
// the open case goes on the agenda once; the minutes PDF is written.

#include "MainWindow.h"
#include "ReviewController.h"
#include "TestConfig.h"
#include "caseStore/CaseStore.h"
#include "cli/CliRunner.h"
#include "io/LineReader.h"
#include "models/VariantTableModel.h"
#include "plots/PlotsPanel.h"
#include "plots/TimelinePanel.h"
#include "widgets/EvidencePanel.h"
#include "widgets/MeetingsPanel.h"
#include "widgets/PresentationView.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestMeetings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agendaShowsReordersAndRecords();
    void agendaIsPresentedCaseByCase();
    void earlierOutcomesShowInTheEvidencePanel();
    void samplesOverTimeShowWhatAppearedAndWasLost();

private:
    QStringList agendaColumn(const MeetingsPanel& panel, int column) const
    {
        QStringList out;
        for (int i = 0; i < panel.agenda()->topLevelItemCount(); ++i)
            out << panel.agenda()->topLevelItem(i)->text(column);
        return out;
    }

    QTemporaryDir m_dir;
    QString m_kb;
    QString m_cases;
    QString m_meeting;
};

void TestMeetings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings settings;
    settings.setValue(u"identity/name"_s, u"C. Coordinator"_s);
    settings.setValue(u"identity/role"_s, u"coordinator"_s);
    m_kb = m_dir.filePath(u"kb.sqlite"_s);
    const QString& kb = m_kb;
    const test::CliRun init = test::runCli({u"kb"_s, u"init"_s, kb});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    m_cases = m_dir.filePath(u"cases.sqlite"_s);
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
        const test::CliRun made = test::runCli(QStringList{u"case"_s, u"new"_s, u"--db"_s, m_cases, u"--kb"_s, kb} + c);
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    const test::CliRun meeting = test::runCli({u"meeting"_s,
                                               u"new"_s,
                                               u"--db"_s,
                                               m_cases,
                                               u"--date"_s,
                                               u"2026-12-10"_s,
                                               u"--title"_s,
                                               u"Molecular tumor board"_s,
                                               u"--participant"_s,
                                               u"Dr. A (molecular pathologist)"_s,
                                               u"--participant"_s,
                                               u"Dr. B (oncologist)"_s,
                                               u"--role"_s,
                                               u"coordinator"_s});
    QVERIFY2(meeting.exitCode == 0, meeting.err.constData());
    m_meeting = QString::fromUtf8(meeting.out).trimmed();
    for (const QString& c : {u"1"_s, u"2"_s}) {
        const test::CliRun added = test::runCli({u"meeting"_s,
                                                 u"add"_s,
                                                 u"--db"_s,
                                                 m_cases,
                                                 u"--meeting"_s,
                                                 m_meeting,
                                                 u"--case"_s,
                                                 c,
                                                 u"--presenter"_s,
                                                 u"Dr. A"_s,
                                                 u"--question"_s,
                                                 u"Targeted therapy for case "_s + c + u'?',
                                                 u"--role"_s,
                                                 u"coordinator"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
}

void TestMeetings::agendaShowsReordersAndRecords()
{
    auto store = CaseStore::open(m_cases);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    MeetingsPanel panel;
    QSignalSpy messages(&panel, &MeetingsPanel::message);
    panel.refresh(store->get());
    QVERIFY(panel.showMeeting(m_meeting.toLongLong()));
    QCOMPARE(agendaColumn(panel, MeetingsPanel::PatientColumn), (QStringList{u"P-001"_s, u"P-002"_s}));
    QCOMPARE(agendaColumn(panel, MeetingsPanel::TumorTypeColumn), (QStringList{u"COAD"_s, u"AML"_s}));
    QCOMPARE(agendaColumn(panel, MeetingsPanel::StateColumn), (QStringList{u"draft"_s, u"draft"_s}));
    QCOMPARE(agendaColumn(panel, MeetingsPanel::QuestionColumn).value(1), u"Targeted therapy for case 2?"_s);

    // The open case goes on the agenda, once.
    panel.setCurrentCase(3);
    QVERIFY(panel.addCurrentCase(u"Dr. B"_s, u"Second opinion"_s));
    QCOMPARE(agendaColumn(panel, MeetingsPanel::PatientColumn), (QStringList{u"P-001"_s, u"P-002"_s, u"P-003"_s}));
    QVERIFY(!panel.addCurrentCase(u"Dr. B"_s, u"again"_s));
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().value(0).toString().contains(u"on the agenda of meeting"_s),
             qPrintable(messages.last().value(0).toString()));

    // A drag puts the AML case first; the database keeps the order.
    QTreeWidget* agenda = panel.agenda();
    QTreeWidgetItem* dragged = agenda->takeTopLevelItem(1);
    agenda->insertTopLevelItem(0, dragged);
    panel.applyShownOrder();
    QCOMPARE(agendaColumn(panel, MeetingsPanel::PatientColumn), (QStringList{u"P-002"_s, u"P-001"_s, u"P-003"_s}));
    QCOMPARE(agendaColumn(panel, MeetingsPanel::PositionColumn), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    auto stored = (*store)->meeting(m_meeting.toLongLong());
    QVERIFY(stored);
    QList<qint64> order;
    for (const MeetingItem& item : stored->agenda)
        order << item.caseId;
    QCOMPARE(order, (QList<qint64>{2, 1, 3}));

    // A conclusion recorded in the meeting shows on its row.
    QVERIFY(panel.recordConclusion(1, u"Encorafenib with cetuximab."_s));
    QCOMPARE(agendaColumn(panel, MeetingsPanel::ConclusionColumn).value(1), u"Encorafenib with cetuximab."_s);

    // Minutes.
    const QString pdf = m_dir.filePath(u"minutes.pdf"_s);
    QVERIFY(panel.writeMinutes(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    // Double-clicking a row asks to open its case.
    QSignalSpy opened(&panel, &MeetingsPanel::caseActivated);
    emit agenda->itemActivated(agenda->topLevelItem(0), 0);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().value(0).toLongLong(), qint64(2));
}

void TestMeetings::earlierOutcomesShowInTheEvidencePanel()
{
    // Three patients with the demo's BRAF V600E colon tumor: the board recommended encorafenib with
    // cetuximab for the first two, and their outcomes were recorded (one signed final before).
    const QString db = m_dir.filePath(u"outcomes.sqlite"_s);
    const QStringList oncologist{u"--as"_s, u"Dr. B"_s, u"--role"_s, u"oncologist"_s};
    for (const QString& p : {u"P-101"_s, u"P-102"_s, u"P-103"_s}) {
        const test::CliRun made = test::runCli(QStringList{u"case"_s,
                                                           u"new"_s,
                                                           QStringLiteral(ONCOBOARD_DEMO_VCF),
                                                           u"--db"_s,
                                                           db,
                                                           u"--kb"_s,
                                                           m_kb,
                                                           u"--tumor-type"_s,
                                                           u"COAD"_s,
                                                           u"--patient"_s,
                                                           p}
                                               + oncologist);
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    for (const QString& c : {u"1"_s, u"2"_s}) {
        const test::CliRun planned = test::runCli(
            QStringList{
                u"plan"_s, u"add"_s, u"--db"_s, db, u"--kb"_s, m_kb, u"--case"_s, c, u"--evidence"_s, u"EID9851"_s}
            + oncologist);
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
    }
    for (const QString& state : {u"preliminary"_s, u"final"_s}) {
        const test::CliRun signedOff = test::runCli({u"case"_s,
                                                     u"state"_s,
                                                     u"--db"_s,
                                                     db,
                                                     u"--case"_s,
                                                     u"1"_s,
                                                     state,
                                                     u"--signer"_s,
                                                     u"Dr. B"_s,
                                                     u"--role"_s,
                                                     u"oncologist"_s,
                                                     u"--kb"_s,
                                                     m_kb});
        QVERIFY2(signedOff.exitCode == 0, signedOff.err.constData());
    }
    const QList<QStringList> outcomes{
        {u"--case"_s, u"1"_s, u"--item"_s, u"1"_s, u"--given"_s, u"given"_s, u"--response"_s, u"PR"_s},
        {u"--case"_s,
         u"2"_s,
         u"--item"_s,
         u"2"_s,
         u"--given"_s,
         u"given"_s,
         u"--response"_s,
         u"PD"_s,
         u"--started"_s,
         u"2026-02-01"_s,
         u"--stopped"_s,
         u"2026-05-02"_s,
         u"--stop-reason"_s,
         u"progression"_s}};
    for (const QStringList& o : outcomes) {
        const test::CliRun recorded =
            test::runCli(QStringList{u"outcome"_s, u"record"_s, u"--db"_s, db} + o + oncologist);
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
    }

    // The third patient's case in the window: BRAF V600E's evidence panel tells what was done here.
    MainWindow window;
    window.setKnowledgeBasePath(m_kb);
    QVERIFY(window.openCaseDatabase(db));
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openStoredCase(3);
    QVERIFY(loaded.wait(120000));
    QVERIFY(loaded.front().front().toBool());
    const QAbstractItemModel* m = window.variantTable()->model();
    int braf = -1;
    for (int r = 0; r < m->rowCount() && braf < 0; ++r)
        if (m->index(r, VariantTableModel::Gene).data().toString() == u"BRAF")
            braf = r;
    QVERIFY(braf >= 0);
    window.variantTable()->selectRow(braf);
    const QString text = window.evidencePanel()->earlierPatientsText();
    QVERIFY2(text.contains(u"2 earlier patients here"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Encorafenib + Cetuximab recommended for 2, given to 2 (1 PR, 1 PD)"_s), qPrintable(text));
    // Another alteration, on which the board recommended nothing, shows none.
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, VariantTableModel::Gene).data().toString() == u"TP53") {
            window.variantTable()->selectRow(r);
            break;
        }
    QVERIFY(window.evidencePanel()->earlierPatientsText().isEmpty());
}

void TestMeetings::agendaIsPresentedCaseByCase()
{
    auto store = CaseStore::open(m_cases);
    QVERIFY(store);
    auto meeting = (*store)->meeting(m_meeting.toLongLong());
    QVERIFY(meeting && meeting->agenda.size() == 3);
    store->reset();

    MainWindow window;
    window.setKnowledgeBasePath(m_kb);
    QVERIFY(window.openCaseDatabase(m_cases));
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.presentMeeting(meeting->id);
    QVERIFY(loaded.wait(120000));
    QVERIFY(window.presentationMode());
    PresentationView* view = window.presentationView();
    // A title page per case: its place, the patient, the question to the board.
    QVERIFY2(view->text().contains(u"case 1 of 3"_s), qPrintable(view->text()));
    QVERIFY(view->text().contains(meeting->agenda[0].question.isEmpty() ? u"(none recorded)"_s
                                                                        : meeting->agenda[0].question));
    QCOMPARE(window.reviewController()->currentCase(), meeting->agenda[0].caseId);
    // The findings follow (the right arrow), then Page Down opens the next case at its title page.
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(!view->text().contains(u"case 1 of 3"_s));
    QTest::keyClick(view, Qt::Key_PageDown);
    QVERIFY(loaded.wait(120000));
    QCOMPARE(window.agendaIndex(), 1);
    QCOMPARE(window.reviewController()->currentCase(), meeting->agenda[1].caseId);
    QVERIFY2(view->text().contains(u"case 2 of 3"_s), qPrintable(view->text()));
    QVERIFY(window.presentationMode());
    // Page Up goes back; Escape leaves presentation mode and the meeting.
    QTest::keyClick(view, Qt::Key_PageUp);
    QVERIFY(loaded.wait(120000));
    QCOMPARE(window.agendaIndex(), 0);
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!window.presentationMode());
    QCOMPARE(window.agendaIndex(), -1);
}

namespace {

/** The demo VCF without the records of one chromosome, as a plain VCF; false when it cannot be written. */
bool demoWithout(const QString& chromosome, const QString& path)
{
    LineReader in;
    if (!in.open(QStringLiteral(ONCOBOARD_DEMO_VCF)))
        return false;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray skip = chromosome.toUtf8() + '\t';
    for (QByteArrayView line; in.next(line);)
        if (!line.startsWith(skip))
            out.write(line.toByteArray() + '\n');
    return !in.error();
}

} // namespace

void TestMeetings::samplesOverTimeShowWhatAppearedAndWasLost()
{
    // One patient sampled twice: the colon biopsy without the demo's chromosome 17 records, then a
    // plasma sample without its chromosome 22 records (TP53 and NF1 come, CHEK2 goes; BRAF stays).
    const QString db = m_dir.filePath(u"timeline.sqlite"_s);
    const QString tissue = m_dir.filePath(u"tissue.vcf"_s);
    const QString plasma = m_dir.filePath(u"plasma.vcf"_s);
    QVERIFY(demoWithout(u"17"_s, tissue));
    QVERIFY(demoWithout(u"22"_s, plasma));
    for (const auto& [file, date, specimen] : {std::tuple{tissue, u"2026-01-15"_s, u"FFPE, colon biopsy"_s},
                                               std::tuple{plasma, u"2026-03-02"_s, u"plasma cfDNA"_s}}) {
        const test::CliRun made = test::runCli({u"case"_s,
                                                u"new"_s,
                                                file,
                                                u"--db"_s,
                                                db,
                                                u"--kb"_s,
                                                m_kb,
                                                u"--tumor-type"_s,
                                                u"COAD"_s,
                                                u"--patient"_s,
                                                u"P-201"_s,
                                                u"--sample-date"_s,
                                                date,
                                                u"--specimen"_s,
                                                specimen});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    auto store = CaseStore::open(db);
    QVERIFY(store);
    auto timeline = (*store)->patientTimeline(u"P-201"_s);
    QVERIFY2(timeline, timeline ? "" : qPrintable(timeline.error().message));
    QCOMPARE(timeline->samples.size(), 2);
    QCOMPARE(timeline->samples[0].date, u"2026-01-15"_s);
    QVERIFY(!timeline->samples[0].liquid);
    QVERIFY(timeline->samples[1].liquid);
    QStringList changes;
    for (const auto& c : timeline->changes())
        changes << PatientTimeline::describe(c);
    // Both chromosome 17 findings (TP53, NF1 frameshifts) come; the chromosome 22 one (CHEK2) goes.
    QVERIFY2(changes.size() == 3, qPrintable(changes.join(u" | "_s)));
    QVERIFY2(changes.filter(u"NF1"_s).value(0).contains(u"appeared 2026-03-02 at"_s),
             qPrintable(changes.join(u" | "_s)));
    QVERIFY2(changes.filter(u"TP53"_s).value(0).contains(u"appeared 2026-03-02 at"_s),
             qPrintable(changes.join(u" | "_s)));
    QVERIFY2(changes.filter(u"CHEK2"_s).value(0).contains(u"not found on 2026-03-02"_s),
             qPrintable(changes.join(u" | "_s)));
    // BRAF V600E in both samples, with its VAF in each.
    bool braf = false;
    for (const auto& s : timeline->series)
        if (s.name.startsWith(u"BRAF"_s))
            braf = !std::isnan(s.vaf[0]) && !std::isnan(s.vaf[1]) && s.vaf[0] > 0 && s.relevant;
    QVERIFY(braf);
    const QString tsv = timeline->toTsv();
    QVERIFY(tsv.startsWith(u"alteration\trelevant\t2026-01-15 case 1\t2026-03-02 case 2\n"_s));
    // Unknown patients are refused with the reason.
    QVERIFY(!(*store)->patientTimeline(u"P-999"_s));

    // The command line lists the same.
    const test::CliRun cli = test::runCli({u"case"_s, u"timeline"_s, u"--db"_s, db, u"--patient"_s, u"P-201"_s});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QVERIFY2(cli.out.contains("liquid biopsy") && cli.out.contains("appeared 2026-03-02 at"), cli.out.constData());

    // The window's "Over time" tab of the second sample's case plots it and lists the changes.
    MainWindow window;
    window.setKnowledgeBasePath(m_kb);
    QVERIFY(window.openCaseDatabase(db));
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openStoredCase(2);
    QVERIFY(loaded.wait(120000));
    TimelinePanel* panel = window.plotsPanel()->timeline();
    QVERIFY2(panel->changesText().contains(u"appeared 2026-03-02"_s), qPrintable(panel->changesText()));
    QVERIFY2(!panel->plottedNames().filter(u"BRAF"_s).isEmpty(), qPrintable(panel->plottedNames().join(u", "_s)));
}

QTEST_MAIN(TestMeetings)
#include "tst_Meetings.moc"
