#include "TestConfig.h"
#include "io/LineReader.h"
#include "io/VcfValidator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using onco::VcfValidator;

namespace {

/** Hands a line to the validator the way a reader does: "##" meta, "#" header, the rest records. */
void feed(VcfValidator& v, QByteArrayView line, qint64 lineNo)
{
    if (line.startsWith("##"))
        v.checkMetaLine(line, lineNo);
    else if (line.startsWith('#'))
        v.checkHeaderLine(line, lineNo);
    else
        v.checkRecord(line, lineNo);
}

/** Validates VCF text given inline; lines end with '\n'. */
QList<VcfValidator::Problem> validate(const QByteArray& text)
{
    VcfValidator v;
    QList<QByteArray> lines = text.isEmpty() ? QList<QByteArray>() : text.split('\n');
    if (text.endsWith('\n'))
        lines.removeLast();
    qint64 n = 0;
    for (const QByteArray& line : std::as_const(lines))
        feed(v, line, ++n);
    v.finish(text.isEmpty() || text.endsWith('\n'), n);
    return v.problems();
}

QString describe(const QList<VcfValidator::Problem>& problems)
{
    QStringList out;
    for (const VcfValidator::Problem& p : problems)
        out << u"line %1%2: %3"_s.arg(p.line).arg(p.skipRecord ? u" (skip)"_s : QString(), p.message);
    return out.join(u"; "_s);
}

/** Fails unless there is no problem (expected empty) or the first one contains `expected`. */
void expectFirst(const QList<VcfValidator::Problem>& problems, const QString& expected, bool skip = false)
{
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QVERIFY2(!problems.isEmpty(), qPrintable(u"no problem found, expected: "_s + expected));
    QVERIFY2(problems.front().message.contains(expected), qPrintable(describe(problems)));
    QCOMPARE(problems.front().skipRecord, skip);
}

// Lines 2-10 of the records' header; the record is line 12.
const QByteArray recordHeader = "##fileformat=VCFv4.3\n"
                                "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total depth\">\n"
                                "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n"
                                "##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description=\"Somatic\">\n"
                                "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequences\">\n"
                                "##FILTER=<ID=q10,Description=\"Quality below 10\">\n"
                                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                                "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                                "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                                "##FORMAT=<ID=PL,Number=G,Type=Integer,Description=\"Genotype likelihoods\">\n"
                                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n";

/** A record from its columns, '|' standing for a tab. */
QByteArray record(const char* columns)
{
    return QByteArray(columns).replace('|', '\t') + '\n';
}

/** Warnings the conformance suite's passed/ files get, each justified by the specification. */
QStringList expectedWarnings(const QString& version, const QString& name)
{
    QStringList out;
    // A GT of 0|1 at a site whose ALT is '.': allele 1 does not exist ("allele values are 0 for the
    // reference allele, 1 for the first allele listed in ALT..."). A warning only, as there is no
    // ALT allele to load anyway.
    if (name == u"passed_body_alt.vcf"_s && version != u"4.5"_s)
        out << u"refers to allele 1, but the record has 0 ALT alleles"_s;
    // ##INFO=<ID=ID3,Number=A,Type=Flag>: "the Flag type indicates that the INFO field does not
    // contain a Value entry, and hence the Number must be 0".
    if (name == u"passed_meta_info.vcf"_s)
        out << u"has Type=Flag, so its Number must be 0"_s;
    // An htslib test file, not an EBI one: POS 300 follows POS 400 ("positions are sorted
    // numerically") and the file ends without a newline ("the last data line must end with a
    // line separator").
    if (name == u"zero_length_LAA.vcf"_s)
        out << u"the records are not sorted"_s << u"does not end with a newline"_s;
    return out;
}

/**
 * failed/ files a line validator cannot reasonably detect, as "version/name" -> CauseOfFailure and
 * why. Empty: every file of the suite is detected. A new miss fails the test, and so does an entry
 * here that is detected again (keep the list honest).
 */
const QHash<QString, QString> expectedMisses = {};

struct FileResult
{
    QList<VcfValidator::Problem> problems;
    qint64 count = 0;
    QString cause; ///< the suite's ##CauseOfFailure line
};

/** Validates a file line by line, as the product does. */
FileResult validateFile(const QString& path)
{
    FileResult result;
    onco::LineReader reader;
    if (!reader.open(path)) {
        result.cause = u"cannot open"_s;
        return result;
    }
    VcfValidator v;
    QByteArrayView line;
    while (reader.next(line)) {
        if (line.startsWith("##CauseOfFailure="))
            result.cause = QString::fromUtf8(line.sliced(17)).trimmed();
        feed(v, line, reader.lineNumber());
    }
    // LineReader drops line terminators: the last byte tells whether the last line had one.
    QFile file(path);
    bool newline = true;
    if (file.open(QIODevice::ReadOnly) && file.size() > 0 && file.seek(file.size() - 1))
        newline = file.read(1) == "\n";
    v.finish(newline, reader.lineNumber());
    result.problems = v.problems();
    result.count = v.problemCount();
    return result;
}

} // namespace

