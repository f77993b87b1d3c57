#pragma once

#include "Result.h"
#include "model/Alteration.h"
#include "model/GenomeBuild.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <array>
#include <utility>
#include <vector>

namespace onco {

class LiftOver;

/**
 * The pharmacogenomic data Pharmacogenomics works from, as read from the bundled files
 * (resources/pgx/SOURCE.md): PharmCAT allele definitions (`GENE_translation.json`: defined positions
 * on GRCh38 and the named alleles over them), PharmCAT phenotype tables (`GENE.json`: allele function,
 * DPYD activity values, diplotype -> phenotype) and CPIC recommendations (`drug.json`).
 * Immutable after load(): every member is const and thread-safe.
 */
class PgxDefinitions
{
public:
    /** A defined position of a gene (one PharmCAT "variant"). */
    struct Variant
    {
        QString rsid;
        QString ref;                        ///< VCF REF on GRCh38
        std::array<qint64, 2> pos = {0, 0}; ///< 1-based VCF position on GRCh37 (0: not liftable) and GRCh38
        /** Genomic HGVS on GRCh38 per VCF ALT allele, as the definition names it: "NC_000001.11:g.97450058C>T";
         *  repeats in PharmCAT's count ("NC_000002.12:g.233760235TA[8]" is UGT1A1*28). */
        QHash<QString, QString> hgvs;
    };

    /** A named allele (star allele, or a DPYD variant name) and its function. */
    struct NamedAllele
    {
        QString name;
        bool reference = false;
        int score = 0; ///< PharmCAT's score: the number of positions the definition fixes
        std::vector<std::pair<int, QString>> definition; ///< (variant index, VCF allele) the allele requires
        QString function;                                ///< "No function"; empty when the phenotype table lacks it
        QString activityValue;                           ///< DPYD: "0.0" .. "1.0"; empty for the other genes
    };

    /** A diplotype's row of the phenotype table. */
    struct Diplotype
    {
        QString name;          ///< as the table writes it: "Reference/c.1905+1G>A (*2A)"
        QString phenotype;     ///< "Intermediate Metabolizer"
        QString activityScore; ///< DPYD: "1.0"; empty for the other genes
    };

    struct Gene
    {
        QString name;
        QString chromosome; ///< as in the definition: "chr1"
        QString version;    ///< PharmCAT data version of the definitions
        std::vector<Variant> variants;
        std::vector<NamedAllele> alleles;
        int reference = -1; ///< index of the reference named allele
        qsizetype unliftedPositions = 0;

        /** The phenotype-table row of two named alleles (either order); nullptr when the table has none. */
        const Diplotype* diplotype(const QString& a, const QString& b) const;
        /** Index of the named allele defined by this one variant allele alone, or -1. */
        int singularAllele(int variant, const QString& bases) const;
        /** The non-reference named alleles that use this variant allele, joined by " or ". */
        QString allelesUsing(int variant, const QString& bases) const;

    private:
        friend class PgxDefinitions;
        QHash<QString, Diplotype> m_diplotypes; // by the two names, sorted, joined by a tab
    };

    /** One CPIC recommendation row of a drug. */
    struct Recommendation
    {
        QHash<QString, QString> lookup;       ///< gene -> phenotype, or DPYD -> activity score
        QHash<QString, QString> implications; ///< gene -> implication text
        QString text;
        QString comments;
        QString classification;
    };

    struct Guideline
    {
        QString drug;
        QString name; ///< "DPYD and Fluoropyrimidines"
        QString url;
        QString version; ///< CPIC data version: "v1.30.0"
        QStringList genes;
        std::vector<Recommendation> recommendations;
    };

    /** A defined allele a small variant of a case hits. */
    struct Site
    {
        int gene = -1;
        int variant = -1;
        QString allele; ///< VCF allele of the definition on GRCh38
    };

    /**
     * Reads the definitions, phenotype tables and guidelines of DPYD, NUDT15, TPMT and UGT1A1 from
     * `directory` (files GENE_translation.json.gz, GENE.json.gz, DRUG.json.gz; filesystem or ":/"), and lifts
     * every defined position to GRCh37 with `grch38ToGrch37` (no GRCh37 sites when it is nullptr).
     * Errors: Io when a file cannot be read; BadInput naming the file for malformed JSON or a definition that
     * does not fit together (allele lists of the wrong length, no reference allele, no variants).
     */
    [[nodiscard]] static Result<PgxDefinitions> load(const QString& directory, const LiftOver* grch38ToGrch37);

    const std::vector<Gene>& genes() const
    {
        return m_genes;
    }
    const std::vector<Guideline>& guidelines() const
    {
        return m_guidelines;
    }

    /**
     * The defined alleles a small variant hits in a build (empty when none or for an unknown build). Alleles
     * are VCF or MAF style; a multi-base substitution is checked base by base (the SNVs found then count as
     * separate alleles: that they lie on one chromosome is not kept).
     */
    std::vector<Site>
    match(GenomeBuild build, const QString& chrom, qint64 pos, const QString& ref, const QString& alt) const;

    /**
     * alleleKey(), with an insertion or deletion moved to its leftmost place within the bases REF shows
     * (a definition written "CAT>CATAT" and a call written "C>CAT" are the same TA insertion). MAF alleles
     * carry no context and are not moved.
     */
    static AlleleKey normalisedKey(const QString& chrom, qint64 pos, const QString& ref, const QString& alt);

private:
    [[nodiscard]] static Result<Gene> loadGene(const QString& directory, const QString& name);
    [[nodiscard]] static Result<Guideline> loadGuideline(const QString& directory, const QString& drug);
    void addSites(int geneIndex, const LiftOver* grch38ToGrch37);

    std::vector<Gene> m_genes;
    std::vector<Guideline> m_guidelines;
    std::array<QHash<AlleleKey, Site>, 2> m_sites; // GRCh37, GRCh38
};

} // namespace onco
