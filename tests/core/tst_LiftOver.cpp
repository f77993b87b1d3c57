#include "TestConfig.h"
#include "io/LiftOver.h"
#include "io/LineReader.h"
#include "model/Alteration.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

QString sharedData(const QString& relative)
{
    return QStringLiteral(ONCOBOARD_SHARED_DATA_DIR) + u'/' + relative;
}

const QString reverseChainFile = u"transcripts/liftover/GRCh37_to_GRCh38.chain.gz"_s;

/**
 * A hand-made chain file; the expected mappings in the tests follow from it by hand:
 * - chain 1: a[10,20) -> b[50,60), gap (2 target, 4 query), a[22,30) -> b[64,72);
 * - chain 2: c[0,10) -> d '-' strand [5,15), i.e. forward d[25,35) reversed;
 * - chain 3 (higher score) overlaps chain 1: a[15,25) -> e[0,10);
 * - chain 4 has a '-' target strand: f '-' [0,10), i.e. forward f[90,100), -> g[0,10) reversed;
 * - chain 5 names its contigs with "chr": chr9[0,10) -> chr10[100,110), lifted names lose the prefix.
 */
const QByteArray tinyChains = "# a comment\n"
                              "chain 100 a 100 + 10 30 b 200 + 50 72 1\n"
                              "10 2 4\n"
                              "8\n"
                              "\n"
                              "chain 50 c 100 + 0 10 d 40 - 5 15 2\n"
                              "10\n"
                              "\n"
                              "chain 200 a 100 + 15 25 e 100 + 0 10 3\n"
                              "10\n"
                              "\n"
                              "chain 10 f 100 - 0 10 g 100 + 0 10 4\n"
                              "10\n"
                              "\n"
                              "chain 10\tchr9 50 + 0 10 chr10 200 + 100 110\n"
                              "10\n";

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** Small variants of a VCF, one per ALT allele, read with LineReader (bgzip is gzip). */
struct VcfAllele
{
    QString chrom;
    qint64 pos;
    QString ref;
    QString alt;
};

std::vector<VcfAllele> readVcfAlleles(const QString& path, QString& error)
{
    std::vector<VcfAllele> out;
    LineReader reader;
    if (const auto opened = reader.open(path); !opened) {
        error = opened.error().toString();
        return out;
    }
    QByteArrayView line;
    while (reader.next(line)) {
        if (line.startsWith('#') || line.isEmpty())
            continue;
        const QList<QByteArray> f = line.toByteArray().split('\t');
        if (f.size() < 5) {
            error = u"%1:%2: short record"_s.arg(path).arg(reader.lineNumber());
            return out;
        }
        for (const QByteArray& alt : f[4].split(','))
            out.push_back(VcfAllele{
                QString::fromLatin1(f[0]), f[1].toLongLong(), QString::fromLatin1(f[3]), QString::fromLatin1(alt)});
    }
    if (reader.error())
        error = reader.error()->toString();
    return out;
}

QString alleleText(const QString& chrom, qint64 pos, const QString& ref, const QString& alt)
{
    return u"%1:%2:%3>%4"_s.arg(canonicalContig(chrom)).arg(pos).arg(ref, alt);
}

} // namespace

class TestLiftOver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledChainsLoadOnceAcrossThreads();
    void knownLoci_data();
    void knownLoci();
    void unmappedPositions_data();
    void unmappedPositions();
    void reverseStrandChain();
    void reverseStrandRoundTripWithInverseFile();
    void alleleMustLieInOneBlock();
    void intervals_data();
    void intervals();
    void handMadeChains();
    void realCaseRoundTrip_data();
    void realCaseRoundTrip();
    void lookupCost();
    void malformedChains_data();
    void malformedChains();
    void missingFileIsIoError();

private:
    const LiftOver* m_bundled = nullptr;
};

void TestLiftOver::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    const Result<LiftOver> loaded = LiftOver::load(u":/oncoboard/liftover/GRCh38_to_GRCh37.chain.gz"_s);
    QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
    qInfo("bundled GRCh38->GRCh37 chains: %lld chains loaded in %lld ms",
          static_cast<long long>(loaded->chainCount()),
          static_cast<long long>(timer.elapsed()));
    QVERIFY(loaded->chainCount() > 20000);
}