class TestVcfValidator : public QObject
{
    Q_OBJECT

private slots:
    void recordRules_data();
    void recordRules();
    void metaRules_data();
    void metaRules();
    void headerRules_data();
    void headerRules();
    void orderAndDuplicates_data();
    void orderAndDuplicates();
    void fileRules_data();
    void fileRules();
    void problemsAreCappedButCounted();
    void lastRecordSkipped();
    void conformanceCorpus_data();
    void conformanceCorpus();
};

void TestVcfValidator::recordRules_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected"); // a part of the first problem; empty: none
    QTest::addColumn<bool>("skip");

    QTest::newRow("valid") << record("1|100|rs1|A|G|50|PASS|DP=10;AF=0.5|GT:AD:DP|0/1:5,5:10|0/0:10,0:10") << QString()
                           << false;
    QTest::newRow("valid missing values")
        << record("1|100|.|A|G|.|.|DP=.;AF=.|GT:AD:DP|./.:.:.|0/0:.,.:.") << QString() << false;
    QTest::newRow("valid trailing fields dropped")
        << record("1|100|.|A|G|.|.|.|GT:AD:DP|0/1|0/0:3,0") << QString() << false;
    QTest::newRow("valid flag and exponent")
        << record("1|100|.|A|G|1e+3|q10|SOMATIC;AF=1.5e-5|GT|0|1") << QString() << false;
    QTest::newRow("valid multi-allelic") << record("1|100|.|A|G,T|.|.|AF=0.1,0.2|GT:PL|1/2:1,2,3,4,5,6|0/0:0,1,2,3,4,5")
                                         << QString() << false;
    QTest::newRow("valid haploid and triploid")
        << record("1|100|.|A|G|.|.|.|GT:PL|1:0,9|0/1/1:1,2,3,4") << QString() << false;
    QTest::newRow("valid symbolic and reserved END")
        << record("1|100|.|A|<DEL>|.|.|END=300;SVTYPE=DEL|GT|0/1|0/0") << QString() << false;
    QTest::newRow("valid breakends") << record("1|100|.|A|A]2:321]|.|.|.|GT|0/1|0/0") << QString() << false;
    QTest::newRow("valid single breakend and star") << record("1|100|.|A|.A,*|.|.|.|GT|1/2|0/0") << QString() << false;
    QTest::newRow("valid angle-bracketed CHROM") << record("<ctg1>|100|.|A|G|.|.|.|GT|0/1|0/0") << QString() << false;

    QTest::newRow("too few columns") << record("1|100|.|A|G|.|.|.|GT|0/1")
                                     << u"expected 11 tab-separated columns, found 10"_s << true;
    QTest::newRow("trailing tab") << record("1|100|.|A|G|.|.|.|GT|0/1|0/0|") << u"the line ends with a tab"_s << true;
    QTest::newRow("empty CHROM") << record("|100|.|A|G|.|.|.|GT|0/1|0/0") << u"CHROM is empty"_s << true;
    QTest::newRow("CHROM colon") << record("chr:1|100|.|A|G|.|.|.|GT|0/1|0/0") << u"CHROM 'chr:1'"_s << false;
    QTest::newRow("CHROM whitespace") << record("chr 1|100|.|A|G|.|.|.|GT|0/1|0/0") << u"CHROM 'chr 1'"_s << false;
    QTest::newRow("POS not a number") << record("1|12a|.|A|G|.|.|.|GT|0/1|0/0")
                                      << u"POS '12a' is not a positive whole number"_s << true;
    QTest::newRow("POS negative") << record("1|-1|.|A|G|.|.|.|GT|0/1|0/0") << u"POS '-1'"_s << true;
    QTest::newRow("POS missing") << record("1|.|.|A|G|.|.|.|GT|0/1|0/0") << u"POS '.'"_s << true;
    QTest::newRow("REF IUPAC") << record("1|100|.|R|G|.|.|.|GT|0/1|0/0")
                               << u"REF 'R' holds a character other than A, C, G, T, N"_s << true;
    QTest::newRow("REF missing") << record("1|100|.|.|G|.|.|.|GT|0/1|0/0") << u"REF is missing"_s << true;
    QTest::newRow("REF two alleles") << record("1|100|.|A,C|G|.|.|.|GT|0/1|0/0") << u"more than one allele"_s << true;
    QTest::newRow("ALT IUPAC") << record("1|100|.|A|R|.|.|.|GT|0/1|0/0") << u"ALT allele 'R'"_s << true;
    QTest::newRow("ALT stray comma") << record("1|100|.|A|G,,T|.|.|.|GT|0/1|0/0") << u"empty allele"_s << true;
    QTest::newRow("ALT dot among alleles")
        << record("1|100|.|A|G,.|.|.|.|GT|0/1|0/0") << u"mixes the missing value"_s << true;
    QTest::newRow("ALT unclosed symbolic") << record("1|100|.|A|<DEL|.|.|.|GT|0/1|0/0") << u"symbolic allele"_s << true;
    QTest::newRow("ALT bracket in symbolic")
        << record("1|100|.|A|<INS>X>|.|.|.|GT|0/1|0/0") << u"symbolic allele"_s << true;
    QTest::newRow("ALT breakend without bases")
        << record("1|100|.|A|[2:321[|.|.|.|GT|0/1|0/0") << u"not a valid breakend"_s << true;
    QTest::newRow("ID whitespace") << record("1|100|rs 1|A|G|.|.|.|GT|0/1|0/0") << u"ID 'rs 1' contains whitespace"_s
                                   << false;
    QTest::newRow("ID twice") << record("1|100|rs1;rs1|A|G|.|.|.|GT|0/1|0/0") << u"lists rs1 twice"_s << false;
    QTest::newRow("QUAL text") << record("1|100|.|A|G|high|.|.|GT|0/1|0/0") << u"QUAL 'high' is not a number"_s
                               << false;
    QTest::newRow("QUAL negative") << record("1|100|.|A|G|-5|.|.|GT|0/1|0/0") << u"QUAL -5 is negative"_s << false;
    QTest::newRow("FILTER 0") << record("1|100|.|A|G|.|q10;0|.|GT|0/1|0/0") << u"uses 0, which is reserved"_s << false;
    QTest::newRow("FILTER trailing semicolon")
        << record("1|100|.|A|G|.|q10;|.|GT|0/1|0/0") << u"empty entry"_s << false;
    QTest::newRow("FILTER dot and filter")
        << record("1|100|.|A|G|.|q10;.|.|GT|0/1|0/0") << u"combines the missing"_s << false;
    QTest::newRow("INFO Integer") << record("1|100|.|A|G|.|.|DP=abc|GT|0/1|0/0")
                                  << u"INFO field DP=abc is not an Integer as declared at line 2"_s << false;
    QTest::newRow("INFO Number=A") << record("1|100|.|A|G|.|.|AF=0.1,0.2|GT|0/1|0/0")
                                   << u"INFO field AF=0.1,0.2 has 2 values, expected 1 (Number=A"_s << false;
    QTest::newRow("INFO flag with value")
        << record("1|100|.|A|G|.|.|SOMATIC=yes|GT|0/1|0/0") << u"a Flag takes no value"_s << false;
    QTest::newRow("INFO value missing") << record("1|100|.|A|G|.|.|DP|GT|0/1|0/0") << u"INFO field DP has no value"_s
                                        << false;
    QTest::newRow("INFO reserved key, negative")
        << record("1|100|.|A|G|.|.|AC=-1|GT|0/1|0/0") << u"INFO field AC=-1 is negative"_s << false;
    QTest::newRow("INFO reserved key, CIGAR")
        << record("1|100|.|A|G|.|.|CIGAR=3Q|GT|0/1|0/0") << u"is not a CIGAR string"_s << false;
    QTest::newRow("INFO twice") << record("1|100|.|A|G|.|.|DP=1;DP=2|GT|0/1|0/0") << u"INFO lists DP twice"_s << false;
    QTest::newRow("INFO beyond 32 bits") << record("1|100|.|A|G|.|.|DP=2147483648|GT|0/1|0/0")
                                         << u"does not fit a 32-bit Integer"_s << false;
    QTest::newRow("INFO BCF-reserved integer")
        << record("1|100|.|A|G|.|.|DP=-2147483648|GT|0/1|0/0") << u"which VCF reserves"_s << false;
    QTest::newRow("INFO key syntax") << record("1|100|.|A|G|.|.|1DP=3|GT|0/1|0/0") << u"INFO key '1DP'"_s << false;
    QTest::newRow("INFO empty entry") << record("1|100|.|A|G|.|.|DP=1;;AF=0.5|GT|0/1|0/0")
                                      << u"INFO has an empty entry"_s << false;
    QTest::newRow("FORMAT GT not first") << record("1|100|.|A|G|.|.|.|DP:GT|9:0/1|9:0/0")
                                         << u"GT must be the first FORMAT field"_s << false;
    QTest::newRow("FORMAT key twice") << record("1|100|.|A|G|.|.|.|GT:DP:DP|0/1:1:1|0/0:1:1")
                                      << u"FORMAT lists DP twice"_s << false;
    QTest::newRow("FORMAT empty key") << record("1|100|.|A|G|.|.|.|GT::DP|0/1:1:1|0/0:1:1") << u"empty field name"_s
                                      << false;
    QTest::newRow("FORMAT Number=R") << record("1|100|.|A|G|.|.|.|GT:AD|0/1:5,5,1|0/0:9,0")
                                     << u"FORMAT field AD=5,5,1 of sample TUMOR has 3 values, expected 2 (Number=R "
                                        "as declared at line 8)"_s
                                     << false;
    QTest::newRow("FORMAT Number=G") << record("1|100|.|A|G|.|.|.|GT:PL|0/1:0,9|0/0:0,9,9")
                                     << u"PL=0,9 of sample TUMOR has 2 values, expected 3"_s << false;
    QTest::newRow("FORMAT Integer") << record("1|100|.|A|G|.|.|.|GT:DP|0/1:1|0/0:x")
                                    << u"FORMAT field DP=x of sample NORMAL is not an Integer"_s << false;
    QTest::newRow("FORMAT empty value") << record("1|100|.|A|G|.|.|.|GT:AD:DP|0/1::3|0/0:3,0:3")
                                        << u"sample TUMOR has an empty value"_s << false;
    QTest::newRow("sample with extra field") << record("1|100|.|A|G|.|.|.|GT:DP|0/1:1:7|0/0:1")
                                             << u"sample TUMOR has more fields than FORMAT 'GT:DP'"_s << true;
    QTest::newRow("GT out of range") << record("1|100|.|A|G|.|.|.|GT|0/2|0/0")
                                     << u"GT '0/2' of sample TUMOR refers to allele 2, but the record has 1 ALT"_s
                                     << true;
    // '|' stands for a tab in record(): phased genotypes are written out.
    QTest::newRow("valid phased GT") << QByteArray("1\t100\t.\tA\tG\t.\t.\t.\tGT:PS\t0|1:100\t1|0:100\n") << QString()
                                     << false;
    QTest::newRow("GT separators without allele") << QByteArray("1\t100\t.\tA\tG\t.\t.\t.\tGT\t0/|1\t0/0\n")
                                                  << u"GT '0/|1' of sample TUMOR is not a valid genotype"_s << true;
    QTest::newRow("GT missing allele") << record("1|100|.|A|G|.|.|.|GT|0/|0/0") << u"GT '0/' of sample TUMOR"_s << true;
    QTest::newRow("GT letters") << record("1|100|.|A|G|.|.|.|GT|A/G|0/0") << u"is not a valid genotype"_s << true;
}

