#pragma once

#include <QString>
#include <QStringView>

namespace onco {

/** Sequence Ontology consequence terms as VEP and SnpEff write them, ranked by severity. */
class Consequence
{
public:
    /** Severity rank: 0 is the most severe (transcript_ablation); unknown terms rank last. */
    static int rank(QStringView term);

    /** The most severe term of an '&'-joined list ("missense_variant&splice_region_variant"). */
    static QStringView mostSevere(QStringView terms);

    /** True when the term changes the protein sequence (missense, truncating, in-frame indel ...). */
    static bool altersProtein(QStringView term);
};

} // namespace onco
