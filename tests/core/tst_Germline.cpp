#include "TestConfig.h"
#include "germline/Pharmacogenomics.h"
#include "germline/PopulationFrequencies.h"
#include "germline/PredispositionPanel.h"
#include "io/CaseLoader.h"
#include "io/LiftOver.h"
#include "io/LineReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

QString sharedData(const QString& relative)
{
    return QStringLiteral(ONCOBOARD_SHARED_DATA_DIR) + u'/' + relative;
}

constexpr float noVaf = std::numeric_limits<float>::quiet_NaN();

/** A small variant of the tumor sample "T", VCF or MAF alleles. */
Alteration variant(const QString& chrom,
                   qint64 pos,
                   const QString& ref,
                   const QString& alt,
                   float vaf = noVaf,
                   Zygosity tumorGt = Zygosity::Unknown)
{
    Alteration a;
    a.chrom = chrom;
    a.pos = pos;
    a.ref = ref;
    a.alt = alt;
    a.filter = u"PASS"_s;
    a.tumor.vaf = vaf;
    a.tumorZygosity = tumorGt;
    const qsizetype r = ref == u"-" ? 0 : ref.size();
    const qsizetype l = alt == u"-" ? 0 : alt.size();
    a.kind = r == l                                     ? (r == 1 ? AlterationKind::Snv : AlterationKind::Mnv)
             : r == 0 || (l > r && alt.startsWith(ref)) ? AlterationKind::Insertion
             : l == 0 || (r > l && ref.startsWith(alt)) ? AlterationKind::Deletion
                                                        : AlterationKind::Delins;
    return a;
}

Case tumorCase(GenomeBuild build, std::vector<Alteration> alterations)
{
    Case c;
    c.genome = build;
    c.addSample(u"T"_s, SampleRole::Tumor);
    c.alterations = std::move(alterations);
    return c;
}

/** The GRCh37 position of a defined variant, as lifted at load. */
qint64 grch37Of(const QString& rsid)
{
    for (const PgxDefinitions::Gene& gene : Pharmacogenomics::bundled().definitions().genes())
        for (const PgxDefinitions::Variant& v : gene.variants)
            if (v.rsid == rsid)
                return v.pos[0];
    return 0;
}

/** The chromosome of a defined variant. */
QString chromOf(const QString& rsid)
{
    for (const PgxDefinitions::Gene& gene : Pharmacogenomics::bundled().definitions().genes())
        for (const PgxDefinitions::Variant& v : gene.variants)
            if (v.rsid == rsid)
                return gene.chromosome;
    return {};
}

const PgxFinding* findingOf(const std::vector<PgxFinding>& findings, const QString& gene)
{
    for (const PgxFinding& f : findings)
        if (f.gene == gene)
            return &f;
    return nullptr;
}

const PgxRecommendation* recommendationFor(const PgxFinding& finding, const QString& drug)
{
    for (const PgxRecommendation& r : finding.recommendations)
        if (r.drug == drug)
            return &r;
    return nullptr;
}

bool anyContains(const QStringList& texts, const QString& part)
{
    for (const QString& t : texts)
        if (t.contains(part))
            return true;
    return false;
}

// CPIC v1.30.0 texts (fluorouracil.json, capecitabine.json; mercaptopurine.json), verbatim.
const QString cpicDpydScore1 =
    u"Reduce starting dose by 50% followed by titration of dose based on toxicity or therapeutic drug monitoring (if "
    "available). Patients with the c.2846A>T/c.2846A>T genotype may require >50% reduction in starting dose."_s;
const QString cpicDpydScore15 = u"Reduce starting dose by 50% followed by titration of dose based on toxicity or "
                                "therapeutic drug monitoring (if available)."_s;
const QString cpicDpydScore0 = u"Avoid use of 5-fluorouracil or 5-fluorouracil prodrug-based regimens."_s;
const QString cpicDpydScore05 =
    u"Avoid use of 5-fluorouracil or 5-fluorouracil prodrug-based regimens. In the event, "
    "based on clinical advice, alternative agents are not considered a suitable therapeutic "
    "option, 5-fluorouracil should be administered at a strongly reduced dose with early "
    "therapeutic drug monitoring."_s;
const QString cpicThiopurineReduced = u"Start with reduced starting doses (30%-80% of normal dose)"_s;

} // namespace

class TestGermline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void populationLookup_data();
    void populationLookup();
    void populationMisses_data();
    void populationMisses();
    void populationSiteAllelesAreSeparate();
    void populationMatchesSource_data();
    void populationMatchesSource();

    void panelGenes_data();
    void panelGenes();
    void panelCpsrOnly_data();
    void panelCpsrOnly();
    void panelNotListed_data();
    void panelNotListed();

    void pgxDefinitions();
    void pgxLiftedPositions_data();
    void pgxLiftedPositions();
    void dpyd_data();
    void dpyd();
    void dpydTwoHeterozygousVariants();
    void dpydUnknownZygosity();
    void dpydHapB3();
    void dpydHapB3TagAlone();
    void dpydMoreThanTwoAlleles();
    void tpmtStar3A();
    void tpmtStar3AHomozygous();
    void nudt15Star3();
    void tpmtAndNudt15Together();
    void ugt1a1Star28_data();
    void ugt1a1Star28();
    void normalGenotypePreferred();
    void somaticInNormal_data();
    void somaticInNormal();
    void nothingToReport_data();
    void nothingToReport();
    void grch38WithoutLift();
    void demoCase();

private:
    qint64 m_populationLoadMs = -1;
    qint64 m_panelLoadMs = -1;
    qint64 m_pgxLoadMs = -1;
};

