#pragma once

#include "Progress.h"
#include "Result.h"
#include "model/AnnotationResult.h"

#include <QHash>
#include <QString>

namespace onco {

class KnowledgeBase;

/** Choices for one annotation run. */
struct AnnotateOptions
{
    /** Release to use per source for this run ("CIViC" -> "2024-08-01"); others: the active release. */
    QHash<QString, QString> releases;
    /**
     * Coding territory of the assay in megabases, for a TMB estimated from the case's variants
     * (MutationBurden); <= 0: none is estimated, and a TMB biomarker estimated earlier is kept.
     */
    double panelSizeMb = -1;
};

/**
 * Annotates a case: validates its tumor type against OncoTree and matches its alterations against
 * the active release of each knowledge-base source. The CLI and the GUI both call this, so the
 * window shows what the CLI writes.
 */
class Annotator
{
public:
    /**
     * Matches against the active (or chosen) release of every source in the knowledge base: CIViC,
     * then the others by name (OncoKB, Local ...). result.knowledgeBases lists the releases used.
     * Errors: InvalidArgument for an unknown OncoTree code, a knowledge base without CIViC or a
     * chosen release that was not imported; Database; Canceled.
     */
    static Result<AnnotationResult>
    annotate(Case caseData, KnowledgeBase& kb, const AnnotateOptions& options, const Progress* progress = nullptr);

    static Result<AnnotationResult> annotate(Case caseData, KnowledgeBase& kb, const Progress* progress = nullptr)
    {
        return annotate(std::move(caseData), kb, AnnotateOptions{}, progress);
    }
};

} // namespace onco
