#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "io/LineReader.h"
#include "io/TranscriptAnnotation.h"
#include "io/VcfReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

QString data(const QString& relative)
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u'/' + relative;
}

Case read(const QString& path, const VcfReadOptions& options = {})
{
    Case c;
    const auto r = VcfReader::read(path, options, c);
    if (!r)
        qWarning() << r.error().toString();
    return c;
}

const Alteration* find(const Case& c, const QString& chrom, qint64 pos, const QString& alt, const QString& ref = {})
{
    for (const Alteration& a : c.alterations)
        if (a.chrom == chrom && a.pos == pos && a.alt == alt && (ref.isEmpty() || a.ref == ref))
            return &a;
    return nullptr;
}

} // namespace

class TestVcfReader : public QObject
{
    Q_OBJECT

private slots:
    void sameAlterationsFromVcfBgzfAndBcf_data();
    void sameAlterationsFromVcfBgzfAndBcf();
    void splitsMultiAllelicRecords();
    void readsAdDepthsAndRoles();
    void strelkaTierCounts();
    void readsGenotypeZygosity();
    void tumorFirstColumnOrder();
    void vepCsqPicksTranscriptAndSamplesFromHeader();
    void snpEffAnn();
    void snpEffLegacyEff();
    void bcftoolsCsq();
    void pcgrSplitTumorControlKeys();
    void detectsGenomeBuild();
    void sampleOptions();
    void badRecordsAreSkippedWithTheirLines();
    void strayLogLineIsSkipped();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void lineReaderHandlesLineEndings();
    void bgzfCutAtABlockBoundaryIsRefused();
    void impossibleReadSupportIsDropped();
};

void TestVcfReader::sameAlterationsFromVcfBgzfAndBcf_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("VCF") << u"vcf/vcf2maf_test_maf2vcf.vcf"_s;
    QTest::newRow("VCF.gz") << u"vcf/vcf2maf_test_maf2vcf.vcf.gz"_s;
    QTest::newRow("BCF") << u"vcf/vcf2maf_test_maf2vcf.bcf"_s;
}

void TestVcfReader::sameAlterationsFromVcfBgzfAndBcf()
{
    QFETCH(QString, file);
    const Case c = read(data(file));
    // 20 records, three of them with two ALT alleles.
    QCOMPARE(c.alterations.size(), size_t(23));
    QCOMPARE(c.skippedRecords, 0);
    const Alteration& first = c.alterations.front();
    QCOMPARE(first.chrom, u"1"_s);
    QCOMPARE(first.pos, 11290178);
    QCOMPARE(first.ref, u"TA"_s);
    QCOMPARE(first.alt, u"T"_s);
    QCOMPARE(first.kind, AlterationKind::Deletion);
    QCOMPARE(first.tumor.depth, 20);
    QCOMPARE(first.tumor.altReads, 10);
    QCOMPARE(first.tumor.vaf, 0.5f);
    QCOMPARE(first.normal.depth, 35);
    QVERIFY(qAbs(first.normal.vaf - 5.0f / 35.0f) < 1e-6f);
    const Alteration& last = c.alterations.back();
    QCOMPARE(last.chrom, u"17"_s);
    QCOMPARE(last.pos, 7579312);
    QCOMPARE(last.kind, AlterationKind::Snv);
    QVERIFY(qAbs(last.tumor.vaf - 22.0f / 42.0f) < 1e-6f);
    QCOMPARE(c.genome, GenomeBuild::GRCh37);
    QCOMPARE(c.tumorSample, u"TUMOR"_s);
    QCOMPARE(c.normalSample, u"NORMAL"_s);
}

