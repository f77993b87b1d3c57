#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "io/TsvReader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/Tiering.h"
#include "ontology/TumorTypeGraph.h"
#include "report/AnnotationJson.h"
#include "report/FhirReport.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"
#include "report/TsvReport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <optional>
#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

/**
 * Golden files: the demo case's annotation JSON, TSV, report JSON and FHIR bundle, and the tier
 * calls of whole real cohorts, compared byte for byte with tests/data/golden/. Every change of a
 * clinical rule shows up here as a reviewable diff; scripts/regenerate-golden writes them anew
 * (ONCOBOARD_REGENERATE_GOLDEN=1).
 */
class TestGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoCase();
    void cohorts_data();
    void cohorts();
    void tumorTypeRelations();

private:
    void compare(const QString& name, const QByteArray& actual);
    QByteArray cohortCalls(const QStringList& inputs,
                           const QString& tumorType,
                           const QStringList& samples,
                           GenomeBuild genome = GenomeBuild::Unknown);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    bool m_regenerate = false;
};

namespace {

const QString generatedAt = u"2026-01-01 00:00 UTC"_s;

/** gzip with no name and no time stamp: the same content gives the same bytes. Empty on error. */
QByteArray gzip(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

/** The content of a gzip file's bytes; nullopt when they are not gzip. */
std::optional<QByteArray> gunzip(const QByteArray& data)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[1 << 16];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    return out;
}

QString goldenPath(const QString& name)
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/golden/") + name;
}

/** The distinct values of the sample column of a mutation table, in order of appearance. */
QStringList samplesOf(const QString& path)
{
    TsvReader t;
    if (!t.open(path, true))
        return {};
    const int column = t.findColumn({"Tumor_Sample_Barcode", "SAMPLE_ID"});
    QStringList samples;
    std::set<QString> seen;
    while (t.next()) {
        const QString s = t.text(column);
        if (!s.isEmpty() && seen.insert(s).second)
            samples << s;
    }
    return samples;
}

QString clean(QString s)
{
    return s.replace(u'\t', u' ').replace(u'\n', u' ');
}

} // namespace

void TestGolden::initTestCase()
{
    m_regenerate = qEnvironmentVariableIsSet("ONCOBOARD_REGENERATE_GOLDEN");
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
    // Input paths are written as given: relative to the source tree, wherever it is checked out.
    QVERIFY(QDir::setCurrent(QStringLiteral(ONCOBOARD_SOURCE_DIR)));
}

void TestGolden::compare(const QString& name, const QByteArray& actual)
{
    const QString path = goldenPath(name);
    if (m_regenerate) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        const QByteArray bytes = path.endsWith(u".gz"_s) ? gzip(actual) : actual;
        QVERIFY2(!bytes.isEmpty() || actual.isEmpty(), "gzip failed");
        f.write(bytes);
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(u"missing golden file %1 (scripts/regenerate-golden)"_s.arg(path)));
    QByteArray expected = f.readAll();
    // The largest golden files are kept gzip-compressed (zdiff or `git diff --textconv` reads them).
    if (path.endsWith(u".gz"_s)) {
        const auto plain = gunzip(expected);
        QVERIFY2(plain, qPrintable(u"%1 is not gzip (scripts/regenerate-golden)"_s.arg(path)));
        expected = *plain;
    }
    if (expected == actual)
        return;
    // Name the first differing line so that the failure says what changed.
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    qsizetype line = 0;
    while (line < e.size() && line < a.size() && e[line] == a[line])
        ++line;
    QFAIL(qPrintable(u"%1 differs from the golden file at line %2:\n  golden: %3\n  now:    %4\n(review the change, "
                     "then run scripts/regenerate-golden)"_s.arg(name)
                         .arg(line + 1)
                         .arg(QString::fromUtf8(line < e.size() ? e[line] : QByteArray("<end>")),
                              QString::fromUtf8(line < a.size() ? a[line] : QByteArray("<end>")))));
}

void TestGolden::demoCase()
{
    CaseLoadOptions options;
    options.tumorType = u"COAD"_s;
    auto c = CaseLoader::load(
        {u"resources/demo/T001-COAD.grch37.vcf.gz"_s, u"resources/demo/T001-COAD.grch37.cna.tsv"_s}, options);
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    auto result = Annotator::annotate(std::move(*c), *m_kb);
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    compare(u"demo/annotation.json.gz"_s, AnnotationJson::write(*result));
    compare(u"demo/annotation.tsv"_s, TsvReport::write(*result));
    const ReportCase report = ReportCase::fromAnnotation(*result);
    compare(u"demo/report.json.gz"_s, ReportJson::write(report, generatedAt));
    compare(u"demo/fhir.json"_s, FhirReport::write(report));
}

