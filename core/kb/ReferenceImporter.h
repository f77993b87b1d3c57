#pragma once

#include "Result.h"
#include "SqliteDatabase.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace onco {

/** What a reference-data import brought in, for the user and for tests. */
struct ReferenceImportReport
{
    qint64 releaseId = 0;
    QString source;        ///< "CancerMine", "pharmOncoX"
    QString release;       ///< "v47", "2021-12"
    qint64 rows = 0;       ///< rows stored (gene_role or therapy_synonym)
    qint64 duplicates = 0; ///< data rows skipped as duplicates of earlier ones (synonyms only)
    QStringList warnings;  ///< skipped or repaired rows, "FILE:LINE: message"
};

/**
 * Imports the reference tables that complement a clinical knowledge base: gene roles from
 * CancerMine (table gene_role) and the pharmOncoX therapy-name dictionary (table therapy_synonym).
 * Each import is one release of its source, written in one transaction (all or nothing), with its
 * file checksum, licence and attribution. Malformed rows are skipped (or repaired, as stated) and
 * listed as warnings with file and line, in the report and in kb_import_warning.
 */
class ReferenceImporter
{
public:
    static constexpr const char* cancerMineSource = "CancerMine";
    static constexpr const char* therapySynonymSource = "pharmOncoX";

    /** Resource path of the CancerMine table shipped with the application (release v47). */
    static QString bundledCancerMinePath();
    /** Resource path of the pharmOncoX synonym table shipped with the application. */
    static QString bundledTherapySynonymsPath();
    /** Release of the shipped pharmOncoX table: "2021-12", the date of its R data file. */
    static QString bundledTherapySynonymsRelease();

    /** The release in a CancerMine file name: "v47" for "cancermine_collated.v47.tsv.gz"; empty when none. */
    static QString cancerMineReleaseFromFileName(const QString& fileName);

    /** Alias key of a therapy name: trimmed, inner whitespace collapsed to one space, lower case. */
    static QString therapyKey(const QString& name);

    /**
     * Imports a CancerMine collated table (columns role, cancer_id, cancer_normalized,
     * gene_entrez_id, gene_normalized, citation_count; others ignored) as source "CancerMine".
     * The release comes from the file name ("cancermine_collated.v47.tsv[.gz]"), else from
     * `release`. "DOID:1612" is stored as "1612", as for CIViC. Rows without a gene symbol, with an
     * unknown role or a citation count that is not a whole number are skipped with a warning; a
     * non-numeric Entrez id or a cancer id that is not a DOID is stored empty, with a warning.
     * Errors: Io (cannot read), BadInput (empty file, missing columns: file and header line;
     * release unknown), InvalidArgument (release already present, or `release` contradicts the
     * file name), Database.
     */
    static Result<ReferenceImportReport>
    importCancerMine(SqliteDatabase& db, const QString& path, bool bundled, const QString& release = {});

    /**
     * Imports a pharmOncoX synonym table (columns alias, nci_concept_display_name,
     * molecule_chembl_id) as source "pharmOncoX", release `release` (required: the file names
     * none). Aliases are stored as therapyKey(), names with their whitespace collapsed; a pair
     * (alias, name) seen before is skipped (counted in `duplicates`; a ChEMBL id missing from the
     * first is taken from the repeat). Each name is also stored as its own alias when the file
     * gives none. Rows with an empty alias or name are skipped with a warning. Errors as for
     * importCancerMine(); InvalidArgument also when `release` is empty.
     */
    static Result<ReferenceImportReport>
    importTherapySynonyms(SqliteDatabase& db, const QString& path, bool bundled, const QString& release);
};

/**
 * Therapy-name lookups in the pharmOncoX release in use, with their statements prepared once:
 * keep one for a batch of lookups. It must not outlive the database.
 */
class TherapyVocabulary
{
public:
    /** Prepares the lookups. Database error on failure; an empty vocabulary when no release exists. */
    static Result<TherapyVocabulary> open(SqliteDatabase& db);

    /** The release read, 0 when none is imported (every lookup then finds nothing). */
    qint64 releaseId() const
    {
        return m_release;
    }

    /**
     * The NCIt preferred name of a therapy name, code or brand ("PLX4032", "plx-4032", "Zelboraf":
     * "Vemurafenib"), ignoring case and extra whitespace; empty when unknown. When an alias stands
     * for several names, the name spelled like the alias wins, else the shortest (the parent
     * compound rather than a salt: "Tafinlar" gives "Dabrafenib", not "Dabrafenib Mesylate"),
     * then the first in alphabetical order. Database error on failure.
     */
    Result<QString> canonical(const QString& nameOrAlias);

    /**
     * The aliases (lower case, sorted) of a therapy, given by its preferred name or, when that
     * finds none, by any alias of it. Empty when unknown. Database error on failure.
     */
    Result<QStringList> aliases(const QString& name);

    /**
     * The ChEMBL id of a therapy given by its preferred name or any alias ("CHEMBL1229517" for
     * Vemurafenib); empty when the vocabulary has none. Database error on failure.
     */
    Result<QString> chemblId(const QString& nameOrAlias);

private:
    TherapyVocabulary() = default;

    SqliteDatabase* m_db = nullptr;
    qint64 m_release = 0;
    SqliteStatement m_byAlias;
    SqliteStatement m_byName;
    SqliteStatement m_chembl;
};

/** A gene's role in one cancer type, as CancerMine counts it. */
struct GeneRole
{
    QString role;   ///< "Oncogene", "Tumor_Suppressor" or "Driver"
    QString doid;   ///< Disease Ontology id without prefix ("1612"); empty when none
    QString cancer; ///< "breast cancer"
    int citations = 0;
};

/**
 * Gene-role lookups in the CancerMine release in use, with their statement prepared once. It must
 * not outlive the database.
 */
class GeneRoles
{
public:
    /** Prepares the lookup. Database error on failure; empty results when no release exists. */
    static Result<GeneRoles> open(SqliteDatabase& db);

    qint64 releaseId() const
    {
        return m_release;
    }

    /**
     * The roles of a gene (HGNC symbol; when the exact spelling finds nothing, its upper case is
     * tried) per cancer type, most cited first. Empty when unknown. Database error on failure.
     */
    Result<QList<GeneRole>> roles(const QString& symbol);

    /** predominantRole(roles(symbol)). */
    Result<QString> predominantRole(const QString& symbol);

    /**
     * The overall role of a gene from its citation counts summed over all cancers. With O the
     * Oncogene and T the Tumor_Suppressor sums: each of the two whose sum is at least a third of
     * O + T qualifies; both qualifying give "Oncogene/Tumor_Suppressor", one gives its name.
     * "Driver" rows count only when a gene has neither role: then "Driver". A row counts at least
     * one citation. Empty when the list is empty. Examples (v47): TP53 T 1135, O 318 gives "Tumor_Suppressor"; APC O
     * 176, T 158 gives "Oncogene/Tumor_Suppressor".
     */
    static QString predominantRole(const QList<GeneRole>& roles);

private:
    GeneRoles() = default;

    SqliteDatabase* m_db = nullptr;
    qint64 m_release = 0;
    SqliteStatement m_bySymbol;
};

/** One-off lookups: open a TherapyVocabulary or GeneRoles and ask it once. */
Result<QString> canonicalTherapy(SqliteDatabase& db, const QString& nameOrAlias);
Result<QStringList> therapyAliases(SqliteDatabase& db, const QString& name);
Result<QList<GeneRole>> geneRoles(SqliteDatabase& db, const QString& symbol);
Result<QString> predominantRole(SqliteDatabase& db, const QString& symbol);

} // namespace onco
