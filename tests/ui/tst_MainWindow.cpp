#include "AnnotationJob.h"
#include "MainWindow.h"
#include "TestConfig.h"
#include "dialogs/InputIssuesDialog.h"
#include "dialogs/KnowledgeBaseDialog.h"
#include "dialogs/LocalEvidenceDialog.h"
#include "dialogs/SampleRoleDialog.h"
#include "models/EvidenceTableModel.h"
#include "models/VariantTableModel.h"
#include "widgets/EvidencePanel.h"
#include "widgets/PharmacogenomicsPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDemoCaseAndShowsEvidence();
    void brokenFileShowsErrorAndKeepsCase();
    void modelsPassTheModelTester();
    void asksWhichSampleIsTheTumor();
    void asksForThePatientsSampleInACohortTable();
    void listsInputIssues();
    void knowledgeBaseDialogImportsChoosesAndReannotates();
    void localEvidenceDialogRefusesThenAdds();
    void retiredTumorTypeCodeIsAccepted();
    void panelSizeGivesATmbEstimate();
    void genomeBuildChosenInTheWindowPredictsGenes();
    void referenceGenomeFromTheSettings();
    void firstRunIsMaximisedAndACarriedTumorTypeIsSaid();

private:
    bool loadAndWait(MainWindow& window, const QStringList& files);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<AnnotationOutcome>();
}

bool TestMainWindow::loadAndWait(MainWindow& window, const QStringList& files)
{
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openFiles(files);
    if (!loaded.wait(120000))
        return false;
    return loaded.front().front().toBool();
}

void TestMainWindow::opensDemoCaseAndShowsEvidence()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"COAD"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_DEMO_VCF)}));

    QTableView* table = window.variantTable();
    QCOMPARE(table->model()->rowCount(), 3317);
    QVERIFY(window.windowTitle().contains(u"COAD"_s));

    // Sorted by best level: the first row has the strongest evidence (BRAF V600E: the FDA approvals
    // for BRAF V600 mutations, matched at codon 600 of the predicted BRAF missense change).
    const QModelIndex first = table->model()->index(0, VariantTableModel::BestLevel);
    QCOMPARE(first.data().toString(), u"FDA"_s);
    // Sorted by AMP tier: BRAF V600E is Tier I-A in colon adenocarcinoma, then the Tier II-C calls on
    // predicted truncations (TP53, NF1, CHEK2); the heterozygous DPYD*2A is a pharmacogenomic allele,
    // not a tier.
    QCOMPARE(table->model()->index(0, VariantTableModel::AmpTier).data().toString(), u"I-A"_s);
    QCOMPARE(table->model()->index(1, VariantTableModel::AmpTier).data().toString(), u"II-C"_s);
    // The pharmacogenomics section shows the DPYD genotype with its CPIC recommendation.
    PharmacogenomicsPanel* pgx = window.pharmacogenomicsPanel();
    QCOMPARE(pgx->findingCount(), 1);
    QVERIFY2(pgx->text().contains(u"Intermediate Metabolizer"_s), qPrintable(pgx->text()));
    QVERIFY(pgx->text().contains(u"heterozygous"_s));
    QVERIFY(pgx->text().contains(u"fluorouracil"_s));
    QVERIFY(table->model()->index(0, VariantTableModel::AmpTier).data(Qt::ToolTipRole).toString().contains(u"EID"_s));

    // Selecting the BRAF row fills the evidence panel.
    int brafRow = -1;
    for (int r = 0; r < table->model()->rowCount() && brafRow < 0; ++r)
        if (table->model()->index(r, VariantTableModel::Location).data().toString().startsWith(u"7:140453136"_s))
            brafRow = r;
    QVERIFY(brafRow >= 0);
    QCOMPARE(table->model()->index(brafRow, VariantTableModel::Gene).data().toString(), u"BRAF"_s);
    table->selectRow(brafRow);
    EvidencePanel* panel = window.evidencePanel();
    QVERIFY(panel->model()->rowCount() > 50);
    // Evidence for this tumor type first: the level-A colorectal item (encorafenib + cetuximab),
    // before the melanoma items.
    QCOMPARE(panel->model()->index(0, EvidenceTableModel::Id).data().toString(), u"EID9851"_s);
    QCOMPARE(panel->model()->index(0, EvidenceTableModel::Relation).data().toString(), u"broader"_s);
    // On-label items that support come before those that do not, and both before off-label ones.
    {
        int stage = 0; // 0 supports on-label, 1 does not support on-label, 2 off-label
        int doesNotSupport = 0;
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            const QString relation = panel->model()->index(row, EvidenceTableModel::Relation).data().toString();
            const QString direction = panel->model()->index(row, EvidenceTableModel::Direction).data().toString();
            const bool onLabel = relation == u"same" || relation == u"broader" || relation == u"narrower";
            const int here = onLabel ? (direction == u"Supports" ? 0 : 1) : 2;
            QVERIFY2(here >= stage, qPrintable(u"row %1: %2 %3"_s.arg(row).arg(relation, direction)));
            stage = here;
            doesNotSupport += direction != u"Supports";
        }
        QVERIFY(doesNotSupport > 0);
    }
    QVERIFY(panel->detailText().contains(u"Encorafenib"_s));
    QVERIFY(panel->detailText().contains(u"evidence in a broader tumor type"_s));
    QVERIFY(!panel->detailText().contains(u"evidence_broader"_s));
    QVERIFY(panel->detailText().contains(u"GRCh37 allele"_s));
    // The panel names the tiers and, per item, how its disease relates to colon adenocarcinoma.
    QVERIFY(panel->detailText().contains(u"Tumor type:"_s));
    QVERIFY(panel->detailText().contains(u"COAD (Colon Adenocarcinoma)"_s));

    // An alteration without evidence says so.
    const int lastRow = table->model()->rowCount() - 1;
    table->selectRow(lastRow);
    QCOMPARE(panel->model()->rowCount(), 0);
}

