#include "Language.h"
#include "Translation.h"
#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

const auto languageKey = u"interface/language"_s;

struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<Translator> oncoboard;
    QString code;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

bool spoken(const QString& code)
{
    for (const InterfaceLanguage& language : interfaceLanguages())
        if (language.code == code)
            return true;
    return false;
}

} // namespace

QList<InterfaceLanguage> interfaceLanguages()
{
    QList<InterfaceLanguage> languages;
    for (const SpokenLanguage& language : spokenLanguages())
        languages.append({language.code, language.name});
    return languages;
}

QString languageSetting()
{
    const QString code = QSettings().value(languageKey).toString();
    return spoken(code) ? code : QString();
}

QString chosenLanguage()
{
    if (const QString code = languageSetting(); !code.isEmpty())
        return code;
    // The first of the system's UI languages OncoBoard speaks.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (spoken(code))
            return code;
    }
    return u"en"_s;
}

void setLanguageSetting(const QString& code)
{
    QSettings settings;
    if (spoken(code))
        settings.setValue(languageKey, code);
    else
        settings.remove(languageKey);
    applyLanguage();
}

QString applyLanguage(const QString& requested)
{
    const QString code = spoken(requested) ? requested : chosenLanguage();
    Installed& now = installed();
    if (code == now.code)
        return code;
    // Removing and installing each post a LanguageChange; Qt folds them into one.
    if (now.qt)
        QCoreApplication::removeTranslator(now.qt.get());
    if (now.oncoboard)
        QCoreApplication::removeTranslator(now.oncoboard.get());
    now.qt.reset();
    now.oncoboard.reset();
    const QLocale locale(code);
    QLocale::setDefault(code == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedStates) : locale);
    if (code != u"en"_s) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            now.qt = std::move(qt);
        }
        auto oncoboard = std::make_unique<Translator>();
        if (oncoboard->loadLanguage(code)) {
            QCoreApplication::installTranslator(oncoboard.get());
            now.oncoboard = std::move(oncoboard);
        }
    }
    now.code = code;
    return code;
}

} // namespace onco