void TestVcfValidator::recordRules()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    QFETCH(bool, skip);
    const QList<VcfValidator::Problem> problems = validate(recordHeader + line);
    expectFirst(problems, expected, skip);
    if (!problems.isEmpty())
        QCOMPARE(problems.front().line, 12);
}

void TestVcfValidator::metaRules_data()
{
    QTest::addColumn<QByteArray>("meta"); // the lines above the #CHROM line
    QTest::addColumn<QString>("expected");

    const QByteArray v43 = "##fileformat=VCFv4.3\n";
    QTest::newRow("valid")
        << v43
               + "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth, \\\"raw\\\"\",Source=\"x\">\n"
                 "##FILTER=<ID=q10,Description=\"Low\">\n##contig=<ID=chr1,length=249250621>\n"
                 "##META=<ID=Assay,Type=String,Number=.,Values=[WholeGenome, Exome]>\n"
                 "##SAMPLE=<ID=S1,Genomes=G1;G2,Mixture=.3;.7,Description=\"x\">\n"
                 "##PEDIGREE=<ID=T,Original=G1>\n##source=caller 1.0\n"
                 "##Title=<\"a title, in brackets\">\n"
                 "##assembly=http://123.0.1.2:8080/path/file.fa\n"
        << QString();
    QTest::newRow("no fileformat") << QByteArray("##source=x\n") << u"the first line must be ##fileformat=VCFv4.x"_s;
    QTest::newRow("fileformat with space") << QByteArray("##fileformat=VCF v4.3\n") << u"is not a VCF version"_s;
    QTest::newRow("fileformat empty") << QByteArray("##fileformat=\n") << u"##fileformat has an empty value"_s;
    QTest::newRow("fileformat twice") << v43 + v43 << u"must be the first line and appear only once"_s;
    QTest::newRow("not key=value") << v43 + "##plain text\n" << u"is not a ##key=value pair"_s;
    QTest::newRow("empty value") << v43 + "##reference=\n" << u"##reference has an empty value"_s;
    QTest::newRow("no closing >") << v43 + "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"d\"\n"
                                  << u"##INFO line does not end with '>'"_s;
    QTest::newRow("empty <>") << v43 + "##pedigreeDB=<>\n" << u"holds no fields"_s;
    QTest::newRow("unterminated quote") << v43 + "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"d>\n"
                                        << u"has no closing double quote"_s;
    QTest::newRow("unescaped quote") << v43 + "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"a \"b\" c\">\n"
                                     << u"unescaped double quote"_s;
    QTest::newRow("unquoted Description") << v43 + "##FILTER=<ID=q10,Description=Low>\n"
                                          << u"the Description must be in double quotes"_s;
    QTest::newRow("unquoted whitespace") << v43 + "##contig=<ID=1,assembly=GRC h37>\n"
                                         << u"contains whitespace and must be in double quotes"_s;
    QTest::newRow("field without value") << v43 + "##contig=<ID=1,A,length=5>\n" << u"'A' is not a key=value field"_s;
    QTest::newRow("field twice") << v43 + "##FILTER=<ID=a,ID=b,Description=\"x\">\n" << u"field ID appears twice"_s;
    QTest::newRow("INFO lacks Type") << v43 + "##INFO=<ID=DP,Number=1,Description=\"d\">\n" << u"lacks Type"_s;
    QTest::newRow("INFO Number") << v43 + "##INFO=<ID=DP,Number=N,Type=Integer,Description=\"d\">\n"
                                 << u"Number=N is not an integer, A, R, G or '.'"_s;
    QTest::newRow("Number=R in 4.1") << QByteArray(
        "##fileformat=VCFv4.1\n##INFO=<ID=X,Number=R,Type=Integer,Description=\"d\">\n")
                                     << u"Number=R is not part of VCF 4.1"_s;
    QTest::newRow("INFO Type") << v43 + "##INFO=<ID=DP,Number=1,Type=Int,Description=\"d\">\n" << u"Type=Int is not"_s;
    QTest::newRow("ID not first") << v43 + "##INFO=<Number=1,ID=DP,Type=Integer,Description=\"d\">\n"
                                  << u"ID must be the first field"_s;
    QTest::newRow("Number after Type") << v43 + "##ALT=<ID=DEL,Type=String,Number=1,Description=\"d\">\n"
                                       << u"in the order ID, Number, Type, Description"_s;
    QTest::newRow("Flag with Number") << v43 + "##INFO=<ID=X,Number=1,Type=Flag,Description=\"d\">\n"
                                      << u"has Type=Flag, so its Number must be 0"_s;
    QTest::newRow("FORMAT Flag") << v43 + "##FORMAT=<ID=X,Number=0,Type=Flag,Description=\"d\">\n"
                                 << u"cannot have Type=Flag"_s;
    QTest::newRow("INFO key syntax 4.3") << v43 + "##INFO=<ID=1X,Number=1,Type=Integer,Description=\"d\">\n"
                                         << u"INFO ID '1X' is not a valid key"_s;
    QTest::newRow("FORMAT key 4.2 alphanumeric")
        << QByteArray("##fileformat=VCFv4.2\n##FORMAT=<ID=A_B,Number=1,Type=Integer,Description=\"d\">\n")
        << u"FORMAT ID 'A_B' is not a valid key"_s;
    QTest::newRow("reserved INFO") << v43 + "##INFO=<ID=DP,Number=1,Type=Float,Description=\"d\">\n"
                                   << u"reserves it as Number=1, Type=Integer"_s;
    QTest::newRow("reserved FORMAT") << v43 + "##FORMAT=<ID=GQ,Number=.,Type=Integer,Description=\"d\">\n"
                                     << u"FORMAT GQ is declared as Number=., Type=Integer"_s;
    QTest::newRow("INFO twice") << v43
                                       + "##INFO=<ID=X,Number=1,Type=Integer,Description=\"d\">\n"
                                         "##INFO=<ID=X,Number=1,Type=Integer,Description=\"d\">\n"
                                << u"INFO X is declared twice (first at line 2)"_s;
    QTest::newRow("contig twice") << v43 + "##contig=<ID=1>\n##contig=<ID=1>\n" << u"declared twice"_s;
    QTest::newRow("contig colon 4.3") << v43 + "##contig=<ID=chr:1>\n" << u"contig ID 'chr:1' is not a valid"_s;
    QTest::newRow("contig colon 4.4") << QByteArray("##fileformat=VCFv4.4\n##contig=<ID=HLA-A*01:01>\n") << QString();
    QTest::newRow("contig star 4.3") << v43 + "##contig=<ID=1*>\n" << u"contig ID '1*'"_s;
    QTest::newRow("contig without ID") << v43 + "##contig=<length=5>\n" << u"##contig line has no ID"_s;
    QTest::newRow("ALT subtype") << v43 + "##ALT=<ID=FOO:BAR,Description=\"x\">\n"
                                 << u"ALT ID 'FOO:BAR': the type before any ':' must be DEL"_s;
    QTest::newRow("ALT custom 4.3") << v43 + "##ALT=<ID=NON_REF,Description=\"x\">\n##ALT=<ID=R,Description=\"A/G\">\n"
                                    << QString();
    QTest::newRow("ALT custom 4.2") << QByteArray("##fileformat=VCFv4.2\n##ALT=<ID=DEL1,Description=\"x\">\n")
                                    << u"ALT ID 'DEL1'"_s;
    QTest::newRow("ALT NON_REF 4.2") << QByteArray("##fileformat=VCFv4.2\n##ALT=<ID=NON_REF,Description=\"x\">\n")
                                     << QString();
    QTest::newRow("ALT angle bracket") << v43 + "##ALT=<ID=DEL:A>B,Description=\"x\">\n"
                                       << u"must not contain whitespace or angle brackets"_s;
    QTest::newRow("META Values") << v43 + "##META=<ID=Assay,Type=String,Number=.,Values=WholeGenome>\n"
                                 << u"Values must be in square brackets"_s;
    QTest::newRow("SAMPLE Mixture alone") << v43 + "##SAMPLE=<ID=S1,Mixture=.3;.7>\n" << u"Mixture but no Genomes"_s;
    QTest::newRow("SAMPLE quoted list 4.1")
        << QByteArray("##fileformat=VCFv4.1\n##SAMPLE=<ID=S1,Genomes=G1;G2,Mixture=\"N1;N2\",Description=\"x\">\n")
        << u"takes no quotes"_s;
    QTest::newRow("SAMPLE ID") << v43 + "##SAMPLE=<ID=S*1>\n" << u"SAMPLE ID 'S*1' is not a valid name"_s;
    QTest::newRow("PEDIGREE without ID 4.3") << v43 + "##PEDIGREE=<Original=G1>\n" << u"##PEDIGREE line has no ID"_s;
    QTest::newRow("PEDIGREE without ID 4.2")
        << QByteArray("##fileformat=VCFv4.2\n##PEDIGREE=<Name_0=G0,Name_1=G1>\n") << QString();
    QTest::newRow("PEDIGREE name") << v43 + "##PEDIGREE=<ID=T,Original=G:1>\n" << u"'G:1' is not a valid"_s;
    QTest::newRow("URL host") << v43 + "##assembly=ftp://8080:8080/path\n" << u"##assembly is not a valid URL"_s;
    QTest::newRow("plain assembly") << v43 + "##assembly=GRCh38\n" << QString();
}

