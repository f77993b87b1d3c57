#include "KbSchema.h"

#include "SqliteDatabase.h"

#include <QCoreApplication>

namespace onco {

namespace {

// The current schema, created whole in a new database.
constexpr const char* schema = R"sql(
CREATE TABLE kb_release (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,             -- 'CIViC', 'OncoKB', 'Local'
    release       TEXT NOT NULL,             -- '2025-07-01'
    format        TEXT NOT NULL,             -- importer flavour: 'civic-2025', ...
    imported_at   TEXT NOT NULL,             -- ISO 8601 UTC
    licence       TEXT NOT NULL,
    attribution   TEXT NOT NULL,
    bundled       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, release)
);

CREATE TABLE kb_release_file (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    bytes         INTEGER NOT NULL,
    rows          INTEGER NOT NULL,
    PRIMARY KEY (release_id, name)
);

CREATE TABLE kb_import_warning (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    file          TEXT NOT NULL,
    line          INTEGER NOT NULL,
    message       TEXT NOT NULL
);

CREATE TABLE kb_setting (
    key           TEXT PRIMARY KEY,
    value         TEXT NOT NULL
);

CREATE TABLE feature (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    feature_id    INTEGER NOT NULL,
    type          TEXT NOT NULL,             -- Gene, Fusion, Factor
    name          TEXT NOT NULL,
    aliases       TEXT,
    entrez_id     INTEGER,
    ncit_id       TEXT,
    five_prime_gene  TEXT,
    three_prime_gene TEXT,
    description   TEXT,
    PRIMARY KEY (release_id, feature_id)
);

CREATE TABLE variant (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    variant_id    INTEGER NOT NULL,
    feature_id    INTEGER,
    feature_type  TEXT,
    gene          TEXT,                      -- gene symbol (Gene features) or feature name
    name          TEXT NOT NULL,             -- 'V600E', 'Exon 19 Deletion', 'Fusion'
    protein_key   TEXT,                      -- ProteinChange::matchKey of the name, when it is one
    aliases       TEXT,
    variant_types TEXT,
    variant_groups TEXT,
    chrom         TEXT,
    start         INTEGER,
    stop          INTEGER,
    ref           TEXT,
    alt           TEXT,
    build         TEXT,
    transcript    TEXT,
    hgvs          TEXT,
    five_prime_partner  TEXT,
    three_prime_partner TEXT,
    single_mp_id  INTEGER,
    PRIMARY KEY (release_id, variant_id)
);
CREATE INDEX variant_protein ON variant (release_id, gene, protein_key);
CREATE INDEX variant_allele ON variant (release_id, chrom, start);

CREATE TABLE molecular_profile (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    mp_id         INTEGER NOT NULL,
    name          TEXT NOT NULL,
    summary       TEXT,
    evidence_score REAL,
    aliases       TEXT,
    PRIMARY KEY (release_id, mp_id)
);

CREATE TABLE mp_variant (
    release_id    INTEGER NOT NULL,
    mp_id         INTEGER NOT NULL,
    variant_id    INTEGER NOT NULL,
    PRIMARY KEY (release_id, mp_id, variant_id),
    FOREIGN KEY (release_id, mp_id) REFERENCES molecular_profile(release_id, mp_id) ON DELETE CASCADE
);
CREATE INDEX mp_variant_variant ON mp_variant (release_id, variant_id);

CREATE TABLE evidence (
    release_id    INTEGER NOT NULL,
    evidence_id   INTEGER NOT NULL,
    mp_id         INTEGER NOT NULL,
    disease       TEXT,
    doid          TEXT,
    oncotree_code TEXT,                      -- sources that name OncoTree types (OncoKB, local)
    phenotypes    TEXT,
    therapy_interaction TEXT,
    evidence_type TEXT NOT NULL,
    direction     TEXT,
    level         TEXT NOT NULL,
    significance  TEXT,
    statement     TEXT,
    citation_id   TEXT,
    source_type   TEXT,
    citation      TEXT,
    nct_ids       TEXT,
    rating        INTEGER,
    status        TEXT,
    variant_origin TEXT,
    last_review   TEXT,
    url           TEXT,
    flagged       INTEGER NOT NULL DEFAULT 0,
    curator       TEXT,                      -- local curated evidence: who, when, why
    curated_at    TEXT,
    reason        TEXT,
    PRIMARY KEY (release_id, evidence_id),
    FOREIGN KEY (release_id, mp_id) REFERENCES molecular_profile(release_id, mp_id) ON DELETE CASCADE
);
CREATE INDEX evidence_mp ON evidence (release_id, mp_id);

CREATE TABLE evidence_therapy (
    release_id    INTEGER NOT NULL,
    evidence_id   INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    therapy       TEXT NOT NULL,
    PRIMARY KEY (release_id, evidence_id, position),
    FOREIGN KEY (release_id, evidence_id) REFERENCES evidence(release_id, evidence_id) ON DELETE CASCADE
);

CREATE TABLE assertion (
    release_id    INTEGER NOT NULL,
    assertion_id  INTEGER NOT NULL,
    mp_id         INTEGER NOT NULL,
    disease       TEXT,
    doid          TEXT,
    phenotypes    TEXT,
    therapies     TEXT,
    assertion_type TEXT,
    direction     TEXT,
    significance  TEXT,
    acmg_codes    TEXT,
    amp_category  TEXT,
    nccn_guideline TEXT,
    nccn_version  TEXT,
    regulatory_approval INTEGER,
    fda_companion_test  INTEGER,
    summary       TEXT,
    description   TEXT,
    last_review   TEXT,
    url           TEXT,
    PRIMARY KEY (release_id, assertion_id),
    FOREIGN KEY (release_id, mp_id) REFERENCES molecular_profile(release_id, mp_id) ON DELETE CASCADE
);

-- Links to evidence that may be absent from the accepted release (a known CIViC gap): no foreign key.
CREATE TABLE assertion_evidence (
    release_id    INTEGER NOT NULL,
    assertion_id  INTEGER NOT NULL,
    evidence_id   INTEGER NOT NULL,
    PRIMARY KEY (release_id, assertion_id, evidence_id),
    FOREIGN KEY (release_id, assertion_id) REFERENCES assertion(release_id, assertion_id) ON DELETE CASCADE
);

CREATE TABLE variant_group (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    group_id      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    description   TEXT,
    PRIMARY KEY (release_id, group_id)
);

-- A molecular profile as an expression tree: AND/OR/NOT nodes over variants.
CREATE TABLE mp_node (
    release_id    INTEGER NOT NULL,
    mp_id         INTEGER NOT NULL,
    node          INTEGER NOT NULL,          -- 0 is the root
    parent        INTEGER,                   -- NULL for the root
    position      INTEGER NOT NULL,          -- order among siblings
    op            TEXT NOT NULL CHECK (op IN ('AND', 'OR', 'NOT', 'VARIANT')),
    variant_id    INTEGER,                   -- for VARIANT leaves
    PRIMARY KEY (release_id, mp_id, node),
    FOREIGN KEY (release_id, mp_id) REFERENCES molecular_profile(release_id, mp_id) ON DELETE CASCADE
);

CREATE TABLE gene (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    symbol        TEXT NOT NULL,
    entrez_id     INTEGER,
    aliases       TEXT,
    description   TEXT,
    PRIMARY KEY (release_id, symbol)
);

-- Oncogene / tumor suppressor roles per cancer (CancerMine).
CREATE TABLE gene_role (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    symbol        TEXT NOT NULL,
    entrez_id     INTEGER,
    role          TEXT NOT NULL,             -- Oncogene, Tumor_Suppressor, Driver
    doid          TEXT,
    cancer        TEXT,
    citations     INTEGER NOT NULL
);
CREATE INDEX gene_role_symbol ON gene_role (symbol);

CREATE TABLE therapy (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    PRIMARY KEY (release_id, name)
);

-- Therapy names and their synonyms, brand and code names (pharmOncoX: NCIt names, ChEMBL ids).
CREATE TABLE therapy_synonym (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    alias         TEXT NOT NULL,             -- lower case
    name          TEXT NOT NULL,             -- NCIt preferred name
    chembl_id     TEXT
);
CREATE INDEX therapy_synonym_alias ON therapy_synonym (alias);
CREATE INDEX therapy_synonym_name ON therapy_synonym (name);

CREATE TABLE disease (
    release_id    INTEGER NOT NULL REFERENCES kb_release(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    doid          TEXT,
    oncotree_code TEXT,                      -- sources that name OncoTree types (OncoKB)
    PRIMARY KEY (release_id, name)
);
)sql";

} // namespace

