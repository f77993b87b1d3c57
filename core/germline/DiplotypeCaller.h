#pragma once

#include "germline/PgxDefinitions.h"
#include "model/Alteration.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace onco {

/**
 * The diplotype of one pharmacogene from the germline alleles observed at its defined positions.
 *
 * Positions without an observed allele count as reference. Every phasing of the heterozygous alleles is
 * tried (homozygous ones sit on both chromosomes); a phasing counts when both chromosomes are exactly a
 * PharmCAT named allele. The highest PharmCAT score (positions the two definitions fix) wins, so TPMT
 * c.460G>A + c.719A>G heterozygous is *1 with *3A rather than *3B with *3C; between equal scores the more
 * cautious phenotype wins. Other fitting diplotypes with another phenotype are named in the notes, and so is
 * the result in cis when the reported diplotype splits heterozygous variants between the chromosomes.
 * DPYD without any fitting phasing follows CPIC for unphased genotypes: the two alleles of lowest activity
 * value (a homozygous one counts twice) are taken to lie on different chromosomes.
 */
class DiplotypeCaller
{
public:
    /** One observed allele at a defined position. */
    struct Allele
    {
        int variant = -1;                           ///< index into Gene::variants
        QString bases;                              ///< VCF allele of the definition
        Zygosity zygosity = Zygosity::Heterozygous; ///< anything but Homozygous is taken as heterozygous
    };

    /** The result; text fields stay empty when they were not derived. */
    struct Call
    {
        bool derived = false; ///< a diplotype was found
        QString diplotype;    ///< as the phenotype table writes it: "Reference/c.1905+1G>A (*2A)"
        QString phenotype;
        QString activityScore;   ///< DPYD only
        QStringList alleleNames; ///< per input allele: the named allele explaining it ("X and Y" for a homozygous one
                                 ///< explained by two alleles; the candidates joined by " or " when not derived)
        QString how;             ///< one sentence on how the diplotype was found
        QStringList notes;       ///< phase, alternatives, alleles not counted, a missing phenotype

        /** "Reference/c.1905+1G>A (*2A): Intermediate Metabolizer (activity score 1.0)", or "no diplotype". */
        QString summary() const;
    };

    /** Calls diplotypes of `gene`, which must outlive the caller. */
    explicit DiplotypeCaller(const PgxDefinitions::Gene& gene);

    /** The diplotype of these alleles. Never fails: alleles that fit no diplotype give derived == false and a note. */
    [[nodiscard]] Call call(const std::vector<Allele>& alleles) const;

private:
    struct Candidate;

    std::vector<Candidate> candidates(const std::vector<Allele>& alleles) const;
    QString cisAlternative(const Candidate& best) const;
    Call fill(const Candidate& best) const;
    Call dpydFallback(const std::vector<Allele>& alleles) const;

    const PgxDefinitions::Gene& m_gene;
};

} // namespace onco
