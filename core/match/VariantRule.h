#pragma once

#include "io/ProteinChange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace onco {

struct KbVariant;

/** What a knowledge-base variant stands for, read from its name, feature and variant types. */
struct VariantRule
{
    enum class Kind : quint8
    {
        Protein,   ///< one or more exact protein changes ("V600E", "D835H/Y", "Y177fs")
        Codon,     ///< any change at a residue ("V600", "G12/G13")
        Range,     ///< any change in a residue range ("K550_W557", "DEL 485-490")
        Exon,      ///< a kind of change in an exon or exon range ("Exon 19 Deletion")
        Category,  ///< a gene-level class ("Mutation", "Amplification", "Loss-of-function")
        Fusion,    ///< a fusion with named or open partners ("BCR::ABL1", "v::ALK", "ALK Fusion")
        Biomarker, ///< a case-level biomarker ("TMB High", "MSI-H")
        Event,     ///< a named gene event: EGFR "VIII", BRAF "Kinase Domain Duplication" (NamedEvent)
        None,      ///< nothing in a case can show it (expression, methylation ...); `why` says so
    };
    enum class Category : quint8
    {
        Mutation,          ///< any protein-altering variant
        OncogenicMutation, ///< a variant known to be oncogenic, or truncating in a tumor suppressor
        Activating,        ///< a protein-altering variant known to be oncogenic in this release
        LossOfFunction,    ///< truncating variant or deep deletion, in a tumor suppressor
        Truncating,        ///< nonsense, frameshift, canonical splice site, start loss
        Frameshift,
        Amplification,
        Deletion, ///< deep (homozygous) deletion
        CopyNumberChange,
        Promoter, ///< upstream / 5' UTR variant of the gene (TERT promoter)
        Itd,      ///< internal tandem duplication: in-frame insertion or duplication
    };
    enum class ExonChange : quint8
    {
        Mutation,
        Deletion,
        Insertion,
        Skipping,
        Frameshift,
    };

    Kind kind = Kind::None;
    QString gene; ///< upper case; the 3' gene of a fusion with an open 5' partner
    QStringList proteinKeys;
    QList<ProteinEdit> positions; ///< Codon and Range: residues (and for Range the edit wanted)
    bool deletionOnly = false;    ///< Range: only deletions ("DEL 485-490")
    int exonFirst = 0;
    int exonLast = 0;
    ExonChange exonChange = ExonChange::Mutation;
    Category category = Category::Mutation;
    QString fivePrime;            ///< Fusion: upper case; empty when any partner
    QString threePrime;           ///< Fusion: upper case; empty when any partner
    bool geneLevelFusion = false; ///< Fusion: any fusion with `gene` on either side
    QString exons;                ///< Fusion: the exons the variant names ("e13::e2"), not compared
    QString biomarker;            ///< Biomarker: "TMB-high", "MSI-H"
    QString event;                ///< Event: the canonical NamedEvent name ("vIII", "KDD")
    QString why;                  ///< None: why it cannot be matched

    /** How the rule reads in a match explanation: "codon V600", "exon 19 in-frame deletion". */
    QString describe() const;
};

/** Reads the rule of a knowledge-base variant. Never fails: unknown names give Kind::None. */
VariantRule classifyVariant(const KbVariant& variant);

} // namespace onco
