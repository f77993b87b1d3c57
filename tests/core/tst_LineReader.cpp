// LineReader on BGZF: whole blocks are inflated with libdeflate, anything else by zlib's stream.
// The text and the errors must be exactly what zlib alone gives: each file is read twice, as BGZF
// and with its first block's "BC" mark changed so that it is read as plain gzip, and the lines,
// the error and its line number compared, on a real bgzipped VCF whole, cut inside a block,
// damaged inside a block, and followed by a plain gzip member. TsvReader's fields on top of it
// are the rows split at tabs and trimmed, as QByteArray gives them.

#include "TestConfig.h"
#include "io/LineReader.h"
#include "io/TsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestLineReader : public QObject
{
    Q_OBJECT

private slots:
    void bgzfReadsAsTheStreamDoes_data();
    void bgzfReadsAsTheStreamDoes();
    void plainTextAndGzipGiveTheSameLines();
    void tsvFieldsAreTheTabSeparatedTextTrimmed();
};

namespace {

struct Reading
{
    QList<QByteArray> lines;
    QString error;
    qint64 errorLine = 0;
};

Reading readAll(const QString& path)
{
    Reading r;
    LineReader reader;
    if (auto opened = reader.open(path); !opened) {
        r.error = opened.error().message;
        return r;
    }
    QByteArrayView line;
    while (reader.next(line))
        r.lines << line.toByteArray();
    if (reader.error()) {
        r.error = reader.error()->message;
        r.errorLine = reader.error()->line;
    }
    return r;
}

QByteArray bgzfFile()
{
    QFile f(QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u"/vcf/HCC1395_subset.vep_csq.vcf.gz"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A gzip member of `text` (zlib's gzip wrapper, no BGZF mark). */
QByteArray gzipMember(const QByteArray& text)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(text.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.constData()));
    z.avail_in = uInt(text.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(out.size() - qsizetype(z.avail_out));
    deflateEnd(&z);
    return out;
}

/** The start of the BGZF block after the one at `at`. */
qsizetype nextBlock(const QByteArray& bgzf, qsizetype at)
{
    const auto* h = reinterpret_cast<const uchar*>(bgzf.constData() + at);
    return at + qsizetype(h[16] | (h[17] << 8)) + 1;
}

} // namespace

void TestLineReader::bgzfReadsAsTheStreamDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("failsToo");
    const QByteArray whole = bgzfFile();
    QVERIFY(whole.size() > 50'000); // eleven BGZF blocks
    // The blocks: a cut and a damage inside the fourth one.
    qsizetype fourth = 0;
    for (int k = 0; k < 3; ++k)
        fourth = nextBlock(whole, fourth);
    const qsizetype fifth = nextBlock(whole, fourth);
    QVERIFY(fifth < whole.size());
    QTest::newRow("whole") << whole << false;
    QTest::newRow("cut inside a block") << whole.left((fourth + fifth) / 2) << true;
    QByteArray damaged = whole;
    for (qsizetype i = fourth + 200; i < fourth + 264; ++i)
        damaged[i] = char(~damaged[i]);
    QTest::newRow("damaged inside a block") << damaged << true;
    QByteArray crc = whole;
    crc[fifth - 8] = char(~crc[fifth - 8]); // the fourth block's CRC32
    QTest::newRow("wrong checksum") << crc << true;
    QTest::newRow("then a plain gzip member")
        << whole + gzipMember("#another member\nchr1\t1\t.\tA\tC\t.\tPASS\t.\n") << true; // its tail is no BGZF end
}

void TestLineReader::bgzfReadsAsTheStreamDoes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, failsToo);
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& content) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return QString();
        return f.fileName();
    };
    const QString asBgzf = write(u"blocks.vcf.gz"_s, bytes);
    QByteArray unmarked = bytes;
    unmarked[12] = 'X'; // the first block's extra field no longer says BGZF: read as a gzip stream
    const QString asStream = write(u"stream.vcf.gz"_s, unmarked);
    QVERIFY(!asBgzf.isEmpty() && !asStream.isEmpty());

    const Reading blocks = readAll(asBgzf);
    const Reading stream = readAll(asStream);
    QVERIFY(blocks.lines.size() > 100);
    QCOMPARE(blocks.lines.size(), stream.lines.size());
    QVERIFY(blocks.lines == stream.lines);
    if (failsToo) {
        QVERIFY(!blocks.error.isEmpty());
        QVERIFY2(blocks.error.contains(u"gzip"_s) || blocks.error.contains(u"BGZF"_s), qPrintable(blocks.error));
    } else {
        QVERIFY2(blocks.error.isEmpty(), qPrintable(blocks.error));
    }
    // The stream knows no BGZF end-of-file block: only its own errors are compared.
    if (!stream.error.isEmpty()) {
        QCOMPARE(blocks.error, stream.error);
        QCOMPARE(blocks.errorLine, stream.errorLine);
    }
}

