#pragma once

#include "Alteration.h"
#include "GenomeBuild.h"

#include <QList>
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

/** The sequencing results of one case, as read from its input files. */
struct Case
{
    QString tumorType; ///< OncoTree code, empty when not given
    GenomeBuild genome = GenomeBuild::Unknown;
    QStringList inputs;
    QString tumorSample;
    QString normalSample;
    std::vector<Alteration> alterations;

    /** The first issues found while reading, in input order (at most maxStoredIssues). */
    QList<InputIssue> issues;
    qint64 skippedRecords = 0;
    qint64 warningCount = 0;

    static constexpr int maxStoredIssues = 1000;

    /** Records an issue and counts it; keeps only the first maxStoredIssues. */
    void addIssue(InputIssue issue);
};

} // namespace onco
