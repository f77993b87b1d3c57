// Sources beside CIViC: the site's OncoKB files, locally curated evidence, and the choice of
// release per source for an annotation run.

#include "TestConfig.h"
#include "kb/ApprovalsImporter.h"
#include "kb/CivicImporter.h"
#include "kb/KbSchema.h"
#include "kb/KnowledgeBase.h"
#include "kb/MoalmanacImporter.h"
#include "kb/OncoKbImporter.h"
#include "match/Annotator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const QString oncoKbDir = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/oncokb/");

/** A knowledge base with the bundled releases, imported once per run into this file and copied. */
QString bundledTemplate;

std::unique_ptr<KnowledgeBase> freshKb(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"kb.sqlite"_s);
    if (!QFile::copy(bundledTemplate, path))
        return nullptr;
    auto kb = KnowledgeBase::open(path);
    if (!kb || !(*kb)->ensureBundled())
        return nullptr;
    return std::move(kb.value());
}

Case brafCase()
{
    Case c;
    c.tumorType = u"MEL"_s;
    Alteration braf;
    braf.detail().gene = u"BRAF"_s;
    braf.detail().hgvsp = u"p.V600E"_s;
    c.alterations.push_back(braf);
    return c;
}

/** The matched evidence of a result from one source. */
QList<const EvidenceItem*> evidenceFrom(const AnnotationResult& r, const QString& source)
{
    QList<const EvidenceItem*> out;
    for (const Match& m : r.matches) {
        const EvidenceItem& e = r.evidence[size_t(m.evidence)];
        if (e.kb.source == source)
            out << &e;
    }
    return out;
}

} // namespace

class TestKbSources : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_templateDir;

private slots:
    void initTestCase();
    void oncoKbFilesAreImported();
    void oncoKbEvidenceIsMatchedBesideCivic();
    void oncoKbLevelsAreNormalized_data();
    void oncoKbLevelsAreNormalized();
    void oncoKbReleaseComesFromTheFileName();
    void notAnOncoKbFileIsRefused();
    void localEvidenceIsCheckedAndMatched();
    void localEvidenceSurvivesImports();
    void releaseCanBeChosenPerRun();
    void schemaTwoIsMigratedKeepingUserData();
    void bundledApprovalsAreImportedAndMatched();
    void approvalsTableProblemsAreWarnings();
    void moalmanacDownloadIsImported();
    void truncatedCivicDownloadIsRefused();
    void profileWithAMissingPartIsNeverMatched();
    void oncoKbFileWithoutUsableRowsMakesNoRelease();
};

void TestKbSources::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    bundledTemplate = m_templateDir.filePath(u"bundled.sqlite"_s);
    auto kb = KnowledgeBase::open(bundledTemplate);
    QVERIFY(kb);
    QVERIFY((*kb)->ensureBundled());
    // Fold the write-ahead log into the file so that a copy of the file is the whole database.
    QVERIFY((*kb)->database().exec("PRAGMA wal_checkpoint(TRUNCATE);"));
}

