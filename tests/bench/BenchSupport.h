#pragma once

#include <benchmark/benchmark.h>

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace onco::bench {

/**
 * The 1,000,000-record tumor/normal VCF.gz the benchmarks share, beside the executables: the
 * real MuTect records of tests/data/vcf/callers/vcf2maf_test_mutect.vcf, shifted along the genome.
 */
QString ingestFile();
/**
 * Writes `path` (BGZF VCF) unless it exists: the header of `source`, then its records repeated
 * `count` times in all along chromosomes 1..22 (named `contigPrefix` + number), `step` bases apart.
 */
bool repeatAlongGenome(
    const QString& source, const QString& path, qint64 count, const QByteArray& contigPrefix, qint64 step);
/** Writes ingestFile() unless it exists. */
bool generateIngestFile();

/** Runs a command (no shell) and returns its exit code; its output is discarded. */
int runQuiet(const QString& program,
             const QStringList& arguments,
             const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

/** The environment of benchmarked oncoboard-cli runs: data and settings folders of their own. */
const QProcessEnvironment& cliEnvironment();

/** Runs a command in `environment` (output discarded) and returns its peak RSS in KiB; -1 when it failed. */
long childPeakRssKiB(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment);

/** Peak resident set size of this process in bytes (VmHWM). */
qint64 peakRssBytes();

/** Console reporter that also keeps each benchmark's mean real time (ns) for ratios. */
class RecordingReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override;
    double realTimeNs(const std::string& name) const;

private:
    std::map<std::string, double> m_times;
};

} // namespace onco::bench
