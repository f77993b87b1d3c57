#pragma once

#include "Result.h"
#include "kb/KnowledgeBase.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace onco {

struct AlterationFacts;

/**
 * Protein changes and residues the loaded knowledge bases document as functional or clinically
 * significant (KnowledgeBase::documentedVariants): the members of a gene-level class such as
 * "TP53 Mutation" or "KRAS Activating Mutation" that class-level evidence may speak for. A residue
 * counts when a release names it as such ("KRAS G12", "IDH1 R132"): a recurrent hotspot. A missense
 * change at no documented residue is of unknown significance, whatever its gene.
 */
class KnownVariants
{
public:
    /** From the given releases (those with evidence). Errors of the knowledge base. */
    static Result<KnownVariants> load(KnowledgeBase& kb, const std::vector<KbReleaseInfo>& releases);

    /**
     * Why the alteration is a documented change: "CIViC 2025-07-01 documents BRAF V600E (EID1409)",
     * or the residue ("... documents KRAS G12 ..."); nullopt when it is not documented.
     */
    std::optional<QString> documented(const AlterationFacts& f) const;

    /** Adds a documented exact change (tests). */
    void addChange(const QString& gene, const QString& proteinKey, const QString& why);
    /** Adds a documented residue (tests). */
    void addResidue(const QString& gene, int position, const QString& why);

    qsizetype size() const
    {
        return m_changes.size() + m_residues.size();
    }

private:
    QHash<QString, QString> m_changes;  ///< "GENE\tKEY" -> why
    QHash<QString, QString> m_residues; ///< "GENE\tPOSITION" -> why
};

} // namespace onco
