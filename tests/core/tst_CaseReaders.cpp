#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "io/CohortLoader.h"
#include "io/FusionReader.h"
#include "io/InputFormat.h"
#include "io/LineReader.h"
#include "io/NamedEvent.h"
#include "io/SampleSelector.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

QString data(const QString& relative)
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u'/' + relative;
}

Result<Case> load(const QStringList& files, const CaseLoadOptions& options = {})
{
    return CaseLoader::load(files, options);
}

const Alteration* findGene(const Case& c, const QString& gene, AlterationKind kind)
{
    for (const Alteration& a : c.alterations)
        if (a.kind == kind && a.mainGene() == gene)
            return &a;
    return nullptr;
}

} // namespace

class TestCaseReaders : public QObject
{
    Q_OBJECT

private slots:
    void detectsFormatsByContent_data();
    void detectsFormatsByContent();
    void mafWithReadCountsMatchesTheSameCallsAsVcf();
    void minimalMafAndCrOnlyLineEndings();
    void cohortMafNeedsTheSample();
    void gzipTablesCutOrDamagedAreRefused();
    void cohortSplitsEverySample();
    void cohortKeepsOneSamplesFilesTogether();
    void detailedCancerTypeNamesTheTumorType();
    void singleSampleTableAlone();
    void proteinOnlyMafRows();
    void namedEventsInTablesAndMafs();
    void segmentsMapToGenes();
    void alleleSpecificCopyNumber();
    void segmentsWithoutBuildAreKeptUnmapped();
    void fusionsWithNamedAndUnnamedPartners();
    void fusionOrientationWhenNotStated();
    void fusionNames_data();
    void fusionNames();
    void clinicalTableGivesTumorTypeTmbAndMsi();
    void folderBuildsOneCase();
    void sameSampleRules();
    void mafRowsThatCannotBeTrueAreNotRead();
    void misspeltSampleColumnDoesNotMixPatients();
    void identicalRecordsAreListedOnce();
    void readingStopsAtTheRecordCap();
};

void TestCaseReaders::detectsFormatsByContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::newRow("VCF") << u"vcf/vcf2maf_test_maf2vcf.vcf"_s << int(InputFormat::Vcf);
    QTest::newRow("BCF") << u"vcf/vcf2maf_test_maf2vcf.bcf"_s << int(InputFormat::Vcf);
    QTest::newRow("GDC MAF") << u"maf/vcf2maf_test.maf"_s << int(InputFormat::Maf);
    QTest::newRow("minimal MAF") << u"maf/vcf2maf_minimalist_test_maf.tsv"_s << int(InputFormat::Maf);
    QTest::newRow("CR-only MAF.gz") << u"maf/maftools_APL_primary.maf.gz"_s << int(InputFormat::Maf);
    QTest::newRow("SEG") << u"cna/maftools_TCGA.AB.3009.hg19.seg.txt"_s << int(InputFormat::Segments);
    QTest::newRow("major/minor") << u"cna/pcgr_T001.grch37.cna.tsv"_s << int(InputFormat::AlleleSpecificCn);
    QTest::newRow("GISTIC") << u"cna/maftools_gistic_LAML.all_lesions.conf_99.txt"_s << int(InputFormat::GisticLesions);
    QTest::newRow("fusions") << u"fusion/pcgr_T001.grch37.fusions.tsv"_s << int(InputFormat::Fusions);
    QTest::newRow("clinical") << u"clinical/maftools_tcga_laml_annot.tsv"_s << int(InputFormat::Clinical);
    QTest::newRow("not case data") << u"broken/NotAVariantFile.tsv"_s << int(InputFormat::Unknown);
}

void TestCaseReaders::detectsFormatsByContent()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QString reason;
    QCOMPARE(int(detectInputFormat(data(file), &reason)), format);
    QVERIFY(!reason.isEmpty());
}

void TestCaseReaders::mafWithReadCountsMatchesTheSameCallsAsVcf()
{
    // vcf2maf made test.maf from these calls: the MAF's unanchored alleles and the VCF's anchored
    // ones must give the same allele keys (the form CIViC coordinates use).
    auto maf = load({data(u"maf/vcf2maf_test.maf"_s)});
    QVERIFY2(maf, maf ? "" : qPrintable(maf.error().toString()));
    QCOMPARE(maf->alterations.size(), size_t(20));
    QCOMPARE(maf->genome, GenomeBuild::GRCh37);
    QCOMPARE(maf->tumorSample, u"TUMOR"_s);
    QCOMPARE(maf->normalSample, u"NORMAL"_s);
    const Alteration& mtor = maf->alterations.front();
    QCOMPARE(mtor.gene(), u"MTOR"_s);
    QCOMPARE(mtor.pos, 11290179);
    QCOMPARE(mtor.ref, u"A"_s);
    QCOMPARE(mtor.alt, u"-"_s);
    QCOMPARE(mtor.kind, AlterationKind::Deletion);
    QCOMPARE(mtor.consequence(), u"intron_variant"_s);
    QCOMPARE(mtor.tumor.depth, 20);
    QCOMPARE(mtor.tumor.altReads, 10);
    QCOMPARE(mtor.tumor.vaf, 0.5f);
    QCOMPARE(mtor.normal.depth, 35);
    QCOMPARE(mtor.origin.line, 3);

    auto vcf = load({data(u"vcf/vcf2maf_test_maf2vcf.vcf"_s)});
    QVERIFY(vcf);
    QSet<QString> vcfKeys;
    for (const Alteration& a : vcf->alterations) {
        const AlleleKey k = alleleKey(a.chrom, a.pos, a.ref, a.alt);
        vcfKeys.insert(u"%1:%2:%3:%4"_s.arg(k.chrom).arg(k.start).arg(k.ref, k.alt));
    }
    int same = 0;
    for (const Alteration& a : maf->alterations) {
        const AlleleKey k = alleleKey(a.chrom, a.pos, a.ref, a.alt);
        same += vcfKeys.contains(u"%1:%2:%3:%4"_s.arg(k.chrom).arg(k.start).arg(k.ref, k.alt)) ? 1 : 0;
    }
    QCOMPARE(same, 20);
}

