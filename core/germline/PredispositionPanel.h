#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

/** A gene of cancer-predisposition relevance and the panels that list it. */
struct PredispositionGene
{
    QString gene; ///< HGNC symbol as the panels write it
    /** "CPSR cancer predisposition panel (CANVAR_UK, PANEL_APP, TCGA_PANCAN_2018)", "ACMG SF v3.1". */
    QStringList panels;
    QString inheritance;        ///< CPSR mode of inheritance ("AD", "AR", "AD/AR" ...), else ACMG's; empty when neither
    QString mechanism;          ///< CPSR mechanism of disease: "LoF", "GoF", "GoF/LoF"; empty when not given
    QString phenotypes;         ///< CPSR phenotypes as the panel lists them; the ACMG conditions when CPSR gives none
    QStringList acmgConditions; ///< ACMG SF v3.1 conditions ("Lynch syndrome"); empty when not on that list
};

/**
 * The genes for which a germline referral may be flagged: the CPSR cancer-predisposition superpanel
 * ("panel 0", all its genes) and the ACMG SF v3.1 secondary-findings genes whose phenotype category is
 * Cancer (the other ACMG genes are cardiovascular, metabolic ... and are not shipped).
 * Immutable after loading: lookups are const and thread-safe.
 */
class PredispositionPanel
{
public:
    /**
     * Loads the CPSR table (columns GENE, CPG_MOD, CPG_MOI, CPG_SOURCE, CPG_PHENOTYPES; "NA" for a missing
     * value) and the ACMG cancer-gene table (Gene, Disease/Phentyope, Inheritance, SF List Version).
     * Errors: Io when a file cannot be read; BadInput with the file and line for a missing column or an
     * empty gene symbol.
     */
    [[nodiscard]] static Result<PredispositionPanel> load(const QString& cpsrPath, const QString& acmgPath);

    /**
     * The bundled panels (resources/predisposition), loaded on first use, once per process (thread-safe);
     * empty, with a warning logged, if a resource cannot be read.
     */
    static const PredispositionPanel& bundled();

    /** The gene (symbol, case-insensitive) when a panel lists it; nullopt otherwise. */
    [[nodiscard]] std::optional<PredispositionGene> find(const QString& gene) const;

    /** Number of distinct genes. */
    qsizetype size() const
    {
        return m_genes.size();
    }

private:
    QHash<QString, PredispositionGene> m_genes; // by upper-case symbol
};

} // namespace onco
