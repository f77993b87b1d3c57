// The review desk on screen (offscreen platform): filters, sorting, review with undo, the case
// list, earlier decisions, locking, presentation mode and the IGV link.

#include "AnnotationJob.h"
#include "IgvLink.h"
#include "MainWindow.h"
#include "ReviewController.h"
#include "TestConfig.h"
#include "caseStore/CaseBundle.h"
#include "caseStore/CaseStore.h"
#include "caseStore/SigningKey.h"
#include "dialogs/PatientIdentityDialog.h"
#include "dialogs/PlanItemDialog.h"
#include "dialogs/ReviewerDialog.h"
#include "kb/KnowledgeBase.h"
#include "models/EvidenceTableModel.h"
#include "models/VariantTableModel.h"
#include "plots/CopyNumberProfile.h"
#include "plots/PlotsPanel.h"
#include "report/CaseSignOff.h"
#include "widgets/CaseBrowser.h"
#include "widgets/EvidencePanel.h"
#include "widgets/PlanPanel.h"
#include "widgets/PresentationView.h"
#include "widgets/VariantFilterBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const QString maf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");

NewCaseInfo patient(const QString& pseudonym)
{
    NewCaseInfo info;
    info.patient = pseudonym;
    return info;
}

} // namespace

class TestReviewDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersAndSortsTheVariantTable();
    void reviewIsStoredAndUndoable();
    void storedCaseReopensWithDecisionsAndEarlierOnes();
    void finalCaseRefusesReview();
    void presentationModeShowsActionableFindings();
    void modelsPassTheModelTester();
    void igvLinkSendsGotoAndReportsNoIgv();
    void planFromDroppedEvidenceUndoAndSignOff();
    void bundleOfAnotherPatientWithTheSamePseudonymAsks();
    void nothingOfThePreviousCaseStaysInView();
    void refusalsSayWhy();
    void planDialogPicksAlterationsAndKeepsInput();
    void copyNumberRowsReadAsWhatTheyAre();
    void patientIdentifiersAreEnteredSealed();

private:
    bool prepare(MainWindow& window, const QTemporaryDir* caseDir = nullptr);
    /** Signs the window's case into `state` with a fresh key, as the sign-off dialog does. */
    Result<void> sign(MainWindow& window, CaseState state);
    bool load(MainWindow& window, const QStringList& files);
    int rowOf(MainWindow& window, const QString& gene, const QString& change);

    QTemporaryDir m_dir;
};

void TestReviewDesk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<AnnotationOutcome>();
    QSettings().setValue(u"identity/name"_s, u"Dr. Desk"_s); // who reviews; one test asks for it afresh
}

Result<void> TestReviewDesk::sign(MainWindow& window, CaseState state)
{
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    if (!kb)
        return Unexpected{kb.error()};
    auto key = SigningKey::generate();
    if (!key)
        return Unexpected{key.error()};
    return window.reviewController()->setState(state, **kb, &*key);
}

bool TestReviewDesk::prepare(MainWindow& window, const QTemporaryDir* caseDir)
{
    // The shared test knowledge base, breast cancer, and a fresh case database when asked for.
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"BRCA"_s);
    return !caseDir || window.openCaseDatabase(caseDir->filePath(u"cases.sqlite"_s));
}

bool TestReviewDesk::load(MainWindow& window, const QStringList& files)
{
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openFiles(files);
    return loaded.wait(120000) && loaded.front().front().toBool();
}

int TestReviewDesk::rowOf(MainWindow& window, const QString& gene, const QString& change)
{
    const QAbstractItemModel* m = window.variantTable()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, VariantTableModel::Gene).data().toString() == gene
            && m->index(r, VariantTableModel::ProteinChange).data().toString() == change)
            return r;
    return -1;
}