QByteArray TestGolden::cohortCalls(const QStringList& inputs,
                                   const QString& tumorType,
                                   const QStringList& samples,
                                   GenomeBuild genome)
{
    QByteArray out = "sample\ttumor_type\talteration\tamp\tbasis\tevidence\tescat\toncokb_style\tflags\treason\n";
    for (const QString& sample : samples) {
        CaseLoadOptions options;
        options.genome = genome;
        options.tumorType = tumorType;
        options.tumorSample = sample;
        auto c = CaseLoader::load(inputs, options);
        if (!c) {
            out += (sample + u"\t\terror: "_s + clean(c.error().message) + u'\n').toUtf8();
            continue;
        }
        auto result = Annotator::annotate(std::move(*c), *m_kb);
        if (!result) {
            out += (sample + u"\t\terror: "_s + clean(result.error().message) + u'\n').toUtf8();
            continue;
        }
        for (const AlterationCall& call : result->calls) {
            const Alteration& a = result->caseData.alterations[size_t(call.alteration)];
            const QString evidence =
                call.amp.evidence >= 0 ? result->evidence[size_t(call.amp.evidence)].displayId : QString();
            const QStringList fields{sample,
                                     result->caseData.tumorType,
                                     alterationReference(a),
                                     call.amp.tier,
                                     call.amp.basis,
                                     evidence,
                                     call.escat.tier,
                                     call.oncokb.tier,
                                     Tiering::flagCodes(call.flags).join(u','),
                                     call.amp.reason};
            QStringList cleaned;
            for (const QString& f : fields)
                cleaned << clean(f);
            out += cleaned.join(u'\t').toUtf8() + '\n';
        }
    }
    return out;
}

void TestGolden::cohorts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("tumorType");
    QTest::newRow("tcga_laml") << u"tcga_laml"_s << QStringList{u"tests/data/maf/maftools_tcga_laml.maf.gz"_s}
                               << u"AML"_s;
    // A minimal MAF (place and alleles only) of TCGA calls, which are on GRCh37: OncoBoard predicts
    // gene and effect from the bundled transcript models.
    QTest::newRow("tcga_brca") << u"tcga_brca"_s << QStringList{u"tests/data/maf/vcf2maf_minimalist_test_maf.tsv"_s}
                               << u"BRCA"_s;
    QTest::newRow("apl") << u"apl"_s << QStringList{u"tests/data/maf/maftools_APL_primary.maf.gz"_s} << u"APLPMLRARA"_s;
    // Tumor types per sample from the clinical table.
    QTest::newRow("oncokb_examples") << u"oncokb_examples"_s
                                     << QStringList{u"tests/data/oncokb_examples/oncokb_example_maf.txt"_s,
                                                    u"tests/data/oncokb_examples/oncokb_example_fusions.txt"_s,
                                                    u"tests/data/oncokb_examples/oncokb_example_cna.txt"_s,
                                                    u"tests/data/oncokb_examples/oncokb_example_clinical.txt"_s}
                                     << QString();
}

void TestGolden::cohorts()
{
    QFETCH(QString, name);
    QFETCH(QStringList, inputs);
    QFETCH(QString, tumorType);
    QStringList samples = samplesOf(inputs.first());
    if (name == u"oncokb_examples") {
        // Every sample the clinical table names, whatever file holds its alterations.
        samples = samplesOf(inputs.last());
    }
    QVERIFY(!samples.isEmpty());
    compare(u"cohorts/%1.calls.tsv"_s.arg(name),
            cohortCalls(inputs, tumorType, samples, name == u"tcga_brca" ? GenomeBuild::GRCh37 : GenomeBuild::Unknown));
}

void TestGolden::tumorTypeRelations()
{
    // Every OncoTree code against every disease of the bundled CIViC release that has a level A or
    // B item: the on-label relations (same, evidence_broader, evidence_narrower) by disease, and how
    // many are unknown. Unrelated pairs are the rest.
    auto release = m_kb->activeRelease(u"CIViC"_s);
    QVERIFY(release);
    auto s = m_kb->database().prepare("SELECT DISTINCT coalesce(doid, ''), disease FROM evidence WHERE release_id = ? "
                                      "AND level IN ('A', 'B') ORDER BY 1, 2");
    QVERIFY(s);
    s->bind(1, release->id);
    QList<QPair<QString, QString>> diseases;
    while (s->step())
        diseases.append({s->text(0), s->text(1)});
    QVERIFY(diseases.size() > 150);
    const TumorTypeGraph& graph = TumorTypeGraph::bundled();
    // Narrower relations under a condition (a receptor-defined subtype, or a subtype of a DOID the
    // code only borrows) are listed apart: they are on-label only when the case meets the condition.
    QByteArray out = "code\tsame\tevidence_broader\tevidence_narrower\tnarrower_if\tunknown\n";
    for (const QString& code : graph.oncotreeCodes()) {
        QStringList same, broader, narrower, conditional;
        int unknown = 0;
        for (const auto& [doid, name] : diseases) {
            const QString label = doid.isEmpty() ? name : doid;
            const RelationAnswer answer = graph.relation(code, doid, name);
            if (!answer.condition.isEmpty()) {
                conditional << label + u':' + answer.condition;
                continue;
            }
            switch (answer.relation) {
            case TumorRelation::Same:
                same << label;
                break;
            case TumorRelation::EvidenceBroader:
                broader << label;
                break;
            case TumorRelation::EvidenceNarrower:
                narrower << label;
                break;
            case TumorRelation::Unknown:
                ++unknown;
                break;
            case TumorRelation::Unrelated:
                break;
            }
        }
        const QStringList fields{code,
                                 same.join(u','),
                                 broader.join(u','),
                                 narrower.join(u','),
                                 conditional.join(u';'),
                                 QString::number(unknown)};
        out += (fields.join(u'\t') + u'\n').toUtf8();
    }
    compare(u"relations/oncotree_vs_civic_ab.tsv"_s, out);
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_Golden.moc"
