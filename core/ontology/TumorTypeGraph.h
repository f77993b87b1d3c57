#pragma once

#include "Result.h"
#include "model/TumorRelation.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace onco {

/** A relation with its explanation, e.g. "LUAD (Lung Adenocarcinoma) -> DOID:3910 lung
 *  adenocarcinoma [phenOncoX map] -> is_a DOID:3908 lung non-small cell carcinoma". */
struct RelationAnswer
{
    RelationAnswer() = default;
    RelationAnswer(TumorRelation r, QString p, QString c = {})
        : relation(r)
        , path(std::move(p))
        , condition(std::move(c))
    {
    }

    TumorRelation relation = TumorRelation::Unknown;
    QString path; ///< translated, never empty
    /**
     * For evidence on a receptor-defined breast cancer subtype, the receptor status it requires, as
     * tokens "HER2+", "HER2-", "HER2-low", "HER2-ultralow", "HR+", "HR-", "ER+", "ER-", "PR+", "PR-"
     * joined by ','; empty otherwise. The relation is then evidence_narrower, and on-label only when
     * the case's receptor status agrees (receptorConditionMet()). "subtype" for a subtype of a DOID
     * the code only borrows from an ancestor: it may be a sibling's, so it is on-label only when the
     * alteration defines it ("AML with mutated NPM1" for an NPM1 mutation).
     */
    QString condition;
};

/** Whether a case meets a receptor condition. */
enum class ConditionMet : quint8
{
    Yes,
    No,
    Unknown, ///< the case does not give the receptor status it needs
};

/**
 * Whether the receptor status of a case (Case::receptorStatus) meets `condition` (see
 * RelationAnswer::condition). `her2Amplified`: the case has an ERBB2 amplification, which makes the
 * tumor HER2-positive (ISH) whatever the table says. `why` receives the reason in words.
 */
ConditionMet receptorConditionMet(const QString& condition,
                                  const QMap<QString, QString>& status,
                                  bool her2Amplified,
                                  QString* why = nullptr);

/**
 * Relates OncoTree tumor types (the case) to Disease Ontology diseases (the evidence), through the
 * OncoTree tree (2025_10_03, with the codes of 2021_11_02), the Disease Ontology is_a DAG and the
 * OncoTree -> DOID maps (OncoTreeDoidMap). Rules:
 *
 * - A code without a DOID borrows the DOIDs of its first mapped OncoTree ancestor; the path lists
 *   the steps. The case is then narrower than the borrowed DOID, so evidence on exactly that DOID is
 *   evidence_broader, not same. Evidence below a borrowed DOID is reported evidence_narrower.
 * - Evidence on an ancestor of any of the case's DOIDs is evidence_broader; on a descendant,
 *   evidence_narrower; on the case's DOID itself, same. Broader wins over narrower when the case
 *   maps to several DOIDs.
 * - DOID:162 "cancer" is pan-cancer: evidence_broader for every known code, mapped or not (same for
 *   MT "Malignant Tumor", which maps to DOID:162 itself).
 * - Evidence without a DOID named "Solid Tumor" is evidence_broader unless the case is hematologic
 *   (its tissue is Myeloid or Lymphoid, or one of its DOIDs is under DOID:2531 "hematologic cancer"),
 *   then unrelated. Other evidence without a DOID is looked up by its disease name among DO labels.
 * - An empty or unknown code, an unknown DOID, or a known code without any DOID (e.g. "OTHER") gives
 *   unknown, with the reason as the path.
 *
 * Everything is precomputed by load(); a query is a few hash lookups. Relations with their paths are
 * cached (bounded). All const members are thread-safe; copies share the data.
 */
class TumorTypeGraph
{
public:
    /** Where load() reads its data. */
    struct Sources
    {
        QString oncotree;        ///< current OncoTree JSON release
        QString oncotreeVersion; ///< "oncotree_2025_10_03"
        QString olderOncotree;   ///< an older release whose codes must still resolve
        QString olderOncotreeVersion;
        QString humanDo;   ///< DOreports HumanDO.tsv
        QString phenoncox; ///< phenOncoX OncoTree -> DOID map
        QString ncitJoin;  ///< OncoTree -> DOID through identical NCIt codes

        /** The copies compiled into the application (":/oncoboard/ontology/..."). */
        static Sources bundledSources();
    };

    /** An empty graph: every relation is unknown. */
    TumorTypeGraph();

    /** Builds the graph from the bundled resources. Errors: Io, BadInput (see the readers). */
    static Result<TumorTypeGraph> load();
    /** Builds the graph from the given files. Errors: Io, BadInput (a file is not what it should be,
     *  or the ontology has a cycle). Problems that only drop rows are listed by issues(). */
    static Result<TumorTypeGraph> load(const Sources& sources);
    /** The graph of the bundled resources, built once per process (thread-safe); empty, with a warning
     *  logged, if they cannot be read. */
    static const TumorTypeGraph& bundled();

    /**
     * How the evidence disease relates to the case's tumor type. `doid` as CIViC writes it ("1909",
     * "0060079") or "DOID:1909"; when empty or unknown, `diseaseName` is used ("Solid Tumor", or a DO
     * label). Never fails: unmappable input gives Unknown with the reason as the path.
     */
    RelationAnswer relation(const QString& oncotreeCode, const QString& doid, const QString& diseaseName = {}) const;
    /** relation() without the path: no lock, and no allocation for an upper-case code and a known DOID. */
    TumorRelation classify(const QString& oncotreeCode, const QString& doid, const QString& diseaseName = {}) const;

    /**
     * The DOIDs ("DOID:3910") a code maps to, after walking up to the first mapped ancestor; empty
     * when the code is unknown or nothing above it is mapped. `how` receives the path and sources.
     */
    QStringList doidsOf(const QString& oncotreeCode, QString* how = nullptr) const;
    /** The current code for a code of either release or an earlier code ("DIPG" -> "DMG", "GBM" ->
     *  "GB"); the nearest current ancestor for a retired code without replacement; empty when unknown. */
    QString currentCode(const QString& oncotreeCode) const;
    /** True for Myeloid or Lymphoid codes and codes mapped under DOID:2531; nullopt for unknown codes. */
    std::optional<bool> isHematologic(const QString& oncotreeCode) const;
    /** Every code (current and retired, upper case, without the root "TISSUE"), in tree order. */
    QStringList oncotreeCodes() const;
    /** The tissue code (level 1, "LUNG") above a code; empty when unknown. */
    QString tissueOf(const QString& oncotreeCode) const;
    int oncotreeCodeCount() const;

    /** "DOID:1909" for any accepted spelling of a known DOID; empty when unknown. */
    QString normalizedDoid(const QString& doid) const;
    bool isKnownDoid(const QString& doid) const;
    /** The DO label ("melanoma"); empty when unknown. */
    QString doidLabel(const QString& doid) const;
    /** The ancestors of a DOID, nearest first ("DOID:3908", ..., "DOID:4"); empty when unknown. */
    QStringList ancestorsOf(const QString& doid) const;
    int doidCount() const;

    /** Notes on the data from load(): dropped rows, label drift, map disagreements. */
    QStringList issues() const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

/**
 * The current OncoTree node of a code: the code itself, or for a retired or renamed code of an
 * earlier release ("GBM" in 2021_11_02) the node that replaces it ("GB"). nullptr when unknown.
 */
const struct OncoTreeNode* resolveOncotreeCode(const QString& code);

} // namespace onco
