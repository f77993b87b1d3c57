#include "VariantRule.h"

#include "io/NamedEvent.h"
#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::VariantRule)
};

VariantRule none(const QString& gene, const QString& why)
{
    VariantRule r;
    r.kind = VariantRule::Kind::None;
    r.gene = gene;
    r.why = why;
    return r;
}

/** "A::B", "v::B", "A::v" into partners (empty for v). False when `text` is not a fusion name. */
bool splitFusion(QString text, QString* five, QString* three)
{
    text = text.trimmed();
    text.remove(QRegularExpression(uR"(\s+fusions?$)"_s, QRegularExpression::CaseInsensitiveOption));
    qsizetype sep = text.indexOf(u"::"_s);
    qsizetype width = 2;
    if (sep < 0) {
        // OncoKB and older CIViC names: "EML4-ALK"; gene symbols may hold a hyphen (HLA-A), so only
        // a single hyphen between two symbol-like parts is read as a fusion.
        static const QRegularExpression hyphen(uR"(^([A-Za-z0-9.]+)-([A-Za-z0-9.]+)$)"_s);
        if (!hyphen.match(text).hasMatch())
            return false;
        sep = text.indexOf(u'-');
        width = 1;
    }
    const QString a = text.left(sep).trimmed().toUpper();
    const QString b = text.mid(sep + width).trimmed().toUpper();
    if (a.isEmpty() || b.isEmpty() || a.contains(u' ') || b.contains(u' '))
        return false;
    *five = a == u"V" ? QString() : a;
    *three = b == u"V" ? QString() : b;
    return true;
}

/** "Exon 19 Deletion", "EXON 2-3 DELETION", "Exon 14 Skipping Mutation", "Exon 20 in-frame insertions". */
std::optional<VariantRule> exonRule(const QString& gene, const QString& upper)
{
    static const QRegularExpression pattern(uR"(^(RARE )?EXONS? (\d+)(?:\s*[-–]\s*(\d+))?\s+(.+)$)"_s);
    const auto m = pattern.match(upper);
    if (!m.hasMatch())
        return std::nullopt;
    VariantRule r;
    r.kind = VariantRule::Kind::Exon;
    r.gene = gene;
    r.exonFirst = m.captured(2).toInt();
    r.exonLast = m.hasCaptured(3) ? m.captured(3).toInt() : r.exonFirst;
    const QString what = m.captured(4);
    if (!m.captured(1).isEmpty())
        return none(gene,
                    Messages::tr("a 'rare' exon mutation is defined by its rarity, which is not in the case data"));
    if (what.contains(u"EXPRESSION"_s))
        return none(gene, Messages::tr("expression is not measured by the case data"));
    if (what.contains(u"SKIPPING"_s) || what.contains(u"SPLICE"_s)) {
        r.exonChange = VariantRule::ExonChange::Skipping;
    } else if (what.contains(u"FRAMESHIFT"_s)) {
        r.exonChange = VariantRule::ExonChange::Frameshift;
    } else if (what.contains(u"DELETION"_s)) {
        // A deletion of whole exons is a structural change; in one exon it is an in-frame deletion.
        if (r.exonLast != r.exonFirst)
            return none(gene,
                        Messages::tr("a deletion of several exons needs structural-variant or exon-level copy-number "
                                     "data"));
        r.exonChange = VariantRule::ExonChange::Deletion;
    } else if (what.contains(u"INSERTION"_s) || what.contains(u"DUPLICATION"_s)) {
        r.exonChange = VariantRule::ExonChange::Insertion;
    } else if (what.contains(u"MUTATION"_s) || what.contains(u"ALTERATION"_s)) {
        r.exonChange = VariantRule::ExonChange::Mutation;
    } else {
        return none(gene, Messages::tr("no rule for '%1'").arg(upper));
    }
    return r;
}

