#pragma once

#include "CaseLoadOptions.h"
#include "Result.h"
#include "model/Case.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace onco {

/**
 * Decides which samples of a multi-sample table (MAF, copy-number matrix, fusion list) belong to
 * the case being built. A case is one patient: the sample named with --tumor-sample, else the
 * samples the case's earlier files named, else the file's only sample or its samples of one
 * patient (TCGA barcodes). Anything else is ambiguous and refused with the list of samples, so
 * alterations of another patient never enter a case silently. A cohort table that lacks the
 * requested sample gives nothing, with a note; CaseLoader refuses a case whose requested sample
 * is in none of its inputs.
 */
class SampleSelector
{
public:
    SampleSelector(const CaseLoadOptions& options, const Case& caseSoFar);

    /**
     * Chooses among the distinct samples of a file (in file order). InvalidArgument when ambiguous,
     * with the samples as choices and, when given, how many alterations each holds.
     */
    [[nodiscard]] Result<void>
    choose(const QString& path, const QStringList& samplesInFile, const QList<qint64>& alterationsPerSample = {});

    bool keeps(const QString& sample) const
    {
        return m_kept.contains(sample);
    }
    QStringList kept() const;
    /** A remark for the user about the choice (a single sample taken under another name), or empty. */
    const QString& note() const
    {
        return m_note;
    }

    /** True for the same name, or one TCGA-style barcode extending the other at a '-' ("TCGA-A6-2672-01" and
     * "TCGA-A6-2672-01A-01W-0833-10"). */
    static bool sameSample(const QString& a, const QString& b);
    /** The patient part of a TCGA barcode ("TCGA-A6-2672"), or an empty string. */
    static QString patientOf(const QString& sample);

private:
    QString m_requested;
    bool m_everySample = false;
    QStringList m_known; ///< tumor samples of the case so far
    QSet<QString> m_kept;
    QStringList m_keptOrder;
    QString m_note;
};

/**
 * Finds the case sample a table row names (SampleSelector::sameSample: the same name, or a TCGA
 * barcode extending the other) without comparing with every sample: a clinical table of a cohort.
 */
class SampleMatcher
{
public:
    /** Over the tumor samples of `c`. */
    explicit SampleMatcher(const Case& c);
    /** The first tumor sample of the case that `rowSample` names (SampleSelector::sameSample), or -1. */
    int find(const QString& rowSample) const;
    /** Takes in the case's sample `index`, added since. */
    void add(int index);

private:
    const Case& m_case;
    QMultiHash<QString, int> m_byPrefix; ///< every name and its prefixes at '-'
};

/**
 * Adds samples to a case by name in constant time, for tables of thousands of samples (a cohort);
 * the same as Case::addSample otherwise. With `sameSample`, a tumor sample another name of which
 * the case holds (a TCGA barcode and its aliquot's) is that sample: a cohort's files of one sample
 * make one case.
 */
class SampleIndex
{
public:
    SampleIndex(Case& c, bool sameSample);
    /** The sample's index; -1 when the case holds the most samples an index can name (32,767). */
    qint16 add(const QString& name, SampleRole role, const Origin& origin);
    /** The error for a run past that many samples. */
    static Unexpected full(const QString& path);

private:
    Case& m_case;
    QHash<QString, qint16> m_byName;
    std::optional<SampleMatcher> m_matcher;
};

class TsvReader;

/**
 * Guards a table whose sample column was not recognised: every row is then taken as one sample.
 * Columns that look like a sample column under another name (misspelt, "SampleId", "Patient")
 * are watched, and rows naming several values there refuse the file, since they would mix
 * patients in one case.
 */
class UnrecognisedSampleColumn
{
public:
    /** Watches the table's sample-like columns; does nothing when `sampleColumn` >= 0 (recognised). */
    UnrecognisedSampleColumn(const TsvReader& table, int sampleColumn);

    /** Notes the current row's values. */
    void see(const TsvReader& table);

    /** BadInput (line 1) when a watched column named two or more values; `recognised` names the accepted columns. */
    [[nodiscard]] Result<void> check(const TsvReader& table, const QString& path, const QString& recognised) const;

private:
    std::vector<std::pair<int, QSet<QByteArray>>> m_watched;
};

} // namespace onco