void TestReviewDesk::filtersAndSortsTheVariantTable()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"COAD"_s);
    QVERIFY(load(window, {QStringLiteral(ONCOBOARD_DEMO_VCF)}));
    VariantTableModel* model = window.variantModel();
    QCOMPARE(model->rowCount(), 3317);

    VariantFilter f;
    f.onlyActionable = true;
    window.filterBar()->setFilter(f);
    // BRAF V600E, Tier I-A, and three Tier II-C calls on the raw VCF's predicted effects (TP53 and NF1
    // frameshifts, a CHEK2 splice donor); DPYD*2A is pharmacogenomic, not tiered.
    QCOMPARE(model->rowCount(), 4);
    f = {};
    f.search = u"braf"_s; // the gene named by the knowledge-base match of an unannotated allele
    window.filterBar()->setFilter(f);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, VariantTableModel::Location).data().toString(), u"7:140453136 A>T"_s);
    // The evidence panel follows the selection, and empties when the filter hides the row.
    window.variantTable()->selectRow(0);
    QVERIFY(window.evidencePanel()->model()->rowCount() > 0);
    f.search = u"no such gene"_s;
    window.filterBar()->setFilter(f);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(window.evidencePanel()->model()->rowCount(), 0);
    // A protein change in any HGVS spelling finds the row the table writes "V600E".
    for (const QString& text : {u"V600E"_s, u"p.V600E"_s, u"p.Val600Glu"_s, u"Val600Glu"_s}) {
        f.search = text;
        window.filterBar()->setFilter(f);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, VariantTableModel::Gene).data().toString(), u"BRAF"_s);
    }
    // Locations: "contig:position prefix" with either contig naming, or a bare position.
    const auto& alterations = window.result()->caseData.alterations;
    const auto onChr7From = [&](const QString& prefix) {
        return std::count_if(alterations.begin(), alterations.end(), [&](const Alteration& a) {
            return canonicalContig(a.chrom) == u"7"_s && QString::number(a.pos).startsWith(prefix);
        });
    };
    for (const QString& text : {u"chr7:140453136"_s, u"7:140453136"_s, u"140453136"_s}) {
        f.search = text;
        window.filterBar()->setFilter(f);
        QCOMPARE(model->rowCount(), 1);
    }
    f.search = u"chr7:14"_s;
    window.filterBar()->setFilter(f);
    QVERIFY(onChr7From(u"14"_s) > 1);
    QCOMPARE(qsizetype(model->rowCount()), qsizetype(onChr7From(u"14"_s)));
    f.search = u"chr7:"_s;
    window.filterBar()->setFilter(f);
    QCOMPARE(qsizetype(model->rowCount()), qsizetype(onChr7From(QString())));
    f = {};
    f.vafMin = 0.9f;
    window.filterBar()->setFilter(f);
    const qsizetype high = std::count_if(alterations.begin(), alterations.end(), [](const Alteration& a) {
        return !a.tumor.hasVaf() || a.tumor.vaf >= 0.9f;
    });
    QCOMPARE(qsizetype(model->rowCount()), high);
    f.vafMin = 0.0f;
    f.ampTiers = {u"III"_s};
    window.filterBar()->setFilter(f);
    QCOMPARE(model->rowCount(), 2718); // the other 595 (intronic, UTR, synonymous, non-coding ...) are not tiered

    // Sorting by tumor VAF, highest first, across the whole case.
    window.filterBar()->setFilter({});
    window.variantTable()->sortByColumn(VariantTableModel::TumorVaf, Qt::DescendingOrder);
    float previous = 2.0f;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Alteration& a = alterations[size_t(model->alterationAt(r))];
        const float vaf = a.tumor.hasVaf() ? a.tumor.vaf : -1.0f;
        QVERIFY(vaf <= previous);
        previous = vaf;
    }
    // Sorting by gene: case-insensitive order, alterations without a gene last.
    window.variantTable()->sortByColumn(VariantTableModel::Gene, Qt::AscendingOrder);
    QString previousGene;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString gene = model->index(r, VariantTableModel::Gene).data().toString();
        if (r > 0 && !gene.isEmpty())
            QVERIFY2(!previousGene.isEmpty() && QString::compare(previousGene, gene, Qt::CaseInsensitive) <= 0,
                     qPrintable(previousGene + u" before "_s + gene));
        previousGene = gene;
    }
    QVERIFY(model->index(0, VariantTableModel::Gene).data().toString().size() > 0);
    // The selection follows its alteration through a re-sort.
    const int braf = rowOf(window, u"BRAF"_s, u"V600E"_s);
    QVERIFY(braf >= 0);
    window.variantTable()->selectRow(braf);
    const qint32 selected = window.selectedAlteration();
    window.variantTable()->sortByColumn(VariantTableModel::Location, Qt::AscendingOrder);
    QCOMPARE(window.selectedAlteration(), selected);
}

void TestReviewDesk::reviewIsStoredAndUndoable()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(prepare(window, &dir));
    QVERIFY(load(window, {maf}));
    const int row = rowOf(window, u"PIK3CA"_s, u"p.E545K"_s);
    QVERIFY(row >= 0);
    window.variantTable()->selectRow(row);
    // Not stored yet: the decision is refused with a message, nothing changes.
    QVERIFY(!window.reviewSelected(Decision::Include));
    const qint64 id = window.saveCaseToDatabase(patient(u"PAT-DESK"_s));
    QVERIFY(id > 0);
    QCOMPARE(window.caseBrowser()->model()->rowCount(), 1); // the patient, with its case

    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    // Nobody said who reviews: the first decision asks (name and role), then is made.
    QSettings().remove(u"identity/name"_s);
    QVERIFY(!window.reviewSelected(Decision::Include, u"alpelisib candidate"_s));
    auto* who = window.findChild<ReviewerDialog*>(u"reviewerDialog"_s);
    QVERIFY(who && who->isVisible());
    who->accept(); // no name: stays open
    QVERIFY(who->isVisible());
    who->nameEdit()->setText(u"Dr. P. Athologist"_s);
    who->roleEdit()->setCurrentText(u"molecular pathologist"_s);
    who->accept();
    QTRY_VERIFY(!window.findChild<ReviewerDialog*>(u"reviewerDialog"_s));
    QCOMPARE(window.findChild<QLabel*>(u"reviewerLabel"_s)->text(),
             u"Reviewer: Dr. P. Athologist (molecular pathologist)"_s);
    auto decision = [&] {
        return window.variantModel()
            ->index(window.variantModel()->rowOf(window.selectedAlteration()), VariantTableModel::Decision)
            .data()
            .toString();
    };
    QCOMPARE(decision(), u"included \u270e"_s); // the pencil: a comment, shown as the tooltip
    const QModelIndex decisionCell = window.variantModel()->index(
        window.variantModel()->rowOf(window.selectedAlteration()), VariantTableModel::Decision);
    QCOMPARE(decisionCell.data(Qt::ToolTipRole).toString(), u"Comment: alpelisib candidate"_s);
    // The evidence panel says it too.
    QCOMPARE(window.evidencePanel()->decisionText(),
             u"<b>Board decision:</b> included \u2013 \u201calpelisib candidate\u201d"_s);
    CaseStore* store = window.reviewController()->store();
    QCOMPARE(store->summary(id)->reviewed, 1);
    QVERIFY2(store->auditTrail(id)->join(u'\n').contains(u"Dr. P. Athologist (molecular pathologist)"_s),
             qPrintable(store->auditTrail(id)->join(u'\n')));
    QVERIFY(window.reviewSelected(Decision::Vus));
    QCOMPARE(decision(), u"VUS"_s);

    QUndoStack* undo = window.reviewController()->undoStack();
    QCOMPARE(undo->count(), 2);
    undo->undo();
    QCOMPARE(decision(), u"included \u270e"_s); // with its comment again
    undo->undo();
    QCOMPARE(decision(), QString());
    QCOMPARE(store->summary(id)->reviewed, 0); // withdrawn in the database too
    undo->redo();
    QCOMPARE(decision(), u"included \u270e"_s);
    QCOMPARE(store->summary(id)->reviewed, 1);
    // Every step is in the audit trail: creation, two decisions, two undos, one redo.
    auto trail = store->auditTrail(id);
    QCOMPARE(trail->size(), 6);
    QVERIFY(store->verifyAudit()->ok());

    // Hide excluded: an excluded alteration leaves the view.
    const int shown = window.variantModel()->rowCount();
    QVERIFY(window.reviewSelected(Decision::Exclude));
    VariantFilter f;
    f.hideExcluded = true;
    window.filterBar()->setFilter(f);
    QCOMPARE(window.variantModel()->rowCount(), shown - 1);
}