void TestVcfValidator::metaRules()
{
    QFETCH(QByteArray, meta);
    QFETCH(QString, expected);
    expectFirst(validate(meta + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"), expected);
}

void TestVcfValidator::headerRules_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sites only") << QByteArray("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO") << QString();
    QTest::newRow("samples") << QByteArray("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tA\tB") << QString();
    QTest::newRow("POSITION") << QByteArray("#CHROM\tPOSITION\tID\tREF\tALT\tQUAL\tFILTER\tINFO")
                              << u"column 2 of the header line is 'POSITION', expected 'POS'"_s;
    QTest::newRow("spaces") << QByteArray("#CHROM POS ID REF ALT QUAL FILTER INFO")
                            << u"must name 8 tab-separated columns"_s;
    QTest::newRow("no FORMAT") << QByteArray("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tA\tB")
                               << u"column 9 of the header line is 'A', expected 'FORMAT'"_s;
    QTest::newRow("FORMAT without samples") << QByteArray("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT")
                                            << u"a FORMAT column but no sample columns"_s;
    QTest::newRow("sample twice") << QByteArray("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tA\tB\tA")
                                  << u"sample name A appears twice"_s;
    QTest::newRow("trailing tab") << QByteArray("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tA\t")
                                  << u"the header line ends with a tab"_s;
}

void TestVcfValidator::headerRules()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    expectFirst(validate("##fileformat=VCFv4.3\n" + header + '\n'), expected);
}

