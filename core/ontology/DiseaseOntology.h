#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <boost/graph/adjacency_list.hpp>

#include <memory>
#include <vector>

namespace onco {

/**
 * The is_a DAG of the Human Disease Ontology (CC0), read from its DOreports table "HumanDO.tsv":
 * quoted id, label and subClassOf, one row per term and asserted parent, the parent named by its
 * label. A term can have several parents. Terms are addressed by a dense index 0..count()-1; every
 * term's ancestors are computed once at load, so ancestry questions cost a short scan.
 * Immutable after load(), so safe to share between threads.
 */
class DiseaseOntology
{
public:
    /** One ancestor of a term: `firstHop` is the parent of the term on a shortest is_a path to it. */
    struct Ancestor
    {
        int term = -1;
        int firstHop = -1;
        int distance = 0; ///< is_a steps, 1 for a parent
    };

    /**
     * Reads a HumanDO.tsv report. Rows naming an unknown parent label keep the term but drop that
     * edge, with a note in `issues`. Errors: Io, BadInput (no id/label/subClassOf header, a cycle).
     */
    static Result<DiseaseOntology> load(const QString& path, QStringList* issues = nullptr);

    int count() const
    {
        return int(m_ids.size());
    }

    /**
     * Index of a DOID, or -1. Accepts "DOID:1909", "doid:1909" and the bare number as CIViC writes it
     * ("1909", "0060079"). DOIDs with and without leading zeros are different terms (DOID:60002 and
     * DOID:0060002 both exist), so the digits are matched exactly first; only when that fails, the
     * seven-digit zero-padded form, then the form without leading zeros.
     */
    int find(QStringView doid) const;
    /** Index of the term with this label (ignoring case and surrounding space), or -1. */
    int findLabel(QStringView label) const;

    /** "DOID:1909"; the index must be valid. */
    const QString& id(int term) const
    {
        return m_ids[term];
    }
    /** "melanoma"; the index must be valid. */
    const QString& label(int term) const
    {
        return m_labels[term];
    }
    /** Asserted parents of a term, in file order. */
    QList<int> parents(int term) const;
    /** Every ancestor of a term, nearest first (ties in file order). */
    const std::vector<Ancestor>& ancestors(int term) const
    {
        return m_ancestors[size_t(term)];
    }
    /** The entry of `ancestorTerm` among the ancestors of `term`, or nullptr when it is none. */
    const Ancestor* ancestor(int term, int ancestorTerm) const;
    /** Terms on a shortest is_a path from `term` up to `ancestorTerm`, both included; empty when
     *  `ancestorTerm` is not an ancestor (nor `term` itself). */
    QList<int> chain(int term, int ancestorTerm) const;

private:
    // Edges point from a term to its parent (is_a).
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

    static qint64 digitsKey(QStringView digits);
    void computeAncestors(const std::vector<int>& parentsFirst);

    // Behind a pointer: adjacency_list has no move constructor, and its copy is needless work.
    std::unique_ptr<Graph> m_graph = std::make_unique<Graph>();
    QStringList m_ids;
    QStringList m_labels;
    QHash<qint64, int> m_byDigits; ///< see digitsKey()
    QHash<QString, int> m_byLabel; ///< lower-case label
    std::vector<std::vector<Ancestor>> m_ancestors;
};

} // namespace onco