void TestGermline::initTestCase()
{
    // Load times of the bundled data (first use), reported for the record.
    QElapsedTimer timer;
    timer.start();
    const PopulationFrequencies& population = PopulationFrequencies::bundled();
    m_populationLoadMs = timer.restart();
    const PredispositionPanel& panel = PredispositionPanel::bundled();
    m_panelLoadMs = timer.restart();
    const LiftOver* lift = LiftOver::grch38ToGrch37();
    const qint64 liftMs = timer.restart();
    const Pharmacogenomics& pgx = Pharmacogenomics::bundled();
    m_pgxLoadMs = timer.restart();
    qInfo("load: population %lld ms (%lld + %lld alleles), panel %lld ms (%lld genes), chain %lld ms, "
          "pgx %lld ms (after the chain)",
          m_populationLoadMs,
          qint64(population.alleleCount(GenomeBuild::GRCh37)),
          qint64(population.alleleCount(GenomeBuild::GRCh38)),
          m_panelLoadMs,
          qint64(panel.size()),
          liftMs,
          m_pgxLoadMs);
    QVERIFY(lift);
    QCOMPARE(population.alleleCount(GenomeBuild::GRCh37), 31920);
    QCOMPARE(population.alleleCount(GenomeBuild::GRCh38), 31914);
    QCOMPARE(population.alleleCount(GenomeBuild::Unknown), 0);
    QVERIFY2(m_populationLoadMs < 1000, "population frequencies must load well under a second");
    QCOMPARE(pgx.definitions().genes().size(), size_t(4));
}

// ---- population frequencies ----

void TestGermline::populationLookup_data()
{
    QTest::addColumn<int>("build");
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("pos");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("alt");
    QTest::addColumn<double>("af");

    const int b37 = int(GenomeBuild::GRCh37);
    const int b38 = int(GenomeBuild::GRCh38);
    // rs1801133 (MTHFR c.665C>T, the "C677T" polymorphism), 1000 Genomes phase 3 global AF 0.245407.
    QTest::newRow("MTHFR rs1801133 GRCh37") << b37 << u"1"_s << qint64(11856378) << u"G"_s << u"A"_s << 0.245407;
    QTest::newRow("chr prefix") << b37 << u"chr1"_s << qint64(11856378) << u"G"_s << u"A"_s << 0.245407;
    QTest::newRow("lower case") << b37 << u"1"_s << qint64(11856378) << u"g"_s << u"a"_s << 0.245407;
    // The same SNV written as a longer VCF record (a shared trailing base) and with a shared leading base.
    QTest::newRow("VCF record with a shared suffix")
        << b37 << u"1"_s << qint64(11856378) << u"GC"_s << u"AC"_s << 0.245407;
    QTest::newRow("VCF record with a shared prefix")
        << b37 << u"1"_s << qint64(11856377) << u"TG"_s << u"TA"_s << 0.245407;
    QTest::newRow("MTHFR rs1801133 GRCh38") << b38 << u"chr1"_s << qint64(11796321) << u"G"_s << u"A"_s << 0.245407;
    // rs1042522 (TP53 p.P72R), AF 0.542931: the ALT is the major allele.
    QTest::newRow("TP53 rs1042522 GRCh37") << b37 << u"17"_s << qint64(7579472) << u"G"_s << u"C"_s << 0.542931;
    QTest::newRow("TP53 rs1042522 GRCh38") << b38 << u"chr17"_s << qint64(7676154) << u"G"_s << u"C"_s << 0.542931;
    // First and last record of the GRCh37 list.
    QTest::newRow("first record") << b37 << u"1"_s << qint64(762485) << u"C"_s << u"A"_s << 0.166134;
}

void TestGermline::populationLookup()
{
    QFETCH(int, build);
    QFETCH(QString, chrom);
    QFETCH(qint64, pos);
    QFETCH(QString, ref);
    QFETCH(QString, alt);
    QFETCH(double, af);
    const auto found = PopulationFrequencies::bundled().lookup(GenomeBuild(build), chrom, pos, ref, alt);
    QVERIFY(found);
    QVERIFY(std::abs(found->af - af) < 1e-9);
    QCOMPARE(found->source, u"1000 Genomes phase 3"_s);
    QVERIFY(PopulationFrequencies::bundled().sourceName().startsWith(u"1000 Genomes Project phase 3"_s));
}

void TestGermline::populationMisses_data()
{
    QTest::addColumn<int>("build");
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("pos");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("alt");

    const int b37 = int(GenomeBuild::GRCh37);
    const int b38 = int(GenomeBuild::GRCh38);
    QTest::newRow("another ALT at a listed site") << b37 << u"1"_s << qint64(11856378) << u"G"_s << u"T"_s;
    QTest::newRow("REF and ALT swapped") << b37 << u"1"_s << qint64(11856378) << u"A"_s << u"G"_s;
    QTest::newRow("GRCh37 position asked on GRCh38") << b38 << u"1"_s << qint64(11856378) << u"G"_s << u"A"_s;
    QTest::newRow("unknown build") << int(GenomeBuild::Unknown) << u"1"_s << qint64(11856378) << u"G"_s << u"A"_s;
    // BRAF V600E is somatic, never a common SNP.
    QTest::newRow("BRAF V600E") << b37 << u"7"_s << qint64(140453136) << u"A"_s << u"T"_s;
    QTest::newRow("deletion at a listed site") << b37 << u"1"_s << qint64(11856377) << u"TG"_s << u"T"_s;
    QTest::newRow("MAF insertion") << b37 << u"1"_s << qint64(11856378) << u"-"_s << u"A"_s;
    QTest::newRow("no change") << b37 << u"1"_s << qint64(11856378) << u"G"_s << u"G"_s;
    QTest::newRow("empty allele") << b37 << u"1"_s << qint64(11856378) << u"G"_s << QString();
}

void TestGermline::populationMisses()
{
    QFETCH(int, build);
    QFETCH(QString, chrom);
    QFETCH(qint64, pos);
    QFETCH(QString, ref);
    QFETCH(QString, alt);
    QVERIFY(!PopulationFrequencies::bundled().lookup(GenomeBuild(build), chrom, pos, ref, alt));
}

void TestGermline::populationSiteAllelesAreSeparate()
{
    // The akt list is bi-allelic only (no record of the source VCFs has two ALTs, see populationMatchesSource);
    // the table keeps one row per ALT, so only the listed ALT of a site has a frequency and the others do not.
    const PopulationFrequencies& set = PopulationFrequencies::bundled();
    int found = 0;
    for (const QString& alt : {u"A"_s, u"C"_s, u"T"_s}) {
        const auto f = set.lookup(GenomeBuild::GRCh37, u"17"_s, 7579472, u"G"_s, alt);
        if (f) {
            ++found;
            QCOMPARE(alt, u"C"_s);
        }
    }
    QCOMPARE(found, 1);
}

