#include "Matcher.h"

#include "AlterationFacts.h"
#include "KnownVariants.h"
#include "Relevance.h"
#include "Tiering.h"
#include "io/LiftOver.h"
#include "io/NamedEvent.h"
#include "kb/ReferenceImporter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::Matcher)
};

QString proteinIndexKey(const QString& gene, const QString& key)
{
    return gene.toUpper() + u'\t' + key;
}

/** The alteration's alleles on GRCh37 in CIViC's convention; lifted from GRCh38 when `lift` is set. */
std::optional<AlleleKey> grch37Key(const Alteration& a, const LiftOver* lift)
{
    if (!lift)
        return alleleKey(a.chrom, a.pos, a.ref, a.alt);
    if (a.ref == u"-" || a.alt == u"-") {
        // MAF alleles have no anchor base: lift the position, forward strand only.
        const auto p = lift->liftPosition(a.chrom, a.pos);
        if (!p || p->reverse)
            return std::nullopt;
        return alleleKey(p->chrom, p->pos, a.ref, a.alt);
    }
    const auto lifted = lift->liftAllele(a.chrom, a.pos, a.ref, a.alt);
    if (!lifted)
        return std::nullopt;
    return alleleKey(lifted->chrom, lifted->pos, lifted->ref, lifted->alt);
}

QString exonText(int exon)
{
    return exon > 0 ? QString::number(exon) : u"?"_s;
}

/** The longest tandem duplication read as an ITD: FLT3-ITDs are 3 to about 400 bases, rarely up to 1 kb. */
constexpr qint64 maxItdLength = 1000;

/** Bases an insertion adds (VCF alleles with their anchor, or MAF alleles with '-'); 0 for other kinds. */
qsizetype insertedBases(const Alteration& a)
{
    if (a.kind != AlterationKind::Insertion && a.kind != AlterationKind::Delins)
        return 0;
    const qsizetype ref = a.ref == u"-" ? 0 : a.ref.size();
    const qsizetype alt = a.alt == u"-" ? 0 : a.alt.size();
    return alt > ref ? alt - ref : 0;
}

/** Whether an alteration meets the qualifier a knowledge-base variant's name carries. */
bool qualifierHolds(const QString& name, const Alteration& a)
{
    const QString upper = name.toUpper();
    if (upper.contains(u"HOMOZYGOSITY"_s) || upper.contains(u"HOMOZYGOUS"_s))
        return a.tumorZygosity == Zygosity::Homozygous || a.normalZygosity == Zygosity::Homozygous;
    if (upper.contains(u"EXPRESSION"_s) || upper.contains(u"METHYLATION"_s))
        return false;
    return true;
}

/** Whether the tree holds, and the variant ids of its parts that make it hold. */
bool evaluate(const ProfileNode& node, const QHash<qint64, QList<qint32>>& hitsByVariant, QList<qint64>* contributing)
{
    switch (node.op) {
    case ProfileNode::Op::Variant:
        if (!hitsByVariant.contains(node.variantId))
            return false;
        if (contributing)
            contributing->append(node.variantId);
        return true;
    case ProfileNode::Op::Not:
        return node.children.empty() || !evaluate(node.children.front(), hitsByVariant, nullptr);
    case ProfileNode::Op::And: {
        QList<qint64> parts;
        for (const ProfileNode& c : node.children)
            if (!evaluate(c, hitsByVariant, &parts))
                return false;
        if (contributing)
            contributing->append(parts);
        return true;
    }
    case ProfileNode::Op::Or: {
        bool any = false;
        for (const ProfileNode& c : node.children)
            any = evaluate(c, hitsByVariant, contributing) || any;
        return any;
    }
    }
    return false;
}

/** The variant leaves of a tree that are not under a NOT. */
void positiveLeaves(const ProfileNode& node, QList<qint64>& out)
{
    if (node.op == ProfileNode::Op::Variant)
        out.append(node.variantId);
    else if (node.op != ProfileNode::Op::Not)
        for (const ProfileNode& c : node.children)
            positiveLeaves(c, out);
}

} // namespace

