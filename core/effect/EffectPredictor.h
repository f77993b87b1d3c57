#pragma once

#include "effect/ProteinSequences.h"
#include "effect/ReferenceGenome.h"
#include "effect/TranscriptModels.h"

#include <QChar>
#include <QString>

#include <optional>

namespace onco {

struct Case;

/** What a small variant does to the transcript it falls in, as far as it can be known without the genome. */
struct EffectPrediction
{
    QString gene;
    QString transcript;       ///< RefSeq accession of the model
    QString ensembl;          ///< Ensembl transcript (MANE), empty when the model is not MANE
    QString model;            ///< which model: "MANE Select", "MSKCC isoform", "refGene longest CDS"
    QString consequence;      ///< most severe Sequence Ontology term
    QString exon;             ///< "15/18"
    QString intron;           ///< "13/17"
    QString hgvsc;            ///< "c.1799T>A"; empty outside the transcript
    QString hgvsp;            ///< only when the protein change follows from the data alone; else empty
    int proteinPosition = 0;  ///< first codon a coding change touches; 0 outside the CDS
    QChar refResidue;         ///< residue at proteinPosition from the protein sequence; null when unknown
    QString note;             ///< what stays unknown and why
    bool refMismatch = false; ///< REF differs from the reference genome, or cannot encode the protein's residue
};

/**
 * Predicts gene, transcript, exon or intron, region, HGVSc and consequence of small variants from
 * the bundled transcript models, without a reference genome. What the genome would be needed for
 * (the other bases of a codon, hence most alternative residues; 3' shifting of repeats) is left
 * open and said so in the note: a protein change is stated only when the data determine it (the
 * reference residue's codons all give the same new residue; a deletion or insertion of whole
 * codons).
 *
 * With the laboratory's reference genome (ReferenceGenome) the coding sequence is translated:
 * every protein change is stated (missense, synonymous, stop gained or lost, start lost,
 * frameshifts with their new stop, in-frame changes named at their 3'-most residues) and exonic
 * indels are shifted 3' in HGVSc (duplications named as such), as VEP and HGVS do.
 */
namespace EffectPredictor {

/** Bases a variant may lie up- or downstream of a transcript and still be assigned to its gene (as VEP). */
inline constexpr qint64 flank = 5000;

/**
 * The effect of one small variant (1-based `pos`, VCF alleles with their anchor base or MAF alleles
 * with '-') on the most affected transcript; nullopt for alleles that are not bases or do not differ.
 * `genome`, when given, must be the build of `models`; REF is not checked here (see annotate()).
 */
std::optional<EffectPrediction> predict(const QString& chrom,
                                        qint64 pos,
                                        const QString& ref,
                                        const QString& alt,
                                        const TranscriptModels& models,
                                        const ProteinSequences& proteins,
                                        const ReferenceGenome* genome = nullptr);

/**
 * Fills gene, transcript, exon/intron, consequence, HGVSc and (when determined) HGVSp of the case's
 * small variants whose input gives no consequence, using the bundled models of the case's build;
 * marks each with the fields it filled. Without a known build: one warning, nothing predicted.
 * With a reference genome, every small variant's REF is checked against it first (a mismatch is a
 * positioned warning, and that variant's protein change is not stated). Returns the number of
 * variants annotated.
 */
qint64 annotate(Case& c, const ReferenceGenome* genome = nullptr);

/** Where the functional annotation of a case's small variants came from. */
struct AnnotationSummary
{
    qint64 fromInput = 0;    ///< annotated by the input (VEP, SnpEff, bcftools csq, MAF columns)
    qint64 predicted = 0;    ///< predicted by OncoBoard from its transcript models
    qint64 notAnnotated = 0; ///< neither (intergenic, a gene without a model, or no genome build)
    bool buildUnknown = false;
    QString referenceGenome; ///< the reference FASTA predictions were translated with; empty when none

    /** One line for a person: "3,198 predicted by OncoBoard ..., 119 not annotated"; a warning when nothing could be.
     */
    QString text() const;
};

AnnotationSummary summarize(const Case& c);

} // namespace EffectPredictor

} // namespace onco
