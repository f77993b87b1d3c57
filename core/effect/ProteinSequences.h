#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace onco {

/**
 * Protein sequences of cancer genes (resources/genes/cancer_gene_proteins.fa.gz: 1,117 OncoKB
 * genes, the MANE Select protein from Ensembl via protean, CC BY 4.0), for the reference residue
 * at a codon. Immutable after loading; lookups are thread-safe.
 */
class ProteinSequences
{
public:
    /** Reads a FASTA file whose headers start with the gene symbol (">BRAF ENSP... length=766"). */
    [[nodiscard]] static Result<ProteinSequences> load(const QString& path);

    /** The bundled sequences, loaded on first use (thread-safe); empty, with a warning, on error. */
    static const ProteinSequences& bundled();

    /** The sequence of a gene (upper-case symbol), one letter per residue; empty when unknown. */
    QByteArray sequence(const QString& gene) const
    {
        return m_sequences.value(gene);
    }
    /** The protein id the sequence is from ("ENSP00000493543"); empty when unknown. */
    QString proteinId(const QString& gene) const
    {
        return m_ids.value(gene);
    }

    qsizetype size() const
    {
        return m_sequences.size();
    }

private:
    QHash<QString, QByteArray> m_sequences;
    QHash<QString, QString> m_ids;
};

} // namespace onco
