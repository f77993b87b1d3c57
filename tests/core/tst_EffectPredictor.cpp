// Effect prediction (EffectPredictor): without a genome, known answers worked out by hand from the
// genetic code and the bundled models, and agreement with VEP's own annotation of the same records
// (vcf2maf outputs on GRCh37 and GRCh38, the HCC1395 VEP VCF); with a reference genome, the
// consequences and protein changes bcftools csq gives on its own test fixtures (tests/data/csq).

#include "TestConfig.h"
#include "effect/EffectPredictor.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/Tiering.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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
        if (!isSmallVariant(a.kind) || !d || d->gene.isEmpty() || !d->extra().effectSource.isEmpty())
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
    void agreesWithGenomeNexus();
    void gff3TranscriptsAreRead();
    void referenceGenomeErrors();
    void agreesWithBcftoolsCsqOnItsFixtures();
    void referenceModeNamesProteinChanges();
    void refCheckedAgainstTheReference();

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

    // MALAT1 is a non-coding gene (refGene NR_ only): named, its effect left at "non-coding".
    const EffectPrediction malat1 = predict(GenomeBuild::GRCh37, u"11"_s, 65268000, u"A"_s, u"T"_s);
    QCOMPARE(malat1.gene, u"MALAT1"_s);
    QCOMPARE(malat1.consequence, u"non_coding_transcript_variant"_s);
    QVERIFY(malat1.transcript.isEmpty() && malat1.hgvsc.isEmpty() && malat1.hgvsp.isEmpty());
    QVERIFY2(malat1.note.contains(u"non-coding gene MALAT1"_s), qPrintable(malat1.note));
    // ERG's longer isoform reaches 77 kb beyond its MANE Select model (vcf2maf's GRCh38 test):
    // the gene is named, no effect stated.
    const EffectPrediction erg = predict(GenomeBuild::GRCh38, u"21"_s, 38575684, u"C"_s, u"T"_s);
    QCOMPARE(erg.gene, u"ERG"_s);
    QVERIFY(erg.consequence.isEmpty() && erg.hgvsc.isEmpty() && erg.hgvsp.isEmpty());
    QVERIFY2(erg.note.contains(u"outside its modelled transcript"_s), qPrintable(erg.note));
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
    QVERIFY(tp53->detailOrNull()->extra().effectSource.startsWith(u"OncoBoard"_s));
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
    // (NM_004449), 77 kb beyond the MANE Select model: named from ERG's extent over all its isoforms.
    QCOMPARE(g.geneSame, g.geneCompared);
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
    // 1,370 of 1,451: the rest are genes refGene lacks (Ensembl-only pseudogenes, RN7SK copies) and
    // overlapping genes where VEP picked the other one.
    QVERIFY2(g.geneSame * 100 >= g.geneCompared * 94, qPrintable(g.toString()));
    for (const QString& d : g.disagreements.mid(0, qEnvironmentVariableIsSet("ALL_DISAGREEMENTS") ? 100000 : 40))
        qInfo("  %s", qPrintable(d));
    QCOMPARE(g.proteinSame, g.proteinStated);
}

void TestEffectPredictor::agreesWithGenomeNexus()
{
    // Genome Nexus's own annotation (GRCh37, its test outputs for the MSKCC, UniProt and OncoKB
    // isoforms) of the same records.
    Agreement all;
    const QDir dir(testData(u"maf/genome_nexus"_s));
    for (const QString& file : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const Agreement g = compare(dir.filePath(file), GenomeBuild::GRCh37);
        qInfo("%s: %s", qPrintable(file), qPrintable(g.toString()));
        for (const QString& d : g.disagreements)
            qInfo("  %s", qPrintable(d));
        all.records += g.records;
        all.geneSame += g.geneSame;
        all.geneCompared += g.geneCompared;
        all.exonSame += g.exonSame;
        all.exonCompared += g.exonCompared;
        all.hgvscSame += g.hgvscSame;
        all.hgvscCompared += g.hgvscCompared;
        all.proteinStated += g.proteinStated;
        all.proteinSame += g.proteinSame;
        all.sameTranscript += g.sameTranscript;
    }
    qInfo("Genome Nexus: %s", qPrintable(all.toString()));
    QVERIFY(all.records >= 20);
    QCOMPARE(all.geneSame, all.geneCompared);
    QCOMPARE(all.proteinSame, all.proteinStated);
    QCOMPARE(all.exonSame, all.exonCompared);
}