void TestGermline::populationMatchesSource_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("build");
    QTest::newRow("GRCh37") << u"population/1000g_common_exome.grch37.vcf.gz"_s << int(GenomeBuild::GRCh37);
    QTest::newRow("GRCh38") << u"population/1000g_common_exome.grch38.vcf.gz"_s << int(GenomeBuild::GRCh38);
}

void TestGermline::populationMatchesSource()
{
    // Every record of the source VCF is found with its INFO/AF: the derived table lost nothing.
    QFETCH(QString, file);
    QFETCH(int, build);
    const QString path = sharedData(file);
    if (!QFile::exists(path))
        QSKIP("shared data corpus not available");
    LineReader reader;
    QVERIFY(reader.open(path).has_value());
    const PopulationFrequencies& set = PopulationFrequencies::bundled();
    QByteArrayView line;
    qint64 records = 0;
    qint64 multiAllelic = 0;
    while (reader.next(line)) {
        if (line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.toByteArray().split('\t');
        QVERIFY(f.size() >= 8);
        ++records;
        if (f[4].contains(','))
            ++multiAllelic;
        double af = -1;
        for (const QByteArray& kv : f[7].split(';'))
            if (kv.startsWith("AF="))
                af = kv.mid(3).toDouble();
        const auto found = set.lookup(GenomeBuild(build),
                                      QString::fromLatin1(f[0]),
                                      f[1].toLongLong(),
                                      QString::fromLatin1(f[3]),
                                      QString::fromLatin1(f[4]));
        QVERIFY2(found, line.toByteArray().left(60).constData());
        QVERIFY(std::abs(found->af - af) < 1e-9);
    }
    QCOMPARE(records, set.alleleCount(GenomeBuild(build)));
    QCOMPARE(multiAllelic, 0);
}

// ---- cancer predisposition panel ----

void TestGermline::panelGenes_data()
{
    QTest::addColumn<QString>("gene");
    QTest::addColumn<QString>("cpsrPanel");
    QTest::addColumn<QString>("acmgCondition");
    QTest::addColumn<QString>("inheritance");

    QTest::newRow("BRCA2") << u"BRCA2"_s
                           << u"CPSR cancer predisposition panel (CANVAR_UK, PANEL_APP, TCGA_PANCAN_2018)"_s
                           << u"Hereditary breast and ovarian cancer"_s << u"AD/AR"_s;
    QTest::newRow("MLH1") << u"MLH1"_s << u"CPSR cancer predisposition panel (PANEL_APP, TCGA_PANCAN_2018)"_s
                          << u"Lynch syndrome"_s << u"AD/AR"_s;
    QTest::newRow("TP53") << u"TP53"_s << u"CPSR cancer predisposition panel (CANVAR_UK, PANEL_APP, TCGA_PANCAN_2018)"_s
                          << u"Li-Fraumeni syndrome"_s << u"AD"_s;
    QTest::newRow("lower-case query") << u"tp53"_s
                                      << u"CPSR cancer predisposition panel (CANVAR_UK, PANEL_APP, TCGA_PANCAN_2018)"_s
                                      << u"Li-Fraumeni syndrome"_s << u"AD"_s;
    QTest::newRow("MUTYH (ACMG: two variants)") << u"MUTYH"_s
                                                << u"CPSR cancer predisposition panel (CANVAR_UK, PANEL_APP, "
                                                   "TCGA_PANCAN_2018)"_s
                                                << u"MUTYH-associated polyposis"_s << u"AR"_s;
}

void TestGermline::panelGenes()
{
    QFETCH(QString, gene);
    QFETCH(QString, cpsrPanel);
    QFETCH(QString, acmgCondition);
    QFETCH(QString, inheritance);
    const auto found = PredispositionPanel::bundled().find(gene);
    QVERIFY(found);
    QCOMPARE(found->gene, gene.toUpper());
    QCOMPARE(found->panels, QStringList({cpsrPanel, u"ACMG SF v3.1"_s}));
    QVERIFY(found->acmgConditions.contains(acmgCondition));
    QCOMPARE(found->inheritance, inheritance);
    QCOMPARE(found->mechanism, u"LoF"_s);
    QVERIFY(!found->phenotypes.isEmpty());
    QVERIFY(!found->phenotypes.contains(u"<a"_s));
}

void TestGermline::panelCpsrOnly_data()
{
    QTest::addColumn<QString>("gene");
    QTest::addColumn<QString>("mechanism");
    // KRAS (RASopathies) and EGFR (germline T790M) are in the CPSR superpanel, but not among the ACMG SF v3.1
    // cancer genes: the panel says so.
    QTest::newRow("KRAS") << u"KRAS"_s << u"GoF"_s;
    QTest::newRow("EGFR") << u"EGFR"_s << u"GoF"_s;
}

void TestGermline::panelCpsrOnly()
{
    QFETCH(QString, gene);
    QFETCH(QString, mechanism);
    const auto found = PredispositionPanel::bundled().find(gene);
    QVERIFY(found);
    QCOMPARE(found->panels.size(), 1);
    QVERIFY(found->panels.front().startsWith(u"CPSR cancer predisposition panel ("_s));
    QVERIFY(!found->panels.contains(u"ACMG SF v3.1"_s));
    QVERIFY(found->acmgConditions.isEmpty());
    QCOMPARE(found->mechanism, mechanism);
}

void TestGermline::panelNotListed_data()
{
    QTest::addColumn<QString>("gene");
    // ACMG SF v3.1 genes of other categories (cardiovascular) are not cancer-predisposition genes.
    QTest::newRow("MYH7") << u"MYH7"_s;
    QTest::newRow("LDLR") << u"LDLR"_s;
    QTest::newRow("KCNQ1") << u"KCNQ1"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("HTML anchor") << u"<a href='https://www.ncbi.nlm.nih.gov/gene/675' target='_blank'>BRCA2</a>"_s;
}

void TestGermline::panelNotListed()
{
    QFETCH(QString, gene);
    QVERIFY(!PredispositionPanel::bundled().find(gene));
    // 555 CPSR genes; all 28 ACMG cancer genes are among them.
    QCOMPARE(PredispositionPanel::bundled().size(), 555);
}

// ---- pharmacogenomics ----

void TestGermline::pgxDefinitions()
{
    const PgxDefinitions& defs = Pharmacogenomics::bundled().definitions();
    QStringList names;
    for (const PgxDefinitions::Gene& gene : defs.genes()) {
        names << gene.name;
        // Every defined position lifts to GRCh37 (the tests below rely on it).
        QCOMPARE(gene.unliftedPositions, 0);
        QVERIFY(gene.reference >= 0);
        for (const PgxDefinitions::Variant& v : gene.variants)
            QVERIFY2(v.pos[0] > 0 && v.pos[1] > 0, qPrintable(gene.name + u' ' + v.rsid));
    }
    QCOMPARE(names, QStringList({u"DPYD"_s, u"NUDT15"_s, u"TPMT"_s, u"UGT1A1"_s}));
    QCOMPARE(defs.genes()[0].variants.size(), size_t(83));
    QCOMPARE(defs.genes()[0].alleles.size(), size_t(84));
    QCOMPARE(defs.guidelines().size(), size_t(5));
    for (const PgxDefinitions::Guideline& g : defs.guidelines())
        QCOMPARE(g.version, u"v1.30.0"_s);
}

void TestGermline::pgxLiftedPositions_data()
{
    QTest::addColumn<QString>("rsid");
    QTest::addColumn<qint64>("grch38");
    QTest::addColumn<qint64>("grch37");
    // GRCh37 positions as dbSNP and gnomAD v2 give them: the lift must land on them, and the independent
    // GRCh37 -> GRCh38 chain of the shared corpus must take them back.
    QTest::newRow("DPYD *2A") << u"rs3918290"_s << qint64(97450058) << qint64(97915614);
    QTest::newRow("DPYD c.2846A>T") << u"rs67376798"_s << qint64(97082391) << qint64(97547947);
    QTest::newRow("DPYD *13") << u"rs55886062"_s << qint64(97515787) << qint64(97981343);
    QTest::newRow("TPMT c.719A>G") << u"rs1142345"_s << qint64(18130687) << qint64(18130918);
    QTest::newRow("TPMT c.460G>A") << u"rs1800460"_s << qint64(18138997) << qint64(18139228);
    QTest::newRow("NUDT15 c.415C>T") << u"rs116855232"_s << qint64(48045719) << qint64(48619855);
    QTest::newRow("UGT1A1 TA repeat") << u"rs3064744"_s << qint64(233760233) << qint64(234668879);
}

void TestGermline::pgxLiftedPositions()
{
    QFETCH(QString, rsid);
    QFETCH(qint64, grch38);
    QFETCH(qint64, grch37);
    const PgxDefinitions::Variant* found = nullptr;
    for (const PgxDefinitions::Gene& gene : Pharmacogenomics::bundled().definitions().genes())
        for (const PgxDefinitions::Variant& v : gene.variants)
            if (v.rsid == rsid)
                found = &v;
    QVERIFY(found);
    QCOMPARE(found->pos[1], grch38);
    QCOMPARE(found->pos[0], grch37);
    const QString reverseChain = sharedData(u"transcripts/liftover/GRCh37_to_GRCh38.chain.gz"_s);
    if (!QFile::exists(reverseChain))
        QSKIP("shared data corpus not available");
    static const Result<LiftOver> back = LiftOver::load(reverseChain);
    QVERIFY(back);
    const auto lifted = back->liftPosition(chromOf(rsid), grch37);
    QVERIFY(lifted);
    QCOMPARE(lifted->pos, grch38);
}

void TestGermline::dpyd_data()
{
    QTest::addColumn<int>("build");
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("pos");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("alt");
    QTest::addColumn<double>("vaf");
    QTest::addColumn<int>("gt");
    QTest::addColumn<int>("zygosity");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("diplotype");
    QTest::addColumn<QString>("phenotype");
    QTest::addColumn<QString>("activityScore");
    QTest::addColumn<QString>("recommendation");
    QTest::addColumn<QString>("classification");

    const int b37 = int(GenomeBuild::GRCh37);
    const int het = int(Zygosity::Heterozygous);
    const int hom = int(Zygosity::Homozygous);
    const int unknown = int(Zygosity::Unknown);
    const QString starHet = u"Reference/c.1905+1G>A (*2A)"_s;
    const QString starHom = u"c.1905+1G>A (*2A)/c.1905+1G>A (*2A)"_s;
    // The demo tumor's DPYD*2A (rs3918290, c.1905+1G>A) at VAF 0.47 without a GT.
    QTest::newRow("*2A, tumor VAF 0.47") << b37 << u"1"_s << qint64(97915614) << u"C"_s << u"T"_s << 0.47 << unknown
                                         << het << u"tumor VAF 0.47 (0.35-0.65 read as heterozygous"_s << starHet
                                         << u"Intermediate Metabolizer"_s << u"1.0"_s << cpicDpydScore1 << u"Strong"_s;
    QTest::newRow("*2A, chr prefix, GT 0/1")
        << b37 << u"chr1"_s << qint64(97915614) << u"C"_s << u"T"_s << 0.47 << het << het
        << u"GT of tumor sample T: heterozygous"_s << starHet << u"Intermediate Metabolizer"_s << u"1.0"_s
        << cpicDpydScore1 << u"Strong"_s;
    // An MNV holding *2A and a base change that defines nothing.
    QTest::newRow("*2A inside an MNV") << b37 << u"1"_s << qint64(97915614) << u"CG"_s << u"TT"_s << 0.47 << unknown
                                       << het << u"tumor VAF 0.47"_s << starHet << u"Intermediate Metabolizer"_s
                                       << u"1.0"_s << cpicDpydScore1 << u"Strong"_s;
    QTest::newRow("*2A, GT 1/1") << b37 << u"1"_s << qint64(97915614) << u"C"_s << u"T"_s << 0.98 << hom << hom
                                 << u"GT of tumor sample T: homozygous"_s << starHom << u"Poor Metabolizer"_s
                                 << u"0.0"_s << cpicDpydScore0 << u"Strong"_s;
    QTest::newRow("*2A, tumor VAF 0.91") << b37 << u"1"_s << qint64(97915614) << u"C"_s << u"T"_s << 0.91 << unknown
                                         << hom << u"tumor VAF 0.91 (>= 0.85 read as homozygous"_s << starHom
                                         << u"Poor Metabolizer"_s << u"0.0"_s << cpicDpydScore0 << u"Strong"_s;
    // c.2846A>T (rs67376798, decreased function, activity value 0.5): score 1 + 0.5.
    QTest::newRow("c.2846A>T heterozygous")
        << b37 << u"1"_s << qint64(97547947) << u"T"_s << u"A"_s << 0.52 << het << het << u"GT of tumor sample T"_s
        << u"Reference/c.2846A>T"_s << u"Intermediate Metabolizer"_s << u"1.5"_s << cpicDpydScore15 << u"Moderate"_s;
    QTest::newRow("*2A on GRCh38") << int(GenomeBuild::GRCh38) << u"chr1"_s << qint64(97450058) << u"C"_s << u"T"_s
                                   << 0.5 << unknown << het << u"tumor VAF 0.50"_s << starHet
                                   << u"Intermediate Metabolizer"_s << u"1.0"_s << cpicDpydScore1 << u"Strong"_s;
    // DPYD*13 (c.1679T>G, rs55886062, no function), GRCh37 1:97981343 A>C.
    QTest::newRow("*13 heterozygous") << b37 << u"1"_s << qint64(97981343) << u"A"_s << u"C"_s << 0.44 << unknown << het
                                      << u"tumor VAF 0.44"_s << u"Reference/c.1679T>G (*13)"_s
                                      << u"Intermediate Metabolizer"_s << u"1.0"_s << cpicDpydScore1 << u"Strong"_s;
}

void TestGermline::dpyd()
{
    QFETCH(int, build);
    QFETCH(QString, chrom);
    QFETCH(qint64, pos);
    QFETCH(QString, ref);
    QFETCH(QString, alt);
    QFETCH(double, vaf);
    QFETCH(int, gt);
    QFETCH(int, zygosity);
    QFETCH(QString, method);
    QFETCH(QString, diplotype);
    QFETCH(QString, phenotype);
    QFETCH(QString, activityScore);
    QFETCH(QString, recommendation);
    QFETCH(QString, classification);

    const Case c = tumorCase(
        GenomeBuild(build),
        {variant(u"7"_s, 140453136, u"A"_s, u"T"_s, 0.3f), variant(chrom, pos, ref, alt, float(vaf), Zygosity(gt))});
    const std::vector<PgxFinding> findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.gene, u"DPYD"_s);
    QCOMPARE(f.observed.size(), size_t(1));
    const PgxObservation& o = f.observed.front();
    QCOMPARE(o.alteration, 1);
    QCOMPARE(int(o.zygosity), zygosity);
    QVERIFY2(o.zygosityMethod.contains(method), qPrintable(o.zygosityMethod));
    QVERIFY(!o.rsid.isEmpty());
    QCOMPARE(f.diplotype, diplotype);
    QCOMPARE(f.phenotype, phenotype);
    QCOMPARE(f.activityScore, activityScore);
    QCOMPARE(o.activityValue.isEmpty(), false);
    QVERIFY(f.method.contains(u"not reported by the input and assumed reference"_s));
    QCOMPARE(f.method.contains(u"lifted from GRCh38 to GRCh37"_s), build == int(GenomeBuild::GRCh37));
    for (const QString& drug : {u"fluorouracil"_s, u"capecitabine"_s}) {
        const PgxRecommendation* r = recommendationFor(f, drug);
        QVERIFY2(r, qPrintable(drug));
        QCOMPARE(r->recommendation, recommendation);
        QCOMPARE(r->classification, classification);
        QCOMPARE(r->phenotypeKey, u"DPYD activity score "_s + activityScore);
        QVERIFY(r->implication.startsWith(u"DPYD: "_s));
        QCOMPARE(r->source, u"CPIC guideline DPYD and Fluoropyrimidines (CPIC data v1.30.0)"_s);
        QVERIFY(r->url.startsWith(u"https://cpicpgx.org/"_s));
    }
    QCOMPARE(f.recommendations.size(), size_t(2));
    if (o.zygosityMethod.contains(u"tumor"_s))
        QVERIFY(anyContains(f.caveats, u"confirm on germline DNA"_s));
}