void TestLiftOver::bundledChainsLoadOnceAcrossThreads()
{
    // First calls from several threads at once: one load, one instance.
    std::array<const LiftOver*, 4> seen{};
    std::vector<std::thread> threads;
    for (size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&seen, i] { seen[i] = LiftOver::grch38ToGrch37(); });
    for (std::thread& t : threads)
        t.join();
    m_bundled = LiftOver::grch38ToGrch37();
    QVERIFY(m_bundled);
    for (const LiftOver* p : seen)
        QCOMPARE(p, m_bundled);
}

void TestLiftOver::knownLoci_data()
{
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("pos");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("alt");
    QTest::addColumn<qint64>("expectedPos");
    QTest::addColumn<QString>("expectedChrom");

    // GRCh38 -> GRCh37 of well-known hotspots (CIViC / ClinVar coordinates), checked against the chain data.
    QTest::newRow("BRAF V600E") << u"chr7"_s << qint64(140753336) << u"A"_s << u"T"_s << qint64(140453136) << u"7"_s;
    QTest::newRow("TP53 R175H") << u"chr17"_s << qint64(7675088) << u"C"_s << u"T"_s << qint64(7578406) << u"17"_s;
    QTest::newRow("EGFR L858R") << u"chr7"_s << qint64(55191822) << u"T"_s << u"G"_s << qint64(55259515) << u"7"_s;
    QTest::newRow("KRAS G12D") << u"chr12"_s << qint64(25245350) << u"C"_s << u"T"_s << qint64(25398284) << u"12"_s;
    QTest::newRow("KRAS G12D, no chr") << u"12"_s << qint64(25245350) << u"C"_s << u"T"_s << qint64(25398284)
                                       << u"12"_s;
    QTest::newRow("BRAF V600E, CHR") << u"CHR7"_s << qint64(140753336) << u"A"_s << u"T"_s << qint64(140453136)
                                     << u"7"_s;
    QTest::newRow("mitochondrion chrM") << u"chrM"_s << qint64(100) << u"G"_s << u"A"_s << qint64(100) << u"MT"_s;
    QTest::newRow("mitochondrion MT") << u"MT"_s << qint64(16569) << u"G"_s << u"A"_s << qint64(16569) << u"MT"_s;
}

void TestLiftOver::knownLoci()
{
    QFETCH(QString, chrom);
    QFETCH(qint64, pos);
    QFETCH(QString, ref);
    QFETCH(QString, alt);
    QFETCH(qint64, expectedPos);
    QFETCH(QString, expectedChrom);
    QVERIFY(m_bundled);

    const auto p = m_bundled->liftPosition(chrom, pos);
    QVERIFY(p);
    QCOMPARE(p->chrom, expectedChrom);
    QCOMPARE(p->pos, expectedPos);
    QVERIFY(!p->reverse);

    const auto a = m_bundled->liftAllele(chrom, pos, ref, alt);
    QVERIFY(a);
    QCOMPARE(a->chrom, expectedChrom);
    QCOMPARE(a->pos, expectedPos);
    QCOMPARE(a->ref, ref);
    QCOMPARE(a->alt, alt);
}

void TestLiftOver::unmappedPositions_data()
{
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("pos");
    QTest::newRow("telomere gap") << u"chr1"_s << qint64(5000);
    QTest::newRow("between chains") << u"chr1"_s << qint64(347968);
    QTest::newRow("gap inside a chain") << u"chr1"_s << qint64(200000);
    QTest::newRow("indel gap of one base") << u"chr1"_s << qint64(1630696);
    QTest::newRow("unknown contig") << u"chrUn_KI270302v1"_s << qint64(100);
    QTest::newRow("position 0") << u"chr1"_s << qint64(0);
    QTest::newRow("past the end") << u"chr1"_s << qint64(300000000);
}

void TestLiftOver::unmappedPositions()
{
    QFETCH(QString, chrom);
    QFETCH(qint64, pos);
    QVERIFY(m_bundled);
    QVERIFY(!m_bundled->liftPosition(chrom, pos));
    QVERIFY(!m_bundled->liftAllele(chrom, pos, u"A"_s, u"G"_s));
}