void TestVcfValidator::orderAndDuplicates_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sorted") << record("1|100|.|A|G|.|.|.") + record("1|100|.|A|T|.|.|.") + record("2|50|.|C|G|.|.|.")
                            << QString();
    QTest::newRow("angle brackets name the same contig")
        << record("1|100|.|A|G|.|.|.") + record("<1>|200|.|A|G|.|.|.") + record("1|300|.|A|G|.|.|.") << QString();
    QTest::newRow("not sorted") << record("1|200|.|A|G|.|.|.") + record("1|100|.|A|G|.|.|.")
                                << u"POS 100 comes after POS 200 on 1: the records are not sorted"_s;
    QTest::newRow("not contiguous")
        << record("1|100|.|A|G|.|.|.") + record("2|100|.|A|G|.|.|.") + record("1|300|.|A|G|.|.|.")
        << u"records of chromosome 1 are not contiguous: it appeared before, up to line 3"_s;
    QTest::newRow("same variant twice") << record("1|100|.|A|G|.|.|.") + record("1|100|.|a|g|.|.|.")
                                        << u"the variant a>g at 100 duplicates the one at line 3"_s;
    QTest::newRow("same variant in another context") << record("1|100|.|TAT|TGT|.|.|.") + record("1|101|.|A|G|.|.|.")
                                                     << u"the variant A>G at 101 duplicates the one at line 3"_s;
    QTest::newRow("same variant in a multi-allelic record")
        << record("1|100|.|AT|AAT,AA|.|.|.") + record("1|101|.|T|A|.|.|.")
        << u"the variant T>A at 101 duplicates the one at line 3"_s;
    QTest::newRow("same allele twice in ALT") << record("1|100|.|A|G,G|.|.|.") << u"ALT lists the variant A>G twice"_s;
    QTest::newRow("same position, other alleles")
        << record("1|100|.|A|G|.|.|.") + record("1|100|.|AC|A|.|.|.") + record("1|100|.|A|AT|.|.|.") << QString();
    QTest::newRow("symbolic alleles are not compared")
        << record("1|100|.|A|<DEL>|.|.|.") + record("1|100|.|A|<DEL>|.|.|.") << QString();
}

