#include "TestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

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

private:
    Run cli(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_demoJson;
    QString m_demoPdf;
    QString m_demoTsv;
};

Run TestCli::cli(const QStringList& arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ONCOBOARD_CLI_PATH), arguments);
    if (!p.waitForFinished(120000))
        qWarning() << "oncoboard-cli did not finish";
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               p.readAllStandardOutput(),
               p.readAllStandardError()};
}

void TestCli::initTestCase()
{
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
    QCOMPARE(matched, 2);
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
            const QJsonArray m = o.value(u"matches"_s).toArray();
            pik3ca = !m.isEmpty() && m[0].toObject().value(u"molecular_profile"_s).toString() == u"PIK3CA E545K";
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
    QTest::newRow("no tumor type") << QStringList{u"annotate"_s, vcf};
    QTest::newRow("unknown tumor type") << QStringList{u"annotate"_s, vcf, u"--tumor-type"_s, u"NOPE"_s};
    QTest::newRow("bad genome") << QStringList{
        u"annotate"_s, vcf, u"--tumor-type"_s, u"LUAD"_s, u"--genome"_s, u"hg17"_s};
    QTest::newRow("unknown option") << QStringList{u"annotate"_s, vcf, u"--tumor-type"_s, u"LUAD"_s, u"--bogus"_s};
    QTest::newRow("unknown sample") << QStringList{
        u"annotate"_s, vcf, u"--tumor-type"_s, u"LUAD"_s, u"--tumor-sample"_s, u"NOPE"_s};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_Cli.moc"