void TestLiftOver::reverseStrandChain()
{
    // GRCh38 chr1:347969-501617 is one block aligned to the '-' strand of GRCh37 chr1 (chain id 3 of the file).
    QVERIFY(m_bundled);
    const auto first = m_bundled->liftPosition(u"chr1"_s, 347969);
    const auto mid = m_bundled->liftPosition(u"chr1"_s, 400000);
    const auto last = m_bundled->liftPosition(u"chr1"_s, 501617);
    QVERIFY(first && mid && last);
    QVERIFY(first->reverse && mid->reverse && last->reverse);
    QCOMPARE(first->pos, 471368);
    QCOMPARE(mid->pos, 419337);
    QCOMPARE(last->pos, 317720);
    QCOMPARE(m_bundled->liftPosition(u"1"_s, 400001)->pos, 419336);

    // SNV and MNV: reverse-complemented, positioned at the new leftmost base.
    auto a = m_bundled->liftAllele(u"chr1"_s, 400000, u"A"_s, u"G"_s);
    QVERIFY(a);
    QCOMPARE(a->pos, 419337);
    QCOMPARE(a->ref, u"T"_s);
    QCOMPARE(a->alt, u"C"_s);
    a = m_bundled->liftAllele(u"chr1"_s, 400000, u"ACg"_s, u"GTa"_s);
    QVERIFY(a);
    QCOMPARE(a->pos, 419335);
    QCOMPARE(a->ref, u"cGT"_s);
    QCOMPARE(a->alt, u"tAC"_s);

    // Anchored indels in a repeat stay anchored after reverse-complementing (same haplotype, one base further
    // right): deletion AA>A, insertion A>AGA. The alleles are made up; REF is never checked against a genome.
    a = m_bundled->liftAllele(u"chr1"_s, 400000, u"AA"_s, u"A"_s);
    QVERIFY(a);
    QCOMPARE(a->pos, 419336);
    QCOMPARE(a->ref, u"TT"_s);
    QCOMPARE(a->alt, u"T"_s);
    a = m_bundled->liftAllele(u"chr1"_s, 400000, u"A"_s, u"AGA"_s);
    QVERIFY(a);
    QCOMPARE(a->pos, 419337);
    QCOMPARE(a->ref, u"T"_s);
    QCOMPARE(a->alt, u"TCT"_s);

    // Other anchored indels would need the base before the lifted REF as their new anchor: refused.
    QVERIFY(!m_bundled->liftAllele(u"chr1"_s, 400000, u"CA"_s, u"C"_s));
    QVERIFY(!m_bundled->liftAllele(u"chr1"_s, 400000, u"C"_s, u"CA"_s));

    // A delins needs no anchor; a spanning deletion "*" keeps its ALT; a symbolic ALT cannot be turned around.
    a = m_bundled->liftAllele(u"chr1"_s, 400000, u"AC"_s, u"T"_s);
    QVERIFY(a);
    QCOMPARE(a->pos, 419336);
    QCOMPARE(a->ref, u"GT"_s);
    QCOMPARE(a->alt, u"A"_s);
    a = m_bundled->liftAllele(u"chr1"_s, 400000, u"A"_s, u"*"_s);
    QVERIFY(a);
    QCOMPARE(a->ref, u"T"_s);
    QCOMPARE(a->alt, u"*"_s);
    QVERIFY(!m_bundled->liftAllele(u"chr1"_s, 400000, u"A"_s, u"<DEL>"_s));
    QVERIFY(m_bundled->liftAllele(u"chr7"_s, 140753336, u"A"_s, u"<DEL>"_s));
    QVERIFY(!m_bundled->liftAllele(u"chr7"_s, 140753336, u"A"_s, u"A[chr2:1000["_s));
    QVERIFY(!m_bundled->liftAllele(u"chr7"_s, 140753336, u"A"_s, u""_s));
    QVERIFY(!m_bundled->liftAllele(u"chr7"_s, 140753336, u"X"_s, u"A"_s));
}