void TestKbSources::oncoKbFilesAreImported()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    auto report =
        OncoKbImporter::import(kb->database(),
                               {oncoKbDir + u"allActionableVariants.txt"_s, oncoKbDir + u"allAnnotatedVariants.txt"_s},
                               u"fixture"_s);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->actionableRows, 9);
    QCOMPARE(report->annotatedRows, 3);
    // 7 actionable rows kept, BRAF V600E in melanoma with three regimens; 2 annotated rows kept.
    QCOMPARE(report->evidenceItems, 11);
    QCOMPARE(kb->count("evidence", report->releaseId), 11);
    QCOMPARE(report->variants, 7);
    QCOMPARE(report->warnings,
             (QStringList{u"allActionableVariants.txt:8: cancer type 'Imaginary Tissue Cancer' is not an OncoTree "
                          "oncotree_2025_10_03 name"_s,
                          u"allActionableVariants.txt:9: unknown OncoKB level '9'; row skipped"_s,
                          u"allActionableVariants.txt:10: no gene or alteration; row skipped"_s,
                          u"allAnnotatedVariants.txt:4: no oncogenicity; row skipped"_s}));
    QCOMPARE(kb->count("kb_import_warning", report->releaseId), 4);
    QCOMPARE(kb->count("kb_release_file", report->releaseId), 2);
    // Six cancer types and eleven drugs among the rows kept.
    QCOMPARE(kb->count("disease", report->releaseId), 6);
    QCOMPARE(kb->count("therapy", report->releaseId), 11);
    QCOMPARE(kb->database().scalar("SELECT count(*) FROM disease WHERE name = 'Melanoma' AND oncotree_code = 'MEL'"),
             1);
    const auto active = kb->activeRelease(u"OncoKB"_s);
    QVERIFY(active);
    QCOMPARE(active->kb.release, u"fixture"_s);
    QVERIFY(active->licence.contains(u"not redistributed"_s));

    // Importing the same release again is refused and changes nothing.
    auto again = OncoKbImporter::import(kb->database(), {oncoKbDir + u"allActionableVariants.txt"_s}, u"fixture"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, CoreError::Code::InvalidArgument);
    QCOMPARE(kb->count("evidence", report->releaseId), 11);
}

void TestKbSources::oncoKbEvidenceIsMatchedBesideCivic()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    QVERIFY(
        OncoKbImporter::import(kb->database(),
                               {oncoKbDir + u"allActionableVariants.txt"_s, oncoKbDir + u"allAnnotatedVariants.txt"_s},
                               u"fixture"_s));
    auto result = Annotator::annotate(brafCase(), *kb);
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->knowledgeBases,
             (QList<KbRelease>{KbRelease{u"CIViC"_s, u"2025-07-01"_s},
                               KbRelease{u"Approvals"_s, u"2026-12-01"_s},
                               KbRelease{u"OncoKB"_s, u"fixture"_s}}));
    QVERIFY(!evidenceFrom(*result, u"CIViC"_s).isEmpty());
    const auto oncokb = evidenceFrom(*result, u"OncoKB"_s);
    // Three melanoma regimens, the imaginary-cancer 3B row, and the oncogenicity row.
    QCOMPARE(oncokb.size(), 5);
    const EvidenceItem* combination = nullptr;
    const EvidenceItem* oncogenic = nullptr;
    for (const EvidenceItem* e : oncokb) {
        if (e->therapies == QStringList{u"Dabrafenib"_s, u"Trametinib"_s})
            combination = e;
        if (e->evidenceType == u"Oncogenic")
            oncogenic = e;
    }
    QVERIFY(combination);
    QCOMPARE(combination->level, u"1"_s);
    QCOMPARE(combination->therapyInteraction, u"Combination"_s);
    QCOMPARE(combination->significance, u"Sensitivity/Response"_s);
    QCOMPARE(combination->oncotreeCode, u"MEL"_s);
    QCOMPARE(combination->citationId, u"10000001"_s);
    QCOMPARE(combination->citation, u"PMID: 10000001, 10000002"_s);
    QCOMPARE(combination->displayId, u"OncoKB-1"_s); // the first row of the first file
    QVERIFY(oncogenic);
    QCOMPARE(oncogenic->significance, u"Oncogenic"_s);
    QVERIFY(oncogenic->statement.contains(u"Gain-of-function"_s));

    // EGFR T790M is a resistance marker (R1) in NSCLC, resolved to its OncoTree code.
    Case egfr;
    Alteration a;
    a.detail().gene = u"EGFR"_s;
    a.detail().hgvsp = u"p.Thr790Met"_s;
    egfr.alterations.push_back(a);
    auto r = Annotator::annotate(egfr, *kb);
    QVERIFY(r);
    const auto resistance = evidenceFrom(*r, u"OncoKB"_s);
    QCOMPARE(resistance.size(), 1);
    QCOMPARE(resistance.front()->level, u"R1"_s);
    QCOMPARE(resistance.front()->significance, u"Resistance"_s);
    QCOMPARE(resistance.front()->oncotreeCode, u"NSCLC"_s);
}

