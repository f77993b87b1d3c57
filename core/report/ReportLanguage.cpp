#include "ReportLanguage.h"
#include "Translation.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace onco {

QList<SpokenLanguage> spokenLanguages()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"Español"_s}, {u"fr"_s, u"Français"_s}};
}

QStringList reportLanguages()
{
    QStringList codes;
    for (const SpokenLanguage& language : spokenLanguages())
        if (language.code == u"en"_s || QFile::exists(u":/i18n/oncoboard_%1.qm"_s.arg(language.code)))
            codes << language.code;
    return codes;
}

ReportLanguage::ReportLanguage(const QString& code)
{
    if (code.isEmpty() || code == u"en"_s) {
        m_ok = true;
        return;
    }
    if (!reportLanguages().contains(code))
        return;
    auto translator = std::make_unique<Translator>();
    if (!translator->loadLanguage(code) || !QCoreApplication::installTranslator(translator.get()))
        return;
    m_translator = std::move(translator);
    QLocale::setDefault(QLocale(code)); // month names and numbers as the language writes them
    m_ok = true;
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        QLocale::setDefault(m_locale);
    }
}

} // namespace onco
