#pragma once

#include "Result.h"
#include "SqliteDatabase.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

/** What identifies and licenses a knowledge-base release. */
struct KbReleaseSpec
{
    QString source;  ///< "CIViC", "OncoKB", "Local"
    QString release; ///< "2025-07-01", "v4.21", "local"
    QString format;  ///< importer flavour, e.g. "oncokb-actionable"
    QString licence;
    QString attribution;
    bool bundled = false;
};

/** Rows every importer writes: the release, the files it came from, the data gaps it met. */
namespace KbWrite {

/** The id of (source, release), or nullopt. */
std::optional<qint64> findRelease(SqliteDatabase& db, const QString& source, const QString& release);

/** Adds the release row; InvalidArgument naming `context` when (source, release) exists. */
[[nodiscard]] Result<qint64> createRelease(SqliteDatabase& db, const KbReleaseSpec& spec, const QString& context);

/** Records a source file with its SHA-256, size and data-row count. */
[[nodiscard]] Result<void> recordFile(SqliteDatabase& db, qint64 releaseId, const QString& path, qint64 rows);

/**
 * Parses the names of a release's molecular profiles into AND/OR/NOT trees over their variants and
 * stores them (table mp_node); a name that cannot be parsed is listed in `warnings` and left without
 * a tree. Returns the number of trees built.
 */
[[nodiscard]] Result<qint64> buildProfileTrees(SqliteDatabase& db, qint64 releaseId, QStringList* warnings);

/** Orders release names with runs of digits as numbers: "v9" < "v47" < "v100", "2021-12" < "2022-01". */
bool releaseLess(const QString& a, const QString& b);

/**
 * The release of `source` used for annotation and look-ups: the one chosen in the settings
 * ("active:SOURCE"), else the newest by releaseLess(). 0 when the source has no release.
 */
[[nodiscard]] Result<qint64> releaseInUse(SqliteDatabase& db, const QString& source);

/**
 * Fills the release's `therapy` and `disease` lists from its evidence (names as the source spells
 * them; a disease with its DOID and OncoTree code). Importers call it last; appending is safe.
 */
[[nodiscard]] Result<void> indexTherapiesAndDiseases(SqliteDatabase& db, qint64 releaseId);

/** Records a data gap met while importing, "FILE:LINE: message"; returns that text. */
QString recordWarning(SqliteDatabase& db, qint64 releaseId, const QString& file, qint64 line, const QString& message);

/**
 * Protein-change key of a knowledge-base variant name when the name is one ("V600E",
 * "R200W (c.598C>T)", "E746_A750del"); empty for names such as "Amplification" or "Exon 19 Deletion".
 */
QString proteinKeyOfName(const QString& name);

} // namespace KbWrite

/**
 * One write transaction: BEGIN IMMEDIATE on begin(), ROLLBACK when destroyed uncommitted, so an
 * importer that returns early on an error leaves the database as it was.
 */
class KbTransaction
{
public:
    [[nodiscard]] static Result<KbTransaction> begin(SqliteDatabase& db);
    KbTransaction(KbTransaction&& other) noexcept;
    KbTransaction& operator=(KbTransaction&&) = delete;
    KbTransaction(const KbTransaction&) = delete;
    KbTransaction& operator=(const KbTransaction&) = delete;
    ~KbTransaction();

    [[nodiscard]] Result<void> commit();

private:
    explicit KbTransaction(SqliteDatabase* db)
        : m_db(db)
    {
    }
    SqliteDatabase* m_db;
};

/** An evidence item of a source that names variants by gene and alteration (OncoKB, local curation). */
struct KbEvidenceInput
{
    qint64 evidenceId = 0; ///< the source's own numeric id; 0: the next free id of the release
    QString gene;
    qint64 entrezId = 0;
    QString alteration;    ///< "V600E", "Amplification", "Oncogenic Mutations"
    QString proteinChange; ///< when the source gives it apart from the alteration name
    QString disease;
    QString doid;         ///< without prefix
    QString oncotreeCode; ///< when the source names an OncoTree type
    QString evidenceType; ///< Predictive, Diagnostic, Prognostic, Oncogenic ...
    QString level;
    QString direction;
    QString significance;
    QStringList therapies;
    QString therapyInteraction; ///< Combination when several therapies are given together
    QString statement;
    QString citation;
    QString citationId;
    QString sourceType; ///< PubMed, ASCO ...
    QStringList nctIds;
    QString variantOrigin;
    QString url;
    QString curator; ///< local curation: who, when, why
    QString curatedAt;
    QString reason;
};

/**
 * Writes evidence in the knowledge base's shape (variant, single-variant molecular profile,
 * evidence, therapies) for sources that have no ids of their own. Ids continue after those
 * already in the release, so a release can be appended to (local curation).
 */
class KbEvidenceWriter
{
public:
    [[nodiscard]] static Result<KbEvidenceWriter> create(SqliteDatabase& db, qint64 releaseId);

    /** Adds one item; returns its evidence id. */
    [[nodiscard]] Result<qint64> add(const KbEvidenceInput& item);

    qint64 variantCount() const
    {
        return m_profiles.size();
    }

private:
    explicit KbEvidenceWriter(SqliteDatabase& db, qint64 releaseId)
        : m_db(&db)
        , m_release(releaseId)
    {
    }
    Result<qint64> profileFor(const KbEvidenceInput& item);

    SqliteDatabase* m_db;
    qint64 m_release;
    qint64 m_nextVariant = 1; ///< a variant and its single-variant profile share the id
    qint64 m_nextEvidence = 1;
    QHash<QString, qint64> m_profiles; ///< "GENE\tALTERATION" -> profile id
    SqliteStatement m_variant, m_profile, m_mpVariant, m_mpNode, m_gene, m_evidence, m_therapy;
};

} // namespace onco