void TestKbSources::oncoKbLevelsAreNormalized_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("level");
    QTest::newRow("plain") << u"1"_s << u"1"_s;
    QTest::newRow("prefixed") << u"LEVEL_3A"_s << u"3A"_s;
    QTest::newRow("lower case") << u"3b"_s << u"3B"_s;
    QTest::newRow("resistance") << u"LEVEL_R2"_s << u"R2"_s;
    QTest::newRow("diagnostic") << u"LEVEL_Dx1"_s << u"Dx1"_s;
    QTest::newRow("prognostic") << u"px3"_s << u"Px3"_s;
    QTest::newRow("retired 2B") << u"2B"_s << QString();
    QTest::newRow("out of range") << u"Dx4"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestKbSources::oncoKbLevelsAreNormalized()
{
    QFETCH(QString, raw);
    QFETCH(QString, level);
    QCOMPARE(OncoKbImporter::normalizeLevel(raw), level);
}

void TestKbSources::oncoKbReleaseComesFromTheFileName()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    const QString named = dir.filePath(u"oncokb_v4.21_allActionableVariants.txt"_s);
    QVERIFY(QFile::copy(oncoKbDir + u"allActionableVariants.txt"_s, named));
    auto report = OncoKbImporter::import(kb->database(), {named});
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->release, u"v4.21"_s);
}

void TestKbSources::notAnOncoKbFileIsRefused()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    const qsizetype before = kb->releases().size();
    // A CIViC file has a gene column but neither OncoKB levels nor oncogenicity.
    auto report = OncoKbImporter::import(
        kb->database(), {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01/01-Aug-2024-GeneSummaries.tsv")});
    QVERIFY(!report);
    QCOMPARE(report.error().code, CoreError::Code::BadInput);
    QVERIFY(report.error().file.endsWith(u"01-Aug-2024-GeneSummaries.tsv"_s));
    QCOMPARE(report.error().line, 1);
    QCOMPARE(kb->releases().size(), before); // rolled back: no empty OncoKB release left behind
    auto missing = OncoKbImporter::import(kb->database(), {dir.filePath(u"absent.txt"_s)});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, CoreError::Code::Io);
}

void TestKbSources::localEvidenceIsCheckedAndMatched()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    KbEvidenceInput item;
    item.gene = u"BRAF"_s;
    item.alteration = u"V600E"_s;
    item.evidenceType = u"predictive"_s;
    item.level = u"b"_s;
    item.oncotreeCode = u"mel"_s;
    item.therapies = {u"Encorafenib"_s, u"Binimetinib"_s};
    item.therapyInteraction = u"Combination"_s;
    item.significance = u"Sensitivity/Response"_s;
    item.statement = u"Board consensus after review of the phase 3 data."_s;
    item.citationId = u"29573941"_s;
    item.sourceType = u"PubMed"_s;

    // Curator and reason are required, so that every local item can be traced.
    auto refused = kb->addLocalEvidence(item);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, CoreError::Code::InvalidArgument);
    QVERIFY(refused.error().message.contains(u"curator"_s));
    item.curator = u"Dr. A. Curator"_s;
    item.reason = u"Not yet in CIViC 2025-07-01"_s;
    KbEvidenceInput badLevel = item;
    badLevel.level = u"1"_s;
    QVERIFY(!kb->addLocalEvidence(badLevel));
    KbEvidenceInput badCode = item;
    badCode.oncotreeCode = u"NOTACODE"_s;
    QVERIFY(!kb->addLocalEvidence(badCode));
    QVERIFY(kb->sources().indexOf(u"Local"_s) < 0); // nothing written by the refused attempts

    auto id = kb->addLocalEvidence(item);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    QCOMPARE(*id, 1);
    auto second = kb->addLocalEvidence(item);
    QVERIFY(second);
    QCOMPARE(*second, 2);

    auto result = Annotator::annotate(brafCase(), *kb);
    QVERIFY(result);
    const auto local = evidenceFrom(*result, u"Local"_s);
    QCOMPARE(local.size(), 2);
    const EvidenceItem& e = *local.front();
    QCOMPARE(e.displayId, u"Local-1"_s);
    QCOMPARE(e.evidenceType, u"Predictive"_s);
    QCOMPARE(e.level, u"B"_s);
    QCOMPARE(e.oncotreeCode, u"MEL"_s);
    QCOMPARE(e.disease, u"Melanoma"_s);
    QCOMPARE(e.direction, u"Supports"_s);
    QCOMPARE(e.therapies, (QStringList{u"Encorafenib"_s, u"Binimetinib"_s}));
    QCOMPARE(e.curator, u"Dr. A. Curator"_s);
    QCOMPARE(e.reason, u"Not yet in CIViC 2025-07-01"_s);
    QCOMPARE(e.curatedAt, QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(result->knowledgeBases.contains(KnowledgeBase::localRelease()));
}