void TestVcfReader::splitsMultiAllelicRecords()
{
    const Case c = read(data(u"vcf/vcf2maf_test_maf2vcf.vcf"_s));
    // 5:112174757 GAAGA -> GCA,G: the first ALT keeps shared bases trimmed from the end only.
    const Alteration* delins = find(c, u"5"_s, 112174757, u"GC"_s);
    QVERIFY(delins);
    QCOMPARE(delins->ref, u"GAAG"_s);
    QCOMPARE(delins->kind, AlterationKind::Delins);
    // AD 0,8,. with DP 20: the second ALT's count is missing, so DP is the denominator.
    QCOMPARE(delins->tumor.altReads, 8);
    QCOMPARE(delins->tumor.vaf, 0.4f);
    const Alteration* deletion = find(c, u"5"_s, 112174757, u"G"_s, u"GAAGA"_s);
    QVERIFY(deletion);
    QCOMPARE(deletion->kind, AlterationKind::Deletion);
    QCOMPARE(deletion->tumor.altReads, -1); // AD holds '.' for it
}

void TestVcfReader::readsAdDepthsAndRoles()
{
    const Case c = read(data(u"vcf/vcf2maf_test_maf2vcf.vcf"_s));
    const Alteration* a = find(c, u"1"_s, 146728217, u"A"_s);
    QVERIFY(a);
    QCOMPARE(a->tumor.vaf, 21.0f / 40.0f);
    QCOMPARE(a->tumor.depth, 40);
    QCOMPARE(a->normal.vaf, 0.0f);
    QCOMPARE(a->normal.depth, 42);
    QCOMPARE(a->origin.line, 93); // 92 header lines, 84 of them ##contig
}

void TestVcfReader::readsGenotypeZygosity()
{
    // Real file: 0/1 in the tumor, 0/0 in the normal.
    const Case real = read(data(u"vcf/vcf2maf_test_maf2vcf.vcf"_s));
    const Alteration* a = find(real, u"1"_s, 146728217, u"A"_s);
    QVERIFY(a);
    QCOMPARE(a->tumorZygosity, Zygosity::Heterozygous);
    QCOMPARE(a->normalZygosity, Zygosity::Absent);

    // Homozygous, missing, multi-allelic and haploid genotypes.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gt.vcf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n##contig=<ID=1,length=249250621>\n"
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n"
            "1\t100\t.\tC\tT\t.\tPASS\t.\tGT\t1/1\t0/1\n"
            "1\t200\t.\tC\tT\t.\tPASS\t.\tGT\t./.\t0/0\n"
            "1\t300\t.\tC\tT,G\t.\tPASS\t.\tGT\t1|2\t2/2\n"
            "1\t400\t.\tC\tT\t.\tPASS\t.\tGT\t1\t0\n");
    f.close();
    const Case c = read(path);
    const Alteration* hom = find(c, u"1"_s, 100, u"T"_s);
    QVERIFY(hom);
    QCOMPARE(hom->tumorZygosity, Zygosity::Homozygous);
    QCOMPARE(hom->normalZygosity, Zygosity::Heterozygous);
    const Alteration* missing = find(c, u"1"_s, 200, u"T"_s);
    QVERIFY(missing);
    QCOMPARE(missing->tumorZygosity, Zygosity::Unknown);
    QCOMPARE(missing->normalZygosity, Zygosity::Absent);
    const Alteration* first = find(c, u"1"_s, 300, u"T"_s);
    const Alteration* second = find(c, u"1"_s, 300, u"G"_s);
    QVERIFY(first && second);
    QCOMPARE(first->tumorZygosity, Zygosity::Heterozygous);
    QCOMPARE(second->tumorZygosity, Zygosity::Heterozygous);
    QCOMPARE(first->normalZygosity, Zygosity::Absent);
    QCOMPARE(second->normalZygosity, Zygosity::Homozygous);
    const Alteration* haploid = find(c, u"1"_s, 400, u"T"_s);
    QVERIFY(haploid);
    QCOMPARE(haploid->tumorZygosity, Zygosity::Homozygous);
    QCOMPARE(haploid->normalZygosity, Zygosity::Absent);
}

void TestVcfReader::strelkaTierCounts()
{
    // Strelka writes no GT/AD: tier-1 base counts, NORMAL first.
    const Case c = read(data(u"vcf/vcf2maf_test_strelka.vcf"_s));
    QCOMPARE(c.tumorSample, u"TUMOR"_s);
    const Alteration* braf = find(c, u"7"_s, 140453136, u"T"_s);
    QVERIFY(braf);
    QCOMPARE(braf->tumor.altReads, 191);
    QCOMPARE(braf->tumor.depth, 260);
    QVERIFY(qAbs(braf->tumor.vaf - 191.0f / (68.0f + 191.0f)) < 1e-6f);
    QCOMPARE(braf->normal.altReads, 0);
    QCOMPARE(braf->normal.vaf, 0.0f);
}

