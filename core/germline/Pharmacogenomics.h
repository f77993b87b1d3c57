#pragma once

#include "germline/PgxDefinitions.h"
#include "model/Case.h"
#include "model/Pharmacogenomics.h"

#include <QString>

#include <vector>

namespace onco {

/**
 * Pharmacogenomic genotypes of DPYD, TPMT, NUDT15 and UGT1A1 from a case's small variants, with the CPIC
 * recommendations for fluoropyrimidines (DPYD) and thiopurines (TPMT, NUDT15). Never an AMP tier.
 *
 * How a finding is derived:
 * - The case's small variants (SNV, MNV, insertion, deletion, delins; VCF or MAF alleles) are matched to the
 *   defined positions of the PharmCAT allele definitions (GRCh38; lifted to GRCh37 once at load). Indels are
 *   compared at their leftmost place within the bases REF shows, so a left-aligned call (`bcftools norm`)
 *   matches; the UGT1A1 *28 promoter TA repeat (rs3064744) is recognised as a left-aligned insertion of one
 *   TA unit (C>CAT), *36 and *37 likewise.
 * - Genotype per variant: the normal sample's GT, else the normal's VAF, else the tumor sample's GT, else the
 *   tumor's VAF. VAF rule: 0.35-0.65 heterozygous, >= 0.85 homozygous, otherwise unknown; in the normal a VAF
 *   below 0.10 at depth >= 10 means the variant is somatic (not a germline allele). A tumor VAF is distorted by
 *   purity, copy number and loss of heterozygosity, so results read from tumor DNA carry that caveat.
 * - Defined positions the input does not report are assumed reference (the method says how many). The only
 *   other assumption: a thiopurine recommendation needs both TPMT and NUDT15, and a gene without a finding is
 *   then taken as Normal Metabolizer (a caveat says so).
 * - Diplotype: DiplotypeCaller (exact PharmCAT named alleles over every phasing; DPYD's CPIC fallback). A
 *   variant of unknown zygosity gives no diplotype; the caveats say what each zygosity would give.
 * - Phenotype and DPYD activity score from the PharmCAT phenotype table; CPIC recommendations for that key.
 *   UGT1A1 gets the phenotype only (no irinotecan recommendation is shipped).
 */
class Pharmacogenomics
{
public:
    /** Wraps loaded definitions; see PgxDefinitions::load. */
    explicit Pharmacogenomics(PgxDefinitions definitions);

    /**
     * The bundled data (":/oncoboard/pgx", GRCh37 positions lifted with LiftOver::grch38ToGrch37()), loaded on
     * first use, once per process (thread-safe). If that fails (a build error) a warning is logged and
     * assess() finds nothing.
     */
    static const Pharmacogenomics& bundled();

    /**
     * The pharmacogenomic findings of a case, sorted by gene: one per gene with at least one non-reference
     * defined allele among its small variants (one absent from the normal sample gives a finding without
     * diplotype, so that it is seen). Empty for a case of unknown genome build. Never throws.
     */
    [[nodiscard]] std::vector<PgxFinding> assess(const Case& c) const;

    const PgxDefinitions& definitions() const
    {
        return m_defs;
    }

private:
    struct Observed;

    PgxFinding assessGene(const Case& c, int geneIndex, std::vector<Observed> observed) const;
    void addRecommendations(std::vector<PgxFinding>& findings) const;

    PgxDefinitions m_defs;
};

} // namespace onco
