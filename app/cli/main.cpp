#include "AppIdentity.h"
#include "CliApp.h"

#include <QDir>
#include <QGuiApplication>

#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char* argv[])
{
    // PDF rendering needs a GUI application for fonts, but the CLI must run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, CI, ssh) give Qt the private runtime folder it would pick itself,
    // so that scripts see no warning about it on stderr.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(getuid());
        ::mkdir(dir.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    onco::setApplicationIdentity();
    return onco::CliApp::run(QCoreApplication::arguments());
}
