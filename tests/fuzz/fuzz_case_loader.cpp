// Fuzz target for every case-file reader: the input is written to a file and given to CaseLoader,
// which picks the reader by content (VCF/BCF through htslib, MAF, copy number, fusions, clinical
// tables). Besides crashes, hangs and memory errors (the sanitizers), it stops on a loaded case
// holding a value no reader may pass on: a VAF outside [0, 1], a negative count, more alternative
// reads than depth, an alteration of no input or of a sample that does not exist.
//
// Built with libFuzzer by the `fuzz` preset (scripts/fuzz); built with the other presets as a
// replay program that runs the committed corpus (tests/data/fuzz) as a ctest.

#include "io/CaseLoader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace onco;

namespace {

const QString& inputPath()
{
    static const QString path = [] {
        const QString dir = QDir::temp().filePath(QStringLiteral("oncoboard-fuzz-%1").arg(::getpid()));
        QDir().mkpath(dir);
        return QDir(dir).filePath(QStringLiteral("input"));
    }();
    return path;
}

[[noreturn]] void broken(const Alteration& a, const char* what)
{
    std::fprintf(stderr,
                 "invariant broken at line %lld: %s (%s)\n",
                 static_cast<long long>(a.origin.line),
                 what,
                 qPrintable(a.displayName()));
    std::abort();
}

void checkSupport(const Alteration& a, const ReadSupport& s)
{
    if (s.hasVaf() && !(s.vaf >= 0.0f && s.vaf <= 1.0f))
        broken(a, "VAF outside [0, 1]");
    if (s.depth < -1 || s.altReads < -1)
        broken(a, "negative read count");
    if (s.depth >= 0 && s.altReads > s.depth)
        broken(a, "more alternative reads than depth");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    {
        QFile f(inputPath());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    CaseLoadOptions options;
    options.threads = 1;
    options.maxRecords = 200'000; // what a fuzz input of a few kilobytes can give many times over
    const Result<Case> c = CaseLoader::load({inputPath()}, options);
    if (!c)
        return 0;
    for (const Alteration& a : c->alterations) {
        checkSupport(a, a.tumor);
        checkSupport(a, a.normal);
        if (a.origin.input < 0 || a.origin.input >= c->inputs.size())
            broken(a, "no input");
        // A file whose tumor sample cannot be told has no samples; otherwise each alteration names one.
        if (a.sample < 0 || (!c->samples.isEmpty() && a.sample >= c->samples.size()))
            broken(a, "a sample that does not exist");
    }
    return 0;
}

#ifndef ONCOBOARD_LIBFUZZER
// Replay: every file of the directories (or files) given, as libFuzzer would run them.
#include "FuzzReplay.h"

int main(int argc, char** argv)
{
    const int files = onco::test::replayInputs(argc, argv);
    if (files < 0)
        return 1;
    QDir(QFileInfo(inputPath()).path()).removeRecursively();
    std::printf("%d input(s) replayed: no crash, every loaded value within bounds\n", files);
    return files > 0 ? 0 : 1;
}
#endif
