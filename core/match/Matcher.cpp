#include "Matcher.h"

#include "io/LiftOver.h"
#include "io/ProteinChange.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

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

int levelRank(const QString& level)
{
    return level.isEmpty() ? 99 : level.front().unicode() - u'A';
}

} // namespace

Result<Matcher> Matcher::create(KnowledgeBase& kb, const KbReleaseInfo& release)
{
    auto variants = kb.variants(release.id);
    if (!variants)
        return Unexpected{variants.error()};
    Matcher m;
    m.m_release = release;
    m.m_variants = std::move(variants.value());
    for (int i = 0; i < int(m.m_variants.size()); ++i) {
        const KbVariant& v = m.m_variants[size_t(i)];
        if (v.singleProfileId == 0)
            continue;
        if (!v.proteinKey.isEmpty() && !v.gene.isEmpty())
            m.m_byProtein[proteinIndexKey(v.gene, v.proteinKey)].append(i);
        if (v.allele)
            m.m_byAllele[*v.allele].append(i);
    }
    return m;
}

Result<void> Matcher::annotate(KnowledgeBase& kb, AnnotationResult& result, const Progress* progress) const
{
    const Case& c = result.caseData;
    // CIViC coordinates are GRCh37: GRCh38 cases are lifted with the bundled chain first.
    const LiftOver* lift = c.genome == GenomeBuild::GRCh38 ? LiftOver::grch38ToGrch37() : nullptr;
    const bool alleleMatching = c.genome == GenomeBuild::GRCh37 || lift;

    // Rules per (alteration, profile), so that a variant found by protein and by allele is one match.
    std::map<std::pair<qint32, qint64>, QStringList> hits;
    const qint32 n = qint32(c.alterations.size());
    for (qint32 i = 0; i < n; ++i) {
        const Alteration& a = c.alterations[size_t(i)];
        if (!a.gene().isEmpty() && !a.hgvsp().isEmpty() && !ProteinChange::isSynonymous(a.hgvsp())) {
            const QString key = ProteinChange::matchKey(a.hgvsp());
            for (int v : m_byProtein.value(proteinIndexKey(a.gene(), key))) {
                const KbVariant& kv = m_variants[size_t(v)];
                hits[{i, kv.singleProfileId}].append(
                    QCoreApplication::translate("onco::Matcher",
                                                "same gene and protein change: %1 %2 = %3 variant %4 \"%5\"")
                        .arg(a.gene(), a.hgvsp(), m_release.kb.source)
                        .arg(kv.id)
                        .arg(kv.gene + u' ' + kv.name));
            }
        }
        if (alleleMatching && a.pos > 0
            && (a.kind == AlterationKind::Snv || a.kind == AlterationKind::Mnv || a.kind == AlterationKind::Insertion
                || a.kind == AlterationKind::Deletion || a.kind == AlterationKind::Delins)) {
            const auto key = grch37Key(a, lift);
            if (!key) {
                ++result.unliftedAlterations;
            } else {
                if (lift)
                    ++result.liftedAlterations;
                const QString from = lift ? QCoreApplication::translate("onco::Matcher", " (lifted from GRCh38 %1:%2)")
                                                .arg(a.chrom)
                                                .arg(a.pos)
                                          : QString();
                for (int v : m_byAllele.value(*key)) {
                    const KbVariant& kv = m_variants[size_t(v)];
                    hits[{i, kv.singleProfileId}].append(
                        QCoreApplication::translate("onco::Matcher",
                                                    "same GRCh37 allele: %1:%2 %3>%4%5 = %6 variant %7 \"%8\"")
                            .arg(key->chrom)
                            .arg(key->start)
                            .arg(key->ref.isEmpty() ? u"-"_s : key->ref,
                                 key->alt.isEmpty() ? u"-"_s : key->alt,
                                 from,
                                 m_release.kb.source)
                            .arg(kv.id)
                            .arg(kv.gene + u' ' + kv.name));
                }
            }
        }
        if (progress && (i & 0xFFFF) == 0) {
            if (progress->isCanceled())
                return fail(CoreError::Code::Canceled,
                            QCoreApplication::translate("onco::Matcher", "annotation canceled"));
            progress->report(i, n);
        }
    }

    QSet<qint64> profileSet;
    for (const auto& [key, rules] : hits)
        profileSet.insert(key.second);
    QList<qint64> profiles(profileSet.begin(), profileSet.end());
    std::sort(profiles.begin(), profiles.end());
    auto evidence = kb.evidenceForProfiles(m_release.id, profiles);
    if (!evidence)
        return Unexpected{evidence.error()};

    // Append this release's evidence to the result, indexed by profile.
    QHash<qint64, QList<qint32>> byProfile;
    for (EvidenceItem& e : evidence.value()) {
        byProfile[e.molecularProfileId].append(qint32(result.evidence.size()));
        result.evidence.push_back(std::move(e));
    }
    for (const auto& [key, rules] : hits) {
        for (qint32 e : byProfile.value(key.second))
            result.matches.push_back(Match{key.first, e, MatchClass::Exact, rules.join(u"; "_s)});
    }
    std::sort(result.matches.begin(), result.matches.end(), [&](const Match& x, const Match& y) {
        if (x.alteration != y.alteration)
            return x.alteration < y.alteration;
        const EvidenceItem& ex = result.evidence[size_t(x.evidence)];
        const EvidenceItem& ey = result.evidence[size_t(y.evidence)];
        if (levelRank(ex.level) != levelRank(ey.level))
            return levelRank(ex.level) < levelRank(ey.level);
        if (ex.kb.source != ey.kb.source)
            return ex.kb.source < ey.kb.source;
        return ex.id < ey.id;
    });
    if (!result.knowledgeBases.contains(m_release.kb))
        result.knowledgeBases.append(m_release.kb);
    if (progress)
        progress->report(n, n);
    return {};
}

} // namespace onco
