// Effect prediction without a genome (EffectPredictor): known answers worked out by hand from the
// genetic code and the bundled models, and agreement with VEP's own annotation of the same records
// (vcf2maf outputs on GRCh37 and GRCh38, the HCC1395 VEP VCF).

#include "TestConfig.h"
#include "effect/EffectPredictor.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
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

EffectPrediction predict(GenomeBuild build, const QString& chrom, qint64 pos, const QString& ref, const QString& alt)
{
    const auto p =
        EffectPredictor::predict(chrom, pos, ref, alt, TranscriptModels::bundled(build), ProteinSequences::bundled());
    if (!p)
        qFatal("no prediction for %s:%lld", qPrintable(chrom), pos);
    return *p;
}

QString unversioned(const QString& id)
{
    return id.section(u'.', 0, 0);
}

/** Agreement of the prediction with an input's own annotation, on the same transcript. */
struct Agreement
{
    int records = 0, sameTranscript = 0;
    int geneSame = 0, geneCompared = 0;
    int exonSame = 0, exonCompared = 0;
    int hgvscSame = 0, hgvscCompared = 0;
    int proteinStated = 0, proteinSame = 0;
    QStringList disagreements;

    QString toString() const
    {
        return u"%1 records: gene %2/%3, same transcript %4, exon %5/%6, HGVSc %7/%8, protein changes stated %9, "
               "agreeing %10"_s.arg(records)
                   .arg(geneSame)
                   .arg(geneCompared)
                   .arg(sameTranscript)
                   .arg(exonSame)
                   .arg(exonCompared)
                   .arg(hgvscSame)
                   .arg(hgvscCompared)
                   .arg(proteinStated)
                   .arg(proteinSame);
    }
};

/** Compares each annotated small variant of the inputs with OncoBoard's prediction from its alleles alone. */
Agreement compare(const QString& path, GenomeBuild build)
{
    CaseLoadOptions options;
    options.genome = build;
    auto c = CaseLoader::load({path}, options);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    Agreement g;
    for (const Alteration& a : c->alterations) {
        const AlterationDetail* d = a.detailOrNull();
        if (!isSmallVariant(a.kind) || !d || d->gene.isEmpty() || !d->effectSource.isEmpty())
            continue;
        const auto p = EffectPredictor::predict(
            a.chrom, a.pos, a.ref, a.alt, TranscriptModels::bundled(build), ProteinSequences::bundled());
        if (!p)
            continue;
        ++g.records;
        ++g.geneCompared;
        if (p->gene.compare(d->gene, Qt::CaseInsensitive) == 0)
            ++g.geneSame;
        else
            g.disagreements << u"gene %1:%2 %3 vs %4"_s.arg(a.chrom).arg(a.pos).arg(p->gene, d->gene);
        const QString theirs = unversioned(d->transcript);
        if (theirs.isEmpty() || (theirs != unversioned(p->ensembl) && theirs != unversioned(p->transcript)))
            continue;
        ++g.sameTranscript;
        if (!d->exon.isEmpty()) {
            ++g.exonCompared;
            g.exonSame += p->exon == d->exon ? 1 : 0;
        }
        if (!d->hgvsc.isEmpty()) {
            ++g.hgvscCompared;
            if (p->hgvsc == d->hgvsc)
                ++g.hgvscSame;
            else
                g.disagreements << u"HGVSc %1:%2 %3 vs %4"_s.arg(a.chrom).arg(a.pos).arg(p->hgvsc, d->hgvsc);
        }
        if (!p->hgvsp.isEmpty()) {
            ++g.proteinStated;
            if (p->hgvsp == d->hgvsp)
                ++g.proteinSame;
            else
                g.disagreements << u"HGVSp %1:%2 %3 vs %4"_s.arg(a.chrom).arg(a.pos).arg(p->hgvsp, d->hgvsp);
        }
    }
    return g;
}

} // namespace

class TestEffectPredictor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledModelsCoverBothBuilds();
    void missenseAtAKnownResidue();
    void residueDeterminedByTheGeneticCode();
    void frameshiftAndSpliceSite();
    void inframeDeletionOfWholeCodons();
    void refBaseThatCannotEncodeTheResidue();
    void outsideGenes();
    void rawDemoVcfGetsGenes();
    void withoutABuildNothingIsPredicted();
    void exon19DeletionFromARawVcfIsTierOne();
    void agreesWithVepOnGrch37();
    void agreesWithVepOnGrch38();
    void agreesWithVepOnHcc1395();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
};

void TestEffectPredictor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
}

