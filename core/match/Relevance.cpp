#include "Relevance.h"

#include "Translation.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>

#include <mutex>
#include <shared_mutex>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::Relevance)
};

QString describe(const OncoTreeNode& n)
{
    return u"%1 (%2)"_s.arg(n.code, n.name);
}

} // namespace

Relevance::Relevance(QString tumorType, const TumorTypeGraph& graph)
    : m_tumorType(std::move(tumorType))
    , m_graph(graph)
{
}

RelationAnswer Relevance::of(const EvidenceItem& e)
{
    return of(e.doid, e.oncotreeCode, e.disease);
}

RelationAnswer Relevance::of(const QString& doid, const QString& oncotreeCode, const QString& disease)
{
    // The key shares the strings: no text is copied to look an answer up.
    const Key key{m_tumorType, doid, oncotreeCode, disease};
    if (auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    // The bundled graph's answers are the same for every case of a tumor type (a cohort's
    // thousands of AML cases): remembered for the process, shared by threads. Only in English:
    // the answers' explanations follow the language, which the window may switch.
    const bool shared = &m_graph == &TumorTypeGraph::bundled() && !Translator::active();
    static std::shared_mutex sharedLock;
    static QHash<Key, RelationAnswer> sharedCache;
    if (shared) {
        std::shared_lock lock(sharedLock);
        if (auto it = sharedCache.constFind(key); it != sharedCache.cend()) {
            m_cache.insert(key, *it);
            return *it;
        }
    }
    RelationAnswer a = uncached(doid, oncotreeCode, disease);
    m_cache.insert(key, a);
    if (shared) {
        std::unique_lock lock(sharedLock);
        if (sharedCache.size() < 200'000)
            sharedCache.insert(key, a);
    }
    return a;
}

RelationAnswer Relevance::uncached(const QString& doid, const QString& oncotreeCode, const QString& disease) const
{
    if (m_tumorType.isEmpty())
        return {TumorRelation::Unknown, Messages::tr("the case has no tumor type")};
    if (!doid.isEmpty())
        return m_graph.relation(m_tumorType, doid, disease);
    if (!oncotreeCode.isEmpty())
        return byOncoTree(oncotreeCode);
    const QString name = disease.trimmed().toLower();
    if (name.isEmpty())
        return {TumorRelation::Unknown, Messages::tr("the evidence names no disease")};
    // OncoKB's pan-cancer groups.
    if (name == u"all tumors" || name == u"all pediatric tumors" || name == u"cancer")
        return m_graph.relation(m_tumorType, u"162"_s, disease);
    if (name == u"all solid tumors")
        return m_graph.relation(m_tumorType, QString(), u"Solid Tumor"_s);
    if (name == u"all liquid tumors") {
        const auto hematologic = m_graph.isHematologic(m_tumorType);
        if (!hematologic)
            return {TumorRelation::Unknown, Messages::tr("%1: not an OncoTree code").arg(m_tumorType)};
        return *hematologic
                   ? RelationAnswer{TumorRelation::EvidenceBroader,
                                    Messages::tr("%1 is a hematologic tumor; the evidence is for all liquid "
                                                 "tumors")
                                        .arg(m_tumorType)}
                   : RelationAnswer{
                       TumorRelation::Unrelated,
                       Messages::tr("%1 is a solid tumor; the evidence is for liquid tumors only").arg(m_tumorType)};
    }
    // An OncoTree main type ("Non-Small Cell Lung Cancer", "Colorectal Cancer").
    const OncoTree& tree = OncoTree::bundled();
    if (const OncoTreeNode* node = tree.find(m_graph.currentCode(m_tumorType))) {
        bool isMainType = false;
        for (const OncoTreeNode& n : tree.nodes())
            isMainType = isMainType || n.mainType.compare(disease.trimmed(), Qt::CaseInsensitive) == 0;
        if (isMainType) {
            if (node->mainType.compare(disease.trimmed(), Qt::CaseInsensitive) == 0)
                return {TumorRelation::EvidenceBroader,
                        Messages::tr("%1 has the OncoTree main type %2").arg(describe(*node), node->mainType)};
            return {TumorRelation::Unrelated,
                    Messages::tr("%1 has the OncoTree main type %2, not %3")
                        .arg(describe(*node), node->mainType, disease.trimmed())};
        }
    }
    return m_graph.relation(m_tumorType, QString(), disease);
}

RelationAnswer Relevance::byOncoTree(const QString& evidenceCode) const
{
    const OncoTree& tree = OncoTree::bundled();
    const OncoTreeNode* caseNode = tree.find(m_graph.currentCode(m_tumorType));
    const OncoTreeNode* evidenceNode = tree.find(m_graph.currentCode(evidenceCode));
    if (!caseNode)
        return {TumorRelation::Unknown, Messages::tr("%1: not an OncoTree code").arg(m_tumorType)};
    if (!evidenceNode)
        return {TumorRelation::Unknown, Messages::tr("%1: not an OncoTree code").arg(evidenceCode)};
    if (caseNode->code == evidenceNode->code)
        return {TumorRelation::Same, describe(*caseNode)};
    // Walk up from one node to find the other; the path names each step.
    auto pathUp = [&](const OncoTreeNode* from, const OncoTreeNode* to) -> QString {
        QStringList steps{describe(*from)};
        for (const OncoTreeNode* n = from; n && !n->parent.isEmpty();) {
            n = tree.find(n->parent);
            if (!n)
                break;
            steps << Messages::tr("parent %1").arg(describe(*n));
            if (n->code == to->code)
                return steps.join(u" -> "_s);
        }
        return {};
    };
    if (const QString up = pathUp(caseNode, evidenceNode); !up.isEmpty())
        return {TumorRelation::EvidenceBroader, up};
    if (const QString down = pathUp(evidenceNode, caseNode); !down.isEmpty())
        return {TumorRelation::EvidenceNarrower,
                Messages::tr("%1 is below the case's type: %2").arg(describe(*evidenceNode), down)};
    return {
        TumorRelation::Unrelated,
        Messages::tr("%1 and %2 are on different OncoTree branches").arg(describe(*caseNode), describe(*evidenceNode))};
}

} // namespace onco