std::optional<VariantRule> categoryRule(const QString& gene, const QString& upper)
{
    using C = VariantRule::Category;
    static const QHash<QString, C> categories{
        {u"MUTATION"_s, C::Mutation},
        {u"MUTATIONS"_s, C::Mutation},
        {u"ALTERATION"_s, C::Mutation},
        {u"ALTERATIONS"_s, C::Mutation},
        {u"ONCOGENIC MUTATION"_s, C::OncogenicMutation},
        {u"ONCOGENIC MUTATIONS"_s, C::OncogenicMutation},
        {u"ACTIVATING MUTATION"_s, C::Activating},
        {u"ACTIVATING MUTATIONS"_s, C::Activating},
        {u"GAIN-OF-FUNCTION"_s, C::Activating},
        {u"LOSS-OF-FUNCTION"_s, C::LossOfFunction},
        {u"LOSS OF FUNCTION"_s, C::LossOfFunction},
        {u"INACTIVATING MUTATION"_s, C::LossOfFunction},
        {u"INACTIVATING MUTATIONS"_s, C::LossOfFunction},
        {u"DELETERIOUS MUTATION"_s, C::LossOfFunction},
        {u"TRUNCATING MUTATION"_s, C::Truncating},
        {u"TRUNCATING MUTATIONS"_s, C::Truncating},
        {u"FRAMESHIFT TRUNCATION"_s, C::Truncating},
        {u"NONSENSE"_s, C::Truncating},
        {u"FRAMESHIFT"_s, C::Frameshift},
        {u"FRAMESHIFT MUTATION"_s, C::Frameshift},
        {u"N-TERMINAL FRAME SHIFT"_s, C::Frameshift},
        {u"AMPLIFICATION"_s, C::Amplification},
        {u"DELETION"_s, C::Deletion},
        {u"LOSS"_s, C::Deletion},
        {u"HOMOZYGOUS DELETION"_s, C::Deletion},
        {u"COPY NUMBER VARIATION"_s, C::CopyNumberChange},
        {u"COPY NUMBER CHANGE"_s, C::CopyNumberChange},
        {u"PROMOTER MUTATION"_s, C::Promoter},
        {u"PROMOTER MUTATIONS"_s, C::Promoter},
        {u"ITD"_s, C::Itd},
        {u"INTERNAL DUPLICATION"_s, C::Itd},
        {u"INTERNAL TANDEM DUPLICATION"_s, C::Itd},
    };
    const auto it = categories.constFind(upper);
    if (it == categories.cend())
        return std::nullopt;
    VariantRule r;
    r.kind = VariantRule::Kind::Category;
    r.gene = gene;
    r.category = *it;
    return r;
}

/** Names no case data can show, with the reason given to the user. */
std::optional<QString> unmatchableReason(const QString& upper)
{
    if (upper.contains(u"EXPRESSION"_s) || upper.contains(u"SERUM LEVEL"_s) || upper.contains(u"PHOSPHORYLATION"_s)
        || upper.contains(u"MISLOCALIZATION"_s) || upper.contains(u"TRANSLOCATION"_s) || upper == u"HIGH"
        || upper == u"LOW" || upper == u"POSITIVE" || upper == u"NEGATIVE")
        return Messages::tr("protein or expression levels are not measured by the case data");
    if (upper.contains(u"METHYLATION"_s))
        return Messages::tr("methylation is not measured by the case data");
    if (upper == u"WILDTYPE" || upper == u"WILD TYPE" || upper == u"WT")
        return Messages::tr("the absence of a variant cannot be concluded from the variants found");
    if (upper.contains(u"DOMAIN"_s) || upper.startsWith(u"TKD"_s))
        return Messages::tr("protein-domain boundaries are not shipped with OncoBoard");
    if (upper.startsWith(u"RS"_s) && upper.mid(2).toLongLong() > 0)
        return Messages::tr("dbSNP identifiers are not kept from the input; matched by coordinates when CIViC gives "
                            "them");
    if (upper == u"LOH" || upper.contains(u"BIALLELIC"_s))
        return Messages::tr("loss of heterozygosity and biallelic inactivation are not derived from the case data");
    return std::nullopt;
}

} // namespace