void TestReviewDesk::storedCaseReopensWithDecisionsAndEarlierOnes()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(prepare(window, &dir));
    QVERIFY(load(window, {maf}));
    const qint64 first = window.saveCaseToDatabase(patient(u"PAT-7"_s));
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    QVERIFY(window.reviewSelected(Decision::Include, u"first sample"_s));

    // A later sample of the same patient: the earlier decision is offered and taken in one action.
    QVERIFY(load(window, {maf}));
    const qint64 second = window.saveCaseToDatabase(patient(u"PAT-7"_s));
    QVERIFY(second > first);
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    const QString earlier = window.evidencePanel()->earlierDecisionText();
    QVERIFY2(earlier.contains(u"include"_s) && earlier.contains(u"same patient"_s), qPrintable(earlier));
    QVERIFY(window.reviewController()->acceptEarlierDecision(window.selectedAlteration()));

    // Reopening the first case from the case list restores its decisions.
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openStoredCase(first);
    QVERIFY(loaded.wait(60000));
    QVERIFY(loaded.front().front().toBool());
    QCOMPARE(window.reviewController()->currentCase(), first);
    const int row = rowOf(window, u"PIK3CA"_s, u"p.E545K"_s);
    QCOMPARE(window.variantModel()->index(row, VariantTableModel::Decision).data().toString(), u"included \u270e"_s);
    QCOMPARE(window.variantModel()->index(row, VariantTableModel::Decision).data(Qt::ToolTipRole).toString(),
             u"Comment: first sample"_s); // the stored comment, with the stored decision
    QCOMPARE(window.variantModel()->index(row, VariantTableModel::AmpTier).data().toString(), u"I-A"_s);
    QVERIFY(window.windowTitle().contains(u"Case %1"_s.arg(first)));
}

void TestReviewDesk::finalCaseRefusesReview()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(prepare(window, &dir));
    QVERIFY(load(window, {maf}));
    QVERIFY(window.saveCaseToDatabase(patient(u"PAT-F"_s)) > 0);
    ReviewController* review = window.reviewController();
    QVERIFY(sign(window, CaseState::Preliminary));
    // Signing needs the signer's role, from the identity settings, and the signer's key.
    QSettings().remove(u"identity/role"_s);
    QVERIFY(!sign(window, CaseState::Final));
    QSettings().setValue(u"identity/role"_s, u"molecular pathologist"_s);
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    QVERIFY(!review->setState(CaseState::Final, **kb, nullptr));
    QVERIFY(sign(window, CaseState::Final));
    QVERIFY(review->isFinal());
    const auto* banner = window.findChild<QLabel*>(u"caseBanner"_s);
    QVERIFY(banner && !banner->isHidden());
    QVERIFY2(banner->text().contains(u"<b>FINAL</b>"_s) && banner->text().contains(u"signed by"_s),
             qPrintable(banner->text()));
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    QVERIFY(!window.reviewSelected(Decision::Exclude));
    // Refused actions say why: the key E, undo and redo on the locked case.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.reviewSelected(Decision::Exclude));
    auto refusal = [&window] {
        const auto* note = window.findChild<QLabel*>(u"refusalNote"_s);
        return note && !note->isHidden() ? note->text() : QString();
    };
    QVERIFY2(refusal().contains(u"final and locked (signed by"_s), qPrintable(refusal()));
    QVERIFY(refusal().contains(u"Amend"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"final and locked"_s));
    for (const char* name : {"actionExclude", "actionUndo", "actionRedo"}) {
        window.statusBar()->clearMessage();
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY2(window.statusBar()->currentMessage().contains(u"final and locked"_s), name);
    }
    QCOMPARE(window.variantModel()
                 ->index(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s), VariantTableModel::Decision)
                 .data()
                 .toString(),
             QString());

    // Amending asks for the reason and does not go on without one.
    const qint64 signedCase = review->currentCase();
    auto* amend = window.findChild<QAction*>(u"actionAmend"_s);
    QVERIFY(amend && amend->isEnabled());
    amend->trigger();
    auto* ask = window.findChild<QInputDialog*>(u"amendDialog"_s);
    QVERIFY(ask && ask->isVisible());
    QPushButton* ok = ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    ask->setTextValue(u"   "_s);
    QVERIFY(!ok->isEnabled());
    ask->setTextValue(u"HER2 status corrected"_s);
    QVERIFY(ok->isEnabled());
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    ok->click();
    QVERIFY(loaded.wait(60000));
    QVERIFY(review->currentCase() > signedCase);
    QVERIFY(!review->isFinal());
    QVERIFY(!window.windowTitle().contains(u"SUPERSEDED"_s));
    QVERIFY2(banner->text().contains(u"amending version 1"_s), qPrintable(banner->text()));
    // The signed version, reopened, says it is superseded: in the title and over the table.
    window.openStoredCase(signedCase);
    QVERIFY(loaded.wait(60000));
    QVERIFY2(window.windowTitle().contains(u"SUPERSEDED"_s), qPrintable(window.windowTitle()));
    QVERIFY2(banner->text().contains(u"<b>SUPERSEDED</b>"_s) && banner->text().contains(u"version 2 amends it"_s),
             qPrintable(banner->text()));
    QSettings().remove(u"identity/role"_s);
}

