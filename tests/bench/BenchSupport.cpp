#include "BenchSupport.h"

#include "TestConfig.h"

#include <htslib/bgzf.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace onco::bench {

constexpr qint64 targetRecords = 1'000'000;

QString ingestFile()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ingest-1M.vcf.gz"));
}

bool repeatAlongGenome(
    const QString& source, const QString& path, qint64 count, const QByteArray& contigPrefix, qint64 step)
{
    if (QFileInfo::exists(path))
        return true;
    // BGZF reads plain and compressed VCF alike.
    BGZF* in = bgzf_open(QFile::encodeName(source).constData(), "r");
    if (!in)
        return false;
    QByteArray text;
    char buffer[1 << 16];
    for (ssize_t n; (n = bgzf_read(in, buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    bgzf_close(in);
    QByteArray header;
    QList<QList<QByteArray>> records;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith('#'))
            header += line + '\n';
        else if (!line.isEmpty())
            records.append(line.split('\t'));
    }
    if (records.isEmpty())
        return false;
    const QString tmp = path + QStringLiteral(".part");
    BGZF* out = bgzf_open(QFile::encodeName(tmp).constData(), "w");
    if (!out || bgzf_write(out, header.constData(), size_t(header.size())) < 0)
        return false;
    // Chromosomes 1..22 in order; within each, the real records at increasing positions.
    const qint64 perContig = count / 22 + 1;
    qint64 written = 0;
    QByteArray line;
    for (int chrom = 1; chrom <= 22 && written < count; ++chrom) {
        for (qint64 i = 0; i < perContig && written < count; ++i, ++written) {
            const QList<QByteArray>& r = records[int(written % records.size())];
            line = contigPrefix + QByteArray::number(chrom) + '\t' + QByteArray::number(10'000 + i * step);
            for (int f = 2; f < r.size(); ++f)
                line += '\t' + r[f];
            line += '\n';
            if (bgzf_write(out, line.constData(), size_t(line.size())) < 0)
                return false;
        }
    }
    if (bgzf_close(out) < 0)
        return false;
    return QFile::rename(tmp, path);
}

bool generateIngestFile()
{
    return repeatAlongGenome(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/vcf/callers/vcf2maf_test_mutect.vcf"),
                             ingestFile(),
                             targetRecords,
                             QByteArray(),
                             97);
}

int runQuiet(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, arguments);
    if (!p.waitForFinished(-1))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

qint64 peakRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong() * 1024;
    }
    return -1;
}

void RecordingReporter::ReportRuns(const std::vector<Run>& runs)
{
    for (const Run& run : runs) {
        if (run.run_type == Run::RT_Iteration && run.iterations > 0)
            m_times[run.benchmark_name()] =
                run.GetAdjustedRealTime() * 1e9 / benchmark::GetTimeUnitMultiplier(run.time_unit);
    }
    ConsoleReporter::ReportRuns(runs);
}

double RecordingReporter::realTimeNs(const std::string& name) const
{
    const auto it = m_times.find(name);
    return it == m_times.end() ? 0.0 : it->second;
}

} // namespace onco::bench