void TestCaseReaders::minimalMafAndCrOnlyLineEndings()
{
    // Ten TCGA BRCA samples of ten patients: one is chosen.
    CaseLoadOptions oneSample;
    oneSample.tumorSample = u"TCGA-A1-A0SF-01"_s;
    auto minimal = load({data(u"maf/vcf2maf_minimalist_test_maf.tsv"_s)}, oneSample);
    QVERIFY2(minimal, minimal ? "" : qPrintable(minimal.error().toString()));
    QCOMPARE(minimal->alterations.size(), size_t(40));
    QCOMPARE(minimal->tumorSample, u"TCGA-A1-A0SF-01A-11D-A142-09"_s);
    QVERIFY(minimal->alterations.front().gene().isEmpty()); // five columns: no gene, never invented

    // Old-Mac CR-only line endings, gzip, many samples (not TCGA): the sample must be named.
    auto ambiguous = load({data(u"maf/maftools_APL_primary.maf.gz"_s)});
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().code, CoreError::Code::InvalidArgument);
    QVERIFY(ambiguous.error().message.contains(u"--tumor-sample"_s));
    CaseLoadOptions options;
    options.tumorSample = u"10D"_s;
    auto apl = load({data(u"maf/maftools_APL_primary.maf.gz"_s)}, options);
    QVERIFY2(apl, apl ? "" : qPrintable(apl.error().toString()));
    QCOMPARE(apl->alterations.size(), size_t(2));
    QCOMPARE(apl->genome, GenomeBuild::GRCh37); // NCBI_Build "hg19"
    for (const Alteration& a : apl->alterations) {
        QVERIFY(a.chrom.startsWith(u"chr"_s));
        QVERIFY(a.hgvsp().startsWith(u"p."_s));
    }
}

void TestCaseReaders::cohortMafNeedsTheSample()
{
    auto cohort = load({data(u"maf/maftools_tcga_laml.maf.gz"_s)});
    QVERIFY(!cohort);
    QVERIFY(cohort.error().message.contains(u"193 samples"_s));
    CaseLoadOptions options;
    options.tumorSample = u"TCGA-AB-2988"_s;
    auto one = load({data(u"maf/maftools_tcga_laml.maf.gz"_s)}, options);
    QVERIFY(one);
    QCOMPARE(one->alterations.size(), size_t(15));
    const Alteration& abca10 = one->alterations.front();
    QCOMPARE(abca10.gene(), u"ABCA10"_s);
    QCOMPARE(abca10.hgvsp(), u"p.K960R"_s);
    QCOMPARE(abca10.consequence(), u"splice_donor_variant"_s); // Splice_Site
    QCOMPARE(abca10.tumor.vaf, 0.4566f);                       // i_TumorVAF_WU is a percentage
    QCOMPARE(abca10.transcript(), u"NM_080282.3"_s);
    // The rows of the other 192 samples are not part of the case, and the user is told.
    QVERIFY(one->warningCount >= 1);
    // A sample no input holds is refused, never an empty case; a cohort table that lacks a sample
    // others hold gives nothing, with a warning.
    options.tumorSample = u"TCGA-AB-0000"_s;
    auto none = load({data(u"maf/maftools_tcga_laml.maf.gz"_s)}, options);
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(u"in none of the inputs"_s), qPrintable(none.error().message));
    options.tumorSample = u"TCGA-05-4417-01"_s;
    auto twoTables =
        load({data(u"oncokb_examples/oncokb_example_fusions.txt"_s), data(u"oncokb_examples/oncokb_example_maf.txt"_s)},
             options);
    QVERIFY2(twoTables, twoTables ? "" : qPrintable(twoTables.error().toString()));
    QVERIFY(twoTables->alterations.size() > 2);
}