void TestVcfValidator::orderAndDuplicates()
{
    QFETCH(QByteArray, records);
    QFETCH(QString, expected);
    expectFirst(validate("##fileformat=VCFv4.3\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n" + records), expected);
}

void TestVcfValidator::fileRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<bool>("skip");

    const QByteArray header = "##fileformat=VCFv4.3\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    QTest::newRow("valid") << header + record("1|100|.|A|G|.|.|.") << QString() << qint64(0) << false;
    QTest::newRow("CRLF line ends") << QByteArray(header + record("1|100|.|A|G|.|.|.")).replace("\n", "\r\n")
                                    << QString() << qint64(0) << false;
    QTest::newRow("no final newline") << header + "1\t100\t.\tA\tG\t.\t.\t."
                                      << u"the last line does not end with a newline"_s << qint64(3) << false;
    QTest::newRow("empty file") << QByteArray() << u"the file is empty"_s << qint64(0) << false;
    QTest::newRow("no header line") << QByteArray("##fileformat=VCFv4.3\n") << u"the #CHROM header line is missing"_s
                                    << qint64(0) << false;
    QTest::newRow("data before the header")
        << "##fileformat=VCFv4.3\n" + record("1|100|.|A|G|.|.|.") + header.sliced(21)
        << u"data line before the #CHROM header line"_s << qint64(2) << true;
    QTest::newRow("meta line after the header")
        << header + "##source=x\n"
        << u"meta-information line after the #CHROM header line"_s << qint64(3) << false;
    QTest::newRow("empty line") << header + "\n" + record("1|100|.|A|G|.|.|.") << u"empty line"_s << qint64(3) << true;
}