void TestLiftOver::reverseStrandRoundTripWithInverseFile()
{
    const QString path = sharedData(reverseChainFile);
    if (!QFile::exists(path))
        QSKIP("shared data absent: GRCh37_to_GRCh38.chain.gz not found under ONCOBOARD_SHARED_DATA_DIR");
    const Result<LiftOver> back = LiftOver::load(path);
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().toString()));
    QVERIFY(m_bundled);

    // Every 997th base of the reverse-strand block, lifted forward with one file and back with the other.
    int checked = 0;
    for (qint64 pos = 347969; pos <= 501617; pos += 997) {
        const auto there = m_bundled->liftPosition(u"chr1"_s, pos);
        QVERIFY(there && there->reverse);
        const auto home = back->liftPosition(there->chrom, there->pos);
        QVERIFY(home);
        QVERIFY(home->reverse);
        QCOMPARE(home->chrom, u"1"_s);
        QCOMPARE(home->pos, pos);
        ++checked;
    }
    QVERIFY(checked > 100);

    // Alleles come back as they went, including the anchored indel re-anchored in its repeat.
    const std::vector<VcfAllele> alleles{{u"chr1"_s, 400000, u"A"_s, u"G"_s},
                                         {u"chr1"_s, 400000, u"ACG"_s, u"GTA"_s},
                                         {u"chr1"_s, 400000, u"AA"_s, u"A"_s},
                                         {u"chr1"_s, 400000, u"A"_s, u"AGA"_s},
                                         {u"chr1"_s, 400000, u"AC"_s, u"T"_s}};
    for (const VcfAllele& v : alleles) {
        const auto there = m_bundled->liftAllele(v.chrom, v.pos, v.ref, v.alt);
        QVERIFY(there);
        const auto home = back->liftAllele(there->chrom, there->pos, there->ref, there->alt);
        QVERIFY(home);
        QCOMPARE(alleleText(home->chrom, home->pos, home->ref, home->alt), alleleText(v.chrom, v.pos, v.ref, v.alt));
    }
}

void TestLiftOver::alleleMustLieInOneBlock()
{
    QVERIFY(m_bundled);
    // GRCh38 chr1:1630695 ends a block; 1630696 is a one-base gap in the chain; 1630697 starts the next block.
    QVERIFY(m_bundled->liftAllele(u"chr1"_s, 1630694, u"AC"_s, u"A"_s));
    QVERIFY(!m_bundled->liftAllele(u"chr1"_s, 1630695, u"AC"_s, u"A"_s));
    QVERIFY(!m_bundled->liftAllele(u"chr1"_s, 1630694, u"ACGT"_s, u"A"_s));
    QCOMPARE(m_bundled->liftAllele(u"chr1"_s, 1630697, u"CT"_s, u"C"_s)->pos, 1566076);
    // The reverse-strand block ends at 501617; a REF running past it is refused.
    QVERIFY(m_bundled->liftAllele(u"chr1"_s, 501616, u"AC"_s, u"GT"_s));
    QVERIFY(!m_bundled->liftAllele(u"chr1"_s, 501617, u"AC"_s, u"GT"_s));
}

void TestLiftOver::intervals_data()
{
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<bool>("lifts");
    QTest::addColumn<QString>("expectedChrom");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");

    QTest::newRow("BRAF gene span") << u"chr7"_s << qint64(140719327) << qint64(140924929) << true << u"7"_s
                                    << qint64(140419127) << qint64(140624729);
    QTest::newRow("one base") << u"chr7"_s << qint64(140753336) << qint64(140753336) << true << u"7"_s
                              << qint64(140453136) << qint64(140453136);
    QTest::newRow("reverse chain: ends swap")
        << u"chr1"_s << qint64(400000) << qint64(400100) << true << u"1"_s << qint64(419237) << qint64(419337);
    QTest::newRow("end in a gap moves inward")
        << u"chr1"_s << qint64(1630690) << qint64(1630696) << true << u"1"_s << qint64(1566070) << qint64(1566075);
    QTest::newRow("start between chains moves inward")
        << u"chr1"_s << qint64(300000) << qint64(400000) << true << u"1"_s << qint64(419337) << qint64(471368);
    QTest::newRow("ends on different chains")
        << u"chr1"_s << qint64(100000) << qint64(400000) << false << QString() << qint64(0) << qint64(0);
    QTest::newRow("nothing aligned") << u"chr1"_s << qint64(347900) << qint64(347968) << false << QString() << qint64(0)
                                     << qint64(0);
    QTest::newRow("end before start") << u"chr7"_s << qint64(140753336) << qint64(140753335) << false << QString()
                                      << qint64(0) << qint64(0);
    QTest::newRow("unknown contig") << u"chrZ"_s << qint64(1) << qint64(100) << false << QString() << qint64(0)
                                    << qint64(0);
}