Result<Matcher> Matcher::create(KnowledgeBase& kb, const KbReleaseInfo& release, const KnownVariants* known)
{
    auto variants = kb.variants(release.id);
    if (!variants)
        return Unexpected{variants.error()};
    auto profiles = kb.profiles(release.id);
    if (!profiles)
        return Unexpected{profiles.error()};
    auto oncogenic = kb.oncogenicProteinChanges(release.id);
    if (!oncogenic)
        return Unexpected{oncogenic.error()};
    Matcher m;
    m.m_release = release;
    m.m_known = known;
    m.m_variants = std::move(variants.value());
    m.m_profiles = std::move(profiles.value());
    m.m_oncogenic = std::move(oncogenic.value());
    m.m_rules.reserve(m.m_variants.size());
    QSet<QString> roleGenes;
    for (qint32 i = 0; i < qint32(m.m_variants.size()); ++i) {
        const KbVariant& v = m.m_variants[size_t(i)];
        m.m_variantIndex.insert(v.id, i);
        VariantRule rule = classifyVariant(v);
        if (v.allele)
            m.m_byAllele[*v.allele].append(i);
        switch (rule.kind) {
        case VariantRule::Kind::Protein:
            for (const QString& key : rule.proteinKeys)
                m.m_byProtein[proteinIndexKey(rule.gene, key)].append(i);
            // A frameshift named by its first residue ("Y177fs") covers every frameshift there.
            if (!rule.positions.isEmpty() && rule.positions.front().type == ProteinEdit::Type::Frameshift)
                m.m_byGene[rule.gene].append(i);
            break;
        case VariantRule::Kind::Codon:
        case VariantRule::Kind::Range:
        case VariantRule::Kind::Exon:
        case VariantRule::Kind::Category:
            m.m_byGene[rule.gene].append(i);
            if (rule.kind == VariantRule::Kind::Category
                && (rule.category == VariantRule::Category::LossOfFunction
                    || rule.category == VariantRule::Category::OncogenicMutation
                    || rule.category == VariantRule::Category::Mutation))
                roleGenes.insert(rule.gene);
            break;
        case VariantRule::Kind::Fusion:
            if (rule.geneLevelFusion) {
                m.m_byFusionPartner[rule.gene].append(i);
            } else {
                if (!rule.fivePrime.isEmpty())
                    m.m_byFusionPartner[rule.fivePrime].append(i);
                if (!rule.threePrime.isEmpty() && rule.threePrime != rule.fivePrime)
                    m.m_byFusionPartner[rule.threePrime].append(i);
            }
            break;
        case VariantRule::Kind::Biomarker:
            m.m_biomarkers.append(i);
            break;
        case VariantRule::Kind::Event:
            m.m_byGene[rule.gene].append(i);
            break;
        case VariantRule::Kind::None:
            break;
        }
        m.m_rules.push_back(std::move(rule));
    }
    for (qint32 p = 0; p < qint32(m.m_profiles.size()); ++p)
        for (const ProfileVariant& pv : m.m_profiles[size_t(p)].variants)
            m.m_profilesOfVariant[pv.id].append(p);
    if (!roleGenes.isEmpty()) {
        auto roles = GeneRoles::open(kb.database());
        if (!roles)
            return Unexpected{roles.error()};
        for (const QString& gene : roleGenes) {
            auto role = roles->predominantRole(gene);
            if (!role)
                return Unexpected{role.error()};
            m.m_roles.insert(gene, *role);
        }
    }
    return m;
}

bool Matcher::isTumorSuppressor(const QString& gene) const
{
    return m_roles.value(gene).contains(u"Tumor_Suppressor"_s);
}

std::optional<QString> Matcher::documented(const AlterationFacts& f) const
{
    if (m_oncogenic.contains(proteinIndexKey(f.gene, f.proteinKey)))
        return Messages::tr("%1 %2 is oncogenic in %3 %4")
            .arg(f.gene, f.proteinKey, m_release.kb.source, m_release.kb.release);
    if (m_known)
        return m_known->documented(f);
    return std::nullopt;
}

