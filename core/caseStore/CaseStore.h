#pragma once

#include "Result.h"
#include "caseStore/IdentitySeal.h"
#include "caseStore/PatientTimeline.h"
#include "caseStore/Roles.h"
#include "caseStore/TreatmentPlan.h"
#include "model/AnnotationResult.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace onco {

/** Who does something: the OS account, and the display name and role the user gave. */
struct Actor
{
    QString account; ///< OS user name
    QString name;    ///< display name ("Dr. A. Example"); the account when not set
    QString role;    ///< "molecular pathologist", "oncologist" ...

    /** The current OS account with the name and role from the settings (identity/name, identity/role). */
    static Actor current();
    /** "name (role)", the account when there is no name, without the role when none was given. */
    QString label() const;
};

enum class CaseState : quint8
{
    Draft,
    Preliminary,
    Final,
};
QString caseStateName(CaseState s); ///< "draft", "preliminary", "final"
/** The state in words of the reader's language (translated; caseStateName() is for files and scripts). */
QString caseStateText(CaseState s);
std::optional<CaseState> parseCaseState(const QString& name);

enum class Decision : quint8
{
    Include,
    Exclude,
    Vus,
    Artefact,
    GermlineReferral,
    Withdrawn, ///< an earlier decision taken back (undo): the alteration is not reviewed
};
/** "include", "exclude", "vus", "artefact", "germline-referral", "withdrawn" */
QString decisionName(Decision d);
/** A decision in words, the same in the window, presentation mode and the PDF: "included", "germline referral". */
QString decisionText(Decision d);
std::optional<Decision> parseDecision(const QString& name);

/**
 * The reference a user and other cases name an alteration by: "BRAF:p.V600E" (gene and protein
 * change as read), "EML4::ALK", "ERBB2:amplification", else "7:140453136:A:T".
 */
QString alterationReference(const Alteration& a);

/** What the case database records about a case beside its data files. */
struct NewCaseInfo
{
    QString patient;    ///< pseudonym; a new one is made when empty
    QString specimen;   ///< "FFPE, colon biopsy"
    QString assay;      ///< panel or assay name
    double purity = -1; ///< tumor cell fraction 0..1, -1 when not given
    QString sampleDate; ///< ISO date of sampling
};

/** One version of a case as the case list shows it. */
struct CaseSummary
{
    qint64 id = 0;
    QString uid;     ///< stable across machines (bundles)
    QString patient; ///< pseudonym
    int version = 1; ///< 1, then one more per amendment
    qint64 previousId = 0;
    /** The case's number, shared by its versions: the database id of its first version. */
    qint64 caseNumber = 0;
    CaseState state = CaseState::Draft;
    bool superseded = false; ///< a newer version (amendment) exists
    QString tumorType;
    QString genome;
    QString specimen;
    QString assay;
    QString createdAt;
    QString createdBy;
    QString finalizedAt;
    QString finalizedBy;        ///< "name (role)"
    QStringList knowledgeBases; ///< "CIViC 2025-07-01"
    qint64 alterations = 0;
    qint64 reviewed = 0;
};

/** A case on a board meeting's agenda. */
struct MeetingItem
{
    qint64 caseId = 0;
    int position = 0;   ///< 1 for the first case presented
    QString presenter;  ///< who presents the case
    QString question;   ///< the question put to the board
    QString outcome;    ///< the conclusion the meeting recorded; empty until it is recorded
    QString recordedBy; ///< "name (role)" of who recorded it
    QString recordedAt; ///< ISO 8601 UTC
};

/** A board meeting: its date, title, participants and agenda. */
struct Meeting
{
    qint64 id = 0;
    QString heldOn; ///< ISO date
    QString title;
    QStringList participants;  ///< "Dr. A (oncologist)"
    QList<MeetingItem> agenda; ///< in the order the cases are presented
};

/** What became of one recommendation of a case's plan (RECIST 1.1 response). */
struct Outcome
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 planItemId = 0;
    QString given;     ///< "given", "not given", "unknown"
    QString response;  ///< "CR", "PR", "SD", "PD", "NE" (not evaluable); empty when not assessed
    QString startedOn; ///< ISO dates; empty when not known
    QString stoppedOn;
    QString stopReason; ///< "progression", "toxicity", "patient's wish" ...
    QString assessedOn; ///< when the response was assessed
    QString note;
    Actor recordedBy;
    QString recordedAt; ///< ISO 8601 UTC
};

