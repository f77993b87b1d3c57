#include "TestConfig.h"
#include "io/VcfReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

/**
 * Depth and VAF as each caller writes them, checked by hand against the raw records
 * (docs/callers.md). Values: alt reads / the caller's own denominator, or its own fraction.
 */
class TestCallers : public QObject
{
    Q_OBJECT

private slots:
    void readsEachCallersConvention_data();
    void readsEachCallersConvention();
};

void TestCallers::readsEachCallersConvention_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("pos");
    QTest::addColumn<QString>("tumorSample");
    QTest::addColumn<double>("tumorVaf");
    QTest::addColumn<int>("tumorDepth");
    QTest::addColumn<int>("tumorAlt");
    QTest::addColumn<double>("normalVaf"); // -1: not given

    // Mutect2: FORMAT AF; DP; AD Number=R.        NORMAL 0/0:28,1:0.038:29  TUMOR 0/1:0,44:0.978:44
    QTest::newRow("Mutect2") << u"somaticseq_paired_MuTect2.vcf.gz"_s << u"1"_s << qint64(8450) << u"TUMOR"_s << 0.978
                             << 44 << 44 << 0.038;
    // VarDict, TUMOR first, a StrongLOH record: TUMOR 0/0 AF 0, DP 47, AD 46,0; NORMAL 0/1 AF 0.0667.
    QTest::newRow("VarDict") << u"somaticseq_paired_VarDict.vcf.gz"_s << u"1"_s << qint64(4998) << u"TUMOR"_s << 0.0
                             << 47 << 0 << 0.0667;
    // VarDict tumor-only: AF 1, DP 44, AD 0,44.
    QTest::newRow("VarDict tumor-only") << u"somaticseq_tumoronly_VarDict.vcf.gz"_s << u"1"_s << qint64(8450)
                                        << u"TUMOR"_s << 1.0 << 44 << 44 << -1.0;
    // LoFreq, no sample columns: INFO AF=1.0, DP=44, DP4=0,0,22,22.
    QTest::newRow("LoFreq") << u"somaticseq_paired_LoFreq.snv.vcf.gz"_s << u"1"_s << qint64(8450)
                            << u"somaticseq_paired_LoFreq.snv.vcf"_s << 1.0 << 44 << 44 << -1.0;
    // Scalpel: AD (Number=.) k-mer depths 33 ref, 32 indel; DP 65.
    QTest::newRow("Scalpel") << u"somaticseq_paired_Scalpel.vcf.gz"_s << u"1"_s << qint64(9975) << u"TUMOR"_s
                             << 32.0 / 65.0 << 65 << 32 << 0.0;
    // SomaticSniper: DP4 0,0,22,22 -> 44 alt of 44; DP 44. NORMAL DP4 15,14,1,0 -> 1/30.
    QTest::newRow("SomaticSniper") << u"somaticseq_paired_SomaticSniper.vcf.gz"_s << u"1"_s << qint64(8450)
                                   << u"TUMOR"_s << 1.0 << 44 << 44 << 1.0 / 30.0;
    // Strelka2 indel: tier-1 TIR 46, TAR 0; DP 50. NORMAL TIR 0, TAR 25.
    QTest::newRow("Strelka2 indel") << u"somaticseq_paired_Strelka.indel.vcf.gz"_s << u"1"_s << qint64(9975)
                                    << u"TUMOR"_s << 1.0 << 50 << 46 << 0.0;
    // MuSE, TUMOR first: AD 0,44; DP 44. NORMAL AD 29,1.
    QTest::newRow("MuSE") << u"somaticseq_paired_MuSE.vcf.gz"_s << u"1"_s << qint64(8450) << u"TUMOR"_s << 1.0 << 44
                          << 44 << 1.0 / 30.0;
    // MuTect 1.x: FA 0.146 (no AF); AD 175,30; DP 206.
    QTest::newRow("MuTect") << u"vcf2maf_test_mutect.vcf"_s << u"1"_s << qint64(2453125) << u"TUMOR"_s << 0.146 << 206
                            << 30 << 0.162;
    // RADIA: AF Number=. with the REF fraction first (0.9,0.1); DP 106; AD 95,11. DNA_TUMOR, not RNA_TUMOR.
    QTest::newRow("RADIA") << u"vcf2maf_test_radia.vcf"_s << u"1"_s << qint64(29651735) << u"DNA_TUMOR"_s << 0.1 << 106
                           << 11 << 0.0;
    // Pindel: AD 43,4; DP 47.
    QTest::newRow("Pindel") << u"vcf2maf_test_pindel.vcf"_s << u"1"_s << qint64(16890971) << u"TUMOR"_s << 4.0 / 47.0
                            << 47 << 4 << 0.0;
    // DELLY breakend, TUMOR first: junction reads RR 289, RV 172.
    QTest::newRow("DELLY") << u"vcf2maf_test_delly.vcf"_s << u"21"_s << qint64(42843749) << u"TUMOR"_s << 172.0 / 461.0
                           << 461 << 172 << 0.0;
    // Merged TCGA calls (SomaticSniper/VarScan/Strelka): FA 0.186; DP 43; AD 50,15 written by another caller.
    QTest::newRow("merged") << u"vcf2maf_test_merged.vcf"_s << u"1"_s << qint64(2585243) << u"TUMOR"_s << 0.186 << 43
                            << 15 << 0.0263;
    // VarScan2: FREQ in percent; AD Number=1 is the alt count, RD the ref count.
    QTest::newRow("VarScan2") << u"varscan2_somatic.vcf"_s << u"7"_s << qint64(140453136) << u"TUMOR"_s << 0.2857 << 42
                              << 12 << 0.0;
    // VarScan2 with the '%' escaped as %25, as some pipelines write it.
    QTest::newRow("VarScan2 %25") << u"varscan2_somatic.vcf"_s << u"12"_s << qint64(25398284) << u"TUMOR"_s << 0.2258
                                  << 31 << 7 << 0.0;
}

void TestCallers::readsEachCallersConvention()
{
    QFETCH(QString, file);
    QFETCH(QString, chrom);
    QFETCH(qint64, pos);
    QFETCH(QString, tumorSample);
    QFETCH(double, tumorVaf);
    QFETCH(int, tumorDepth);
    QFETCH(int, tumorAlt);
    QFETCH(double, normalVaf);

    Case c;
    const auto r = VcfReader::read(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/callers/") + file, {}, c);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(c.tumorSample, tumorSample);
    const Alteration* a = nullptr;
    for (const Alteration& x : c.alterations)
        if (x.chrom == chrom && x.pos == pos)
            a = &x;
    QVERIFY(a);
    QVERIFY2(qAbs(double(a->tumor.vaf) - tumorVaf) < 1e-4, qPrintable(QString::number(double(a->tumor.vaf))));
    QCOMPARE(a->tumor.depth, tumorDepth);
    QCOMPARE(a->tumor.altReads, tumorAlt);
    if (normalVaf < 0) {
        QVERIFY(c.normalSample.isEmpty());
        QVERIFY(!a->normal.hasVaf());
    } else {
        QVERIFY2(qAbs(double(a->normal.vaf) - normalVaf) < 1e-4, qPrintable(QString::number(double(a->normal.vaf))));
    }
}

QTEST_GUILESS_MAIN(TestCallers)
#include "tst_Callers.moc"
