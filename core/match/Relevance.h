#pragma once

#include "model/Evidence.h"
#include "ontology/TumorTypeGraph.h"

#include <QHash>
#include <QString>

namespace onco {

/**
 * How the disease of each evidence item relates to the case's tumor type: through the Disease
 * Ontology for DOIDs (CIViC, local items), through the OncoTree tree for OncoTree codes and
 * names (OncoKB), and by name for pan-cancer groups ("All Solid Tumors"). Answers are cached by
 * disease.
 */
class Relevance
{
public:
    /** `tumorType` is an OncoTree code, empty when the case has none. */
    explicit Relevance(QString tumorType, const TumorTypeGraph& graph = TumorTypeGraph::bundled());

    RelationAnswer of(const EvidenceItem& e);
    RelationAnswer of(const QString& doid, const QString& oncotreeCode, const QString& disease);

private:
    RelationAnswer uncached(const QString& doid, const QString& oncotreeCode, const QString& disease) const;
    RelationAnswer byOncoTree(const QString& evidenceCode) const;

    /** What an answer depends on: the case's tumor type and the evidence's disease. */
    struct Key
    {
        QString tumorType;
        QString doid;
        QString oncotreeCode;
        QString disease;
        bool operator==(const Key&) const = default;
        friend size_t qHash(const Key& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.tumorType, k.doid, k.oncotreeCode, k.disease);
        }
    };

    QString m_tumorType;
    const TumorTypeGraph& m_graph;
    QHash<Key, RelationAnswer> m_cache;
};

} // namespace onco
