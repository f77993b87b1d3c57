// The case report of a 50-variant case (target: PDF <= 0.5 s), with its JSON and FHIR exports.
// 50 well-known protein changes, annotated in colon adenocarcinoma, stored with a three-item plan.

#include "BenchSupport.h"
#include "caseStore/CaseStore.h"
#include "caseStore/PlanEditor.h"
#include "io/ProteinChange.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "report/FhirReport.h"
#include "report/PdfReport.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace onco;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<KnowledgeBase> kb;
    std::unique_ptr<CaseStore> store;
    ReportCase report;
    qsizetype evidence = 0;
};

Fixture* makeFixture()
{
    auto* f = new Fixture;
    auto kb = KnowledgeBase::open(f->dir.filePath(u"kb.sqlite"_s));
    if (!kb || !(*kb)->ensureBundled())
        qFatal("cannot build the knowledge base");
    f->kb = std::move(*kb);
    const char* const changes[][2] = {
        {"BRAF", "V600E"},     {"KRAS", "G12D"},    {"KRAS", "G12C"},    {"KRAS", "G13D"},    {"NRAS", "Q61K"},
        {"PIK3CA", "H1047R"},  {"PIK3CA", "E545K"}, {"PIK3CA", "E542K"}, {"EGFR", "L858R"},   {"EGFR", "T790M"},
        {"ERBB2", "S310F"},    {"ERBB2", "V777L"},  {"TP53", "R175H"},   {"TP53", "R248Q"},   {"TP53", "R273H"},
        {"APC", "R1450*"},     {"APC", "E1309fs"},  {"SMAD4", "R361H"},  {"FBXW7", "R465C"},  {"CTNNB1", "S45F"},
        {"AKT1", "E17K"},      {"MAP2K1", "K57N"},  {"IDH1", "R132H"},   {"IDH2", "R140Q"},   {"KIT", "D816V"},
        {"PDGFRA", "D842V"},   {"FGFR3", "S249C"},  {"ERBB3", "V104M"},  {"MET", "Y1003F"},   {"ALK", "F1174L"},
        {"RET", "M918T"},      {"POLE", "P286R"},   {"PTEN", "R130Q"},   {"ARID1A", "Q456*"}, {"RNF43", "G659fs"},
        {"BRCA2", "K3326*"},   {"ATM", "R2832C"},   {"SF3B1", "K700E"},  {"DNMT3A", "R882H"}, {"JAK2", "V617F"},
        {"NOTCH1", "P2514fs"}, {"GNAS", "R201C"},   {"MTOR", "S2215Y"},  {"HRAS", "G12V"},    {"ESR1", "D538G"},
        {"KEAP1", "G333C"},    {"STK11", "Q37*"},   {"CDKN2A", "R80*"},  {"FGFR2", "S252W"},  {"MAP2K2", "F57L"},
    };
    Case c;
    c.tumorType = u"COAD"_s;
    c.genome = GenomeBuild::GRCh37;
    for (const auto& [gene, change] : changes) {
        Alteration a;
        a.kind = AlterationKind::Snv;
        a.detail().gene = QString::fromLatin1(gene);
        a.detail().hgvsp = ProteinChange::normalize(u"p."_s + QString::fromLatin1(change));
        a.detail().consequence = u"missense_variant"_s;
        a.tumor.vaf = 0.31f;
        a.tumor.depth = 240;
        c.alterations.push_back(std::move(a));
    }
    auto result = Annotator::annotate(std::move(c), *f->kb);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    f->evidence = qsizetype(result->matches.size());
    auto store = CaseStore::open(f->dir.filePath(u"cases.sqlite"_s));
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    f->store = std::move(*store);
    const Actor actor{u"bench"_s, u"Dr. Bench"_s, u"molecular pathologist"_s};
    auto id = f->store->createCase(*result, NewCaseInfo{u"PAT-BENCH"_s, u"FFPE"_s, u"panel"_s, 0.5, {}}, actor);
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    PlanEditor editor(f->store.get(), *id, actor);
    (void)editor.reload();
    for (const AlterationCall& call : result->calls)
        if (call.amp.evidence >= 0 && editor.plan().items.size() < 3)
            (void)editor.add(PlanEditor::fromEvidence(*result, call.alteration, call.amp.evidence));
    (void)editor.setDetails({u"Conclusion of the board."_s, u"2027-01-15"_s, u"2026-11-26"_s, {u"Dr. Bench"_s}});
    (void)f->store->setState(*id, CaseState::Preliminary, actor);
    auto report = ReportCase::fromStore(*f->store, *id, *f->kb, false);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    f->report = std::move(*report);
    return f;
}

Fixture& fixture()
{
    static Fixture* f = makeFixture();
    return *f;
}

void pdf50Variants(benchmark::State& state)
{
    Fixture& f = fixture();
    PdfReportOptions options;
    options.generatedAt = u"2026-11-26 10:00 UTC"_s;
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        if (!PdfReport::write(f.report, options, &out))
            state.SkipWithError("PDF failed");
        bytes = out.size();
    }
    state.counters["alterations"] = double(f.report.result.caseData.alterations.size());
    state.counters["evidence_items"] = double(f.evidence);
    state.counters["pdf_kB"] = double(bytes) / 1024.0;
}

void reportJson50Variants(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(ReportJson::write(f.report, u"2026-11-26 10:00 UTC"_s));
}

void fhir50Variants(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(FhirReport::write(f.report));
}

void storeToReport50Variants(benchmark::State& state)
{
    // Gathering the stored case again, re-annotated with its releases (what `report --db` does first).
    Fixture& f = fixture();
    const qint64 id = f.report.stored->id;
    for (auto _ : state)
        benchmark::DoNotOptimize(ReportCase::fromStore(*f.store, id, *f.kb, false));
}

} // namespace

BENCHMARK(pdf50Variants)->Unit(benchmark::kMillisecond);
BENCHMARK(reportJson50Variants)->Unit(benchmark::kMillisecond);
BENCHMARK(fhir50Variants)->Unit(benchmark::kMillisecond);
BENCHMARK(storeToReport50Variants)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("Target: the PDF of a 50-variant case in <= 500 ms.\n");
    return 0;
}