void TestKbSources::localEvidenceSurvivesImports()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kb.sqlite"_s);
    {
        auto kb = freshKb(dir);
        QVERIFY(kb);
        KbEvidenceInput item;
        item.gene = u"KRAS"_s;
        item.alteration = u"G12D"_s;
        item.evidenceType = u"Predictive"_s;
        item.level = u"C"_s;
        item.disease = u"Pancreatic Adenocarcinoma"_s;
        item.statement = u"Local trial eligibility."_s;
        item.curator = u"MTB"_s;
        item.reason = u"Trial at this site"_s;
        item.curatedAt = u"2026-11-01"_s;
        QVERIFY(kb->addLocalEvidence(item));
        // A new CIViC release and an OncoKB import go to their own releases.
        QVERIFY(CivicImporter::import(
            kb->database(), QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01"), false));
        QVERIFY(OncoKbImporter::import(kb->database(), {oncoKbDir + u"allActionableVariants.txt"_s}, u"x"_s));
    }
    auto kb = KnowledgeBase::open(path);
    QVERIFY(kb);
    QVERIFY((*kb)->ensureBundled());
    const auto local = (*kb)->activeRelease(u"Local"_s);
    QVERIFY(local);
    QCOMPARE((*kb)->count("evidence", local->id), 1);
    Case c;
    Alteration a;
    a.detail().gene = u"KRAS"_s;
    a.detail().hgvsp = u"p.G12D"_s;
    c.alterations.push_back(a);
    auto result = Annotator::annotate(c, **kb);
    QVERIFY(result);
    const auto items = evidenceFrom(*result, u"Local"_s);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.front()->curatedAt, u"2026-11-01"_s);
}

void TestKbSources::releaseCanBeChosenPerRun()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    QVERIFY(
        CivicImporter::import(kb->database(), QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01"), false));
    // The newest CIViC release is active; a run can ask for another without changing the setting.
    AnnotateOptions options;
    options.releases.insert(u"CIViC"_s, u"2024-08-01"_s);
    auto older = Annotator::annotate(brafCase(), *kb, options);
    QVERIFY2(older, older ? "" : qPrintable(older.error().toString()));
    QCOMPARE(older->knowledgeBases,
             (QList<KbRelease>{KbRelease{u"CIViC"_s, u"2024-08-01"_s}, KbRelease{u"Approvals"_s, u"2026-12-01"_s}}));
    for (const Match& m : older->matches)
        if (older->evidence[size_t(m.evidence)].kb.source == u"CIViC")
            QCOMPARE(older->evidence[size_t(m.evidence)].kb.release, u"2024-08-01"_s);
    auto current = Annotator::annotate(brafCase(), *kb);
    QVERIFY(current);
    QCOMPARE(current->knowledgeBases,
             (QList<KbRelease>{KbRelease{u"CIViC"_s, u"2025-07-01"_s}, KbRelease{u"Approvals"_s, u"2026-12-01"_s}}));
    // The two releases differ in the evidence they hold for BRAF V600E.
    QVERIFY(older->matches.size() != current->matches.size());

    options.releases.insert(u"CIViC"_s, u"2019-01-01"_s);
    auto absent = Annotator::annotate(brafCase(), *kb, options);
    QVERIFY(!absent);
    QCOMPARE(absent.error().code, CoreError::Code::InvalidArgument);
    QVERIFY(absent.error().message.contains(u"2019-01-01"_s));
    options.releases = {{u"OncoKB"_s, u"v1"_s}};
    QVERIFY(!Annotator::annotate(brafCase(), *kb, options));
}

void TestKbSources::schemaTwoIsMigratedKeepingUserData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kb.sqlite"_s);
    {
        auto kb = freshKb(dir);
        QVERIFY(kb);
        QVERIFY(OncoKbImporter::import(kb->database(), {oncoKbDir + u"allActionableVariants.txt"_s}, u"x"_s));
        // Turn it back into a schema-2 database: no OncoTree code on evidence.
        QVERIFY(kb->database().exec("ALTER TABLE evidence DROP COLUMN oncotree_code;"));
        QVERIFY(kb->database().setUserVersion(2));
    }
    auto kb = KnowledgeBase::open(path);
    QVERIFY2(kb, kb ? "" : qPrintable(kb.error().toString()));
    QCOMPARE((*kb)->database().userVersion(), KbSchema::currentVersion);
    const auto oncokb = (*kb)->activeRelease(u"OncoKB"_s);
    QVERIFY(oncokb);
    QCOMPARE((*kb)->count("evidence", oncokb->id), 9);
    QCOMPARE((*kb)->database().scalar("SELECT count(*) FROM evidence WHERE oncotree_code IS NOT NULL", -1), 0);
}