void TestMainWindow::brokenFileShowsErrorAndKeepsCase()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"COAD"_s);
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf")}));
    QCOMPARE(window.variantTable()->model()->rowCount(), 23);
    QVERIFY(!loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/broken/NoChromLine.vcf")}));
    // The earlier case stays on screen; the error names file and line.
    QCOMPARE(window.variantTable()->model()->rowCount(), 23);
    auto* box = window.findChild<QWidget*>(u"errorBox"_s);
    QVERIFY(box);
    QVERIFY(box->property("text").toString().contains(u"NoChromLine.vcf:6:"_s));
}

void TestMainWindow::modelsPassTheModelTester()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"BRCA"_s);
    QAbstractItemModelTester variants(window.variantModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester evidence(window.evidencePanel()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf")}));
    for (int r = 0; r < window.variantTable()->model()->rowCount(); ++r)
        window.variantTable()->selectRow(r);
}

void TestMainWindow::asksWhichSampleIsTheTumor()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/unnamed_samples.vcf")}));
    // Loaded without allele fractions, and the window asks.
    QVERIFY(!window.result()->caseData.alterations.front().tumor.hasVaf());
    auto* dialog = window.findChild<SampleRoleDialog*>(u"sampleRoleDialog"_s);
    QVERIFY(dialog);
    auto* tumor = dialog->findChild<QComboBox*>(u"tumorSampleCombo"_s);
    tumor->setCurrentText(u"S1"_s);
    QCOMPARE(dialog->normalSample(), u"S2"_s);
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    dialog->accept();
    QVERIFY(loaded.wait(60000));
    const Case& c = window.result()->caseData;
    QCOMPARE(c.tumorSample, u"S1"_s);
    QCOMPARE(c.normalSample, u"S2"_s);
    QCOMPARE(c.alterations.front().tumor.vaf, 0.5f);
    QVERIFY(!window.findChild<SampleRoleDialog*>(u"sampleRoleDialog"_s)
            || !window.findChild<SampleRoleDialog*>(u"sampleRoleDialog"_s)->isVisible());
}

