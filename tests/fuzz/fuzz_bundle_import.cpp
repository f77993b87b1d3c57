// Fuzz target for case-bundle import, the file a case travels in between machines: the input is
// read as a bundle whose checksum the sender recomputed (a tampered bundle passes the checksum,
// so the importer's own checks are what is fuzzed; input that is no JSON object is taken as it
// is), then imported into a case database. Besides crashes, hangs and memory errors (the
// sanitizers), it stops when an import that succeeded leaves the database with a broken audit
// chain, or with a final case whose content does not match the digest it was signed with.
//
// Built with libFuzzer by the `fuzz` preset (scripts/fuzz bundle); built with the other presets as
// a replay program that runs the committed corpus (tests/data/fuzz-bundle) as a ctest.

#include "caseStore/CaseBundle.h"
#include "caseStore/CaseStore.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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
        const QString d = QDir::temp().filePath(QStringLiteral("oncoboard-fuzz-bundle-%1").arg(::getpid()));
        QDir().mkpath(d);
        return d;
    }();
    return dir;
}

CaseStore& store()
{
    static std::unique_ptr<CaseStore> s = [] {
        auto opened = CaseStore::open(QDir(workDir()).filePath(QStringLiteral("cases.sqlite")));
        if (!opened) {
            std::fprintf(stderr, "cannot open the case database: %s\n", qPrintable(opened.error().toString()));
            std::abort();
        }
        return std::move(opened.value());
    }();
    return *s;
}

/** The bundle with the checksum a sender who changed it would have written. */
QByteArray withChecksum(const QByteArray& input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("payload")).isObject())
        return input;
    QJsonObject bundle = doc.object();
    const QByteArray content =
        QJsonDocument(bundle.value(QStringLiteral("payload")).toObject()).toJson(QJsonDocument::Compact);
    bundle.insert(QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

[[noreturn]] void broken(const char* what, const QString& detail)
{
    std::fprintf(stderr, "invariant broken: %s (%s)\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = QDir(workDir()).filePath(QStringLiteral("input.oncoboard-case"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(withChecksum(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))));
    }
    CaseStore& cases = store();
    (void)CaseBundle::pseudonymTakenHere(cases, path);
    const Actor actor{QStringLiteral("fuzz"), QStringLiteral("Fuzz Import"), QStringLiteral("molecular pathologist")};
    const auto imported = CaseBundle::importCase(cases, path, actor);
    if (!imported || imported->alreadyPresent)
        return 0;
    const auto audit = cases.verifyAudit();
    if (!audit || !audit->ok())
        broken("an imported bundle broke the audit chain", audit ? audit->problem : audit.error().toString());
    if (auto signedContent = cases.checkSignedContent(imported->caseId); !signedContent)
        broken("an imported final case does not match its signature", signedContent.error().toString());
    if (!cases.summary(imported->caseId) || !cases.alterations(imported->caseId))
        broken("an imported case cannot be read back", QString::number(imported->caseId));
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
    auto cases = store().cases();
    std::printf("%d bundle(s) replayed: no crash; %lld imported, each with an intact audit chain and signed content\n",
                files,
                cases ? static_cast<long long>(cases->size()) : -1LL);
    QDir(workDir()).removeRecursively();
    return files > 0 ? 0 : 1;
}
#endif
