#include "BenchSupport.h"

#include "TestConfig.h"

#include <htslib/bgzf.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

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

int runQuiet(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, arguments);
    if (!p.waitForFinished(-1))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

const QProcessEnvironment& cliEnvironment()
{
    static QTemporaryDir home;
    static const QProcessEnvironment env = [] {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        return e;
    }();
    return env;
}

long childPeakRssKiB(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    // Built before fork: the child only calls exec.
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString& a : arguments)
        storage.push_back(QFile::encodeName(a));
    for (const QString& e : environment.toStringList())
        storage.push_back(e.toLocal8Bit());
    std::vector<char*> argv;
    std::vector<char*> envp;
    for (std::size_t i = 0; i < storage.size(); ++i)
        (i <= std::size_t(arguments.size()) ? argv : envp).push_back(storage[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    std::fflush(nullptr); // else the child writes out what this process had buffered
    const pid_t child = fork();
    if (child == 0) {
        // The child's output is not measured; a child that cannot silence it does not run.
        if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr))
            _exit(126);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage = {};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
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
