// The tumor mutational burden estimated from a case's own variants (MutationBurden), on real
// cases: TCGA LAML (WES MAF), HCC1395 tumor/normal (VEP-annotated VCF), the raw demo VCF; and how
// tiering treats an estimate.

#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/MutationBurden.h"
#include "match/Tiering.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

QString testData(const QString& relative)
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u'/' + relative;
}

Case loadCase(const QStringList& paths, const QString& tumorSample = {})
{
    CaseLoadOptions options;
    options.tumorSample = tumorSample;
    auto c = CaseLoader::load(paths, options);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return std::move(c.value());
}

int excluded(const TmbEstimate& t, const QString& code)
{
    for (const TmbEstimate::Exclusion& e : t.excluded)
        if (e.code == code)
            return e.count;
    return 0;
}

const Alteration* estimatedTmb(const AnnotationResult& r, qint32* index = nullptr)
{
    for (qint32 i = 0; i < qint32(r.caseData.alterations.size()); ++i) {
        const Alteration& a = r.caseData.alterations[size_t(i)];
        if (a.kind == AlterationKind::Biomarker && a.detailOrNull() && a.detailOrNull()->extra().biomarker == u"TMB") {
            if (index)
                *index = i;
            return &a;
        }
    }
    return nullptr;
}

} // namespace

class TestMutationBurden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panelSizeFromAssayText_data();
    void panelSizeFromAssayText();
    void tcgaLamlSamplesCountNonSynonymousCodingCalls();
    void hcc1395TumorNormalWholeExome();
    void rawCallerVcfGivesALowerBound();
    void unannotatedWithoutABuildStatesNoNumber();
    void withoutTerritoryNothingIsEstimated();
    void reliableEstimateIsTieredAndFlagged();
    void estimateWithCaveatStaysOutOfTierOne();
    void givenTmbWins();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
};

void TestMutationBurden::initTestCase()
{
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
}

void TestMutationBurden::panelSizeFromAssayText_data()
{
    QTest::addColumn<QString>("assay");
    QTest::addColumn<double>("mb"); ///< -1: none
    QTest::newRow("TSO500") << u"TSO500, 1.94 Mb"_s << 1.94;
    QTest::newRow("exome in parentheses") << u"exome (38 Mb)"_s << 38.0;
    QTest::newRow("no space") << u"523 genes 1.33Mb"_s << 1.33;
    QTest::newRow("decimal comma") << u"Panel 1,2 Mb"_s << 1.2;
    QTest::newRow("megabases") << u"2.2 megabases"_s << 2.2;
    QTest::newRow("kilobases are not megabases") << u"hotspot panel 35 kb"_s << -1.0;
    QTest::newRow("no size") << u"FoundationOne CDx"_s << -1.0;
}

void TestMutationBurden::panelSizeFromAssayText()
{
    QFETCH(QString, assay);
    QFETCH(double, mb);
    const auto size = MutationBurden::panelSizeFromText(assay);
    if (mb < 0) {
        QVERIFY(!size);
    } else {
        QVERIFY(size);
        QCOMPARE(*size, mb);
    }
}

void TestMutationBurden::tcgaLamlSamplesCountNonSynonymousCodingCalls()
{
    // Counted independently from the MAF's Variant_Classification (Missense, Nonsense, Frame_Shift,
    // In_Frame, Splice_Site, Translation_Start_Site, Nonstop) with i_TumorVAF_WU >= 5 %:
    // TCGA-AB-3009 34 of 42 rows, TCGA-AB-2807 25 of 29 (the rest Silent, Intron, RNA, IGR, 5'Flank).
    const QString maf = testData(u"maf/maftools_tcga_laml.maf.gz"_s);
    for (const auto& [sample, counted, rows] :
         {std::tuple{u"TCGA-AB-3009"_s, 34, 42}, std::tuple{u"TCGA-AB-2807"_s, 25, 29}}) {
        const Case c = loadCase({maf}, sample);
        const TmbEstimate t = MutationBurden::estimate(c, 38.0);
        QVERIFY2(t.computed, qPrintable(t.reason));
        QCOMPARE(t.smallVariants, rows);
        QCOMPARE(t.mutations, counted);
        QCOMPARE(excluded(t, u"not_coding"_s), rows - counted);
        QCOMPARE(t.value, counted / 38.0);
        QCOMPARE(t.status(), u"TMB-low"_s);
        // The MAF names no matched normal: the estimate says what that may mean.
        QVERIFY(t.caveat.contains(u"matched normal"_s));
    }
}