void TestVcfReader::tumorFirstColumnOrder()
{
    // MuSE puts TUMOR before NORMAL: roles come from the names, not the order.
    const Case c = read(data(u"vcf/vcf2maf_test_muse.vcf"_s));
    QCOMPARE(c.tumorSample, u"TUMOR"_s);
    QCOMPARE(c.normalSample, u"NORMAL"_s);
    const Alteration* a = find(c, u"1"_s, 1289197, u"T"_s);
    QVERIFY(a);
    QVERIFY(qAbs(a->tumor.vaf - 2.0f / 11.0f) < 1e-6f);
    QCOMPARE(a->normal.vaf, 0.0f);
    QCOMPARE(a->filter, u"Tier1"_s);
}

void TestVcfReader::vepCsqPicksTranscriptAndSamplesFromHeader()
{
    const Case c = read(data(u"vcf/HCC1395_subset.vep_csq.vcf.gz"_s));
    // ##tumor_sample names the second column.
    QCOMPARE(c.tumorSample, u"HCC1395_TUMOR_DNA"_s);
    QCOMPARE(c.normalSample, u"HCC1395_NORMAL_DNA"_s);
    QCOMPARE(c.genome, GenomeBuild::GRCh38);
    const Alteration* tp53 = find(c, u"chr17"_s, 7675088, u"T"_s);
    QVERIFY(tp53);
    QCOMPARE(tp53->gene(), u"TP53"_s);
    QCOMPARE(tp53->hgvsp(), u"p.R175H"_s);
    QCOMPARE(tp53->hgvsc(), u"c.524G>A"_s);
    QCOMPARE(tp53->transcript(), u"ENST00000269305.9"_s);
    QCOMPARE(tp53->consequence(), u"missense_variant"_s);
    QCOMPARE(tp53->tumor.vaf, 0.98864f); // Mutect2-style FORMAT AF
    QCOMPARE(tp53->tumor.depth, 88);
    QCOMPARE(tp53->normal.vaf, 0.01515f);
    const Alteration* first = find(c, u"chr1"_s, 451649, u"AG"_s);
    QVERIFY(first);
    QCOMPARE(first->gene(), u"OR4F29"_s);
    QCOMPARE(first->consequence(), u"frameshift_variant"_s);
    QCOMPARE(first->hgvsp(), u"p.E11*"_s);
    QCOMPARE(first->filter, u"MAPQ0;SOMATIC_LLR"_s);
}

void TestVcfReader::snpEffAnn()
{
    const Case c = read(data(u"vcf/snpeff_test.chr22.ann.filter_missense_any.vcf"_s));
    QVERIFY(c.alterations.size() >= 20);
    for (const Alteration& a : c.alterations) {
        QVERIFY(!a.gene().isEmpty());
        QVERIFY(!a.consequence().isEmpty());
        QVERIFY(a.hgvsp().startsWith(u"p."_s));
    }
    // 22:20100133 G>A: the first (most severe) ANN entry is TRMT2A ENST00000439169 p.Pro629Ser.
    const Alteration* trmt2a = find(c, u"22"_s, 20100133, u"A"_s);
    QVERIFY(trmt2a);
    QCOMPARE(trmt2a->gene(), u"TRMT2A"_s);
    QCOMPARE(trmt2a->transcript(), u"ENST00000439169"_s);
    QCOMPARE(trmt2a->hgvsc(), u"c.1885C>T"_s);
    QCOMPARE(trmt2a->hgvsp(), u"p.P629S"_s);
    QCOMPARE(trmt2a->consequence(), u"missense_variant"_s);
    QVERIFY(!trmt2a->tumor.hasVaf()); // sites only: no sample, no allele fraction
}