void TestLiftOver::intervals()
{
    QFETCH(QString, chrom);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(bool, lifts);
    QVERIFY(m_bundled);
    const auto lifted = m_bundled->liftInterval(chrom, start, end);
    QCOMPARE(lifted.has_value(), lifts);
    if (!lifts)
        return;
    QFETCH(QString, expectedChrom);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);
    QCOMPARE(lifted->chrom, expectedChrom);
    QCOMPARE(lifted->start, expectedStart);
    QCOMPARE(lifted->end, expectedEnd);
}

void TestLiftOver::handMadeChains()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tiny.chain"_s);
    QVERIFY(writeFile(path, tinyChains));
    const Result<LiftOver> loaded = LiftOver::load(path);
    QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
    const LiftOver& lo = loaded.value();
    QCOMPARE(lo.chainCount(), 5);

    const auto at = [&lo](const QString& chrom, qint64 pos) {
        const auto p = lo.liftPosition(chrom, pos);
        return p ? u"%1:%2%3"_s.arg(p->chrom).arg(p->pos).arg(p->reverse ? u"-" : u"+") : u"none"_s;
    };
    // Chain 1, where chain 3 does not overlap it.
    QCOMPARE(at(u"a"_s, 10), u"none"_s);
    QCOMPARE(at(u"a"_s, 11), u"b:51+"_s);
    QCOMPARE(at(u"a"_s, 15), u"b:55+"_s);
    // Chain 3 (score 200) wins over chain 1 (score 100) on a[15,25).
    QCOMPARE(at(u"a"_s, 16), u"e:1+"_s);
    QCOMPARE(at(u"a"_s, 25), u"e:10+"_s);
    QCOMPARE(at(u"a"_s, 26), u"b:68+"_s);
    QCOMPARE(at(u"a"_s, 30), u"b:72+"_s);
    QCOMPARE(at(u"a"_s, 31), u"none"_s);
    // Chain 2: '-' query strand, d forward = 40 - 1 - (5 + i).
    QCOMPARE(at(u"c"_s, 1), u"d:35-"_s);
    QCOMPARE(at(u"c"_s, 10), u"d:26-"_s);
    QCOMPARE(at(u"c"_s, 11), u"none"_s);
    // Chain 4: '-' target strand, f forward [90,100) reversed onto g[0,10).
    QCOMPARE(at(u"f"_s, 90), u"none"_s);
    QCOMPARE(at(u"f"_s, 91), u"g:10-"_s);
    QCOMPARE(at(u"f"_s, 100), u"g:1-"_s);
    // Chain 5: "chr" dropped on both sides.
    QCOMPARE(at(u"9"_s, 1), u"10:101+"_s);
    QCOMPARE(at(u"chr9"_s, 10), u"10:110+"_s);

    // An allele over the switch from chain 1 to chain 3 is in no single block.
    QVERIFY(lo.liftAllele(u"a"_s, 14, u"AC"_s, u"A"_s));
    QVERIFY(!lo.liftAllele(u"a"_s, 15, u"AC"_s, u"A"_s));
    // An interval whose ends lie on chains 1 and 3 is refused; within chain 3 it lifts.
    QVERIFY(!lo.liftInterval(u"a"_s, 11, 20));
    const auto iv = lo.liftInterval(u"a"_s, 17, 20);
    QVERIFY(iv);
    QCOMPARE(iv->chrom, u"e"_s);
    QCOMPARE(iv->start, 2);
    QCOMPARE(iv->end, 5);
    // On the reversed chain the interval ends swap.
    const auto rv = lo.liftInterval(u"c"_s, 2, 4);
    QVERIFY(rv);
    QCOMPARE(rv->start, 32);
    QCOMPARE(rv->end, 34);
}

