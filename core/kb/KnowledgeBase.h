#pragma once

#include "KbWriter.h"
#include "ProfileExpression.h"
#include "Progress.h"
#include "Result.h"
#include "SqliteDatabase.h"
#include "model/Alteration.h"
#include "model/Evidence.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace onco {

/** One imported release of a source, with its provenance. */
struct KbReleaseInfo
{
    qint64 id = 0;
    KbRelease kb;
    QString format;
    QString importedAt;
    QString licence;
    QString attribution;
    bool bundled = false;
};

/** A knowledge-base variant as the matcher needs it. */
struct KbVariant
{
    qint64 id = 0;
    QString gene;
    QString name;
    QString proteinKey;              ///< ProteinChange::matchKey of the name, empty when the name is not one
    std::optional<AlleleKey> allele; ///< GRCh37 alleles in CIViC's convention, when given
    qint64 singleProfileId = 0;      ///< the molecular profile holding only this variant, 0 when none
    QString featureType;             ///< Gene, Fusion, Factor (CIViC); empty for other sources
    QString fivePrime;               ///< fusion partners when the source names them
    QString threePrime;
    QString variantTypes; ///< Sequence Ontology terms, comma-separated ("missense_variant")
    QString groups;       ///< variant groups the variant belongs to
};

/** A variant a release documents with supporting clinical, oncogenic or functional evidence. */
struct DocumentedVariant
{
    QString gene;
    QString name;          ///< the release's variant name ("V600E", "G12", "R175H")
    QString featureType;   ///< Gene, Fusion, Factor; empty for sources without features
    qint64 evidenceId = 0; ///< the first supporting item (for the explanation)
};

/** A molecular profile with its expression tree and the variants it names. */
struct KbProfile
{
    qint64 id = 0;
    QString name;
    std::optional<ProfileNode> tree; ///< nullopt when the name could not be parsed (import warning)
    QList<ProfileVariant> variants;
    /** The profile names a variant the release does not hold (a truncated download): never matched. */
    bool incomplete = false;
};

/**
 * The local, versioned knowledge base: a SQLite file holding every imported release of every
 * source side by side (docs/kb-schema.md). The bundled CIViC release is imported on first use.
 * One instance per thread.
 */
class KnowledgeBase
{
public:
    /** AppDataLocation/knowledgebase.sqlite. */
    static QString defaultPath();
    /** Resource folder of the CIViC release shipped with the application. */
    static QString bundledCivicDirectory();
    /** The release shipped with the application, e.g. {"CIViC", "2025-07-01"}. */
    static KbRelease bundledCivicRelease();

    /**
     * Opens (creating the folder, file and schema when needed) the knowledge base at `path`.
     * Errors: Io (folder not writable), Database (not a database, newer schema).
     */
    static Result<std::unique_ptr<KnowledgeBase>> open(const QString& path);

    /** Opens the default knowledge base and imports the bundled CIViC release when missing. */
    static Result<std::unique_ptr<KnowledgeBase>> openDefault(const Progress* progress = nullptr);

    /** Imports the bundled CIViC release unless present; safe when several processes start at once. */
    [[nodiscard]] Result<void> ensureBundled(const Progress* progress = nullptr);

    QList<KbReleaseInfo> releases();

    /**
     * The release of `source` used for annotation: the one chosen with setActiveRelease(), else
     * the newest imported. nullopt when the source has none.
     */
    std::optional<KbReleaseInfo> activeRelease(const QString& source);

    /** Chooses the release of a source used for annotation; InvalidArgument when not imported. */
    [[nodiscard]] Result<void> setActiveRelease(const QString& source, const QString& release);

    /** The sources that have at least one release, CIViC first, then by name. */
    QStringList sources();

    /** How an item of a source is named: "EID1409" (CIViC), "APR-0001" (Approvals), "MOA-12", "OncoKB-3". */
    static QString evidenceDisplayId(const QString& source, qint64 id);

    /** The source and release of locally curated evidence; it exists once an item was added. */
    static KbRelease localRelease();

    /**
     * Adds a locally curated evidence item to the "Local" source, which no import touches.
     * Requires gene, alteration, evidence type (Predictive, Diagnostic, Prognostic, Predisposing,
     * Oncogenic, Functional), a level A-E in CIViC's sense, a statement, the curator and the reason;
     * curatedAt defaults to today (UTC). Returns the item's id (shown as "Local-N").
     * Errors: InvalidArgument naming the missing or wrong field; Database.
     */
    [[nodiscard]] Result<qint64> addLocalEvidence(KbEvidenceInput item);

    /** All variants of a release. */
    Result<std::vector<KbVariant>> variants(qint64 releaseId);

    /** Every molecular profile of a release with its expression tree, ordered by id. */
    Result<std::vector<KbProfile>> profiles(qint64 releaseId);

    /** The evidence items of the given molecular profiles, ordered by evidence id. */
    Result<std::vector<EvidenceItem>> evidenceForProfiles(qint64 releaseId, const QList<qint64>& profileIds);

    /** The assertions of the given molecular profiles, ordered by assertion id. */
    Result<std::vector<AssertionItem>> assertionsForProfiles(qint64 releaseId, const QList<qint64>& profileIds);

    /**
     * Protein changes a release calls oncogenic ("GENE\tKEY" with ProteinChange::matchKey keys):
     * supporting Oncogenic evidence that is not neutral or inconclusive.
     */
    Result<QSet<QString>> oncogenicProteinChanges(qint64 releaseId);

    /**
     * The variants a release documents as functional or clinically significant: named by a
     * supporting Oncogenic item (not neutral or inconclusive), a Functional item of gained, lost,
     * neomorphic or dominant-negative function, or a predictive, diagnostic or prognostic item at
     * level A-D (or an approval, or OncoKB level 1-3, R1-R2, Dx1-3, Px1-3). Items about common
     * germline variants do not count. Ordered by gene and name.
     */
    Result<std::vector<DocumentedVariant>> documentedVariants(qint64 releaseId);

    /** Row count of a table for one release (tests, `kb info`). */
    qint64 count(const char* table, qint64 releaseId);

    SqliteDatabase& database()
    {
        return m_db;
    }

private:
    KnowledgeBase() = default;
    SqliteDatabase m_db;
};

} // namespace onco
