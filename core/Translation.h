#pragma once

#include <QTranslator>

namespace onco {

// OncoBoard's own translations (translations/oncoboard_*.ts, built into the program as
// :/i18n/oncoboard_LANG.qm). Content that is signed, digested or read by scripts (the report
// JSON a signature covers, the annotation and FHIR JSON) is written in English, the source
// language, whatever the window speaks: such code holds a SourceLanguageScope.
class Translator : public QTranslator
{
public:
    explicit Translator(QObject* parent = nullptr);
    ~Translator() override;

    // Whether OncoBoard's strings on this thread may come out translated: a translation exists
    // and no SourceLanguageScope holds. Lets hot paths skip looking up words that stay English.
    static bool active();

    // Loads :/i18n/oncoboard_CODE.qm; false when OncoBoard has no translation into `code`.
    bool loadLanguage(const QString& code);

    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override;
};

// While one lives on a thread, OncoBoard's strings on that thread stay in English; other threads
// are not affected. Scopes nest.
class SourceLanguageScope
{
public:
    SourceLanguageScope();
    ~SourceLanguageScope();
    SourceLanguageScope(const SourceLanguageScope&) = delete;
    SourceLanguageScope& operator=(const SourceLanguageScope&) = delete;

    // Whether this thread is inside a scope (for work handed to other threads).
    static bool active();
};

} // namespace onco
