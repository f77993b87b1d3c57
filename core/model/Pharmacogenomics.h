#pragma once

#include "Alteration.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace onco {

/**
 * One variant of a case at a position that defines a pharmacogenomic allele (a PharmCAT/CPIC allele
 * definition), with the genotype read for it and how it was read.
 */
struct PgxObservation
{
    qint32 alteration = -1; ///< index into Case::alterations
    QString variant;        ///< "c.1905+1G>A" where the allele name gives it, else the genomic HGVS on GRCh38
    QString rsid;           ///< "rs3918290"; empty when the definition has none
    /** The named allele that explains the variant in the reported diplotype ("c.1905+1G>A (*2A)", "*3A");
     *  the candidates joined by " or " when no diplotype could be derived. */
    QString allele;
    QString function;      ///< clinical function of that allele ("No function"); empty when unresolved
    QString activityValue; ///< DPYD activity value of the allele ("0.0"); empty for the other genes
    Zygosity zygosity = Zygosity::Unknown;
    /** How the genotype was read, e.g. "GT of normal sample N: heterozygous (germline DNA)" or "tumor VAF 0.47
     *  (0.35-0.65 read as heterozygous; tumor DNA, confirm on germline DNA)". */
    QString zygosityMethod;
};

/** A CPIC recommendation for one drug, chosen by the phenotype (or DPYD activity score) of the finding. */
struct PgxRecommendation
{
    QString drug;           ///< "fluorouracil"
    QString phenotypeKey;   ///< what selected it: "DPYD activity score 1.0", "TPMT Intermediate Metabolizer; ..."
    QString implication;    ///< CPIC implications, per gene ("DPYD: Decreased DPD activity ...")
    QString recommendation; ///< CPIC drug recommendation text, verbatim
    QString comments;       ///< CPIC comments ("n/a" dropped)
    QString classification; ///< strength of the recommendation: "Strong", "Moderate", "Optional"
    QString source;         ///< "CPIC guideline DPYD and Fluoropyrimidines (CPIC data v1.30.0)"
    QString url;            ///< the guideline's page
};

/**
 * The pharmacogenomic result of one gene (DPYD, TPMT, NUDT15, UGT1A1). Never an AMP/ASCO/CAP tier:
 * a germline drug-metabolism genotype belongs to the pharmacogenomics section of a report.
 * Fields that could not be derived stay empty; the caveats say why.
 */
struct PgxFinding
{
    QString gene;
    std::vector<PgxObservation> observed; ///< the case's variants at defined positions, by genomic position
    QString diplotype;                    ///< "Reference/c.1905+1G>A (*2A)", "*1/*3A"; empty when not derived
    QString phenotype;                    ///< "Intermediate Metabolizer"; empty when not derived
    QString activityScore;                ///< DPYD only: "1.0", "1.5" ...; empty otherwise
    QString method;                       ///< how the diplotype was derived, incl. positions assumed reference
    std::vector<PgxRecommendation> recommendations; ///< CPIC, for this phenotype; empty for UGT1A1
    QStringList caveats;                            ///< limits of the result, each a sentence
};

} // namespace onco
