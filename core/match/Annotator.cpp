#include "Annotator.h"

#include "Matcher.h"
#include "Tiering.h"
#include "kb/KnowledgeBase.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Reference sources (gene roles, drug synonyms) hold no evidence and are not matched against. */
bool hasEvidence(KnowledgeBase& kb, const KbReleaseInfo& release)
{
    return kb.count("evidence", release.id) > 0;
}

} // namespace

Result<AnnotationResult>
Annotator::annotate(Case caseData, KnowledgeBase& kb, const AnnotateOptions& options, const Progress* progress)
{
    AnnotationResult result;
    if (!caseData.tumorType.isEmpty()) {
        const OncoTreeNode* node = OncoTree::bundled().find(caseData.tumorType);
        if (!node)
            return fail(
                CoreError::Code::InvalidArgument,
                QCoreApplication::translate("onco::Annotator", "unknown OncoTree code '%1'").arg(caseData.tumorType));
        caseData.tumorType = node->code;
        result.tumorTypeName = node->name;
    }
    result.caseData = std::move(caseData);

    // The releases to use, checked before any matching so that a typo fails fast.
    QStringList sources = kb.sources();
    if (!sources.contains(u"CIViC"_s))
        return fail(CoreError::Code::InvalidArgument,
                    QCoreApplication::translate("onco::Annotator", "the knowledge base holds no CIViC release"));
    std::vector<KbReleaseInfo> releases;
    for (auto it = options.releases.cbegin(); it != options.releases.cend(); ++it) {
        if (!sources.contains(it.key()))
            return fail(
                CoreError::Code::InvalidArgument,
                QCoreApplication::translate("onco::Annotator", "the knowledge base holds no %1 release").arg(it.key()));
    }
    const QList<KbReleaseInfo> all = kb.releases();
    for (const QString& source : sources) {
        std::optional<KbReleaseInfo> chosen;
        if (options.releases.contains(source)) {
            for (const KbReleaseInfo& r : all)
                if (r.kb.source == source && r.kb.release == options.releases.value(source))
                    chosen = r;
            if (!chosen)
                return fail(CoreError::Code::InvalidArgument,
                            QCoreApplication::translate("onco::Annotator", "%1 %2 has not been imported")
                                .arg(source, options.releases.value(source)));
        } else {
            chosen = kb.activeRelease(source);
        }
        if (chosen && hasEvidence(kb, *chosen))
            releases.push_back(*chosen);
    }

    for (const KbReleaseInfo& release : releases) {
        auto matcher = Matcher::create(kb, release);
        if (!matcher)
            return Unexpected{matcher.error()};
        if (auto r = matcher->annotate(kb, result, progress); !r)
            return Unexpected{r.error()};
    }
    Tiering::assign(result);
    return result;
}

} // namespace onco