std::optional<Matcher::Hit>
Matcher::applyRule(qint32 alteration, const Alteration& a, const AlterationFacts& f, qint32 variant) const
{
    const VariantRule& r = m_rules[size_t(variant)];
    const KbVariant& v = m_variants[size_t(variant)];
    const QString kbName = v.gene + u' ' + v.name;
    // Gene-level mutation classes stand for many variants: ESCAT calls evidence on them III-B.
    const bool geneLevel =
        r.kind == VariantRule::Kind::Category
        && (r.category == VariantRule::Category::Mutation || r.category == VariantRule::Category::OncogenicMutation
            || r.category == VariantRule::Category::Activating || r.category == VariantRule::Category::LossOfFunction
            || r.category == VariantRule::Category::Truncating || r.category == VariantRule::Category::Frameshift);
    auto hit = [&](MatchClass cls, const QString& why) {
        return Hit{alteration,
                   variant,
                   cls,
                   Messages::tr("%1 = %2 variant %3 \"%4\" (%5)")
                       .arg(why, m_release.kb.source)
                       .arg(v.id)
                       .arg(kbName, r.describe()),
                   geneLevel};
    };
    const QString change = a.gene() + u' ' + a.hgvsp();
    const bool protein = f.edit && f.altersProtein() && f.edit->type != ProteinEdit::Type::Splice;

    switch (r.kind) {
    case VariantRule::Kind::Protein: {
        // Reached only for frameshifts named by their first residue.
        const ProteinEdit& want = r.positions.front();
        if (f.effect == Effect::Frameshift && f.edit && f.edit->firstPos == want.firstPos
            && f.edit->firstAa == want.firstAa && !r.proteinKeys.contains(f.proteinKey))
            return hit(MatchClass::Codon, Messages::tr("frameshift from the same residue: %1").arg(change));
        return std::nullopt;
    }
    case VariantRule::Kind::Codon:
        if (!protein)
            return std::nullopt;
        for (const ProteinEdit& want : r.positions)
            if (f.edit->firstPos == want.firstPos && (f.edit->firstAa == want.firstAa || want.firstAa == u'X'))
                return hit(MatchClass::Codon, Messages::tr("same residue, %1").arg(change));
        return std::nullopt;
    case VariantRule::Kind::Range: {
        if (!protein)
            return std::nullopt;
        const ProteinEdit& want = r.positions.front();
        if (f.edit->lastPos < want.firstPos || f.edit->firstPos > want.lastPos)
            return std::nullopt;
        if (r.deletionOnly && f.effect != Effect::InframeDeletion && f.edit->type != ProteinEdit::Type::Delins)
            return std::nullopt;
        return hit(MatchClass::Range, Messages::tr("within the residue range: %1").arg(change));
    }
    case VariantRule::Kind::Exon: {
        const bool inExon = f.exon >= r.exonFirst && f.exon <= r.exonLast;
        const QString where = f.exonSource.isEmpty()
                                  ? Messages::tr("exon %1 from the input's annotation").arg(exonText(f.exon))
                                  : Messages::tr("exon %1 of %2").arg(exonText(f.exon), f.exonSource);
        switch (r.exonChange) {
        case VariantRule::ExonChange::Deletion:
            if (inExon
                && (f.effect == Effect::InframeDeletion
                    || (f.edit && f.edit->type == ProteinEdit::Type::Delins
                        && f.edit->alt.size() < f.edit->lastPos - f.edit->firstPos + 1)))
                return hit(MatchClass::Exon, Messages::tr("in-frame deletion %1, %2").arg(change, where));
            return std::nullopt;
        case VariantRule::ExonChange::Insertion:
            if (inExon
                && (f.effect == Effect::InframeInsertion
                    || (f.edit && f.edit->type == ProteinEdit::Type::Delins
                        && f.edit->alt.size() > f.edit->lastPos - f.edit->firstPos + 1)))
                return hit(MatchClass::Exon, Messages::tr("in-frame insertion %1, %2").arg(change, where));
            return std::nullopt;
        case VariantRule::ExonChange::Frameshift:
            if (inExon && f.effect == Effect::Frameshift)
                return hit(MatchClass::Exon, Messages::tr("frameshift %1, %2").arg(change, where));
            return std::nullopt;
        case VariantRule::ExonChange::Mutation:
            if (inExon && f.altersProtein() && f.effect != Effect::SpliceSite)
                return hit(MatchClass::Exon, Messages::tr("protein-altering %1, %2").arg(change, where));
            return std::nullopt;
        case VariantRule::ExonChange::Skipping: {
            if (a.kind == AlterationKind::StructuralVariant && a.detailOrNull()) {
                const int skipped = NamedEvent::skippedExon(a.detailOrNull()->extra().svType);
                if (skipped >= r.exonFirst && skipped <= r.exonLast && skipped > 0)
                    return hit(MatchClass::Exon,
                               Messages::tr("the named event %1 %2").arg(a.gene(), a.detailOrNull()->extra().svType));
                return std::nullopt;
            }
            // A splice site of exon N is at its end (intron N) or its start (intron N-1).
            const bool splice = f.effect == Effect::SpliceSite || f.effect == Effect::SpliceRegion
                                || (f.edit && f.edit->type == ProteinEdit::Type::Splice);
            const bool atExon = inExon || (f.intron > 0 && f.intron >= r.exonFirst - 1 && f.intron <= r.exonLast);
            if (splice && atExon)
                return hit(MatchClass::Exon,
                           f.exonSource.isEmpty()
                               ? Messages::tr("splice-site variant %1 at exon %2 (exon %3, intron %4 from the "
                                              "annotation)")
                                     .arg(a.gene(), QString::number(r.exonFirst), exonText(f.exon), exonText(f.intron))
                               : Messages::tr("splice-site variant %1 at exon %2 (%3)")
                                     .arg(a.gene(), QString::number(r.exonFirst), f.exonSource));
            return std::nullopt;
        }
        }
        return std::nullopt;
    }
    case VariantRule::Kind::Category: {
        using C = VariantRule::Category;
        const AlterationDetail* d = a.detailOrNull();
        const bool cna = a.kind == AlterationKind::CopyNumber && d;
        switch (r.category) {
        case C::Mutation: {
            if (!f.altersProtein())
                return std::nullopt;
            // Any protein-altering variant matches, so the board sees the class evidence; it speaks
            // only for the class's functional members.
            if (f.truncating() && isTumorSuppressor(f.gene))
                return hit(MatchClass::Category,
                           Messages::tr("truncating %1 in a tumor suppressor (CancerMine: %2), a functional member")
                               .arg(change.trimmed(), m_roles.value(f.gene)));
            if (const auto why = documented(f))
                return hit(MatchClass::Category,
                           Messages::tr("protein-altering %1, a documented change: %2").arg(change.trimmed(), *why));
            Hit h = hit(MatchClass::Category,
                        Messages::tr("protein-altering %1, but of unknown significance: neither truncating in a tumor "
                                     "suppressor nor a change or residue a knowledge base documents, so the class "
                                     "evidence does not apply to it")
                            .arg(change.trimmed()));
            h.classMember = false;
            return h;
        }
        case C::OncogenicMutation:
            if (f.truncating() && isTumorSuppressor(f.gene))
                return hit(MatchClass::Category,
                           Messages::tr("truncating %1 in a tumor suppressor (CancerMine)").arg(change.trimmed()));
            if (f.altersProtein() && !f.truncating())
                if (const auto why = documented(f))
                    return hit(MatchClass::Category,
                               Messages::tr("%1, a documented change: %2").arg(change.trimmed(), *why));
            return std::nullopt;
        case C::Activating:
            if (f.altersProtein() && !f.truncating())
                if (const auto why = documented(f))
                    return hit(MatchClass::Category,
                               Messages::tr("%1, a documented change: %2").arg(change.trimmed(), *why));
            return std::nullopt;
        case C::LossOfFunction:
            if (!isTumorSuppressor(f.gene))
                return std::nullopt;
            if (f.truncating())
                return hit(MatchClass::Category,
                           Messages::tr("truncating %1 in a tumor suppressor (CancerMine: %2)")
                               .arg(change.trimmed(), m_roles.value(f.gene)));
            if (cna && d->extra().cnaCall == CnaCall::DeepDeletion)
                return hit(
                    MatchClass::Category,
                    Messages::tr("deep deletion of a tumor suppressor (CancerMine: %1)").arg(m_roles.value(f.gene)));
            return std::nullopt;
        case C::Truncating:
            if (f.truncating())
                return hit(MatchClass::Category, Messages::tr("truncating variant %1").arg(change.trimmed()));
            return std::nullopt;
        case C::Frameshift:
            if (f.effect == Effect::Frameshift)
                return hit(MatchClass::Category, Messages::tr("frameshift %1").arg(change.trimmed()));
            return std::nullopt;
        case C::Amplification:
            if (cna && d->extra().cnaCall == CnaCall::Amplification)
                return hit(MatchClass::Category,
                           Messages::tr("%1 amplification in the copy-number data").arg(a.gene()));
            return std::nullopt;
        case C::Deletion:
            if (cna && d->extra().cnaCall == CnaCall::DeepDeletion)
                return hit(MatchClass::Category,
                           Messages::tr("%1 deep deletion in the copy-number data").arg(a.gene()));
            return std::nullopt;
        case C::CopyNumberChange:
            if (cna && (d->extra().cnaCall == CnaCall::DeepDeletion || d->extra().cnaCall == CnaCall::Amplification))
                return hit(MatchClass::Category, Messages::tr("%1 in the copy-number data").arg(a.displayText()));
            return std::nullopt;
        case C::Promoter:
            if (f.effect == Effect::Upstream)
                return hit(
                    MatchClass::Category,
                    Messages::tr("%1 %2 upstream of the gene").arg(a.displayName(), d ? d->consequence : QString()));
            return std::nullopt;
        case C::Itd: {
            // The input names the event: a biomarker list's "FLT3 ITD", a MAF's FLT3_ITD row; when the
            // row also places it, only an in-frame insertion is one (a frameshifting "ITD" is not).
            if (d && d->extra().svType == u"ITD") {
                if (a.kind == AlterationKind::StructuralVariant)
                    return hit(MatchClass::Exact, Messages::tr("the named event %1 ITD").arg(a.gene()));
                const qsizetype bases = insertedBases(a);
                if (bases >= 3 && bases % 3 == 0)
                    return hit(MatchClass::Exact,
                               Messages::tr("the named event %1 ITD, an in-frame insertion of %2 bases")
                                   .arg(a.gene())
                                   .arg(bases));
            }
            // A structural caller's tandem duplication (<DUP>, <DUP:TANDEM>, SVTYPE=DUP) inside the
            // gene: an ITD when it duplicates whole codons and is of an ITD's size (maxItdLength). A longer or
            // frame-shifting duplication is not one.
            if (a.kind == AlterationKind::StructuralVariant && d && d->extra().svType.startsWith(u"DUP"_s)
                && d->extra().end > a.pos) {
                const qint64 length = d->extra().end - a.pos;
                if (length >= 3 && length <= maxItdLength && length % 3 == 0)
                    return hit(
                        MatchClass::Category,
                        Messages::tr("tandem duplication of %1 bases (%2 codons) in %3%4")
                            .arg(length)
                            .arg(length / 3)
                            .arg(a.gene(), d->exon.isEmpty() ? QString() : Messages::tr(", exon %1").arg(d->exon)));
            }
            if (f.effect == Effect::InframeInsertion)
                return hit(MatchClass::Category, Messages::tr("in-frame insertion or duplication %1").arg(change));
            // A long tandem duplication often spans an exon boundary and is annotated as a splice
            // variant: an insertion of whole codons is still one.
            const qsizetype inserted = insertedBases(a);
            if (inserted >= 3 && inserted % 3 == 0
                && (f.effect == Effect::SpliceSite || f.effect == Effect::SpliceRegion
                    || f.effect == Effect::ProteinAltering || f.effect == Effect::Unknown))
                return hit(MatchClass::Category,
                           Messages::tr("insertion of %1 bases (%2 codons) %3, annotated %4")
                               .arg(inserted)
                               .arg(inserted / 3)
                               .arg(change, a.consequence().isEmpty() ? u"without a consequence"_s : a.consequence()));
            return std::nullopt;
        }
        }
        return std::nullopt;
    }
    case VariantRule::Kind::Fusion: {
        if (a.kind != AlterationKind::Fusion || !a.detailOrNull())
            return std::nullopt;
        const QString five = a.detailOrNull()->gene.toUpper();
        const QString three = a.detailOrNull()->extra().partnerGene.toUpper();
        QString fusion = a.fusionName();
        switch (a.detailOrNull()->extra().orientation) {
        case FusionOrientation::Stated:
            break;
        case FusionOrientation::Inferred:
            fusion += Messages::tr(" (orientation inferred: the input gives none)");
            break;
        case FusionOrientation::Unknown:
            fusion += Messages::tr(" (orientation unknown: the input gives none)");
            break;
        }
        if (r.geneLevelFusion) {
            if (five == r.gene || three == r.gene)
                return hit(MatchClass::Category, Messages::tr("fusion %1 involves %2").arg(fusion, r.gene));
            return std::nullopt;
        }
        if (!r.fivePrime.isEmpty() && !r.threePrime.isEmpty()) {
            if (five == r.fivePrime && three == r.threePrime)
                return hit(r.exons.isEmpty() ? MatchClass::Exact : MatchClass::Category,
                           Messages::tr("same fusion partners %1").arg(fusion));
            if (five == r.threePrime && three == r.fivePrime)
                return hit(MatchClass::Category,
                           Messages::tr("same partners in the other order (%1 as reported)").arg(fusion));
            return std::nullopt;
        }
        if (r.fivePrime.isEmpty() && !three.isEmpty() && three == r.threePrime)
            return hit(MatchClass::Category, Messages::tr("fusion %1 with %2 as 3' partner").arg(fusion, r.threePrime));
        if (r.threePrime.isEmpty() && !five.isEmpty() && five == r.fivePrime)
            return hit(MatchClass::Category, Messages::tr("fusion %1 with %2 as 5' partner").arg(fusion, r.fivePrime));
        return std::nullopt;
    }
    case VariantRule::Kind::Biomarker: {
        const AlterationDetail* d = a.detailOrNull();
        if (a.kind == AlterationKind::Biomarker && d
            && d->extra().status.compare(r.biomarker, Qt::CaseInsensitive) == 0)
            return hit(MatchClass::Exact,
                       Messages::tr("%1 (%2 %3)")
                           .arg(d->extra().status,
                                std::isnan(d->extra().value) ? QString() : QString::number(d->extra().value),
                                d->extra().unit)
                           .simplified());
        return std::nullopt;
    }
    case VariantRule::Kind::Event:
        if (a.kind == AlterationKind::StructuralVariant && a.detailOrNull()
            && a.detailOrNull()->extra().svType == r.event)
            return hit(MatchClass::Exact, Messages::tr("the named event %1 %2").arg(a.gene(), r.event));
        return std::nullopt;
    case VariantRule::Kind::None:
        return std::nullopt;
    }
    return std::nullopt;
}

