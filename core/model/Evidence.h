#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace onco {

/** A knowledge-base source and the release of it that was used. */
struct KbRelease
{
    QString source;  ///< "CIViC"
    QString release; ///< "2025-07-01"

    friend bool operator==(const KbRelease&, const KbRelease&) = default;
};

/** One evidence item of a knowledge base, as the matcher and the reports see it. */
struct EvidenceItem
{
    KbRelease kb;
    qint64 id = 0;     ///< numeric id within the source (CIViC: 1409 for EID1409)
    QString displayId; ///< "EID1409"
    qint64 molecularProfileId = 0;
    QString molecularProfile; ///< "BRAF V600E"
    QString disease;
    QString doid;         ///< Disease Ontology id without prefix, e.g. "1909"; empty when none
    QString oncotreeCode; ///< OncoTree code of the disease when the source names one (OncoKB, local)
    QString level;        ///< CIViC level A..E; OncoKB 1, 2, 3A, 3B, 4, R1, R2, Dx1-3, Px1-3
    QString evidenceType; ///< Predictive, Diagnostic, Prognostic, Predisposing, Oncogenic, Functional
    QString direction;    ///< Supports / Does Not Support
    QString significance; ///< e.g. Sensitivity/Response
    QStringList therapies;
    QString therapyInteraction; ///< Combination / Substitutes / Sequential, empty for one therapy
    QString statement;
    QString citation;
    QString citationId; ///< PubMed id or ASCO abstract id
    QString sourceType; ///< PubMed, ASCO, ASH
    QStringList nctIds;
    int rating = 0;        ///< 1..5, 0 when not rated
    QString variantOrigin; ///< Somatic, Rare Germline, Common Germline ...
    QString url;
    QString curator;   ///< local curation: who added the item, when and why
    QString curatedAt; ///< ISO 8601 date
    QString reason;
};

/**
 * The therapies of an item as the board reads them: "A + B" for a combination, "A then B" for a
 * sequence, "A / B" for substitutes (CIViC's interaction types), the name alone for one therapy.
 */
QString therapyLabel(const EvidenceItem& item);

/**
 * The separate treatment options an item speaks for: each substitute on its own, otherwise the
 * whole combination or sequence as one option. Conflicts between items are found per option.
 */
QStringList therapyOptions(const EvidenceItem& item);

/** A curated assertion: a profile's clinical significance in one disease, with its AMP category. */
struct AssertionItem
{
    KbRelease kb;
    qint64 id = 0;
    QString displayId; ///< "AID5"
    qint64 molecularProfileId = 0;
    QString molecularProfile;
    QString disease;
    QString doid;
    QString assertionType; ///< Predictive, Diagnostic, Prognostic, Predisposing, Oncogenic
    QString direction;
    QString significance;
    QString ampCategory; ///< "Tier I - Level A"
    QString nccnGuideline;
    bool regulatoryApproval = false;
    bool fdaCompanionTest = false;
    QStringList therapies;
    QString summary;
    QList<qint64> evidenceIds; ///< the evidence items it cites
};

} // namespace onco
