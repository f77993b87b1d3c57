#include "CohortLoader.h"

#include "CaseLoader.h"
#include "ontology/TumorTypeGraph.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CohortLoader)
};

} // namespace

Result<Cohort> CohortLoader::load(const QStringList& inputs, const CaseLoadOptions& options, const Progress* progress)
{
    if (!options.tumorSample.isEmpty() || !options.normalSample.isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a cohort takes every sample of its inputs: no tumor or normal sample is chosen"));
    CaseLoadOptions every = options;
    every.everySample = true;
    every.tumorType.clear(); // per sample below: the table's first, the default after
    every.receptorStatus.clear();
    auto loaded = CaseLoader::load(inputs, every, progress);
    if (!loaded)
        return Unexpected{loaded.error()};
    Case& all = *loaded;

    Cohort cohort;
    cohort.issues = all.issues;
    cohort.skippedRecords = all.skippedRecords;
    cohort.warningCount = all.warningCount;

    // Problems of a whole file go with every case; those of a row name no sample and are the cohort's.
    QList<InputIssue> fileIssues;
    qint64 rowSkipped = 0;
    qint64 rowWarnings = 0;
    for (const InputIssue& i : all.issues) {
        if (i.line == 0)
            fileIssues << i;
        else if (i.severity == InputIssue::Severity::Skipped)
            ++rowSkipped;
        else
            ++rowWarnings;
    }
    // Issues past the stored ones are counted only: they are rows' too.
    qint64 storedSkipped = 0;
    for (const InputIssue& i : all.issues)
        storedSkipped += i.severity == InputIssue::Severity::Skipped ? 1 : 0;
    rowSkipped += std::max<qint64>(0, all.skippedRecords - storedSkipped);
    rowWarnings += std::max<qint64>(0, all.warningCount - (qint64(all.issues.size()) - storedSkipped));

    // Each tumor sample a case; its matched normal goes with it.
    struct Place
    {
        qsizetype caseIndex = -1;
        qint16 sample = 0;
    };
    std::vector<Place> placeOf(std::size_t(all.samples.size()));
    QHash<QString, int> normals; // the normal samples the inputs named, by name
    for (int i = 0; i < all.samples.size(); ++i)
        if (all.samples[i].role == SampleRole::Normal)
            normals.insert(all.samples[i].name, i);
    for (int i = 0; i < all.samples.size(); ++i) {
        const Sample& s = all.samples[i];
        if (s.role != SampleRole::Tumor)
            continue;
        Case c;
        c.genome = all.genome;
        c.genomeEvidence = all.genomeEvidence;
        c.referenceGenome = all.referenceGenome;
        c.inputs = all.inputs;
        const qint16 tumor = c.addSample(s.name, SampleRole::Tumor, s.origin);
        c.samples[tumor].tumorType = s.tumorType;
        c.samples[tumor].tumorTypeOrigin = s.tumorTypeOrigin;
        placeOf[std::size_t(i)] = Place{qsizetype(cohort.cases.size()), tumor};
        if (!s.matchedNormal.isEmpty()) {
            // Named as a sample by a VCF (with its header line), or only by the tumor's rows (a MAF).
            const int n = normals.value(s.matchedNormal, -1);
            const qint16 normal =
                c.addSample(s.matchedNormal, SampleRole::Normal, n >= 0 ? all.samples[n].origin : s.origin);
            c.samples[tumor].matchedNormal = s.matchedNormal;
            if (n >= 0)
                placeOf[std::size_t(n)] = Place{qsizetype(cohort.cases.size()), normal};
        }
        if (!s.tumorType.isEmpty() && !resolveOncotreeCode(s.tumorType)) {
            // A typing error in one row of the table: that sample only is annotated without a tumor type.
            const InputIssue wrong{InputIssue::Severity::Warning,
                                   all.inputPath(s.tumorTypeOrigin),
                                   s.tumorTypeOrigin.line,
                                   Messages::tr("tumor type '%1' of sample %2 is not an OncoTree code: the sample is "
                                                "annotated without a tumor type")
                                       .arg(s.tumorType, s.name)};
            c.addIssue(wrong);
            cohort.issues << wrong;
            ++cohort.warningCount;
            c.samples[tumor].tumorType.clear();
            ++cohort.tumorTypeMissing;
        } else if (!s.tumorType.isEmpty()) {
            c.tumorType = s.tumorType;
            c.tumorTypeOrigin = s.tumorTypeOrigin;
            ++cohort.tumorTypeFromTable;
        } else if (!options.tumorType.isEmpty()) {
            c.tumorType = options.tumorType;
            ++cohort.tumorTypeDefault;
        } else {
            ++cohort.tumorTypeMissing;
        }
        c.receptorStatus = s.receptorStatus;
        for (auto it = options.receptorStatus.cbegin(); it != options.receptorStatus.cend(); ++it)
            c.receptorStatus.insert(it.key(), it.value());
        if (rowSkipped + rowWarnings > 0)
            c.addIssue(InputIssue{InputIssue::Severity::Warning,
                                  QString(),
                                  0,
                                  Messages::tr("the cohort's inputs skipped %1 rows and gave %2 warnings on rows; "
                                               "they are listed in the cohort run's messages, not per sample")
                                      .arg(rowSkipped)
                                      .arg(rowWarnings)});
        cohort.cases.push_back(std::move(c));
    }

    // The alterations stay in one list in input order; each case's are listed by index and moved
    // into it when it is taken: the records are never held twice.
    const std::size_t caseCount = cohort.cases.size();
    std::vector<std::size_t> counts(caseCount + 1, 0);
    std::vector<std::vector<qint16>> inputsOf(caseCount); // the inputs each case has alterations from
    qsizetype unplaced = 0;
    for (Alteration& a : all.alterations) {
        if (a.sample < 0 || std::size_t(a.sample) >= placeOf.size() || placeOf[std::size_t(a.sample)].caseIndex < 0) {
            ++unplaced;
            continue;
        }
        const Place& p = placeOf[std::size_t(a.sample)];
        ++counts[std::size_t(p.caseIndex) + 1];
        std::vector<qint16>& used = inputsOf[std::size_t(p.caseIndex)];
        if (std::find(used.begin(), used.end(), a.origin.input) == used.end())
            used.push_back(a.origin.input);
    }
    if (unplaced > 0) // every reader names a sample for what it reads: this is a defect, never silent
        return fail(CoreError::Code::BadInput,
                    Messages::tr("%n alterations belong to no tumor sample of the cohort", nullptr, int(unplaced)),
                    inputs.value(0));
    if (all.alterations.size() > std::numeric_limits<quint32>::max())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("more than %L1 alterations in one run: split the cohort")
                        .arg(std::numeric_limits<quint32>::max()),
                    inputs.value(0));
    for (std::size_t k = 0; k < caseCount; ++k)
        counts[k + 1] += counts[k];
    cohort.m_first = counts;
    cohort.m_order.resize(all.alterations.size());
    for (std::size_t i = 0; i < all.alterations.size(); ++i) {
        Alteration& a = all.alterations[i];
        const Place& p = placeOf[std::size_t(a.sample)];
        a.sample = p.sample;
        cohort.m_order[counts[std::size_t(p.caseIndex)]++] = quint32(i);
    }
    cohort.m_alterations = std::move(all.alterations);
    for (CopyNumberSegment& s : all.segments) {
        if (s.sample < 0 || std::size_t(s.sample) >= placeOf.size() || placeOf[std::size_t(s.sample)].caseIndex < 0)
            continue;
        const Place& p = placeOf[std::size_t(s.sample)];
        s.sample = p.sample;
        cohort.cases[std::size_t(p.caseIndex)].segments.push_back(std::move(s));
    }
    // A case holds the file-level problems of the files it has something from (its alterations,
    // segments, samples, tumor type): never another patient's file's.
    for (std::size_t k = 0; k < caseCount; ++k) {
        Case& c = cohort.cases[k];
        QSet<qint16> used(inputsOf[k].cbegin(), inputsOf[k].cend());
        for (const CopyNumberSegment& s : c.segments)
            used.insert(s.origin.input);
        for (const Sample& s : c.samples) {
            used.insert(s.origin.input);
            used.insert(s.tumorTypeOrigin.input);
        }
        used.insert(c.tumorTypeOrigin.input);
        QList<InputIssue> own;
        for (const InputIssue& issue : fileIssues)
            for (const qint16 i : used)
                if (i >= 0 && i < all.inputs.size() && all.inputs[i] == issue.file) {
                    own << issue;
                    break;
                }
        // Before the cohort note added above, in input order.
        own.append(c.issues);
        c.issues.clear();
        c.skippedRecords = 0;
        c.warningCount = 0;
        for (InputIssue& issue : own)
            c.addIssue(std::move(issue));
    }
    return cohort;
}

std::size_t Cohort::alterationCount(std::size_t k) const
{
    return k + 1 < m_first.size() ? m_first[k + 1] - m_first[k] : 0;
}

Case Cohort::takeCase(std::size_t k)
{
    Case c = std::move(cases.at(k));
    cases[k] = Case();
    c.alterations.reserve(alterationCount(k));
    for (std::size_t i = m_first.at(k); i < m_first.at(k + 1); ++i)
        c.alterations.push_back(std::move(m_alterations[m_order[i]]));
    return c;
}

} // namespace onco
