#pragma once

// Bases and residues: the standard genetic code, reverse complements, HGVS residue ranges.
// Internal to core/effect.

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>

namespace onco::effect {

/** Codon bases in the order of the genetic-code table (TCAG). */
inline constexpr char bases[] = "TCAG";

/** The residue a codon codes for (one letter, '*' for a stop); 'X' when it holds other than ACGT. */
char translate(const char codon[3]);
/** The translation of whole codons of `dna`. */
QString translate(const QString& dna);
/** The other strand of `s`, read 5' to 3'; N for anything but ACGT. */
QString reverseComplement(const QString& s);
/** Whether `s` holds only A, C, G, T and N (upper case). */
bool isBases(QStringView s);
/** Whether `s` holds only A, C, G, T and N, in either case. */
bool isBasesAnyCase(QStringView s);
/** A residue as HGVS one-letter protein changes write it. */
QString residueName(QChar aa);
/**
 * The residues i..j (1-based) of a deletion or duplication as HGVS names them: moved to the
 * 3'-most copy while the next residue repeats the first, "E746_A750" or "L747".
 */
QString shiftedRange(const QByteArray& protein, qint64 i, qint64 j);

} // namespace onco::effect
