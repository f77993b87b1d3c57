#include "CaseSchema.h"

#include "CaseConnection.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <span>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

// One statement per entry: QtSql runs a single statement per exec(). Schema 1: cases, reviews, audit.
const char* const schema1[] = {
    R"sql(CREATE TABLE patient (
    id            INTEGER PRIMARY KEY,
    pseudonym     TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL
))sql",
    // Identifying data, optional and apart, so that the rest of the database stays pseudonymous.
    R"sql(CREATE TABLE patient_identity (
    patient_id    INTEGER PRIMARY KEY REFERENCES patient(id) ON DELETE CASCADE,
    name          TEXT,
    birth_date    TEXT,
    record_number TEXT
))sql",
    R"sql(CREATE TABLE case_record (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,          -- stable across machines (bundles)
    patient_id    INTEGER NOT NULL REFERENCES patient(id),
    version       INTEGER NOT NULL DEFAULT 1,
    previous_id   INTEGER REFERENCES case_record(id),
    state         TEXT NOT NULL CHECK (state IN ('draft', 'preliminary', 'final')),
    superseded    INTEGER NOT NULL DEFAULT 0,
    tumor_type    TEXT,                          -- OncoTree code
    genome        TEXT,
    specimen      TEXT,
    assay         TEXT,
    purity        REAL,
    tmb           REAL,
    msi           TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    finalized_at  TEXT,
    finalized_by  TEXT,
    amend_reason  TEXT
))sql",
    R"sql(CREATE TABLE sample (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patient(id),
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,                 -- tumor, normal
    collected_on  TEXT
))sql",
    R"sql(CREATE TABLE case_input (
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    position      INTEGER NOT NULL,
    path          TEXT NOT NULL,
    sha256        TEXT,
    bytes         INTEGER,
    PRIMARY KEY (case_id, position)
))sql",
    R"sql(CREATE TABLE case_kb_release (
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    source        TEXT NOT NULL,
    release       TEXT NOT NULL,
    PRIMARY KEY (case_id, source)
))sql",
    R"sql(CREATE TABLE alteration (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    idx           INTEGER NOT NULL,              -- position in the case as annotated
    ref           TEXT NOT NULL,                 -- GENE:p.CHANGE or CHROM:POS:REF:ALT
    kind          TEXT NOT NULL,
    chrom TEXT, pos INTEGER, ref_allele TEXT, alt_allele TEXT, filter TEXT,
    gene TEXT, transcript TEXT, hgvsc TEXT, hgvsp TEXT, consequence TEXT, exon TEXT, intron TEXT,
    partner_gene TEXT, sv_type TEXT, cna_call INTEGER, copy_number REAL, log2_ratio REAL,
    biomarker TEXT, value REAL, unit TEXT, status TEXT,
    tumor_vaf REAL, tumor_depth INTEGER, tumor_alt_reads INTEGER,
    normal_vaf REAL, normal_depth INTEGER, normal_alt_reads INTEGER,
    source_file TEXT, source_line INTEGER,
    amp_tier TEXT, escat_tier TEXT, oncokb_level TEXT,
    flags         TEXT,                          -- comma-separated flag codes
    evidence_ids  TEXT,                          -- SOURCE:ID, comma-separated
    UNIQUE (case_id, idx)
))sql",
    "CREATE INDEX alteration_ref ON alteration (ref)",
    // Decisions are appended; the newest per alteration is the current one.
    R"sql(CREATE TABLE review (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    alteration_id INTEGER NOT NULL REFERENCES alteration(id),
    decision      TEXT NOT NULL CHECK (decision IN ('include', 'exclude', 'vus', 'artefact', 'germline-referral', 'withdrawn')),
    comment       TEXT,
    account       TEXT NOT NULL,
    name          TEXT NOT NULL,
    role          TEXT,
    decided_at    TEXT NOT NULL
))sql",
    "CREATE INDEX review_alteration ON review (alteration_id, id)",
    R"sql(CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    held_on       TEXT NOT NULL,
    participants  TEXT NOT NULL
))sql",
    R"sql(CREATE TABLE meeting_case (
    meeting_id    INTEGER NOT NULL REFERENCES meeting(id),
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    PRIMARY KEY (meeting_id, case_id)
))sql",
    R"sql(CREATE TABLE audit (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    account       TEXT NOT NULL,
    name          TEXT NOT NULL,
    role          TEXT,
    case_id       INTEGER,
    action        TEXT NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
))sql",
    // The database itself refuses edits to a final case and to the audit trail.
    R"sql(CREATE TRIGGER review_final BEFORE INSERT ON review
