#include "KnownVariants.h"

#include "AlterationFacts.h"
#include "VariantRule.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::KnownVariants)
};

QString key(const QString& gene, const QString& what)
{
    return gene.toUpper() + u'\t' + what;
}

} // namespace

Result<KnownVariants> KnownVariants::load(KnowledgeBase& kb, const std::vector<KbReleaseInfo>& releases)
{
    KnownVariants known;
    for (const KbReleaseInfo& release : releases) {
        auto rows = kb.documentedVariants(release.id);
        if (!rows)
            return Unexpected{rows.error()};
        for (const DocumentedVariant& d : *rows) {
            KbVariant v;
            v.gene = d.gene;
            v.name = d.name;
            v.featureType = d.featureType;
            const VariantRule rule = classifyVariant(v);
            const QString why = Messages::tr("%1 %2 documents %3 %4 (%5)")
                                    .arg(release.kb.source,
                                         release.kb.release,
                                         d.gene,
                                         d.name,
                                         KnowledgeBase::evidenceDisplayId(release.kb.source, d.evidenceId));
            if (rule.kind == VariantRule::Kind::Protein) {
                for (const QString& k : rule.proteinKeys)
                    known.addChange(rule.gene, k, why);
            } else if (rule.kind == VariantRule::Kind::Codon) {
                for (const ProteinEdit& e : rule.positions)
                    known.addResidue(rule.gene, e.firstPos, why);
            }
        }
    }
    return known;
}

void KnownVariants::addChange(const QString& gene, const QString& proteinKey, const QString& why)
{
    if (!proteinKey.isEmpty() && !m_changes.contains(key(gene, proteinKey)))
        m_changes.insert(key(gene, proteinKey), why);
}

void KnownVariants::addResidue(const QString& gene, int position, const QString& why)
{
    if (position > 0 && !m_residues.contains(key(gene, QString::number(position))))
        m_residues.insert(key(gene, QString::number(position)), why);
}

std::optional<QString> KnownVariants::documented(const AlterationFacts& f) const
{
    if (f.gene.isEmpty() || !f.edit)
        return std::nullopt;
    if (const auto it = m_changes.constFind(key(f.gene, f.proteinKey)); it != m_changes.cend())
        return *it;
    // A missense or in-frame change at a documented residue; a truncation there is another matter.
    if (f.effect == Effect::Missense || f.effect == Effect::InframeDeletion || f.effect == Effect::InframeInsertion
        || f.effect == Effect::ProteinAltering) {
        if (const auto it = m_residues.constFind(key(f.gene, QString::number(f.edit->firstPos)));
            it != m_residues.cend())
            return *it;
    }
    return std::nullopt;
}

} // namespace onco