void TestReviewDesk::presentationModeShowsActionableFindings()
{
    MainWindow window;
    QVERIFY(prepare(window));
    QVERIFY(load(window, {maf}));
    int actionable = 0;
    for (const AlterationCall& c : window.result()->calls)
        actionable += c.amp.tier.startsWith(u"I-") || c.amp.tier.startsWith(u"II-");
    QVERIFY(actionable > 1);
    window.show();
    window.setPresentationMode(true);
    QVERIFY(window.presentationMode());
    PresentationView* view = window.presentationView();
    QCOMPARE(view->findings().size(), actionable);
    QCOMPARE(view->current(), 0);
    // Strongest first: the first finding is Tier I.
    QVERIFY(window.result()->callFor(view->findings().front())->amp.tier.startsWith(u"I-"));
    QVERIFY(view->text().contains(u"Finding 1 of %1"_s.arg(actionable)));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->current(), 1);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->current(), 0);
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!window.presentationMode());
}

void TestReviewDesk::modelsPassTheModelTester()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(prepare(window, &dir));
    QAbstractItemModelTester variants(window.variantModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester evidence(window.evidencePanel()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester cases(window.caseBrowser()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(window, {maf}));
    QVERIFY(window.saveCaseToDatabase(patient(u"PAT-M"_s)) > 0);
    for (int column : {int(VariantTableModel::Gene), int(VariantTableModel::TumorVaf), int(VariantTableModel::Flags)})
        window.variantTable()->sortByColumn(column, Qt::DescendingOrder);
    VariantFilter f;
    f.consequences = {u"truncating"_s};
    window.filterBar()->setFilter(f);
    QVERIFY(window.variantModel()->rowCount() > 0);
    for (int r = 0; r < window.variantModel()->rowCount(); ++r) {
        window.variantTable()->selectRow(r);
        QCOMPARE(consequenceGroup(window.result()->caseData.alterations[size_t(window.selectedAlteration())]),
                 u"truncating"_s);
    }
    window.filterBar()->setFilter({});
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    QVERIFY(window.reviewSelected(Decision::Vus));
    // An alteration the case database does not keep (intronic: its change in the transcript only)
    // cannot be reviewed.
    int intronic = -1;
    for (int r = 0; r < window.variantModel()->rowCount() && intronic < 0; ++r)
        if (window.variantModel()->index(r, VariantTableModel::Gene).data().toString() == u"MTOR"_s
            && window.variantModel()->index(r, VariantTableModel::ProteinChange).data().toString().startsWith(u"c."_s))
            intronic = r;
    QVERIFY(intronic >= 0);
    window.variantTable()->selectRow(intronic);
    QVERIFY(!window.reviewSelected(Decision::Vus));
}

void TestReviewDesk::igvLinkSendsGotoAndReportsNoIgv()
{
    // A stand-in for IGV's batch port: reads one command, answers OK.
    QTcpServer igv;
    QVERIFY(igv.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&igv, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* s = igv.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &received] {
            received += s->readAll();
            if (received.endsWith('\n'))
                s->write("OK\n");
        });
    });
    IgvLink link(nullptr, igv.serverPort());
    QSignalSpy done(&link, &IgvLink::finished);
    link.gotoLocus(u"7:140453136"_s);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.front().at(0).toBool(), true);
    QCOMPARE(received, QByteArray("goto 7:140453136\n"));

    const quint16 port = igv.serverPort();
    igv.close();
    IgvLink none(nullptr, port);
    QSignalSpy failed(&none, &IgvLink::finished);
    none.gotoLocus(u"7:140453136"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.front().at(0).toBool(), false);
    QVERIFY(failed.front().at(1).toString().contains(u"does not answer on port"_s));
}