namespace {

/** bcftools csq consequence names -> Sequence Ontology terms. */
QString soTerm(const QString& bcsq)
{
    static const QHash<QString, QString> terms = {{u"missense"_s, u"missense_variant"_s},
                                                  {u"synonymous"_s, u"synonymous_variant"_s},
                                                  {u"stop_gained"_s, u"stop_gained"_s},
                                                  {u"frameshift"_s, u"frameshift_variant"_s},
                                                  {u"inframe_deletion"_s, u"inframe_deletion"_s},
                                                  {u"inframe_insertion"_s, u"inframe_insertion"_s},
                                                  {u"inframe_altering"_s, u"protein_altering_variant"_s},
                                                  {u"splice_acceptor"_s, u"splice_acceptor_variant"_s},
                                                  {u"splice_donor"_s, u"splice_donor_variant"_s},
                                                  {u"splice_region"_s, u"splice_region_variant"_s},
                                                  {u"start_lost"_s, u"start_lost"_s},
                                                  {u"stop_lost"_s, u"stop_lost"_s},
                                                  {u"stop_retained"_s, u"stop_retained_variant"_s},
                                                  {u"intron"_s, u"intron_variant"_s},
                                                  {u"5_prime_utr"_s, u"5_prime_UTR_variant"_s},
                                                  {u"3_prime_utr"_s, u"3_prime_UTR_variant"_s},
                                                  {u"non_coding"_s, u"non_coding_transcript_exon_variant"_s}};
    return terms.value(bcsq, bcsq);
}

struct Fixture
{
    QString dir;
    TranscriptModels models;
    std::shared_ptr<const ReferenceGenome> genome;
};

Fixture fixture(const QString& name)
{
    const QString dir = testData(u"csq/"_s + name);
    auto models = TranscriptModels::loadGff3(dir + u'/' + name + u".gff"_s);
    if (!models)
        qFatal("%s", qPrintable(models.error().toString()));
    auto genome = ReferenceGenome::open(dir + u'/' + name + u".fa"_s);
    if (!genome)
        qFatal("%s", qPrintable(genome.error().toString()));
    return Fixture{dir, std::move(*models), *genome};
}

} // namespace

void TestEffectPredictor::gff3TranscriptsAreRead()
{
    // TOR1AIP1 (+ strand) and ABCA10-like minus-strand models from Ensembl GFF3.
    const Fixture f = fixture(u"ENST00000271583"_s);
    const TranscriptModel* m = f.models.ofGene(u"TOR1AIP1"_s);
    QVERIFY(m);
    QVERIFY(m->coding());
    QCOMPARE(m->refseq.section(u'.', 0, 0), u"ENST00000271583"_s);
    QCOMPARE(m->ensembl, m->refseq);
    QVERIFY(!m->minus);
    // The CDS translates to one protein that starts with Met and ends in a stop codon.
    QVERIFY(m->codingBases % 3 == 0);
    // A file without transcripts is refused with its name.
    QTemporaryDir tmp;
    QFile bad(tmp.filePath(u"bad.gff"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("##gff-version 3\n1\tx\tgene\t1\t100\t.\t+\t.\tID=g1;Name=G\n1\tx\texon\t1\tzz\t.\t+\t.\tParent=t1\n");
    bad.close();
    const auto r = TranscriptModels::loadGff3(bad.fileName());
    QVERIFY(!r);
    QCOMPARE(r.error().line, 3);
}

void TestEffectPredictor::referenceGenomeErrors()
{
    QTemporaryDir tmp;
    QVERIFY(!ReferenceGenome::open(tmp.filePath(u"missing.fa"_s)));
    // A FASTA without its .fai is refused (the index is never written beside the lab's file).
    const QString fa = tmp.filePath(u"x.fa"_s);
    QFile f(fa);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(">chr7\nACGTACGTAC\nGGTT\n");
    f.close();
    const auto r = ReferenceGenome::open(fa);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"samtools faidx"_s), qPrintable(r.error().message));
    QVERIFY(!QFile::exists(fa + u".fai"_s));
    // With an index: contigs by either naming, clipped at the end.
    QFile fai(fa + u".fai"_s);
    QVERIFY(fai.open(QIODevice::WriteOnly));
    fai.write("chr7\t14\t6\t10\t11\n");
    fai.close();
    const auto g = ReferenceGenome::open(fa);
    QVERIFY2(g, g ? "" : qPrintable(g.error().toString()));
    QCOMPARE((*g)->length(u"7"_s), 14);
    QCOMPARE((*g)->fetch(u"7"_s, 8, 12), QByteArray("ACGG"));
    QCOMPARE((*g)->fetch(u"chr7"_s, 12, 20), QByteArray("TT"));
    QVERIFY((*g)->fetch(u"8"_s, 0, 2).isEmpty());
}