VariantRule classifyVariant(const KbVariant& v)
{
    const QString gene = v.gene.trimmed().toUpper();
    QString name = v.name.simplified();
    if (const qsizetype paren = name.indexOf(u" (c."_s); paren > 0)
        name = name.left(paren);
    const QString upper = name.toUpper();

    // Fusions: a Fusion feature ("BCR::ABL1" with variant "Fusion" or "e13::e2"), a fusion name on a
    // gene ("EML4-ALK Fusion", "v::C19MC fusion"), or a gene-level "Fusion(s)".
    if (v.featureType.compare(u"Fusion", Qt::CaseInsensitive) == 0) {
        VariantRule r;
        r.kind = VariantRule::Kind::Fusion;
        r.fivePrime = v.fivePrime.trimmed().toUpper();
        r.threePrime = v.threePrime.trimmed().toUpper();
        if (r.fivePrime.isEmpty() && r.threePrime.isEmpty())
            splitFusion(v.gene, &r.fivePrime, &r.threePrime);
        r.gene = r.fivePrime.isEmpty() ? r.threePrime : r.fivePrime;
        if (upper != u"FUSION" && upper != u"FUSIONS")
            r.exons = name;
        if (r.fivePrime.isEmpty() && r.threePrime.isEmpty())
            return none(gene, Messages::tr("the fusion names no partner gene"));
        return r;
    }
    if (upper == u"FUSION" || upper == u"FUSIONS" || upper == u"REARRANGEMENT" || upper == u"REARRANGEMENTS"
        || upper == u"TRANSLOCATION") {
        VariantRule r;
        r.kind = VariantRule::Kind::Fusion;
        r.gene = gene;
        r.geneLevelFusion = true;
        return r;
    }
    {
        QString five, three;
        if ((upper.contains(u"FUSION"_s) || upper.contains(u"::"_s)) && splitFusion(name, &five, &three)) {
            VariantRule r;
            r.kind = VariantRule::Kind::Fusion;
            r.fivePrime = five;
            r.threePrime = three;
            r.gene = five.isEmpty() ? three : five;
            return r;
        }
    }

    // Case-level biomarkers: CIViC's Factor "TMB" / "High"; OncoKB's "TMB-H", "MSI-H".
    const QString whole = (gene + u' ' + upper).simplified();
    if (whole.contains(u"TMB"_s) && (whole.contains(u"HIGH"_s) || whole.contains(u"TMB-H"_s))) {
        VariantRule r;
        r.kind = VariantRule::Kind::Biomarker;
        r.biomarker = u"TMB-high"_s;
        return r;
    }
    if ((whole.contains(u"MSI"_s) && (whole.contains(u"HIGH"_s) || whole.contains(u"MSI-H"_s)))
        || whole.contains(u"MICROSATELLITE INSTABILITY-HIGH"_s)
        || whole.contains(u"MICROSATELLITE INSTABILITY HIGH"_s)) {
        VariantRule r;
        r.kind = VariantRule::Kind::Biomarker;
        r.biomarker = u"MSI-H"_s;
        return r;
    }
    if (v.featureType.compare(u"Factor", Qt::CaseInsensitive) == 0)
        return none(gene, Messages::tr("the factor '%1 %2' is not measured by the case data").arg(v.gene, name));

    if (auto r = exonRule(gene, upper))
        return *r;
    if (auto r = categoryRule(gene, upper))
        return *r;
    // Named events other than ITD (a category, which small in-frame insertions also meet).
    if (const auto e = NamedEvent::parse(gene, name); e && e->event != u"ITD")
        if (NamedEvent::skippedExon(e->event) == 0) {
            VariantRule r;
            r.kind = VariantRule::Kind::Event;
            r.gene = gene;
            r.event = e->event;
            return r;
        }

    // "DEL 485-490": a deletion anywhere in a residue range.
    static const QRegularExpression delRange(uR"(^DEL (\d+)\s*-\s*(\d+)$)"_s);
    if (const auto m = delRange.match(upper); m.hasMatch()) {
        VariantRule r;
        r.kind = VariantRule::Kind::Range;
        r.gene = gene;
        r.deletionOnly = true;
        ProteinEdit e;
        e.firstPos = m.captured(1).toInt();
        e.lastPos = m.captured(2).toInt();
        e.firstAa = e.lastAa = u'X';
        r.positions << e;
        return r;
    }

    // Alternatives at one residue: "D835H/Y", "Q157P/R"; several codons: "G12/G13".
    const QStringList parts = upper.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() > 1 && !upper.contains(u' ')) {
        const auto first = ProteinChange::parse(parts.front());
        if (first && first->type == ProteinEdit::Type::Missense) {
            VariantRule r;
            r.kind = VariantRule::Kind::Protein;
            r.gene = gene;
            const QString stem = QString(first->firstAa) + QString::number(first->firstPos);
            r.proteinKeys << ProteinChange::matchKey(parts.front());
            for (qsizetype i = 1; i < parts.size(); ++i)
                r.proteinKeys << ProteinChange::matchKey(parts[i].size() == 1 ? stem + parts[i] : parts[i]);
            return r;
        }
        if (first && first->type == ProteinEdit::Type::Position) {
            VariantRule r;
            r.kind = VariantRule::Kind::Codon;
            r.gene = gene;
            for (const QString& p : parts)
                if (const auto e = ProteinChange::parse(p); e && e->type == ProteinEdit::Type::Position)
                    r.positions << *e;
            return r;
        }
    }

    if (!upper.contains(u' ')) {
        if (const auto e = ProteinChange::parse(upper)) {
            VariantRule r;
            r.gene = gene;
            if (e->type == ProteinEdit::Type::Position) {
                r.kind = e->lastPos > e->firstPos ? VariantRule::Kind::Range : VariantRule::Kind::Codon;
                r.positions << *e;
                return r;
            }
            r.kind = VariantRule::Kind::Protein;
            r.proteinKeys << ProteinChange::matchKey(upper);
            r.positions << *e;
            return r;
        }
    }

    if (const auto why = unmatchableReason(upper))
        return none(gene, *why);
    return none(gene, Messages::tr("no matching rule for the variant name '%1'").arg(name));
}

