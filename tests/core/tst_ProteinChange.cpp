#include "TestConfig.h"
#include "io/Consequence.h"
#include "io/ProteinChange.h"
#include "io/TsvReader.h"
#include "kb/TherapyNames.h"
#include "model/Alteration.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestProteinChange : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void matchKeyIgnoresCase();
    void synonymous();
    void parseEdits_data();
    void parseEdits();
    void alleleKeyFollowsCivicConvention_data();
    void alleleKeyFollowsCivicConvention();
    void therapySplitting_data();
    void therapySplitting();
    void consequenceSeverity();
    void agreesWithGenomeNexusAndVcf2maf();
};

void TestProteinChange::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one-letter") << u"V600E"_s << u"p.V600E"_s;
    QTest::newRow("three-letter") << u"p.Val600Glu"_s << u"p.V600E"_s;
    QTest::newRow("with reference") << u"ENSP00000288602.6:p.Val600Glu"_s << u"p.V600E"_s;
    QTest::newRow("predicted parentheses") << u"p.(Val600Glu)"_s << u"p.V600E"_s;
    QTest::newRow("VEP escaped equals") << u"ENSP00000329982.2:p.Thr190%3D"_s << u"p.T190="_s;
    QTest::newRow("stop Ter") << u"p.Arg213Ter"_s << u"p.R213*"_s;
    QTest::newRow("legacy stop X") << u"R213X"_s << u"p.R213*"_s;
    QTest::newRow("frameshift") << u"p.Leu189CysfsTer2"_s << u"p.L189Cfs*2"_s;
    QTest::newRow("legacy frameshift") << u"R135FSX177"_s << u"p.R135fs*177"_s;
    // WashU/TCGA notations of NPM1 and FLT3 (maftools tcga_laml.maf.gz).
    QTest::newRow("frameshift naming two residues") << u"p.WQ288fs"_s << u"p.W288fs"_s;
    QTest::newRow("frameshift at an unknown residue") << u"p.-287fs"_s << u"p.X287fs"_s;
    QTest::newRow("insertion without residues") << u"p.611_612insFQGF"_s << u"p.X611_X612insFQGF"_s;
    QTest::newRow("short frameshift") << u"Y177fs"_s << u"p.Y177fs"_s;
    QTest::newRow("extension") << u"p.Ter110GlnextTer17"_s << u"p.*110Qext*17"_s;
    QTest::newRow("deletion") << u"p.Lys550_Trp557del"_s << u"p.K550_W557del"_s;
    QTest::newRow("insertion") << u"p.Val769_Asp770insAlaSerVal"_s << u"p.V769_D770insASV"_s;
    QTest::newRow("duplication") << u"p.Ala767_Val769dup"_s << u"p.A767_V769dup"_s;
    QTest::newRow("delins") << u"p.Leu747_Pro753delinsSer"_s << u"p.L747_P753delinsS"_s;
    QTest::newRow("CIViC upper-case delins") << u"M774DELINSWLV"_s << u"p.M774delinsWLV"_s;
    QTest::newRow("splice placeholder kept") << u"p.X963_splice"_s << u"p.X963_splice"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestProteinChange::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ProteinChange::normalize(input), expected);
}

void TestProteinChange::matchKeyIgnoresCase()
{
    QCOMPARE(ProteinChange::matchKey(u"p.Met774delinsTrpLeuVal"_s), ProteinChange::matchKey(u"M774DELINSWLV"_s));
    QCOMPARE(ProteinChange::matchKey(u"p.(Val600Glu)"_s), u"V600E"_s);
    QVERIFY(ProteinChange::matchKey(u"p.V600K"_s) != ProteinChange::matchKey(u"p.V600E"_s));
}

void TestProteinChange::synonymous()
{
    QVERIFY(ProteinChange::isSynonymous(ProteinChange::normalize(u"p.(Thr125=)"_s)));
    QVERIFY(ProteinChange::isSynonymous(ProteinChange::normalize(u"p.Val600%3D"_s)));
    QVERIFY(!ProteinChange::isSynonymous(ProteinChange::normalize(u"p.Val600Glu"_s)));
}

