#include "OncoTree.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

void collect(const QJsonObject& node, QHash<QString, OncoTreeNode>& nodes, QHash<QString, QString>& historical)
{
    OncoTreeNode n;
    n.code = node.value(u"code"_s).toString();
    n.name = node.value(u"name"_s).toString();
    n.mainType = node.value(u"mainType"_s).toString();
    n.tissue = node.value(u"tissue"_s).toString();
    n.parent = node.value(u"parent"_s).toString();
    n.level = node.value(u"level"_s).toInt();
    const QJsonObject refs = node.value(u"externalReferences"_s).toObject();
    n.ncit = strings(refs.value(u"NCI"_s));
    n.umls = strings(refs.value(u"UMLS"_s));
    n.history = strings(node.value(u"history"_s)) + strings(node.value(u"precursors"_s));
    for (const QString& old : n.history)
        historical.insert(old.toUpper(), n.code.toUpper());
    const QJsonObject children = node.value(u"children"_s).toObject();
    nodes.insert(n.code.toUpper(), std::move(n));
    for (auto it = children.begin(); it != children.end(); ++it)
        collect(it.value().toObject(), nodes, historical);
}

} // namespace

QString OncoTree::bundledPath()
{
    return u":/oncoboard/ontology/oncotree/oncotree_2025_10_03.json"_s;
}

QString OncoTree::bundledVersion()
{
    return u"oncotree_2025_10_03"_s;
}

Result<QJsonObject> OncoTree::readRoot(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CoreError::Code::Io, file.errorString(), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return fail(CoreError::Code::BadInput, error.errorString(), path);
    const QJsonObject root = doc.object().value(u"TISSUE"_s).toObject();
    if (root.isEmpty())
        return fail(CoreError::Code::BadInput,
                    QCoreApplication::translate("onco::OncoTree", "not an OncoTree tree: no TISSUE root"),
                    path);
    return root;
}

Result<OncoTree> OncoTree::load(const QString& path, const QString& version)
{
    auto root = readRoot(path);
    if (!root)
        return Unexpected{root.error()};
    OncoTree tree;
    tree.m_version = version;
    collect(*root, tree.m_nodes, tree.m_historical);
    // A historical code that is also current names the current node.
    for (auto it = tree.m_historical.begin(); it != tree.m_historical.end();) {
        if (tree.m_nodes.contains(it.key()))
            it = tree.m_historical.erase(it);
        else
            ++it;
    }
    return tree;
}

const OncoTree& OncoTree::bundled()
{
    static const OncoTree tree = [] {
        auto loaded = load(bundledPath(), bundledVersion());
        return loaded ? std::move(loaded.value()) : OncoTree();
    }();
    return tree;
}

const OncoTreeNode* OncoTree::find(const QString& code) const
{
    const QString key = code.trimmed().toUpper();
    if (auto it = m_nodes.constFind(key); it != m_nodes.cend())
        return &*it;
    if (auto h = m_historical.constFind(key); h != m_historical.cend())
        if (auto it = m_nodes.constFind(*h); it != m_nodes.cend())
            return &*it;
    return nullptr;
}

} // namespace onco
