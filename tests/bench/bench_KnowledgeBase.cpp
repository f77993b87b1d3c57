// Knowledge-base imports (target: a full CIViC release <= 2 s) and the cost of the look-ups
// annotation makes: matcher set-up, matching per alteration, therapy-name resolution.
#include "BenchSupport.h"
#include "kb/CivicImporter.h"
#include "kb/KnowledgeBase.h"
#include "kb/ReferenceImporter.h"
#include "match/Matcher.h"
#include "model/AnnotationResult.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace onco;

namespace {

qint64 databaseBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

/** Runs `import` on a fresh knowledge base (schema only) per iteration; reports the file size. */
template <typename Import> void importInto(benchmark::State& state, Import import)
{
    qint64 bytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kb.sqlite"));
        auto kb = KnowledgeBase::open(path);
        if (!kb) {
            state.SkipWithError("cannot open");
            return;
        }
        state.ResumeTiming();
        if (!import(**kb)) {
            state.SkipWithError("import failed");
            return;
        }
        state.PauseTiming();
        kb->reset();
        bytes = databaseBytes(path);
        state.ResumeTiming();
    }
    state.counters["db_bytes"] = double(bytes);
}

void importCivic2025(benchmark::State& state)
{
    importInto(state, [](KnowledgeBase& kb) {
        return bool(CivicImporter::import(kb.database(), KnowledgeBase::bundledCivicDirectory(), true));
    });
}

void importCancerMine(benchmark::State& state)
{
    importInto(state, [](KnowledgeBase& kb) {
        return bool(
            ReferenceImporter::importCancerMine(kb.database(), ReferenceImporter::bundledCancerMinePath(), true));
    });
}

void importTherapySynonyms(benchmark::State& state)
{
    importInto(state, [](KnowledgeBase& kb) {
        return bool(ReferenceImporter::importTherapySynonyms(kb.database(),
                                                             ReferenceImporter::bundledTherapySynonymsPath(),
                                                             true,
                                                             ReferenceImporter::bundledTherapySynonymsRelease()));
    });
}

/** First start: every bundled release (CIViC, CancerMine, pharmOncoX). */
void firstStart(benchmark::State& state)
{
    importInto(state, [](KnowledgeBase& kb) { return bool(kb.ensureBundled()); });
}

/** One knowledge base with the bundled releases, shared by the look-up benchmarks. */
KnowledgeBase& sharedKb()
{
    static QTemporaryDir dir;
    static std::unique_ptr<KnowledgeBase> kb = [] {
        auto opened = KnowledgeBase::open(dir.filePath(QStringLiteral("kb.sqlite")));
        if (!opened || !(*opened)->ensureBundled())
            qFatal("cannot build the knowledge base");
        return std::move(opened.value());
    }();
    return *kb;
}

void matcherSetUp(benchmark::State& state)
{
    KnowledgeBase& kb = sharedKb();
    const auto release = kb.activeRelease(QStringLiteral("CIViC"));
    for (auto _ : state) {
        auto matcher = Matcher::create(kb, *release);
        benchmark::DoNotOptimize(matcher);
    }
}

/** Matching a case of N protein changes, a tenth of them in CIViC: cost per alteration. */
void matchPerAlteration(benchmark::State& state)
{
    KnowledgeBase& kb = sharedKb();
    const auto release = kb.activeRelease(QStringLiteral("CIViC"));
    auto matcher = Matcher::create(kb, *release);
    Case c;
    const int n = int(state.range(0));
    for (int i = 0; i < n; ++i) {
        Alteration a;
        a.detail().gene = i % 10 == 0 ? QStringLiteral("BRAF") : QStringLiteral("GENE%1").arg(i);
        a.detail().hgvsp = i % 10 == 0 ? QStringLiteral("p.V600E") : QStringLiteral("p.R%1W").arg(i % 900 + 1);
        c.alterations.push_back(a);
    }
    for (auto _ : state) {
        AnnotationResult result;
        result.caseData = c;
        if (!matcher->annotate(kb, result)) {
            state.SkipWithError("annotate failed");
            return;
        }
        benchmark::DoNotOptimize(result.matches.size());
    }
    state.SetItemsProcessed(state.iterations() * n);
}

void therapyCanonical(benchmark::State& state)
{
    auto vocabulary = TherapyVocabulary::open(sharedKb().database());
    const QStringList names{QStringLiteral("PLX4032"),
                            QStringLiteral("Zelboraf"),
                            QStringLiteral("trastuzumab"),
                            QStringLiteral("no such drug")};
    qsizetype i = 0;
    for (auto _ : state) {
        auto name = vocabulary->canonical(names[i++ % names.size()]);
        benchmark::DoNotOptimize(name);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(importCivic2025)->Unit(benchmark::kMillisecond);
BENCHMARK(importCancerMine)->Unit(benchmark::kMillisecond);
BENCHMARK(importTherapySynonyms)->Unit(benchmark::kMillisecond);
BENCHMARK(firstStart)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(matcherSetUp)->Unit(benchmark::kMillisecond);
BENCHMARK(matchPerAlteration)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(therapyCanonical)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