void Matcher::matchAlteration(qint32 index,
                              const Alteration& a,
                              const AlterationFacts& f,
                              const std::optional<AlleleKey>& allele,
                              const QString& liftNote,
                              std::vector<Hit>& hits) const
{
    const size_t first = hits.size();
    auto add = [&](Hit h) {
        // One hit per (alteration, variant): the most specific class, with all its reasons.
        for (size_t i = first; i < hits.size(); ++i) {
            if (hits[i].variant == h.variant) {
                if (h.matchClass < hits[i].matchClass) {
                    std::swap(hits[i].matchClass, h.matchClass);
                    hits[i].geneLevel = h.geneLevel;
                    hits[i].classMember = h.classMember;
                }
                hits[i].rule += u"; "_s + h.rule;
                return;
            }
        }
        hits.push_back(std::move(h));
    };

    // Exact protein change; synonymous changes never match protein-level evidence.
    const bool synonymous = f.effect == Effect::Synonymous || (f.edit && f.edit->type == ProteinEdit::Type::Synonymous);
    if (!f.proteinKey.isEmpty() && !synonymous && (f.altersProtein() || f.effect == Effect::Unknown)) {
        for (qint32 v : m_byProtein.value(proteinIndexKey(f.gene, f.proteinKey))) {
            const KbVariant& kv = m_variants[size_t(v)];
            add(Hit{index,
                    v,
                    MatchClass::Exact,
                    Messages::tr("same gene and protein change: %1 %2 = %3 variant %4 \"%5\"")
                        .arg(a.gene(), a.hgvsp(), m_release.kb.source)
                        .arg(kv.id)
                        .arg(kv.gene + u' ' + kv.name)});
        }
    }
    // Exact allele.
    if (allele) {
        for (qint32 v : m_byAllele.value(*allele)) {
            const KbVariant& kv = m_variants[size_t(v)];
            add(Hit{index,
                    v,
                    MatchClass::Exact,
                    Messages::tr("same GRCh37 allele: %1:%2 %3>%4%5 = %6 variant %7 \"%8\"")
                        .arg(allele->chrom)
                        .arg(allele->start)
                        .arg(allele->ref.isEmpty() ? u"-"_s : allele->ref,
                             allele->alt.isEmpty() ? u"-"_s : allele->alt,
                             liftNote,
                             m_release.kb.source)
                        .arg(kv.id)
                        .arg(kv.gene + u' ' + kv.name)});
        }
    }
    // Gene-level rules: codons, ranges, exons, categories.
    if (!f.gene.isEmpty() && !synonymous) {
        for (qint32 v : m_byGene.value(f.gene))
            if (auto h = applyRule(index, a, f, v))
                add(std::move(*h));
    }
    // Fusions, by either partner.
    if (a.kind == AlterationKind::Fusion && a.detailOrNull()) {
        QList<qint32> candidates = m_byFusionPartner.value(a.detailOrNull()->gene.toUpper());
        for (qint32 v : m_byFusionPartner.value(a.detailOrNull()->extra().partnerGene.toUpper()))
            if (!candidates.contains(v))
                candidates.append(v);
        for (qint32 v : candidates)
            if (auto h = applyRule(index, a, f, v))
                add(std::move(*h));
    }
    if (a.kind == AlterationKind::Biomarker) {
        for (qint32 v : m_biomarkers)
            if (auto h = applyRule(index, a, f, v))
                add(std::move(*h));
    }
}

