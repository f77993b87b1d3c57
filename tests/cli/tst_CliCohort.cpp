#include "TestConfig.h"
#include "cli/CliRunner.h"

#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "report/AnnotationJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

using Run = onco::test::CliRun;

const QString lamlMaf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz");
const QString lamlClinical = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/clinical/tcga_laml_data_clinical_sample.txt");

/** What a board acts on, per alteration: where and what it is, its three tiers and its flags. */
QStringList callsOf(const QJsonObject& annotation)
{
    QStringList calls;
    for (const QJsonValue& v : annotation.value(u"alterations"_s).toArray()) {
        const QJsonObject a = v.toObject();
        const QJsonObject tiers = a.value(u"tiers"_s).toObject();
        QStringList flags;
        for (const QJsonValue& f : a.value(u"flags"_s).toArray())
            flags << f.toObject().value(u"code"_s).toString();
        calls << u"%1:%2:%3>%4 %5 %6 | AMP %7 ESCAT %8 OncoKB-style %9 | %10"_s.arg(a.value(u"chrom"_s).toString())
                     .arg(a.value(u"pos"_s).toInteger())
                     .arg(a.value(u"ref"_s).toString(),
                          a.value(u"alt"_s).toString(),
                          a.value(u"gene"_s).toString(),
                          a.value(u"hgvsp"_s).toString(),
                          tiers.value(u"amp"_s).toObject().value(u"tier"_s).toString(),
                          tiers.value(u"escat"_s).toObject().value(u"tier"_s).toString(),
                          tiers.value(u"oncokb_style"_s).toObject().value(u"tier"_s).toString())
                     .arg(flags.join(u','));
    }
    return calls;
}

QString sampleOf(const QJsonObject& annotation)
{
    return annotation.value(u"case"_s).toObject().value(u"tumor_sample"_s).toString();
}

QString tumorTypeOf(const QJsonObject& annotation)
{
    return annotation.value(u"case"_s).toObject().value(u"tumor_type"_s).toString();
}

/** The JSON Lines stream: one object per line, each line a whole document. */
QList<QJsonObject> linesOf(const QByteArray& stream)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : stream.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !d.isObject())
            return {};
        objects << d.object();
    }
    return objects;
}

} // namespace

/** annotate-cohort: every sample of a study its own case, as a single run would make it. */
class TestCliCohort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cohortGivesTheTiersOfSingleRuns();
    void outputIsTheSameWhateverTheThreads();
    void tumorTypePerSampleFromTheTable();
    void oneVcfPerPatient();
    void tsvHasTheAnnotatorColumns();
    void caseNewStillAsksForTheSample();
    void usageErrors();

private:
    Run cli(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_kb;
    QByteArray m_jsonl; ///< the LAML cohort with its table, default AML
};

Run TestCliCohort::cli(const QStringList& arguments)
{
    return test::runCli(arguments);
}

