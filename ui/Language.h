#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace onco {

// The language of the window, its dialogs and the reports it writes (PDF case summary, minutes,
// patient summary). The command line stays English. Switching installs the translations at once:
// Qt sends QEvent::LanguageChange to every widget, which sets its texts again.
struct InterfaceLanguage
{
    QString code; // "de", "en", "es", "fr"
    QString name; // in its own language: "Deutsch", "English", ...
};

// The languages OncoBoard speaks, English first.
QList<InterfaceLanguage> interfaceLanguages();

// The chosen language: the setting, else the system's when OncoBoard speaks it, else English.
QString chosenLanguage();
// The setting alone: empty when the window follows the system.
QString languageSetting();

// Stores the choice (empty: follow the system) and applies it.
void setLanguageSetting(const QString& code);

// Installs the translations of `code` (empty: the chosen language) for OncoBoard and Qt's own
// dialogs, and makes its locale the default one for numbers. Returns the language applied.
QString applyLanguage(const QString& code = {});

} // namespace onco
