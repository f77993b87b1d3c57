#pragma once

#include "Progress.h"
#include "Result.h"
#include "model/AnnotationResult.h"

namespace onco {

class KnowledgeBase;

/**
 * Annotates a case: validates its tumor type against OncoTree and matches its alterations against
 * the active release of each knowledge-base source. The CLI and the GUI both call this, so the
 * window shows what the CLI writes.
 */
class Annotator
{
public:
    /**
     * Errors: InvalidArgument for an unknown OncoTree code or a knowledge base without CIViC;
     * Database; Canceled.
     */
    static Result<AnnotationResult> annotate(Case caseData, KnowledgeBase& kb, const Progress* progress = nullptr);
};

} // namespace onco
