// Fuzz target for the knowledge-base importers: a CIViC release (its summary files) or a user's
// OncoKB file, imported into one knowledge base, each input as a release of its own. The first
// byte chooses the importer: even, CIViC, the rest of the input holding the release's files in
// the order FeatureSummaries, VariantSummaries, MolecularProfileSummaries,
// ClinicalEvidenceSummaries, AssertionSummaries, separated by a line "=====" (a part left out is
// a missing file); odd, OncoKB (allActionableVariants or allAnnotatedVariants, told by the header).
// Besides crashes, hangs and memory errors (the sanitizers), it stops on an import that reports
// success but leaves the knowledge base without the release, or with evidence of no release.
//
// Built with libFuzzer by the `fuzz` preset (scripts/fuzz SECONDS kb); built with the other presets
// as a replay program that runs the committed corpus (tests/data/fuzz-kb) as a ctest.

#include "kb/CivicImporter.h"
#include "kb/KnowledgeBase.h"
#include "kb/OncoKbImporter.h"
#include "kb/SqliteDatabase.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unistd.h>

using namespace onco;

namespace {

const QString& workDir()
{
    static const QString dir = [] {
        const QString d = QDir::temp().filePath(QStringLiteral("oncoboard-fuzz-kb-%1").arg(::getpid()));
        QDir(d).removeRecursively();
        QDir().mkpath(d);
        return d;
    }();
    return dir;
}

KnowledgeBase& kb()
{
    static const std::unique_ptr<KnowledgeBase> base = [] {
        auto opened = KnowledgeBase::open(QDir(workDir()).filePath(QStringLiteral("kb.sqlite")));
        if (!opened) {
            std::fprintf(stderr, "cannot open the knowledge base: %s\n", qPrintable(opened.error().toString()));
            std::abort();
        }
        return std::move(*opened);
    }();
    return *base;
}

[[noreturn]] void broken(const char* what, const QString& detail)
{
    std::fprintf(stderr, "invariant broken: %s (%s)\n", what, qPrintable(detail));
    std::abort();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

/** The release's rows: it must exist after a reported import, and no evidence may lack one. */
void checkRelease(const QString& source, const QString& release)
{
    SqliteDatabase& db = kb().database();
    // The release names are this target's own ("fuzz-N"): no quoting needed.
    const QByteArray count = QStringLiteral("SELECT count(*) FROM kb_release WHERE source = '%1' AND release = '%2'")
                                 .arg(source, release)
                                 .toUtf8();
    if (db.scalar(count.constData(), -1) != 1)
        broken("an import reported success but its release is not there", source + u' ' + release);
    if (db.scalar("SELECT count(*) FROM evidence WHERE release_id NOT IN (SELECT id FROM kb_release)", -1) != 0)
        broken("evidence of no release", release);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    static int run = 0;
    const QString release = QStringLiteral("fuzz-%1").arg(++run);
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const QString dir = QDir(workDir()).filePath(QStringLiteral("input"));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    if (data[0] % 2 == 0) {
        static const char* const kinds[] = {"FeatureSummaries",
                                            "VariantSummaries",
                                            "MolecularProfileSummaries",
                                            "ClinicalEvidenceSummaries",
                                            "AssertionSummaries"};
        const QList<QByteArray> parts = input.split('\n');
        QList<QByteArray> files(1);
        for (const QByteArray& line : parts) {
            if (line == "=====") {
                files.append(QByteArray());
                continue;
            }
            files.last() += line + '\n';
        }
        for (qsizetype i = 0; i < files.size() && i < qsizetype(std::size(kinds)); ++i)
            if (!files[i].trimmed().isEmpty())
                write(QDir(dir).filePath(QStringLiteral("fuzz-%1.tsv").arg(QLatin1String(kinds[i]))), files[i]);
        const auto imported = CivicImporter::import(kb().database(), dir, false, nullptr, release);
        if (imported)
            checkRelease(QStringLiteral("CIViC"), release);
    } else {
        const QString path = QDir(dir).filePath(QStringLiteral("oncokb_fuzz.txt"));
        write(path, input);
        const auto imported = OncoKbImporter::import(kb().database(), {path}, release);
        if (imported)
            checkRelease(QStringLiteral("OncoKB"), release);
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
    std::printf("%d knowledge-base input(s) replayed: no crash, every imported release complete\n", files);
    QDir(workDir()).removeRecursively();
    return files > 0 ? 0 : 1;
}
#endif