WHEN (SELECT state FROM case_record WHERE id = NEW.case_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END)sql",
    R"sql(CREATE TRIGGER alteration_final_insert BEFORE INSERT ON alteration
WHEN (SELECT state FROM case_record WHERE id = NEW.case_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END)sql",
    R"sql(CREATE TRIGGER alteration_final_update BEFORE UPDATE ON alteration
WHEN (SELECT state FROM case_record WHERE id = OLD.case_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END)sql",
    R"sql(CREATE TRIGGER alteration_final_delete BEFORE DELETE ON alteration
WHEN (SELECT state FROM case_record WHERE id = OLD.case_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END)sql",
    R"sql(CREATE TRIGGER case_final_update BEFORE UPDATE ON case_record
WHEN OLD.state = 'final' AND (NEW.state IS NOT OLD.state OR NEW.tumor_type IS NOT OLD.tumor_type
  OR NEW.patient_id IS NOT OLD.patient_id OR NEW.specimen IS NOT OLD.specimen OR NEW.assay IS NOT OLD.assay
  OR NEW.purity IS NOT OLD.purity OR NEW.finalized_at IS NOT OLD.finalized_at
  OR NEW.finalized_by IS NOT OLD.finalized_by OR NEW.uid IS NOT OLD.uid)
BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END)sql",
    R"sql(CREATE TRIGGER case_final_delete BEFORE DELETE ON case_record WHEN OLD.state = 'final'
BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END)sql",
    R"sql(CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)sql",
    R"sql(CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)sql",
};

// Schema 2: the board's treatment plan. Lists are JSON arrays of strings.
const char* const schema2[] = {
    R"sql(CREATE TABLE plan_item (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    kind          TEXT NOT NULL CHECK (kind IN ('therapy', 'trial', 'diagnostic')),
    priority      INTEGER NOT NULL DEFAULT 1,
    title         TEXT NOT NULL,
    therapies     TEXT,
    interaction   TEXT,
    therapy_ids   TEXT,
    alterations   TEXT,
    evidence      TEXT,
    citations     TEXT,
    trials        TEXT,
    level         TEXT,
    rationale     TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL
))sql",
    "CREATE INDEX plan_item_case ON plan_item (case_id)",
    R"sql(CREATE TABLE plan (
    case_id       INTEGER PRIMARY KEY REFERENCES case_record(id),
    conclusion    TEXT,
    follow_up     TEXT,
    meeting_date  TEXT,
    participants  TEXT
))sql",
};

// Schema 3: the tumor's receptor status ("ER=positive;HER2=negative"), which decides whether
// evidence on a receptor-defined subtype is on-label.
const char* const schema3[] = {
    "ALTER TABLE case_record ADD COLUMN receptor_status TEXT",
};

// Schema 4: how OncoBoard derived a value no input stated (a TMB estimated from the variants), and
// why it is not Tier I material.
const char* const schema4[] = {
    "ALTER TABLE alteration ADD COLUMN estimate_method TEXT",
    "ALTER TABLE alteration ADD COLUMN estimate_caveat TEXT",
};

// Schema 5: the effect OncoBoard predicted for a variant its input did not annotate (raw caller
// VCFs): which fields it filled, the Ensembl transcript, codon and reference residue, what stays
// open; and what the input said that re-annotation needs: the genotype's zygosity in tumor and
// normal (genotype qualifiers, pharmacogenomics) and whether a fusion's orientation was stated.
const char* const schema5[] = {
    "ALTER TABLE alteration ADD COLUMN tumor_zygosity INTEGER",
    "ALTER TABLE alteration ADD COLUMN normal_zygosity INTEGER",
    "ALTER TABLE alteration ADD COLUMN fusion_orientation INTEGER",
    "ALTER TABLE alteration ADD COLUMN effect_source TEXT",
    "ALTER TABLE alteration ADD COLUMN ensembl_transcript TEXT",
    "ALTER TABLE alteration ADD COLUMN protein_position INTEGER",
    "ALTER TABLE alteration ADD COLUMN reference_residue TEXT",
    "ALTER TABLE alteration ADD COLUMN effect_note TEXT",
};

// Schema 6: the laboratory reference genome the effects of unannotated variants were translated
// with (empty: predicted from the transcript models alone).
const char* const schema6[] = {
    "ALTER TABLE case_record ADD COLUMN reference_genome TEXT",
};

// Schema 7: everything a final case consists of is locked by the database, not only its
// alterations, plan and state: its decisions (append-only for every case), its facts (every column
// but the superseded flag, which only an amendment sets), its patient's pseudonym, samples, inputs
// and knowledge-base releases.
const char* const schema7[] = {
    R"sql(CREATE TRIGGER review_no_update BEFORE UPDATE ON review
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END)sql",
    R"sql(CREATE TRIGGER review_no_delete BEFORE DELETE ON review
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END)sql",
    R"sql(CREATE TRIGGER patient_final_update BEFORE UPDATE ON patient