void TestVcfReader::snpEffLegacyEff()
{
    // EFF=START_LOST(HIGH|MISSENSE|Atg/Gtg|M1V|305|OR4F5|...|G),NON_SYNONYMOUS_START(LOW|...|M1L|...|C)
    const Case c = read(data(u"vcf/snpeff_cancer.eff.vcf"_s));
    QCOMPARE(c.alterations.size(), size_t(2));
    QCOMPARE(c.alterations[0].alt, u"C"_s);
    QCOMPARE(c.alterations[0].consequence(), u"initiator_codon_variant"_s);
    QCOMPARE(c.alterations[0].hgvsp(), u"p.M1L"_s);
    QCOMPARE(c.alterations[1].alt, u"G"_s);
    QCOMPARE(c.alterations[1].gene(), u"OR4F5"_s);
    QCOMPARE(c.alterations[1].consequence(), u"start_lost"_s);
    QCOMPARE(c.alterations[1].hgvsp(), u"p.M1V"_s);
    QCOMPARE(c.alterations[1].transcript(), u"ENST00000335137"_s);
}

void TestVcfReader::bcftoolsCsq()
{
    // The form bcftools csq documents: consequence|gene|transcript|biotype|strand|amino_acid_change|dna_change.
    const auto parser = TranscriptAnnotationParser::forBcsq();
    const QList<QByteArray> alleles{"A", "T"};
    const TranscriptAnnotation t =
        parser.pick("missense|BRAF|ENST00000288602|protein_coding|-|600V>600E|140753336A>T,"
                    "splice_region&synonymous|BRAF|ENST00000496384|protein_coding|-|600V|140753336A>T",
                    alleles,
                    1);
    QCOMPARE(t.gene, u"BRAF"_s);
    QCOMPARE(t.transcript, u"ENST00000288602"_s);
    QCOMPARE(t.consequence, u"missense_variant"_s);
    QCOMPARE(t.hgvsp, u"p.V600E"_s);
    QCOMPARE(TranscriptAnnotationParser::soTermOfBcsq(u"5_prime_utr"), u"5_prime_UTR_variant"_s);
    QCOMPARE(TranscriptAnnotationParser::soTermOfBcsq(u"*missense"), u"missense_variant"_s);
    QCOMPARE(TranscriptAnnotationParser::proteinOfBcsq(u"746ELREATS>746A"), u"p.746ELREATS>746A"_s);
}

void TestVcfReader::pcgrSplitTumorControlKeys()
{
    // The demo case keeps tumor and control counts in one column (ADT/DPT, ADC/DPC).
    const Case c = read(QStringLiteral(ONCOBOARD_DEMO_VCF));
    QCOMPARE(c.alterations.size(), size_t(3317));
    QCOMPARE(c.genome, GenomeBuild::GRCh37);
    const Alteration* braf = find(c, u"7"_s, 140453136, u"T"_s);
    QVERIFY(braf);
    QCOMPARE(braf->tumor.altReads, 17);
    QCOMPARE(braf->tumor.depth, 54);
    QVERIFY(qAbs(braf->tumor.vaf - 17.0f / 54.0f) < 1e-6f);
    QCOMPARE(braf->normal.depth, 133);
    QVERIFY(!braf->normal.hasVaf()); // ADC is ".,." in this file
}

void TestVcfReader::detectsGenomeBuild()
{
    QCOMPARE(read(data(u"vcf/vcf2maf_test_muse.vcf"_s)).genome, GenomeBuild::GRCh37);
    QCOMPARE(read(data(u"vcf/HCC1395_subset.vep_csq.vcf.gz"_s)).genome, GenomeBuild::GRCh38);
    // A build given by the user wins, and a disagreeing header is reported.
    Case c;
    c.genome = GenomeBuild::GRCh38;
    QVERIFY(VcfReader::read(data(u"vcf/vcf2maf_test_muse.vcf"_s), {}, c).has_value());
    QCOMPARE(c.genome, GenomeBuild::GRCh38);
    QVERIFY(c.warningCount >= 1);
    QVERIFY(c.issues.back().message.contains(u"GRCh37"_s));
}

