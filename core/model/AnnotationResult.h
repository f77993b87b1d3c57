#pragma once

#include "Case.h"
#include "Evidence.h"
#include "Pharmacogenomics.h"
#include "Tier.h"
#include "TmbEstimate.h"
#include "TumorRelation.h"

#include <QList>
#include <QMap>
#include <QString>

#include <span>
#include <vector>

namespace onco {

/** How precisely an alteration matched the knowledge-base variant of an evidence item. */
enum class MatchClass : quint8
{
    Exact,    ///< same gene and protein change, the same genomic allele, the same fusion or biomarker
    Codon,    ///< same residue, other change (case V600K, evidence "V600")
    Range,    ///< a change within the residue range the evidence names
    Exon,     ///< the kind of change the evidence names, in its exon ("Exon 19 Deletion")
    Category, ///< a gene-level class: "Mutation", "Loss-of-function", "Amplification", "v::ALK Fusion" ...
};

/** The JSON name of a match class: "exact", "codon", "range", "exon", "category". */
QString matchClassName(MatchClass cls);
/** The same in the interface language, for the window and the PDFs. */
QString matchClassText(MatchClass cls);

/** One evidence item that applies to one alteration of the case, and why. */
struct Match
{
    qint32 alteration = 0; ///< index into Case::alterations
    qint32 evidence = 0;   ///< index into AnnotationResult::evidence
    MatchClass matchClass = MatchClass::Exact;
    TumorRelation relation = TumorRelation::Unknown; ///< evidence disease vs the case's tumor type
    /** The evidence names a gene-level mutation class ("KRAS Mutation", "Loss-of-function"), not this variant. */
    bool geneLevel = false;
    /**
     * For a gene-level class: whether this alteration is a functional member of it (truncating in
     * a tumor suppressor, or a change or residue the knowledge base documents). Class evidence
     * speaks only for its members; for others the match is shown, but sets no tier.
     */
    bool classMember = true;
    QString rule;         ///< the rule and the fields compared, shown to the user
    QString relationPath; ///< why the relation holds, e.g. "LUAD -> DOID:3910 ... -> is_a DOID:3908"
    /** A receptor condition of a subtype ("HER2+"): on-label only when the case meets it (RelationAnswer). */
    QString relationCondition;
};

/**
 * A molecular profile of several variants (AND) that the case satisfies only in part: shown with
 * what is present and what is missing, never as a match.
 */
struct PartialProfile
{
    qint32 alteration = 0; ///< an alteration that satisfies one part
    KbRelease kb;
    qint64 profileId = 0;
    QString profile; ///< "EGFR L858R AND EGFR T790M"
    QStringList present;
    QStringList missing;
};

/** One tier of one scheme, and what decided it. */
struct TierCall
{
    QString tier;         ///< "I-A", "II-C", "III"; ESCAT "I-A/B"; OncoKB-style "1", "R1"; empty: none
    QString basis;        ///< sensitivity, resistance, diagnostic, prognostic; empty when no evidence
    QString reason;       ///< the rule applied, in words
    qint32 evidence = -1; ///< index into AnnotationResult::evidence of the deciding item, -1 when none
};

/** A caution about an alteration or a case: germline, chip, conflicting_evidence ... */
struct Flag
{
    QString code;   ///< stable identifier (JSON)
    QString reason; ///< why, in words
};

/** The tiers of one alteration in the three schemes, and its flags. */
struct AlterationCall
{
    qint32 alteration = 0;
    TierCall amp;
    TierCall escat;
    TierCall oncokb;
    QList<Flag> flags;

    /** The AMP tier as a value (None when not tiered). */
    AmpTier ampTier() const
    {
        return ampTierFromName(amp.tier);
    }
    /** AMP Tier I or II. */
    bool isActionable() const
    {
        return onco::isActionable(ampTier());
    }
    /** What decided the AMP tier. */
    TierBasis ampBasis() const
    {
        return tierBasisFromName(amp.basis);
    }
    /** The AMP tier was decided by resistance evidence (label it so wherever it is shown). */
    bool isResistance() const
    {
        return ampBasis() == TierBasis::Resistance;
    }
    bool hasFlag(QStringView code) const;
};

/** A case annotated against the knowledge base: the unit the UI shows and the reports write. */
struct AnnotationResult
{
    Case caseData;
    QString tumorTypeName; ///< OncoTree name of Case::tumorType
    QList<KbRelease> knowledgeBases;
    std::vector<EvidenceItem> evidence;
    /** Assertions of the matched profiles, with the alterations they apply to. */
    std::vector<AssertionItem> assertions;
    std::vector<std::pair<qint32, qint32>> assertionMatches; ///< (alteration, index into assertions)
    /** Sorted by alteration, then by evidence level, then by evidence id (deterministic). */
    std::vector<Match> matches;
    /** AND profiles the case satisfies in part, by alteration. */
    std::vector<PartialProfile> partialProfiles;
    /**
     * Tiers and flags of the alterations that have evidence or a flag, sorted by alteration; the
     * others are tiered by Tiering::unmatchedCall().
     */
    std::vector<AlterationCall> calls;
    /** Flags of the whole case (tumor_type_missing). */
    QList<Flag> caseFlags;
    /**
     * Pharmacogenomic findings (DPYD, TPMT, NUDT15, UGT1A1) with genotype, phenotype and CPIC
     * recommendation: a section of their own, never an AMP tier.
     */
    std::vector<PgxFinding> pharmacogenomics;
    /**
     * The tumor mutational burden OncoBoard estimated from the case's variants (AnnotateOptions::
     * panelSizeMb), or why it did not. When computed and no input gave a TMB, the case also holds it
     * as a TMB biomarker alteration (AlterationDetail::estimateMethod set), tiered like any other.
     */
    TmbEstimate tmb;
    /**
     * The drugs (lower case, one drug each) an approval in force covers in the case's tumor type,
     * for any biomarker, with the approval that shows it ("APR-0093"): resistance to a drug is of
     * strong significance only where the drug is given (Li 2017 level A; OncoKB R1).
     */
    QMap<QString, QString> approvedTherapies;
    /** Small variants of a GRCh38 case lifted to GRCh37 for allele matching, and those that did not lift. */
    qint64 liftedAlterations = 0;
    qint64 unliftedAlterations = 0;

    /** The matches of one alteration (empty span when it has none). */
    std::span<const Match> matchesFor(qint32 alteration) const;

    /** The call of an alteration, or nullptr when it has no evidence and no flag. */
    const AlterationCall* callFor(qint32 alteration) const;

    /** Number of distinct alterations with at least one match. */
    qsizetype matchedAlterationCount() const;
};

} // namespace onco