void TestMainWindow::asksForThePatientsSampleInACohortTable()
{
    QSettings().remove(u"recent/samples"_s); // as on a first run
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(!loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz")}));
    auto* dialog = window.findChild<SampleRoleDialog*>(u"sampleRoleDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QComboBox*>(u"normalSampleCombo"_s));
    auto* combo = dialog->findChild<QComboBox*>(u"tumorSampleCombo"_s);
    // Each sample with the count of its alterations, so that the patient's one is told apart.
    const int at = combo->findData(u"TCGA-AB-2988"_s);
    QVERIFY(at >= 0);
    QCOMPARE(combo->itemText(at), u"TCGA-AB-2988 \u2013 15 alterations"_s);
    combo->setCurrentIndex(at);
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    dialog->accept();
    QVERIFY(loaded.wait(60000));
    QVERIFY(loaded.front().front().toBool());
    QCOMPARE(window.variantTable()->model()->rowCount(), 15);
    // Opened again (File > Open Recent), the chosen sample is not asked for again.
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz")}));
    QCOMPARE(window.result()->caseData.tumorSample, u"TCGA-AB-2988"_s);
    QCOMPARE(window.variantTable()->model()->rowCount(), 15);
}

void TestMainWindow::listsInputIssues()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/broken/BadRecords.vcf")}));
    auto* button = window.findChild<QPushButton*>(u"issuesButton"_s);
    QVERIFY(button && !button->isHidden());
    QVERIFY2(button->text().startsWith(u"2 records skipped, "_s), qPrintable(button->text()));
    QVERIFY2(!button->text().contains(u" 1 warnings"_s), qPrintable(button->text()));
    button->click();
    auto* dialog = window.findChild<InputIssuesDialog*>(u"inputIssuesDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 2);
    QCOMPARE(dialog->table()->item(0, 1)->text(), u"11"_s);
    QVERIFY(dialog->table()->item(0, 3)->text().contains(u"POS"_s));
    QCOMPARE(dialog->table()->item(1, 1)->text(), u"12"_s);
}

void TestMainWindow::knowledgeBaseDialogImportsChoosesAndReannotates()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setKnowledgeBasePath(dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"BRCA"_s);
    const QString maf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");
    QVERIFY(loadAndWait(window, {maf}));
    QCOMPARE(window.result()->knowledgeBases,
             (QList<KbRelease>{KbRelease{u"CIViC"_s, u"2025-07-01"_s}, KbRelease{u"Approvals"_s, u"2026-12-01"_s}}));

    KnowledgeBaseDialog* dialog = window.openKnowledgeBaseDialog();
    QTableWidget* table = dialog->table();
    QCOMPARE(table->rowCount(), 4); // CIViC, Approvals, CancerMine, pharmOncoX
    QCOMPARE(table->item(0, 0)->text(), u"CIViC"_s);
    QCOMPARE(table->item(0, 2)->text(), u"yes"_s);

    // Importing an older CIViC release keeps the newer one in use.
    QVERIFY(dialog->importCivicFolder(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01")));
    QVERIFY2(dialog->status().startsWith(u"Imported CIViC 2024-08-01: 4375 evidence items"_s),
             qPrintable(dialog->status()));
    QCOMPARE(table->rowCount(), 5);
    int older = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1)->text() == u"2024-08-01")
            older = r;
    QVERIFY(older >= 0);
    QVERIFY(table->item(older, 2)->text().isEmpty());

    // Choosing it re-annotates the open case with it.
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    QVERIFY(dialog->useRow(older));
    QCOMPARE(table->item(older, 2)->text(), u"yes"_s);
    QVERIFY(loaded.wait(120000));
    QCOMPARE(window.result()->knowledgeBases,
             (QList<KbRelease>{KbRelease{u"CIViC"_s, u"2024-08-01"_s}, KbRelease{u"Approvals"_s, u"2026-12-01"_s}}));

    // A refused import says why in the dialog and changes nothing.
    QVERIFY(!dialog->importOncoKbFiles({maf}, u"x"_s));
    QVERIFY(dialog->status().contains(u"not an OncoKB"_s));
    QCOMPARE(table->rowCount(), 5);
    dialog->close();
}

void TestMainWindow::localEvidenceDialogRefusesThenAdds()
{
    QTemporaryDir dir;
    auto kb = KnowledgeBase::open(dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    LocalEvidenceDialog dialog(**kb);
    KbEvidenceInput item;
    item.gene = u"PIK3CA"_s;
    item.alteration = u"E545K"_s;
    item.evidenceType = u"Predictive"_s;
    item.level = u"B"_s;
    item.oncotreeCode = u"BRCA"_s;
    item.therapies = {u"Alpelisib"_s, u"Fulvestrant"_s};
    item.statement = u"Board consensus."_s;
    item.reason = u"Site trial"_s;
    dialog.setItem(item);
    QCOMPARE(dialog.item().oncotreeCode, u"BRCA"_s);
    QCOMPARE(dialog.item().therapies, item.therapies);
    QCOMPARE(dialog.item().therapyInteraction, u"Combination"_s);

    // Without a curator the dialog stays open and says why.
    KbEvidenceInput anonymous = dialog.item();
    anonymous.curator.clear();
    dialog.setItem(anonymous);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.error().contains(u"curator"_s));
    QCOMPARE(dialog.addedId(), 0);

    anonymous.curator = u"Dr. Curator"_s;
    dialog.setItem(anonymous);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.addedId(), 1);
    QCOMPARE((*kb)->count("evidence", (*kb)->activeRelease(u"Local"_s)->id), 1);
}