void TestKbSources::bundledApprovalsAreImportedAndMatched()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    const auto approvals = kb->activeRelease(u"Approvals"_s);
    QVERIFY(approvals);
    QCOMPARE(approvals->kb.release, ApprovalsImporter::releaseOf(ApprovalsImporter::bundledPath()));
    QVERIFY(approvals->bundled);
    // Every row of the shipped table is an evidence item; none was skipped.
    qint64 rows = 0;
    {
        QFile f(ApprovalsImporter::bundledPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray& line : f.readAll().split('\n'))
            rows += line.startsWith("APR-") ? 1 : 0;
    }
    QVERIFY(rows > 200);
    QCOMPARE(kb->count("evidence", approvals->id), rows);
    QCOMPARE(kb->count("kb_import_warning", approvals->id), 0);

    // BRAF V600E in melanoma: the FDA approvals of vemurafenib and of dabrafenib + trametinib, with
    // their Drugs@FDA applications.
    auto result = Annotator::annotate(brafCase(), *kb);
    QVERIFY(result);
    QStringList fda;
    for (const EvidenceItem* e : evidenceFrom(*result, u"Approvals"_s)) {
        QVERIFY(e->displayId.startsWith(u"APR-"_s));
        QVERIFY2(e->url.startsWith(u"https://www.accessdata.fda.gov/"_s)
                     || e->url.startsWith(u"https://www.ema.europa.eu/"_s),
                 qPrintable(e->url));
        if (e->level == u"FDA" && e->oncotreeCode == u"MEL")
            fda << therapyLabel(*e);
    }
    QVERIFY2(fda.contains(u"Vemurafenib"_s), qPrintable(fda.join(u", "_s)));
    QVERIFY2(fda.contains(u"Dabrafenib + Trametinib"_s), qPrintable(fda.join(u", "_s)));
    const EvidenceItem* vemurafenib = nullptr;
    for (const EvidenceItem* e : evidenceFrom(*result, u"Approvals"_s))
        if (e->displayId == u"APR-0001")
            vemurafenib = e;
    QVERIFY(vemurafenib);
    QCOMPARE(vemurafenib->citation, u"NDA 202429"_s);
    QCOMPARE(vemurafenib->curatedAt, u"2011-08-17"_s);
}

