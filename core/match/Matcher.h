#pragma once

#include "Progress.h"
#include "Result.h"
#include "kb/KnowledgeBase.h"
#include "model/AnnotationResult.h"

#include <QHash>
#include <QList>

#include <vector>

namespace onco {

/**
 * Decides which knowledge-base evidence applies to which alteration, and why.
 * Exact matching: the same gene and normalised protein change (BRAF p.V600E = CIViC "BRAF V600E"),
 * or the same GRCh37 allele (only when the case is GRCh37). Synonymous changes never match at
 * protein level. Each match states the rule and the fields compared.
 */
class Matcher
{
public:
    /** Loads the variants of one release into memory-resident indexes. */
    static Result<Matcher> create(KnowledgeBase& kb, const KbReleaseInfo& release);

    /**
     * Matches every alteration of `result.caseData`, fills result.evidence and result.matches
     * (sorted by alteration, level, evidence id) and records the release in result.knowledgeBases.
     */
    [[nodiscard]] Result<void>
    annotate(KnowledgeBase& kb, AnnotationResult& result, const Progress* progress = nullptr) const;

private:
    struct Hit
    {
        qint32 alteration;
        qint64 profile;
        QString rule;
    };

    KbReleaseInfo m_release;
    std::vector<KbVariant> m_variants;
    QHash<QString, QList<int>> m_byProtein; ///< "GENE\tKEY" -> variant indexes
    QHash<AlleleKey, QList<int>> m_byAllele;
};

} // namespace onco
