// VCF ingest speed and memory: OncoBoard's reader against `bcftools query` on the same
// 1,000,000-record tumor/normal VCF.gz, in one run. The file is generated once (and cached) from
// the real MuTect records of tests/data/vcf/callers/vcf2maf_test_mutect.vcf, shifted along the genome.
#include "BenchSupport.h"
#include "TestConfig.h"
#include "io/VcfReader.h"

#include <htslib/bgzf.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>

using namespace onco;

namespace {

constexpr qint64 targetRecords = 1'000'000;

QString benchFile()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ingest-1M.vcf.gz"));
}

/** Writes the benchmark VCF.gz (BGZF) unless it exists: the header and records of a real file, repeated. */
bool generate(const QString& path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile source(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/callers/vcf2maf_test_mutect.vcf"));
    if (!source.open(QIODevice::ReadOnly))
        return false;
    QByteArray header;
    QList<QList<QByteArray>> records;
    for (const QByteArray& line : source.readAll().split('\n')) {
        if (line.startsWith('#'))
            header += line + '\n';
        else if (!line.isEmpty())
            records.append(line.split('\t'));
    }
    const QString tmp = path + QStringLiteral(".part");
    BGZF* out = bgzf_open(QFile::encodeName(tmp).constData(), "w");
    if (!out || bgzf_write(out, header.constData(), size_t(header.size())) < 0)
        return false;
    // Chromosomes 1..22 in order; within each, the real records at increasing positions.
    const qint64 perContig = targetRecords / 22 + 1;
    qint64 written = 0;
    QByteArray line;
    for (int chrom = 1; chrom <= 22 && written < targetRecords; ++chrom) {
        for (qint64 i = 0; i < perContig && written < targetRecords; ++i, ++written) {
            const QList<QByteArray>& r = records[int(written % records.size())];
            line.clear();
            line += QByteArray::number(chrom) + '\t' + QByteArray::number(10'000 + i * 97) + '\t';
            for (int f = 2; f < r.size(); ++f) {
                line += r[f];
                line += f + 1 < r.size() ? '\t' : '\n';
            }
            if (bgzf_write(out, line.constData(), size_t(line.size())) < 0)
                return false;
        }
    }
    if (bgzf_close(out) < 0)
        return false;
    return QFile::rename(tmp, path);
}

qint64 g_records = 0;

void oncoboardIngest(benchmark::State& state)
{
    VcfReadOptions options;
    options.threads = int(state.range(0));
    for (auto _ : state) {
        auto c = std::make_unique<Case>();
        if (!VcfReader::read(benchFile(), options, *c)) {
            state.SkipWithError("read failed");
            return;
        }
        g_records = qint64(c->alterations.size());
        benchmark::DoNotOptimize(c);
        state.PauseTiming(); // freeing the case is not reading it
        c.reset();
        state.ResumeTiming();
    }
    state.counters["records"] = double(g_records);
    state.counters["threads"] = double(state.range(0));
}

void bcftoolsQuery(benchmark::State& state)
{
    for (auto _ : state) {
        const int rc = bench::runQuiet(QStringLiteral(BCFTOOLS_EXECUTABLE),
                                       {QStringLiteral("query"),
                                        QStringLiteral("-f"),
                                        QStringLiteral("%CHROM\t%POS\t%REF\t%ALT[\t%AD]\n"),
                                        benchFile()});
        if (rc != 0) {
            state.SkipWithError("bcftools query failed");
            return;
        }
    }
}

} // namespace

BENCHMARK(oncoboardIngest)->Unit(benchmark::kMillisecond)->Iterations(3)->Arg(1)->Arg(2)->Arg(3);
BENCHMARK(bcftoolsQuery)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!generate(benchFile())) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(benchFile()));
        return 1;
    }
    // Memory first, in a clean process state: one ingest, peak RSS against the baseline.
    const qint64 baseline = bench::peakRssBytes();
    qint64 records = 0;
    {
        Case c;
        if (!VcfReader::read(benchFile(), {}, c)) {
            std::fprintf(stderr, "ingest failed\n");
            return 1;
        }
        records = qint64(c.alterations.size());
    }
    const qint64 peak = bench::peakRssBytes();
    std::printf("ingest of %lld records: peak RSS %.1f MiB (baseline %.1f MiB), %.0f bytes per variant; "
                "sizeof(Alteration) = %zu\n",
                static_cast<long long>(records),
                double(peak) / 1048576.0,
                double(baseline) / 1048576.0,
                double(peak - baseline) / double(records),
                sizeof(Alteration));

    benchmark::Initialize(&argc, argv);
    bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double ours = reporter.realTimeNs("oncoboardIngest/2/iterations:3");
    const double peer = reporter.realTimeNs("bcftoolsQuery/iterations:3");
    if (ours > 0 && peer > 0)
        std::printf("ingest time ratio OncoBoard / bcftools query: %.2f (target <= 1.3)\n", ours / peer);
    benchmark::Shutdown();
    return 0;
}
