#include "AppIdentity.h"
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    onco::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/oncoboard.svg"_s));
    // The installed menu entry (org.oncoboard.OncoBoard.desktop), so the desktop groups the windows under it.
    QGuiApplication::setDesktopFileName(u"org.oncoboard.OncoBoard"_s);

    // The interface speaks the language chosen in Settings, else the system's when OncoBoard has it;
    // --language overrides both for this run.
    QString language;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--language") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    onco::applyLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Molecular tumor board review"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tumorType(
        u"tumor-type"_s, QApplication::translate("main", "OncoTree code of the tumor."), u"CODE"_s);
    parser.addOption(tumorType);
    const QCommandLineOption caseId(
        u"case"_s, QApplication::translate("main", "Open this case of the case database given (its id)."), u"ID"_s);
    parser.addOption(caseId);
    const QCommandLineOption languageOption(
        u"language"_s,
        QApplication::translate("main", "Language of the window for this run: de, en, es or fr."),
        u"CODE"_s);
    parser.addOption(languageOption);
    parser.addPositionalArgument(u"files"_s,
                                 QApplication::translate("main",
                                                         "The files of one case (VCF, BCF, MAF, copy number, "
                                                         "fusions, clinical table), a folder, or a case database."),
                                 u"[FILE...|CASEDB]"_s);
    parser.process(app);

    onco::MainWindow window;
    if (parser.isSet(tumorType))
        window.setTumorType(parser.value(tumorType));
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    if (parser.isSet(caseId)) {
        bool ok = false;
        const qint64 id = parser.value(caseId).toLongLong(&ok);
        if (!ok || id <= 0 || parser.positionalArguments().size() != 1) {
            fputs(qPrintable(QApplication::translate("main", "--case takes a case id and one case database\n")),
                  stderr);
            return 2;
        }
        window.openStoredCase(id);
    }
    window.show();
    return QApplication::exec();
}