void TestGermline::dpydTwoHeterozygousVariants()
{
    // *2A and c.2846A>T, both heterozygous, phase unknown: the cautious reading (in trans) is reported, and the
    // cis reading is named.
    const Case c =
        tumorCase(GenomeBuild::GRCh37,
                  {variant(u"1"_s, 97547947, u"T"_s, u"A"_s, 0.49f), variant(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.47f)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.diplotype, u"c.1905+1G>A (*2A)/c.2846A>T"_s);
    QCOMPARE(f.phenotype, u"Poor Metabolizer"_s);
    QCOMPARE(f.activityScore, u"0.5"_s);
    QVERIFY(anyContains(f.caveats, u"Phase unknown"_s));
    QVERIFY(anyContains(f.caveats,
                        u"in cis the result would be Reference/c.1905+1G>A (*2A): Intermediate Metabolizer "
                        "(activity score 1.0)"_s));
    QCOMPARE(f.observed.size(), size_t(2));
    // Sorted by genomic position (the definitions' order): c.2846A>T lies first on chromosome 1.
    QCOMPARE(f.observed[0].variant, u"c.2846A>T"_s);
    QCOMPARE(f.observed[0].function, u"Decreased function"_s);
    QCOMPARE(f.observed[1].variant, u"c.1905+1G>A"_s);
    QCOMPARE(f.observed[1].allele, u"c.1905+1G>A (*2A)"_s);
    QCOMPARE(f.observed[1].function, u"No function"_s);
    QCOMPARE(f.observed[1].activityValue, u"0.0"_s);
    QCOMPARE(recommendationFor(f, u"fluorouracil"_s)->recommendation, cpicDpydScore05);
}

void TestGermline::dpydUnknownZygosity()
{
    // VAF 0.22 is neither heterozygous nor homozygous by the rule: no genotype is made up.
    const Case c = tumorCase(GenomeBuild::GRCh37, {variant(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.22f)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.observed.front().zygosity, Zygosity::Unknown);
    QVERIFY(f.observed.front().zygosityMethod.contains(u"zygosity unknown"_s));
    QCOMPARE(f.observed.front().allele, u"c.1905+1G>A (*2A)"_s);
    QVERIFY(f.diplotype.isEmpty());
    QVERIFY(f.phenotype.isEmpty());
    QVERIFY(f.activityScore.isEmpty());
    QVERIFY(f.recommendations.empty());
    QVERIFY(anyContains(f.caveats,
                        u"heterozygous it would give Reference/c.1905+1G>A (*2A): Intermediate Metabolizer (activity "
                        "score 1.0); homozygous c.1905+1G>A (*2A)/c.1905+1G>A (*2A): Poor Metabolizer (activity "
                        "score 0.0)"_s));
}

void TestGermline::dpydHapB3()
{
    // HapB3: c.1129-5923C>G (rs75017182, causal) with c.1236G>A (rs56038477, GRCh37 1:98039419), one allele of
    // activity value 0.5 defined by both positions.
    QCOMPARE(grch37Of(u"rs56038477"_s), qint64(98039419));
    const Case c = tumorCase(GenomeBuild::GRCh37,
                             {variant(u"1"_s, grch37Of(u"rs75017182"_s), u"G"_s, u"C"_s, 0.5f, Zygosity::Heterozygous),
                              variant(u"1"_s, 98039419, u"C"_s, u"T"_s, 0.5f, Zygosity::Heterozygous)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.diplotype, u"Reference/c.1129-5923C>G, c.1236G>A (HapB3)"_s);
    QCOMPARE(f.phenotype, u"Intermediate Metabolizer"_s);
    QCOMPARE(f.activityScore, u"1.5"_s);
    QVERIFY(!anyContains(f.caveats, u"in trans"_s));
    for (const PgxObservation& o : f.observed)
        QCOMPARE(o.allele, u"c.1129-5923C>G, c.1236G>A (HapB3)"_s);
    // c.1236G>A has no allele of its own: its name is the genomic HGVS of the definition.
    QCOMPARE(f.observed[0].variant, u"NC_000001.11:g.97573863C>T"_s);
    QCOMPARE(f.observed[1].variant, u"c.1129-5923C>G"_s);
}

void TestGermline::dpydHapB3TagAlone()
{
    // c.1236G>A without c.1129-5923C>G is no DPYD allele: reported, not counted, no phenotype.
    const Case c =
        tumorCase(GenomeBuild::GRCh37, {variant(u"1"_s, 98039419, u"C"_s, u"T"_s, 0.5f, Zygosity::Heterozygous)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QVERIFY(f.diplotype.isEmpty());
    QVERIFY(f.phenotype.isEmpty());
    QVERIFY(f.recommendations.empty());
    QVERIFY(anyContains(f.caveats, u"rs56038477 is not a DPYD allele on its own"_s));
    QCOMPARE(f.observed.front().allele, u"c.1129-5923C>G, c.1236G>A (HapB3)"_s);
}

void TestGermline::dpydMoreThanTwoAlleles()
{
    // *2A homozygous and c.2846A>T heterozygous fit no pair of named alleles: CPIC's rule for unphased DPYD
    // genotypes takes the two alleles of lowest activity (*2A twice).
    const Case c = tumorCase(GenomeBuild::GRCh37,
                             {variant(u"1"_s, 97547947, u"T"_s, u"A"_s, 0.4f, Zygosity::Heterozygous),
                              variant(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.97f, Zygosity::Homozygous)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.diplotype, u"c.1905+1G>A (*2A)/c.1905+1G>A (*2A)"_s);
    QCOMPARE(f.phenotype, u"Poor Metabolizer"_s);
    QCOMPARE(f.activityScore, u"0.0"_s);
    QVERIFY(f.method.contains(u"two alleles of lowest activity"_s));
    QVERIFY(anyContains(f.caveats, u"More than two DPYD variant alleles"_s));
    QCOMPARE(recommendationFor(f, u"capecitabine"_s)->recommendation, cpicDpydScore0);
}

void TestGermline::tpmtStar3A()
{
    // TPMT*3A = c.460G>A (rs1800460) + c.719A>G (rs1142345), both heterozygous. *1/*3A is reported (PharmCAT's
    // rule: the alleles that define more positions), *3B/*3C is named as the other phasing.
    const Case c = tumorCase(GenomeBuild::GRCh37,
                             {variant(u"6"_s, 18130918, u"T"_s, u"C"_s, 0.5f, Zygosity::Heterozygous),
                              variant(u"6"_s, 18139228, u"C"_s, u"T"_s, 0.46f, Zygosity::Heterozygous)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.gene, u"TPMT"_s);
    QCOMPARE(f.diplotype, u"*1/*3A"_s);
    QCOMPARE(f.phenotype, u"Intermediate Metabolizer"_s);
    QVERIFY(f.activityScore.isEmpty());
    QCOMPARE(f.observed.size(), size_t(2));
    for (const PgxObservation& o : f.observed) {
        QCOMPARE(o.allele, u"*3A"_s);
        QCOMPARE(o.function, u"No function"_s);
        QCOMPARE(o.zygosity, Zygosity::Heterozygous);
    }
    QVERIFY(anyContains(f.caveats, u"also fits *3B/*3C (Poor Metabolizer)"_s));
    QCOMPARE(f.observed[0].variant, u"NC_000006.12:g.18130687T>C"_s);
    QCOMPARE(f.observed[0].rsid, u"rs1142345"_s);
    QCOMPARE(f.observed[1].variant, u"NC_000006.12:g.18138997C>T"_s);
    for (const QString& drug : {u"mercaptopurine"_s, u"thioguanine"_s, u"azathioprine"_s}) {
        const PgxRecommendation* r = recommendationFor(f, drug);
        QVERIFY2(r, qPrintable(drug));
        QCOMPARE(r->phenotypeKey,
                 u"TPMT Intermediate Metabolizer; NUDT15 Normal Metabolizer (assumed: no NUDT15 allele reported)"_s);
        // Mercaptopurine and azathioprine: 30%-80% of the normal dose; thioguanine: 50% to 80%.
        QVERIFY2(r->recommendation.startsWith(u"Start with reduced"_s), qPrintable(r->recommendation));
        QCOMPARE(r->classification, drug == u"thioguanine"_s ? u"Moderate"_s : u"Strong"_s);
    }
    QCOMPARE(recommendationFor(f, u"mercaptopurine"_s)->recommendation.left(cpicThiopurineReduced.size()),
             cpicThiopurineReduced);
    QVERIFY(anyContains(f.caveats, u"take NUDT15 as Normal Metabolizer"_s));
}

void TestGermline::tpmtStar3AHomozygous()
{
    const Case c = tumorCase(GenomeBuild::GRCh37,
                             {variant(u"6"_s, 18130918, u"T"_s, u"C"_s, 0.97f, Zygosity::Homozygous),
                              variant(u"6"_s, 18139228, u"C"_s, u"T"_s, 0.99f, Zygosity::Homozygous)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings.front().diplotype, u"*3A/*3A"_s);
    QCOMPARE(findings.front().phenotype, u"Poor Metabolizer"_s);
    QVERIFY(!anyContains(findings.front().caveats, u"Phase unknown"_s));
    const PgxRecommendation* r = recommendationFor(findings.front(), u"thioguanine"_s);
    QVERIFY(r);
    QVERIFY(r->phenotypeKey.startsWith(u"TPMT Poor Metabolizer; NUDT15 Normal Metabolizer"_s));
}

void TestGermline::nudt15Star3()
{
    // NUDT15*3 (c.415C>T, p.R139C, rs116855232), heterozygous by the normal sample's VAF.
    Case c = tumorCase(GenomeBuild::GRCh37, {variant(u"13"_s, 48619855, u"C"_s, u"T"_s, 0.51f)});
    c.addSample(u"N"_s, SampleRole::Normal);
    c.alterations.front().normal.vaf = 0.48f;
    c.alterations.front().normal.depth = 60;
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.gene, u"NUDT15"_s);
    QCOMPARE(f.diplotype, u"*1/*3"_s);
    QCOMPARE(f.phenotype, u"Intermediate Metabolizer"_s);
    QCOMPARE(f.observed.front().allele, u"*3"_s);
    QVERIFY(f.observed.front().zygosityMethod.startsWith(u"normal VAF 0.48"_s));
    QVERIFY(!anyContains(f.caveats, u"tumor DNA"_s));
    const PgxRecommendation* r = recommendationFor(f, u"mercaptopurine"_s);
    QVERIFY(r);
    QCOMPARE(r->phenotypeKey,
             u"NUDT15 Intermediate Metabolizer; TPMT Normal Metabolizer (assumed: no TPMT allele reported)"_s);
    QVERIFY(r->recommendation.startsWith(cpicThiopurineReduced));
    QVERIFY(r->implication.startsWith(u"NUDT15: Increased risk of thiopurine-related leukopenia"_s));
}

void TestGermline::tpmtAndNudt15Together()
{
    const Case c = tumorCase(GenomeBuild::GRCh37,
                             {variant(u"13"_s, 48619855, u"C"_s, u"T"_s, 0.5f, Zygosity::Heterozygous),
                              variant(u"6"_s, 18139228, u"C"_s, u"T"_s, 0.5f, Zygosity::Heterozygous)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(2));
    QCOMPARE(findings[0].gene, u"NUDT15"_s);
    QCOMPARE(findings[1].gene, u"TPMT"_s);
    QCOMPARE(findings[1].diplotype, u"*1/*3B"_s);
    const PgxRecommendation* r = recommendationFor(findings[1], u"azathioprine"_s);
    QVERIFY(r);
    QCOMPARE(r->phenotypeKey, u"TPMT Intermediate Metabolizer; NUDT15 Intermediate Metabolizer"_s);
    QVERIFY(!anyContains(findings[1].caveats, u"take NUDT15 as Normal Metabolizer"_s));
    QVERIFY(!anyContains(findings[0].caveats, u"take TPMT as Normal Metabolizer"_s));
}

void TestGermline::ugt1a1Star28_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("alt");
    QTest::addColumn<qint64>("pos");
    // *28 is one extra TA unit in the promoter repeat (rs3064744). A left-aligned call (bcftools norm) writes it
    // C>CAT on the base before the repeat; PharmCAT writes CAT>CATAT; a MAF writes -/AT after that base.
    QTest::newRow("left-aligned VCF") << u"C"_s << u"CAT"_s << qint64(234668879);
    QTest::newRow("PharmCAT style") << u"CAT"_s << u"CATAT"_s << qint64(234668879);
    QTest::newRow("MAF") << u"-"_s << u"AT"_s << qint64(234668879);
}

void TestGermline::ugt1a1Star28()
{
    QFETCH(QString, ref);
    QFETCH(QString, alt);
    QFETCH(qint64, pos);
    const Case c = tumorCase(GenomeBuild::GRCh37, {variant(u"2"_s, pos, ref, alt, 0.45f, Zygosity::Heterozygous)});
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.gene, u"UGT1A1"_s);
    QCOMPARE(f.diplotype, u"*1/*28"_s);
    QCOMPARE(f.phenotype, u"Intermediate Metabolizer"_s);
    QCOMPARE(f.observed.front().allele, u"*28"_s);
    // PharmCAT's HGVS counts the repeat from g.233760235: *28 is TA[8] there.
    QCOMPARE(f.observed.front().variant, u"NC_000002.12:g.233760235TA[8]"_s);
    QCOMPARE(f.observed.front().rsid, u"rs3064744"_s);
    QCOMPARE(f.observed.front().function, u"Decreased function"_s);
    QVERIFY(f.recommendations.empty());
    QVERIFY(anyContains(f.caveats, u"No CPIC irinotecan recommendation shipped"_s));
    QVERIFY(anyContains(f.caveats, u"TA repeat"_s));
}

void TestGermline::normalGenotypePreferred()
{
    // The tumor lost the reference allele (GT 1/1, VAF 0.96), the normal is heterozygous: germline DNA decides.
    Case c = tumorCase(GenomeBuild::GRCh37, {variant(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.96f, Zygosity::Homozygous)});
    c.addSample(u"N"_s, SampleRole::Normal);
    c.alterations.front().normalZygosity = Zygosity::Heterozygous;
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.observed.front().zygosity, Zygosity::Heterozygous);
    QCOMPARE(f.observed.front().zygosityMethod, u"GT of normal sample N: heterozygous (germline DNA)"_s);
    QCOMPARE(f.phenotype, u"Intermediate Metabolizer"_s);
    QCOMPARE(f.activityScore, u"1.0"_s);
}

void TestGermline::somaticInNormal_data()
{
    QTest::addColumn<int>("normalGt");
    QTest::addColumn<double>("normalVaf");
    QTest::newRow("normal GT 0/0") << int(Zygosity::Absent) << std::nan("");
    QTest::newRow("normal VAF 0") << int(Zygosity::Unknown) << 0.0;
}

void TestGermline::somaticInNormal()
{
    QFETCH(int, normalGt);
    QFETCH(double, normalVaf);
    Case c = tumorCase(GenomeBuild::GRCh37, {variant(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.3f)});
    c.addSample(u"N"_s, SampleRole::Normal);
    Alteration& a = c.alterations.front();
    a.normalZygosity = Zygosity(normalGt);
    a.normal.vaf = float(normalVaf);
    a.normal.depth = 45;
    const auto findings = Pharmacogenomics::bundled().assess(c);
    QCOMPARE(findings.size(), size_t(1));
    const PgxFinding& f = findings.front();
    QCOMPARE(f.observed.front().zygosity, Zygosity::Absent);
    QVERIFY(f.diplotype.isEmpty());
    QVERIFY(f.phenotype.isEmpty());
    QVERIFY(f.recommendations.empty());
    QVERIFY(anyContains(f.caveats, u"a somatic change"_s));
    QCOMPARE(f.observed.front().allele, u"c.1905+1G>A (*2A)"_s);
    QVERIFY(f.method.contains(u"Positions with a somatic variant only, taken as reference in germline DNA: 1."_s));
}

void TestGermline::nothingToReport_data()
{
    QTest::addColumn<int>("build");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("alt");
    QTest::addColumn<qint64>("pos");
    QTest::newRow("another ALT at *2A") << int(GenomeBuild::GRCh37) << u"C"_s << u"G"_s << qint64(97915614);
    QTest::newRow("GRCh38 position on GRCh37") << int(GenomeBuild::GRCh37) << u"C"_s << u"T"_s << qint64(97450058);
    QTest::newRow("unknown build") << int(GenomeBuild::Unknown) << u"C"_s << u"T"_s << qint64(97915614);
    QTest::newRow("reference call") << int(GenomeBuild::GRCh37) << u"C"_s << u"C"_s << qint64(97915614);
}

void TestGermline::nothingToReport()
{
    QFETCH(int, build);
    QFETCH(QString, ref);
    QFETCH(QString, alt);
    QFETCH(qint64, pos);
    const Case c = tumorCase(GenomeBuild(build), {variant(u"1"_s, pos, ref, alt, 0.5f)});
    QVERIFY(Pharmacogenomics::bundled().assess(c).empty());
    // A tumor genotype without the allele (GT 0/0) is not an observation either.
    const Case absent =
        tumorCase(GenomeBuild::GRCh37, {variant(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.02f, Zygosity::Absent)});
    QVERIFY(Pharmacogenomics::bundled().assess(absent).empty());
    QVERIFY(Pharmacogenomics::bundled().assess(Case()).empty());
}

void TestGermline::grch38WithoutLift()
{
    // Definitions loaded without a chain serve GRCh38 cases as they are and find nothing on GRCh37.
    auto loaded = PgxDefinitions::load(u":/oncoboard/pgx"_s, nullptr);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    const Pharmacogenomics pgx(std::move(loaded).value());
    const Case grch38 = tumorCase(
        GenomeBuild::GRCh38,
        {variant(u"chr6"_s, 18130687, u"T"_s, u"C"_s, 0.5f), variant(u"chr6"_s, 18138997, u"C"_s, u"T"_s, 0.5f)});
    const auto findings = pgx.assess(grch38);
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings.front().diplotype, u"*1/*3A"_s);
    QVERIFY(!findings.front().method.contains(u"GRCh37"_s));
    const Case grch37 = tumorCase(GenomeBuild::GRCh37, {variant(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.47f)});
    QVERIFY(pgx.assess(grch37).empty());
}

void TestGermline::demoCase()
{
    // The bundled demo (TCGA-A6-2686, GRCh37) carries DPYD*2A at VAF 0.47 with GT 0/1 in its tumor column.
    CaseLoadOptions options;
    options.tumorType = u"COAD"_s;
    auto loaded = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF)}, options);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    const Case& c = *loaded;
    QCOMPARE(c.genome, GenomeBuild::GRCh37);
    const auto findings = Pharmacogenomics::bundled().assess(c);
    const PgxFinding* f = findingOf(findings, u"DPYD"_s);
    QVERIFY(f);
    QCOMPARE(f->observed.size(), size_t(1));
    const PgxObservation& o = f->observed.front();
    const Alteration& a = c.alterations[size_t(o.alteration)];
    QCOMPARE(a.pos, qint64(97915614));
    QCOMPARE(o.rsid, u"rs3918290"_s);
    QCOMPARE(o.variant, u"c.1905+1G>A"_s);
    QCOMPARE(o.zygosity, Zygosity::Heterozygous);
    QVERIFY2(o.zygosityMethod.contains(u"tumor"_s), qPrintable(o.zygosityMethod));
    QCOMPARE(f->diplotype, u"Reference/c.1905+1G>A (*2A)"_s);
    QCOMPARE(f->phenotype, u"Intermediate Metabolizer"_s);
    QCOMPARE(f->activityScore, u"1.0"_s);
    QCOMPARE(recommendationFor(*f, u"capecitabine"_s)->recommendation, cpicDpydScore1);
    QVERIFY(anyContains(f->caveats, u"confirm on germline DNA"_s));
    for (const PgxFinding& each : findings)
        qInfo("%s: %s; %s; activity score %s",
              qPrintable(each.gene),
              qPrintable(each.diplotype),
              qPrintable(each.phenotype),
              qPrintable(each.activityScore));
}

QTEST_GUILESS_MAIN(TestGermline)
#include "tst_Germline.moc"