void TestReviewDesk::planFromDroppedEvidenceUndoAndSignOff()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(prepare(window, &dir));
    QVERIFY(load(window, {maf}));
    PlanPanel* plan = window.planPanel();
    // Without a stored case there is nothing to plan in.
    QVERIFY(plan->isReadOnly());
    QVERIFY(!plan->addFromEvidence(0, 0));
    const qint64 caseId = window.saveCaseToDatabase(patient(u"PAT-PLAN"_s));
    QVERIFY(caseId > 0);
    QVERIFY(!plan->isReadOnly());
    QVERIFY(plan->undoStack());

    // Drag the first evidence item of PIK3CA p.E545K from the evidence panel onto the plan.
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    EvidenceTableModel* evidence = window.evidencePanel()->model();
    QVERIFY(evidence->rowCount() > 0);
    std::unique_ptr<QMimeData> dragged(evidence->mimeData({evidence->index(0, 0)}));
    QVERIFY(dragged);
    QSignalSpy messages(plan, &PlanPanel::message);
    // As a drag does: enter (the panel accepts evidence), then drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plan, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plan, &drop);
    QVERIFY2(messages.isEmpty(), messages.isEmpty() ? "" : qPrintable(messages.front().front().toString()));
    CaseStore* store = window.reviewController()->store();
    auto stored = store->plan(caseId);
    QVERIFY(stored);
    QCOMPARE(stored->items.size(), 1);
    const EvidenceItem* item = evidence->evidenceAt(0);
    QCOMPARE(stored->items.front().evidence, QStringList{item->kb.source + u':' + item->displayId});
    QCOMPARE(stored->items.front().alterations, QStringList{u"PIK3CA:p.E545K"_s});
    QCOMPARE(plan->tree()->topLevelItemCount(), 2); // the group and its item
    // Edit > Undo now undoes the plan's change.
    auto* undoAction = window.findChild<QAction*>(u"actionUndo"_s);
    QVERIFY(undoAction && undoAction->isEnabled());
    QVERIFY2(undoAction->text().contains(u"Add"_s), qPrintable(undoAction->text()));

    // The board's details; undo and redo through the plan's stack.
    // Dates are picked (a calendar), shown in the locale's format and stored as ISO dates; an
    // unset follow-up stays empty. Nothing typed is lost when the details are saved.
    QVERIFY(!plan->meetingDateEdit()->isSet() && !plan->followUpEdit()->isSet());
    plan->meetingDateEdit()->setDate(QDate(2026, 11, 26));
    QVERIFY(plan->meetingDateEdit()->text().contains(u"2026"_s));
    plan->participantsEdit()->setText(u"Dr. A, Dr. B"_s);
    plan->conclusionEdit()->setPlainText(u"Alpelisib with fulvestrant at progression."_s);
    QVERIFY(plan->applyDetails());
    QCOMPARE(store->plan(caseId)->details.participants, (QStringList{u"Dr. A"_s, u"Dr. B"_s}));
    QCOMPARE(store->plan(caseId)->details.meetingDate, u"2026-11-26"_s);
    QVERIFY(store->plan(caseId)->details.followUp.isEmpty());
    QCOMPARE(plan->meetingDateEdit()->isoDate(), u"2026-11-26"_s);
    QCOMPARE(plan->participantsEdit()->text(), u"Dr. A, Dr. B"_s);
    QCOMPARE(plan->conclusionEdit()->toPlainText(), u"Alpelisib with fulvestrant at progression."_s);
    // Delete with the whole date selected leaves it not set again.
    plan->meetingDateEdit()->setFocus();
    plan->meetingDateEdit()->selectAll();
    QTest::keyClick(plan->meetingDateEdit(), Qt::Key_Delete);
    QVERIFY(!plan->meetingDateEdit()->isSet());
    QCOMPARE(plan->meetingDateEdit()->isoDate(), QString());
    plan->meetingDateEdit()->setIsoDate(u"2026-11-26"_s);
    plan->undoStack()->undo();
    QVERIFY(store->plan(caseId)->details.conclusion.isEmpty());
    QVERIFY(plan->conclusionEdit()->toPlainText().isEmpty());
    plan->undoStack()->undo();
    QVERIFY(store->plan(caseId)->items.isEmpty());
    plan->undoStack()->redo();
    QCOMPARE(store->plan(caseId)->items.size(), 1);

    // The board sees the recommendation with its finding in presentation mode.
    const qint32 pik3ca = window.selectedAlteration();
    window.show();
    window.setPresentationMode(true);
    PresentationView* view = window.presentationView();
    const qsizetype at = view->findings().indexOf(pik3ca);
    QVERIFY(at >= 0);
    view->showFinding(int(at));
    QVERIFY2(view->text().contains(store->plan(caseId)->items.front().title), qPrintable(view->text()));
    window.setPresentationMode(false);

    // Signed final: the plan is read-only, a drop is refused and says why.
    QSettings().setValue(u"identity/role"_s, u"molecular pathologist"_s);
    QVERIFY(sign(window, CaseState::Preliminary));
    QVERIFY(sign(window, CaseState::Final));
    // Review > Verify Signatures: the same check as the command line's.
    const auto verifiedHere = window.verifySignatures();
    QVERIFY(verifiedHere);
    QVERIFY2(verifiedHere->ok(), qPrintable(verifiedHere->toText()));
    QCOMPARE(verifiedHere->signatures.size(), 2);
    QVERIFY(window.findChild<QAction*>(u"actionVerifySignatures"_s)->isEnabled());
    QVERIFY(plan->isReadOnly());
    QCOMPARE(plan->undoStack()->count(), 0);
    auto refused = plan->addFromEvidence(window.selectedAlteration(), evidence->matchAt(0)->evidence);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"final"_s));
    QCOMPARE(store->plan(caseId)->items.size(), 1);

    // File > Export Report, on a worker thread: the signed case with its plan.
    QSignalSpy exported(&window, &MainWindow::reportExported);
    const QString json = dir.filePath(u"report.json"_s);
    QVERIFY(window.exportReport(json, MainWindow::ReportFormat::Json));
    QVERIFY(!window.exportReport(json, MainWindow::ReportFormat::Json)); // one at a time
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.front().at(1).toString(), QString());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(u"case"_s).toObject().value(u"state"_s).toString(), u"final"_s);
    QCOMPARE(doc.value(u"plan"_s).toObject().value(u"items"_s).toArray().size(), 1);
    // The report the window exports carries both signatures, and they verify against its content.
    QCOMPARE(doc.value(u"signatures"_s).toArray().size(), 2);
    file.seek(0);
    const QByteArray exportedJson = file.readAll();
    const Verification verified = CaseSignOff::verifyReport(exportedJson, json, nullptr);
    QVERIFY2(verified.ok(), qPrintable(verified.toText()));
    const QString pdf = dir.filePath(u"report.pdf"_s);
    QVERIFY(window.exportReport(pdf, MainWindow::ReportFormat::Pdf));
    QVERIFY(exported.wait(60000));
    QVERIFY(QFileInfo(pdf).size() > 10000);

    // Review > Amend: a new draft version with the plan, opened in place and editable.
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    // Amending is a signer's (the role from the identity settings).
    const qint64 amended = window.amendCase(u"a trial opened"_s);
    QVERIFY(amended > caseId);
    QSettings().remove(u"identity/role"_s);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(window.reviewController()->currentCase(), amended);
    QVERIFY(!plan->isReadOnly());
    QCOMPARE(store->plan(amended)->items.size(), 1);
    QCOMPARE(window.amendCase(u"again"_s), 0); // a draft is edited, not amended
    QVERIFY(store->summary(caseId)->superseded);
}