void TestProteinChange::parseEdits_data()
{
    QTest::addColumn<QString>("hgvsp");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("firstPos");
    QTest::addColumn<QString>("alt");
    using T = ProteinEdit::Type;
    QTest::newRow("missense") << u"p.Val600Glu"_s << int(T::Missense) << 600 << u"E"_s;
    QTest::newRow("nonsense") << u"p.R213*"_s << int(T::Nonsense) << 213 << u"*"_s;
    // VEP and vcf2maf name the first new residue of a frameshift; CIViC often does not.
    QTest::newRow("frameshift with new residue") << u"p.Leu189CysfsTer2"_s << int(T::Frameshift) << 189 << u"C"_s;
    QTest::newRow("frameshift, one-letter") << u"p.E1156Gfs*7"_s << int(T::Frameshift) << 1156 << u"G"_s;
    QTest::newRow("frameshift without residue") << u"p.Y177fs"_s << int(T::Frameshift) << 177 << QString();
    QTest::newRow("legacy frameshift") << u"R135FSX177"_s << int(T::Frameshift) << 135 << QString();
    QTest::newRow("in-frame deletion") << u"p.E746_A750del"_s << int(T::Deletion) << 746 << QString();
    QTest::newRow("delins") << u"p.M774delinsWLV"_s << int(T::Delins) << 774 << u"WLV"_s;
    QTest::newRow("position only") << u"V600"_s << int(T::Position) << 600 << QString();
}

void TestProteinChange::parseEdits()
{
    QFETCH(QString, hgvsp);
    QFETCH(int, type);
    QFETCH(int, firstPos);
    QFETCH(QString, alt);
    const auto edit = ProteinChange::parse(ProteinChange::normalize(hgvsp));
    QVERIFY2(edit, qPrintable(hgvsp));
    QCOMPARE(int(edit->type), type);
    QCOMPARE(edit->firstPos, firstPos);
    QCOMPARE(edit->alt.toUpper(), alt);
}

void TestProteinChange::alleleKeyFollowsCivicConvention_data()
{
    QTest::addColumn<QString>("chrom");
    QTest::addColumn<qint64>("pos");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("alt");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<QString>("keyRef");
    QTest::addColumn<QString>("keyAlt");
    // CIViC 2025-07-01 rows checked against CIViC's own VCF export.
    QTest::newRow("SNV BRAF V600E") << u"chr7"_s << qint64(140453136) << u"A"_s << u"T"_s << qint64(140453136) << u"A"_s
                                    << u"T"_s;
    QTest::newRow("deletion KIT V560del")
        << u"4"_s << qint64(55593611) << u"TGTT"_s << u"T"_s << qint64(55593612) << u"GTT"_s << QString();
    QTest::newRow("insertion NPM1 W288fs")
        << u"5"_s << qint64(170837547) << u"G"_s << u"GTCTG"_s << qint64(170837547) << QString() << u"TCTG"_s;
    QTest::newRow("shared suffix") << u"1"_s << qint64(100) << u"ACGT"_s << u"AGGT"_s << qint64(101) << u"C"_s
                                   << u"G"_s;
}

void TestProteinChange::alleleKeyFollowsCivicConvention()
{
    QFETCH(QString, chrom);
    QFETCH(qint64, pos);
    QFETCH(QString, ref);
    QFETCH(QString, alt);
    QFETCH(qint64, start);
    QFETCH(QString, keyRef);
    QFETCH(QString, keyAlt);
    const AlleleKey key = alleleKey(chrom, pos, ref, alt);
    QCOMPARE(key.chrom, canonicalContig(chrom));
    QCOMPARE(key.start, start);
    QCOMPARE(key.ref, keyRef);
    QCOMPARE(key.alt, keyAlt);
}

