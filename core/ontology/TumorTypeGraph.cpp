#include "TumorTypeGraph.h"

#include "DiseaseOntology.h"
#include "OncoTree.h"
#include "OncoTreeDoidMap.h"
#include "OncoTreeGraph.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QReadWriteLock>

#include <algorithm>
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
        NoCaseDoid,       ///< the code and everything above it are unmapped
        NoEvidence,       ///< the evidence disease is unknown
        BorrowedNarrower, ///< below a DOID the code borrows from an ancestor: maybe a sibling's
        ReceptorSubtype,  ///< a receptor-defined breast cancer subtype: on-label under a condition
    };
    Decision(TumorRelation r, Rule u, int m, QString c = {})
        : relation(r)
        , rule(u)
        , mapping(m)
        , condition(std::move(c))
    {
    }

    TumorRelation relation = TumorRelation::Unknown;
    Rule rule = Rule::NoEvidence;
    int mapping = -1;  ///< index into the case's mappings that decided
    QString condition; ///< receptor tokens for Rule::ReceptorSubtype
};

/** The receptor-defined breast cancer subtypes of the Disease Ontology, by label, and what each requires. */
constexpr std::pair<QStringView, QStringView> receptorSubtypes[] = {
    {u"HER2 positive breast cancer", u"HER2+"},
    {u"HER2 negative breast cancer", u"HER2-"},
    {u"HER2-low breast cancer", u"HER2-low"},
    {u"HER2-ultralow breast cancer", u"HER2-ultralow"},
    {u"hormone receptor-positive breast cancer", u"HR+"},
    {u"hormone receptor-negative breast cancer", u"HR-"},
    {u"estrogen receptor-positive breast cancer", u"ER+"},
    {u"estrogen receptor-negative breast cancer", u"ER-"},
    {u"progesterone receptor-positive breast cancer", u"PR+"},
    {u"progesterone receptor-negative breast cancer", u"PR-"},
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
        /**
         * The DOIDs of mappedNode first (ownCount of them), then those of the OncoTree ancestors
         * above it below the tissue: a subtype is a kind of each of its ancestors (SKCM is a
         * melanoma, MEL), whatever the Disease Ontology files it under.
         */
        QList<OncoTreeDoidMap::Mapping> mappings;
        int ownCount = 0;
        bool breast = false;     ///< under the Breast tissue: receptor subtypes apply with a condition
        QHash<int, Reach> reach; ///< every mapped term and every ancestor of one
        bool hematologic = false;
        int hematologicMapping = -1; ///< mapping under DOID:2531, -1 when only the tissue says so
    };

    DiseaseOntology ontology;
    OncoTreeGraph tree;
    std::vector<CodeEntry> codes; ///< by tree node
    int cancer = -1;
    int hematologicCancer = -1;
    QHash<int, QString> receptorTerms; ///< term -> its requirement token

    /** The receptor requirements of an evidence term and its ancestors ("HER2-,HR-"); empty when none. */
    QString receptorCondition(int term) const
    {
        if (receptorTerms.isEmpty() || term < 0)
            return {};
        QStringList tokens;
        if (const auto it = receptorTerms.constFind(term); it != receptorTerms.cend())
            tokens << *it;
        for (const DiseaseOntology::Ancestor& a : ontology.ancestors(term))
            if (const auto it = receptorTerms.constFind(a.term); it != receptorTerms.cend() && !tokens.contains(*it))
                tokens << *it;
        tokens.sort();
        return tokens.join(u',');
    }
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
                d.relation = r->distance == 0 && entry.parentSteps == 0 && r->mapping < entry.ownCount
                                 ? TumorRelation::Same
                                 : TumorRelation::EvidenceBroader;
                d.mapping = r->mapping;
            } else {
                for (int i = 0; i < entry.ownCount; ++i) {
                    if (ontology.ancestor(ev.term, entry.mappings[i].term)) {
                        // Below a DOID the code only borrows from an ancestor, the evidence may be about a
                        // sibling subtype of the case's own: not decidable, never on-label.
                        d = entry.parentSteps > 0
                                ? Decision{TumorRelation::EvidenceNarrower, Rule::BorrowedNarrower, i, u"subtype"_s}
                                : Decision{TumorRelation::EvidenceNarrower, Rule::Ontology, i};
                        break;
                    }
                }
            }
        }
        // A receptor-defined subtype (HER2-positive breast cancer) cuts across the histological
        // codes of breast cancer: narrower than any of them, on-label under its condition.
        if (entry.breast && d.relation != TumorRelation::Same && d.relation != TumorRelation::EvidenceBroader) {
            if (const QString condition = receptorCondition(ev.term); !condition.isEmpty())
                d = {TumorRelation::EvidenceNarrower, Rule::ReceptorSubtype, -1, condition};
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
        case Rule::ReceptorSubtype:
            return out + u"; "_s
                   + Messages::tr("%1 is a receptor-defined subtype of breast cancer: on-label when the tumor is %2")
                         .arg(termText(ev.term), d.condition);
        case Rule::BorrowedNarrower:
            return out + u" -> "_s + mappingText(*m) + u"; "_s
                   + Messages::tr("%1 is a subtype of %2, which %3 borrows from a code above it: it may be %3's "
                                  "own type or a sibling's, so it is on-label only when the alteration defines it")
                         .arg(termText(ev.term), termText(m->term), tree.node(node).code);
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

    /** The DOIDs mapped to a node: the maps' rows, else its name in the Disease Ontology. */
    QList<OncoTreeDoidMap::Mapping> mappingsOf(const OncoTreeDoidMap& map, int node) const
    {
        auto mapped = map.mappings(tree.node(node).code.toUpper());
        if (mapped.isEmpty()) {
            const int tissue = tree.tissueOf(node);
            if (auto named = OncoTreeDoidMap::byName(
                    ontology, tree.node(node).name, tissue >= 0 ? tree.node(tissue).name : QString()))
                mapped.append(*named);
        }
        return mapped;
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
                auto mapped = mappingsOf(map, current);
                if (!mapped.isEmpty()) {
                    entry.mappedNode = current;
                    entry.parentSteps = steps;
                    entry.mappings = std::move(mapped);
                    break;
                }
            }
            entry.ownCount = int(entry.mappings.size());
            // The DOIDs of the OncoTree ancestors above, short of the tissue (whose organ-level maps
            // are too coarse to speak for a subtype): each is broader than the case.
            if (entry.mappedNode >= 0) {
                const int tissue = tree.tissueOf(node);
                for (int up = tree.up(entry.mappedNode, &link); up >= 0 && up != tree.root() && up != tissue;
                     up = tree.up(up, &link)) {
                    for (OncoTreeDoidMap::Mapping m : mappingsOf(map, up)) {
                        const bool known = std::any_of(entry.mappings.cbegin(),
                                                       entry.mappings.cend(),
                                                       [&](const auto& x) { return x.term == m.term; });
                        if (known)
                            continue;
                        m.note = Messages::tr("the DOID of OncoTree ancestor %1").arg(nodeText(up));
                        entry.mappings.append(m);
                    }
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
                // An ancestor's own DOID is one step above the case at least.
                const int offset = i < entry.ownCount ? 0 : 1;
                reachTerm(entry.mappings[i].term, i, offset);
                for (const DiseaseOntology::Ancestor& a : ontology.ancestors(entry.mappings[i].term))
                    reachTerm(a.term, i, a.distance + offset);
            }
            if (auto h = entry.reach.constFind(hematologicCancer); h != entry.reach.cend()) {
                entry.hematologic = true;
                entry.hematologicMapping = h->mapping;
            }
            if (const int tissue = tree.tissueOf(node); tissue >= 0) {
                for (QStringView code : hematologicTissues)
                    entry.hematologic = entry.hematologic || tree.node(tissue).code == code;
                entry.breast = tree.node(tissue).code == u"BREAST";
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
    for (const auto& [label, token] : receptorSubtypes)
        if (const int term = data->ontology.findLabel(label.toString()); term >= 0)
            data->receptorTerms.insert(term, token.toString());
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
        answer = {decision.relation, d.explain(node, ev, decision), decision.condition};
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
    for (int i = 0; i < entry.ownCount; ++i) {
        ids.append(d.ontology.id(entry.mappings[i].term));
        texts.append(d.mappingText(entry.mappings[i]));
    }
    if (how) {
        *how = (alias.isEmpty() ? QString() : alias + u" -> "_s) + d.casePath(node)
               + (texts.isEmpty() ? u": "_s + Messages::tr("no DOID for this code or any code above it")
                                  : u" -> "_s + texts.join(u", "_s));
    }
    return ids;
}

ConditionMet
receptorConditionMet(const QString& condition, const QMap<QString, QString>& status, bool her2Amplified, QString* why)
{
    auto value = [&](const QString& receptor) { return status.value(receptor).trimmed().toLower(); };
    QStringList met, unmet, unknown;
    for (const QString& token : condition.split(u',', Qt::SkipEmptyParts)) {
        std::optional<bool> ok;
        const QString her2 = value(u"HER2"_s);
        if (token == u"HER2+") {
            if (her2Amplified)
                ok = true;
            else if (!her2.isEmpty())
                ok = her2 == u"positive";
        } else if (token == u"HER2-") {
            if (her2Amplified)
                ok = false;
            else if (!her2.isEmpty())
                ok = her2 != u"positive";
        } else if (token == u"HER2-low" || token == u"HER2-ultralow") {
            if (her2Amplified)
                ok = false;
            else if (!her2.isEmpty())
                ok = her2 == token.mid(5);
        } else if (token == u"HR+" || token == u"HR-") {
            const QString er = value(u"ER"_s), pr = value(u"PR"_s);
            if (token == u"HR+" && (er == u"positive" || pr == u"positive"))
                ok = true;
            else if (token == u"HR+" && er == u"negative" && pr == u"negative")
                ok = false;
            else if (token == u"HR-" && (er == u"positive" || pr == u"positive"))
                ok = false;
            else if (token == u"HR-" && er == u"negative" && pr == u"negative")
                ok = true;
        } else {
            const QString receptor = token.left(2);
            if (const QString v = value(receptor); !v.isEmpty())
                ok = (v == u"positive") == token.endsWith(u'+');
        }
        (ok ? (*ok ? met : unmet) : unknown) << token;
    }
    if (why) {
        if (!unmet.isEmpty())
            *why = Messages::tr("the tumor is not %1").arg(unmet.join(u", "_s));
        else if (!unknown.isEmpty())
            *why = Messages::tr("on-label only for %1 tumors; the case does not give that status")
                       .arg(unknown.join(u", "_s));
        else
            *why = her2Amplified && condition.contains(u"HER2+"_s)
                       ? Messages::tr("the tumor is %1 (HER2 by its ERBB2 amplification)").arg(met.join(u", "_s))
                       : Messages::tr("the tumor is %1").arg(met.join(u", "_s));
    }
    if (!unmet.isEmpty())
        return ConditionMet::No;
    return unknown.isEmpty() ? ConditionMet::Yes : ConditionMet::Unknown;
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
