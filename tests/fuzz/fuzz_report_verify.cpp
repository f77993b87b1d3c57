// Fuzz target for report verification (`oncoboard-cli verify REPORT.json`): any bytes given as a
// report file. Besides crashes, hangs and memory errors (the sanitizers), it stops when a report is
// said to verify although its newest signature does not cover the file's content, or its
// statement does not carry the signature of the key beside it.
//
// Built with libFuzzer by the `fuzz` preset (scripts/fuzz SECONDS report); built with the other
// presets as a replay program that runs the committed corpus (tests/data/fuzz-report) as a ctest.

#include "caseStore/SigningKey.h"
#include "report/CaseSignOff.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace onco;

namespace {

[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const Verification alone = CaseSignOff::verifyReport(json, QStringLiteral("fuzz.json"), nullptr);
    const QList<SignerKey> none;
    const Verification registered = CaseSignOff::verifyReport(json, QStringLiteral("fuzz.json"), &none);
    if (registered.ok())
        broken("a report verified against a registry that holds none of its keys");
    (void)alone.toText();
    if (!alone.ok())
        return 0;
    // Said to verify: check it independently.
    const QJsonArray signatures = QJsonDocument::fromJson(json).object().value(QStringLiteral("signatures")).toArray();
    if (signatures.isEmpty())
        broken("a report without signatures verified");
    const QJsonObject newest = signatures.last().toObject();
    const QByteArray statement = newest.value(QStringLiteral("statement")).toString().toUtf8();
    if (!SigningKey::verify(statement,
                            QByteArray::fromBase64(newest.value(QStringLiteral("signature")).toString().toLatin1()),
                            QByteArray::fromBase64(newest.value(QStringLiteral("public_key")).toString().toLatin1())))
        broken("a report verified whose newest statement does not carry its key's signature");
    const QString digest =
        QStringLiteral("sha256:")
        + QString::fromLatin1(
            QCryptographicHash::hash(CaseSignOff::reportContent(json), QCryptographicHash::Sha256).toHex());
    if (QJsonDocument::fromJson(statement).object().value(QStringLiteral("report")).toString() != digest)
        broken("a report verified whose content is not what its newest signature covers");
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
    std::printf("%d report(s) replayed: no crash, every verified report checked again\n", files);
    return files > 0 ? 0 : 1;
}
#endif