QString VariantRule::describe() const
{
    using C = Category;
    switch (kind) {
    case Kind::Protein:
        return Messages::tr("protein change %1").arg(proteinKeys.join(u'/'));
    case Kind::Codon: {
        QStringList codons;
        for (const ProteinEdit& e : positions)
            codons << QString(e.firstAa) + QString::number(e.firstPos);
        return Messages::tr("any change at codon %1").arg(codons.join(u'/'));
    }
    case Kind::Range: {
        const ProteinEdit& e = positions.front();
        return deletionOnly ? Messages::tr("a deletion within residues %1-%2").arg(e.firstPos).arg(e.lastPos)
                            : Messages::tr("any change within residues %1-%2").arg(e.firstPos).arg(e.lastPos);
    }
    case Kind::Exon: {
        const QString exon =
            exonFirst == exonLast ? QString::number(exonFirst) : u"%1-%2"_s.arg(exonFirst).arg(exonLast);
        switch (exonChange) {
        case ExonChange::Deletion:
            return Messages::tr("an in-frame deletion in exon %1").arg(exon);
        case ExonChange::Insertion:
            return Messages::tr("an in-frame insertion in exon %1").arg(exon);
        case ExonChange::Skipping:
            return Messages::tr("a splice-site variant of exon %1 (exon skipping)").arg(exon);
        case ExonChange::Frameshift:
            return Messages::tr("a frameshift in exon %1").arg(exon);
        case ExonChange::Mutation:
            return Messages::tr("a protein-altering variant in exon %1").arg(exon);
        }
        return {};
    }
    case Kind::Category:
        switch (category) {
        case C::Mutation:
            return Messages::tr("any protein-altering variant of the gene");
        case C::OncogenicMutation:
            return Messages::tr("an oncogenic variant of the gene (known oncogenic, or truncating in a tumor "
                                "suppressor)");
        case C::Activating:
            return Messages::tr("an activating variant of the gene (known oncogenic in this release)");
        case C::LossOfFunction:
            return Messages::tr("a loss-of-function variant of a tumor suppressor (truncating, or deep deletion)");
        case C::Truncating:
            return Messages::tr("a truncating variant (nonsense, frameshift, canonical splice site, start loss)");
        case C::Frameshift:
            return Messages::tr("a frameshift variant");
        case C::Amplification:
            return Messages::tr("gene amplification");
        case C::Deletion:
            return Messages::tr("deep (homozygous) deletion of the gene");
        case C::CopyNumberChange:
            return Messages::tr("amplification or deep deletion of the gene");
        case C::Promoter:
            return Messages::tr("a promoter (upstream or 5' UTR) variant of the gene");
        case C::Itd:
            return Messages::tr("an internal tandem duplication (in-frame insertion or duplication)");
        }
        return {};
    case Kind::Fusion:
        if (geneLevelFusion)
            return Messages::tr("any fusion involving %1").arg(gene);
        return Messages::tr("fusion %1::%2%3")
            .arg(fivePrime.isEmpty() ? u"v"_s : fivePrime,
                 threePrime.isEmpty() ? u"v"_s : threePrime,
                 exons.isEmpty() ? QString() : Messages::tr(" (%1; exons not compared)").arg(exons));
    case Kind::Biomarker:
        return biomarker;
    case Kind::Event:
        return Messages::tr("the named event %1").arg(event);
    case Kind::None:
        return why;
    }
    return {};
}

} // namespace onco