void TestLiftOver::realCaseRoundTrip_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("chainFile"); // empty: the bundled chains
    QTest::addColumn<double>("minLifted");
    QTest::addColumn<double>("minMatching");

    // The GRCh38 file was made from the GRCh37 one with CrossMap and UCSC's hg19ToHg38 chains, so lifting it
    // back with Ensembl's chains should give almost exactly the original calls.
    QTest::newRow("GRCh38 -> GRCh37, bundled")
        << u"T001-COAD.grch38.vcf.gz"_s << u"T001-COAD.grch37.vcf.gz"_s << QString() << 0.99 << 0.99;
    QTest::newRow("GRCh37 -> GRCh38, shared file")
        << u"T001-COAD.grch37.vcf.gz"_s << u"T001-COAD.grch38.vcf.gz"_s << reverseChainFile << 0.99 << 0.99;
}

void TestLiftOver::realCaseRoundTrip()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, chainFile);
    QFETCH(double, minLifted);
    QFETCH(double, minMatching);

    const QString dir = sharedData(u"cases/vcf/pcgr/"_s);
    if (!QFile::exists(dir + from) || !QFile::exists(dir + to)
        || (!chainFile.isEmpty() && !QFile::exists(sharedData(chainFile))))
        QSKIP("shared data absent: the T001-COAD VCFs (or the chain file) are not under ONCOBOARD_SHARED_DATA_DIR");

    std::optional<LiftOver> ownChains;
    const LiftOver* lo = m_bundled;
    if (!chainFile.isEmpty()) {
        Result<LiftOver> loaded = LiftOver::load(sharedData(chainFile));
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
        ownChains = std::move(loaded).value();
        lo = &*ownChains;
    }
    QVERIFY(lo);

    QString error;
    const std::vector<VcfAllele> source = readVcfAlleles(dir + from, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::vector<VcfAllele> target = readVcfAlleles(dir + to, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(source.size() > 1000);

    QSet<QString> expected;
    for (const VcfAllele& v : target)
        expected.insert(alleleText(v.chrom, v.pos, v.ref, v.alt));

    qsizetype lifted = 0, matching = 0, reverse = 0, reverseMatching = 0;
    QStringList misses;
    QStringList unlifted;
    for (const VcfAllele& v : source) {
        const auto a = lo->liftAllele(v.chrom, v.pos, v.ref, v.alt);
        if (!a) {
            if (unlifted.size() < 5)
                unlifted << alleleText(v.chrom, v.pos, v.ref, v.alt);
            continue;
        }
        ++lifted;
        const bool isReverse = lo->liftPosition(v.chrom, v.pos)->reverse;
        reverse += isReverse;
        if (expected.contains(alleleText(a->chrom, a->pos, a->ref, a->alt))) {
            ++matching;
            reverseMatching += isReverse;
        } else if (misses.size() < 5) {
            misses << alleleText(v.chrom, v.pos, v.ref, v.alt) + u" -> "_s
                          + alleleText(a->chrom, a->pos, a->ref, a->alt);
        }
    }
    const auto records = qsizetype(source.size());
    qInfo("%s: %lld alleles, %lld lifted (%.2f %%, %lld on reverse-strand chains), %lld of those match the other "
          "file (%.2f %%; %lld reverse-strand); other file has %lld alleles",
          qPrintable(from),
          static_cast<long long>(records),
          static_cast<long long>(lifted),
          100.0 * double(lifted) / double(records),
          static_cast<long long>(reverse),
          static_cast<long long>(matching),
          100.0 * double(matching) / double(std::max<qsizetype>(lifted, 1)),
          static_cast<long long>(reverseMatching),
          static_cast<long long>(target.size()));
    if (!unlifted.isEmpty())
        qInfo("  not lifted, e.g.: %s", qPrintable(unlifted.join(u", "_s)));
    if (!misses.isEmpty())
        qInfo("  lifted but not in the other file, e.g.: %s", qPrintable(misses.join(u", "_s)));
    QVERIFY(double(lifted) >= minLifted * double(records));
    QVERIFY(double(matching) >= minMatching * double(lifted));
}

void TestLiftOver::lookupCost()
{
    // Not a benchmark (those live in tests/bench): a coarse per-lookup figure for the log, over random chr7 bases.
    QVERIFY(m_bundled);
    const QString chrom = u"chr7"_s;
    const QString ref = u"A"_s;
    const QString alt = u"T"_s;
    constexpr int n = 1'000'000;
    std::vector<qint64> positions(n);
    QRandomGenerator random(42);
    for (qint64& p : positions)
        p = 1 + qint64(random.bounded(159'000'000));

    qint64 mapped = 0;
    QElapsedTimer timer;
    timer.start();
    for (const qint64 p : positions)
        mapped += m_bundled->liftPosition(chrom, p).has_value();
    const double positionNs = double(timer.nsecsElapsed()) / n;
    timer.restart();
    qint64 allelesMapped = 0;
    for (const qint64 p : positions)
        allelesMapped += m_bundled->liftAllele(chrom, p, ref, alt).has_value();
    const double alleleNs = double(timer.nsecsElapsed()) / n;
    qInfo("liftPosition %.0f ns, liftAllele (SNV) %.0f ns per lookup; %lld of %d random chr7 bases mapped",
          positionNs,
          alleleNs,
          static_cast<long long>(mapped),
          n);
    QCOMPARE(allelesMapped, mapped);
    QVERIFY(mapped > n / 2);
}

void TestLiftOver::malformedChains_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");

    QTest::newRow("header with too few fields") << QByteArray("chain 1 a 100 + 0 10 b 100 + 0\n10\n") << qint64(1);
    QTest::newRow("bad strand") << QByteArray("chain 1 a 100 + 0 10 b 100 x 0 10 1\n10\n") << qint64(1);
    QTest::newRow("score not a number") << QByteArray("chain high a 100 + 0 10 b 100 + 0 10 1\n10\n") << qint64(1);
    QTest::newRow("span past sequence end") << QByteArray("chain 1 a 100 + 0 110 b 200 + 0 110 1\n110\n") << qint64(1);
    QTest::newRow("block not a number") << QByteArray("#c\nchain 1 a 100 + 0 10 b 100 + 0 10 1\n5 x 0\n5\n")
                                        << qint64(3);
    QTest::newRow("negative gap") << QByteArray("chain 1 a 100 + 0 10 b 100 + 0 10 1\n4 -1 0\n5\n") << qint64(2);
    QTest::newRow("block line with two fields")
        << QByteArray("chain 1 a 100 + 0 10 b 100 + 0 10 1\n5 0\n5\n") << qint64(2);
    QTest::newRow("blocks short of header span")
        << QByteArray("chain 1 a 100 + 0 10 b 100 + 0 10 1\n4 0 0\n4\n") << qint64(3);
    QTest::newRow("block past header span")
        << QByteArray("chain 1 a 100 + 0 10 b 100 + 0 10 1\n6 0 0\n6\n") << qint64(3);
    QTest::newRow("block before any chain") << QByteArray("\n10\n") << qint64(2);
    QTest::newRow("chain without last block")
        << QByteArray("chain 1 a 100 + 0 10 b 100 + 0 10 1\n5 0 0\n") << qint64(2);
    QTest::newRow("new chain before last block") << QByteArray("chain 1 a 100 + 0 10 b 100 + 0 10 1\n5 0 0\n"
                                                               "chain 1 a 100 + 20 30 b 100 + 20 30 2\n10\n")
                                                 << qint64(3);
    QTest::newRow("blank line inside chain")
        << QByteArray("chain 1 a 100 + 0 10 b 100 + 0 10 1\n5 0 0\n\n5\n") << qint64(3);
    QTest::newRow("no chains") << QByteArray("# nothing\n") << qint64(0);
}

void TestLiftOver::malformedChains()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken.chain"_s);
    QVERIFY(writeFile(path, content));
    const Result<LiftOver> loaded = LiftOver::load(path);
    QVERIFY(!loaded.has_value());
    qInfo("%s", qPrintable(loaded.error().toString()));
    QCOMPARE(loaded.error().code, CoreError::Code::BadInput);
    QCOMPARE(loaded.error().file, path);
    QCOMPARE(loaded.error().line, line);
}

void TestLiftOver::missingFileIsIoError()
{
    const Result<LiftOver> loaded = LiftOver::load(u"/nonexistent/dir/none.chain.gz"_s);
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().code, CoreError::Code::Io);
}

QTEST_GUILESS_MAIN(TestLiftOver)
#include "tst_LiftOver.moc"
