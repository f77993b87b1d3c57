#pragma once

// Runs the oncoboard-cli binary of the build for the CLI tests.

#include "TestConfig.h"

#include <QByteArray>
#include <QDebug>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace onco::test {

/**
 * Signing in the tests: the key files in a folder of this test program's own (never the user's
 * keys), sealed with a test passphrase, the keychain left alone. Set once, before any run; the
 * children inherit it.
 */
inline const bool signingPrepared = [] {
    static QTemporaryDir keys;
    qputenv("ONCOBOARD_SIGNING_KEYS", keys.path().toLocal8Bit());
    qputenv("ONCOBOARD_SIGNING_PASSPHRASE", "a test signing passphrase");
    qputenv("ONCOBOARD_KEYCHAIN", "off");
    return true;
}();

/** What a run of oncoboard-cli gave: exit code (-1 when it crashed or hung), stdout, stderr. */
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs oncoboard-cli with `arguments`, waiting up to two minutes. With `dataHome`, XDG_DATA_HOME
 * points there (where the default knowledge base is kept).
 */
inline CliRun runCli(const QStringList& arguments, const QString& dataHome = QString())
{
    QProcess p;
    if (!dataHome.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(ONCOBOARD_CLI_PATH), arguments);
    if (!p.waitForFinished(120000))
        qWarning() << "oncoboard-cli did not finish";
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

} // namespace onco::test