void TestCaseReaders::gzipTablesCutOrDamagedAreRefused()
{
    // A gzipped table is inflated on its own thread: a cut or damaged file is still refused with
    // the line after the last text read, never read as a shorter table.
    QFile f(data(u"maf/maftools_tcga_laml.maf.gz"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    QTemporaryDir dir;
    CaseLoadOptions options;
    options.tumorSample = u"TCGA-AB-2988"_s;
    const QString cut = dir.filePath(u"cut.maf.gz"_s);
    QFile c(cut);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(whole.left(whole.size() / 2));
    c.close();
    auto truncated = load({cut}, options);
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().code, CoreError::Code::BadInput);
    QVERIFY2(truncated.error().message.contains(u"truncated gzip data"_s), qPrintable(truncated.error().toString()));
    QVERIFY(truncated.error().line > 100);

    QByteArray damaged = whole;
    for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 64; ++i)
        damaged[i] = char(~damaged[i]);
    const QString bad = dir.filePath(u"damaged.maf.gz"_s);
    QFile d(bad);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write(damaged);
    d.close();
    auto corrupt = load({bad}, options);
    QVERIFY(!corrupt);
    QVERIFY2(corrupt.error().message.contains(u"gzip"_s), qPrintable(corrupt.error().toString()));

    auto intact = load({data(u"maf/maftools_tcga_laml.maf.gz"_s)}, options);
    QVERIFY(intact);
    QCOMPARE(intact->alterations.size(), size_t(15));

    // BGZF cut between two of its blocks: every member is whole, only the end-of-file block says
    // the file ended where it should.
    QFile bgzf(data(u"vcf/HCC1395_subset.vep_csq.vcf.gz"_s));
    QVERIFY(bgzf.open(QIODevice::ReadOnly));
    const QByteArray blocks = bgzf.readAll();
    QVERIFY(blocks.endsWith(QByteArray::fromHex("1f8b08040000000000ff0600424302001b0003000000000000000000")));
    for (const auto& [name, bytes] : {std::pair{u"whole.txt.gz"_s, blocks}, {u"cut.txt.gz"_s, blocks.chopped(28)}}) {
        QFile out(dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        LineReader reader;
        QVERIFY(reader.open(out.fileName()));
        QByteArrayView line;
        qint64 lines = 0;
        while (reader.next(line))
            ++lines;
        QVERIFY(lines > 100);
        if (name == u"whole.txt.gz") {
            QVERIFY2(!reader.error(), qPrintable(reader.error() ? reader.error()->toString() : QString()));
        } else {
            QVERIFY(reader.error());
            QVERIFY2(reader.error()->message.contains(u"end-of-file block is missing"_s),
                     qPrintable(reader.error()->toString()));
        }
    }
}

namespace {

/** Every case of a cohort with its alterations, checking the counts the cohort gave before. */
std::vector<Case> takeAll(Cohort& cohort)
{
    std::vector<Case> cases;
    for (std::size_t k = 0; k < cohort.cases.size(); ++k) {
        const std::size_t count = cohort.alterationCount(k);
        cases.push_back(cohort.takeCase(k));
        if (cases.back().alterations.size() != count || !cohort.cases[k].samples.isEmpty())
            return {};
    }
    return cases;
}

} // namespace

void TestCaseReaders::cohortSplitsEverySample()
{
    // Each sample its own case, with the alterations a single load of that sample gives.
    CaseLoadOptions options;
    options.tumorType = u"AML"_s;
    auto cohort = CohortLoader::load(
        {data(u"maf/maftools_tcga_laml.maf.gz"_s), data(u"clinical/tcga_laml_data_clinical_sample.txt"_s)}, options);
    QVERIFY2(cohort, cohort ? "" : qPrintable(cohort.error().toString()));
    const std::vector<Case> cases = takeAll(*cohort);
    QCOMPARE(cases.size(), size_t(193));
    QCOMPARE(cohort->tumorTypeFromTable, 192);
    QCOMPARE(cohort->tumorTypeDefault, 1);
    std::size_t all = 0;
    for (const Case& c : cases) {
        QCOMPARE(c.samples.size(), 1);
        QVERIFY(!c.tumorType.isEmpty());
        for (const Alteration& a : c.alterations)
            QCOMPARE(a.sample, qint16(0));
        all += c.alterations.size();
    }
    QCOMPARE(all, size_t(2207));
    const auto it =
        std::find_if(cases.begin(), cases.end(), [](const Case& c) { return c.tumorSample == u"TCGA-AB-2988"; });
    QVERIFY(it != cases.end());
    QCOMPARE(it->alterations.size(), size_t(15));
    QCOMPARE(it->alterations.front().gene(), u"ABCA10"_s);
    QCOMPARE(it->tumorType, u"AMLNOS"_s); // FAB M1 in the table
    // A chosen sample is no cohort.
    options.tumorSample = u"TCGA-AB-2988"_s;
    QVERIFY(!CohortLoader::load({data(u"maf/maftools_tcga_laml.maf.gz"_s)}, options));
}

void TestCaseReaders::cohortKeepsOneSamplesFilesTogether()
{
    // OncoKB's example: the MAF names TCGA-A6-2672 by its aliquot barcode, a copy-number matrix by
    // its sample barcode: one sample, one case, as `--tumor-sample` would make it. The clinical
    // table gives that sample COAD and then, under the aliquot barcode, MEL: the first row decides.
    QTemporaryDir dir;
    const QString cna = dir.filePath(u"cna.txt"_s);
    QFile f(cna);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Gene Symbol\tLocus ID\tCytoband\tTCGA-A6-2672-01\nERBB2\t0\t0\t2\n");
    f.close();
    auto cohort = CohortLoader::load({data(u"oncokb_examples/oncokb_example_maf.txt"_s),
                                      cna,
                                      data(u"oncokb_examples/oncokb_example_clinical.txt"_s)},
                                     CaseLoadOptions{});
    QVERIFY2(cohort, cohort ? "" : qPrintable(cohort.error().toString()));
    const std::vector<Case> cases = takeAll(*cohort);
    QCOMPARE(cases.size(), size_t(4));
    const auto it = std::find_if(
        cases.begin(), cases.end(), [](const Case& c) { return c.tumorSample == u"TCGA-A6-2672-01A-01W-0833-10"; });
    QVERIFY(it != cases.end());
    QStringList kinds;
    for (const Alteration& a : it->alterations)
        kinds << alterationKindName(a.kind);
    QVERIFY2(kinds.contains(u"CNA"_s) && kinds.contains(u"SNV"_s), qPrintable(kinds.join(u',')));
    QCOMPARE(it->tumorType, u"COAD"_s);
    bool told = false;
    for (const InputIssue& i : cohort->issues)
        told =
            told || i.message.contains(u"tumor type MEL for sample TCGA-A6-2672-01A-01W-0833-10; the case uses COAD"_s);
    QVERIFY(told);

    CaseLoadOptions single;
    single.tumorSample = u"TCGA-A6-2672-01A-01W-0833-10"_s;
    auto alone = load({data(u"oncokb_examples/oncokb_example_maf.txt"_s),
                       cna,
                       data(u"oncokb_examples/oncokb_example_clinical.txt"_s)},
                      single);
    QVERIFY(alone);
    QCOMPARE(alone->alterations.size(), it->alterations.size());
    QCOMPARE(alone->tumorType, it->tumorType);
}

void TestCaseReaders::detailedCancerTypeNamesTheTumorType()
{
    // A cBioPortal sample table without codes names the OncoTree type: the case takes its code.
    QTemporaryDir dir;
    const QString table = dir.filePath(u"data_clinical_sample.txt"_s);
    QFile f(table);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#Sample Identifier\tCancer Type Detailed\n#STRING\tSTRING\nSAMPLE_ID\tCANCER_TYPE_DETAILED\n"
            "TCGA-AB-2988\tAPL with PML-RARA\nTCGA-AB-2869\tNo Such Cancer\n");
    f.close();
    CaseLoadOptions options;
    options.tumorSample = u"TCGA-AB-2988"_s;
    auto c = load({data(u"maf/maftools_tcga_laml.maf.gz"_s), table}, options);
    QVERIFY(c);
    QCOMPARE(c->tumorType, u"APLPMLRARA"_s);
    options.tumorSample = u"TCGA-AB-2869"_s;
    auto unknown = load({data(u"maf/maftools_tcga_laml.maf.gz"_s), table}, options);
    QVERIFY(unknown);
    QVERIFY(unknown->tumorType.isEmpty());
    bool told = false;
    for (const InputIssue& i : unknown->issues)
        told = told || i.message.contains(u"'No Such Cancer' is no OncoTree tumor type"_s);
    QVERIFY(told);
}

