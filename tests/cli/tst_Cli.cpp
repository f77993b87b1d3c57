#include "CaseDatabase.h"
#include "TestConfig.h"
#include "cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

using Run = onco::test::CliRun;

} // namespace

/** Runs the oncoboard-cli binary as hospital scripts do and checks its contract. */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void annotateDemoWritesJsonTsvAndPdf();
    void jsonToStdout();
    void pdfShowsGenesSourcesAndPages();
    void badInputExitsThreeWithPositionAndNoOutput_data();
    void badInputExitsThreeWithPositionAndNoOutput();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void annotateWithoutTumorTypeFlagsAndCaps();
    void kbImportsListsAndSwitchesReleases();
    void kbAddEvidenceIsAnnotated();
    void kbTherapyFindsSynonyms();
    void kbRelationPrintsThePath_data();
    void kbRelationPrintsThePath();
    void caseWorkflowFromScripts();
    void boardPlanAndReportFromScripts();
    void auditVerifyFailsOnTampering();
    void kbUsageErrorsExitTwo_data();
    void kbUsageErrorsExitTwo();
    void annotateWithTheLabsReference();
    void outputsNeverReplaceWhatTheRunReads();
    void fullDiskLeavesNoPartialFile();
    void foreignDatabasesAreLeftAlone();
    void exportsNameInputsWithoutTheirFolder();
    void endlessInputIsBounded();

private:
    Run cli(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_demoJson;
    QString m_demoPdf;
    QString m_demoTsv;
};

Run TestCli::cli(const QStringList& arguments)
{
    return test::runCli(arguments, m_dir.filePath(u"xdg"_s));
}

void TestCli::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_demoJson = m_dir.filePath(u"demo.json"_s);
    m_demoPdf = m_dir.filePath(u"demo.pdf"_s);
    m_demoTsv = m_dir.filePath(u"demo.tsv"_s);
}