/** An earlier patient of this database with the same alteration, and what the board did. */
struct EarlierPatient
{
    QString patient;   ///< pseudonym
    qint64 caseId = 0; ///< the newest case of the patient with the alteration
    QString tumorType;
    QString alterationRef;
    QList<PlanItem> recommendations;        ///< the plan items naming the alteration
    QList<std::optional<Outcome>> outcomes; ///< the current outcome of each, parallel to recommendations
};

/** A review decision on one alteration. */
struct ReviewRecord
{
    qint64 caseId = 0;
    qint64 alterationId = 0;
    QString alterationRef;
    Decision decision = Decision::Include;
    QString comment;
    Actor reviewer;
    QString decidedAt;
    QString patient;       ///< of the case the decision was made in
    qint64 caseNumber = 0; ///< of the case the decision was made in (CaseSummary::caseNumber)
    int version = 1;       ///< of that case
};

class SigningKey;

/** A signer's public key as the case database holds it. */
struct SignerKey
{
    qint64 id = 0;
    QString account;
    QByteArray publicKey; ///< Ed25519, 32 bytes
    QString fingerprint;  ///< SigningKey::fingerprint()
    QString addedAt;
    QString registeredAt; ///< empty until registered: its signatures do not count
    QString registeredBy;
    QString revokedAt; ///< signatures made after it do not count
    QString revokedBy;

    bool registered() const
    {
        return !registeredAt.isEmpty();
    }
};

/** One signed sign-off of a case: the statement signed, its signature and what it covered. */
struct CaseSignature
{
    qint64 id = 0;
    qint64 caseId = 0;
    CaseState state = CaseState::Preliminary; ///< the state signed
    QString signedAt;
    SignerKey key;
    QByteArray statement; ///< the canonical JSON signed (docs/security.md)
    QByteArray signature; ///< Ed25519, 64 bytes
    /**
     * What the statement's digests cover: {"case": rows, "report": report content}, as signed; for
     * a signature a bundle brought, the case's rows as they were imported (ids are this database's).
     */
    QByteArray content;
    QString imported; ///< "bundle SHA256" when a bundle brought it; empty when signed here
};

/** A signature a case bundle carries (CaseBundle). */
struct BundleSignature
{
    QByteArray publicKey;
    QString account;
    QByteArray statement;
    QByteArray signature;
    QByteArray reportContent; ///< the report content signed
};

/** What a signed state change signs beside the stored case (see CaseSignOff). */
struct SignOff
{
    const SigningKey* key = nullptr; ///< none: the state changes unsigned (tests, older data)
    QByteArray reportContent;        ///< the report's canonical content (CaseSignOff::reportContent)
};

/** "case 3, version 2": a case version as people name it (one number per case, versions counted). */
QString caseVersionName(qint64 caseNumber, int version);
/** caseVersionName() of a summary. */
QString caseVersionName(const CaseSummary& s);

/** An alteration as stored with its case: enough to show, review and annotate it again. */
struct StoredAlteration
{
    qint64 id = 0;
    qint32 index = 0; ///< position in the case as annotated
    QString ref;      ///< "BRAF:p.V600E", or "7:140453136:A:T" without a protein change
    Alteration alteration;
    QString ampTier;
    QString escatTier;
    QString oncokbLevel;
    QStringList flags;
    QStringList evidenceIds;            ///< "CIViC:EID1409"
    std::optional<ReviewRecord> review; ///< the current decision
};

/** A change of a case's state, from the audit trail: who moved it, when. */
struct StateChange
{
    CaseState from = CaseState::Draft;
    CaseState to = CaseState::Draft;
    Actor actor;
    QString at; ///< ISO 8601 UTC
};

/** The newest audit entry of a case: who changed it last, when and how; seq 0 when none. */
struct CaseVersion
{
    qint64 seq = 0;
    QString hash; ///< the entry's chain hash: unique, unlike a seq reused after a rolled-back change
    QString at;
    QString account;
    QString name;
    QString role;
    QString action;
    /** "Dr. B (oncologist) at 2026-12-05T10:02:11.512Z: review.decision" */
    QString describe() const;
};

