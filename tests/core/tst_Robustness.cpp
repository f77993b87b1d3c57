#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "io/LineReader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

/**
 * Every file of the shared robustness corpus goes through the real loader: the hts-specs
 * conformance suite (passed/ must load cleanly, failed/ must be refused or warned), the htslib
 * and bcftools test files (nothing may crash or hang), and cBioPortal's validator files with
 * deliberate errors (a clear message or a refusal). Skips when the corpus is absent.
 */
class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conformanceSuite();
    void htslibAndBcftoolsFilesNeverCrash();
    void cbioportalBadFilesAreReported();

private:
    QString m_root;
};

namespace {

struct Outcome
{
    bool refused = false;
    QString error;
    qint64 skipped = 0;
    qint64 warnings = 0;
    QString firstIssue;
};

/** The first sample of a VCF's #CHROM line, so a multi-sample file is read as tumor-only. */
QString firstSample(const QString& path)
{
    LineReader lines;
    if (!lines.open(path))
        return {};
    QByteArrayView line;
    for (int i = 0; i < 10000 && lines.next(line); ++i) {
        if (line.startsWith("#CHROM")) {
            const QList<QByteArray> cols = line.toByteArray().split('\t');
            return cols.size() > 9 ? QString::fromUtf8(cols[9]) : QString();
        }
    }
    return {};
}

Outcome load(const QString& path, bool tumorOnly, GenomeBuild genome = GenomeBuild::Unknown)
{
    CaseLoadOptions options;
    options.genome = genome;
    if (tumorOnly)
        options.tumorSample = firstSample(path);
    Outcome o;
    auto c = CaseLoader::load({path}, options);
    if (!c && !c.error().choices.isEmpty()) {
        // A cohort file: take its first sample as the patient's, so that errors inside are reached.
        options.tumorSample = c.error().choices.front();
        c = CaseLoader::load({path}, options);
    }
    if (!c) {
        o.refused = true;
        o.error = c.error().toString();
        return o;
    }
    o.skipped = c->skippedRecords;
    o.warnings = c->warningCount;
    if (!c->issues.isEmpty())
        o.firstIssue = c->issues.front().toString();
    return o;
}

QString causeOfFailure(const QString& path)
{
    LineReader lines;
    if (!lines.open(path))
        return {};
    QByteArrayView line;
    for (int i = 0; i < 200 && lines.next(line); ++i)
        if (line.startsWith("##CauseOfFailure="))
            return QString::fromUtf8(line.sliced(17));
    return {};
}

} // namespace

void TestRobustness::initTestCase()
{
    m_root = QStringLiteral(ONCOBOARD_SHARED_DATA_DIR "/robustness");
    if (!QFileInfo::exists(m_root))
        QSKIP("the shared robustness corpus (../shared/data/robustness) is not beside the repository");
}

void TestRobustness::conformanceSuite()
{
    QStringList silentlyAccepted;
    QStringList passedWithProblems;
    int failedTotal = 0;
    int refused = 0;
    int warned = 0;
    int passedTotal = 0;
    QDirIterator it(m_root + u"/hts-specs/test/vcf"_s, {u"*.vcf"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool mustFail = path.contains(u"/failed/"_s);
        const Outcome o = load(path, true);
        const QString name = path.mid(m_root.size() + 1);
        if (mustFail) {
            ++failedTotal;
            if (o.refused)
                ++refused;
            else if (o.skipped > 0 || o.warnings > 0)
                ++warned;
            else
                silentlyAccepted << u"%1\t%2"_s.arg(name, causeOfFailure(path));
        } else if (path.contains(u"/passed/"_s)) {
            ++passedTotal;
            if (o.refused || o.skipped > 0)
                passedWithProblems << u"%1\t%2"_s.arg(name, o.refused ? o.error : o.firstIssue);
        }
    }
    qInfo("hts-specs failed/: %d files, %d refused, %d warned, %d accepted silently",
          failedTotal,
          refused,
          warned,
          int(silentlyAccepted.size()));
    for (const QString& s : silentlyAccepted)
        qInfo("accepted silently: %s", qPrintable(s));
    qInfo("hts-specs passed/: %d files, %d with a refusal or a skipped record",
          passedTotal,
          int(passedWithProblems.size()));
    for (const QString& s : passedWithProblems)
        qInfo("passed/ file not loaded cleanly: %s", qPrintable(s));
    QVERIFY(failedTotal > 600);
    QVERIFY2(passedWithProblems.isEmpty(), qPrintable(passedWithProblems.join(u'\n')));
    // Every silent acceptance is listed above; the number may only go down.
    QVERIFY2(silentlyAccepted.size() <= ROBUSTNESS_MAX_SILENT, "more failed/ files accepted silently than before");
}

void TestRobustness::htslibAndBcftoolsFilesNeverCrash()
{
    int files = 0;
    int loaded = 0;
    for (const QString& dir : {u"/htslib"_s, u"/bcftools"_s}) {
        QDirIterator it(m_root + dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const Outcome o = load(path, true);
            loaded += o.refused ? 0 : 1;
            if (o.refused)
                QVERIFY2(!o.error.isEmpty(), qPrintable(path)); // a refusal always says why
        }
    }
    qInfo(
        "htslib and bcftools test files: %d read, %d loaded, %d refused with a message", files, loaded, files - loaded);
    QVERIFY(files > 500);
}

void TestRobustness::cbioportalBadFilesAreReported()
{
    QStringList silent;
    int files = 0;
    QDirIterator it(m_root + u"/cbioportal"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(u"meta_"_s))
            continue;
        ++files;
        // Cohort files: the first sample stands for the patient, so that errors inside are reached.
        const Outcome o = load(path, false, GenomeBuild::GRCh37); // cBioPortal's test study is hg19
        const bool reported = o.refused || o.skipped > 0 || o.warnings > 0;
        const bool meantToBeValid = name.contains(u"valid"_s) && !name.contains(u"invalid"_s);
        qInfo("%-60s %s",
              qPrintable(path.mid(m_root.size() + 1)),
              qPrintable(o.refused ? u"refused: "_s + o.error
                         : reported
                             ? u"loaded, %1 skipped, %2 warnings: %3"_s.arg(o.skipped).arg(o.warnings).arg(o.firstIssue)
                             : u"loaded cleanly"_s));
        if (!reported && !meantToBeValid)
            silent << name;
    }
    qInfo("cBioPortal files: %d, loaded cleanly without being meant valid: %d", files, int(silent.size()));
    QVERIFY(files > 50);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_Robustness.moc"