void TestCli::version()
{
    const Run r = cli({u"version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("OncoBoard "));
    QVERIFY(r.err.isEmpty());
}

void TestCli::annotateDemoWritesJsonTsvAndPdf()
{
    const Run r = cli({u"annotate"_s,
                       QStringLiteral(ONCOBOARD_DEMO_VCF),
                       u"--tumor-type"_s,
                       u"COAD"_s,
                       u"--json"_s,
                       m_demoJson,
                       u"--tsv"_s,
                       m_demoTsv,
                       u"--pdf"_s,
                       m_demoPdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile json(m_demoJson);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.value(u"schema"_s).toString(), u"oncoboard.annotation/1"_s);
    QCOMPARE(root.value(u"case"_s).toObject().value(u"tumor_type_name"_s).toString(), u"Colon Adenocarcinoma"_s);
    int matched = 0;
    for (const QJsonValue& a : root.value(u"alterations"_s).toArray())
        matched += a.toObject().value(u"matches"_s).toArray().isEmpty() ? 0 : 1;
    // BRAF V600E by its CIViC allele, and 18 variants whose effect OncoBoard predicted (the file is a
    // raw caller VCF) that meet class evidence.
    QCOMPARE(matched, 19);
    const QJsonArray pgx = root.value(u"pharmacogenomics"_s).toArray();
    QCOMPARE(pgx.size(), 1);
    QCOMPARE(pgx[0][u"gene"_s].toString(), u"DPYD"_s);
    QCOMPARE(pgx[0][u"observed"_s][0][u"zygosity"_s].toString(), u"heterozygous"_s);
    QVERIFY(QFileInfo(m_demoTsv).size() > 1000);
    QFile pdf(m_demoPdf);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestCli::jsonToStdout()
{
    const Run r = cli({u"annotate"_s,
                       QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf"),
                       u"--tumor-type"_s,
                       u"BRCA"_s,
                       u"--json"_s,
                       u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(u"alterations"_s).toArray().size(), 23);
    // PIK3CA E545K (3:178936091 G>A) is matched by its GRCh37 allele.
    bool pik3ca = false;
    for (const QJsonValue& a : root.value(u"alterations"_s).toArray()) {
        const QJsonObject o = a.toObject();
        if (o.value(u"pos"_s).toInteger() == 178936091) {
            for (const QJsonValue& m : o.value(u"matches"_s).toArray())
                pik3ca = pik3ca
                         || (m[u"molecular_profile"_s].toString() == u"PIK3CA E545K"
                             && m[u"match"_s].toString() == u"exact");
        }
    }
    QVERIFY(pik3ca);
}

void TestCli::pdfShowsGenesSourcesAndPages()
{
#ifndef PDFTOTEXT_EXECUTABLE
    QSKIP("pdftotext (poppler-utils) is not installed; scripts/setup installs it");
#else
    if (!QFileInfo::exists(m_demoPdf))
        QSKIP("annotateDemoWritesJsonTsvAndPdf did not write the PDF");
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT_EXECUTABLE), {u"-layout"_s, m_demoPdf, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(u"BRAF V600E"_s));
    QVERIFY(text.contains(u"DPYD"_s));
    QVERIFY(text.contains(u"Pharmacogenomics"_s));
    QVERIFY(text.contains(u"Intermediate Metabolizer"_s));
    QVERIFY(!text.contains(u"HOMOZYGOSITY"_s)); // a genotype that was not observed is never printed
    QVERIFY(text.contains(u"EID9851"_s));
    QVERIFY(text.contains(u"Colon Adenocarcinoma (COAD)"_s));
    const int pages = int(text.count(u'\f'));
    QVERIFY(pages >= 2);
    // The knowledge base, tumor type and page number are on every page.
    QCOMPARE(int(text.count(u"Knowledge base: CIViC 2025-07-01"_s)), pages);
    QCOMPARE(int(text.count(u"Tumor type: Colon Adenocarcinoma (COAD)"_s)), pages);
    QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
#endif
}

void TestCli::badInputExitsThreeWithPositionAndNoOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("position");
    QTest::newRow("no #CHROM line") << u"broken/NoChromLine.vcf"_s << u"NoChromLine.vcf:6: "_s;
    QTest::newRow("duplicate sample") << u"broken/DuplicateSampleName.vcf"_s << u"DuplicateSampleName.vcf:6: "_s;
    QTest::newRow("truncated") << u"broken/TruncatedBgzip.vcf.gz"_s << u"TruncatedBgzip.vcf.gz:"_s;
    QTest::newRow("not a variant file") << u"broken/NotAVariantFile.tsv"_s << u"NotAVariantFile.tsv:1: "_s;
}

void TestCli::badInputExitsThreeWithPositionAndNoOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, position);
    const QString out = m_dir.filePath(u"bad.json"_s);
    const QString pdf = m_dir.filePath(u"bad.pdf"_s);
    const Run r = cli({u"annotate"_s,
                       QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u'/' + file,
                       u"--tumor-type"_s,
                       u"LUAD"_s,
                       u"--json"_s,
                       out,
                       u"--pdf"_s,
                       pdf});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(position), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString vcf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("no input") << QStringList{u"annotate"_s, u"--tumor-type"_s, u"LUAD"_s};
    QTest::newRow("unknown tumor type") << QStringList{u"annotate"_s, vcf, u"--tumor-type"_s, u"NOPE"_s};
    QTest::newRow("bad genome") << QStringList{
        u"annotate"_s, vcf, u"--tumor-type"_s, u"LUAD"_s, u"--genome"_s, u"hg17"_s};
    QTest::newRow("unknown option") << QStringList{u"annotate"_s, vcf, u"--tumor-type"_s, u"LUAD"_s, u"--bogus"_s};
    QTest::newRow("unknown sample") << QStringList{
        u"annotate"_s, vcf, u"--tumor-type"_s, u"LUAD"_s, u"--tumor-sample"_s, u"NOPE"_s};
    const QString db = QDir::temp().filePath(u"oncoboard-never-created.sqlite"_s);
    QTest::newRow("impossible sample date")
        << QStringList{u"case"_s, u"new"_s, vcf, u"--db"_s, db, u"--sample-date"_s, u"2026-02-30"_s};
    QTest::newRow("purity not a number") << QStringList{
        u"case"_s, u"new"_s, vcf, u"--db"_s, db, u"--purity"_s, u"NaN"_s};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestCli::annotateWithoutTumorTypeFlagsAndCaps()
{
    const Run r = cli({u"annotate"_s, QStringLiteral(ONCOBOARD_DEMO_VCF), u"--json"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root[u"case"_s][u"flags"_s].toArray(), QJsonArray{u"tumor_type_missing"_s});
    const QJsonArray alterations = root[u"alterations"_s].toArray();
    QCOMPARE(alterations.size(), 3317);
    int withEvidence = 0;
    for (const QJsonValue& a : alterations) {
        QVERIFY(a[u"flags"_s].toArray().contains(u"tumor_type_missing"_s));
        const QJsonValue amp = a[u"tiers"_s][u"amp"_s][u"tier"_s];
        if (!a[u"matches"_s].toArray().isEmpty()) {
            ++withEvidence;
            QVERIFY2(amp.toString().startsWith(u"II-"_s) || amp.toString() == u"III", qPrintable(amp.toString()));
            for (const QJsonValue& m : a[u"matches"_s].toArray())
                QCOMPARE(m[u"tumor_relation"_s].toString(), u"unknown"_s);
        }
        QVERIFY(!amp.toString().startsWith(u"I-"_s));
    }
    QCOMPARE(withEvidence, 19);
}

void TestCli::kbImportsListsAndSwitchesReleases()
{
    const QString kb = m_dir.filePath(u"kb-releases.sqlite"_s);
    QCOMPARE(cli({u"kb"_s, u"init"_s, kb}).exitCode, 0);
    Run r = cli({u"kb"_s, u"list"_s, u"--kb"_s, kb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QList<QByteArray> rows = r.out.trimmed().split('\n');
    // The header and the bundled releases: CIViC, then the other sources by name.
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows[1].startsWith("CIViC\t2025-07-01\tcivic-2025\t"));
    QVERIFY(rows[1].contains("\tyes\tyes\t4568\tCC0-1.0"));
    QVERIFY(rows[2].startsWith("Approvals\t2026-12-01\tapprovals-tsv\t"));
    QVERIFY(rows[3].startsWith("CancerMine\tv47\t"));
    QVERIFY(rows[4].startsWith("pharmOncoX\t2021-12\t"));

    r = cli(
        {u"kb"_s, u"import-civic"_s, QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01"), u"--kb"_s, kb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("imported CIViC 2024-08-01 (civic-2024): 4375 evidence items"), r.out.constData());
    QVERIFY(r.err.contains("warning: 01-Aug-2024-AssertionSummaries.tsv:40: assertion AID87"));

    r = cli({u"kb"_s,
             u"import-oncokb"_s,
             QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/oncokb/allActionableVariants.txt"),
             QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/oncokb/allAnnotatedVariants.txt"),
             u"--release"_s,
             u"site-2026-11"_s,
             u"--kb"_s,
             kb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("imported OncoKB site-2026-11: 9 actionable and 3 annotated rows, 11 evidence items"),
             r.out.constData());
    QCOMPARE(r.err.count("warning: "), 4);

    // The newest CIViC release is active until another is chosen.
    r = cli({u"kb"_s, u"use"_s, u"CIViC"_s, u"2024-08-01"_s, u"--kb"_s, kb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"kb"_s, u"list"_s, u"--kb"_s, kb});
    rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 7);
    QVERIFY(rows[1].startsWith("CIViC\t2024-08-01\tcivic-2024\t"));
    QVERIFY(rows[1].contains("\tno\tyes\t4375\t"));
    QVERIFY(rows[2].contains("\tyes\tno\t4568\t"));
    QVERIFY(rows[5].startsWith("OncoKB\tsite-2026-11\toncokb-files\t"));

    r = cli({u"kb"_s, u"info"_s, u"OncoKB"_s, u"--kb"_s, kb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("rows.evidence: 11\n"));
    QVERIFY(r.out.contains("file: allActionableVariants.txt\tsha256="));
    QVERIFY(r.out.contains("import_warnings: 4\n"));
    QVERIFY(r.out.contains("warning: allActionableVariants.txt:9: unknown OncoKB level '9'; row skipped\n"));

    // The annotation records the releases used; --kb-release overrides the setting for one run.
    const QString vcf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_strelka.vcf");
    auto releases = [&](const QStringList& extra) {
        const Run a = cli(QStringList{u"annotate"_s, vcf, u"--tumor-type"_s, u"MEL"_s, u"--kb"_s, kb} + extra);
        QStringList out;
        if (a.exitCode != 0)
            return QStringList{QString::fromUtf8(a.err)};
        for (const QJsonValue& k : QJsonDocument::fromJson(a.out).object().value(u"knowledge_base"_s).toArray())
            out << k[u"source"_s].toString() + u' ' + k[u"release"_s].toString();
        return out;
    };
    QCOMPARE(releases({}), (QStringList{u"CIViC 2024-08-01"_s, u"Approvals 2026-12-01"_s, u"OncoKB site-2026-11"_s}));
    QCOMPARE(releases({u"--kb-release"_s, u"CIViC=2025-07-01"_s}),
             (QStringList{u"CIViC 2025-07-01"_s, u"Approvals 2026-12-01"_s, u"OncoKB site-2026-11"_s}));
    const Run absent =
        cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"MEL"_s, u"--kb"_s, kb, u"--kb-release"_s, u"CIViC=1999-01-01"_s});
    QCOMPARE(absent.exitCode, 2);
    QVERIFY(absent.err.contains("CIViC 1999-01-01 has not been imported"));
}

void TestCli::kbAddEvidenceIsAnnotated()
{
    const QString kb = m_dir.filePath(u"kb-local.sqlite"_s);
    QCOMPARE(cli({u"kb"_s, u"init"_s, kb}).exitCode, 0);
    Run r = cli({u"kb"_s,           u"add-evidence"_s, u"--kb"_s,         kb,
                 u"--gene"_s,       u"PIK3CA"_s,       u"--alteration"_s, u"E545K"_s,
                 u"--type"_s,       u"Predictive"_s,   u"--level"_s,      u"B"_s,
                 u"--tumor-type"_s, u"BRCA"_s,         u"--therapy"_s,    u"Alpelisib"_s,
                 u"--therapy"_s,    u"Fulvestrant"_s,  u"--statement"_s,  u"Board consensus"_s,
                 u"--curator"_s,    u"Dr. Curator"_s,  u"--reason"_s,     u"Not in CIViC"_s,
                 u"--date"_s,       u"2026-11-20"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("added Local-1: PIK3CA E545K, level B\n"));

    // A MAF whose PIK3CA E545K carries its protein change.
    r = cli({u"annotate"_s,
             QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf"),
             u"--tumor-type"_s,
             u"BRCA"_s,
             u"--kb"_s,
             kb});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    bool local = false;
    for (const QJsonValue& a : root.value(u"alterations"_s).toArray())
        for (const QJsonValue& m : a[u"matches"_s].toArray())
            if (m[u"source"_s].toString() == u"Local")
                local = m[u"evidence_id"_s].toString() == u"Local-1" && m[u"therapies"_s].toArray().size() == 2;
    QVERIFY(local);

    // Without a curator the item is refused, and nothing is added.
    r = cli({u"kb"_s,
             u"add-evidence"_s,
             u"--kb"_s,
             kb,
             u"--gene"_s,
             u"BRAF"_s,
             u"--alteration"_s,
             u"V600E"_s,
             u"--type"_s,
             u"Predictive"_s,
             u"--level"_s,
             u"B"_s,
             u"--disease"_s,
             u"Melanoma"_s,
             u"--statement"_s,
             u"x"_s,
             u"--reason"_s,
             u"y"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("curator"));
    r = cli({u"kb"_s, u"info"_s, u"Local"_s, u"--kb"_s, kb});
    QVERIFY(r.out.contains("rows.evidence: 1\n"));
}

void TestCli::kbTherapyFindsSynonyms()
{
    const QString kb = m_dir.filePath(u"kb-therapy.sqlite"_s);
    QCOMPARE(cli({u"kb"_s, u"init"_s, kb}).exitCode, 0);
    // A code name and a brand name both find vemurafenib and CIViC's 121 items that name it.
    for (const QString& asked : {u"PLX4032"_s, u"zelboraf"_s}) {
        const Run r = cli({u"kb"_s, u"therapy"_s, asked, u"--kb"_s, kb});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("name: Vemurafenib\n"), r.out.constData());
        QVERIFY(r.out.contains("evidence_items.CIViC 2025-07-01: 121\n"));
    }
    const Run unknown = cli({u"kb"_s, u"therapy"_s, u"no-such-drug-xyz"_s, u"--kb"_s, kb});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("not in the therapy vocabulary"));
}

void TestCli::kbRelationPrintsThePath_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("relation");
    QTest::addColumn<QByteArray>("inPath");
    QTest::newRow("same") << QStringList{u"MEL"_s, u"1909"_s} << QByteArray("same") << QByteArray("DOID:1909 melanoma");
    QTest::newRow("broader") << QStringList{u"LUAD"_s, u"DOID:3908"_s} << QByteArray("evidence_broader")
                             << QByteArray("is_a DOID:3908 lung non-small cell carcinoma");
    QTest::newRow("narrower") << QStringList{u"NSCLC"_s, u"3910"_s} << QByteArray("evidence_narrower")
                              << QByteArray("DOID:3910 lung adenocarcinoma");
    QTest::newRow("unknown code") << QStringList{u"NOPE"_s, u"162"_s} << QByteArray("unknown")
                                  << QByteArray("NOPE: not an OncoTree code");
}

void TestCli::kbRelationPrintsThePath()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, relation);
    QFETCH(QByteArray, inPath);
    const Run r = cli(QStringList{u"kb"_s, u"relation"_s} + arguments
                      + QStringList{u"--kb"_s, m_dir.filePath(u"kb-relation.sqlite"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], "relation: " + relation);
    QVERIFY2(lines[1].startsWith("path: ") && lines[1].contains(inPath), lines[1].constData());
}

void TestCli::caseWorkflowFromScripts()
{
    const QString db = test::caseDatabase(m_dir.filePath(u"cases-cli.sqlite"_s));
    const QString maf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");
    Run r = cli({u"case"_s, u"new"_s, maf, u"--db"_s, db, u"--tumor-type"_s, u"BRCA"_s, u"--patient"_s, u"PAT-7"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray id = r.out.trimmed();
    QCOMPARE(id, QByteArray("1"));
    r = cli({u"case"_s,
             u"review"_s,
             u"--db"_s,
             db,
             u"--case"_s,
             u"1"_s,
             u"--alteration"_s,
             u"PIK3CA:p.Glu545Lys"_s,
             u"--decision"_s,
             u"include"_s,
             u"--comment"_s,
             u"alpelisib candidate"_s,
             u"--as"_s,
             u"Dr. P"_s,
             u"--role"_s,
             u"molecular pathologist"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"case"_s,
             u"review"_s,
             u"--db"_s,
             db,
             u"--case"_s,
             u"1"_s,
             u"--alteration"_s,
             u"PIK3CA:p.H1047R"_s,
             u"--decision"_s,
             u"include"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("has no alteration 'PIK3CA:p.H1047R'"));
    for (const QString& state : {u"preliminary"_s, u"final"_s}) {
        r = cli({u"case"_s,
                 u"state"_s,
                 u"--db"_s,
                 db,
                 u"--case"_s,
                 u"1"_s,
                 state,
                 u"--signer"_s,
                 u"Dr. O"_s,
                 u"--role"_s,
                 u"oncologist"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    // A final case refuses writes, and says how to change it.
    r = cli({u"case"_s,
             u"review"_s,
             u"--db"_s,
             db,
             u"--case"_s,
             u"1"_s,
             u"--alteration"_s,
             u"PIK3CA:p.E545K"_s,
             u"--decision"_s,
             u"exclude"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("final and locked"));
    QVERIFY(r.err.contains("amend"));
    r = cli({u"case"_s, u"show"_s, u"--db"_s, db, u"--case"_s, u"1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("PIK3CA:p.E545K\tI-A\t"));
    QVERIFY(r.out.contains("\tinclude\tDr. P\talpelisib candidate\n"));
    // Amending is a signer's: a role is needed.
    r = cli({u"case"_s, u"amend"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--reason"_s, u"corrected VAF"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("give your role: molecular pathologist or oncologist may"), r.err.constData());
    r = cli({u"case"_s,
             u"amend"_s,
             u"--db"_s,
             db,
             u"--case"_s,
             u"1"_s,
             u"--reason"_s,
             u"corrected VAF"_s,
             u"--role"_s,
             u"oncologist"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    r = cli({u"case"_s, u"list"_s, u"--db"_s, db});
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[1].contains("\tPAT-7\t1\tfinal\tyes\tBRCA\t16\t1\t"));
    QVERIFY(rows[2].contains("\tPAT-7\t2\tdraft\tno\tBRCA\t16\t1\t"));

    // The report of the signed version says, on every page and in its JSON, that version 2 replaces it.
    const QString oldJson = m_dir.filePath(u"v1.report.json"_s);
    const QString oldPdf = m_dir.filePath(u"v1.report.pdf"_s);
    r = cli({u"report"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--json"_s, oldJson, u"--pdf"_s, oldPdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile oldReport(oldJson);
    QVERIFY(oldReport.open(QIODevice::ReadOnly));
    const QJsonObject oldCase = QJsonDocument::fromJson(oldReport.readAll()).object().value(u"case"_s).toObject();
    QVERIFY(oldCase.value(u"superseded"_s).toBool());
    QCOMPARE(oldCase.value(u"superseded_by"_s).toObject().value(u"version"_s).toInt(), 2);
    QCOMPARE(oldCase.value(u"superseded_by"_s).toObject().value(u"id"_s).toInt(), 2);
    QCOMPARE(oldCase.value(u"case_number"_s).toInt(), 1);
#ifdef PDFTOTEXT_EXECUTABLE
    QProcess text;
    text.start(QStringLiteral(PDFTOTEXT_EXECUTABLE), {u"-layout"_s, oldPdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString pages = QString::fromUtf8(text.readAllStandardOutput());
    const int pageCount = int(pages.count(u'\f'));
    QVERIFY(pageCount >= 2);
    // Every page, and the banner; the versions share the case's number.
    QCOMPARE(int(pages.count(u"SUPERSEDED by version 2 of case 1"_s)), pageCount + 1);
    QVERIFY(pages.contains(u"Patient PAT-7, case 1, version 1"_s));
    // The review column says who decided, with the comment.
    QVERIFY2(pages.contains(u"included by"_s) && pages.contains(u"\u201calpelisib"_s), qPrintable(pages.left(4000)));
#endif
    const QString newJson = m_dir.filePath(u"v2.report.json"_s);
    r = cli({u"report"_s, u"--db"_s, db, u"--case"_s, u"2"_s, u"--json"_s, newJson});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile newReport(newJson);
    QVERIFY(newReport.open(QIODevice::ReadOnly));
    const QJsonObject newCase = QJsonDocument::fromJson(newReport.readAll()).object().value(u"case"_s).toObject();
    QVERIFY(!newCase.value(u"superseded"_s).toBool());
    QVERIFY(!newCase.contains(u"superseded_by"_s));
    QCOMPARE(newCase.value(u"case_number"_s).toInt(), 1);
    QCOMPARE(newCase.value(u"version"_s).toInt(), 2);

    // FHIR: the signed version an amendment replaces is withdrawn; the amendment names it.
    auto fhirReport = [&](const QString& caseId) {
        const QString out = m_dir.filePath(u"v%1.fhir.json"_s.arg(caseId));
        const Run f = cli({u"report"_s, u"--db"_s, db, u"--case"_s, caseId, u"--fhir"_s, out});
        QFile file(out);
        if (f.exitCode != 0 || !file.open(QIODevice::ReadOnly))
            return QJsonObject();
        for (const QJsonValue& e : QJsonDocument::fromJson(file.readAll()).object().value(u"entry"_s).toArray())
            if (e[u"resource"_s][u"resourceType"_s] == u"DiagnosticReport"_s)
                return e[u"resource"_s].toObject();
        return QJsonObject();
    };
    const QJsonObject oldFhir = fhirReport(u"1"_s);
    QCOMPARE(oldFhir.value(u"status"_s).toString(), u"entered-in-error"_s);
    QVERIFY(oldFhir.value(u"conclusion"_s).toString().startsWith(u"Superseded by version 2 of case 1"_s));
    const QJsonObject newFhir = fhirReport(u"2"_s);
    QCOMPARE(newFhir.value(u"status"_s).toString(), u"partial"_s); // the amendment is a draft
    bool replaces = false;
    for (const QJsonValue& x : newFhir.value(u"extension"_s).toArray())
        replaces = replaces
                   || (x[u"url"_s] == u"http://hl7.org/fhir/StructureDefinition/diagnosticReport-replaces"_s
                       && x[u"valueReference"_s][u"identifier"_s][u"value"_s] == oldCase.value(u"uid"_s)
                       && x[u"valueReference"_s][u"display"_s] == u"case 1, version 1"_s);
    QVERIFY2(replaces, QJsonDocument(newFhir.value(u"extension"_s).toArray()).toJson().constData());

    // Bundles move the signed version; importing twice adds nothing.
    const QString bundle = m_dir.filePath(u"case1.oncoboard-case"_s);
    r = cli({u"case"_s, u"export-bundle"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--out"_s, bundle});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString other = test::caseDatabase(m_dir.filePath(u"cases-other.sqlite"_s));
    r = cli({u"case"_s, u"import-bundle"_s, u"--db"_s, other, bundle});
    QCOMPARE(r.out.trimmed(), QByteArray("1\timported"));
    r = cli({u"case"_s, u"import-bundle"_s, u"--db"_s, other, bundle});
    QCOMPARE(r.out.trimmed(), QByteArray("1\talready present"));

    QCOMPARE(cli({u"kb"_s, u"init"_s, m_dir.filePath(u"kb-recheck.sqlite"_s)}).exitCode, 0);
    r = cli({u"recheck"_s, db, u"--case"_s, u"1"_s, u"--kb"_s, m_dir.filePath(u"kb-recheck.sqlite"_s)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("case 1: 16 alterations re-annotated\n"));
    QVERIFY(r.out.contains("no change in evidence or tiers"));
    r = cli({u"audit"_s, u"verify"_s, db});
    QCOMPARE(r.exitCode, 0);
    // create, review, two states with their signatures and the signer's key, the content signed, amend
    QVERIFY2(r.out.startsWith("audit trail intact: 9 entries; 1 of 1 final case(s) as they were signed"),
             r.out.constData());
}

void TestCli::boardPlanAndReportFromScripts()
{
    const QString db = test::caseDatabase(m_dir.filePath(u"cases-plan.sqlite"_s));
    const QString demo = QStringLiteral(ONCOBOARD_SOURCE_DIR "/resources/demo/");
    Run r = cli({u"case"_s,
                 u"new"_s,
                 demo + u"T001-COAD.grch37.vcf.gz"_s,
                 demo + u"T001-COAD.grch37.cna.tsv"_s,
                 u"--db"_s,
                 db,
                 u"--tumor-type"_s,
                 u"COAD"_s,
                 u"--patient"_s,
                 u"PAT-T001"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::fromUtf8(r.out.trimmed());
    auto plan = [&](const QStringList& more) {
        return cli(QStringList{u"plan"_s} + more.mid(0, 1) + QStringList{u"--db"_s, db, u"--case"_s, id} + more.mid(1));
    };
    // A therapy pre-filled from its CIViC item, a trial, and a malformed trial id.
    r = plan({u"add"_s,
              u"--evidence"_s,
              u"EID9851"_s,
              u"--therapy"_s,
              u"encorafenib"_s,
              u"--therapy"_s,
              u"Erbitux"_s,
              u"--rationale"_s,
              u"BEACON CRC"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = plan({u"add"_s,
              u"--kind"_s,
              u"trial"_s,
              u"--title"_s,
              u"HER2 trial"_s,
              u"--trial"_s,
              u"NCT03043313"_s,
              u"--alteration"_s,
              u"erbb2:amplification"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString trialId = QString::fromUtf8(r.out.trimmed());
    r = plan({u"add"_s, u"--kind"_s, u"trial"_s, u"--trial"_s, u"NCT123"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("NCT123"));
    r = plan(
        {u"add"_s, u"--evidence"_s, u"EID1409"_s, u"--therapy"_s, u"Vemurafenib"_s, u"--evidence"_s, u"EID999999"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("EID999999"));
    // Several evidence items: the first fills the item, the others add their ids and citations.
    r = plan({u"add"_s, u"--evidence"_s, u"EID12161"_s, u"--evidence"_s, u"CIViC:EID3017"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString combined = QString::fromUtf8(r.out.trimmed());
    r = plan({u"list"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("CIViC:EID12161,CIViC:EID3017"), r.out.constData());
    QVERIFY(r.out.contains("PMID:37059834,PMID:27283860"));
    QCOMPARE(plan({u"remove"_s, u"--item"_s, combined}).exitCode, 0);
    r = plan({u"list"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString list = QString::fromUtf8(r.out);
    // Brand names resolve to the NCIt name, with ChEMBL ids; the evidence's citation comes along.
    QVERIFY2(list.contains(u"Encorafenib + Cetuximab"_s), qPrintable(list));
    QVERIFY(list.contains(u"ChEMBL:CHEMBL"_s));
    QVERIFY(list.contains(u"CIViC:EID9851"_s));
    QVERIFY(list.contains(u"PMID:31566309"_s));
    QVERIFY(list.contains(u"NCT03043313"_s));
    r = plan({u"remove"_s, u"--item"_s, trialId});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!plan({u"list"_s}).out.contains("NCT03043313"));
    r = plan({u"set"_s, u"--conclusion"_s, u"Encorafenib with cetuximab."_s, u"--follow-up"_s, u"2027-02-01"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"case"_s,
             u"state"_s,
             u"--db"_s,
             db,
             u"--case"_s,
             id,
             u"preliminary"_s,
             u"--signer"_s,
             u"Dr. P"_s,
             u"--role"_s,
             u"molecular pathologist"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The same case reported twice: the same bytes (the generation time from SOURCE_DATE_EPOCH).
    qputenv("SOURCE_DATE_EPOCH", "1795000000");
    QStringList outputs[2];
    for (int run = 0; run < 2; ++run) {
        const QString base = m_dir.filePath(u"report%1"_s.arg(run));
        outputs[run] = {base + u".pdf"_s, base + u".json"_s, base + u".fhir.json"_s};
        r = cli({u"report"_s,
                 u"--db"_s,
                 db,
                 u"--case"_s,
                 id,
                 u"--pdf"_s,
                 outputs[run][0],
                 u"--json"_s,
                 outputs[run][1],
                 u"--fhir"_s,
                 outputs[run][2]});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    qunsetenv("SOURCE_DATE_EPOCH");
    auto bytes = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    for (int i : {1, 2}) {
        QVERIFY(!bytes(outputs[0][i]).isEmpty());
        QCOMPARE(bytes(outputs[1][i]), bytes(outputs[0][i]));
    }
    const QJsonObject report = QJsonDocument::fromJson(bytes(outputs[0][1])).object();
    QCOMPARE(report.value(u"schema"_s).toString(), u"oncoboard.report/1"_s);
    QCOMPARE(report.value(u"plan"_s).toObject().value(u"items"_s).toArray().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(bytes(outputs[0][2])).object().value(u"resourceType"_s).toString(), u"Bundle"_s);
#ifdef PDFTOTEXT_EXECUTABLE
    QString texts[2];
    for (int run = 0; run < 2; ++run) {
        QProcess p;
        p.start(QStringLiteral(PDFTOTEXT_EXECUTABLE), {u"-layout"_s, outputs[run][0], u"-"_s});
        QVERIFY(p.waitForFinished(60000));
        texts[run] = QString::fromUtf8(p.readAllStandardOutput());
    }
    QCOMPARE(texts[1], texts[0]);
    QVERIFY(texts[0].contains(u"Treatment plan of the tumor board"_s));
    QVERIFY(texts[0].contains(u"BEACON CRC"_s));
#endif

    // Signed final: the plan refuses changes, with the reason.
    r = cli({u"case"_s,
             u"state"_s,
             u"--db"_s,
             db,
             u"--case"_s,
             id,
             u"final"_s,
             u"--signer"_s,
             u"Dr. O"_s,
             u"--role"_s,
             u"oncologist"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = plan({u"add"_s, u"--therapy"_s, u"Vemurafenib"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("final and locked"), r.err.constData());
    r = plan({u"set"_s, u"--conclusion"_s, u"changed"_s});
    QVERIFY(r.exitCode != 0);
}

void TestCli::auditVerifyFailsOnTampering()
{
    const QString db = test::caseDatabase(m_dir.filePath(u"cases-tamper.sqlite"_s));
    const QString maf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");
    QCOMPARE(cli({u"case"_s, u"new"_s, maf, u"--db"_s, db, u"--tumor-type"_s, u"BRCA"_s}).exitCode, 0);
    QCOMPARE(cli({u"case"_s,
                  u"review"_s,
                  u"--db"_s,
                  db,
                  u"--case"_s,
                  u"1"_s,
                  u"--alteration"_s,
                  u"PIK3CA:p.E545K"_s,
                  u"--decision"_s,
                  u"vus"_s})
                 .exitCode,
             0);
    const QString tampered = test::tamper(db, {u"UPDATE audit SET new_value = 'include' WHERE seq = 2"_s});
    QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
    const Run r = cli({u"audit"_s, u"verify"_s, db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("audit trail broken at entry 2 of 2"), r.err.constData());
}

void TestCli::kbUsageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no kb command") << QStringList{u"kb"_s};
    QTest::newRow("unknown kb command") << QStringList{u"kb"_s, u"frobnicate"_s};
    QTest::newRow("use needs two arguments") << QStringList{u"kb"_s, u"use"_s, u"CIViC"_s};
    QTest::newRow("use of an absent release") << QStringList{u"kb"_s, u"use"_s, u"CIViC"_s, u"1999-01-01"_s};
    QTest::newRow("info of an absent source") << QStringList{u"kb"_s, u"info"_s, u"NoSuchSource"_s};
    QTest::newRow("bad --kb-release") << QStringList{
        u"annotate"_s,
        QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_strelka.vcf"),
        u"--tumor-type"_s,
        u"MEL"_s,
        u"--kb-release"_s,
        u"CIViC"_s};
    QTest::newRow("bad level") << QStringList{u"kb"_s,
                                              u"add-evidence"_s,
                                              u"--gene"_s,
                                              u"BRAF"_s,
                                              u"--alteration"_s,
                                              u"V600E"_s,
                                              u"--type"_s,
                                              u"Predictive"_s,
                                              u"--level"_s,
                                              u"Z"_s,
                                              u"--disease"_s,
                                              u"Melanoma"_s,
                                              u"--statement"_s,
                                              u"x"_s,
                                              u"--curator"_s,
                                              u"c"_s,
                                              u"--reason"_s,
                                              u"r"_s};
}

void TestCli::kbUsageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestCli::annotateWithTheLabsReference()
{
    // bcftools csq's TOR1AIP1 fixture: its own FASTA and a raw record at 1:643 (REF T) and 1:646
    // with a REF the reference does not have.
    const QString fasta = QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u"/csq/ENST00000271583/ENST00000271583.fa"_s;
    const QString vcf = m_dir.filePath(u"ref.vcf"_s);
    QFile f(vcf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n##contig=<ID=1,length=249250621>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            "1\t643\t.\tT\tC\t.\tPASS\t.\n1\t646\t.\tG\tA\t.\tPASS\t.\n");
    f.close();
    Run r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"LUAD"_s, u"--reference"_s, fasta});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"ref.vcf:5: REF G at 1:646 differs from the reference genome's C"_s),
             r.err.constData());
    const QJsonObject c = QJsonDocument::fromJson(r.out).object().value(u"case"_s).toObject();
    QCOMPARE(c.value(u"functional_annotation"_s).toObject().value(u"reference_genome"_s).toString(), fasta);

    // A missing reference, or one without its index, stops before anything is read (exit 3).
    r = cli({u"annotate"_s, vcf, u"--reference"_s, m_dir.filePath(u"none.fa"_s)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"none.fa: no such reference genome file"_s), r.err.constData());
    const QString unindexed = m_dir.filePath(u"unindexed.fa"_s);
    QVERIFY(QFile::copy(fasta, unindexed));
    r = cli({u"annotate"_s, vcf, u"--reference"_s, unindexed});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"samtools faidx"_s), r.err.constData());
}

namespace {

QByteArray digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

void TestCli::outputsNeverReplaceWhatTheRunReads()
{
    QTemporaryDir dir;
    const QString vcf = dir.filePath(u"in.vcf"_s);
    QVERIFY(QFile::copy(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf"), vcf));
    const QByteArray before = digestOf(vcf);
    // annotate in.vcf --json in.vcf: refused, the input untouched.
    Run r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--json"_s, vcf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("which the run reads"), r.err.constData());
    QCOMPARE(digestOf(vcf), before);
    // ... also through another name for the same file.
    const QString link = dir.filePath(u"link.vcf"_s);
    QVERIFY(QFile::link(vcf, link));
    r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--tsv"_s, link});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(digestOf(vcf), before);

    // The case database is never replaced by an export or a report.
    const QString db = dir.filePath(u"cases.sqlite"_s);
    QCOMPARE(cli({u"case"_s, u"new"_s, vcf, u"--db"_s, db, u"--tumor-type"_s, u"BRCA"_s}).exitCode, 0);
    const QByteArray dbBefore = digestOf(db);
    r = cli({u"case"_s, u"export-bundle"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--out"_s, db});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("which the run reads"), r.err.constData());
    r = cli({u"report"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--json"_s, db});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(digestOf(db), dbBefore);
    r = cli({u"case"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);

    // A device is written in place, never replaced by a regular file.
    r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--json"_s, u"/dev/stdout"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).isObject());
    QVERIFY(QFileInfo(u"/dev/null"_s).exists() && !QFileInfo(u"/dev/null"_s).isFile());
    r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--json"_s, u"/dev/null"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFileInfo(u"/dev/null"_s).isFile());
}

void TestCli::fullDiskLeavesNoPartialFile()
{
    const QString vcf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf");
    // A device that is always full.
    Run r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--json"_s, u"/dev/full"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No space left on device"), r.err.constData());

    // A file system that takes 64 kB of a file and no more (RLIMIT_FSIZE: a write is cut short, then
    // refused, as on a full disk; the knowledge base is only read): the JSON (277 kB) and the PDF
    // (128 kB) fail with exit 1, the earlier file stays as it was, and no temporary file is left.
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.json"_s);
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("{\"earlier\": true}\n");
    old.close();
    for (const QString& option : {u"--json"_s, u"--pdf"_s}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            const struct rlimit limit = {65536, 65536};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        p.start(QStringLiteral(ONCOBOARD_CLI_PATH), {u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, option, out});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("nothing was written"), err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.json"_s});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("{\"earlier\": true}\n"));
        old.close();
    }
}

void TestCli::foreignDatabasesAreLeftAlone()
{
    // Another application's SQLite file given as --db or --kb is refused and stays as it was; a
    // mistyped --kb path does not give a fresh, empty knowledge base.
    QTemporaryDir dir;
    const QString foreign = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"_s));
        QVERIFY(q.exec(u"INSERT INTO invoices (amount) VALUES (12.5)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = digestOf(foreign);
    const QString vcf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf");
    Run r = cli({u"case"_s, u"new"_s, vcf, u"--db"_s, foreign, u"--tumor-type"_s, u"BRCA"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("not an OncoBoard case database"), r.err.constData());
    r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--kb"_s, foreign});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("not an OncoBoard knowledge base"), r.err.constData());
    QCOMPARE(digestOf(foreign), before);

    // A case database is no knowledge base, nor the other way round.
    const QString cases = dir.filePath(u"cases.sqlite"_s);
    QCOMPARE(cli({u"case"_s, u"new"_s, vcf, u"--db"_s, cases, u"--tumor-type"_s, u"BRCA"_s}).exitCode, 0);
    r = cli({u"kb"_s, u"list"_s, u"--kb"_s, cases});
    QVERIFY(r.exitCode != 0);
    const QString kb = dir.filePath(u"kb.sqlite"_s);
    QCOMPARE(cli({u"kb"_s, u"init"_s, kb}).exitCode, 0);
    r = cli({u"case"_s, u"list"_s, u"--db"_s, kb});
    QVERIFY(r.exitCode != 0);

    const QString typo = dir.filePath(u"typo/kb.sqlite"_s);
    r = cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--kb"_s, typo});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("kb init"), r.err.constData());
    QVERIFY(!QFileInfo::exists(typo));
}

void TestCli::exportsNameInputsWithoutTheirFolder()
{
    // A folder named after the patient must not travel with the report or the bundle.
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"Doe_John_1970-01-01_MRN12345"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString vcf = folder + u"/tumor.vcf"_s;
    QVERIFY(QFile::copy(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf"), vcf));
    const QString db = dir.filePath(u"cases.sqlite"_s);
    QCOMPARE(cli({u"case"_s, u"new"_s, vcf, u"--db"_s, db, u"--tumor-type"_s, u"BRCA"_s}).exitCode, 0);
    const QString bundle = dir.filePath(u"case.json"_s);
    const QString report = dir.filePath(u"report.json"_s);
    const QString fhir = dir.filePath(u"fhir.json"_s);
    QCOMPARE(cli({u"case"_s, u"export-bundle"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--out"_s, bundle}).exitCode, 0);
    QCOMPARE(cli({u"report"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--json"_s, report, u"--fhir"_s, fhir}).exitCode,
             0);
    for (const QString& out : {bundle, report, fhir}) {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(!text.contains("Doe_John"), qPrintable(out));
        if (out != fhir)
            QVERIFY2(text.contains("tumor.vcf"), qPrintable(out)); // still named, by file name
    }
    // The bundle still imports (its checksum covers what it carries).
    const QString other = dir.filePath(u"other.sqlite"_s);
    QCOMPARE(cli({u"case"_s, u"import-bundle"_s, bundle, u"--db"_s, other}).exitCode, 0);
}

void TestCli::endlessInputIsBounded()
{
    // A device that never ends a line is not read forever.
    const Run r = cli({u"annotate"_s, u"/dev/zero"_s, u"--tumor-type"_s, u"BRCA"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("/dev/zero:1:") && r.err.contains("longer than 64 MiB"), r.err.constData());
    QVERIFY(r.out.isEmpty());

    // A file with more alterations than --max-records stops there (exit 3, no output); at its
    // own count it is read.
    const QString vcf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_muse.vcf");
    const QString out = m_dir.filePath(u"capped.json"_s);
    const Run capped =
        cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--max-records"_s, u"100"_s, u"--json"_s, out});
    QCOMPARE(capped.exitCode, 3);
    QVERIFY2(capped.err.contains("vcf2maf_test_muse.vcf:206: the file gives more than 100 alterations"),
             capped.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(cli({u"annotate"_s, vcf, u"--tumor-type"_s, u"BRCA"_s, u"--max-records"_s, u"434"_s, u"--json"_s, out})
                 .exitCode,
             0);
    QCOMPARE(cli({u"annotate"_s, vcf, u"--max-records"_s, u"many"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
