#include "AlterationFacts.h"

#include "effect/ExonIndex.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

Effect effectOfTerm(const QString& term)
{
    static const QHash<QString, Effect> effects{
        {u"transcript_ablation"_s, Effect::Ablation},
        {u"exon_loss_variant"_s, Effect::Ablation},
        {u"splice_acceptor_variant"_s, Effect::SpliceSite},
        {u"splice_donor_variant"_s, Effect::SpliceSite},
        {u"stop_gained"_s, Effect::Nonsense},
        {u"frameshift_variant"_s, Effect::Frameshift},
        {u"stop_lost"_s, Effect::ProteinAltering},
        {u"start_lost"_s, Effect::StartLoss},
        {u"initiator_codon_variant"_s, Effect::StartLoss},
        {u"inframe_insertion"_s, Effect::InframeInsertion},
        {u"disruptive_inframe_insertion"_s, Effect::InframeInsertion},
        {u"conservative_inframe_insertion"_s, Effect::InframeInsertion},
        {u"inframe_deletion"_s, Effect::InframeDeletion},
        {u"disruptive_inframe_deletion"_s, Effect::InframeDeletion},
        {u"conservative_inframe_deletion"_s, Effect::InframeDeletion},
        {u"missense_variant"_s, Effect::Missense},
        {u"protein_altering_variant"_s, Effect::ProteinAltering},
        {u"coding_sequence_variant"_s, Effect::ProteinAltering},
        {u"rare_amino_acid_variant"_s, Effect::Missense},
        {u"splice_region_variant"_s, Effect::SpliceRegion},
        {u"splice_donor_5th_base_variant"_s, Effect::SpliceRegion},
        {u"splice_donor_region_variant"_s, Effect::SpliceRegion},
        {u"splice_polypyrimidine_tract_variant"_s, Effect::SpliceRegion},
        {u"incomplete_terminal_codon_variant"_s, Effect::Synonymous},
        {u"start_retained_variant"_s, Effect::Synonymous},
        {u"stop_retained_variant"_s, Effect::Synonymous},
        {u"synonymous_variant"_s, Effect::Synonymous},
        {u"5_prime_UTR_variant"_s, Effect::Upstream},
        {u"5_prime_UTR_premature_start_codon_gain_variant"_s, Effect::Upstream},
        {u"upstream_gene_variant"_s, Effect::Upstream},
    };
    if (term.isEmpty())
        return Effect::Unknown;
    return effects.value(term, Effect::NonCoding);
}

Effect effectOfEdit(const ProteinEdit& e)
{
    using T = ProteinEdit::Type;
    switch (e.type) {
    case T::Missense:
        return Effect::Missense;
    case T::Nonsense:
        return Effect::Nonsense;
    case T::Synonymous:
        return Effect::Synonymous;
    case T::Frameshift:
        return Effect::Frameshift;
    case T::Deletion:
        return Effect::InframeDeletion;
    case T::Insertion:
    case T::Duplication:
        return Effect::InframeInsertion;
    case T::Delins:
    case T::Extension:
        return Effect::ProteinAltering;
    case T::StartLoss:
        return Effect::StartLoss;
    case T::Splice:
        return Effect::SpliceSite;
    case T::Position:
        return Effect::Unknown;
    }
    return Effect::Unknown;
}

} // namespace

