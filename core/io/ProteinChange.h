#pragma once

#include <QString>
#include <QStringView>

namespace onco {

/**
 * HGVS protein-change normalisation, so that notations from VEP, SnpEff, MAF files and CIViC
 * compare equal: "ENSP0000:p.(Val600Glu)", "p.Val600Glu", "V600E" all become "p.V600E".
 *
 * Rules: the reference-sequence prefix and predicted-consequence parentheses are removed;
 * three-letter amino acids become one letter; Ter and the legacy stop "X" become "*";
 * "%3D" (VEP's URL escape) becomes "="; keywords are lower case (del, ins, dup, delins, fs, ext).
 * Unparseable text is returned trimmed with a "p." prefix, never dropped.
 */
class ProteinChange
{
public:
    /** The normalised form with a "p." prefix, or an empty string for empty input. */
    static QString normalize(QStringView hgvsp);

    /** Upper-case key without "p.", for exact comparison ("V600E", "L189FS*2"). Empty for empty input. */
    static QString matchKey(QStringView hgvsp);

    /** True for synonymous (p.=, p.(Thr125=), p.T125=) changes. */
    static bool isSynonymous(QStringView normalized);
};

} // namespace onco