void TestReviewDesk::bundleOfAnotherPatientWithTheSamePseudonymAsks()
{
    // Hospital A's PAT-7 arrives as a bundle at hospital B, whose own PAT-7 is another person.
    QTemporaryDir a;
    QTemporaryDir b;
    const QString bundle = a.filePath(u"pat7.json"_s);
    {
        MainWindow window;
        QVERIFY(prepare(window, &a));
        QVERIFY(load(window, {maf}));
        const qint64 id = window.saveCaseToDatabase(patient(u"PAT-7"_s));
        QVERIFY(id > 0);
        auto store = CaseStore::open(a.filePath(u"cases.sqlite"_s), CaseStore::Mode::ReadOnly);
        QVERIFY(store);
        QVERIFY(CaseBundle::exportCase(**store, id, bundle));
    }
    MainWindow window;
    QVERIFY(prepare(window, &b));
    QVERIFY(load(window, {maf}));
    QVERIFY(window.saveCaseToDatabase(patient(u"PAT-7"_s)) > 0);

    // Cancelled: nothing imported.
    window.importBundle(bundle);
    auto* ask = window.findChild<QInputDialog*>(u"bundlePseudonymDialog"_s);
    QVERIFY(ask);
    QVERIFY2(ask->labelText().contains(u"PAT-7 is another person"_s), qPrintable(ask->labelText()));
    ask->reject();
    QTRY_COMPARE(window.statusBar()->currentMessage(), u"Not imported"_s);
    // Named: imported as a patient of its own, the local PAT-7 untouched. Opened as a double-click
    // hands it over (the bundle's file type opens OncoBoard): it is imported, not read as case files.
    window.openFiles({bundle});
    QTRY_VERIFY(window.findChildren<QInputDialog*>(u"bundlePseudonymDialog"_s).size() == 1);
    ask = window.findChild<QInputDialog*>(u"bundlePseudonymDialog"_s);
    ask->setTextValue(u"PAT-7-A"_s);
    ask->accept();
    QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(u"Imported case"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    auto store = CaseStore::open(b.filePath(u"cases.sqlite"_s), CaseStore::Mode::ReadOnly);
    QVERIFY(store);
    auto cases = (*store)->cases();
    QVERIFY(cases);
    QStringList patients;
    for (const auto& c : *cases)
        patients << c.patient;
    patients.sort();
    QCOMPARE(patients, QStringList({u"PAT-7"_s, u"PAT-7-A"_s}));
}

void TestReviewDesk::nothingOfThePreviousCaseStaysInView()
{
    // Patient A's stored case with the board's details and a filter on the table ...
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(prepare(window, &dir));
    QVERIFY(load(window, {maf}));
    const qint64 a = window.saveCaseToDatabase(patient(u"PAT-A"_s));
    QVERIFY(a > 0);
    PlanPanel* plan = window.planPanel();
    plan->meetingDateEdit()->setIsoDate(u"2026-12-12"_s);
    plan->participantsEdit()->setText(u"Dr. A"_s);
    plan->conclusionEdit()->setPlainText(u"Alpelisib for patient A."_s);
    QVERIFY(plan->applyDetails());
    window.caseBrowser()->view()->setCurrentIndex(window.caseBrowser()->view()->model()->index(0, 0));
    VariantFilter f;
    f.genes = {u"NOSUCHGENE"_s};
    window.filterBar()->setFilter(f);
    QCOMPARE(window.variantModel()->rowCount(), 0);
    QVERIFY2(window.filterBar()->shownText().startsWith(u"0 of "_s), qPrintable(window.filterBar()->shownText()));

    // ... then patient B from files: none of A's board, selection or filter remains.
    QVERIFY(load(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test.maf")}));
    QCOMPARE(window.reviewController()->currentCase(), 0);
    QVERIFY(!plan->meetingDateEdit()->isSet());
    QVERIFY(plan->participantsEdit()->text().isEmpty());
    QVERIFY(plan->conclusionEdit()->toPlainText().isEmpty());
    QVERIFY(window.caseBrowser()->view()->selectionModel()->selectedIndexes().isEmpty());
    QVERIFY(window.filterBar()->filter().isEmpty());
    QVERIFY2(window.variantModel()->rowCount() > 0,
             qPrintable(u"%1 of %2; %3"_s.arg(window.variantModel()->rowCount())
                            .arg(window.variantModel()->totalCount())
                            .arg(window.filterBar()->shownText())));
    QCOMPARE(window.filterBar()->shownText(), u"%L1 shown"_s.arg(window.variantModel()->totalCount()));
    // Reopening A shows A's board again.
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openStoredCase(a);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(plan->meetingDateEdit()->isoDate(), u"2026-12-12"_s);
    QCOMPARE(plan->conclusionEdit()->toPlainText(), u"Alpelisib for patient A."_s);
}

void TestReviewDesk::planDialogPicksAlterationsAndKeepsInput()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(prepare(window, &dir));
    QVERIFY(load(window, {maf}));
    const qint64 id = window.saveCaseToDatabase(patient(u"PAT-PLAN"_s));
    QVERIFY(id > 0);
    PlanPanel* plan = window.planPanel();
    // The case's alterations to pick from, Tier I first.
    const QList<PlanItemDialog::Choice> choices = plan->alterationChoices();
    QVERIFY(!choices.isEmpty());
    QCOMPARE(choices.front().reference, u"PIK3CA:p.E545K"_s);
    QVERIFY2(choices.front().label.contains(u"AMP I-A"_s), qPrintable(choices.front().label));

    // Add > Further diagnostics: only a diagnostic step's fields; an alteration picked from the list.
    // Checked inside the modal dialog; a problem closes it, so that the test never waits on it.
    QStringList problems;
    bool reached = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = window.findChild<PlanItemDialog*>(u"planItemDialog"_s);
        if (!dialog) {
            problems << u"no dialog"_s;
            return;
        }
        reached = true;
        auto* filter = dialog->findChild<QLineEdit*>(u"planAlterationFilter"_s);
        auto* list = dialog->findChild<QListWidget*>(u"planAlterations"_s);
        if (!filter || !list) {
            problems << u"no alteration list"_s;
            dialog->reject();
            return;
        }
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
            if ((e->placeholderText().startsWith(u"Encorafenib, Cetuximab"_s)
                 || e->placeholderText() == u"NCT02928224"_s)
                && e->isVisibleTo(dialog))
                problems << u"a therapy or trial field on a diagnostic step"_s;
        // Accepted without a title, the dialog stays open and says why.
        dialog->accept();
        if (!dialog->isVisible() || dialog->error() != u"Name the therapy, the trial or the diagnostic step."_s)
            problems << u"an empty title was not refused in the dialog: "_s + dialog->error();
        filter->setText(u"PIK3CA"_s);
        for (int r = 0; r < list->count(); ++r)
            if (!list->item(r)->isHidden() && !list->item(r)->text().contains(u"PIK3CA"_s))
                problems << u"the filter kept "_s + list->item(r)->text();
        if (list->count() == 0 || list->item(0)->data(Qt::UserRole).toString() != u"PIK3CA:p.E545K"_s) {
            problems << u"PIK3CA:p.E545K is not first"_s;
            dialog->reject();
            return;
        }
        list->item(0)->setCheckState(Qt::Checked);
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
            if (e->placeholderText().startsWith(u"Germline testing"_s))
                e->setText(u"RNA fusion panel"_s);
        dialog->accept();
        if (dialog->isVisible()) {
            problems << u"refused: "_s + dialog->error();
            dialog->reject();
        }
    });
    window.findChild<QAction*>(u"actionAddDiagnostic"_s)->trigger();
    QVERIFY(reached);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    auto stored = window.reviewController()->store()->plan(id);
    QVERIFY(stored);
    QCOMPARE(stored->items.size(), 1);
    QCOMPARE(stored->items.front().kind, PlanItemKind::Diagnostic);
    QCOMPARE(stored->items.front().alterations, QStringList{u"PIK3CA:p.E545K"_s});
    QVERIFY(stored->items.front().therapies.isEmpty());
}

