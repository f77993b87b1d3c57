#include "Annotator.h"

#include "Matcher.h"
#include "kb/KnowledgeBase.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

Result<AnnotationResult> Annotator::annotate(Case caseData, KnowledgeBase& kb, const Progress* progress)
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

    const auto civic = kb.activeRelease(u"CIViC"_s);
    if (!civic)
        return fail(CoreError::Code::InvalidArgument,
                    QCoreApplication::translate("onco::Annotator", "the knowledge base holds no CIViC release"));
    auto matcher = Matcher::create(kb, *civic);
    if (!matcher)
        return Unexpected{matcher.error()};
    if (auto r = matcher->annotate(kb, result, progress); !r)
        return Unexpected{r.error()};
    return result;
}

} // namespace onco
