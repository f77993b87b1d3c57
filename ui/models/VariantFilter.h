#pragma once

#include "caseStore/CaseStore.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace onco {

/** Which alterations the variant table shows. Empty sets and default values filter nothing. */
struct VariantFilter
{
    QSet<QString> ampTiers; ///< "I", "II", "III", "none" (AMP tier groups shown)
    QSet<QString>
        consequences; ///< consequence groups: "missense", "truncating", "inframe", "splice", "other", "cna", "fusion"
    float vafMin = 0.0f; ///< tumor VAF range; alterations without a VAF pass
    float vafMax = 1.0f;
    QSet<QString> genes;         ///< upper-case symbols; empty: every gene
    bool onlyActionable = false; ///< AMP tier I or II
    bool hideExcluded = false;   ///< hide alterations reviewed as exclude or artefact
    QString search;              ///< quick search: gene, protein change, location, consequence (case-insensitive)

    bool isEmpty() const;
};

/** The board's current decision per alteration index (absent: not reviewed). */
using DecisionMap = QHash<qint32, Decision>;

/** "missense", "truncating", "inframe", "splice", "other", "cna", "fusion" for a filter. */
QString consequenceGroup(const Alteration& a);

} // namespace onco
