#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <boost/graph/adjacency_list.hpp>

#include <memory>
#include <vector>

namespace onco {

/**
 * The OncoTree tumor-type tree of the current release, extended so that every code of an older
 * release still resolves, as a Boost graph with an edge from each node to the node above it.
 *
 * - Earlier codes that the current release lists in "history" or "precursors" (same tumor type,
 *   new code: MM -> PCM, DIPG -> DMG) are aliases of the current node.
 * - Codes of the older release missing from the current one become retired nodes that keep their
 *   own name (and so their own DOID mapping). A retired node whose code the current release lists in
 *   "revocations" (the meaning changed: GBM -> GB "Glioblastoma, IDH-Wildtype") links to the
 *   revoking node as its replacement; otherwise to its parent in the older release.
 * - Other revoked codes are aliases of the revoking node, or of the nearest common ancestor when
 *   several nodes revoked the same code (ALL -> BLL and TLL).
 *
 * Codes are looked up ignoring case. Immutable after load(), so safe to share between threads.
 */
class OncoTreeGraph
{
public:
    enum class Link
    {
        Parent,      ///< is_a: the node above is broader
        Replacement, ///< a retired node points to the current node that replaced it
    };

    struct Node
    {
        QString code;    ///< "LUAD"
        QString name;    ///< "Lung Adenocarcinoma"
        QString tissue;  ///< "Lung"
        QString release; ///< version of the tree the node comes from
        int level = 0;   ///< 0 for the root, 1 for tissues
        bool retired = false;
    };

    struct Release
    {
        QString path;
        QString version; ///< "oncotree_2025_10_03"
    };

    /** Reads both JSON releases; notes on ambiguous history go to `issues`. Errors: Io, BadInput
     *  (not an OncoTree tree, in either release). */
    static Result<OncoTreeGraph> load(const Release& current, const Release& older, QStringList* issues = nullptr);

    /** Number of nodes, the root "TISSUE" included. */
    int count() const
    {
        return int(m_nodes.size());
    }
    const Node& node(int index) const
    {
        return m_nodes[size_t(index)];
    }
    int root() const
    {
        return m_root;
    }
    const QString& currentVersion() const
    {
        return m_currentVersion;
    }
    const QString& olderVersion() const
    {
        return m_olderVersion;
    }

    /**
     * Node of a code: current, retired or an alias (see the class comment); -1 when unknown.
     * For an alias, `aliasNote` (when given) receives how it resolved, else it is cleared.
     */
    int find(const QString& code, QString* aliasNote = nullptr) const;
    /** The node above (parent, or the replacement of a retired node) and the kind of link; -1 at the root. */
    int up(int index, Link* link = nullptr) const;
    /** Nodes directly below, current and retired. */
    QList<int> children(int index) const;
    /** The tissue node (level 1) at the top of a node's chain; -1 for the root. */
    int tissueOf(int index) const;
    /** The first current node on the chain upwards, the node itself when current; -1 for none. */
    int currentOf(int index) const;

private:
    struct EdgeProperties
    {
        Link link = Link::Parent;
    };
    using Graph =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeProperties>;

    int commonAncestor(const QList<int>& nodes) const;

    // Behind a pointer: adjacency_list has no move constructor, and its copy is needless work.
    std::unique_ptr<Graph> m_graph = std::make_unique<Graph>();
    std::vector<Node> m_nodes;
    QHash<QString, int> m_byCode;       ///< upper-case current and retired codes
    QHash<QString, int> m_aliases;      ///< upper-case earlier code -> node
    QHash<QString, QString> m_aliasHow; ///< upper-case earlier code -> note
    int m_root = -1;
    QString m_currentVersion;
    QString m_olderVersion;
};

} // namespace onco