void Matcher::dropUnmetQualifiers(std::size_t first, const Alteration& a, std::vector<Hit>& hits) const
{
    // A qualifier in the variant's name is a condition the alteration must meet: a homozygous
    // genotype for "HOMOZYGOSITY"; expression and methylation are not DNA variants at all.
    hits.erase(std::remove_if(hits.begin() + std::ptrdiff_t(first),
                              hits.end(),
                              [&](const Hit& h) { return !qualifierHolds(m_variants[size_t(h.variant)].name, a); }),
               hits.end());
}

Result<void> Matcher::preload(KnowledgeBase& kb)
{
    QList<qint64> all;
    for (const KbProfile& p : m_profiles)
        all << p.id;
    auto evidence = kb.evidenceForProfiles(m_release.id, all);
    if (!evidence)
        return Unexpected{evidence.error()};
    auto assertions = kb.assertionsForProfiles(m_release.id, all);
    if (!assertions)
        return Unexpected{assertions.error()};
    m_evidence = std::move(*evidence);
    m_assertions = std::move(*assertions);
    m_evidenceOf.clear();
    m_assertionsOf.clear();
    for (qint32 i = 0; i < qint32(m_evidence.size()); ++i)
        m_evidenceOf[m_evidence[size_t(i)].molecularProfileId].append(i);
    for (qint32 i = 0; i < qint32(m_assertions.size()); ++i)
        m_assertionsOf[m_assertions[size_t(i)].molecularProfileId].append(i);
    m_preloaded = true;
    return {};
}

