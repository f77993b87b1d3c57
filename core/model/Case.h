#pragma once

#include "Alteration.h"
#include "GenomeBuild.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace onco {

/** A record that was skipped or read with a doubt; shown to the user, never dropped silently. */
struct InputIssue
{
    enum class Severity
    {
        Warning, ///< the record was read, but something in it is doubtful
        Skipped, ///< the record was not read
    };
    Severity severity = Severity::Warning;
    QString file;
    qint64 line = 0;
    QString message;

    /** "PATH:LINE: message". */
    QString toString() const;
};

/** One kind of problem and how often it occurred, for a short list of what went wrong. */
struct IssueSummary
{
    InputIssue first; ///< its first occurrence
    qint64 count = 0;
};

/**
 * The distinct problems among `issues`, in order of first occurrence: issues that differ only in
 * numbers (positions, counts, line references) count as one. At most `limit` entries.
 */
QList<IssueSummary> summarizeIssues(const QList<InputIssue>& issues, int limit);

/** What a sample is in a case. */
enum class SampleRole
{
    Tumor,
    Normal,
};

/** One sequenced sample of the patient. */
struct Sample
{
    QString name;
    SampleRole role = SampleRole::Tumor;
    QString tumorType;                     ///< OncoTree code from a clinical table, when given per sample
    Origin origin;                         ///< where the sample was named (file and line)
    Origin tumorTypeOrigin;                ///< the clinical table row that gave tumorType
    QString matchedNormal;                 ///< for a tumor sample: its matched normal's name, when an input says
    QMap<QString, QString> receptorStatus; ///< per sample, read in cohort mode ("HER2" -> "positive")
};

/** A copy-number segment, kept for the genome profile. */
struct CopyNumberSegment
{
    qint16 sample = 0;
    QString chrom;
    qint64 start = 0; ///< 1-based, inclusive
    qint64 end = 0;
    float log2Ratio = std::numeric_limits<float>::quiet_NaN();
    float copyNumber = std::numeric_limits<float>::quiet_NaN(); ///< total copy number when given
    float minorCopyNumber = std::numeric_limits<float>::quiet_NaN();
    qint32 markers = -1;
    Origin origin;
};

/** A value of a case (tumor type, TMB ...) with the place it was read from. */
struct CaseValue
{
    QString value;
    Origin origin;
};

/** The sequencing results of one case (one patient, one or more samples), as read from its files. */
struct Case
{
    QString tumorType;      ///< OncoTree code, empty when not given
    QString tumorTypeGiven; ///< the retired code the input or user gave, when tumorType replaces it; else empty
    Origin tumorTypeOrigin; ///< clinical table line it came from; no input when the user gave it
    /**
     * Receptor status of the tumor as the user or a clinical table gives it: "ER", "PR", "HER2" ->
     * "positive", "negative" (HER2 also "low", "ultralow"). Evidence on a receptor-defined subtype
     * (HER2-positive breast cancer) is on-label only when it agrees.
     */
    QMap<QString, QString> receptorStatus;
    GenomeBuild genome = GenomeBuild::Unknown;
    QString genomeEvidence;  ///< what decided the build ("contig length 249250621", "--genome")
    QString referenceGenome; ///< the laboratory's reference FASTA the effects were translated with; empty when none
    QStringList inputs;
    QString tumorSample;  ///< name of the (first) tumor sample
    QString normalSample; ///< name of the matched normal, empty when tumor-only
    QList<Sample> samples;
    /** Sample columns of a VCF among which the tumor could not be told (the user should choose). */
    QStringList undecidedSamples;
    std::vector<Alteration> alterations;
    std::vector<CopyNumberSegment> segments;

    /** The first issues found while reading, in input order (at most maxStoredIssues). */
    QList<InputIssue> issues;
    qint64 skippedRecords = 0;
    qint64 warningCount = 0;

    static constexpr int maxStoredIssues = 1000;

    /** Records an issue and counts it; keeps only the first maxStoredIssues. */
    void addIssue(InputIssue issue);

    /** The path of an input (empty for -1), and its index, added when new. */
    QString inputPath(const Origin& origin) const;
    qint16 addInput(const QString& path);

    /** Index of a sample by name, added with `role` when new. */
    qint16 addSample(const QString& name, SampleRole role, const Origin& origin = {});
    /** Adds a sample the caller knows is new (a reader with its own index of names): no search. */
    qint16 appendSample(const QString& name, SampleRole role, const Origin& origin = {});
    int sampleIndex(const QString& name) const;
};

} // namespace onco
