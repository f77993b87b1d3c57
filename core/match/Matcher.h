#pragma once

#include "Progress.h"
#include "Relevance.h"
#include "Result.h"
#include "VariantRule.h"
#include "kb/KnowledgeBase.h"
#include "model/AnnotationResult.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace onco {

/**
 * Decides which knowledge-base evidence applies to which alteration, and why. Every variant of a
 * release is read into a VariantRule (exact protein change, codon, residue range, exon, gene-level
 * category, fusion, biomarker); alleles with GRCh37 coordinates also match by allele (GRCh38
 * cases are lifted). Molecular profiles are evaluated as AND/OR/NOT trees over all alterations of
 * the case: a profile applies only when its whole expression holds, and an AND satisfied in part
 * is reported as such. Synonymous and non-coding variants never match protein-level rules. Each
 * match names its class, the rule and the fields compared, and how the evidence disease relates
 * to the case's tumor type.
 */
class Matcher
{
public:
    class Memo;

    /** Loads the variants, profiles and rules of one release into memory-resident indexes. */
    static Result<Matcher>
    create(KnowledgeBase& kb, const KbReleaseInfo& release, const class KnownVariants* known = nullptr);

    /**
     * Matches every alteration of `result.caseData`, appends this release's evidence, matches,
     * assertions and partial profiles to `result` (matches sorted by alteration, level, source,
     * evidence id) and records the release in result.knowledgeBases.
     */
    [[nodiscard]] Result<void> annotate(KnowledgeBase& kb,
                                        AnnotationResult& result,
                                        const Progress* progress = nullptr,
                                        const std::vector<struct AlterationFacts>* facts = nullptr,
                                        Memo* memo = nullptr) const;

    /**
     * Reads every evidence item and assertion of the release into memory, so that annotate()
     * queries nothing more: for many cases (a cohort), each otherwise a query per case.
     */
    [[nodiscard]] Result<void> preload(KnowledgeBase& kb);

    /** The rule read from each variant, in the release's variant order (tests, `kb info`). */
    const std::vector<VariantRule>& rules() const
    {
        return m_rules;
    }
    const std::vector<KbVariant>& variants() const
    {
        return m_variants;
    }

private:
    struct Hit
    {
        qint32 alteration;
        qint32 variant; ///< index into m_variants
        MatchClass matchClass;
        QString rule;
        bool geneLevel = false;  ///< a gene-level mutation class matched, not the variant itself
        bool classMember = true; ///< for a gene-level class: the alteration is a functional member
    };

    /** Appends the alteration's hits, before its qualifiers are checked (dropUnmetQualifiers). */
    void matchAlteration(qint32 index,
                         const Alteration& a,
                         const struct AlterationFacts& f,
                         const std::optional<AlleleKey>& allele,
                         const QString& liftNote,
                         std::vector<Hit>& hits) const;
    /** Drops the hits from `first` on whose variant names a condition the alteration does not meet. */
    void dropUnmetQualifiers(std::size_t first, const Alteration& a, std::vector<Hit>& hits) const;
    std::optional<Hit>
    applyRule(qint32 alteration, const Alteration& a, const struct AlterationFacts& f, qint32 variant) const;
    bool isTumorSuppressor(const QString& gene) const;
    /** Why the alteration is a documented change ("CIViC ... documents ..."); nullopt when it is not. */
    std::optional<QString> documented(const struct AlterationFacts& f) const;

    KbReleaseInfo m_release;
    std::vector<KbVariant> m_variants;
    std::vector<VariantRule> m_rules;
    std::vector<KbProfile> m_profiles;
    QHash<qint64, qint32> m_variantIndex;             ///< variant id -> index
    QHash<qint64, QList<qint32>> m_profilesOfVariant; ///< variant id -> indexes into m_profiles
    QHash<QString, QList<qint32>> m_byProtein;        ///< "GENE\tKEY" -> variants
    QHash<AlleleKey, QList<qint32>> m_byAllele;       ///< GRCh37 allele -> variants
    QHash<QString, QList<qint32>> m_byGene;           ///< gene -> variants with gene-level rules
    QHash<QString, QList<qint32>> m_byFusionPartner;  ///< partner gene -> fusion variants
    QList<qint32> m_biomarkers;
    QSet<QString> m_oncogenic;       ///< "GENE\tKEY" known oncogenic in this release
    QHash<QString, QString> m_roles; ///< gene -> CancerMine predominant role
    const KnownVariants* m_known = nullptr;

