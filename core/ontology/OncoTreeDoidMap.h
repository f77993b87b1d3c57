#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

class DiseaseOntology;

/**
 * The Disease Ontology terms of each OncoTree code, from two maps and a curated override table:
 *
 * 1. A curated override row, when the code has one (see curatedRows()): it replaces both maps.
 * 2. Else the phenOncoX map (hand-curated against OncoTree 2021_11_02), when it has a usable row.
 * 3. Else the NCIt join (an OncoTree node and a DO term citing the same NCI Thesaurus concept).
 * 4. Else the DO term whose label is the OncoTree name (ignoring case and a trailing ", NOS"):
 *    newer codes such as CLLSLL or ASTR2 are in neither map but named exactly like a DO term.
 *
 * phenOncoX comes first because a curator chose each row, while the join is mechanical: equal NCIt
 * codes often land on a neighbouring DO term (HL -> "Hodgkin's paragranuloma", MRLS -> an obsolete
 * term). Where both maps name a term, the mapping says so. A DOID that is no longer in the ontology
 * is replaced by the term carrying the label the map gives, when there is one, else dropped.
 * Immutable after load(), so safe to share between threads.
 */
class OncoTreeDoidMap
{
public:
    enum Source : quint8
    {
        PhenOncoX = 0x1,
        NcitJoin = 0x2,
        Curated = 0x4,
        NameMatch = 0x8,
    };

    struct Mapping
    {
        int term = -1;      ///< DiseaseOntology index
        quint8 sources = 0; ///< Source flags: every source naming this term for the code
        QString ncit;       ///< NCIt code of the join, when NcitJoin
        QString note;       ///< curated reason, or the obsolete DOID replaced by its label
    };

    /** A row of the curated override table. */
    struct CuratedRow
    {
        QString code;
        QStringList doids;
        QString reason; ///< translated
    };

    /**
     * Reads the phenOncoX table (columns ot_code, do_id, do_name) and the NCIt join (oncotree_code,
     * doid, do_label, ncit_code). Rows whose DOID cannot be resolved are dropped with a note in
     * `issues`, as are curated rows naming an unknown DOID. Errors: Io, BadInput (missing columns).
     */
    static Result<OncoTreeDoidMap> load(const DiseaseOntology& ontology,
                                        const QString& phenoncoxPath,
                                        const QString& ncitJoinPath,
                                        QStringList* issues = nullptr);

    /** Mappings of an upper-case OncoTree code by the precedence above; empty when none. */
    QList<Mapping> mappings(const QString& code) const
    {
        return m_byCode.value(code);
    }
    /** Rule 4: the term labelled like the tumor type's name, for a code without mappings; nullopt when
     *  no label matches. */
    static std::optional<Mapping>
    byName(const DiseaseOntology& ontology, const QString& tumorTypeName, const QString& tissueName = {});
    /** The codes that have mappings (upper case). */
    QStringList codes() const
    {
        return m_byCode.keys();
    }

    /** The curated override table with the reason for each row. */
    static QList<CuratedRow> curatedRows();

private:
    QHash<QString, QList<Mapping>> m_byCode;
};

} // namespace onco
