#pragma once

#include "CaseLoadOptions.h"
#include "Progress.h"
#include "Result.h"
#include "model/Case.h"

#include <optional>

namespace onco {

/** A fusion name split into its genes. */
struct FusionName
{
    QString fivePrime;      ///< empty when the caller did not name it ("--ALK", "v::ALK")
    QString threePrime;     ///< empty for an intragenic event or an unnamed partner
    bool orderKnown = true; ///< false for "A-B" lists whose order tools do not agree on
    bool intragenic = false;
};

/** The order of two fusion partners whose input states no orientation. */
enum class FusionOrder
{
    AsGiven, ///< the first gene is the 5' partner
    Swapped, ///< the second gene is the 5' partner
    Unknown, ///< neither gene is a known 5' or 3' driver partner, or the two disagree
};

/** Which of two partners is 5', from the driver's biology (docs/tiering.md); Unknown when neither tells. */
FusionOrder inferredFusionOrder(const QString& first, const QString& second);

/**
 * Reads fusion and structural-variant tables: the cBioPortal SV format (Site1/Site2 columns),
 * fusion lists ("GENEA-GENEB", "GENE-intragenic", "A--B" as STAR-Fusion and PCGR write, "A::B"),
 * and GeneA/GeneB/Sv_Type tables. A fusion becomes an alteration of kind "fusion" with the 5'
 * gene as its gene and the 3' gene as partner (either may be unnamed: "--ALK", "FGFR2--"); other
 * events (deletions within a gene) become "SV".
 */
class FusionReader
{
public:
    static Result<void>
    read(const QString& path, const CaseLoadOptions& options, Case& into, const Progress* progress = nullptr);

    /**
     * Splits "EML4--ALK", "EML4::ALK", "BCR-ABL1", "NKX2-1-FOXA1" (hyphenated gene symbols are
     * found with the gene table), "EGFR-intragenic", "ETV6-RUNX1 fusion". nullopt when no split
     * gives known genes (and the text has no unambiguous separator).
     */
    static std::optional<FusionName> parseName(const QString& text);
};

} // namespace onco