void TestMutationBurden::hcc1395TumorNormalWholeExome()
{
    const QString vcf = QStringLiteral(ONCOBOARD_SHARED_DATA_DIR)
                        + u"/cases/vcf/annotated/HCC1395_tumor_normal.vep_csq.expression.vcf.gz"_s;
    if (!QFile::exists(vcf))
        QSKIP("the shared data set (../shared/data/cases/vcf/annotated) is not on this machine");
    const Case c = loadCase({vcf});
    QVERIFY(!c.normalSample.isEmpty());
    const TmbEstimate t = MutationBurden::estimate(c, 38.0);
    QVERIFY2(t.computed, qPrintable(t.reason));
    QCOMPARE(t.smallVariants, 1470);
    // bcftools view -H -f PASS: 1264 of 1470 records pass.
    QCOMPARE(excluded(t, u"filtered"_s), 1470 - 1264);
    // bcftools +split-vep on the PASS records with tumor AF >= 0.05: 318 coding non-synonymous on the
    // CANONICAL transcript, 354 on any transcript. OncoBoard reads one transcript per record (PICK,
    // MANE Select, canonical), so its count lies between, less those in the normal or common.
    const int coding = t.mutations + excluded(t, u"in_normal"_s) + excluded(t, u"common"_s);
    QVERIFY2(coding >= 318 && coding <= 354, qPrintable(QString::number(coding)));
    QCOMPARE(t.mutations + excluded(t, u"not_coding"_s) + excluded(t, u"in_normal"_s) + excluded(t, u"common"_s)
                 + excluded(t, u"low_vaf"_s) + excluded(t, u"no_annotation"_s),
             1264);
    QVERIFY(t.caveat.isEmpty()); // matched normal, 38 Mb
}

void TestMutationBurden::rawCallerVcfGivesALowerBound()
{
    // The raw demo VCF: effects predicted without the genome. 1,007 coding SNVs could be synonymous
    // or missense (the codon decides) and are not counted: a lower bound of 1,630 mutations, with a
    // caveat, so the estimate is never Tier I.
    const Case c = loadCase({QStringLiteral(ONCOBOARD_DEMO_VCF)});
    const TmbEstimate t = MutationBurden::estimate(c, 38.0);
    QVERIFY(t.computed);
    QCOMPARE(t.mutations, 1630);
    QCOMPARE(excluded(t, u"effect_open"_s), 1007);
    QCOMPARE(excluded(t, u"no_annotation"_s), 86); // outside every gene (33 more lie in non-coding genes)
    QVERIFY2(t.caveat.contains(u"lower bound"_s), qPrintable(t.caveat));
}

void TestMutationBurden::unannotatedWithoutABuildStatesNoNumber()
{
    // Without a build nothing is predicted: no number.
    Case c = loadCase({QStringLiteral(ONCOBOARD_DEMO_VCF)});
    for (Alteration& a : c.alterations) {
        Alteration bare;
        bare.chrom = a.chrom;
        bare.pos = a.pos;
        bare.ref = a.ref;
        bare.alt = a.alt;
        bare.filter = a.filter;
        bare.tumor = a.tumor;
        bare.normal = a.normal;
        bare.origin = a.origin;
        bare.sample = a.sample;
        bare.kind = a.kind;
        a = bare;
    }
    const TmbEstimate t = MutationBurden::estimate(c, 38.0);
    QVERIFY(!t.computed);
    QVERIFY(std::isnan(t.value));
    QVERIFY2(t.reason.contains(u"no consequence annotation"_s), qPrintable(t.reason));
}

void TestMutationBurden::withoutTerritoryNothingIsEstimated()
{
    Case c = loadCase({testData(u"maf/maftools_tcga_laml.maf.gz"_s)}, u"TCGA-AB-3009"_s);
    c.tumorType = u"AML"_s;
    auto r = Annotator::annotate(c, *m_kb);
    QVERIFY(r);
    QVERIFY(!r->tmb.computed);
    QVERIFY(r->tmb.reason.contains(u"--panel-size"_s));
    QVERIFY(!estimatedTmb(*r));
}

