#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace onco {

class CaseStore;
struct Actor;

/** What an import of a case bundle did. */
struct BundleImport
{
    qint64 caseId = 0;
    bool alreadyPresent = false; ///< the case (by uid) was in the database: nothing was added
};

/**
 * One case version as a single self-contained file ("oncoboard.case-bundle/1", JSON with a
 * SHA-256 of its content) to move it between machines: the patient pseudonym (never the identity
 * table), case facts, samples, inputs with checksums, releases used, stored alterations with their
 * tiers and evidence ids, every review decision, and the case's audit entries as provenance.
 */
class CaseBundle
{
public:
    /** Writes the bundle atomically. Errors: InvalidArgument (no such case), Io, Database. */
    [[nodiscard]] static Result<void> exportCase(CaseStore& store, qint64 caseId, const QString& path);

    /**
     * Checks a signed case just imported (in the import's transaction) against the report content
     * its newest signature signed; an error refuses the import (CaseSignOff::bundleCheck).
     */
    using SignedReportCheck = std::function<Result<void>(CaseStore&, qint64 caseId, const QByteArray& signedReport)>;

    /**
     * Imports a bundle. A case whose uid is present is not imported again. A final case stays final
     * (and locked). The bundle's patient is the local patient with its patient uid, or a new one; when
     * a local patient who is another person has the bundle's pseudonym, the import is refused
     * (InvalidArgument) unless `pseudonymHere` names the pseudonym the patient gets in this database
     * (recorded in the audit entry). Never merged. The signatures the bundle carries must each
     * hold (Ed25519 over its statement, the statement naming this case and the signed report
     * content); with `check`, the imported case must also be what the newest one signed. They are
     * stored with the case, their keys unregistered here until an administrator registers them.
     * Errors: BadInput (not a bundle, checksum mismatch, a signature that does not hold),
     * InvalidArgument, Io, Database.
     */
    [[nodiscard]] static Result<BundleImport> importCase(CaseStore& store,
                                                         const QString& path,
                                                         const Actor& actor,
                                                         const QString& pseudonymHere = QString(),
                                                         const SignedReportCheck& check = SignedReportCheck());

    /**
     * The bundle's patient pseudonym when it names another person in this database (a local
     * patient with that pseudonym and another uid), so the window can ask for another one; empty
     * when the import needs no choice. Errors as importCase for an unreadable bundle.
     */
    [[nodiscard]] static Result<QString> pseudonymTakenHere(CaseStore& store, const QString& path);
};

} // namespace onco
