#include "AppIdentity.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    onco::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/oncoboard.svg"_s));

    // The interface follows the system language when a translation exists.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"oncoboard"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Molecular tumor board review"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption tumorType(
        u"tumor-type"_s, QApplication::translate("main", "OncoTree code of the tumor."), u"CODE"_s);
    parser.addOption(tumorType);
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
    window.show();
    return QApplication::exec();
}