void TestCaseReaders::singleSampleTableAlone()
{
    // A sample table given alone, with one sample: its sample is the case's, and its biomarkers are
    // alterations of the case (a table of several samples still needs --tumor-sample).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sample.tsv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SAMPLE_ID\tONCOTREE_CODE\tTMB_NONSYNONYMOUS\tMSI_TYPE\nS1\tCOAD\t42.5\tInstable\n");
    f.close();
    auto c = load({path});
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->tumorType, u"COAD"_s);
    QCOMPARE(c->samples.size(), 1);
    QCOMPARE(c->samples.front().name, u"S1"_s);
    QCOMPARE(c->alterations.size(), size_t(2));
    QCOMPARE(c->alterations[0].detailOrNull()->extra().status, u"TMB-high"_s);
    QCOMPARE(c->alterations[1].detailOrNull()->extra().status, u"MSI-H"_s);
}

void TestCaseReaders::proteinOnlyMafRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"protein_only.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hugo_Symbol\tVariant_Classification\tTumor_Sample_Barcode\tHGVSp_Short\n"
            "BRAF\tMissense_Mutation\tS1\tp.V600E\n"
            "EGFR\tIn_Frame_Del\tS1\tp.E746_A750del\n"
            "\tMissense_Mutation\tS1\t\n");
    f.close();
    auto c = load({path});
    QVERIFY(c);
    QCOMPARE(c->alterations.size(), size_t(2));
    QCOMPARE(c->alterations[0].hgvsp(), u"p.V600E"_s);
    QCOMPARE(c->alterations[0].pos, 0);
    QCOMPARE(c->alterations[1].kind, AlterationKind::Deletion);
    QCOMPARE(c->skippedRecords, 1);
    QCOMPARE(c->issues.front().line, 4);
}

