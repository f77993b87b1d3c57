#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

namespace onco {

class Translator;

// A language OncoBoard speaks: English, the source language, and each built-in translation.
struct SpokenLanguage
{
    QString code; // "de", "en", "es", "fr"
    QString name; // in its own language: "Deutsch", "English", ...
};

// The languages OncoBoard speaks, English first: the one list the window's language menu and the
// command line's --language take their choices from.
QList<SpokenLanguage> spokenLanguages();

// The languages the reports can be written in ("en" and the built-in translations).
QStringList reportLanguages();

// Writes the reports made while it lives in `code` ("de", "es", "fr"; "en" or empty: English),
// with the translations built into OncoBoard. For the command line, which otherwise stays English;
// the window switches its whole language instead. Not for use while another thread translates.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& code);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    // False when `code` names a language without translations.
    bool ok() const
    {
        return m_ok;
    }

private:
    std::unique_ptr<Translator> m_translator;
    QLocale m_locale; ///< the default locale before
    bool m_ok = false;
};

} // namespace onco