void TestEffectPredictor::bundledModelsCoverBothBuilds()
{
    QVERIFY(TranscriptModels::bundled(GenomeBuild::GRCh37).size() > 18000);
    QVERIFY(TranscriptModels::bundled(GenomeBuild::GRCh38).size() > 18000);
    QCOMPARE(ProteinSequences::bundled().size(), 1117);
    // BRAF: MANE Select NM_004333 on the minus strand of chromosome 7; its protein has 766 residues
    // and residue 600 is V.
    const TranscriptModel* braf = TranscriptModels::bundled(GenomeBuild::GRCh37).ofGene(u"BRAF"_s);
    QVERIFY(braf);
    QCOMPARE(unversioned(braf->refseq), u"NM_004333"_s);
    QVERIFY(braf->minus);
    QCOMPARE(braf->cdsLength(), 767 * 3);
    QCOMPARE(ProteinSequences::bundled().sequence(u"BRAF"_s).at(599), 'V');
}

void TestEffectPredictor::missenseAtAKnownResidue()
{
    // BRAF c.1799T>A (7:140453136 A>T on GRCh37, 7:140753336 on GRCh38): codon 600 is V (GTN); a
    // T>A at its middle base gives GAN, D or E: missense, but which residue needs the codon.
    for (const auto& [build, pos] :
         {std::pair{GenomeBuild::GRCh37, qint64(140453136)}, std::pair{GenomeBuild::GRCh38, qint64(140753336)}}) {
        const EffectPrediction p = predict(build, u"7"_s, pos, u"A"_s, u"T"_s);
        QCOMPARE(p.gene, u"BRAF"_s);
        QCOMPARE(unversioned(p.transcript), u"NM_004333"_s);
        QVERIFY(p.ensembl.startsWith(u"ENST00000646891"_s));
        QCOMPARE(p.exon, u"15/18"_s);
        QCOMPARE(p.hgvsc, u"c.1799T>A"_s);
        QCOMPARE(p.consequence, u"missense_variant"_s);
        QCOMPARE(p.proteinPosition, 600);
        QCOMPARE(p.refResidue, QChar(u'V'));
        QVERIFY(p.hgvsp.isEmpty());
        QVERIFY2(p.note.contains(u"V600 becomes one of D, E"_s), qPrintable(p.note));
    }
}

void TestEffectPredictor::residueDeterminedByTheGeneticCode()
{
    // KRAS c.35G>A: codon 12 is G (GGN); G>A at the middle base gives GAN (D or E) - open. But
    // c.34G>T at the first base gives TGN: C, W or stop - open too. EGFR c.2573T>G (L858R): L is
    // CTN or TTA/TTG; T>G at the middle base: CGN or TGA/TGG -> R, stop or W - open.
    EffectPrediction kras = predict(GenomeBuild::GRCh37, u"12"_s, 25398284, u"C"_s, u"T"_s);
    QCOMPARE(kras.gene, u"KRAS"_s);
    QCOMPARE(kras.hgvsc, u"c.35G>A"_s);
    QCOMPARE(kras.proteinPosition, 12);
    QCOMPARE(kras.consequence, u"missense_variant"_s);
    QVERIFY(kras.hgvsp.isEmpty());
    // TP53 c.743G>A (R248Q): R248 is CGG in TP53, but from the data alone R is CGN or AGA/AGG; G>A at
    // the middle base gives CAN (H or Q) or AAA/AAG (K): missense, residue open.
    EffectPrediction tp53 = predict(GenomeBuild::GRCh37, u"17"_s, 7577538, u"C"_s, u"T"_s);
    QCOMPARE(tp53.gene, u"TP53"_s);
    QCOMPARE(tp53.hgvsc, u"c.743G>A"_s);
    QCOMPARE(tp53.refResidue, QChar(u'R'));
    QCOMPARE(tp53.consequence, u"missense_variant"_s);
    // A methionine has one codon (ATG): any change to it is determined. EGFR M766 (c.2297T>C on
    // the plus strand, 7:55248999 on GRCh37; c.2385 is 7:55249087 in the same exon) becomes ACG = T.
    EffectPrediction egfr = predict(GenomeBuild::GRCh37, u"7"_s, 55248999, u"T"_s, u"C"_s);
    QCOMPARE(egfr.hgvsc, u"c.2297T>C"_s);
    QCOMPARE(egfr.refResidue, QChar(u'M'));
    QCOMPARE(egfr.hgvsp, u"p.M766T"_s);
    QCOMPARE(egfr.consequence, u"missense_variant"_s);
}

