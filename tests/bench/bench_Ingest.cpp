// VCF ingest speed: OncoBoard's reader against `bcftools query` on the same file, in one run.
#include "BenchSupport.h"
#include "TestConfig.h"
#include "io/VcfReader.h"

#include <QCoreApplication>

#include <cstdio>

using namespace onco;

namespace {

const QString demo = QStringLiteral(ONCOBOARD_DEMO_VCF);

void oncoboardIngest(benchmark::State& state)
{
    size_t alterations = 0;
    for (auto _ : state) {
        Case c;
        if (!VcfReader::read(demo, {}, c)) {
            state.SkipWithError("read failed");
            return;
        }
        alterations = c.alterations.size();
        benchmark::DoNotOptimize(c);
    }
    state.counters["records"] = double(alterations);
}

void bcftoolsQuery(benchmark::State& state)
{
    for (auto _ : state) {
        const int rc = bench::runQuiet(QStringLiteral(BCFTOOLS_EXECUTABLE),
                                       {QStringLiteral("query"),
                                        QStringLiteral("-f"),
                                        QStringLiteral("%CHROM\t%POS\t%REF\t%ALT[\t%ADT]\n"),
                                        demo});
        if (rc != 0) {
            state.SkipWithError("bcftools query failed");
            return;
        }
    }
}

} // namespace

BENCHMARK(oncoboardIngest)->Unit(benchmark::kMillisecond);
BENCHMARK(bcftoolsQuery)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double ours = reporter.realTimeNs("oncoboardIngest");
    const double peer = reporter.realTimeNs("bcftoolsQuery");
    if (ours > 0 && peer > 0)
        std::printf("ingest ratio OncoBoard / bcftools query: %.2f (demo case, 3,317 records; bcftools time "
                    "includes its process start)\n",
                    ours / peer);
    std::printf("peak RSS: %.1f MiB\n", double(bench::peakRssBytes()) / (1024.0 * 1024.0));
    benchmark::Shutdown();
    return 0;
}