void TestVcfValidator::fileRules()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(qint64, line);
    QFETCH(bool, skip);
    const QList<VcfValidator::Problem> problems = validate(text);
    expectFirst(problems, expected, skip);
    if (!problems.isEmpty())
        QCOMPARE(problems.front().line, line);
}

void TestVcfValidator::problemsAreCappedButCounted()
{
    VcfValidator v;
    v.checkMetaLine("##fileformat=VCFv4.3", 1);
    v.checkHeaderLine("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO", 2);
    const qint64 bad = VcfValidator::maxStoredProblems + 500;
    for (qint64 i = 0; i < bad; ++i)
        v.checkRecord("1\tx\t.\tA\tG\t.\t.\t.", 3 + i);
    QCOMPARE(v.problems().size(), VcfValidator::maxStoredProblems);
    QCOMPARE(v.problemCount(), bad);
    QCOMPARE(v.problems().back().line, 2 + VcfValidator::maxStoredProblems);
    const QList<VcfValidator::Problem> taken = v.takeProblems();
    QCOMPARE(taken.size(), VcfValidator::maxStoredProblems);
    QVERIFY(v.problems().isEmpty());
    QCOMPARE(v.problemCount(), bad);
}

void TestVcfValidator::lastRecordSkipped()
{
    VcfValidator v;
    v.checkMetaLine("##fileformat=VCFv4.3", 1);
    v.checkHeaderLine("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO", 2);
    v.checkRecord("1\t100\t.\tA\tG\t.\t.\t.", 3);
    QVERIFY(!v.lastRecordSkipped());
    v.checkRecord("1\t200\t.\tA\tG\t-1\t.\t.", 4); // a warning only
    QVERIFY(!v.lastRecordSkipped());
    QCOMPARE(v.problemCount(), 1);
    v.checkRecord("1\t300\t.\tB\tG\t.\t.\t.", 5);
    QVERIFY(v.lastRecordSkipped());
    v.checkRecord("1\t400\t.\tA\tG\t.\t.\t.", 6);
    QVERIFY(!v.lastRecordSkipped());
}