void TestCaseReaders::namedEventsInTablesAndMafs()
{
    // NamedEvent alone: the event under its canonical name, the gene without the event.
    QCOMPARE(NamedEvent::parse(u"FLT3_ITD"_s)->gene, u"FLT3"_s);
    QCOMPARE(NamedEvent::parse(u"FLT3-ITD"_s)->event, u"ITD"_s);
    QCOMPARE(NamedEvent::parse(u"EGFRvIII"_s)->event, u"vIII"_s);
    QCOMPARE(NamedEvent::parse(u"MET"_s, u"exon 14 skipping"_s)->event, u"exon 14 skipping"_s);
    QCOMPARE(NamedEvent::parse(u"MET"_s, u"METex14 skipping"_s)->event, u"exon 14 skipping"_s);
    QCOMPARE(NamedEvent::parse(u"BRAF"_s, u"Kinase Domain Duplication"_s)->event, u"KDD"_s);
    QCOMPARE(NamedEvent::skippedExon(u"exon 14 skipping"_s), 14);
    QVERIFY(!NamedEvent::parse(u"BRAF"_s, u"p.V600E"_s));
    QVERIFY(!NamedEvent::parse(u"SKIDD"_s)); // a symbol may end in the letters of an event
    QVERIFY(!NamedEvent::parse(u"FLT3"_s));

    // A biomarker table (oncokb-annotator style) naming events, not sequence changes.
    QTemporaryDir dir;
    const QString table = dir.filePath(u"biomarkers.txt"_s);
    QFile t(table);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("SAMPLE_ID\tHUGO_SYMBOL\tALTERATION\n"
            "S1\tFLT3\tInternal tandem duplication\n"
            "S1\tEGFR\tEGFRvIII\n"
            "S1\tMET\tMET exon 14 skipping\n"
            "S1\tBRAF\tsomething unnamed\n");
    t.close();
    auto c = load({table});
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->alterations.size(), size_t(4));
    const QStringList expected{u"FLT3 ITD"_s, u"EGFR vIII"_s, u"MET exon 14 skipping"_s, u"BRAF something unnamed"_s};
    for (size_t i = 0; i < 4; ++i) {
        const Alteration& a = c->alterations[i];
        QCOMPARE(a.kind, AlterationKind::StructuralVariant);
        QCOMPARE(a.gene() + u' ' + a.detailOrNull()->extra().svType, expected[qsizetype(i)]);
    }

    // A MAF naming FLT3-ITD in its gene column, with and without a place.
    const QString maf = dir.filePath(u"itd.maf"_s);
    QFile m(maf);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("Hugo_Symbol\tVariant_Classification\tTumor_Sample_Barcode\tHGVSp_Short\tt_alt_count\n"
            "FLT3_ITD\tIn_Frame_Ins\tS1\t\t10\n"
            "FLT3\tIn_Frame_Ins\tS1\tITD\t12\n"
            "NPM1\tFrame_Shift_Ins\tS1\tp.W288fs\t8\n");
    m.close();
    auto mc = load({maf});
    QVERIFY2(mc, mc ? "" : qPrintable(mc.error().toString()));
    QCOMPARE(mc->alterations.size(), size_t(3));
    for (size_t i = 0; i < 2; ++i) {
        const Alteration& a = mc->alterations[i];
        QCOMPARE(a.gene(), u"FLT3"_s);
        QCOMPARE(a.kind, AlterationKind::StructuralVariant);
        QCOMPARE(a.detailOrNull()->extra().svType, u"ITD"_s);
        QVERIFY(a.hgvsp().isEmpty()); // "ITD" is no protein change
    }
    QCOMPARE(mc->alterations[2].hgvsp(), u"p.W288fs"_s);

    // Rows as the maftools APL cohort writes an ITD: the event as classification, the place "NA".
    const QString placed = dir.filePath(u"itd_na.maf"_s);
    QFile p(placed);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("Hugo_Symbol\tChromosome\tStart_Position\tEnd_Position\tVariant_Classification\tVariant_Type\t"
            "Reference_Allele\tTumor_Seq_Allele2\tTumor_Sample_Barcode\n"
            "FLT3\tchr13\tNA\tNA\tITD\tINS\t-\tNA\tS1\n"
            "FLT3\tchr13\t28608083\t28608084\tITD\tINS\t-\tTCTTCATATTCTCTGAAATCA\tS1\n"
            "KRAS\tchr12\tNA\tNA\tMissense_Mutation\tSNP\tC\tNA\tS1\n");
    p.close();
    auto pc = load({placed});
    QVERIFY2(pc, pc ? "" : qPrintable(pc.error().toString()));
    QCOMPARE(pc->alterations.size(), size_t(2));
    QCOMPARE(pc->alterations[0].kind, AlterationKind::StructuralVariant);
    QCOMPARE(pc->alterations[0].detailOrNull()->extra().svType, u"ITD"_s);
    QCOMPARE(pc->alterations[0].pos, 0); // "NA" is no place, and "NA" no allele
    QCOMPARE(pc->alterations[1].pos, 28608083);
    QCOMPARE(pc->alterations[1].kind, AlterationKind::Insertion);
    QCOMPARE(pc->skippedRecords, 1); // KRAS: neither placed nor named
    bool warned = false;
    for (const InputIssue& i : pc->issues)
        warned = warned || (i.line == 2 && i.message.contains(u"NA"_s));
    QVERIFY(warned);
}

void TestCaseReaders::segmentsMapToGenes()
{
    CaseLoadOptions options;
    options.genome = GenomeBuild::GRCh37;
    auto c = load({data(u"cna/maftools_TCGA.AB.3009.hg19.seg.txt"_s)}, options);
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->segments.size(), size_t(818));
    QCOMPARE(c->tumorSample, u"TCGA-AB-3009"_s);
    // 1:25593128-25646689 at log2 -1.79 covers RHD (GRCh37 1:25598981-25656936): the common RHD deletion.
    const Alteration* rhd = findGene(*c, u"RHD"_s, AlterationKind::CopyNumber);
    QVERIFY(rhd);
    QCOMPARE(rhd->detailOrNull()->extra().cnaCall, CnaCall::DeepDeletion);
    QCOMPARE(rhd->origin.line, 23);
    QVERIFY(qAbs(rhd->detailOrNull()->extra().log2Ratio - -1.7895f) < 1e-4f);
    for (const Alteration& a : c->alterations) {
        const CnaCall call = a.detailOrNull()->extra().cnaCall;
        QVERIFY(call == CnaCall::Amplification || call == CnaCall::DeepDeletion);
    }
}

void TestCaseReaders::alleleSpecificCopyNumber()
{
    CaseLoadOptions options;
    options.genome = GenomeBuild::GRCh37;
    auto c = load({data(u"cna/pcgr_T001.grch37.cna.tsv"_s)}, options);
    QVERIFY(c);
    QCOMPARE(c->segments.size(), size_t(252));
    // 1:114972833-116740195 has 23 + 1 copies: NGF (GRCh37 1:115828539-115880857) is amplified.
    const Alteration* ngf = findGene(*c, u"NGF"_s, AlterationKind::CopyNumber);
    QVERIFY(ngf);
    QCOMPARE(ngf->detailOrNull()->extra().cnaCall, CnaCall::Amplification);
    QCOMPARE(ngf->detailOrNull()->extra().copyNumber, 24.0f);
    QCOMPARE(ngf->origin.line, 11);
}

void TestCaseReaders::segmentsWithoutBuildAreKeptUnmapped()
{
    auto c = load({data(u"cna/maftools_TCGA.AB.3009.hg19.seg.txt"_s)});
    QVERIFY(c);
    QCOMPARE(c->segments.size(), size_t(818));
    QVERIFY(c->alterations.empty());
    QVERIFY(c->issues.front().message.contains(u"--genome"_s));
}