WHEN EXISTS (SELECT 1 FROM case_record WHERE patient_id = OLD.id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'the patient has a final case and is locked'); END)sql",
    R"sql(CREATE TRIGGER patient_final_delete BEFORE DELETE ON patient
WHEN EXISTS (SELECT 1 FROM case_record WHERE patient_id = OLD.id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'the patient has a final case and is locked'); END)sql",
};

// Schema 8: a patient uid, stable across machines, so that a bundle is attached to the same
// person and never to a local patient who merely has the same pseudonym. Existing patients get
// one (the final-case lock on patients is lifted for that one update and put back).
const char* const schema8[] = {
    "DROP TRIGGER patient_final_update",
    "ALTER TABLE patient ADD COLUMN uid TEXT",
    "UPDATE patient SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
    "CREATE UNIQUE INDEX patient_uid ON patient (uid)",
    R"sql(CREATE TRIGGER patient_final_update BEFORE UPDATE ON patient
WHEN EXISTS (SELECT 1 FROM case_record WHERE patient_id = OLD.id AND state = 'final')
BEGIN SELECT RAISE(ABORT, 'the patient has a final case and is locked'); END)sql",
};

// Schema 9: a case's copy-number segments, so that a stored case shows its copy-number profile
// as when it was opened from its files (the gene calls alone are in `alteration`).
const char* const schema9[] = {
    R"sql(CREATE TABLE segment (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES case_record(id),
    sample            TEXT,
    chrom             TEXT NOT NULL,
    start             INTEGER NOT NULL,  -- 1-based, inclusive
    end               INTEGER NOT NULL,
    log2_ratio        REAL,
    copy_number       REAL,
    minor_copy_number REAL,
    markers           INTEGER,
    source_input      INTEGER,           -- case_input.position of the file it was read from
    source_line       INTEGER
))sql",
    "CREATE INDEX segment_case ON segment (case_id)",
};

// Schema 10: the newest audit entry of a case found at once (windows poll it to see others' changes).
const char* const schema10[] = {
    "CREATE INDEX audit_case ON audit (case_id, seq)",
};

// Schema 11: patients' identifiers sealed at rest. The key is derived from the database's
// passphrase (Argon2id); this row keeps how, and a check value that tells a wrong passphrase.
const char* const schema11[] = {
    R"sql(CREATE TABLE identity_key (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    kdf           TEXT NOT NULL,                 -- argon2id13
    salt          TEXT NOT NULL,                 -- hex
    opslimit      INTEGER NOT NULL,
    memlimit      INTEGER NOT NULL,
    key_check     TEXT NOT NULL,                 -- keyed BLAKE2b of a fixed text, hex
    created_at    TEXT NOT NULL
))sql",
    R"sql(CREATE TRIGGER identity_key_no_update BEFORE UPDATE ON identity_key
BEGIN SELECT RAISE(ABORT, 'the identity key is kept as it was made'); END)sql",
    R"sql(CREATE TRIGGER identity_key_no_delete BEFORE DELETE ON identity_key
BEGIN SELECT RAISE(ABORT, 'the identity key is kept as it was made'); END)sql",
};

// Schema 12: signed sign-off and members' roles. Each signer's Ed25519 public key, registered before its signatures
// count (on a server by an administrator; a personal file registers its owner's key on first use),
// and each sign-off's signed statement with what it covered, so that a later change is named.
const char* const schema12[] = {
    R"sql(CREATE TABLE signing_key (
    id            INTEGER PRIMARY KEY,
    account       TEXT NOT NULL,
    public_key    TEXT NOT NULL UNIQUE,          -- Ed25519, base64
    fingerprint   TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    registered_at TEXT,                          -- NULL until registered: its signatures do not count
    registered_by TEXT,
    revoked_at    TEXT,                          -- signatures made after it do not count
    revoked_by    TEXT
))sql",
    R"sql(CREATE TRIGGER signing_key_no_delete BEFORE DELETE ON signing_key
BEGIN SELECT RAISE(ABORT, 'signing keys are kept: revoke a key instead'); END)sql",
    R"sql(CREATE TRIGGER signing_key_update BEFORE UPDATE ON signing_key WHEN NEW.account IS NOT OLD.account
    OR NEW.public_key IS NOT OLD.public_key OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.added_at IS NOT OLD.added_at
    OR (OLD.registered_at IS NOT NULL AND (NEW.registered_at IS NOT OLD.registered_at OR NEW.registered_by IS NOT OLD.registered_by))
    OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS NOT OLD.revoked_at OR NEW.revoked_by IS NOT OLD.revoked_by))