int annotationRank(const QString& text)
{
    const qsizetype slash = text.indexOf(u'/');
    bool ok = false;
    const int n = (slash >= 0 ? QStringView(text).left(slash) : QStringView(text)).trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

bool predictedEffectOpen(const AlterationDetail& d)
{
    return !d.extra().effectSource.isEmpty() && d.consequence == u"coding_sequence_variant" && d.hgvsp.isEmpty();
}

AlterationFacts AlterationFacts::of(const Alteration& a)
{
    AlterationFacts f;
    f.gene = a.mainGene().toUpper();
    const AlterationDetail* d = a.detailOrNull();
    if (a.kind == AlterationKind::CopyNumber || a.kind == AlterationKind::Fusion
        || a.kind == AlterationKind::StructuralVariant || a.kind == AlterationKind::Biomarker) {
        f.effect = Effect::Other;
        return f;
    }
    if (!d)
        return f;
    if (!d->hgvsp.isEmpty()) {
        f.proteinKey = ProteinChange::matchKey(d->hgvsp);
        f.edit = ProteinChange::parse(d->hgvsp);
    }
    f.effect = effectOfTerm(d->consequence);
    // OncoBoard's own prediction says coding_sequence_variant when the effect on the protein is
    // open (the reference codon is not known): it may be synonymous.
    if (predictedEffectOpen(*d))
        f.effect = Effect::Unknown;
    // A predicted coding change without a stated protein change: its codon and reference residue
    // (codon-, exon- and class-level rules; never an exact protein match).
    if (!f.edit && d->extra().proteinPosition > 0) {
        ProteinEdit e;
        e.type = f.effect == Effect::Frameshift ? ProteinEdit::Type::Frameshift : ProteinEdit::Type::Position;
        e.firstAa = d->extra().refResidue.isNull() ? u'X' : d->extra().refResidue;
        e.lastAa = e.firstAa;
        e.firstPos = e.lastPos = d->extra().proteinPosition;
        f.edit = e;
    }
    // The protein change is more specific than a generic term, and the only source without a term.
    if (f.edit && (f.effect == Effect::Unknown || f.effect == Effect::ProteinAltering))
        if (const Effect e = effectOfEdit(*f.edit); e != Effect::Unknown)
            f.effect = e;
    f.exon = annotationRank(d->exon);
    f.intron = annotationRank(d->intron);
    // Without an exon from the input, the protein position places the change in an exon of the
    // gene's MANE Select transcript (exon-level evidence: "NPM1 Exon 11 Mutation").
    if (f.exon == 0 && f.intron == 0 && f.edit && f.edit->firstPos > 0 && !d->gene.isEmpty()
        && (f.altersProtein() || f.effect == Effect::Unknown)) {
        if (const auto where = ExonIndex::bundled().exonOfCodon(f.gene, f.edit->firstPos)) {
            f.exon = where->exon;
            f.exonSource = u"%1 %2, codon %3"_s.arg(u"MANE Select"_s, where->transcript).arg(f.edit->firstPos);
        }
    }
    return f;
}

AlterationFacts AlterationFactsMemo::of(const Alteration& a)
{
    const AlterationDetail* d = a.detailOrNull();
    // Only a small variant's facts are its detail's alone (the others' depend on their kind).
    if (!d || !isSmallVariant(a.kind))
        return AlterationFacts::of(a);
    if (const auto it = m_entries.find(d); it != m_entries.end())
        return it->second.facts;
    if (m_entries.size() >= m_capacity)
        m_entries.clear();
    AlterationFacts f = AlterationFacts::of(a);
    m_entries.emplace(d, Entry{a.sharedDetail(), f});
    return f;
}

Effect AlterationFacts::effectOf(const Alteration& a)
{
    if (a.kind == AlterationKind::CopyNumber || a.kind == AlterationKind::Fusion
        || a.kind == AlterationKind::StructuralVariant || a.kind == AlterationKind::Biomarker)
        return Effect::Other;
    const AlterationDetail* d = a.detailOrNull();
    if (!d)
        return Effect::Unknown;
    if (predictedEffectOpen(*d))
        return Effect::Unknown;
    const Effect e = effectOfTerm(d->consequence);
    if ((e == Effect::Unknown || e == Effect::ProteinAltering) && !d->hgvsp.isEmpty())
        return of(a).effect;
    return e;
}

bool AlterationFacts::altersProtein() const
{
    switch (effect) {
    case Effect::Missense:
    case Effect::InframeDeletion:
    case Effect::InframeInsertion:
    case Effect::ProteinAltering:
    case Effect::Nonsense:
    case Effect::Frameshift:
    case Effect::SpliceSite:
    case Effect::StartLoss:
    case Effect::Ablation:
        return true;
    default:
        return false;
    }
}

bool AlterationFacts::truncating() const
{
    return effect == Effect::Nonsense || effect == Effect::Frameshift || effect == Effect::SpliceSite
           || effect == Effect::StartLoss || effect == Effect::Ablation;
}

} // namespace onco
