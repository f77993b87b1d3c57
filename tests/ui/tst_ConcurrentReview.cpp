// Two reviewers on one case database, one of them in the window (offscreen): the window shows a
// colleague's change within two seconds and says who made it; a decision made over a change the
// window had not shown yet is refused, the case is shown as it now is, and the decision is offered
// again. Nothing is lost.

#include "AnnotationJob.h"
#include "CaseDatabase.h"
#include "MainWindow.h"
#include "ReviewController.h"
#include "TestConfig.h"
#include "caseStore/CaseStore.h"
#include "models/VariantTableModel.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const QString maf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");
const Actor colleague{u"bonco"_s, u"Dr. B. Oncologist"_s, u"oncologist"_s};

int rowOf(MainWindow& window, const QString& gene, const QString& change)
{
    const QAbstractItemModel* m = window.variantTable()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, VariantTableModel::Gene).data().toString() == gene
            && m->index(r, VariantTableModel::ProteinChange).data().toString() == change)
            return r;
    return -1;
}

QString decisionShown(MainWindow& window, const QString& gene, const QString& change)
{
    const int row = rowOf(window, gene, change);
    return row < 0 ? QString() : window.variantModel()->index(row, VariantTableModel::Decision).data().toString();
}

qint64 storedId(CaseStore& store, qint64 caseId, const QString& ref)
{
    auto stored = store.alterations(caseId);
    if (!stored)
        return 0;
    for (const StoredAlteration& a : *stored)
        if (a.ref == ref)
            return a.id;
    return 0;
}

} // namespace

class TestConcurrentReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void colleaguesChangeIsShownWithinTwoSeconds();
    void decisionOverAnUnseenChangeIsOfferedAgain();

private:
    /** The window with a fresh case database and the MAF case saved in it; the case id. */
    qint64 openSavedCase(MainWindow& window, const QTemporaryDir& dir);

    QTemporaryDir m_dir;
};

void TestConcurrentReview::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<AnnotationOutcome>();
    QSettings().setValue(u"identity/name"_s, u"Dr. Desk"_s);
    QSettings().setValue(u"identity/role"_s, u"molecular pathologist"_s);
}

qint64 TestConcurrentReview::openSavedCase(MainWindow& window, const QTemporaryDir& dir)
{
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"BRCA"_s);
    if (!window.openCaseDatabase(test::caseDatabase(dir.filePath(u"cases.sqlite"_s))))
        return 0;
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openFiles({maf});
    if (!loaded.wait(120000) || !loaded.front().front().toBool())
        return 0;
    NewCaseInfo info;
    info.patient = u"PAT-C"_s;
    return window.saveCaseToDatabase(info);
}

void TestConcurrentReview::colleaguesChangeIsShownWithinTwoSeconds()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    const qint64 id = openSavedCase(window, dir);
    QVERIFY(id > 0);
    QCOMPARE(decisionShown(window, u"PIK3CA"_s, u"p.E545K"_s), QString());

    // The colleague decides at another workstation (another connection to the same file).
    auto other = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(other);
    const qint64 pik3ca = storedId(**other, id, u"PIK3CA:p.E545K"_s);
    QVERIFY(pik3ca > 0);
    // The window looks each second (how long the reload takes is a benchmark's matter, not a test's).
    const auto* watch = window.reviewController()->findChild<QTimer*>(u"caseWatch"_s);
    QVERIFY(watch && watch->isActive());
    QVERIFY(watch->interval() <= 1000);
    // On a server the change is announced (NOTIFY) and shown without waiting for the poll.
    if (test::onPostgres())
        window.reviewController()->findChild<QTimer*>(u"caseWatch"_s)->stop();
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    QVERIFY((*other)->review(id, pik3ca, Decision::Include, u"hotspot"_s, colleague));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(window.reviewController()->currentCase(), id);
    QVERIFY(decisionShown(window, u"PIK3CA"_s, u"p.E545K"_s).startsWith(u"included"_s));
    // Said over the table, after the notes of loading, and in the status bar.
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(colleague.name) && said.contains(u"review"_s), qPrintable(said));
    const auto* note = window.findChild<QLabel*>(u"refusalNote"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(colleague.name), qPrintable(note->text()));
    // Shown as it is now: the window's own next decision goes through.
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    QVERIFY(window.reviewSelected(Decision::Vus, u"second look"_s));
    QVERIFY(!loaded.wait(1500)); // its own change is not taken for someone else's
}

void TestConcurrentReview::decisionOverAnUnseenChangeIsOfferedAgain()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    const qint64 id = openSavedCase(window, dir);
    QVERIFY(id > 0);
    // The window has not looked yet (its check of the case is a second away) when the colleague
    // decides on another alteration.
    auto* watch = window.reviewController()->findChild<QTimer*>(u"caseWatch"_s);
    QVERIFY(watch);
    watch->stop();
    auto other = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(other);
    const qint64 met = storedId(**other, id, u"MET:p.D1028H"_s);
    const qint64 pik3ca = storedId(**other, id, u"PIK3CA:p.E545K"_s);
    QVERIFY(met > 0 && pik3ca > 0);
    QVERIFY((*other)->review(id, met, Decision::Include, u"driver"_s, colleague));

    // The window's decision is refused, nothing written; the case is shown again and the
    // decision offered.
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    QVERIFY(!window.reviewSelected(Decision::Exclude, u"artefact"_s));
    auto stored = (*other)->alterations(id);
    QVERIFY(stored);
    for (const StoredAlteration& a : *stored)
        if (a.id == pik3ca)
            QVERIFY(!a.review);
    QVERIFY(loaded.wait(60000));
    QVERIFY(decisionShown(window, u"MET"_s, u"p.D1028H"_s).startsWith(u"included"_s)); // the colleague's
    QMessageBox* ask = nullptr;
    QTRY_VERIFY((ask = window.findChild<QMessageBox*>(u"reapplyDecision"_s)) != nullptr);
    QVERIFY2(ask->text().contains(colleague.name) && ask->text().contains(u"exclude"_s, Qt::CaseInsensitive),
             qPrintable(ask->text()));
    ask->button(QMessageBox::Yes)->click();

    // Both decisions are recorded: the colleague's and, applied again, the window's.
    stored = (*other)->alterations(id);
    QVERIFY(stored);
    bool sawMet = false, sawPik3ca = false;
    for (const StoredAlteration& a : *stored) {
        if (a.id == met)
            sawMet = a.review && a.review->decision == Decision::Include && a.review->reviewer.name == colleague.name;
        if (a.id == pik3ca)
            sawPik3ca = a.review && a.review->decision == Decision::Exclude && a.review->comment == u"artefact";
    }
    QVERIFY(sawMet);
    QVERIFY2(sawPik3ca, qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(decisionShown(window, u"PIK3CA"_s, u"p.E545K"_s).startsWith(u"excluded"_s));
}

QTEST_MAIN(TestConcurrentReview)
#include "tst_ConcurrentReview.moc"