void TestMutationBurden::reliableEstimateIsTieredAndFlagged()
{
    // HCC1395 subset (41 records, matched normal): 14 coding non-synonymous PASS calls; over 1 Mb
    // that is 14 mut/Mb, TMB-high, and the tumor-agnostic approval applies to a solid tumor.
    Case c = loadCase({testData(u"vcf/HCC1395_subset.vep_csq.vcf.gz"_s)});
    c.tumorType = u"BRCA"_s;
    AnnotateOptions options;
    options.panelSizeMb = 1.0;
    auto r = Annotator::annotate(c, *m_kb, options);
    QVERIFY(r);
    QVERIFY(r->tmb.computed);
    QCOMPARE(r->tmb.mutations, 14);
    QCOMPARE(r->tmb.status(), u"TMB-high"_s);
    qint32 i = -1;
    const Alteration* tmb = estimatedTmb(*r, &i);
    QVERIFY(tmb);
    QCOMPARE(tmb->detailOrNull()->extra().value, 14.0);
    QVERIFY(tmb->detailOrNull()->extra().estimateMethod.contains(u"14 coding non-synonymous"_s));
    const AlterationCall call = Tiering::callOf(*r, i);
    QCOMPARE(call.ampTier(), AmpTier::IA);
    bool flagged = false;
    for (const Flag& f : call.flags)
        flagged = flagged || (f.code == u"estimated_biomarker" && f.reason.contains(u"validated assay"_s));
    QVERIFY(flagged);

    // Over 2 Mb the same calls are 7 mut/Mb: TMB-low, nothing to tier.
    options.panelSizeMb = 2.0;
    auto low = Annotator::annotate(c, *m_kb, options);
    QVERIFY(low);
    QCOMPARE(low->tmb.status(), u"TMB-low"_s);
    QCOMPARE(estimatedTmb(*low)->detailOrNull()->extra().status, u"TMB-low"_s);
}

void TestMutationBurden::estimateWithCaveatStaysOutOfTierOne()
{
    // TCGA-AB-3009's 34 calls over a 2 Mb territory: 17 mut/Mb, but no matched normal is named, so
    // the estimate may be inflated by germline variants: at most II-C, and the reason says why.
    Case c = loadCase({testData(u"maf/maftools_tcga_laml.maf.gz"_s)}, u"TCGA-AB-3009"_s);
    c.tumorType = u"COAD"_s;
    AnnotateOptions options;
    options.panelSizeMb = 2.0;
    auto r = Annotator::annotate(c, *m_kb, options);
    QVERIFY(r);
    QCOMPARE(r->tmb.status(), u"TMB-high"_s);
    qint32 i = -1;
    QVERIFY(estimatedTmb(*r, &i));
    const AlterationCall call = Tiering::callOf(*r, i);
    QCOMPARE(call.ampTier(), AmpTier::IIC);
    QVERIFY2(call.amp.reason.startsWith(u"T17"_s), qPrintable(call.amp.reason));
    QVERIFY(call.amp.reason.contains(u"matched normal"_s));
}

void TestMutationBurden::givenTmbWins()
{
    // A sample table stating the TMB: the lab's measurement is the case's; the estimate is kept
    // for comparison only.
    QTemporaryDir dir;
    const QString table = dir.filePath(u"clinical.txt"_s);
    QFile f(table);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("SAMPLE_ID\tONCOTREE_CODE\tTMB_NONSYNONYMOUS\nTCGA-AB-3009\tAML\t0.7\n");
    f.close();
    Case c = loadCase({testData(u"maf/maftools_tcga_laml.maf.gz"_s), table}, u"TCGA-AB-3009"_s);
    AnnotateOptions options;
    options.panelSizeMb = 38.0;
    auto r = Annotator::annotate(c, *m_kb, options);
    QVERIFY(r);
    QVERIFY(r->tmb.computed);
    QVERIFY(r->tmb.caveat.contains(u"comparison"_s));
    int tmbs = 0;
    for (const Alteration& a : r->caseData.alterations)
        if (a.kind == AlterationKind::Biomarker && a.detailOrNull()->extra().biomarker == u"TMB") {
            ++tmbs;
            QCOMPARE(a.detailOrNull()->extra().value, 0.7);
            QVERIFY(a.detailOrNull()->extra().estimateMethod.isEmpty());
        }
    QCOMPARE(tmbs, 1);
}

QTEST_GUILESS_MAIN(TestMutationBurden)
#include "tst_MutationBurden.moc"
