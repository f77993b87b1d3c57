#pragma once

#include "Result.h"
#include "caseStore/CaseBundle.h"
#include "caseStore/CaseStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace onco {

class KnowledgeBase;
class SigningKey;

/** What verification found about one signature. */
struct SignatureCheck
{
    qint64 id = 0; ///< in the case database; 0 in a report file
    QString state; ///< the state signed
    QString signedAt;
    QString account;
    QString name;
    QString role;
    QString fingerprint;
    QString reportDigest; ///< "sha256:..." of the report content signed
    bool current = false; ///< the newest signature: the case must still be what it signed
    QStringList problems; ///< why it fails; empty when it verifies
    QStringList notes;    ///< what is worth knowing but is no failure
};

/** The outcome of checking every signature of a case or a report file. */
struct Verification
{
    QString subject; ///< "case 3, version 1" or the file
    QList<SignatureCheck> signatures;
    QStringList problems; ///< failures of the whole (nothing signed, the signed content changed ...)

    /** At least one signature, and no problem anywhere. */
    bool ok() const;
    /** One block per signature, then the verdict: what `report verify` and `verify` print. */
    QString toText() const;
};

/**
 * Signed sign-off (docs/security.md): what a signer signs when a case goes preliminary or final,
 * and the check of every signature afterwards, against the case database or a report file alone.
 */
class CaseSignOff
{
public:
    /**
     * The report content a signature covers: the report JSON (oncoboard.report/1) without what
     * changes when a case is signed or exported (the generation time and generator, the case's
     * state, sign-off history and identifiers, the signatures), in canonical form (keys sorted,
     * compact). The same for the report made at signing and any later export of the case.
     */
    static QByteArray reportContent(const QByteArray& reportJson);

    /** The case's report content now, made from the store as `report --json` makes it. */
    static Result<QByteArray> reportContent(CaseStore& store, qint64 caseId, KnowledgeBase& kb);

    /**
     * Moves the case to `state`, signed with `key` when it goes preliminary or final (the
     * signature stored in the same transaction as the change). Errors of setState() and of
     * making the report.
     */
    [[nodiscard]] static Result<void> setState(
        CaseStore& store, qint64 caseId, CaseState state, const Actor& actor, KnowledgeBase& kb, const SigningKey& key);

    /**
     * Checks every signature of the case: the Ed25519 signature of its statement, the signer's key
     * registered and not revoked, the content stored with it; and that the case and its report
     * are still what the newest signature signed, naming each change when not.
     */
    static Result<Verification> verify(CaseStore& store, qint64 caseId, KnowledgeBase& kb);

    /**
     * Checks the signatures a report JSON file carries against the file's own content. With
     * `keys` (a case database's), a signature counts only when its key is registered there.
     */
    static Verification verifyReport(const QByteArray& json, const QString& subject, const QList<SignerKey>* keys);

    /**
     * The check a bundle import runs on a signed case before it commits: the report made from the
     * imported case must be the one its newest signature signed; else the import is refused,
     * naming what differs.
     */
    static CaseBundle::SignedReportCheck bundleCheck(KnowledgeBase& kb);

    /** What differs between two report contents, one line per changed value (at most `limit`). */
    static QStringList describeReportChanges(const QByteArray& before, const QByteArray& after, int limit = 20);
};

} // namespace onco