BEGIN SELECT RAISE(ABORT, 'a signing key is registered and revoked once and never changed'); END)sql",
    R"sql(CREATE TABLE signature (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    key_id        INTEGER NOT NULL REFERENCES signing_key(id),
    state         TEXT NOT NULL,                 -- the state signed: preliminary or final
    signed_at     TEXT NOT NULL,
    statement     TEXT NOT NULL,                 -- the canonical JSON the signature covers
    signature     TEXT NOT NULL,                 -- Ed25519, base64
    content       BLOB NOT NULL,                 -- what the statement's digests cover, compressed
    imported      TEXT                           -- 'bundle SHA256' when a bundle brought it; NULL when signed here
))sql",
    "CREATE INDEX signature_case ON signature (case_id, id)",
    // Who may do what (Roles.h): once the table has rows, an account acts only in its roles.
    R"sql(CREATE TABLE member (
    account       TEXT PRIMARY KEY,
    roles         TEXT NOT NULL,                 -- role names, comma-separated
    granted_at    TEXT NOT NULL,
    granted_by    TEXT NOT NULL
))sql",
    R"sql(CREATE TRIGGER signature_no_update BEFORE UPDATE ON signature
BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END)sql",
    R"sql(CREATE TRIGGER signature_no_delete BEFORE DELETE ON signature
BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END)sql",
};

// Schema 13: board meetings as an agenda. A meeting's title; each case's place on the agenda, its
// presenter, the question put to the board, and the conclusion the meeting recorded, by whom and when.
const char* const schema13[] = {
    "ALTER TABLE meeting ADD COLUMN title TEXT",
    "ALTER TABLE meeting_case ADD COLUMN position INTEGER",
    "ALTER TABLE meeting_case ADD COLUMN presenter TEXT",
    "ALTER TABLE meeting_case ADD COLUMN question TEXT",
    "ALTER TABLE meeting_case ADD COLUMN outcome TEXT",
    "ALTER TABLE meeting_case ADD COLUMN recorded_by TEXT",
    "ALTER TABLE meeting_case ADD COLUMN recorded_at TEXT",
    // What became of a recommendation: given or not, the response (RECIST 1.1: CR, PR, SD, PD; NE
    // not evaluable), dates and why it stopped. Appended; the newest per plan item is the current one.
    // Recorded after sign-off too: a final case's outcomes are follow-up, not its content.
    R"sql(CREATE TABLE outcome (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    plan_item_id  INTEGER NOT NULL REFERENCES plan_item(id),
    given         TEXT NOT NULL CHECK (given IN ('given', 'not given', 'unknown')),
    response      TEXT CHECK (response IN ('CR', 'PR', 'SD', 'PD', 'NE')),
    started_on    TEXT,
    stopped_on    TEXT,
    stop_reason   TEXT,
    assessed_on   TEXT,
    note          TEXT,
    account       TEXT NOT NULL,
    name          TEXT NOT NULL,
    role          TEXT,
    recorded_at   TEXT NOT NULL
))sql",
    "CREATE INDEX outcome_item ON outcome (plan_item_id, id)",
    // Earlier patients with an alteration: by gene and protein change, or by place.
    "CREATE INDEX alteration_gene ON alteration (gene, hgvsp)",
    "CREATE INDEX alteration_place ON alteration (chrom, pos)",
    R"sql(CREATE TRIGGER outcome_no_update BEFORE UPDATE ON outcome
BEGIN SELECT RAISE(ABORT, 'outcomes are appended: record a new one'); END)sql",
    R"sql(CREATE TRIGGER outcome_no_delete BEFORE DELETE ON outcome
BEGIN SELECT RAISE(ABORT, 'outcomes are appended: record a new one'); END)sql",
};

QStringList statements(std::span<const char* const> sql)
{
    QStringList out;
    for (const char* statement : sql)
        out << QString::fromUtf8(statement);
    return out;
}

/** Triggers that refuse any insert, update or delete of a final case's rows in `table` (with case_id). */
QStringList lockedWhenFinal(const QString& table)
{
    QStringList out;
    for (const auto& [event, row] :
         {std::pair{u"INSERT"_s, u"NEW"_s}, {u"UPDATE"_s, u"OLD"_s}, {u"DELETE"_s, u"OLD"_s}})
        out << u"CREATE TRIGGER %1_final_%2 BEFORE %3 ON %1 WHEN (SELECT state FROM case_record WHERE id = %4.case_id) "
               "= 'final' BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END"_s.arg(
                   table, event.toLower(), event, row);
    return out;
}

} // namespace

