#include "Consequence.h"

#include <QHash>

#include <array>

namespace onco {

namespace {

// Ensembl VEP's severity order, with SnpEff's own terms placed beside their VEP equivalents.
constexpr std::array<QStringView, 58> severityOrder{
    u"transcript_ablation",
    u"exon_loss_variant",
    u"splice_acceptor_variant",
    u"splice_donor_variant",
    u"stop_gained",
    u"frameshift_variant",
    u"stop_lost",
    u"start_lost",
    u"initiator_codon_variant",
    u"transcript_amplification",
    u"gene_fusion",
    u"bidirectional_gene_fusion",
    u"feature_elongation",
    u"feature_truncation",
    u"inframe_insertion",
    u"disruptive_inframe_insertion",
    u"conservative_inframe_insertion",
    u"inframe_deletion",
    u"disruptive_inframe_deletion",
    u"conservative_inframe_deletion",
    u"missense_variant",
    u"protein_altering_variant",
    u"rare_amino_acid_variant",
    u"splice_donor_5th_base_variant",
    u"splice_region_variant",
    u"splice_donor_region_variant",
    u"splice_polypyrimidine_tract_variant",
    u"incomplete_terminal_codon_variant",
    u"start_retained_variant",
    u"stop_retained_variant",
    u"synonymous_variant",
    u"coding_sequence_variant",
    u"mature_miRNA_variant",
    u"5_prime_UTR_premature_start_codon_gain_variant",
    u"5_prime_UTR_variant",
    u"3_prime_UTR_variant",
    u"non_coding_transcript_exon_variant",
    u"non_coding_exon_variant",
    u"intron_variant",
    u"NMD_transcript_variant",
    u"non_coding_transcript_variant",
    u"coding_transcript_variant",
    u"upstream_gene_variant",
    u"downstream_gene_variant",
    u"TFBS_ablation",
    u"TFBS_amplification",
    u"TF_binding_site_variant",
    u"regulatory_region_ablation",
    u"regulatory_region_amplification",
    u"regulatory_region_variant",
    u"intragenic_variant",
    u"intergenic_region",
    u"intergenic_variant",
    u"conserved_intergenic_variant",
    u"sequence_feature",
    u"structural_interaction_variant",
    u"protein_protein_contact",
    u"sequence_variant",
};

// The last entry that alters the protein sequence.
constexpr int lastProteinAltering = 22; // rare_amino_acid_variant

const QHash<QStringView, int>& rankTable()
{
    static const QHash<QStringView, int> table = [] {
        QHash<QStringView, int> t;
        for (int i = 0; i < int(severityOrder.size()); ++i)
            t.insert(severityOrder[size_t(i)], i);
        return t;
    }();
    return table;
}

} // namespace

int Consequence::rank(QStringView term)
{
    return rankTable().value(term, int(severityOrder.size()));
}

QStringView Consequence::mostSevere(QStringView terms)
{
    QStringView best;
    int bestRank = 1 << 30;
    for (QStringView t : terms.tokenize(u'&')) {
        const int r = rank(t);
        if (r < bestRank) {
            bestRank = r;
            best = t;
        }
    }
    return best;
}

bool Consequence::altersProtein(QStringView term)
{
    const int r = rank(term);
    return r <= lastProteinAltering && term != u"transcript_amplification" && term != u"feature_elongation"
           && term != u"feature_truncation";
}

} // namespace onco
