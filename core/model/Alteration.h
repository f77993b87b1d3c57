#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <limits>

namespace onco {

/** What kind of change an alteration is; the JSON names are part of the public contract. */
enum class AlterationKind : quint8
{
    Snv,
    Mnv,
    Insertion,
    Deletion,
    Delins, ///< a replacement of unequal length (complex indel)
    CopyNumber,
    Fusion,
    StructuralVariant,
    Biomarker,
};

/** The contract name of a kind: "SNV", "MNV", "insertion", "deletion", "delins", "CNA", "fusion", "SV", "biomarker". */
QString alterationKindName(AlterationKind kind);

/** Kind of a small variant from its trimmed (no shared first/last bases) alleles. */
AlterationKind smallVariantKind(qsizetype refLength, qsizetype altLength);

/** Where a value came from: the input file and its 1-based line (record number for binary files). */
struct Origin
{
    QString file;
    qint64 line = 0;
};

/** Read support of one allele in one sample; unknown values are NaN / -1. */
struct ReadSupport
{
    float vaf = std::numeric_limits<float>::quiet_NaN();
    qint32 depth = -1;
    qint32 altReads = -1;

    bool hasVaf() const
    {
        return !std::isnan(vaf);
    }
    bool hasDepth() const
    {
        return depth >= 0;
    }
    bool isEmpty() const
    {
        return !hasVaf() && !hasDepth() && altReads < 0;
    }
};

/**
 * One alteration of a case: a small variant, copy-number change, fusion or biomarker.
 * Coordinates are as in the input (1-based, VCF allele style with the anchor base kept for
 * indels); functional annotation is taken from the input when present and never invented.
 */
struct Alteration
{
    AlterationKind kind = AlterationKind::Snv;
    QString gene;
    QString chrom;
    qint64 pos = 0;
    QString ref;
    QString alt;
    QString filter; ///< "PASS", the failed filters joined by ';', or empty when the input has none

    QString transcript;
    QString hgvsc;
    QString hgvsp; ///< normalised one-letter form, e.g. "p.V600E" (see ProteinChange)
    QString consequence;

    ReadSupport tumor;
    ReadSupport normal;

    Origin origin;

    /** "GENE p.CHANGE" when known, else "CHROM:POS REF>ALT". */
    QString displayName() const;
};

/**
 * The alleles of a small variant in the convention CIViC uses for GRCh37 coordinates: shared
 * bases trimmed, deletions and substitutions start at the first changed base, insertions at the
 * base before the inserted sequence; an empty allele is "".
 */
struct AlleleKey
{
    QString chrom; ///< without a "chr" prefix, "MT" for the mitochondrion
    qint64 start = 0;
    QString ref;
    QString alt;

    friend bool operator==(const AlleleKey&, const AlleleKey&) = default;
};

AlleleKey alleleKey(const QString& chrom, qint64 pos, const QString& ref, const QString& alt);

/** Contig name without "chr" prefix, "M" written as "MT", as in Ensembl and CIViC. */
QString canonicalContig(const QString& chrom);

size_t qHash(const AlleleKey& key, size_t seed = 0);

} // namespace onco