void TestCaseReaders::fusionsWithNamedAndUnnamedPartners()
{
    auto c = load({data(u"fusion/pcgr_T001.grch37.fusions.tsv"_s)});
    QVERIFY(c);
    QCOMPARE(c->alterations.size(), size_t(13));
    const Alteration& eml4 = c->alterations.front();
    QCOMPARE(eml4.kind, AlterationKind::Fusion);
    QCOMPARE(eml4.fusionName(), u"EML4::ALK"_s);
    QCOMPARE(eml4.chrom, u"2"_s);
    QCOMPARE(eml4.pos, 42522694);
    QCOMPARE(eml4.detailOrNull()->extra().partnerPos, 29446394);
    QCOMPARE(eml4.tumor.altReads, 100);
    QCOMPARE(c->alterations[10].fusionName(), u"v::ALK"_s);
    QCOMPARE(c->alterations[10].mainGene(), u"ALK"_s);
    QCOMPARE(c->alterations[11].fusionName(), u"FGFR2::v"_s);
}

void TestCaseReaders::fusionOrientationWhenNotStated()
{
    // oncokb-annotator writes "ALK-EML4": which gene is 5' is not stated. ALK keeps its kinase
    // domain at the 3' end, so the fusion is EML4::ALK, said to be inferred; TMPRSS2 gives ERG its
    // promoter (5'). A STAR-Fusion "A--B" states the orientation; a pair no biology places keeps its order.
    CaseLoadOptions options;
    options.tumorSample = u"TCGA-05-4417-01"_s;
    auto c = load({data(u"oncokb_examples/oncokb_example_fusions.txt"_s)}, options);
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QStringList names;
    for (const Alteration& a : c->alterations) {
        names << a.fusionName();
        QCOMPARE(a.detailOrNull()->extra().orientation, FusionOrientation::Inferred);
    }
    QCOMPARE(names, (QStringList{u"EML4::ALK"_s, u"TMPRSS2::ERG"_s}));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"fusions.tsv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Sample_Id\tGeneA\tGeneB\tSv_Type\nS1\tRET\tKIF5B\tFusion\nS1\tFOO1\tBAR2\tFusion\n");
    f.close();
    auto table = load({path});
    QVERIFY2(table, table ? "" : qPrintable(table.error().toString()));
    QCOMPARE(table->alterations.size(), size_t(2));
    QCOMPARE(table->alterations[0].fusionName(), u"KIF5B::RET"_s);
    QCOMPARE(table->alterations[0].detailOrNull()->extra().orientation, FusionOrientation::Inferred);
    QCOMPARE(table->alterations[1].fusionName(), u"FOO1::BAR2"_s);
    QCOMPARE(table->alterations[1].detailOrNull()->extra().orientation, FusionOrientation::Unknown);

    auto stated = load({data(u"fusion/pcgr_T001.grch37.fusions.tsv"_s)});
    QVERIFY(stated);
    for (const Alteration& a : stated->alterations)
        if (a.kind == AlterationKind::Fusion)
            QCOMPARE(a.detailOrNull()->extra().orientation, FusionOrientation::Stated);
}

void TestCaseReaders::fusionNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("five");
    QTest::addColumn<QString>("three");
    QTest::newRow("double dash") << u"EML4--ALK"_s << u"EML4"_s << u"ALK"_s;
    QTest::newRow("HGNC") << u"BCR::ABL1"_s << u"BCR"_s << u"ABL1"_s;
    QTest::newRow("single dash") << u"TMPRSS2-ERG"_s << u"TMPRSS2"_s << u"ERG"_s;
    QTest::newRow("hyphenated gene") << u"NKX2-1-FOXA1"_s << u"NKX2-1"_s << u"FOXA1"_s;
    QTest::newRow("with the word fusion") << u"ETV6-RUNX1 fusion"_s << u"ETV6"_s << u"RUNX1"_s;
    QTest::newRow("intragenic") << u"EGFR-intragenic"_s << u"EGFR"_s << QString();
    QTest::newRow("unnamed 5'") << u"v::NTRK3"_s << QString() << u"NTRK3"_s;
}

void TestCaseReaders::fusionNames()
{
    QFETCH(QString, text);
    QFETCH(QString, five);
    QFETCH(QString, three);
    const auto name = FusionReader::parseName(text);
    QVERIFY(name);
    QCOMPARE(name->fivePrime, five);
    QCOMPARE(name->threePrime, three);
}

void TestCaseReaders::clinicalTableGivesTumorTypeTmbAndMsi()
{
    // A cBioPortal-style sample table (four '#' rows above the header), written for this test.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data_clinical_sample.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#Patient Identifier\tSample Identifier\tOncotree Code\tTMB\tMSI Type\n"
            "#Patient\tSample\tCode\tTMB\tMSI\n#STRING\tSTRING\tSTRING\tNUMBER\tSTRING\n#1\t1\t1\t1\t1\n"
            "PATIENT_ID\tSAMPLE_ID\tONCOTREE_CODE\tTMB_NONSYNONYMOUS\tMSI_TYPE\n"
            "P2\tTCGA-XX-0002-01\tLUAD\t3.1\tStable\n"
            "TCGA-A1-A0SF\tTCGA-A1-A0SF-01\tBRCA\t12.5\tInstable\n");
    f.close();
    CaseLoadOptions oneSample;
    oneSample.tumorSample = u"TCGA-A1-A0SF-01"_s;
    auto c = load({data(u"maf/vcf2maf_minimalist_test_maf.tsv"_s), path}, oneSample);
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->tumorType, u"BRCA"_s);
    QCOMPARE(c->tumorTypeOrigin.line, 7);
    QCOMPARE(c->inputPath(c->tumorTypeOrigin), path);
    const Alteration* tmb = nullptr;
    const Alteration* msi = nullptr;
    for (const Alteration& a : c->alterations) {
        if (a.kind == AlterationKind::Biomarker && a.detailOrNull()->extra().biomarker == u"TMB")
            tmb = &a;
        if (a.kind == AlterationKind::Biomarker && a.detailOrNull()->extra().biomarker == u"MSI")
            msi = &a;
    }
    QVERIFY(tmb && msi);
    QCOMPARE(tmb->detailOrNull()->extra().value, 12.5);
    QCOMPARE(tmb->detailOrNull()->extra().status, u"TMB-high"_s);
    QCOMPARE(msi->detailOrNull()->extra().status, u"MSI-H"_s);
    QCOMPARE(msi->origin.line, 7);

    // A tumor type given by the user wins; the table's is reported.
    CaseLoadOptions options = oneSample;
    options.tumorType = u"IDC"_s;
    auto given = load({data(u"maf/vcf2maf_minimalist_test_maf.tsv"_s), path}, options);
    QVERIFY(given);
    QCOMPARE(given->tumorType, u"IDC"_s);
    QVERIFY(std::any_of(given->issues.cbegin(), given->issues.cend(), [](const InputIssue& i) {
        return i.message.contains(u"BRCA"_s);
    }));
}