void TestEffectPredictor::frameshiftAndSpliceSite()
{
    // The demo tumor's TP53 deletion (17:7579470 CG>C, GRCh37): c.216del in exon 4, codon 72.
    const EffectPrediction fs = predict(GenomeBuild::GRCh37, u"17"_s, 7579470, u"CG"_s, u"C"_s);
    QCOMPARE(fs.gene, u"TP53"_s);
    QCOMPARE(fs.exon, u"4/11"_s);
    QCOMPARE(fs.consequence, u"frameshift_variant"_s);
    QCOMPARE(fs.proteinPosition, 72);
    QVERIFY(fs.hgvsp.isEmpty());
    QVERIFY(fs.note.contains(u"frameshift from codon 72"_s));
    // vcf2maf's CHD1L c.494+1G>A (1:146728217, GRCh37): splice donor, intron 4 of NM_004284.
    const EffectPrediction donor = predict(GenomeBuild::GRCh37, u"1"_s, 146728217, u"G"_s, u"A"_s);
    QCOMPARE(donor.gene, u"CHD1L"_s);
    QCOMPARE(donor.consequence, u"splice_donor_variant"_s);
    QCOMPARE(donor.hgvsc, u"c.494+1G>A"_s);
    QVERIFY(!donor.intron.isEmpty());
}

void TestEffectPredictor::inframeDeletionOfWholeCodons()
{
    // EGFR c.2239_2247del (7:55242468 ATTAAGAGAA>A, GRCh37): whole codons 747-749 (L, R, E) removed.
    const EffectPrediction p = predict(GenomeBuild::GRCh37, u"7"_s, 55242468, u"ATTAAGAGAA"_s, u"A"_s);
    QCOMPARE(p.gene, u"EGFR"_s);
    QCOMPARE(p.exon, u"19/28"_s);
    QCOMPARE(p.hgvsc, u"c.2239_2247del"_s);
    QCOMPARE(p.consequence, u"inframe_deletion"_s);
    QCOMPARE(p.hgvsp, u"p.L747_E749del"_s);
    // Starting inside a codon (c.2235_2249del), the residues left are not known without the genome.
    const EffectPrediction open = predict(GenomeBuild::GRCh37, u"7"_s, 55242464, u"AGGAATTAAGAGAAGC"_s, u"A"_s);
    QCOMPARE(open.consequence, u"inframe_deletion"_s);
    QCOMPARE(open.hgvsc, u"c.2235_2249del"_s);
    QVERIFY(open.hgvsp.isEmpty());
}

void TestEffectPredictor::refBaseThatCannotEncodeTheResidue()
{
    // A REF that cannot be the middle base of BRAF's V600 codon (GTN): C on the minus strand is G,
    // and no valine codon has G in the middle. Another build or transcript: said, nothing guessed.
    const EffectPrediction p = predict(GenomeBuild::GRCh37, u"7"_s, 140453136, u"C"_s, u"T"_s);
    QVERIFY(p.refMismatch);
    QCOMPARE(p.consequence, u"coding_sequence_variant"_s);
    QVERIFY(p.hgvsp.isEmpty());
    QVERIFY(p.note.contains(u"another genome build"_s));
}

void TestEffectPredictor::outsideGenes()
{
    // vcf2maf's intergenic 1:15557977 TG>CA has no gene; BAP1's 3:52443789 deletion is intronic.
    const EffectPrediction none = predict(GenomeBuild::GRCh37, u"1"_s, 15557977, u"TG"_s, u"CA"_s);
    QVERIFY(none.gene.isEmpty());
    QCOMPARE(none.consequence, u"intergenic_variant"_s);
}

void TestEffectPredictor::rawDemoVcfGetsGenes()
{
    CaseLoadOptions options;
    auto c = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF)}, options);
    QVERIFY(c);
    int small = 0, withGene = 0;
    const Alteration* tp53 = nullptr;
    for (const Alteration& a : c->alterations) {
        if (!isSmallVariant(a.kind))
            continue;
        ++small;
        withGene += a.gene().isEmpty() ? 0 : 1;
        if (a.pos == 7579470)
            tp53 = &a;
    }
    qInfo("demo: %d of %d small variants with a gene", withGene, small);
    const auto summary = EffectPredictor::summarize(*c);
    QCOMPARE(summary.fromInput, 0);
    QCOMPARE(summary.predicted, qint64(withGene));
    QCOMPARE(summary.predicted + summary.notAnnotated, qint64(small));
    QVERIFY(summary.text().contains(u"predicted by OncoBoard"_s));
    QVERIFY(withGene * 10 >= small * 9);
    QVERIFY(tp53);
    QCOMPARE(tp53->gene(), u"TP53"_s);
    QCOMPARE(tp53->consequence(), u"frameshift_variant"_s);
    QVERIFY(tp53->detailOrNull()->effectSource.startsWith(u"OncoBoard"_s));
}

