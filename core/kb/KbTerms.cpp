#include "KbTerms.h"

#include "Translation.h"

#include <QCoreApplication>

#include <iterator>

namespace onco {

namespace {

// CIViC's vocabulary as of its 2025 releases (MOAlmanac, OncoKB, approvals and local evidence are
// imported into the same terms), and CPIC's phenotypes and strengths of recommendation.
constexpr const char* terms[] = {
    // evidence types
    QT_TRANSLATE_NOOP("onco::KbTerms", "Predictive"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Diagnostic"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Prognostic"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Predisposing"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Oncogenic"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Functional"),
    // directions
    QT_TRANSLATE_NOOP("onco::KbTerms", "Supports"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Does Not Support"),
    // clinical significances
    QT_TRANSLATE_NOOP("onco::KbTerms", "Sensitivity/Response"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Resistance"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Reduced Sensitivity"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Adverse Response"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Predisposition"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Protectiveness"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Positive"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Negative"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Better Outcome"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Poor Outcome"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Uncertain Significance"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Oncogenicity"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Gain of Function"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Loss of Function"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Dominant Negative"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Neomorphic"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Unaltered Function"),
    // therapy interactions
    QT_TRANSLATE_NOOP("onco::KbTerms", "Combination"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Sequential"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Substitutes"),
    // CPIC phenotypes and strengths of recommendation
    QT_TRANSLATE_NOOP("onco::KbTerms", "Normal Metabolizer"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Intermediate Metabolizer"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Possible Intermediate Metabolizer"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Poor Metabolizer"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Indeterminate"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Strong"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Moderate"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "Optional"),
    QT_TRANSLATE_NOOP("onco::KbTerms", "No Recommendation"),
};

} // namespace

QString kbTermText(const QString& term)
{
    if (!Translator::active())
        return term;
    for (const char* known : terms)
        if (term == QLatin1StringView(known))
            return QCoreApplication::translate("onco::KbTerms", known);
    return term;
}

} // namespace onco
