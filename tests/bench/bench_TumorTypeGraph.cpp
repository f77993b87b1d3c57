// Tumor-type graph: build from the bundled resources (target <= 200 ms) and relation queries.
#include "BenchSupport.h"
#include "ontology/TumorTypeGraph.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const QStringList& evidenceDoids()
{
    // Frequent CIViC diseases: melanoma, NSCLC, LUAD, colorectal, breast, CML, lung cancer, cancer.
    static const QStringList doids{
        u"1909"_s, u"3908"_s, u"3910"_s, u"9256"_s, u"1612"_s, u"8552"_s, u"1324"_s, u"162"_s};
    return doids;
}

void buildGraph(benchmark::State& state)
{
    for (auto _ : state) {
        auto graph = TumorTypeGraph::load();
        if (!graph) {
            state.SkipWithError("load failed");
            return;
        }
        benchmark::DoNotOptimize(graph->oncotreeCodeCount());
    }
    state.counters["peak_rss_bytes"] = double(bench::peakRssBytes());
}

/** relation() with its path, answers cached after the first round. */
void relationCached(benchmark::State& state)
{
    const TumorTypeGraph& graph = TumorTypeGraph::bundled();
    const QStringList codes = graph.oncotreeCodes();
    qsizetype i = 0;
    for (auto _ : state) {
        const QString& code = codes[i % codes.size()];
        const QString& doid = evidenceDoids()[(i / codes.size()) % evidenceDoids().size()];
        benchmark::DoNotOptimize(graph.relation(code, doid));
        ++i;
    }
}

/** relation() on a fresh graph: every answer builds its path. */
void relationUncached(benchmark::State& state)
{
    const QStringList codes = TumorTypeGraph::bundled().oncotreeCodes();
    for (auto _ : state) {
        state.PauseTiming();
        auto graph = TumorTypeGraph::load();
        state.ResumeTiming();
        for (const QString& code : codes) {
            for (const QString& doid : evidenceDoids())
                benchmark::DoNotOptimize(graph->relation(code, doid));
        }
    }
    state.SetItemsProcessed(state.iterations() * codes.size() * evidenceDoids().size());
}

/** classify(): the relation without a path. */
void classify(benchmark::State& state)
{
    const TumorTypeGraph& graph = TumorTypeGraph::bundled();
    const QStringList codes = graph.oncotreeCodes();
    qsizetype i = 0;
    for (auto _ : state) {
        const QString& code = codes[i % codes.size()];
        const QString& doid = evidenceDoids()[(i / codes.size()) % evidenceDoids().size()];
        benchmark::DoNotOptimize(graph.classify(code, doid));
        ++i;
    }
}

} // namespace

BENCHMARK(buildGraph)->Unit(benchmark::kMillisecond);
BENCHMARK(relationCached)->Unit(benchmark::kNanosecond);
BENCHMARK(relationUncached)->Unit(benchmark::kMillisecond);
BENCHMARK(classify)->Unit(benchmark::kNanosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