void TestCliCohort::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_kb = m_dir.filePath(u"kb.sqlite"_s);
    const Run init = cli({u"kb"_s, u"init"_s, m_kb});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const Run r = cli({u"annotate-cohort"_s,
                       lamlMaf,
                       u"--clinical"_s,
                       lamlClinical,
                       u"--tumor-type"_s,
                       u"AML"_s,
                       u"--kb"_s,
                       m_kb,
                       u"--jsonl"_s,
                       u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_jsonl = r.out;
    // The summary: the samples, where their tumor types came from, Tier I per sample.
    QVERIFY2(r.err.contains("193 samples, 2207 alterations; tumor type from the clinical table for 192, the "
                            "default for 1, none for 0"),
             r.err.constData());
    QVERIFY(r.err.contains("Tier I (AMP/ASCO/CAP): "));
    QVERIFY(r.err.contains("  TCGA-AB-"));
}

void TestCliCohort::cohortGivesTheTiersOfSingleRuns()
{
    const QList<QJsonObject> cohort = linesOf(m_jsonl);
    QCOMPARE(cohort.size(), 193);

    auto kb = KnowledgeBase::open(m_kb);
    QVERIFY(kb);
    auto session = Annotator::Session::prepare(**kb, AnnotateOptions{});
    QVERIFY(session);
    QSet<QString> inTable;
    {
        QFile f(lamlClinical);
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.atEnd())
            inTable.insert(QString::fromUtf8(f.readLine()).section(u'\t', 0, 0));
    }
    int tierOneSamples = 0;
    int typed = 0;
    QSet<QString> seen;
    for (const QJsonObject& annotation : cohort) {
        const QString sample = sampleOf(annotation);
        QVERIFY2(!seen.contains(sample), qPrintable(sample));
        seen.insert(sample);
        // The single run: this sample chosen from the same files, the default only without a table row.
        CaseLoadOptions single;
        single.tumorSample = sample;
        if (!inTable.contains(sample))
            single.tumorType = u"AML"_s;
        auto c = CaseLoader::load({lamlMaf, lamlClinical}, single);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        auto result = (*session)->annotate(std::move(*c), **kb);
        QVERIFY(result);
        const QJsonObject alone = QJsonDocument::fromJson(AnnotationJson::write(*result)).object();
        QCOMPARE(tumorTypeOf(annotation), tumorTypeOf(alone));
        QCOMPARE(callsOf(annotation), callsOf(alone));
        // Every member of every alteration: the cohort's records are written with its workers'
        // caches (facts, the items' text), the single run's without.
        QCOMPARE(annotation.value(u"alterations"_s), alone.value(u"alterations"_s));
        typed += tumorTypeOf(annotation) != u"AML" ? 1 : 0;
        tierOneSamples += callsOf(annotation).join(u'\n').contains(u"AMP I-"_s) ? 1 : 0;
    }
    QCOMPARE(typed, 192);          // from the table's ONCOTREE_CODE (APLPMLRARA, AMOL ...)
    QVERIFY(tierOneSamples >= 50); // FLT3, IDH1/2, NPM1 in AML: not an empty comparison

    // And the command itself, for two samples (one with Tier I findings): the same calls.
    for (const QString& sample : {u"TCGA-AB-2821"_s, u"TCGA-AB-2802"_s}) {
        const QString out = m_dir.filePath(sample + u".single.json"_s);
        const Run r =
            cli({u"annotate"_s, lamlMaf, lamlClinical, u"--tumor-sample"_s, sample, u"--kb"_s, m_kb, u"--json"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject alone = QJsonDocument::fromJson(f.readAll()).object();
        const auto it =
            std::find_if(cohort.begin(), cohort.end(), [&](const QJsonObject& o) { return sampleOf(o) == sample; });
        QVERIFY(it != cohort.end());
        QCOMPARE(callsOf(*it), callsOf(alone));
        QCOMPARE(it->value(u"alterations"_s), alone.value(u"alterations"_s));
    }
}

void TestCliCohort::outputIsTheSameWhateverTheThreads()
{
    const QString folder = m_dir.filePath(u"per-sample"_s);
    const QStringList base{
        u"annotate-cohort"_s, lamlMaf, u"--clinical"_s, lamlClinical, u"--tumor-type"_s, u"AML"_s, u"--kb"_s, m_kb};
    const Run one = cli(base + QStringList{u"--threads"_s, u"1"_s, u"--jsonl"_s, u"-"_s, u"--out"_s, folder});
    QVERIFY2(one.exitCode == 0, one.err.constData());
    const Run three = cli(base + QStringList{u"--threads"_s, u"3"_s});
    QVERIFY2(three.exitCode == 0, three.err.constData());
    QCOMPARE(one.out, m_jsonl);
    QCOMPARE(three.out, m_jsonl);

    // One file per sample, the same document as its line (indented, not on one line).
    const QStringList files = QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 193);
    QFile f(QDir(folder).filePath(u"TCGA-AB-2821.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.count('\n') > 100);
    const QList<QJsonObject> lines = linesOf(m_jsonl);
    const auto it =
        std::find_if(lines.begin(), lines.end(), [](const QJsonObject& o) { return sampleOf(o) == u"TCGA-AB-2821"; });
    QVERIFY(it != lines.end());
    QCOMPARE(QJsonDocument::fromJson(text).object(), *it);
    QCOMPARE(it->value(u"schema"_s).toString(), u"oncoboard.annotation/1"_s);

    // A run that fails (here: a full disk for the JSON Lines) leaves the folder as it was.
    if (QFileInfo::exists(u"/dev/full"_s)) {
        const QString empty = m_dir.filePath(u"failed-run"_s);
        QVERIFY(QDir().mkpath(empty));
        const Run failed = cli(base + QStringList{u"--jsonl"_s, u"/dev/full"_s, u"--out"_s, empty});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("/dev/full"), failed.err.constData());
        QCOMPARE(QDir(empty).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
}

void TestCliCohort::tumorTypePerSampleFromTheTable()
{
    // A cBioPortal table naming types by name, a code with a typing error, and samples it lacks.
    const QString table = m_dir.filePath(u"clinical.tsv"_s);
    {
        QFile f(table);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#Sample Identifier\tCancer Type Detailed\tOncotree Code\n"
                "#STRING\tSTRING\tSTRING\n"
                "SAMPLE_ID\tCANCER_TYPE_DETAILED\tONCOTREE_CODE\n"
                "TCGA-AB-2803\tAPL with PML-RARA\t\n"
                "TCGA-AB-2821\t\tAMLX\n"
                "TCGA-AB-2802\t\tAMOL\n");
    }
    const Run r = cli({u"annotate-cohort"_s, lamlMaf, u"--clinical"_s, table, u"--kb"_s, m_kb, u"--jsonl"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("tumor type from the clinical table for 2, the default for 0, none for 191"),
             r.err.constData());
    QVERIFY2(r.err.contains("clinical.tsv:5: tumor type 'AMLX' of sample TCGA-AB-2821 is not an OncoTree code"),
             r.err.constData());
    QHash<QString, QJsonObject> bySample;
    for (const QJsonObject& o : linesOf(r.out))
        bySample.insert(sampleOf(o), o);
    QCOMPARE(bySample.size(), 193);
    QCOMPARE(tumorTypeOf(bySample.value(u"TCGA-AB-2803"_s)), u"APLPMLRARA"_s);
    QCOMPARE(tumorTypeOf(bySample.value(u"TCGA-AB-2802"_s)), u"AMOL"_s);
    // Without a tumor type: flagged, and nothing above Tier II.
    for (const QString& sample : {u"TCGA-AB-2821"_s, u"TCGA-AB-2988"_s}) {
        const QJsonObject o = bySample.value(sample);
        QVERIFY(tumorTypeOf(o).isEmpty());
        const QString calls = callsOf(o).join(u'\n');
        QVERIFY2(!calls.contains(u"AMP I-"_s), qPrintable(calls));
        QVERIFY2(calls.contains(u"tumor_type_missing"_s) || QJsonDocument(o).toJson().contains("tumor_type_missing"),
                 qPrintable(sample));
    }
}

void TestCliCohort::oneVcfPerPatient()
{
    // Two callers' VCFs, both with columns named TUMOR and NORMAL: two patients, never merged. (A
    // cohort is of one genome build, as a case is: given here, since only one of the files tells it.)
    const QString muse = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_muse.vcf");
    const QString strelka = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_strelka.vcf");
    const Run r =
        cli({u"annotate-cohort"_s, muse, strelka, u"--tumor-type"_s, u"LUAD"_s, u"--kb"_s, m_kb, u"--jsonl"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> cases = linesOf(r.out);
    QCOMPARE(cases.size(), 2);
    QCOMPARE(sampleOf(cases[0]), u"vcf2maf_test_muse:TUMOR"_s); // "TUMOR" names no patient
    QCOMPARE(sampleOf(cases[1]), u"vcf2maf_test_strelka:TUMOR"_s);
    QCOMPARE(cases[1].value(u"case"_s).toObject().value(u"normal_sample"_s).toString(),
             u"vcf2maf_test_strelka:NORMAL"_s);
    // Each case holds its own file's variants only: as many as that VCF annotated alone.
    for (int i = 0; i < 2; ++i) {
        const Run alone = cli({u"annotate"_s,
                               i == 0 ? muse : strelka,
                               u"--genome"_s,
                               u"GRCh37"_s,
                               u"--tumor-type"_s,
                               u"LUAD"_s,
                               u"--kb"_s,
                               m_kb,
                               u"--json"_s,
                               u"-"_s});
        QVERIFY2(alone.exitCode == 0, alone.err.constData());
        QCOMPARE(callsOf(cases[i]), callsOf(QJsonDocument::fromJson(alone.out).object()));
    }

    // A VCF whose tumor column cannot be told: refused, not guessed.
    const Run unnamed = cli(
        {u"annotate-cohort"_s, QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/unnamed_samples.vcf"), u"--kb"_s, m_kb});
    QCOMPARE(unnamed.exitCode, 2);
    QVERIFY2(unnamed.err.contains("cannot tell which sample is the tumor (samples: S1, S2)"), unnamed.err.constData());
    QVERIFY(unnamed.out.isEmpty());
}

void TestCliCohort::tsvHasTheAnnotatorColumns()
{
    const QString out = m_dir.filePath(u"cohort.tsv"_s);
    const Run r = cli({u"annotate-cohort"_s,
                       lamlMaf,
                       u"--clinical"_s,
                       lamlClinical,
                       u"--tumor-type"_s,
                       u"AML"_s,
                       u"--kb"_s,
                       m_kb,
                       u"--tsv"_s,
                       out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = f.readAll().split('\n');
    const QList<QByteArray> header = rows.front().split('\t');
    for (const char* column : {"Tumor_Sample_Barcode",
                               "ONCOTREE_CODE",
                               "Hugo_Symbol",
                               "HGVSp_Short",
                               "AMP_TIER",
                               "ESCAT_TIER",
                               "HIGHEST_LEVEL",
                               "TX_SENSITIVE",
                               "TX_RESISTANCE"})
        QVERIFY2(header.contains(column), column);
    QCOMPARE(rows.size(), 2207 + 2); // header, the rows, the empty string after the last newline
    const int sample = int(header.indexOf("Tumor_Sample_Barcode"));
    const int gene = int(header.indexOf("Hugo_Symbol"));
    const int amp = int(header.indexOf("AMP_TIER"));
    const int level = int(header.indexOf("HIGHEST_LEVEL"));
    const int sensitive = int(header.indexOf("TX_SENSITIVE"));
    QSet<QByteArray> samples;
    bool flt3WithTherapy = false;
    for (qsizetype i = 1; i + 1 < rows.size(); ++i) {
        const QList<QByteArray> cells = rows[i].split('\t');
        QCOMPARE(cells.size(), header.size());
        samples.insert(cells[sample]);
        if (cells[gene] == "FLT3" && cells[amp].startsWith("I-")) {
            QVERIFY2(cells[level].startsWith("LEVEL_"), rows[i].constData());
            flt3WithTherapy = flt3WithTherapy || !cells[sensitive].isEmpty();
        }
    }
    QCOMPARE(samples.size(), 193);
    QVERIFY(flt3WithTherapy); // midostaurin, gilteritinib ... for FLT3 in AML
}

void TestCliCohort::caseNewStillAsksForTheSample()
{
    // A case is one patient: a cohort file given to `case new` needs the sample named.
    const Run r = cli({u"case"_s, u"new"_s, lamlMaf, u"--db"_s, m_dir.filePath(u"cases.sqlite"_s), u"--kb"_s, m_kb});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("the file holds 193 samples"), r.err.constData());
    QVERIFY2(r.err.contains("--tumor-sample"), r.err.constData());
}

void TestCliCohort::usageErrors()
{
    for (const QStringList& args : {QStringList{u"annotate-cohort"_s},
                                    QStringList{u"annotate-cohort"_s, lamlMaf, u"--tumor-type"_s, u"NOPE"_s},
                                    QStringList{u"annotate-cohort"_s, lamlMaf, u"--threads"_s, u"0"_s},
                                    QStringList{u"annotate-cohort"_s, lamlMaf, u"--clinical"_s, lamlMaf}}) {
        const Run r = cli(args + QStringList{u"--kb"_s, m_kb});
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
        QVERIFY(r.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliCohort)
#include "tst_CliCohort.moc"