void TestMainWindow::firstRunIsMaximisedAndACarriedTumorTypeIsSaid()
{
    QSettings().remove(u"window/geometry"_s);
    MainWindow window;
    QVERIFY(window.windowState() & Qt::WindowMaximized);
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"COAD"_s);
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf")}));
    QVERIFY(!window.findChild<QLabel*>(u"refusalNote"_s)); // nothing to say about the first case
    const QString next = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_b38_output.maf");
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openFiles({next});
    const auto* note = window.findChild<QLabel*>(u"refusalNote"_s);
    QVERIFY(note);
    QVERIFY2(note->text().contains(u"Tumor type COAD is kept from the case before"_s), qPrintable(note->text()));
    QVERIFY(loaded.wait(60000));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::retiredTumorTypeCodeIsAccepted()
{
    // "GBM" was retired from OncoTree; typed in full it selects its replacement GB and says so.
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* combo = window.findChild<QComboBox*>(u"tumorTypeCombo"_s);
    QVERIFY(combo && combo->lineEdit());
    combo->lineEdit()->setText(u"GBM"_s);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(window.tumorType(), u"GB"_s);
    QCOMPARE(combo->currentData().toString(), u"GB"_s);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"GBM is a retired OncoTree code"_s) && message.contains(u"Glioblastoma"_s),
             qPrintable(message));
}

void TestMainWindow::panelSizeGivesATmbEstimate()
{
    // Without the assay's territory no TMB is estimated; given it (1 Mb), the HCC1395 subset's 14
    // coding non-synonymous calls make an estimated TMB-high, re-annotated at once.
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"BRCA"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadAndWait(window, {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/HCC1395_subset.vep_csq.vcf.gz")}));
    QVERIFY(!window.result()->tmb.computed);
    QVERIFY(window.result()->tmb.reason.contains(u"coding territory"_s));

    auto* panel = window.findChild<QDoubleSpinBox*>(u"panelSizeSpin"_s);
    QVERIFY(panel);
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    panel->setValue(1.0);
    QVERIFY(loaded.wait(120000));
    const auto result = window.result();
    QVERIFY(result->tmb.computed);
    QCOMPARE(result->tmb.mutations, 14);
    QCOMPARE(result->tmb.status(), u"TMB-high"_s);
    bool shown = false;
    QTableView* table = window.variantTable();
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown = shown || table->model()->index(r, VariantTableModel::Gene).data().toString().contains(u"TMB"_s);
    QVERIFY(shown);
}

void TestMainWindow::genomeBuildChosenInTheWindowPredictsGenes()
{
    // A raw VCF without contig lines: no build, no genes, and the status bar says what to do; with
    // GRCh37 chosen in the toolbar the case is read again and BRAF 7:140453136 A>T gets its gene.
    const QString path = m_dir.filePath(u"nobuild.vcf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
            "7\t140453136\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\n");
    f.close();
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"COAD"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadAndWait(window, {path}));
    QVERIFY(window.result()->caseData.alterations.front().gene().isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().contains(u"choose the build"_s),
             qPrintable(window.statusBar()->currentMessage()));

    auto* genome = window.findChild<QComboBox*>(u"genomeCombo"_s);
    QVERIFY(genome);
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    genome->setCurrentIndex(genome->findText(u"GRCh37"_s));
    emit genome->activated(genome->currentIndex());
    QVERIFY(loaded.wait(120000));
    QCOMPARE(window.result()->caseData.alterations.front().gene(), u"BRAF"_s);
    QCOMPARE(window.result()->caseData.alterations.front().hgvsc(), u"c.1799T>A"_s);
}

void TestMainWindow::referenceGenomeFromTheSettings()
{
    // File > Reference Genome keeps the lab's FASTA in the settings; the next load checks every REF
    // against it (bcftools csq's TOR1AIP1 fixture: 1:646 is C, the file says G).
    const QString fasta = QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u"/csq/ENST00000271583/ENST00000271583.fa"_s;
    const QString path = m_dir.filePath(u"refcheck.vcf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n##contig=<ID=1,length=249250621>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            "1\t646\t.\tG\tA\t.\tPASS\t.\n");
    f.close();
    QSettings().setValue(u"effects/referenceGenome"_s, fasta);
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"COAD"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadAndWait(window, {path}));
    QCOMPARE(window.result()->caseData.referenceGenome, fasta);
    bool warned = false;
    for (const InputIssue& i : window.result()->caseData.issues)
        warned = warned || (i.line == 4 && i.message.contains(u"differs from the reference genome's C"_s));
    QVERIFY(warned);
    // A reference that has gone away is not used: the load goes on without it.
    QSettings().setValue(u"effects/referenceGenome"_s, m_dir.filePath(u"gone.fa"_s));
    QVERIFY(loadAndWait(window, {path}));
    QVERIFY(window.result()->caseData.referenceGenome.isEmpty());
    QSettings().remove(u"effects/referenceGenome"_s);
}

#include "tst_MainWindow.moc"
