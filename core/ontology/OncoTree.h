#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace onco {

/** One OncoTree tumor type. */
struct OncoTreeNode
{
    QString code;     ///< "LUAD"
    QString name;     ///< "Lung Adenocarcinoma"
    QString mainType; ///< "Non-Small Cell Lung Cancer"
    QString tissue;   ///< "Lung"
    QString parent;   ///< parent code, empty for the root
    int level = 0;
    QStringList ncit; ///< NCI Thesaurus codes
    QStringList umls;
    QStringList history; ///< earlier codes of this node ("precursors" and "history" of OncoTree)
};

/**
 * The OncoTree tumor-type tree (CC-BY-4.0, MSKCC), read from its JSON release. Codes are
 * looked up case-insensitively; a code retired in an earlier release resolves through history.
 */
class OncoTree
{
public:
    /** The 2025_10_03 release shipped with the application. */
    static QString bundledPath();
    static QString bundledVersion();

    /** Loads a release; BadInput when the JSON is not an OncoTree tree. */
    static Result<OncoTree> load(const QString& path, const QString& version);

    /** The "TISSUE" root object of an OncoTree JSON release. Errors: Io, BadInput (not JSON, no root). */
    static Result<QJsonObject> readRoot(const QString& path);

    /** The tree shipped with the application, loaded once per process (thread-safe). */
    static const OncoTree& bundled();

    /** The node of a code (current or historical, any case), or nullptr. */
    const OncoTreeNode* find(const QString& code) const;

    const QHash<QString, OncoTreeNode>& nodes() const
    {
        return m_nodes;
    }
    const QString& version() const
    {
        return m_version;
    }

private:
    QString m_version;
    QHash<QString, OncoTreeNode> m_nodes; ///< by upper-case code
    QHash<QString, QString> m_historical; ///< earlier code -> current code
};

} // namespace onco
