#pragma once

#include <QString>
#include <QStringList>

namespace onco {

/**
 * Splits CIViC's comma-joined therapy lists. Therapies are joined by a bare comma, but some
 * names hold commas themselves: "2,4-pyrimidinediamine", "HER2 Inhibitor CP-724,714",
 * "FGF/VEGF Receptor Tyrosine Kinase Inhibitor, PD173074". A comma is a separator unless a
 * space follows it or digits stand on both sides of it.
 */
class TherapyNames
{
public:
    static QStringList split(const QString& therapies);
};

} // namespace onco
