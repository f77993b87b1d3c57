#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace onco {

/** A protein change taken apart: what kind of edit, at which residues. */
struct ProteinEdit
{
    enum class Type : quint8
    {
        Missense,
        Nonsense,
        Synonymous,
        Frameshift,
        Deletion,
        Insertion,
        Duplication,
        Delins,
        Extension,
        StartLoss,
        Splice,   ///< vcf2maf's "X963_splice": a splice variant at that residue
        Position, ///< a residue or residue range without an edit: "V600", "K550_W557" (knowledge-base names)
    };
    Type type = Type::Position;
    QChar firstAa; ///< reference residue at the first position ('*' for a stop, 'X' when unknown)
    int firstPos = 0;
    QChar lastAa; ///< for ranges; equal to the first otherwise
    int lastPos = 0;
    QString alt; ///< new residues of a missense/nonsense/insertion/delins ("E", "*", "ASV") or a frameshift's first
                 ///< one; empty otherwise
};

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

    /**
     * Takes a protein change apart ("p.V600E", "V600", "p.L189Cfs*2", "K550_W557del",
     * "p.X963_splice", "M1?"); nullopt when it has no position (p.?, p.=, free text).
     */
    static std::optional<ProteinEdit> parse(QStringView hgvsp);

    /** True for synonymous (p.=, p.(Thr125=), p.T125=) changes. */
    static bool isSynonymous(QStringView normalized);
};

} // namespace onco