void TestVcfReader::sampleOptions()
{
    VcfReadOptions swapped;
    swapped.tumorSample = u"NORMAL"_s;
    swapped.normalSample = u"TUMOR"_s;
    const Case c = read(data(u"vcf/vcf2maf_test_maf2vcf.vcf"_s), swapped);
    QCOMPARE(c.tumorSample, u"NORMAL"_s);
    QCOMPARE(c.alterations.front().tumor.depth, 35);

    Case missing;
    VcfReadOptions unknown;
    unknown.tumorSample = u"NOPE"_s;
    const auto r = VcfReader::read(data(u"vcf/vcf2maf_test_maf2vcf.vcf"_s), unknown, missing);
    QVERIFY(!r);
    QCOMPARE(r.error().code, CoreError::Code::InvalidArgument);
    QVERIFY(r.error().message.contains(u"NOPE"_s));
    QVERIFY(r.error().message.contains(u"TUMOR, NORMAL"_s));
    QVERIFY(missing.alterations.empty());
}

void TestVcfReader::badRecordsAreSkippedWithTheirLines()
{
    const QString path = data(u"broken/BadRecords.vcf"_s);
    const Case c = read(path);
    QCOMPARE(c.alterations.size(), size_t(7));
    QCOMPARE(c.skippedRecords, 2);
    QCOMPARE(c.issues.size(), 2);
    QCOMPARE(c.issues[0].file, path);
    QCOMPARE(c.issues[0].line, 11);
    QVERIFY(c.issues[0].message.contains(u"POS"_s));
    QCOMPARE(c.issues[1].line, 12);
    QVERIFY(c.issues[1].message.contains(u"columns"_s));
    QVERIFY(c.issues[0].toString().startsWith(path + u":11: "_s));
}

void TestVcfReader::strayLogLineIsSkipped()
{
    // SnpEff printed a log line above the header; the file is read, and the line is reported.
    const QString path = data(u"vcf/snpeff_cancer.ann.vcf"_s);
    QVERIFY(VcfReader::looksLikeVcf(path));
    const Case c = read(path);
    QCOMPARE(c.skippedRecords, 0);
    QVERIFY(c.warningCount >= 1);
    QCOMPARE(c.issues.front().line, 1);
    QVERIFY(c.issues.front().message.contains(u"Reading cancer samples"_s));
    QCOMPARE(c.tumorSample, u"Patient_01_Somatic"_s);
    QCOMPARE(c.normalSample, u"Patient_01_Germline"_s);
    QCOMPARE(c.alterations.size(), size_t(2));
    QCOMPARE(c.alterations[0].alt, u"C"_s);
    QCOMPARE(c.alterations[0].consequence(), u"initiator_codon_variant"_s);
    QCOMPARE(c.alterations[1].alt, u"G"_s);
    QCOMPARE(c.alterations[1].gene(), u"OR4F5"_s);
    QCOMPARE(c.alterations[1].consequence(), u"start_lost"_s);
    QCOMPARE(c.alterations[1].hgvsp(), u"p.M1?"_s);
    QCOMPARE(c.alterations[1].origin.line, 8);
}

void TestVcfReader::brokenFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("words");
    QTest::newRow("no #CHROM line") << u"broken/NoChromLine.vcf"_s << qint64(6) << u"#CHROM"_s;
    QTest::newRow("duplicate sample") << u"broken/DuplicateSampleName.vcf"_s << qint64(6) << u"twice"_s;
    QTest::newRow("truncated bgzip") << u"broken/TruncatedBgzip.vcf.gz"_s << qint64(23)
                                     << u"truncated"_s; // 22 lines in the intact block
    QTest::newRow("not a VCF") << u"broken/NotAVariantFile.tsv"_s << qint64(0) << u"not a VCF"_s;
}

void TestVcfReader::brokenFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(QString, words);
    Case c;
    const auto r = VcfReader::read(data(file), {}, c);
    QVERIFY(!r);
    QCOMPARE(r.error().code, CoreError::Code::BadInput);
    QCOMPARE(r.error().file, data(file));
    if (line >= 0)
        QCOMPARE(r.error().line, line);
    else
        QVERIFY(r.error().line > 1);
    QVERIFY2(r.error().message.contains(words, Qt::CaseInsensitive), qPrintable(r.error().message));
    QVERIFY(c.alterations.empty());
}