void TestProteinChange::therapySplitting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // The cases SOURCES.md lists, as they appear in CIViC 2025-07-01.
    QTest::newRow("plain") << u"Dabrafenib,Trametinib"_s << QStringList{u"Dabrafenib"_s, u"Trametinib"_s};
    QTest::newRow("comma in a name, digits")
        << u"Selumetinib,Gefitinib,HER2 Inhibitor CP-724,714"_s
        << QStringList{u"Selumetinib"_s, u"Gefitinib"_s, u"HER2 Inhibitor CP-724,714"_s};
    QTest::newRow("chemical name") << u"2,4-pyrimidinediamine"_s << QStringList{u"2,4-pyrimidinediamine"_s};
    QTest::newRow("comma and space in a name")
        << u"FGF/VEGF Receptor Tyrosine Kinase Inhibitor, PD173074,Infigratinib,Fexagratinib"_s
        << QStringList{
               u"FGF/VEGF Receptor Tyrosine Kinase Inhibitor, PD173074"_s, u"Infigratinib"_s, u"Fexagratinib"_s};
    QTest::newRow("name starting with a digit")
        << u"Pertuzumab,9F7-F11"_s << QStringList{u"Pertuzumab"_s, u"9F7-F11"_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestProteinChange::therapySplitting()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(TherapyNames::split(text), expected);
}

void TestProteinChange::consequenceSeverity()
{
    QCOMPARE(Consequence::mostSevere(u"splice_region_variant&missense_variant"), u"missense_variant");
    QVERIFY(Consequence::rank(u"stop_gained") < Consequence::rank(u"missense_variant"));
    QVERIFY(Consequence::altersProtein(u"frameshift_variant"));
    QVERIFY(!Consequence::altersProtein(u"synonymous_variant"));
    QVERIFY(!Consequence::altersProtein(u"intron_variant"));
    QVERIFY(Consequence::rank(u"made_up_term") > Consequence::rank(u"intergenic_variant"));
}

void TestProteinChange::agreesWithGenomeNexusAndVcf2maf()
{
    // Genome Nexus and vcf2maf write each protein change twice: three-letter HGVSp and one-letter
    // HGVSp_Short. Both must normalise to the same text.
    const QString dir = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/");
    const QStringList files{
        u"genome_nexus/corner_cases.out.mskcc.txt"_s,
        u"genome_nexus/corner_cases.out.uniprot.txt"_s,
        u"genome_nexus/corner_cases.two_tumor_seq_allele.out.mskcc.txt"_s,
        u"genome_nexus/corner_cases.two_tumor_seq_allele.out.uniprot.txt"_s,
        u"genome_nexus/minimal_example.out.mskcc.txt"_s,
        u"genome_nexus/minimal_example.out.oncokb.txt"_s,
        u"genome_nexus/my_variant_info_corner_cases.out.uniprot.txt"_s,
        u"vcf2maf_test_output.vep_isoforms.maf"_s,
        u"vcf2maf_test_b38_output.maf"_s,
    };
    int pairs = 0;
    QStringList disagreements;
    for (const QString& file : files) {
        TsvReader tsv;
        QVERIFY2(tsv.open(dir + file, true), qPrintable(file));
        const int longForm = tsv.column("HGVSp");
        const int shortForm = tsv.column("HGVSp_Short");
        QVERIFY2(longForm >= 0 && shortForm >= 0, qPrintable(file));
        while (tsv.next()) {
            const QString a = tsv.text(longForm);
            const QString b = tsv.text(shortForm);
            if (a.isEmpty() || b.isEmpty())
                continue;
            ++pairs;
            if (ProteinChange::normalize(a) != ProteinChange::normalize(b))
                disagreements << u"%1:%2: %3 -> %4 vs %5 -> %6"_s.arg(file)
                                     .arg(tsv.lineNumber())
                                     .arg(a, ProteinChange::normalize(a), b, ProteinChange::normalize(b));
        }
    }
    qInfo("HGVSp agreement: %d of %d pairs (%.1f %%)",
          pairs - int(disagreements.size()),
          pairs,
          100.0 * (pairs - disagreements.size()) / std::max(pairs, 1));
    QCOMPARE(pairs, 53);
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestProteinChange)
#include "tst_ProteinChange.moc"