    /**
     * What the release holds for the given profiles, ordered by id as the knowledge base gives it.
     * Preloaded, `places` gets each item's index into m_evidence; else it is left empty.
     */
    Result<std::vector<EvidenceItem>>
    evidenceFor(KnowledgeBase& kb, const QList<qint64>& profiles, std::vector<qint32>& places) const;
    Result<std::vector<AssertionItem>> assertionsFor(KnowledgeBase& kb, const QList<qint64>& profiles) const;
    bool m_preloaded = false;
    std::vector<EvidenceItem> m_evidence;        ///< preloaded, in evidence id order
    std::vector<AssertionItem> m_assertions;     ///< preloaded, in assertion id order
    QHash<qint64, QList<qint32>> m_evidenceOf;   ///< profile id -> indexes into m_evidence
    QHash<qint64, QList<qint32>> m_assertionsOf; ///< profile id -> indexes into m_assertions
};

/**
 * The hits of small variants remembered from case to case by one thread that annotates many cases
 * with one Matcher (a cohort: a study's recurrent variants, rows that share their annotation).
 * What matches a small variant depends on its annotation (the shared AlterationDetail, held so
 * that it cannot change or be freed while remembered), kind, place, alleles and the case's genome
 * build, never on its sample, reads or filter; the qualifiers that depend on its zygosity are
 * checked on each alteration. Holds at most `capacity` variants and starts afresh when full. With
 * them, the relation of each evidence disease to each tumor type (Relevance).
 */
class Matcher::Memo
{
public:
    explicit Memo(std::size_t capacity = 32768)
        : m_capacity(capacity)
    {
    }

private:
    friend class Matcher;
    /** What the hits depend on, as the alteration holds it (looked up without a copy). */
    struct View
    {
        const AlterationDetail* detail;
        AlterationKind kind;
        const QString& chrom;
        qint64 pos;
        const QString& ref;
        const QString& alt;
        GenomeBuild genome;
    };
    struct Key
    {
        QSharedDataPointer<AlterationDetail> detail; ///< held: its address stays this detail's
        AlterationKind kind;
        QString chrom;
        qint64 pos;
        QString ref;
        QString alt;
        GenomeBuild genome;
        std::size_t hash; ///< KeyHash of the view: the table never hashes the strings again
    };
    static bool same(const View& a, const Key& b)
    {
        return a.detail == b.detail.constData() && a.kind == b.kind && a.pos == b.pos && a.genome == b.genome
               && a.chrom == b.chrom && a.ref == b.ref && a.alt == b.alt;
    }
    struct KeyEqual
    {
        using is_transparent = void;
        bool operator()(const Key& a, const Key& b) const
        {
            return same(View{a.detail.constData(), a.kind, a.chrom, a.pos, a.ref, a.alt, a.genome}, b);
        }
        bool operator()(const View& a, const Key& b) const
        {
            return same(a, b);
        }
        bool operator()(const Key& a, const View& b) const
        {
            return same(b, a);
        }
    };
    struct KeyHash
    {
        using is_transparent = void;
        std::size_t operator()(const View& k) const noexcept
        {
            return qHashMulti(0, quintptr(k.detail), k.pos, k.ref, k.alt);
        }
        std::size_t operator()(const Key& k) const noexcept
        {
            return k.hash;
        }
    };
    std::unordered_map<Key, std::vector<Hit>, KeyHash, KeyEqual> m_hits;
    std::size_t m_capacity;
    /**
     * How evidence diseases relate to one tumor type, answered once per thread (no shared lock),
     * and each preloaded item's answer by its place in the matcher's list (no lookup by text).
     */
    struct Relations
    {
        explicit Relations(const QString& tumorType)
            : relevance(tumorType)
        {
        }
        Relevance relevance;
        std::vector<std::optional<RelationAnswer>> ofItem;
    };
    QHash<QString, std::shared_ptr<Relations>> m_relevance;
};

} // namespace onco