void TestCaseReaders::folderBuildsOneCase()
{
    // A folder: VCF, fusions and a tabix index; the index is passed over, the rest forms one case.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(data(u"vcf/vcf2maf_test_maf2vcf.vcf.gz"_s), dir.filePath(u"calls.vcf.gz"_s)));
    QVERIFY(QFile::copy(data(u"fusion/pcgr_T001.grch37.fusions.tsv"_s), dir.filePath(u"fusions.tsv"_s)));
    QFile index(dir.filePath(u"calls.vcf.gz.tbi"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("not read");
    index.close();
    auto c = load({dir.path()});
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->inputs.size(), 2);
    QCOMPARE(c->alterations.size(), size_t(23 + 13));
    QVERIFY(c->inputs.front().endsWith(u"calls.vcf.gz"_s)); // variants are read first
    // The fusion file's only sample is taken as the VCF's tumor sample, and the user is told.
    QCOMPARE(c->samples.size(), 3);
}

void TestCaseReaders::sameSampleRules()
{
    QVERIFY(SampleSelector::sameSample(u"TCGA-A6-2672-01"_s, u"TCGA-A6-2672-01A-01W-0833-10"_s));
    QVERIFY(!SampleSelector::sameSample(u"TCGA-A6-2672"_s, u"TCGA-A6-2672-01A"_s)); // a patient is not a sample
    QVERIFY(!SampleSelector::sameSample(u"S1"_s, u"S10"_s));
    QCOMPARE(SampleSelector::patientOf(u"TCGA-AB-2988-03A"_s), u"TCGA-AB-2988"_s);
}

void TestCaseReaders::mafRowsThatCannotBeTrueAreNotRead()
{
    // A row with a field missing (its columns would shift: "p.100" as HGVSp, VAF 1.5) is skipped
    // with its line; counts with more alt reads than depth keep the variant, not the counts.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rows.maf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hugo_Symbol\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tHGVSp_Short\tt_alt_count\t"
            "t_depth\n"
            "KRAS\t12\t25398284\tC\tA\tp.G12V\t30\t100\n"
            "TP53\t17\t7577120\tC\tT\t150\t100\n"
            "PIK3CA\t3\t178952085\tA\tG\tp.H1047R\t150\t100\n");
    f.close();
    auto c = load({path});
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->alterations.size(), 2);
    QCOMPARE(c->alterations[0].tumor.vaf, 0.3f);
    const Alteration& pik3ca = c->alterations[1];
    QCOMPARE(pik3ca.gene(), u"PIK3CA"_s);
    QVERIFY(!pik3ca.tumor.hasVaf() || pik3ca.tumor.vaf <= 1.0f);
    QVERIFY(!pik3ca.tumor.hasDepth());
    QStringList lines;
    for (const InputIssue& i : c->issues)
        lines << u"%1: %2"_s.arg(i.line).arg(i.message);
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(u"3: expected 8 tab-separated columns, found 7"_s), qPrintable(all));
    QVERIFY2(all.contains(u"4: tumor read support not used: VAF 1.5 is not a fraction between 0 and 1; 150 "
                          "alternative reads exceed the depth of 100"_s),
             qPrintable(all));
}

void TestCaseReaders::misspeltSampleColumnDoesNotMixPatients()
{
    // "Tumor_Sample_Barcod" is no sample column OncoBoard knows: its rows name four patients and
    // must not become one case, with or without --tumor-sample.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mixed.maf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hugo_Symbol\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tTumor_Sample_Barcod\t"
            "Sample_Type\n"
            "KRAS\t12\t25398284\tC\tA\tTCGA-AB-0001-01\tPrimary\n"
            "TP53\t17\t7577120\tC\tT\tTCGA-AB-0002-01\tMetastasis\n"
            "PIK3CA\t3\t178952085\tA\tG\tTCGA-AB-0003-01\tPrimary\n"
            "BRAF\t7\t140453136\tA\tT\tTCGA-AB-0004-01\tPrimary\n");
    f.close();
    for (const QString& sample : {QString(), u"TCGA-AB-0001-01"_s}) {
        CaseLoadOptions options;
        options.tumorSample = sample;
        auto c = load({path}, options);
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(u"'Tumor_Sample_Barcod' names 4 different values"_s),
                 qPrintable(c.error().toString()));
        QCOMPARE(c.error().line, 1);
    }
    // One value there (one sample's file) is read as before; a sample attribute is not a sample.
    const QString one = dir.filePath(u"one.maf"_s);
    QFile g(one);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("Hugo_Symbol\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tSampleId\tSample_Type\n"
            "KRAS\t12\t25398284\tC\tA\tS1\tPrimary\nTP53\t17\t7577120\tC\tT\tS1\tMetastasis\n");
    g.close();
    auto c = load({one});
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->alterations.size(), 2);

    // The same holds for a fusion list: "Tumour_Sample" is not a sample column it knows.
    const QString fusions = dir.filePath(u"fusions.txt"_s);
    QFile h(fusions);
    QVERIFY(h.open(QIODevice::WriteOnly));
    h.write("Tumour_Sample\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\tClass\n"
            "P1-T\tEML4\tALK\tFUSION\nP2-T\tKIF5B\tRET\tFUSION\nP3-T\tCD74\tROS1\tFUSION\n");
    h.close();
    auto f3 = load({fusions});
    QVERIFY(!f3);
    QVERIFY2(f3.error().message.contains(u"'Tumour_Sample' names 3 different values (P1-T, P2-T, P3-T...)"_s),
             qPrintable(f3.error().toString()));
    QCOMPARE(f3.error().line, 1);
}

