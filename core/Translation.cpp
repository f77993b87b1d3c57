#include "Translation.h"

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

thread_local int sourceLanguageDepth = 0;
std::atomic<int> translators{0};

} // namespace

Translator::Translator(QObject* parent)
    : QTranslator(parent)
{
    ++translators;
}

Translator::~Translator()
{
    --translators;
}

bool Translator::active()
{
    return sourceLanguageDepth == 0 && translators.load(std::memory_order_relaxed) > 0;
}

bool Translator::loadLanguage(const QString& code)
{
    return load(u":/i18n/oncoboard_%1.qm"_s.arg(code));
}

QString Translator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    if (sourceLanguageDepth > 0)
        return {}; // no translation: the caller gets the English source text
    return QTranslator::translate(context, sourceText, disambiguation, n);
}

SourceLanguageScope::SourceLanguageScope()
{
    ++sourceLanguageDepth;
}

bool SourceLanguageScope::active()
{
    return sourceLanguageDepth > 0;
}

SourceLanguageScope::~SourceLanguageScope()
{
    --sourceLanguageDepth;
}

} // namespace onco