void TestVcfReader::lineReaderHandlesLineEndings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mixed.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a\r\nb\rc\nd");
    f.close();
    LineReader reader;
    QVERIFY(reader.open(path).has_value());
    QStringList lines;
    QByteArrayView line;
    while (reader.next(line))
        lines << QString::fromUtf8(line);
    QCOMPARE(lines, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(reader.lineNumber(), 4);
}

void TestVcfReader::bgzfCutAtABlockBoundaryIsRefused()
{
    // The same bgzipped VCF without its 28-byte end-of-file block: every block reads cleanly, only
    // the missing block tells that the file was cut.
    QFile in(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/vcf2maf_test_maf2vcf.vcf.gz"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray whole = in.readAll();
    QCOMPARE(whole.right(28).toHex(), QByteArray("1f8b08040000000000ff0600424302001b0003000000000000000000"));
    QTemporaryDir dir;
    const QString cut = dir.filePath(u"cut.vcf.gz"_s);
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(whole.chopped(28));
    out.close();
    Case c;
    auto r = VcfReader::read(cut, VcfReadOptions{}, c);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"end-of-file block is missing"_s), qPrintable(r.error().toString()));
    QVERIFY(r.error().line > 1);
    // Asked for, the records before the cut are read, with a warning that says how many.
    VcfReadOptions partial;
    partial.allowTruncated = true;
    Case read;
    QVERIFY(VcfReader::read(cut, partial, read));
    Case complete;
    QVERIFY(VcfReader::read(in.fileName(), VcfReadOptions{}, complete));
    QCOMPARE(read.alterations.size(), complete.alterations.size());
    bool warned = false;
    for (const InputIssue& i : read.issues)
        warned = warned || i.message.contains(u"only the"_s);
    QVERIFY(warned);
}

void TestVcfReader::impossibleReadSupportIsDropped()
{
    // Values no sequencer gives: counts that overflow a 32-bit sum, AF=3, a negative AD, more alt
    // reads than the depth. The variants stay; the values are dropped with the record's line.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"impossible.vcf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("##fileformat=VCFv4.2\n"
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allele depths\">\n"
            "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fraction\">\n"
            "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"
            "1\t100\t.\tA\tG\t.\tPASS\t.\tGT:AD\t0/1:2000000000,2000000000\n"
            "1\t200\t.\tA\tG\t.\tPASS\t.\tGT:AD:AF\t0/1:10,10:3\n"
            "1\t300\t.\tA\tG\t.\tPASS\t.\tGT:AD:DP\t0/1:-5,10:20\n"
            "1\t400\t.\tA\tG\t.\tPASS\t.\tGT:AD:DP\t0/1:5,20:10\n");
    f.close();
    Case c;
    QVERIFY(VcfReader::read(path, VcfReadOptions{}, c));
    QCOMPARE(c.alterations.size(), 4);
    for (const Alteration& a : c.alterations) {
        QVERIFY2(!a.tumor.hasVaf() || (a.tumor.vaf >= 0.0f && a.tumor.vaf <= 1.0f), qPrintable(QString::number(a.pos)));
        QVERIFY(a.tumor.depth >= -1 && a.tumor.altReads >= -1);
        QVERIFY(a.tumor.depth < 0 || a.tumor.altReads <= a.tumor.depth);
    }
    QCOMPARE(c.alterations[0].tumor.vaf, 0.5f); // the fraction holds; the 4e9 sum is no depth
    QVERIFY(!c.alterations[0].tumor.hasDepth());
    QStringList lines;
    for (const InputIssue& i : c.issues)
        lines << u"%1: %2"_s.arg(i.line).arg(i.message);
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(u"8: tumor read support of G not used: VAF 3 is not a fraction"_s), qPrintable(all));
    QVERIFY2(all.contains(u"10: tumor read support of G not used: 20 alternative reads exceed the depth of 10"_s),
             qPrintable(all));
}

QTEST_GUILESS_MAIN(TestVcfReader)
#include "tst_VcfReader.moc"