void TestReviewDesk::refusalsSayWhy()
{
    MainWindow window;
    QVERIFY(prepare(window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto trigger = [&window](const char* name) {
        window.statusBar()->clearMessage();
        window.findChild<QAction*>(QString::fromLatin1(name))->trigger();
        return window.statusBar()->currentMessage();
    };
    // No case: nothing to export (no file dialog first), nothing to undo.
    QVERIFY(trigger("actionExportReport").startsWith(u"Nothing to export"_s));
    QVERIFY(trigger("actionUndo").startsWith(u"Nothing to undo"_s));
    QVERIFY(trigger("actionRedo").startsWith(u"Nothing to redo"_s));
    QVERIFY(!window.findChild<QLabel*>(u"refusalNote"_s)->isHidden());
    // A case read from files and not saved: a decision asks for the case database first.
    QVERIFY(load(window, {maf}));
    window.variantTable()->selectRow(rowOf(window, u"PIK3CA"_s, u"p.E545K"_s));
    QVERIFY(trigger("actionInclude").contains(u"save the case"_s, Qt::CaseInsensitive));
}

void TestReviewDesk::copyNumberRowsReadAsWhatTheyAre()
{
    QTemporaryDir dir;
    const QString cna = dir.filePath(u"calls.tsv"_s);
    QFile f(cna);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Tumor_Sample_Barcode\tHugo_Symbol\tCopy_Number_Alteration\nS1\tERBB2\t2\nS1\tCDKN2A\t-2\n");
    f.close();
    MainWindow window;
    QVERIFY(prepare(window));
    QVERIFY(load(window, {cna}));
    QAbstractItemModel* model = window.variantTable()->model();
    QStringList changes;
    for (int r = 0; r < model->rowCount(); ++r)
        changes << model->index(r, VariantTableModel::Gene).data().toString() + u' '
                       + model->index(r, VariantTableModel::ProteinChange).data().toString();
    changes.sort();
    QCOMPARE(changes, (QStringList{u"CDKN2A deep deletion"_s, u"ERBB2 amplification"_s}));
    VariantFilter f2;
    f2.search = u"amplification"_s;
    window.filterBar()->setFilter(f2);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, VariantTableModel::Gene).data().toString(), u"ERBB2"_s);
    // Discrete calls carry no copy number: those columns stay hidden, no Location like ":0 >".
    QVERIFY(window.variantTable()->isColumnHidden(VariantTableModel::CopyNumber));
    QVERIFY(window.variantTable()->isColumnHidden(VariantTableModel::Log2Ratio));
    QCOMPARE(model->index(0, VariantTableModel::Location).data().toString(), QString());
    QCOMPARE(model->headerData(VariantTableModel::ProteinChange, Qt::Horizontal).toString(), u"Alteration"_s);

    // Segments with log2 ratios (GRCh37): ERBB2's amplified segment gives its log2 ratio.
    const QString seg = dir.filePath(u"tumor.seg"_s);
    QFile s(seg);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean\n"
            "S1\t17\t37000000\t38000000\t120\t2.31\n"
            "S1\t17\t38000001\t40000000\t200\t0.02\n"
            "S1\t9\t21900000\t22000000\t30\t-2.10\n");
    s.close();
    auto* genome = window.findChild<QComboBox*>(u"genomeCombo"_s);
    QVERIFY(genome);
    genome->setCurrentIndex(genome->findData(int(GenomeBuild::GRCh37)));
    QVERIFY(load(window, {seg}));
    QVERIFY(!window.variantTable()->isColumnHidden(VariantTableModel::Log2Ratio));
    const int erbb2 = rowOf(window, u"ERBB2"_s, u"amplification"_s);
    QVERIFY(erbb2 >= 0);
    QCOMPARE(model->index(erbb2, VariantTableModel::Log2Ratio).data().toString(), u"2.31"_s);
    // A gene's call is gene-level: no made-up position (the segment is in the profile).
    QCOMPARE(model->index(erbb2, VariantTableModel::Location).data().toString(), QString());
    const int cdkn2a = rowOf(window, u"CDKN2A"_s, u"deep deletion"_s);
    QVERIFY(cdkn2a >= 0);
    QCOMPARE(model->index(cdkn2a, VariantTableModel::Log2Ratio).data().toString(), u"-2.10"_s);
    // Sorted by log2 ratio, the deletion comes first, the amplification last.
    window.variantTable()->sortByColumn(VariantTableModel::Log2Ratio, Qt::AscendingOrder);
    QCOMPARE(model->index(0, VariantTableModel::Gene).data().toString(), u"CDKN2A"_s);

    // Stored and opened again from the case database, the profile has the same segments.
    QVERIFY(window.openCaseDatabase(dir.filePath(u"cases.sqlite"_s)));
    const qint64 id = window.saveCaseToDatabase(patient(u"PAT-CNA"_s));
    QVERIFY(id > 0);
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openStoredCase(id);
    QVERIFY(loaded.wait(60000));
    QTRY_COMPARE(window.plotsPanel()->copyNumberProfile()->segments().size(), size_t(3));
    QCOMPARE(
        model->index(rowOf(window, u"ERBB2"_s, u"amplification"_s), VariantTableModel::Log2Ratio).data().toString(),
        u"2.31"_s);

    // Presented to the board: the amplification on the copy-number profile, titled once, and the
    // case's state over it.
    window.show();
    window.setPresentationMode(true);
    PresentationView* view = window.presentationView();
    qsizetype at = -1;
    for (qsizetype k = 0; k < view->findings().size(); ++k)
        if (VariantTableModel::geneOf(*window.result(), view->findings()[k]) == u"ERBB2"_s)
            at = k;
    QVERIFY(at >= 0);
    view->showFinding(int(at));
    QVERIFY2(view->text().startsWith(u"ERBB2 amplification\n"_s), qPrintable(view->text()));
    QCOMPARE(view->findChild<PlotsPanel*>()->currentPlot(), PlotsPanel::Plot::CopyNumber);
    QCOMPARE(view->caseState(), u"DRAFT \u2013 case %1, version 1, not signed"_s.arg(id));
    window.setPresentationMode(false);
}

