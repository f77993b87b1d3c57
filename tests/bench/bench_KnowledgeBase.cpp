// Knowledge-base import: the bundled CIViC release into a fresh SQLite file (target <= 2 s).
#include "BenchSupport.h"
#include "kb/CivicImporter.h"
#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace onco;

namespace {

void importBundledCivic(benchmark::State& state)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kb.sqlite"));
        state.ResumeTiming();
        auto kb = KnowledgeBase::open(path);
        if (!kb || !(*kb)->ensureBundled()) {
            state.SkipWithError("import failed");
            return;
        }
        state.PauseTiming();
        kb->reset();
        bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        state.ResumeTiming();
    }
    state.counters["db_bytes"] = double(bytes);
}

} // namespace

BENCHMARK(importBundledCivic)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