void TestVcfValidator::conformanceCorpus_data()
{
    QTest::addColumn<QString>("version");
    for (const char* v : {"4.1", "4.2", "4.3", "4.5"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestVcfValidator::conformanceCorpus()
{
    QFETCH(QString, version);
    const QString root = QStringLiteral(ONCOBOARD_SHARED_DATA_DIR "/robustness/hts-specs/test/vcf/") + version;
    if (!QDir(root).exists())
        QSKIP("the hts-specs VCF conformance suite is not in the shared data folder");

    QStringList failures;
    const QDir passed(root + u"/passed"_s);
    int clean = 0;
    int passedTotal = 0;
    for (const QString& name : passed.entryList({u"*.vcf"_s}, QDir::Files, QDir::Name)) {
        ++passedTotal;
        const FileResult r = validateFile(passed.filePath(name));
        const QStringList allowed = expectedWarnings(version, name);
        for (const VcfValidator::Problem& p : r.problems) {
            const bool expected = !p.skipRecord && std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString& a) {
                return p.message.contains(a);
            });
            if (!expected)
                failures << u"passed/%1 line %2%3: %4"_s.arg(name).arg(p.line).arg(
                    p.skipRecord ? u" (skip)"_s : QString(), p.message);
        }
        if (r.count == 0)
            ++clean;
        else
            qInfo().noquote() << u"passed/%1 warns (justified): %2"_s.arg(name, describe(r.problems));
    }

    const QDir failed(root + u"/failed"_s);
    int detected = 0;
    int failedTotal = 0;
    for (const QString& name : failed.entryList({u"*.vcf"_s}, QDir::Files, QDir::Name)) {
        ++failedTotal;
        const FileResult r = validateFile(failed.filePath(name));
        const QString key = version + u'/' + name;
        if (r.count > 0)
            ++detected;
        if (r.count == 0 && !expectedMisses.contains(key))
            failures << u"failed/%1 [%2] is not detected"_s.arg(name, r.cause);
        if (r.count > 0 && expectedMisses.contains(key))
            failures << u"failed/%1 is detected now: remove it from expectedMisses"_s.arg(name);
    }
    qInfo().noquote() << u"VCF %1: %2/%3 failed files detected, %4/%5 passed files without any warning"_s.arg(version)
                             .arg(detected)
                             .arg(failedTotal)
                             .arg(clean)
                             .arg(passedTotal);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestVcfValidator)
#include "tst_VcfValidator.moc"