namespace {

/** A copy of a real file with some of its lines repeated (0-based line numbers, in the order given). */
QString withRepeatedLines(const QTemporaryDir& dir, const QString& source, const QString& name, QList<int> repeats)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = in.readAll().split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    QFile out(dir.filePath(name));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    for (const QByteArray& line : lines)
        out.write(line + '\n');
    for (int i : repeats)
        out.write(lines.at(i) + '\n');
    return out.fileName();
}

} // namespace

void TestCaseReaders::identicalRecordsAreListedOnce()
{
    QTemporaryDir dir;
    // A VCF whose records 1 and 3 were appended again (a concatenation gone wrong): each variant once,
    // one warning that counts the repeats and names the first.
    const QString vcfSource = data(u"vcf/vcf2maf_test_muse.vcf"_s);
    auto original = load({vcfSource});
    QVERIFY(original);
    const int header = 105;
    const QString vcf = withRepeatedLines(dir, vcfSource, u"twice.vcf"_s, {header, header + 2, header});
    auto c = load({vcf});
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->alterations.size(), original->alterations.size());
    QStringList warnings;
    for (const InputIssue& i : c->issues)
        warnings << i.toString();
    const QString all = warnings.join(u'\n');
    QVERIFY2(all.contains(u"twice.vcf:540: 3 record(s) repeat an earlier record exactly (the first repeats line 106); "
                          "each is listed once"_s),
             qPrintable(all));

    // A fusion list with a row repeated: one fusion; a copy-number list whose repeated gene has
    // another value keeps both rows and says so.
    const QString fusions =
        withRepeatedLines(dir, data(u"fusion/pcgr_T001.grch37.fusions.tsv"_s), u"fusions.tsv"_s, {1, 1, 1});
    auto f = load({fusions});
    auto fOriginal = load({data(u"fusion/pcgr_T001.grch37.fusions.tsv"_s)});
    QVERIFY(f && fOriginal);
    QCOMPARE(f->alterations.size(), fOriginal->alterations.size());
    QCOMPARE(f->warningCount, fOriginal->warningCount + 1);

    const QString cna = dir.filePath(u"cna.tsv"_s);
    QFile g(cna);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("Tumor_Sample_Barcode\tHugo_Symbol\tCopy_Number_Alteration\nS1\tERBB2\t2\nS1\tCDK4\t-2\nS1\tERBB2\t2\n"
            "S1\tCDK4\t2\nS1\tCDK4\t2\n");
    g.close();
    CaseLoadOptions grch37;
    grch37.genome = GenomeBuild::GRCh37;
    auto n = load({cna}, grch37);
    QVERIFY2(n, n ? "" : qPrintable(n.error().toString()));
    QCOMPARE(n->alterations.size(), 3); // ERBB2 once, CDK4 deleted and amplified
    warnings.clear();
    for (const InputIssue& i : n->issues)
        warnings << i.toString();
    QCOMPARE(warnings,
             QStringList({u"%1:5: gene CDK4 of sample S1 appears again with another value (first at line 3); both "
                          "rows are kept"_s.arg(cna),
                          u"%1:4: 2 record(s) repeat an earlier record exactly (the first repeats line 2); each is "
                          "listed once"_s.arg(cna)}));
}

void TestCaseReaders::readingStopsAtTheRecordCap()
{
    // Each reader stops at the cap with the line it reached; at the cap itself the file is read.
    struct File
    {
        QString path;
        int records; // alterations the file gives
    };
    const QList<File> files{{data(u"vcf/vcf2maf_test_muse.vcf"_s), 434},
                            {data(u"maf/vcf2maf_test.maf"_s), 0},
                            {data(u"fusion/pcgr_T001.grch37.fusions.tsv"_s), 0},
                            {data(u"cna/maftools_TCGA.AB.3009.hg19.seg.txt"_s), 0}};
    for (const File& file : files) {
        CaseLoadOptions options;
        options.genome = GenomeBuild::GRCh37;
        auto all = load({file.path}, options);
        QVERIFY2(all, all ? "" : qPrintable(all.error().toString()));
        const qint64 records = qint64(all->alterations.size());
        QVERIFY2(records >= 5, qPrintable(file.path));
        if (file.records > 0)
            QCOMPARE(records, file.records);
        options.maxRecords = std::max(records, qint64(all->segments.size())); // segments are held to it too
        QVERIFY2(load({file.path}, options), qPrintable(file.path));
        options.maxRecords = 3;
        auto capped = load({file.path}, options);
        QVERIFY2(!capped, qPrintable(file.path));
        QCOMPARE(capped.error().code, CoreError::Code::BadInput);
        QVERIFY2(capped.error().message.contains(u"more than 3 alterations, the cap for one input"_s),
                 qPrintable(capped.error().toString()));
        QVERIFY2(capped.error().line > 1, qPrintable(capped.error().toString()));
    }
}

QTEST_GUILESS_MAIN(TestCaseReaders)
#include "tst_CaseReaders.moc"