void TestEffectPredictor::withoutABuildNothingIsPredicted()
{
    // The same raw record without contig lines: no build, so nothing is predicted, and one warning says so.
    const QString path = m_dir.filePath(u"nobuild.vcf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
            "7\t140453136\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\n");
    f.close();
    auto c = CaseLoader::load({path}, CaseLoadOptions{});
    QVERIFY(c);
    QVERIFY(c->alterations.front().gene().isEmpty());
    QCOMPARE(c->warningCount, 1);
    QVERIFY(c->issues.front().message.contains(u"genome build is not known"_s));
    const auto summary = EffectPredictor::summarize(*c);
    QVERIFY(summary.buildUnknown);
    QVERIFY(summary.text().startsWith(u"none: "_s));
    // Given the build, the gene follows.
    CaseLoadOptions grch37;
    grch37.genome = GenomeBuild::GRCh37;
    auto given = CaseLoader::load({path}, grch37);
    QVERIFY(given);
    QCOMPARE(given->alterations.front().gene(), u"BRAF"_s);
}

void TestEffectPredictor::exon19DeletionFromARawVcfIsTierOne()
{
    // A raw caller record of EGFR c.2239_2247del (p.L747_E749del), not a CIViC allele: matched to
    // "EGFR Exon 19 Deletion" through the predicted exon and tiered I-A in lung adenocarcinoma.
    const QString path = m_dir.filePath(u"exon19.vcf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n##contig=<ID=7,length=159138663>\n"
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
            "7\t55242468\t.\tATTAAGAGAA\tA\t.\tPASS\t.\tGT:AD\t0/1:60,40\n");
    f.close();
    CaseLoadOptions options;
    options.tumorType = u"LUAD"_s;
    auto c = CaseLoader::load({path}, options);
    QVERIFY(c);
    auto r = Annotator::annotate(std::move(*c), *m_kb);
    QVERIFY(r);
    QCOMPARE(r->caseData.alterations.front().hgvsp(), u"p.L747_E749del"_s);
    bool exonLevel = false;
    for (const Match& m : r->matchesFor(0))
        exonLevel = exonLevel || m.rule.contains(u"Exon 19 Deletion"_s);
    QVERIFY(exonLevel);
    const AlterationCall call = Tiering::callOf(*r, 0);
    QVERIFY2(call.ampTier() == AmpTier::IA, qPrintable(call.amp.tier + u": "_s + call.amp.reason));
}

void TestEffectPredictor::agreesWithVepOnGrch37()
{
    const Agreement g = compare(testData(u"maf/vcf2maf_test_output.vep_isoforms.maf"_s), GenomeBuild::GRCh37);
    qInfo("vcf2maf GRCh37: %s", qPrintable(g.toString()));
    for (const QString& d : g.disagreements)
        qInfo("  %s", qPrintable(d));
    QCOMPARE(g.geneSame, g.geneCompared);
    QCOMPARE(g.proteinSame, g.proteinStated);
    QVERIFY(g.sameTranscript >= 10);
    QCOMPARE(g.exonSame, g.exonCompared);
}

void TestEffectPredictor::agreesWithVepOnGrch38()
{
    const Agreement g = compare(testData(u"maf/vcf2maf_test_b38_output.maf"_s), GenomeBuild::GRCh38);
    qInfo("vcf2maf GRCh38: %s", qPrintable(g.toString()));
    for (const QString& d : g.disagreements)
        qInfo("  %s", qPrintable(d));
    // ERG 21:38575684 and 21:38575698 lie in an upstream exon of a longer ERG isoform VEP picked
    // (NM_004449), 77 kb beyond the MANE Select model: no gene from one transcript per gene.
    QCOMPARE(g.geneSame, g.geneCompared - 2);
    QCOMPARE(g.proteinSame, g.proteinStated);
    QCOMPARE(g.exonSame, g.exonCompared);
}

void TestEffectPredictor::agreesWithVepOnHcc1395()
{
    const QString vcf = QStringLiteral(ONCOBOARD_SHARED_DATA_DIR)
                        + u"/cases/vcf/annotated/HCC1395_tumor_normal.vep_csq.expression.vcf.gz"_s;
    if (!QFile::exists(vcf))
        QSKIP("the shared data set (HCC1395 VEP VCF) is not present beside the project");
    const Agreement g = compare(vcf, GenomeBuild::GRCh38);
    qInfo("HCC1395 GRCh38: %s", qPrintable(g.toString()));
    for (const QString& d : g.disagreements.mid(0, 40))
        qInfo("  %s", qPrintable(d));
    QCOMPARE(g.proteinSame, g.proteinStated);
}

QTEST_GUILESS_MAIN(TestEffectPredictor)
#include "tst_EffectPredictor.moc"