void TestReviewDesk::patientIdentifiersAreEnteredSealed()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(prepare(window, &dir));
    QVERIFY(load(window, {maf}));
    QVERIFY(window.saveCaseToDatabase(patient(u"PAT-ID"_s)) > 0);
    auto* action = window.findChild<QAction*>(u"actionPatientIdentity"_s);
    QVERIFY(action);
    const QString passphrase = u"room 3, every Tuesday"_s;
    // File > Patient Identifiers: a new database asks for its passphrase twice; a mismatch keeps
    // the dialog open and says why, then the identifiers are stored.
    QStringList seen;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = window.findChild<PatientIdentityDialog*>(u"patientIdentityDialog"_s);
        if (!dialog) {
            seen << u"no dialog"_s;
            return;
        }
        if (!dialog->repeatEdit()->isVisibleTo(dialog))
            seen << u"no repeated passphrase for a new key"_s;
        dialog->nameEdit()->setText(u"Erika Mustermann"_s);
        dialog->birthDateEdit()->setText(u"1961-08-12"_s);
        dialog->recordNumberEdit()->setText(u"MRN-0042"_s);
        dialog->passphraseEdit()->setText(passphrase);
        dialog->repeatEdit()->setText(u"room 3, every Tuesday."_s);
        dialog->accept();
        auto* problem = dialog->findChild<QLabel*>(u"identityProblem"_s);
        if (!dialog->isVisible() || !problem || !problem->text().contains(u"differ"_s))
            seen << u"a mismatched passphrase was taken"_s;
        dialog->repeatEdit()->setText(passphrase);
        dialog->accept();
        if (dialog->isVisible()) {
            seen << u"not accepted: "_s + (problem ? problem->text() : QString());
            dialog->reject();
        }
    });
    action->trigger();
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u"; "_s)));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"sealed"_s),
             qPrintable(window.statusBar()->currentMessage()));

    // Another workstation opens the database: sealed without the passphrase, readable with it.
    {
        auto other = CaseStore::open(dir.filePath(u"cases.sqlite"_s));
        QVERIFY(other);
        QCOMPARE((*other)->identityAccess(), CaseStore::IdentityAccess::Locked);
        QVERIFY(!(*other)->patientIdentity(u"PAT-ID"_s));
        QVERIFY((*other)->unlockIdentities(passphrase));
        const auto identity = *(*other)->patientIdentity(u"PAT-ID"_s);
        QVERIFY(identity);
        QCOMPARE(identity->name, u"Erika Mustermann"_s);
        QCOMPARE(identity->recordNumber, u"MRN-0042"_s);
    }
    // Opened again in this window (the key at hand): the stored values are shown, which the audit
    // chain records.
    QString shownName;
    QTimer::singleShot(0, this, [&] {
        if (auto* dialog = window.findChild<PatientIdentityDialog*>(u"patientIdentityDialog"_s)) {
            shownName = dialog->nameEdit()->text();
            dialog->reject();
        }
    });
    action->trigger();
    QCOMPARE(shownName, u"Erika Mustermann"_s);
    auto trail = window.reviewController()->store()->auditTrail(window.reviewController()->currentCase());
    QVERIFY(trail);
    QVERIFY(trail->last().contains(u"identity.disclosed"_s));
    QVERIFY(!trail->join(u'\n').contains(u"Mustermann"_s));
}

QTEST_MAIN(TestReviewDesk)
#include "tst_ReviewDesk.moc"
