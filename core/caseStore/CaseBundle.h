#pragma once

#include "Result.h"

#include <QString>

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
     * Imports a bundle. A case whose uid is present is not imported again. A final case stays final
     * (and locked). Errors: BadInput (not a bundle, checksum mismatch), Io, Database.
     */
    [[nodiscard]] static Result<BundleImport> importCase(CaseStore& store, const QString& path, const Actor& actor);
};

} // namespace onco