void TestEffectPredictor::agreesWithBcftoolsCsqOnItsFixtures()
{
    // Each *.bcsq-l.tsv is bcftools csq -l's output on the fixture (tests/data/csq/SOURCES.md).
    // OncoBoard names one most severe term per variant; it must be one bcftools lists, and where
    // bcftools states a residue change, the same residues at the same position.
    const ProteinSequences& proteins = ProteinSequences::bundled();
    int records = 0, consequenceSame = 0, proteinCompared = 0, proteinSame = 0;
    QStringList disagreements;
    static const QRegularExpression aaChange(u"^(\\d+)([A-Z*]+)(?:>(\\d+)([A-Z*]+))?$"_s);
    const QStringList dirs = QDir(testData(u"csq"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(dirs.size() >= 15);
    for (const QString& name : dirs) {
        const Fixture f = fixture(name);
        for (const QString& table : QDir(f.dir).entryList({u"*.bcsq-l.tsv"_s})) {
            QFile in(f.dir + u'/' + table);
            QVERIFY(in.open(QIODevice::ReadOnly));
            while (!in.atEnd()) {
                QStringList col = QString::fromUtf8(in.readLine()).trimmed().split(u'\t');
                if (col.size() < 5)
                    continue;
                ++records;
                const QString where = name + u' ' + col[1] + u' ' + col[2] + u'>' + col[3];
                const auto p = EffectPredictor::predict(
                    col[0], col[1].toLongLong(), col[2], col[3], f.models, proteins, f.genome.get());
                const QString ours = p ? p->consequence : u"(none)"_s;
                if (col[4] == u".") {
                    // bcftools names nothing: no change, or outside its transcripts' coding reach.
                    const bool quiet = !p || p->hgvsp.isEmpty();
                    consequenceSame += quiet ? 1 : 0;
                    if (!quiet)
                        disagreements << where + u": bcftools nothing, OncoBoard "_s + ours + u' ' + p->hgvsp;
                    continue;
                }
                // bcftools 1.16 names this MNV missense; its own upstream test (after issue #1810)
                // expects stop_gained, as the codon GAG GAG -> GAT TAG gives D then a stop.
                if (name == u"ENST00000360372" && col[1] == u"4391")
                    col[4] = u"stop_gained|TNNT2|ENST00000360372|protein_coding|-|132EE>132D*"_s;
                QStringList theirs;
                QString theirProtein;
                for (const QString& entry : col[4].split(u',')) {
                    const QStringList fields = entry.split(u'|');
                    for (const QString& term : fields.value(0).split(u'&'))
                        theirs << soTerm(term);
                    if (theirProtein.isEmpty() && fields.value(2) == p->transcript.section(u'.', 0, 0))
                        theirProtein = fields.value(5);
                }
                if (theirs.contains(ours))
                    ++consequenceSame;
                else
                    disagreements << where + u": bcftools "_s + theirs.join(u'&') + u", OncoBoard "_s + ours + u' '
                                         + p->hgvsc + u' ' + p->hgvsp + u' ' + p->note;
                // Residue changes bcftools writes as "146M>146T" (or "278S" for synonymous).
                const auto m = aaChange.match(theirProtein);
                if (!m.hasMatch() || !p
                    || (ours != u"missense_variant" && ours != u"synonymous_variant" && ours != u"stop_gained"
                        && ours != u"start_lost"))
                    continue;
                ++proteinCompared;
                const QString expected = ours == u"synonymous_variant" ? u"p.%1%2="_s.arg(m.captured(2), m.captured(1))
                                         : ours == u"start_lost"       ? u"p.M1?"_s
                                         : m.captured(2).size() == 1 && m.captured(4).size() == 1
                                             ? u"p.%1%2%3"_s.arg(m.captured(2), m.captured(1), m.captured(4))
                                             : QString();
                if (expected.isEmpty() || p->hgvsp == expected) {
                    ++proteinSame;
                } else if (ours == u"stop_gained"
                           && p->hgvsp.startsWith(u"p."_s + m.captured(2).left(1) + m.captured(1))) {
                    ++proteinSame; // a stop named at the first changed residue
                } else {
                    disagreements << where + u": bcftools "_s + theirProtein + u", OncoBoard "_s + p->hgvsp;
                }
            }
        }
    }
    qInfo("bcftools csq fixtures: %d records, consequence agrees %d, protein change compared %d, agrees %d",
          records,
          consequenceSame,
          proteinCompared,
          proteinSame);
    for (const QString& d : disagreements)
        qInfo("  %s", qPrintable(d));
    QVERIFY(records >= 40);
    QCOMPARE(proteinSame, proteinCompared);
    // Every term, the deletion over the 5' end of a processed transcript's exon (C1orf52) included.
    QVERIFY2(consequenceSame == records, qPrintable(disagreements.join(u"; "_s)));
}

void TestEffectPredictor::referenceModeNamesProteinChanges()
{
    const ProteinSequences& proteins = ProteinSequences::bundled();
    auto run = [&](const QString& name, qint64 pos, const QString& ref, const QString& alt) {
        const Fixture f = fixture(name);
        QFile fai(f.dir + u'/' + name + u".fa.fai"_s);
        if (!fai.open(QIODevice::ReadOnly))
            qFatal("no index");
        const QString chrom = QString::fromLatin1(fai.readLine().split('\t').value(0));
        const auto p = EffectPredictor::predict(chrom, pos, ref, alt, f.models, proteins, f.genome.get());
        if (!p)
            qFatal("no prediction");
        return *p;
    };
    // Minus-strand stop codon TAA -> TAG: retained (PRAMEF8).
    EffectPrediction p = run(u"ENST00000357367"_s, 358, u"C"_s, u"T"_s);
    QCOMPARE(p.consequence, u"stop_retained_variant"_s);
    QCOMPARE(p.hgvsp, u"p.*475="_s);
    // Minus strand: deleting TCTTTA removes Y430 K431 and E432 becomes a stop (XPC).
    p = run(u"ENST00000285021"_s, 13461, u"CTCTTTA"_s, u"C"_s);
    QCOMPARE(p.consequence, u"stop_gained"_s);
    QCOMPARE(p.hgvsp, u"p.Y430*"_s);
    // A 15-base insertion that repeats the codons before it is a duplication, named at its 3'-most
    // residues in HGVSp and its 3'-most bases in HGVSc.
    p = run(u"ENST00000301246"_s, 770, u"G"_s, u"GAAGAAGGAGAAGGGC"_s);
    QCOMPARE(p.consequence, u"inframe_insertion"_s);
    QCOMPARE(p.hgvsc, u"c.289_303dup"_s);
    QCOMPARE(p.hgvsp, u"p.E97_K101dup"_s);
    // The start codon changed.
    p = run(u"ENST00000218032"_s, 108, u"A"_s, u"G"_s);
    QCOMPARE(p.consequence, u"start_lost"_s);
    QCOMPARE(p.hgvsp, u"p.M1?"_s);
    // One base deleted at TOR1AIP1 P277 (CCN): a frameshift with its new stop counted from P277.
    p = run(u"ENST00000271583"_s, 25556, u"AC"_s, u"A"_s);
    QCOMPARE(p.consequence, u"frameshift_variant"_s);
    QVERIFY2(QRegularExpression(u"^p\\.P277[A-Z]fs\\*\\d+$"_s).match(p.hgvsp).hasMatch(), qPrintable(p.hgvsp));
    // An intronic insertion in a repeat is named as a duplication at its 3'-most place.
    p = run(u"ENST00000341065"_s, 18371, u"C"_s, u"CA"_s);
    QCOMPARE(p.hgvsc, u"c.1288-2dup"_s);
    // A deletion in a homopolymer is placed leftmost for its consequence (VCF normalisation):
    // CCC>CC ends 10 bases into the intron, beyond the splice region.
    p = run(u"ENST00000341065"_s, 16255, u"CCC"_s, u"CC"_s);
    QCOMPARE(p.consequence, u"intron_variant"_s);
}

void TestEffectPredictor::refCheckedAgainstTheReference()
{
    // A raw VCF on the fixture's contig with one REF that is right (T at 643) and one that is
    // not (G at 646, the reference has C), and one off the reference.
    const QString dir = testData(u"csq/ENST00000271583"_s);
    const QString path = m_dir.filePath(u"refcheck.vcf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n##contig=<ID=1,length=249250621>\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            "1\t643\t.\tT\tC\t.\tPASS\t.\n"
            "1\t646\t.\tG\tA\t.\tPASS\t.\n"
            "2\t100\t.\tA\tG\t.\tPASS\t.\n");
    f.close();
    CaseLoadOptions options;
    options.reference = dir + u"/ENST00000271583.fa"_s;
    auto c = CaseLoader::load({path}, options);
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->referenceGenome, QFileInfo(options.reference).absoluteFilePath());
    QStringList messages;
    for (const InputIssue& i : c->issues)
        messages << u"%1:%2"_s.arg(i.line).arg(i.message);
    const QString all = messages.join(u" | "_s);
    QVERIFY2(all.contains(u"5:REF G at 1:646 differs from the reference genome's C"_s), qPrintable(all));
    QVERIFY2(all.contains(u"6:2:100 is not in the reference genome"_s), qPrintable(all));
    QVERIFY2(all.contains(u"1 variant(s) whose REF differs"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"1:643"_s), qPrintable(all));
    // The slice is no human chromosome 1: the build of the reference is questioned.
    QVERIFY2(all.contains(u"not that of GRCh37 or GRCh38"_s), qPrintable(all));

    // A reference of the other build than the inputs is refused, naming both.
    const QString b38 = m_dir.filePath(u"b38.vcf"_s);
    QFile g(b38);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("##fileformat=VCFv4.2\n##contig=<ID=1,length=248956422>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            "1\t643\t.\tT\tC\t.\tPASS\t.\n");
    g.close();
    const QString fakeGrch37 = m_dir.filePath(u"grch37.fa"_s);
    QFile fa(fakeGrch37);
    QVERIFY(fa.open(QIODevice::WriteOnly));
    fa.write(">1\nACGT\n");
    fa.close();
    QFile fai(fakeGrch37 + u".fai"_s);
    QVERIFY(fai.open(QIODevice::WriteOnly));
    fai.write("1\t249250621\t3\t4\t5\n"); // the index alone tells the length
    fai.close();
    options.reference = fakeGrch37;
    auto refused = CaseLoader::load({b38}, options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"GRCh37"_s) && refused.error().message.contains(u"GRCh38"_s),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestEffectPredictor)
#include "tst_EffectPredictor.moc"