void TestKbSources::approvalsTableProblemsAreWarnings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"approvals.tsv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# Site approvals. Release 2027-01-15\n"
            "id\tgene\talteration\toncotree_code\tdisease\ttherapy\tinteraction\tsignificance\tagency\t"
            "approval_date\tlabel_reference\tcompanion_diagnostic\tscope\torigin\tassay\tline\tnote\n"
            "APR-0001\tBRAF\tV600E\tMEL\tMelanoma\tVemurafenib\t\tSensitivity/Response\tFDA\t2011-08-17\t"
            "NDA 202429 https://www.accessdata.fda.gov/x\t\ttumor_type\tsomatic\tDNA\t\t\n"
            "APR-0002\tBRAF\tV600E\tNOTACODE\tMelanoma\tVemurafenib\t\tSensitivity/Response\tFDA\t\tNDA 1\t\t\t\t\t\t\n"
            "APR-0003\tBRAF\tV600E\tMEL\tMelanoma\tVemurafenib\t\tSensitivity/Response\tPMDA\t\tNDA 1\t\t\t\t\t\t\n"
            "APR-0004\tBRAF\t\tMEL\tMelanoma\tVemurafenib\t\tSensitivity/Response\tFDA\t\tNDA 1\t\t\t\t\t\t\n");
    f.close();
    auto kb = KnowledgeBase::open(dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    auto report = ApprovalsImporter::import((*kb)->database(), path, false);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->release, u"2027-01-15"_s);
    QCOMPARE(report->rows, 4);
    QCOMPARE(report->evidenceItems, 1);
    QCOMPARE(report->warnings.size(), 3);
    QVERIFY2(report->warnings[0].contains(u"approvals.tsv:4: 'NOTACODE' is not an OncoTree"_s),
             qPrintable(report->warnings[0]));
    QVERIFY(report->warnings[1].contains(u"agency 'PMDA'"_s));
    QVERIFY(report->warnings[2].contains(u"a required field"_s));
    // The same release again is refused and changes nothing.
    auto again = ApprovalsImporter::import((*kb)->database(), path, false);
    QVERIFY(!again);
    QCOMPARE(again.error().code, CoreError::Code::InvalidArgument);
}

void TestKbSources::moalmanacDownloadIsImported()
{
    // The Almanac is GPL-2.0: OncoBoard ships none of it; a site imports its own download. The
    // shared corpus holds one for this test.
    const QString path =
        QStringLiteral(ONCOBOARD_SHARED_DATA_DIR "/knowledgebase/moalmanac_gpl2/molecular-oncology-almanac.json.gz");
    if (!QFileInfo::exists(path))
        QSKIP("the shared corpus with a Molecular Oncology Almanac download is not beside the repository");
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    auto report = MoalmanacImporter::import(kb->database(), path);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->assertions, 1018);
    // Deprecated assertions and features no case shows are skipped, each with a warning.
    const qsizetype skipped = std::count_if(report->warnings.cbegin(), report->warnings.cend(), [](const QString& w) {
        return w.endsWith(u"; skipped"_s);
    });
    QCOMPARE(report->evidenceItems + skipped, report->assertions);
    QVERIFY(report->evidenceItems > 900);
    QVERIFY(report->release.startsWith(u"20"_s));
    // BRAF V600E in melanoma: the Almanac's FDA-approved assertions count as approvals (OncoKB-style 1).
    auto result = Annotator::annotate(brafCase(), *kb);
    QVERIFY(result);
    QVERIFY(result->knowledgeBases.contains(KbRelease{u"MOAlmanac"_s, report->release}));
    bool fda = false;
    for (const EvidenceItem* e : evidenceFrom(*result, u"MOAlmanac"_s)) {
        QVERIFY(e->displayId.startsWith(u"MOA-"_s));
        fda = fda || (e->level == u"FDA" && e->oncotreeCode == u"MEL");
    }
    QVERIFY(fda);
    QCOMPARE(result->callFor(0)->oncokb.tier, u"1"_s);
    // A second import of the same release is refused.
    QVERIFY(!MoalmanacImporter::import(kb->database(), path));
}

