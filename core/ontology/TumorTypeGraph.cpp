#include "TumorTypeGraph.h"

#include "DiseaseOntology.h"
#include "OncoTree.h"
#include "OncoTreeDoidMap.h"
#include "OncoTreeGraph.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QReadWriteLock>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::TumorTypeGraph)
};

constexpr QStringView cancerDoid = u"DOID:162";
constexpr QStringView hematologicCancerDoid = u"DOID:2531";
// OncoTree tissues of blood cancers: they hold codes DO does not file under hematologic cancer
// (mastocytosis, histiocytoses) and unmapped codes.
constexpr QStringView hematologicTissues[] = {u"MYELOID", u"LYMPH"};
constexpr qsizetype maxCachedAnswers = 1 << 16;
constexpr quint32 solidTumorKey = 0xFFFFFFFEu;

bool isSolidTumorName(const QString& name)
{
    const QString n = name.trimmed();
    for (QStringView candidate : {u"Solid Tumor", u"Solid Tumors", u"Solid Tumour", u"Solid Tumours"}) {
        if (n.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/** The evidence disease after resolving DOID and name. */
struct Evidence
{
    enum class Kind
    {
        Term,
        SolidTumor,
        Missing,
    };
    Kind kind = Kind::Missing;
    int term = -1;
    bool byName = false;
};

/** Which rule decided, for the explanation. */
struct Decision
{
    enum class Rule
    {
        Ontology,  ///< the is_a DAG (same, broader, narrower, unrelated)
        PanCancer, ///< DOID:162 applies to every tumor type
        SolidTumor,
        NoCaseDoid, ///< the code and everything above it are unmapped
        NoEvidence, ///< the evidence disease is unknown
    };
    TumorRelation relation = TumorRelation::Unknown;
    Rule rule = Rule::NoEvidence;
    int mapping = -1; ///< index into the case's mappings that decided
};

} // namespace

struct TumorTypeGraph::Data
{
    /** Precomputed answers for one OncoTree node. */
    struct CodeEntry
    {
        struct Reach
        {
            int mapping = -1; ///< the mapping explaining the term: its own, else the first reaching it
            int distance = 0; ///< is_a steps from that mapping; 0 for the mapped term itself
        };
        int mappedNode = -1; ///< the node whose DOIDs apply: the code itself or its first mapped ancestor
        int parentSteps = 0; ///< is_a steps walked up the tree to it (replacements do not count)
        QList<OncoTreeDoidMap::Mapping> mappings;
        QHash<int, Reach> reach; ///< every mapped term and every ancestor of one
        bool hematologic = false;
        int hematologicMapping = -1; ///< mapping under DOID:2531, -1 when only the tissue says so
    };

    DiseaseOntology ontology;
    OncoTreeGraph tree;
    std::vector<CodeEntry> codes; ///< by tree node
    int cancer = -1;
    int hematologicCancer = -1;
    QStringList issues;
    mutable QReadWriteLock cacheLock;
    mutable QHash<quint64, RelationAnswer> cache;

    Evidence resolveEvidence(const QString& doid, const QString& name) const
    {
        Evidence ev;
        if (!doid.trimmed().isEmpty()) {
            ev.term = ontology.find(doid);
            if (ev.term >= 0) {
                ev.kind = Evidence::Kind::Term;
                return ev;
            }
        }
        if (isSolidTumorName(name)) {
            ev.kind = Evidence::Kind::SolidTumor;
        } else if (!name.trimmed().isEmpty() && (ev.term = ontology.findLabel(name)) >= 0) {
            ev.kind = Evidence::Kind::Term;
            ev.byName = true;
        }
        return ev;
    }

    Decision decide(const CodeEntry& entry, const Evidence& ev) const
    {
        using Rule = Decision::Rule;
        if (ev.kind == Evidence::Kind::Missing)
            return {TumorRelation::Unknown, Rule::NoEvidence, -1};
        if (ev.kind == Evidence::Kind::SolidTumor)
            return {entry.hematologic ? TumorRelation::Unrelated : TumorRelation::EvidenceBroader,
                    Rule::SolidTumor,
                    entry.hematologicMapping};
        Decision d{TumorRelation::Unknown, Rule::NoCaseDoid, -1};
        if (!entry.mappings.isEmpty()) {
            d = {TumorRelation::Unrelated, Rule::Ontology, -1};
            if (auto r = entry.reach.constFind(ev.term); r != entry.reach.cend()) {
                d.relation =
                    r->distance == 0 && entry.parentSteps == 0 ? TumorRelation::Same : TumorRelation::EvidenceBroader;
                d.mapping = r->mapping;
            } else {
                for (int i = 0; i < entry.mappings.size(); ++i) {
                    if (ontology.ancestor(ev.term, entry.mappings[i].term)) {
                        d = {TumorRelation::EvidenceNarrower, Rule::Ontology, i};
                        break;
                    }
                }
            }
        }
        if (ev.term == cancer && d.relation != TumorRelation::Same && d.relation != TumorRelation::EvidenceBroader)
            d = {TumorRelation::EvidenceBroader, Rule::PanCancer, -1};
        return d;
    }

    QString termText(int term) const
    {
        return ontology.id(term) + u' ' + ontology.label(term);
    }

    QString mappingText(const OncoTreeDoidMap::Mapping& m) const
    {
        QStringList sources;
        if (m.sources & OncoTreeDoidMap::Curated)
            sources.append(Messages::tr("curated: %1").arg(m.note));
        if (m.sources & OncoTreeDoidMap::PhenOncoX)
            sources.append(Messages::tr("phenOncoX map"));
        if (m.sources & OncoTreeDoidMap::NcitJoin)
            sources.append(Messages::tr("NCIt join %1").arg(m.ncit));
        if (m.sources & OncoTreeDoidMap::NameMatch)
            sources.append(Messages::tr("same name in the Disease Ontology"));
        if (!(m.sources & OncoTreeDoidMap::Curated) && !m.note.isEmpty())
            sources.append(m.note);
        return termText(m.term) + u" ["_s + sources.join(u"; "_s) + u']';
    }

    QString nodeText(int node) const
    {
        const OncoTreeGraph::Node& n = tree.node(node);
        if (n.retired)
            return Messages::tr("%1 (%2, %3, retired)").arg(n.code, n.name, n.release);
        return u"%1 (%2)"_s.arg(n.code, n.name);
    }

    /** "ILC (...) -> parent BRCA (...)": the case's code up to the node whose DOIDs it uses, or up to
     *  its tissue when nothing is mapped. */
    QString casePath(int node) const
    {
        const CodeEntry& entry = codes[size_t(node)];
        QString out = nodeText(node);
        OncoTreeGraph::Link link = OncoTreeGraph::Link::Parent;
        for (int current = node; current != entry.mappedNode;) {
            current = tree.up(current, &link);
            if (current < 0 || current == tree.root())
                break;
            out += u" -> "_s
                   + (link == OncoTreeGraph::Link::Parent ? Messages::tr("parent %1") : Messages::tr("replaced by %1"))
                         .arg(nodeText(current));
        }
        return out;
    }

    QString explain(int node, const Evidence& ev, const Decision& d) const
    {
        using Rule = Decision::Rule;
        const CodeEntry& entry = codes[size_t(node)];
        QString out = casePath(node);
        const OncoTreeDoidMap::Mapping* m = d.mapping >= 0 ? &entry.mappings[d.mapping] : nullptr;
        switch (d.rule) {
        case Rule::NoEvidence:
            return out + u"; "_s + Messages::tr("the evidence disease is not a Disease Ontology term");
        case Rule::NoCaseDoid:
            return out + u": "_s + Messages::tr("no DOID for this code or any code above it");
        case Rule::PanCancer: {
            QStringList mapped;
            for (const auto& each : entry.mappings)
                mapped.append(mappingText(each));
            if (!mapped.isEmpty())
                out += u" -> "_s + mapped.join(u", "_s);
            return out + u"; "_s
                   + Messages::tr("%1 is pan-cancer evidence: it applies to every tumor type").arg(termText(ev.term));
        }
        case Rule::SolidTumor: {
            const int tissue = tree.tissueOf(node);
            const QString tissueText = tissue >= 0 ? tree.node(tissue).name : QString();
            if (!entry.hematologic)
                return out + u", "_s
                       + Messages::tr("tissue %1: not a hematologic cancer, so \"Solid Tumor\" evidence applies")
                             .arg(tissueText);
            if (m) {
                out += u" -> "_s + mappingText(*m);
                const QList<int> up = ontology.chain(m->term, hematologicCancer);
                for (qsizetype i = 1; i < up.size(); ++i)
                    out += u" -> "_s + Messages::tr("is_a %1").arg(termText(up[i]));
            } else {
                out += u", "_s + Messages::tr("tissue %1").arg(tissueText);
            }
            return out + u": "_s + Messages::tr("a hematologic cancer, so \"Solid Tumor\" evidence does not apply");
        }
        case Rule::Ontology:
            break;
        }
        if (d.relation == TumorRelation::Unrelated) {
            QStringList mapped;
            for (const auto& each : entry.mappings)
                mapped.append(mappingText(each));
            return out + u" -> "_s + mapped.join(u", "_s) + u"; "_s
                   + Messages::tr("no is_a path to or from %1").arg(termText(ev.term));
        }
        out += u" -> "_s + mappingText(*m);
        if (d.relation == TumorRelation::EvidenceBroader) {
            const QList<int> up = ontology.chain(m->term, ev.term);
            for (qsizetype i = 1; i < up.size(); ++i)
                out += u" -> "_s + Messages::tr("is_a %1").arg(termText(up[i]));
        } else if (d.relation == TumorRelation::EvidenceNarrower) {
            const QList<int> up = ontology.chain(ev.term, m->term);
            for (qsizetype i = up.size() - 2; i >= 0; --i)
                out += u" -> "_s + Messages::tr("has subtype %1").arg(termText(up[i]));
        }
        return out;
    }

    void buildEntries(const OncoTreeDoidMap& map)
    {
        codes.assign(size_t(tree.count()), {});
        for (int node = 0; node < tree.count(); ++node) {
            if (node == tree.root())
                continue;
            CodeEntry& entry = codes[size_t(node)];
            OncoTreeGraph::Link link = OncoTreeGraph::Link::Parent;
            int steps = 0;
            for (int current = node; current >= 0 && current != tree.root(); current = tree.up(current, &link)) {
                if (current != node && link == OncoTreeGraph::Link::Parent)
                    ++steps;
                auto mapped = map.mappings(tree.node(current).code.toUpper());
                if (mapped.isEmpty()) {
                    if (auto named = OncoTreeDoidMap::byName(ontology, tree.node(current).name))
                        mapped.append(*named);
                }
                if (!mapped.isEmpty()) {
                    entry.mappedNode = current;
                    entry.parentSteps = steps;
                    entry.mappings = std::move(mapped);
                    break;
                }
            }
            auto reachTerm = [&entry](int term, int mapping, int distance) {
                // The code's own term wins; otherwise the first mapping in map order (the primary one)
                // explains the path, even when a later one reaches the term in fewer steps.
                auto it = entry.reach.find(term);
                if (it == entry.reach.end())
                    entry.reach.insert(term, {mapping, distance});
                else if (distance == 0 && it->distance != 0)
                    *it = {mapping, distance};
            };
            for (int i = 0; i < entry.mappings.size(); ++i) {
                reachTerm(entry.mappings[i].term, i, 0);
                for (const DiseaseOntology::Ancestor& a : ontology.ancestors(entry.mappings[i].term))
                    reachTerm(a.term, i, a.distance);
            }
            if (auto h = entry.reach.constFind(hematologicCancer); h != entry.reach.cend()) {
                entry.hematologic = true;
                entry.hematologicMapping = h->mapping;
            }
            if (const int tissue = tree.tissueOf(node); tissue >= 0) {
                for (QStringView code : hematologicTissues)
                    entry.hematologic = entry.hematologic || tree.node(tissue).code == code;
            }
        }
    }
};

TumorTypeGraph::TumorTypeGraph()
    : m_data(std::make_shared<Data>())
{
}

TumorTypeGraph::Sources TumorTypeGraph::Sources::bundledSources()
{
    return {u":/oncoboard/ontology/oncotree/oncotree_2025_10_03.json"_s,
            u"oncotree_2025_10_03"_s,
            u":/oncoboard/ontology/oncotree/oncotree_2021_11_02.json"_s,
            u"oncotree_2021_11_02"_s,
            u":/oncoboard/ontology/disease_ontology/HumanDO.tsv"_s,
            u":/oncoboard/ontology/mappings/phenoncox_oncotree_basic.tsv"_s,
            u":/oncoboard/ontology/mappings/oncotree_to_doid_via_ncit.tsv"_s};
}

Result<TumorTypeGraph> TumorTypeGraph::load()
{
    return load(Sources::bundledSources());
}

Result<TumorTypeGraph> TumorTypeGraph::load(const Sources& sources)
{
    auto data = std::make_shared<Data>();
    auto ontology = DiseaseOntology::load(sources.humanDo, &data->issues);
    if (!ontology)
        return Unexpected{ontology.error()};
    data->ontology = std::move(ontology.value());
    auto tree = OncoTreeGraph::load({sources.oncotree, sources.oncotreeVersion},
                                    {sources.olderOncotree, sources.olderOncotreeVersion},
                                    &data->issues);
    if (!tree)
        return Unexpected{tree.error()};
    data->tree = std::move(tree.value());
    auto map = OncoTreeDoidMap::load(data->ontology, sources.phenoncox, sources.ncitJoin, &data->issues);
    if (!map)
        return Unexpected{map.error()};
    for (const QString& code : map->codes()) {
        if (data->tree.find(code) < 0)
            data->issues.append(Messages::tr("mapped code %1 is not an OncoTree code").arg(code));
    }
    data->cancer = data->ontology.find(cancerDoid);
    data->hematologicCancer = data->ontology.find(hematologicCancerDoid);
    data->buildEntries(*map);
    TumorTypeGraph graph;
    graph.m_data = std::move(data);
    return graph;
}

const TumorTypeGraph& TumorTypeGraph::bundled()
{
    static const TumorTypeGraph graph = [] {
        auto loaded = load();
        if (!loaded) {
            qWarning().noquote() << loaded.error().toString();
            return TumorTypeGraph();
        }
        return std::move(loaded.value());
    }();
    return graph;
}

TumorRelation
TumorTypeGraph::classify(const QString& oncotreeCode, const QString& doid, const QString& diseaseName) const
{
    const Data& d = *m_data;
    const int node = d.tree.find(oncotreeCode);
    if (node < 0 || node == d.tree.root())
        return TumorRelation::Unknown;
    return d.decide(d.codes[size_t(node)], d.resolveEvidence(doid, diseaseName)).relation;
}

RelationAnswer
TumorTypeGraph::relation(const QString& oncotreeCode, const QString& doid, const QString& diseaseName) const
{
    const Data& d = *m_data;
    if (oncotreeCode.trimmed().isEmpty())
        return {TumorRelation::Unknown, Messages::tr("no tumor type given")};
    QString alias;
    const int node = d.tree.find(oncotreeCode, &alias);
    if (node < 0 || node == d.tree.root())
        return {TumorRelation::Unknown,
                Messages::tr("%1: not an OncoTree code (%2 or %3)")
                    .arg(oncotreeCode.trimmed(), d.tree.currentVersion(), d.tree.olderVersion())};
    const Evidence ev = d.resolveEvidence(doid, diseaseName);
    RelationAnswer answer;
    const quint64 key =
        (quint64(quint32(node)) << 32) | (ev.kind == Evidence::Kind::Term ? quint32(ev.term) : solidTumorKey);
    const bool cacheable = ev.kind != Evidence::Kind::Missing;
    bool cached = false;
    if (cacheable) {
        QReadLocker locker(&d.cacheLock);
        if (auto it = d.cache.constFind(key); it != d.cache.cend()) {
            answer = *it;
            cached = true;
        }
    }
    if (!cached) {
        const Decision decision = d.decide(d.codes[size_t(node)], ev);
        answer = {decision.relation, d.explain(node, ev, decision)};
        if (cacheable) {
            QWriteLocker locker(&d.cacheLock);
            if (d.cache.size() < maxCachedAnswers)
                d.cache.insert(key, answer);
        }
    }
    if (ev.kind == Evidence::Kind::Missing) {
        answer.path += u" ("_s
                       + (doid.trimmed().isEmpty() ? Messages::tr("no DOID; disease name \"%1\"").arg(diseaseName)
                                                   : Messages::tr("DOID \"%1\"").arg(doid.trimmed()))
                       + u')';
    } else if (ev.byName) {
        answer.path += u"; "_s + Messages::tr("evidence DOID found by the disease name \"%1\"").arg(diseaseName);
    }
    if (!alias.isEmpty())
        answer.path = alias + u" -> "_s + answer.path;
    return answer;
}

QStringList TumorTypeGraph::doidsOf(const QString& oncotreeCode, QString* how) const
{
    const Data& d = *m_data;
    QString alias;
    const int node = d.tree.find(oncotreeCode, &alias);
    if (how)
        how->clear();
    if (node < 0 || node == d.tree.root())
        return {};
    const Data::CodeEntry& entry = d.codes[size_t(node)];
    QStringList ids, texts;
    for (const auto& m : entry.mappings) {
        ids.append(d.ontology.id(m.term));
        texts.append(d.mappingText(m));
    }
    if (how) {
        *how = (alias.isEmpty() ? QString() : alias + u" -> "_s) + d.casePath(node)
               + (texts.isEmpty() ? u": "_s + Messages::tr("no DOID for this code or any code above it")
                                  : u" -> "_s + texts.join(u", "_s));
    }
    return ids;
}

const OncoTreeNode* resolveOncotreeCode(const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    if (const OncoTreeNode* node = OncoTree::bundled().find(trimmed))
        return node;
    const QString current = TumorTypeGraph::bundled().currentCode(trimmed.toUpper());
    return current.isEmpty() ? nullptr : OncoTree::bundled().find(current);
}

QString TumorTypeGraph::currentCode(const QString& oncotreeCode) const
{
    const int node = m_data->tree.currentOf(m_data->tree.find(oncotreeCode));
    return node >= 0 && node != m_data->tree.root() ? m_data->tree.node(node).code : QString();
}

std::optional<bool> TumorTypeGraph::isHematologic(const QString& oncotreeCode) const
{
    const int node = m_data->tree.find(oncotreeCode);
    if (node < 0 || node == m_data->tree.root())
        return std::nullopt;
    return m_data->codes[size_t(node)].hematologic;
}

QStringList TumorTypeGraph::oncotreeCodes() const
{
    QStringList out;
    for (int node = 0; node < m_data->tree.count(); ++node) {
        if (node != m_data->tree.root())
            out.append(m_data->tree.node(node).code);
    }
    return out;
}

QString TumorTypeGraph::tissueOf(const QString& oncotreeCode) const
{
    const int tissue = m_data->tree.tissueOf(m_data->tree.find(oncotreeCode));
    return tissue >= 0 ? m_data->tree.node(tissue).code : QString();
}

int TumorTypeGraph::oncotreeCodeCount() const
{
    return std::max(0, m_data->tree.count() - 1);
}

QString TumorTypeGraph::normalizedDoid(const QString& doid) const
{
    const int term = m_data->ontology.find(doid);
    return term >= 0 ? m_data->ontology.id(term) : QString();
}

bool TumorTypeGraph::isKnownDoid(const QString& doid) const
{
    return m_data->ontology.find(doid) >= 0;
}

QString TumorTypeGraph::doidLabel(const QString& doid) const
{
    const int term = m_data->ontology.find(doid);
    return term >= 0 ? m_data->ontology.label(term) : QString();
}

QStringList TumorTypeGraph::ancestorsOf(const QString& doid) const
{
    const int term = m_data->ontology.find(doid);
    QStringList out;
    if (term >= 0) {
        for (const DiseaseOntology::Ancestor& a : m_data->ontology.ancestors(term))
            out.append(m_data->ontology.id(a.term));
    }
    return out;
}

int TumorTypeGraph::doidCount() const
{
    return m_data->ontology.count();
}

QStringList TumorTypeGraph::issues() const
{
    return m_data->issues;
}

} // namespace onco