namespace {

/** Where the items the profiles hold are in the preloaded list, in its order. */
std::vector<qint32> indexesOf(const QHash<qint64, QList<qint32>>& byProfile, const QList<qint64>& profiles)
{
    std::vector<qint32> indexes;
    for (qint64 p : profiles)
        for (qint32 i : byProfile.value(p))
            indexes.push_back(i);
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    return indexes;
}

template <typename Item> std::vector<Item> itemsAt(const std::vector<Item>& all, const std::vector<qint32>& indexes)
{
    std::vector<Item> items;
    items.reserve(indexes.size());
    for (qint32 i : indexes)
        items.push_back(all[size_t(i)]);
    return items;
}

/** The items of `all` the profiles hold, in the order of `all`. */
template <typename Item>
std::vector<Item>
itemsOf(const std::vector<Item>& all, const QHash<qint64, QList<qint32>>& byProfile, const QList<qint64>& profiles)
{
    return itemsAt(all, indexesOf(byProfile, profiles));
}

} // namespace

Result<std::vector<EvidenceItem>>
Matcher::evidenceFor(KnowledgeBase& kb, const QList<qint64>& profiles, std::vector<qint32>& places) const
{
    places.clear();
    if (!m_preloaded)
        return kb.evidenceForProfiles(m_release.id, profiles);
    places = indexesOf(m_evidenceOf, profiles);
    return itemsAt(m_evidence, places);
}

Result<std::vector<AssertionItem>> Matcher::assertionsFor(KnowledgeBase& kb, const QList<qint64>& profiles) const
{
    if (!m_preloaded)
        return kb.assertionsForProfiles(m_release.id, profiles);
    return itemsOf(m_assertions, m_assertionsOf, profiles);
}