Result<void> KbSchema::checkOwner(SqliteDatabase& db)
{
    // Only OncoBoard's own knowledge base is written: another application's SQLite file (or a
    // case database) given as --kb is refused, never extended with OncoBoard's tables.
    const qint64 owner = db.scalar("PRAGMA application_id", -1);
    const bool empty = db.scalar("SELECT count(*) FROM sqlite_master", -1) == 0;
    const bool ours = owner == applicationId
                      || (owner == 0
                          && (empty
                              || db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                           "AND name = 'kb_release'",
                                           0)
                                     > 0));
    if (!ours)
        return fail(CoreError::Code::Database,
                    QCoreApplication::translate("onco::KbSchema",
                                                "not an OncoBoard knowledge base (the SQLite file belongs to another "
                                                "application or is a case database); it is left untouched"),
                    db.path());
    return {};
}

Result<void> KbSchema::ensure(SqliteDatabase& db)
{
    // The caller has checked the file is OncoBoard's (checkOwner) before any pragma wrote to it.
    if (db.scalar("PRAGMA application_id", -1) != applicationId) {
        const QByteArray pragma = "PRAGMA application_id = " + QByteArray::number(applicationId) + ";";
        if (auto r = db.exec(pragma.constData()); !r)
            return r;
    }
    const int version = db.userVersion();
    if (version == currentVersion)
        return {};
    if (version > currentVersion)
        return fail(CoreError::Code::Database,
                    QCoreApplication::translate("onco::KbSchema",
                                                "the knowledge base was written by a newer OncoBoard (schema %1, "
                                                "this version reads up to %2)")
                        .arg(version)
                        .arg(currentVersion),
                    db.path());
    if (auto r = db.exec("BEGIN IMMEDIATE;"); !r)
        return r;
    // Re-check under the write lock: another process may have migrated meanwhile.
    const int locked = db.userVersion();
    if (locked == currentVersion)
        return db.exec("COMMIT;");
    Result<void> step;
    if (locked == 0) {
        step = db.exec(schema);
    } else if (locked == 2) {
        // Schema 3 adds the OncoTree code of an evidence item's disease (OncoKB, local curation).
        step = db.exec("ALTER TABLE evidence ADD COLUMN oncotree_code TEXT;");
    } else {
        // Schema 1 (OncoBoard 0.1) held only the bundled CIViC release, which is rebuilt from the
        // shipped files; any other release would be user data, so migrating it is refused.
        const qint64 userReleases = db.scalar("SELECT count(*) FROM kb_release WHERE bundled = 0", -1);
        if (userReleases != 0)
            step = fail(CoreError::Code::Database,
                        QCoreApplication::translate("onco::KbSchema",
                                                    "cannot migrate knowledge-base schema %1 holding user imports")
                            .arg(locked),
                        db.path());
        else
            step = db.exec(R"sql(
                DROP TABLE IF EXISTS variant_group; DROP TABLE IF EXISTS assertion_evidence;
                DROP TABLE IF EXISTS assertion; DROP TABLE IF EXISTS evidence_therapy;
                DROP TABLE IF EXISTS evidence; DROP TABLE IF EXISTS mp_variant;
                DROP TABLE IF EXISTS molecular_profile; DROP TABLE IF EXISTS variant;
                DROP TABLE IF EXISTS feature; DROP TABLE IF EXISTS kb_setting;
                DROP TABLE IF EXISTS kb_import_warning; DROP TABLE IF EXISTS kb_release_file;
                DROP TABLE IF EXISTS kb_release;)sql");
        if (step)
            step = db.exec(schema);
    }
    if (step)
        step = db.setUserVersion(currentVersion);
    if (!step) {
        (void)db.exec("ROLLBACK;");
        return step;
    }
    return db.exec("COMMIT;");
}

} // namespace onco