namespace {

/** A copy of the 2024-08-01 CIViC test release whose VariantSummaries is replaced by `variants`. */
QString civicCopy(const QTemporaryDir& dir, const QByteArray& variants)
{
    const QString from = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01");
    const QString to = dir.filePath(u"civic"_s);
    QDir().mkpath(to);
    for (const QString& f : QDir(from).entryList(QDir::Files)) {
        if (f.endsWith(u"VariantSummaries.tsv"_s)) {
            QFile out(to + u'/' + f);
            if (!out.open(QIODevice::WriteOnly))
                return {};
            out.write(variants);
        } else if (!QFile::copy(from + u'/' + f, to + u'/' + f)) {
            return {};
        }
    }
    return to;
}

QByteArray civicVariants()
{
    QFile f(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01/01-Aug-2024-VariantSummaries.tsv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestKbSources::truncatedCivicDownloadIsRefused()
{
    const QByteArray full = civicVariants();
    QVERIFY(full.size() > 100000);
    // Cut mid-row (37 % of the bytes, inside a line), and cut at a line end less its newline.
    qsizetype cut = full.size() * 37 / 100;
    while (full[cut] == '\n' || full[cut - 1] == '\n' || full[cut] == '\t' || full[cut - 1] == '\t')
        ++cut;
    const qsizetype lineEnd = full.indexOf('\n', full.size() / 2);
    for (const auto& [variants, expected] : {std::pair{full.left(cut), u"fields: the file is cut short"_s},
                                             std::pair{full.left(lineEnd), u"no line end"_s}}) {
        QTemporaryDir dir;
        auto kb = freshKb(dir);
        QVERIFY(kb);
        const auto before = kb->releases();
        const QString release = civicCopy(dir, variants);
        QVERIFY(!release.isEmpty());
        auto report = CivicImporter::import(kb->database(), release, false);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().toString()));
        QVERIFY(report.error().file.endsWith(u"VariantSummaries.tsv"_s));
        QVERIFY(report.error().line > 1);
        // Nothing of it became a release: the active CIViC is the one before.
        QCOMPARE(kb->releases().size(), before.size());
    }
}

void TestKbSources::profileWithAMissingPartIsNeverMatched()
{
    // "BRAF V600E AND EZH2 Y646F" (profile 4241, variants 12 and 2989) in a release whose
    // VariantSummaries lacks EZH2 Y646F: the profile must not match BRAF V600E alone.
    QByteArray variants;
    for (const QByteArray& line : civicVariants().split('\n'))
        if (!line.startsWith("2989\t") && !line.isEmpty())
            variants += line + '\n';
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    auto report = CivicImporter::import(kb->database(), civicCopy(dir, variants), false);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QVERIFY2(report->warnings.join(u'\n').contains(u"molecular profile 4241"_s), "the dropped profile is named");
    AnnotateOptions options;
    options.releases.insert(u"CIViC"_s, u"2024-08-01"_s);
    auto result = Annotator::annotate(brafCase(), *kb, options);
    QVERIFY(result);
    int braf = 0;
    for (const EvidenceItem* e : evidenceFrom(*result, u"CIViC"_s)) {
        QVERIFY2(e->molecularProfileId != 4241, qPrintable(e->molecularProfile));
        braf += e->molecularProfile == u"BRAF V600E" ? 1 : 0;
    }
    QVERIFY(braf > 10); // BRAF V600E's own evidence still matches
}

void TestKbSources::oncoKbFileWithoutUsableRowsMakesNoRelease()
{
    QTemporaryDir dir;
    auto kb = freshKb(dir);
    QVERIFY(kb);
    const qsizetype before = kb->releases().size();
    // The actionable header with rows whose level is not an OncoKB level.
    QFile in(oncoKbDir + u"allActionableVariants.txt"_s);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = in.readAll().split('\n');
    QByteArray bad = lines.front() + '\n';
    const int levelColumn = int(lines.front().split('\t').indexOf("Level"));
    QVERIFY(levelColumn >= 0);
    for (int i = 1; i < std::min<int>(6, int(lines.size())); ++i) {
        QList<QByteArray> f = lines[i].split('\t');
        if (f.size() <= levelColumn)
            continue;
        f[levelColumn] = "9";
        bad += f.join('\t') + '\n';
    }
    const QString path = dir.filePath(u"allActionableVariants.txt"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bad);
    out.close();
    auto report = OncoKbImporter::import(kb->database(), {path}, u"bad"_s);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(u"none of the rows is usable"_s), qPrintable(report.error().toString()));
    QCOMPARE(kb->releases().size(), before);
}

QTEST_GUILESS_MAIN(TestKbSources)
#include "tst_KbSources.moc"
