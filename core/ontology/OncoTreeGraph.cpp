#include "OncoTreeGraph.h"

#include "OncoTree.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::TumorTypeGraph)
};

/** A node as the JSON release has it. */
struct RawNode
{
    QString code;
    QString name;
    QString tissue;
    QString parent;
    int level = 0;
    QStringList earlier;     ///< "history" and "precursors": earlier codes of the same tumor type
    QStringList revocations; ///< codes retired because their meaning changed
};

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        if (const QString s = v.toString().trimmed(); !s.isEmpty())
            out.append(s);
    }
    return out;
}

void collect(const QJsonObject& object, std::vector<RawNode>& out)
{
    RawNode n;
    n.code = object.value(u"code"_s).toString().trimmed();
    n.name = object.value(u"name"_s).toString();
    n.tissue = object.value(u"tissue"_s).toString();
    n.parent = object.value(u"parent"_s).toString().trimmed();
    n.level = object.value(u"level"_s).toInt();
    n.earlier = strings(object.value(u"history"_s)) + strings(object.value(u"precursors"_s));
    n.revocations = strings(object.value(u"revocations"_s));
    if (!n.code.isEmpty())
        out.push_back(std::move(n));
    const QJsonObject children = object.value(u"children"_s).toObject();
    for (auto it = children.begin(); it != children.end(); ++it)
        collect(it.value().toObject(), out);
}

Result<std::vector<RawNode>> readRelease(const QString& path)
{
    auto root = OncoTree::readRoot(path);
    if (!root)
        return Unexpected{root.error()};
    std::vector<RawNode> nodes;
    nodes.reserve(1000);
    collect(*root, nodes);
    return nodes;
}

} // namespace

Result<OncoTreeGraph> OncoTreeGraph::load(const Release& current, const Release& older, QStringList* issues)
{
    auto currentNodes = readRelease(current.path);
    if (!currentNodes)
        return Unexpected{currentNodes.error()};
    auto olderNodes = readRelease(older.path);
    if (!olderNodes)
        return Unexpected{olderNodes.error()};
    auto note = [issues](const QString& text) {
        if (issues)
            issues->append(text);
    };

    OncoTreeGraph g;
    g.m_currentVersion = current.version;
    g.m_olderVersion = older.version;
    auto addNode = [&g](const RawNode& raw, const QString& release, bool retired) {
        const int index = g.count();
        g.m_nodes.push_back({raw.code, raw.name, raw.tissue, release, raw.level, retired});
        g.m_byCode.insert(raw.code.toUpper(), index);
        boost::add_vertex(*g.m_graph);
        if (raw.level == 0 && !retired)
            g.m_root = index;
        return index;
    };
    auto addAlias = [&g](const QString& code, int target, const QString& how) {
        const QString key = code.toUpper();
        if (g.m_byCode.contains(key) || g.m_aliases.contains(key) || target < 0)
            return;
        g.m_aliases.insert(key, target);
        g.m_aliasHow.insert(key, how);
    };
    auto link = [&g](int from, int to, Link kind) {
        if (from >= 0 && to >= 0 && from != to)
            boost::add_edge(Graph::vertex_descriptor(from), Graph::vertex_descriptor(to), {kind}, *g.m_graph);
    };

    for (const RawNode& raw : *currentNodes)
        addNode(raw, current.version, false);
    if (g.m_root < 0)
        return fail(CoreError::Code::BadInput, Messages::tr("not an OncoTree tree: no TISSUE root"), current.path);
    for (const RawNode& raw : *currentNodes) {
        const int index = g.m_byCode.value(raw.code.toUpper());
        for (const QString& code : raw.earlier)
            addAlias(code, index, Messages::tr("%1: earlier OncoTree code of %2").arg(code, raw.code));
        if (!raw.parent.isEmpty()) {
            const int parent = g.m_byCode.value(raw.parent.toUpper(), -1);
            if (parent < 0)
                note(Messages::tr("%1: parent %2 of %3 is not in the tree").arg(current.path, raw.parent, raw.code));
            link(index, parent, Link::Parent);
        }
    }
    for (const RawNode& raw : *olderNodes) {
        const QString key = raw.code.toUpper();
        if (!g.m_byCode.contains(key) && !g.m_aliases.contains(key))
            addNode(raw, older.version, true);
    }

    // Revoked codes, in file order: the current release first, then the older one.
    QStringList revokedOrder;
    QHash<QString, QList<int>> revokedBy;
    auto collectRevocations = [&](const std::vector<RawNode>& nodes) {
        for (const RawNode& raw : nodes) {
            const int by = g.currentOf(g.find(raw.code));
            for (const QString& code : raw.revocations) {
                const QString key = code.toUpper();
                // A code revoked by its own node, or still current, changed its meaning in place (PTCL).
                const int existing = g.m_byCode.value(key, -1);
                if (by < 0 || key == raw.code.toUpper() || (existing >= 0 && !g.node(existing).retired))
                    continue;
                if (!revokedBy.contains(key))
                    revokedOrder.append(key);
                if (!revokedBy[key].contains(by))
                    revokedBy[key].append(by);
            }
        }
    };
    collectRevocations(*currentNodes);
    collectRevocations(*olderNodes);
    QSet<int> replaced;
    for (const QString& key : std::as_const(revokedOrder)) {
        const QList<int>& by = revokedBy[key];
        const int target = by.size() == 1 ? by.front() : g.commonAncestor(by);
        QStringList byCodes;
        for (int b : by)
            byCodes.append(g.node(b).code);
        if (by.size() > 1)
            note(Messages::tr("OncoTree code %1 was revoked by %2; it resolves to their common ancestor %3")
                     .arg(key, byCodes.join(u", "_s), g.node(target).code));
        if (const int retired = g.m_byCode.value(key, -1); retired >= 0) {
            link(retired, target, Link::Replacement);
            replaced.insert(retired);
        } else {
            addAlias(key,
                     target,
                     by.size() == 1
                         ? Messages::tr("%1: revoked OncoTree code, replaced by %2").arg(key, byCodes.front())
                         : Messages::tr("%1: revoked OncoTree code, split into %2").arg(key, byCodes.join(u", "_s)));
        }
    }
    for (const RawNode& raw : *olderNodes) {
        const int index = g.m_byCode.value(raw.code.toUpper(), -1);
        if (index >= 0 && g.node(index).retired && !replaced.contains(index))
            link(index, g.find(raw.parent), Link::Parent);
        for (const QString& code : raw.earlier)
            addAlias(code, g.find(raw.code), Messages::tr("%1: earlier OncoTree code of %2").arg(code, raw.code));
    }
    return g;
}