/** The result of checking the audit chain. */
struct AuditCheck
{
    qint64 entries = 0;
    qint64 firstBroken = 0; ///< sequence number of the first entry whose hash does not hold; 0 when intact
    QString problem;
    qint64 finalCases = 0;         ///< final cases in the database
    qint64 finalCasesVerified = 0; ///< whose content matched the digest recorded when they were signed
    QList<qint64> unverifiable;    ///< final cases signed before content digests were recorded
    bool ok() const
    {
        return firstBroken == 0;
    }
};

/**
 * The case database (docs/case-schema.md): patients under pseudonyms, cases with their samples,
 * alterations, knowledge-base releases and tiers, per-alteration review decisions, board meetings,
 * and an append-only, hash-chained audit trail. Through QtSql (SQLite in WAL mode, synchronous
 * commits, foreign keys on); a final case is locked in the code and by triggers in the database.
 * One instance per thread.
 */
class CaseStore
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly, ///< archives and shared folders: every write fails with a clear error
    };

    /**
     * Opens (creating or migrating, when writable) the case database.
     * Errors: Io, Database (newer schema, not a database, read-only without the schema).
     */
    static Result<std::unique_ptr<CaseStore>> open(const QString& path, Mode mode = Mode::ReadWrite);
    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    const QString& path() const
    {
        return m_path;
    }

    /**
     * Stores an annotated case as a draft: its reviewable alterations (protein-altering or of unknown
     * consequence, copy-number changes, fusions, biomarkers, and every one with evidence or a flag),
     * their tiers and evidence, the input files with their SHA-256, and the releases used.
     */
    [[nodiscard]] Result<qint64>
    createCase(const AnnotationResult& result, const NewCaseInfo& info, const Actor& actor);

    Result<QList<CaseSummary>> cases();
    Result<CaseSummary> summary(qint64 caseId);
    /** The database ids of every version of a case, the first version first. */
    Result<QList<qint64>> versionsOf(qint64 caseId);
    Result<std::vector<StoredAlteration>> alterations(qint64 caseId);

    /** The alteration of a case named "GENE:p.CHANGE" (any HGVS spelling) or "CHROM:POS:REF:ALT". */
    Result<qint64> findAlteration(qint64 caseId, const QString& ref);

    /** Records a decision. Refused (InvalidArgument) on a final case. */
    [[nodiscard]] Result<void>
    review(qint64 caseId, qint64 alterationId, Decision decision, const QString& comment, const Actor& actor);

    /**
     * Earlier decisions on the same alteration in other cases (not in other versions of this case):
     * the same patient's first, newest first, then any other patient's.
     */
    Result<QList<ReviewRecord>> earlierDecisions(qint64 caseId, qint64 alterationId);

    /** Takes over the first of earlierDecisions() as this case's decision, saying so in the comment. */
    [[nodiscard]] Result<ReviewRecord> acceptEarlierDecision(qint64 caseId, qint64 alterationId, const Actor& actor);

    /**
     * Moves a case draft -> preliminary -> final (preliminary -> draft reopens it). Final locks the
     * case; the signer is the actor. InvalidArgument for other transitions. With a key in
     * `signOff`, the same transaction stores the signer's signature of the case's content and its
     * report content (preliminary and final).
     */
    [[nodiscard]] Result<void>
    setState(qint64 caseId, CaseState state, const Actor& actor, const SignOff& signOff = SignOff());

    /**
     * The case's signatures, oldest first. A key seen for the first time is added with the
     * signature: registered at once in an SQLite file (its owner's), pending on a server until an
     * administrator registers it (registerKey).
     */
    Result<QList<CaseSignature>> signatures(qint64 caseId);
    /**
     * Stores the signatures a bundle brought with the case it imported (in the import's
     * transaction): keys not known here are added unregistered, whatever the backend, so that they
     * count only once an administrator here registers them.
     */
    [[nodiscard]] Result<void> storeImportedSignatures(qint64 caseId,
                                                       const QList<BundleSignature>& signatures,
                                                       const QString& origin,
                                                       const Actor& actor);
    /** Every signer's key, oldest first. */
    Result<QList<SignerKey>> signingKeys();
    /** Registers (or revokes) the key with this fingerprint; InvalidArgument when there is none or it already is. */
    [[nodiscard]] Result<SignerKey> registerKey(const QString& fingerprint, const Actor& administrator);
    [[nodiscard]] Result<SignerKey> revokeKey(const QString& fingerprint, const Actor& administrator);

    /** A member of the board and the roles an administrator gave the account. */
    struct Member
    {
        QString account;
        QStringList roles; ///< roleName()s
        QString grantedAt;
        QString grantedBy;
    };
    /** The database's members, by account. Empty: roles are stated, not checked against members. */
    Result<QList<Member>> members();
    /**
     * Gives `account` these roles (none: it is no longer a member). An administrator's; the first
     * member is the administrator who sets the others up (the actor, with the administrator role).
     */
    [[nodiscard]] Result<Member>
    setMemberRoles(const QString& account, const QStringList& roles, const Actor& administrator);

    /**
     * Everything a case consists of as canonical JSON (the rows contentDigest() hashes, each with
     * its table and columns), which a signature covers and a later change is named against.
     */
    Result<QByteArray> contentRows(qint64 caseId);
    /**
     * What differs between two contentRows() documents, one line per change, in words; with
     * `beyondSignOff`, not the case's state and sign-off columns (what a later sign-off changes).
     */
    static QStringList describeChanges(const QByteArray& before, const QByteArray& after, bool beyondSignOff = false);

    /**
     * Amends a final case: a new draft version linked to it, with its alterations and current
     * decisions; the signed version stays as it was, marked superseded. Returns the new case id.
     */
    [[nodiscard]] Result<qint64> amend(qint64 caseId, const QString& reason, const Actor& actor);

    /** Identifying data of a patient, kept apart from the pseudonymous records (optional). */
    struct PatientIdentity
    {
        QString name;
        QString birthDate;
        QString recordNumber;
    };

    /** Whether identifiers can be read and written (docs/security.md). */
    enum class IdentityAccess
    {
        NoKeyYet, ///< the database seals nothing yet: a passphrase given now becomes its key
        Locked,   ///< sealed with a key this store has not been given
        Unlocked, ///< the key is at hand
    };
    IdentityAccess identityAccess() const;

    /**
     * Gives the store the passphrase that seals identifiers (Argon2id-derived key). A database
     * without a key takes it as its key when the first identifier is stored. For a
     * wrong passphrase: Locked (nothing is opened with it).
     */
    [[nodiscard]] Result<void> unlockIdentities(const QString& passphrase);

    /**
     * Sets (or replaces) the identifying data of a patient known by `pseudonym`, sealed with the
     * database's key (unlockIdentities() first: CoreError::Code::Locked otherwise). The audit trail
     * records that it was set, not what it is. InvalidArgument for an unknown pseudonym.
     */
    [[nodiscard]] Result<void>
    setPatientIdentity(const QString& pseudonym, const PatientIdentity& identity, const Actor& actor);
    /**
     * The identifying data of a patient, nullopt when none was given. Locked when it is sealed
     * and the store has no key (the message says how to give it).
     */
    Result<std::optional<PatientIdentity>> patientIdentity(const QString& pseudonym);

    /**
     * Writes to the audit chain that a case's identifiers left the database (`what`: "report
     * json,pdf", "shown"), before they do. Refused on a read-only store.
     */
    [[nodiscard]] Result<void> recordDisclosure(qint64 caseId, const QString& what, const Actor& actor);

    /** Records a board meeting and the cases it discussed. */
    [[nodiscard]] Result<qint64>
    addMeeting(const QString& date, const QStringList& participants, const QList<qint64>& caseIds, const Actor& actor);

    /** Plans a board meeting (date YYYY-MM-DD) with no case on its agenda yet; its id. */
    [[nodiscard]] Result<qint64>
    createMeeting(const QString& date, const QString& title, const QStringList& participants, const Actor& actor);
    /** Puts a case at the end of a meeting's agenda. Refused when it is on the agenda already. */
    [[nodiscard]] Result<void>
    addToAgenda(qint64 meetingId, qint64 caseId, const QString& presenter, const QString& question, const Actor& actor);
    /** Moves a case to `position` (1-based) of the agenda; the others keep their order. */
    [[nodiscard]] Result<void> moveOnAgenda(qint64 meetingId, qint64 caseId, int position, const Actor& actor);
    /** Records what the meeting concluded on a case, in the meeting and in the case's audit chain. */
    [[nodiscard]] Result<void>
    recordMeetingOutcome(qint64 meetingId, qint64 caseId, const QString& outcome, const Actor& actor);
    /**
     * Records what became of a recommendation (a plan item of the case), also on a final case: it
     * is follow-up, not the signed content. Appended; the newest per item is the current one. Its id.
     */
    [[nodiscard]] Result<qint64> recordOutcome(const Outcome& outcome, const Actor& actor);
    /** The case's outcomes, oldest first (all of them; the newest per plan item is current). */
    Result<QList<Outcome>> outcomes(qint64 caseId);
    /**
     * The department's own experience: patients other than `patient` with the same alteration
     * (gene and protein change; for an unannotated variant, the same place and alleles), newest case
     * per patient, with what the board recommended for it and the current outcome of each. Only
     * patients whose case has a recommendation naming the alteration; `tumorType` empty: any.
     */
    Result<QList<EarlierPatient>>
    earlierPatients(const Alteration& alteration, const QString& tumorType, const QString& patient);
    /** A patient's samples over time (one per current case version) and each alteration's VAF in them. */
    Result<PatientTimeline> patientTimeline(const QString& patient);
    /** Every meeting, the newest first, with its agenda. */
    Result<QList<Meeting>> meetings();
    /** One meeting with its agenda; NotFound when there is none with that id. */
    Result<Meeting> meeting(qint64 meetingId);

    /** The case's state changes, oldest first (sign-off history for reports). */
    Result<QList<StateChange>> stateHistory(qint64 caseId);

    /** The case's treatment plan: its details and items (docs/case-schema.md). */
    Result<TreatmentPlan> plan(qint64 caseId);

    /**
     * Adds an item to the plan and returns its id. An item that carries an id (a removal being
     * undone) gets it back. Refused (InvalidArgument) on a final case, for an empty title or a
     * reference to an alteration the case does not have.
     */
    [[nodiscard]] Result<qint64> addPlanItem(qint64 caseId, const PlanItem& item, const Actor& actor);

    /** Replaces the stored item with the same id. Refused on a final case. */
    [[nodiscard]] Result<void> updatePlanItem(qint64 caseId, const PlanItem& item, const Actor& actor);

    /** One item of the plan; InvalidArgument for an item the case does not have. */
    Result<PlanItem> planItem(qint64 caseId, qint64 itemId);

    /** Removes an item. Refused on a final case; InvalidArgument for an unknown item. */
    [[nodiscard]] Result<void> removePlanItem(qint64 caseId, qint64 itemId, const Actor& actor);

    /** Sets the plan's conclusion, follow-up, meeting date and participants. Refused on a final case. */
    [[nodiscard]] Result<void> setPlanDetails(qint64 caseId, const PlanDetails& details, const Actor& actor);

    /**
     * Checks every link of the audit chain, then every final case's content against the digest the
     * chain recorded when it was signed (a change made with the database's locks removed is found).
     */
    Result<AuditCheck> verifyAudit();

    /**
     * SHA-256 over everything a case consists of: its facts (all but the superseded flag), its
     * patient's pseudonym, samples, inputs, knowledge-base releases, alterations, decisions and plan.
     */
    Result<QString> contentDigest(qint64 caseId);

    /**
     * For a final case: refuses (Database error naming the case) when its content no longer matches
     * the digest recorded at sign-off, so that no report prints "signed" over a forged case. Passes
     * cases that are not final and final cases signed before digests were recorded.
     */
    Result<void> checkSignedContent(qint64 caseId);

    /**
     * The case's newest audit entry. Every change of a case writes one, so a different seq means
     * the case changed (a window polls this to show what others did).
     */
    Result<CaseVersion> caseVersion(qint64 caseId);

    /**
     * Optimistic locking for someone who shows a case (a window, a script that read it first):
     * from now on a change of `caseId` through this store is refused with CoreError::Code::Conflict
     * ("changed by NAME at TIME") unless the case's newest audit entry is `seen` (the version the
     * caller shows) or one this store wrote itself. Nothing is lost: the caller reloads, calls this
     * again and applies the change again. A `seen` of seq 0 ends the expectation.
     */
    void expectVersion(qint64 caseId, const CaseVersion& seen);
    /**
     * The case's newest audit entry when it is neither the version expected nor one of this store's
     * own changes: someone else changed the case. nullopt when not, or without an expectation.
     */
    Result<std::optional<CaseVersion>> changedElsewhere(qint64 caseId);

    /** The case's audit entries as "seq at name (role) action: old -> new", oldest first. */
    Result<QStringList> auditTrail(qint64 caseId);

    /** The annotation as stored: the case with its stored alterations (for re-checks and exports). */
    Result<AnnotationResult> storedCase(qint64 caseId);

    /** The case's id for a bundle uid, 0 when absent. */
    Result<qint64> caseWithUid(const QString& uid);

    /** The connection name of this store's QSqlDatabase (bundles and tests). */
    const QString& connectionName() const
    {
        return m_connection;
    }

