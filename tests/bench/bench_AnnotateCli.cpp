// The whole `oncoboard-cli annotate` run on a file shaped like a real VEP-annotated tumor/normal
// VCF (the CSQ field carries every transcript), with its JSON and TSV outputs, against
// `bcftools query` printing the positions and read counts of the same file, in the same run.
// The file: the records of the HCC1395 VEP VCF (the shared data's whole file when present beside
// the project, else the subset in tests/data), repeated along the genome to 200,000 records.

#include "BenchSupport.h"
#include "TestConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

using namespace onco;

namespace {

constexpr qint64 records = 200'000;

QString vepFile()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("vep-200k.vcf.gz"));
}

QString sourceFile()
{
    const QString shared =
        QStringLiteral(ONCOBOARD_SHARED_DATA_DIR "/cases/vcf/annotated/HCC1395_tumor_normal.vep_csq.expression.vcf.gz");
    return QFileInfo::exists(shared) ? shared
                                     : QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/HCC1395_subset.vep_csq.vcf.gz");
}

int run(const QString& program, const QStringList& arguments)
{
    return bench::runQuiet(program, arguments, bench::cliEnvironment());
}

void annotate(benchmark::State& state, const char* format)
{
    const QString out = QDir::temp().filePath(QStringLiteral("oncoboard-bench-out"));
    for (auto _ : state) {
        if (run(QStringLiteral(ONCOBOARD_CLI_EXECUTABLE),
                {QStringLiteral("annotate"),
                 vepFile(),
                 QStringLiteral("--tumor-type"),
                 QStringLiteral("BRCA"),
                 QString::fromLatin1(format),
                 out})
            != 0) {
            state.SkipWithError("oncoboard-cli annotate failed");
            return;
        }
    }
    state.counters["output_MB"] = double(QFileInfo(out).size()) / 1e6;
    QFile::remove(out);
}

void oncoboardAnnotateJson(benchmark::State& state)
{
    annotate(state, "--json");
}

void oncoboardAnnotateTsv(benchmark::State& state)
{
    annotate(state, "--tsv");
}

void bcftoolsQuery(benchmark::State& state)
{
    for (auto _ : state)
        if (run(QStringLiteral(BCFTOOLS_EXECUTABLE),
                {QStringLiteral("query"),
                 QStringLiteral("-f"),
                 QStringLiteral("%CHROM %POS %REF %ALT [%AD]\n"),
                 vepFile()})
            != 0) {
            state.SkipWithError("bcftools query failed");
            return;
        }
}

/** Peak RSS of one CLI run (KiB). */
long peakRssKiB(const char* format)
{
    return bench::childPeakRssKiB(QStringLiteral(ONCOBOARD_CLI_EXECUTABLE),
                                  {QStringLiteral("annotate"),
                                   vepFile(),
                                   QStringLiteral("--tumor-type"),
                                   QStringLiteral("BRCA"),
                                   QString::fromLatin1(format),
                                   QStringLiteral("/dev/null")},
                                  bench::cliEnvironment());
}

} // namespace

BENCHMARK(oncoboardAnnotateJson)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(oncoboardAnnotateTsv)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(bcftoolsQuery)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!bench::repeatAlongGenome(sourceFile(), vepFile(), records, "chr", 211)) {
        std::fprintf(stderr, "cannot write %s from %s\n", qPrintable(vepFile()), qPrintable(sourceFile()));
        return 1;
    }
    // A first run creates the knowledge base, which the timed runs then open.
    if (run(QStringLiteral(ONCOBOARD_CLI_EXECUTABLE), {QStringLiteral("kb"), QStringLiteral("list")}) != 0) {
        std::fprintf(stderr, "oncoboard-cli kb list failed\n");
        return 1;
    }
    std::printf("%s: %lld records from %s\n",
                qPrintable(vepFile()),
                static_cast<long long>(records),
                qPrintable(QFileInfo(sourceFile()).fileName()));
    for (const char* format : {"--json", "--tsv"}) {
        const long kib = peakRssKiB(format);
        std::printf("annotate %s: peak RSS %.1f MiB, %.0f bytes per record\n",
                    format,
                    double(kib) / 1024.0,
                    double(kib) * 1024.0 / double(records));
    }
    benchmark::Initialize(&argc, argv);
    bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double peer = reporter.realTimeNs("bcftoolsQuery/iterations:3");
    for (const char* name : {"oncoboardAnnotateJson/iterations:3", "oncoboardAnnotateTsv/iterations:3"})
        if (const double ours = reporter.realTimeNs(name); ours > 0 && peer > 0)
            std::printf("%s / bcftools query: %.2f (target <= 2.0, goal 1.5)\n", name, ours / peer);
    benchmark::Shutdown();
    return 0;
}