void TestLineReader::plainTextAndGzipGiveTheSameLines()
{
    // The decompressed text, written plain and as one gzip member, reads as the BGZF file does.
    QTemporaryDir dir;
    const QString bgzfPath = dir.filePath(u"in.vcf.gz"_s);
    {
        QFile f(bgzfPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bgzfFile());
    }
    const Reading blocks = readAll(bgzfPath);
    QVERIFY(blocks.error.isEmpty());
    QByteArray text;
    for (const QByteArray& l : blocks.lines)
        text += l + '\n';
    const QString plain = dir.filePath(u"in.vcf"_s);
    const QString member = dir.filePath(u"member.vcf.gz"_s);
    for (const auto& [path, content] : {std::pair{plain, text}, {member, gzipMember(text)}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QVERIFY(readAll(plain).lines == blocks.lines);
    QVERIFY(readAll(member).lines == blocks.lines);
    QVERIFY(text.startsWith("##fileformat=VCF"));
}

/**
 * TsvReader's fields are each row split at every tab and trimmed of spaces, as
 * QByteArray::split() and trimmed() give them: on a real 114-column vcf2maf MAF, and on rows made
 * to put tabs, spaces, empty fields and other white space at every offset of a 16-byte block.
 */
void TestLineReader::tsvFieldsAreTheTabSeparatedTextTrimmed()
{
    auto expected = [](const QByteArray& line) {
        QList<QByteArray> fields;
        for (const QByteArray& f : line.split('\t'))
            fields << f.trimmed();
        return fields;
    };
    auto compare = [&](const QString& path, bool skipComments) -> qsizetype {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        QList<QByteArray> lines;
        for (const QByteArray& l : file.readAll().split('\n'))
            if (!l.trimmed().isEmpty() && !(skipComments && l.startsWith('#')))
                lines << (l.endsWith('\r') ? l.chopped(1) : l);
        TsvReader tsv;
        if (!tsv.open(path, skipComments))
            return -1;
        if (tsv.header() != expected(lines.value(0)))
            return -1;
        qsizetype rows = 0;
        while (tsv.next()) {
            const QList<QByteArray> want = expected(lines.value(rows + 1));
            if (tsv.fieldCount() != want.size())
                return -1;
            for (int i = 0; i < want.size(); ++i)
                if (tsv.field(i) != want[i]) {
                    qWarning("row %lld field %d: '%s' against '%s'",
                             qint64(rows + 1),
                             i,
                             tsv.field(i).toByteArray().constData(),
                             want[i].constData());
                    return -1;
                }
            ++rows;
        }
        return rows + 1 == lines.size() ? rows : -1;
    };
    const qsizetype mafRows = compare(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_b38_output.maf"), true);
    QVERIFY(mafRows > 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString made = dir.filePath(u"made.tsv"_s);
    QFile out(made);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("a\tb\tc\n");
    const char* const pieces[] = {"x", "", " ", "  yy ", "0123456789abcdef", " \x01 ", "zz\v", "\f1"};
    qsizetype madeRows = 0;
    for (int shift = 0; shift < 17; ++shift) {
        for (int n = 0; n < 24; ++n) {
            QByteArray row(shift, 'p');
            for (int k = 0; k < n; ++k)
                row += '\t' + QByteArray(pieces[(k * 3 + shift) % 8]);
            if (row.trimmed().isEmpty())
                continue; // a blank line is no row
            out.write(row + '\n');
            ++madeRows;
        }
    }
    out.close();
    QCOMPARE(compare(made, false), madeRows);
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_LineReader.moc"