private:
    /** This store's connection, connected again first when a server ended the session. */
    QSqlDatabase database() const;

    /** What a case's content is against the digest recorded at sign-off. */
    struct SignedContent
    {
        bool recorded = false; ///< a digest was recorded ("case.content")
        qint64 entry = 0;      ///< the audit entry holding it
        bool changed = false;  ///< the content no longer matches it
    };
    Result<SignedContent> signedContent(qint64 caseId);

    CaseStore() = default;
    Result<void> requireNotFinal(qint64 caseId);
    /** Checks an item before it is written; returns its alterations as the case names them. */
    Result<QStringList> checkPlanItem(qint64 caseId, const PlanItem& item);
    /** The alteration named `ref` (see findAlteration()) among `alterations`, nullptr when none. */
    static const StoredAlteration* findIn(const std::vector<StoredAlteration>& alterations, const QString& ref);
    Unexpected noSuchAlteration(qint64 caseId, const QString& ref) const;
    Result<void> appendAudit(
        qint64 caseId, const Actor& actor, const QString& action, const QString& oldValue, const QString& newValue);
    /** Signs the case's content (in setState's transaction) and stores the signature. */
    Result<void> storeSignature(qint64 caseId, CaseState state, const Actor& actor, const SignOff& signOff);
    Result<SignerKey> changeKey(const QString& fingerprint, const Actor& administrator, bool registering);
    /** Every meeting, or the one with id `only`, with their agendas. */
    Result<QList<Meeting>> loadMeetings(std::optional<qint64> only);
    /** members(); with `mayReconnect` (outside a transaction) once more on a new session when the server ended it. */
    Result<QList<Member>> membersOf(bool mayReconnect);
    /**
     * Refuses (Forbidden) what the actor's role may not do (Roles.h). A role the actor states must
     * be one of OncoBoard's; once the database has members, the account must hold it there.
     * Without members and without a stated role, reviews and plan edits are allowed (a personal
     * file whose owner has not set roles up); signing always needs a role.
     */
    Result<void> requireRole(const Actor& actor, RoleAction action);
    /** The key row of a public key, added when new; its id. */
    Result<qint64> keyIdFor(const QByteArray& publicKey, const Actor& actor);
    /** Appends the case's content digest to the audit chain ("case.content"), at sign-off. */
    Result<void> recordContentDigest(qint64 caseId, const Actor& actor);

    QString m_path;
    QString m_connection;
    /** The identifiers' key once given; with `m_newKey`, to be stored with the first identifier. */
    std::unique_ptr<IdentitySeal> m_seal;
    std::optional<IdentitySeal::Derivation> m_newKey;
    /** What a change of a case is checked against (expectVersion), by case id. */
    struct Expectation
    {
        QPair<qint64, QString> seen;       ///< seq and hash of the version the caller has seen
        QList<QPair<qint64, QString>> own; ///< this store's own newest entries for the case
    };
    QHash<qint64, Expectation> m_expected;
    [[nodiscard]] Result<void> checkExpectedVersion(qint64 caseId);

    friend class CaseBundle;
};

} // namespace onco
