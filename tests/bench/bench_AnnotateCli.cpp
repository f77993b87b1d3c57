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
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

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

/** The process environment of the CLI runs: a knowledge base of its own, made by a first run. */
QProcessEnvironment& environment()
{
    static QTemporaryDir home;
    static QProcessEnvironment env = [] {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        return e;
    }();
    return env;
}

int run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, arguments);
    if (!p.waitForFinished(-1))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
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

/** Peak RSS of one CLI run (the largest of this process's waited-for children). */
long peakRssKiB(const char* format)
{
    const pid_t child = fork();
    if (child == 0) {
        const QByteArray data = environment().value(QStringLiteral("XDG_DATA_HOME")).toLocal8Bit();
        const QByteArray config = environment().value(QStringLiteral("XDG_CONFIG_HOME")).toLocal8Bit();
        setenv("XDG_DATA_HOME", data.constData(), 1);
        setenv("XDG_CONFIG_HOME", config.constData(), 1);
        std::freopen("/dev/null", "w", stderr);
        const QByteArray file = QFile::encodeName(vepFile());
        execl(ONCOBOARD_CLI_EXECUTABLE,
              "oncoboard-cli",
              "annotate",
              file.constData(),
              "--tumor-type",
              "BRCA",
              format,
              "/dev/null",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
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