Result<void> Matcher::annotate(KnowledgeBase& kb,
                               AnnotationResult& result,
                               const Progress* progress,
                               const std::vector<AlterationFacts>* facts,
                               Memo* memo) const
{
    const Case& c = result.caseData;
    // CIViC coordinates are GRCh37: GRCh38 cases are lifted with the bundled chain first.
    const LiftOver* lift = c.genome == GenomeBuild::GRCh38 ? LiftOver::grch38ToGrch37() : nullptr;
    const bool alleleMatching = c.genome == GenomeBuild::GRCh37 || lift;
    const bool countLift = result.knowledgeBases.isEmpty(); // count lifted alterations once per case

    std::vector<Hit> hits;
    const qint32 n = qint32(c.alterations.size());
    for (qint32 i = 0; i < n; ++i) {
        const Alteration& a = c.alterations[size_t(i)];
        std::optional<AlleleKey> allele;
        QString liftNote;
        if (alleleMatching && a.pos > 0 && isSmallVariant(a.kind) && !m_byAllele.isEmpty()) {
            allele = grch37Key(a, lift);
            if (countLift) {
                if (!allele)
                    ++result.unliftedAlterations;
                else if (lift)
                    ++result.liftedAlterations;
            }
            if (allele && lift)
                liftNote = Messages::tr(" (lifted from GRCh38 %1:%2)").arg(a.chrom).arg(a.pos);
        }
        const std::size_t first = hits.size();
        const bool remembered = memo && isSmallVariant(a.kind) && a.detailOrNull();
        const Memo::View view{a.detailOrNull(), a.kind, a.chrom, a.pos, a.ref, a.alt, c.genome};
        const auto known = remembered ? memo->m_hits.find(view) : decltype(memo->m_hits)::iterator();
        if (remembered && known != memo->m_hits.end()) {
            for (const Hit& h : known->second) {
                hits.push_back(h);
                hits.back().alteration = i;
            }
        } else {
            if (facts && facts->size() == std::size_t(n))
                matchAlteration(i, a, (*facts)[size_t(i)], allele, liftNote, hits);
            else
                matchAlteration(i, a, AlterationFacts::of(a), allele, liftNote, hits);
            if (remembered) {
                if (memo->m_hits.size() >= memo->m_capacity)
                    memo->m_hits.clear();
                memo->m_hits.emplace(
                    Memo::Key{a.sharedDetail(), a.kind, a.chrom, a.pos, a.ref, a.alt, c.genome, Memo::KeyHash()(view)},
                    std::vector<Hit>(hits.begin() + std::ptrdiff_t(first), hits.end()));
            }
        }
        dropUnmetQualifiers(first, a, hits);
        if (progress && (i & 0xFFFF) == 0) {
            if (progress->isCanceled())
                return fail(CoreError::Code::Canceled, Messages::tr("annotation canceled"));
            progress->report(i, n);
        }
    }

    // Profiles: evaluate each expression that names a variant the case hit.
    QHash<qint64, QList<qint32>> hitsByVariantId; // variant id -> indexes into hits
    for (qint32 h = 0; h < qint32(hits.size()); ++h)
        hitsByVariantId[m_variants[size_t(hits[size_t(h)].variant)].id].append(h);
    QSet<qint32> candidates;
    for (auto it = hitsByVariantId.cbegin(); it != hitsByVariantId.cend(); ++it)
        for (qint32 p : m_profilesOfVariant.value(it.key()))
            candidates.insert(p);
    QList<qint32> profileOrder(candidates.begin(), candidates.end());
    std::sort(profileOrder.begin(), profileOrder.end());

    struct ProfileHit
    {
        qint32 alteration;
        qint64 profile;
        MatchClass matchClass;
        QString rule;
        bool geneLevel;
        bool classMember;
    };
    std::vector<ProfileHit> profileHits;
    QList<qint64> satisfied;
    for (qint32 p : profileOrder) {
        const KbProfile& profile = m_profiles[size_t(p)];
        if (profile.incomplete)
            continue; // a part of it is missing from the release: it cannot hold
        // A profile whose expression could not be read is taken as the AND of its variants.
        ProfileNode tree;
        if (profile.tree) {
            tree = *profile.tree;
        } else {
            tree.op = ProfileNode::Op::And;
            for (const ProfileVariant& pv : profile.variants)
                tree.children.push_back(ProfileNode{ProfileNode::Op::Variant, pv.id, {}});
        }
        const bool complex = tree.op != ProfileNode::Op::Variant;
        QList<qint64> contributing;
        if (evaluate(tree, hitsByVariantId, &contributing)) {
            satisfied.append(profile.id);
            QStringList parts;
            if (complex) {
                for (qint64 vid : contributing)
                    for (qint32 h : hitsByVariantId.value(vid))
                        parts << c.alterations[size_t(hits[size_t(h)].alteration)].displayName();
                parts.removeDuplicates();
            }
            for (qint64 vid : contributing) {
                for (qint32 h : hitsByVariantId.value(vid)) {
                    const Hit& hit = hits[size_t(h)];
                    QString rule = hit.rule;
                    if (complex)
                        rule += Messages::tr("; profile \"%1\" holds: %2").arg(profile.name, parts.join(u", "_s));
                    profileHits.push_back(
                        ProfileHit{hit.alteration, profile.id, hit.matchClass, rule, hit.geneLevel, hit.classMember});
                }
            }
        } else if (complex) {
            // An AND satisfied in part: say what is there and what is missing, never a match.
            QList<qint64> leaves;
            positiveLeaves(tree, leaves);
            QStringList present, missing;
            QList<qint32> alterations;
            for (qint64 vid : leaves) {
                const qint32 vi = m_variantIndex.value(vid, -1);
                const QString name =
                    vi >= 0 ? m_variants[size_t(vi)].gene + u' ' + m_variants[size_t(vi)].name : QString::number(vid);
                if (hitsByVariantId.contains(vid)) {
                    present << name;
                    for (qint32 h : hitsByVariantId.value(vid))
                        if (!alterations.contains(hits[size_t(h)].alteration))
                            alterations << hits[size_t(h)].alteration;
                } else {
                    missing << name;
                }
            }
            if (!present.isEmpty() && tree.op != ProfileNode::Op::Or)
                for (qint32 a : alterations)
                    result.partialProfiles.push_back(
                        PartialProfile{a, m_release.kb, profile.id, profile.name, present, missing});
        }
    }

    // Preloaded, the items are known by their place in the list too: a memo keeps each one's relation to a tumor type.
    std::vector<qint32> evidenceIndexes;
    auto evidence = evidenceFor(kb, satisfied, evidenceIndexes);
    if (!evidence)
        return Unexpected{evidence.error()};
    auto assertions = assertionsFor(kb, satisfied);
    if (!assertions)
        return Unexpected{assertions.error()};

    // Append this release's evidence to the result, indexed by profile.
    std::optional<Relevance> own;
    Relevance* relevance = nullptr;
    std::vector<std::optional<RelationAnswer>>* ofItem = nullptr; // by place in the preloaded list
    if (memo) {
        std::shared_ptr<Memo::Relations>& kept = memo->m_relevance[c.tumorType];
        if (!kept)
            kept = std::make_shared<Memo::Relations>(c.tumorType);
        relevance = &kept->relevance;
        if (m_preloaded) {
            ofItem = &kept->ofItem;
            ofItem->resize(m_evidence.size());
        }
    } else {
        relevance = &own.emplace(c.tumorType);
    }
    QHash<qint64, QList<qint32>> byProfile;
    std::vector<RelationAnswer> relations;
    const qint32 firstEvidence = qint32(result.evidence.size());
    for (std::size_t k = 0; k < evidence->size(); ++k) {
        EvidenceItem& e = (*evidence)[k];
        byProfile[e.molecularProfileId].append(qint32(result.evidence.size()));
        if (ofItem) {
            std::optional<RelationAnswer>& known = (*ofItem)[std::size_t(evidenceIndexes[k])];
            if (!known)
                known = relevance->of(e);
            relations.push_back(*known);
        } else {
            relations.push_back(relevance->of(e));
        }
        result.evidence.push_back(std::move(e));
    }
    // One match per (alteration, evidence): a profile hit twice by one alteration counts once.
    std::unordered_map<quint64, size_t> seen; // (alteration, evidence) -> index into result.matches
    seen.reserve(profileHits.size() * 2);
    for (const ProfileHit& ph : profileHits) {
        for (qint32 e : byProfile.value(ph.profile)) {
            const quint64 key = (quint64(quint32(ph.alteration)) << 32) | quint32(e);
            if (auto it = seen.find(key); it != seen.end()) {
                Match& m = result.matches[it->second];
                if (ph.matchClass < m.matchClass) {
                    m.matchClass = ph.matchClass;
                    m.geneLevel = ph.geneLevel;
                    m.classMember = ph.classMember;
                }
                continue;
            }
            const RelationAnswer& rel = relations[size_t(e - firstEvidence)];
            seen.emplace(key, result.matches.size());
            result.matches.push_back(Match{ph.alteration,
                                           e,
                                           ph.matchClass,
                                           rel.relation,
                                           ph.geneLevel,
                                           ph.classMember,
                                           ph.rule,
                                           rel.path,
                                           rel.condition});
        }
    }
    QHash<qint64, QList<qint32>> assertionsByProfile;
    for (AssertionItem& a : assertions.value()) {
        assertionsByProfile[a.molecularProfileId].append(qint32(result.assertions.size()));
        result.assertions.push_back(std::move(a));
    }
    std::set<std::pair<qint32, qint32>> assertionSeen;
    for (const ProfileHit& ph : profileHits)
        for (qint32 a : assertionsByProfile.value(ph.profile))
            if (assertionSeen.insert({ph.alteration, a}).second)
                result.assertionMatches.emplace_back(ph.alteration, a);
    std::sort(result.assertionMatches.begin(), result.assertionMatches.end());

    // Level ranks looked up once per item, not in every comparison.
    std::vector<int> levelRanks(result.evidence.size());
    for (size_t i = 0; i < result.evidence.size(); ++i)
        levelRanks[i] = Tiering::levelRank(result.evidence[i].level);
    std::sort(result.matches.begin(), result.matches.end(), [&](const Match& x, const Match& y) {
        if (x.alteration != y.alteration)
            return x.alteration < y.alteration;
        const int rx = levelRanks[size_t(x.evidence)];
        const int ry = levelRanks[size_t(y.evidence)];
        if (rx != ry)
            return rx < ry;
        const EvidenceItem& ex = result.evidence[size_t(x.evidence)];
        const EvidenceItem& ey = result.evidence[size_t(y.evidence)];
        if (ex.kb.source != ey.kb.source)
            return ex.kb.source < ey.kb.source;
        return ex.id < ey.id;
    });
    std::sort(result.partialProfiles.begin(),
              result.partialProfiles.end(),
              [](const PartialProfile& x, const PartialProfile& y) {
                  return std::tie(x.alteration, x.kb.source, x.profileId)
                         < std::tie(y.alteration, y.kb.source, y.profileId);
              });
    if (!result.knowledgeBases.contains(m_release.kb))
        result.knowledgeBases.append(m_release.kb);
    if (progress)
        progress->report(n, n);
    return {};
}

} // namespace onco