Result<void> CaseSchema::checkOwner(QSqlDatabase& db)
{
    if (isPostgres(db)) {
        auto v = postgresVersion(db);
        if (!v)
            return Unexpected{v.error()};
        return {};
    }
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return sqlFailure(q.lastError(), db.databaseName());
    const qint64 owner = q.value(0).toLongLong();
    if (owner == applicationId)
        return {};
    if (!q.exec(u"SELECT count(*), sum(name = 'case_record') FROM sqlite_master WHERE type = 'table'"_s) || !q.next())
        return sqlFailure(q.lastError(), db.databaseName());
    const bool empty = q.value(0).toLongLong() == 0, hasCases = q.value(1).toLongLong() > 0;
    if (owner == 0 && (empty || hasCases))
        return {}; // new, or written before case databases carried their application id
    return fail(CoreError::Code::Database,
                QCoreApplication::translate("onco::CaseSchema",
                                            "not an OncoBoard case database (the SQLite file belongs to another "
                                            "application or is a knowledge base); it is left untouched"),
                db.databaseName());
}

Result<int> CaseSchema::version(QSqlDatabase& db)
{
    if (isPostgres(db))
        return postgresVersion(db);
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return sqlFailure(q.lastError(), db.databaseName());
    return q.value(0).toInt();
}

Result<void> CaseSchema::ensure(QSqlDatabase& db)
{
    if (isPostgres(db))
        return ensurePostgres(db);
    // The caller has checked the file is OncoBoard's (checkOwner) before any pragma wrote to it.
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return sqlFailure(q.lastError(), db.databaseName());
    if (q.value(0).toLongLong() != applicationId && !q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)))
        return sqlFailure(q.lastError(), db.databaseName());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return sqlFailure(q.lastError(), db.databaseName());
    const int version = q.value(0).toInt();
    q.finish();
    if (version == currentVersion)
        return {};
    if (version > currentVersion)
        return fail(CoreError::Code::Database,
                    QCoreApplication::translate("onco::CaseSchema",
                                                "the case database was written by a newer OncoBoard (schema %1, "
                                                "this version reads up to %2)")
                        .arg(version)
                        .arg(currentVersion),
                    db.databaseName());
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), db.databaseName());
    // Each step from the database's version up to the current one, in one transaction.
    const QStringList steps[] = {
        statements(schema1),
        statements(schema2) + lockedWhenFinal(u"plan_item"_s) + lockedWhenFinal(u"plan"_s),
        statements(schema3),
        statements(schema4),
        statements(schema5),
        statements(schema6),
        statements(schema7) + lockedWhenFinal(u"sample"_s) + lockedWhenFinal(u"case_input"_s)
            + lockedWhenFinal(u"case_kb_release"_s),
        statements(schema8),
        statements(schema9) + lockedWhenFinal(u"segment"_s),
        statements(schema10),
        statements(schema11),
        statements(schema12),
        statements(schema13),
    };
    static_assert(std::size(steps) == currentVersion);
    for (int step = version; step < currentVersion; ++step)
        for (const QString& statement : steps[step])
            if (!q.exec(statement))
                return sqlFailure(q.lastError(), db.databaseName());
    // A final case's facts: every column of case_record as it now is, rebuilt after each migration
    // so that a column added later is covered too. Only an amendment sets the superseded flag.
    if (!q.exec(u"PRAGMA table_info(case_record)"_s))
        return sqlFailure(q.lastError(), db.databaseName());
    QStringList changed;
    while (q.next())
        if (const QString column = q.value(1).toString(); column != u"superseded")
            changed << u"NEW.%1 IS NOT OLD.%1"_s.arg(column);
    q.finish();
    for (const QString& statement :
         {u"DROP TRIGGER IF EXISTS case_final_update"_s,
          u"CREATE TRIGGER case_final_update BEFORE UPDATE ON case_record WHEN OLD.state = 'final' AND (%1 OR "
          "(NEW.superseded IS NOT OLD.superseded AND NOT (NEW.superseded = 1 AND EXISTS (SELECT 1 FROM case_record n "
          "WHERE n.previous_id = OLD.id)))) BEGIN SELECT RAISE(ABORT, 'the case is final and locked'); END"_s.arg(
              changed.join(u" OR "_s))})
        if (!q.exec(statement))
            return sqlFailure(q.lastError(), db.databaseName());
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(currentVersion)))
        return sqlFailure(q.lastError(), db.databaseName());
    return transaction.commit();
}

} // namespace onco
