// The exon of a protein change from the bundled MANE Select exon table, for exon-level evidence
// when the input names no exon.

#include "effect/ExonIndex.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestExonIndex : public QObject
{
    Q_OBJECT

private slots:
    void exonOfCodon_data();
    void exonOfCodon();
};

void TestExonIndex::exonOfCodon_data()
{
    QTest::addColumn<QString>("gene");
    QTest::addColumn<int>("codon");
    QTest::addColumn<int>("exon"); ///< 0: none
    QTest::addColumn<QString>("transcript");
    QTest::newRow("NPM1 W288 (type A frameshift)") << u"NPM1"_s << 288 << 11 << u"NM_002520.7"_s;
    QTest::newRow("NPM1 I269 (exon 10)") << u"NPM1"_s << 269 << 10 << u"NM_002520.7"_s;
    QTest::newRow("EGFR E746 (exon 19 deletions)") << u"EGFR"_s << 746 << 19 << u"NM_005228.5"_s;
    QTest::newRow("EGFR A767 (exon 20 insertions)") << u"EGFR"_s << 767 << 20 << u"NM_005228.5"_s;
    QTest::newRow("KIT W557 (exon 11)") << u"KIT"_s << 557 << 11 << u"NM_000222.3"_s;
    QTest::newRow("MET D1010 (exon 14 end)") << u"MET"_s << 1010 << 14 << u"NM_000245.4"_s;
    QTest::newRow("FLT3 D835 (exon 20)") << u"FLT3"_s << 835 << 20 << u"NM_004119.3"_s;
    QTest::newRow("beyond the protein") << u"NPM1"_s << 400 << 0 << QString();
    QTest::newRow("unknown gene") << u"NOTAGENE"_s << 10 << 0 << QString();
}

void TestExonIndex::exonOfCodon()
{
    QFETCH(QString, gene);
    QFETCH(int, codon);
    QFETCH(int, exon);
    QFETCH(QString, transcript);
    QVERIFY(ExonIndex::bundled().geneCount() > 17000);
    const auto where = ExonIndex::bundled().exonOfCodon(gene, codon);
    if (exon == 0) {
        QVERIFY(!where);
        return;
    }
    QVERIFY(where);
    QCOMPARE(where->exon, exon);
    QCOMPARE(where->transcript, transcript);
}

QTEST_GUILESS_MAIN(TestExonIndex)
#include "tst_ExonIndex.moc"