int OncoTreeGraph::find(const QString& code, QString* aliasNote) const
{
    if (aliasNote)
        aliasNote->clear();
    auto lookup = [&](const QString& key) {
        if (auto it = m_byCode.constFind(key); it != m_byCode.cend())
            return *it;
        if (auto it = m_aliases.constFind(key); it != m_aliases.cend()) {
            if (aliasNote)
                *aliasNote = m_aliasHow.value(key);
            return *it;
        }
        return -1;
    };
    if (const int index = lookup(code); index >= 0)
        return index;
    const QString key = code.trimmed().toUpper();
    return key == code || key.isEmpty() ? -1 : lookup(key);
}

int OncoTreeGraph::up(int index, Link* link) const
{
    if (index < 0 || index >= count())
        return -1;
    auto [e, end] = boost::out_edges(Graph::vertex_descriptor(index), *m_graph);
    if (e == end)
        return -1;
    if (link)
        *link = (*m_graph)[*e].link;
    return int(boost::target(*e, *m_graph));
}

QList<int> OncoTreeGraph::children(int index) const
{
    QList<int> out;
    if (index < 0 || index >= count())
        return out;
    for (auto [e, end] = boost::in_edges(Graph::vertex_descriptor(index), *m_graph); e != end; ++e)
        out.append(int(boost::source(*e, *m_graph)));
    return out;
}

int OncoTreeGraph::tissueOf(int index) const
{
    for (int current = index; current >= 0;) {
        const int above = up(current);
        if (above == m_root)
            return current;
        current = above;
    }
    return -1;
}

int OncoTreeGraph::currentOf(int index) const
{
    while (index >= 0 && node(index).retired)
        index = up(index);
    return index;
}

int OncoTreeGraph::commonAncestor(const QList<int>& nodes) const
{
    if (nodes.isEmpty())
        return m_root;
    QList<int> chain;
    for (int n = nodes.front(); n >= 0; n = up(n))
        chain.append(n);
    for (int other : nodes) {
        QSet<int> above;
        for (int n = other; n >= 0; n = up(n))
            above.insert(n);
        chain.removeIf([&above](int n) { return !above.contains(n); });
    }
    return chain.isEmpty() ? m_root : chain.front();
}

} // namespace onco
