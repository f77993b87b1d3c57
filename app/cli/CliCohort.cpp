#include "CliApp.h"
#include "CliCommon.h"

#include "io/CohortLoader.h"
#include "io/InputFormat.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/Tiering.h"
#include "ontology/OncoTree.h"
#include "ontology/TumorTypeGraph.h"
#include "report/AnnotationJson.h"
#include "report/TsvReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

/** A file name for a sample's JSON: its name with characters no file system takes replaced, unique in the folder. */
QString fileNameFor(const QString& sample, QSet<QString>& taken)
{
    QString base;
    for (const QChar ch : sample)
        base += ch.isLetterOrNumber() || ch == u'-' || ch == u'_' || ch == u'.' ? ch : u'_';
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"sample"_s);
    QString name = base;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = u"%1_%2"_s.arg(base).arg(n);
    taken.insert(name.toLower());
    return name + u".json"_s;
}

/** A progress bar on the terminal (stderr), redrawn when a percent changes; nothing when stderr is not a terminal. */
class ProgressBar
{
public:
    explicit ProgressBar(std::size_t total)
        : m_total(total)
        , m_shown(total > 0 && isatty(fileno(stderr)))
    {
    }
    void update(std::size_t done)
    {
        if (!m_shown)
            return;
        const int percent = int(done * 100 / m_total);
        if (percent == m_percent)
            return;
        m_percent = percent;
        constexpr int width = 40;
        const int filled = percent * width / 100;
        std::fprintf(stderr,
                     "\r[%s%s] %3d%% %zu/%zu samples",
                     std::string(std::size_t(filled), '#').c_str(),
                     std::string(std::size_t(width - filled), ' ').c_str(),
                     percent,
                     done,
                     m_total);
        std::fflush(stderr);
    }
    void finish()
    {
        if (m_shown && m_percent >= 0)
            std::fputs("\r\033[K", stderr);
    }

private:
    std::size_t m_total;
    bool m_shown;
    int m_percent = -1;
};

/** What the summary says of one case. */
struct CaseTally
{
    QString sample;
    qint64 alterations = 0;
    QStringList tierOne; ///< "BRAF V600E (I-A)"
};

/** One case's outputs, made on a worker: the writer only copies bytes. */
struct CaseOutput
{
    CaseTally tally;
    QByteArray line;     ///< JSON Lines record
    QByteArray document; ///< the indented JSON of --out
    QByteArray rows;     ///< TSV rows
};

/** Which outputs the run writes. */
struct Wanted
{
    bool line = false;
    bool document = false;
    bool rows = false;
};

/**
 * `lineSize`: the size of this worker's last JSON Lines record, the room made for this one;
 * `cache`: this worker's text of the knowledge-base items its records cite.
 */
CaseOutput
outputOf(const AnnotationResult& result, const Wanted& wanted, qsizetype& lineSize, AnnotationJsonCache& cache)
{
    CaseOutput out;
    const Case& c = result.caseData;
    out.tally.sample = c.tumorSample;
    out.tally.alterations = qint64(c.alterations.size());
    for (const AlterationCall& call : result.calls)
        if (call.ampTier() == AmpTier::IA || call.ampTier() == AmpTier::IB)
            out.tally.tierOne << u"%1 (%2)"_s.arg(c.alterations[std::size_t(call.alteration)].displayName(),
                                                  call.amp.tier);
    if (wanted.line) {
        out.line = AnnotationJson::line(result, lineSize + lineSize / 4, &cache);
        lineSize = out.line.size();
    }
    if (wanted.document)
        out.document = AnnotationJson::write(result);
    if (wanted.rows)
        out.rows = TsvReport::cohortRows(result);
    return out;
}

/**
 * Annotates the cohort's cases on `threads` workers, each with its own connection to the
 * knowledge base, and makes their outputs there too; hands them to `write` in case order (the
 * output is the same whatever the threads). At most a few cases' outputs wait to be written:
 * memory does not grow with the output.
 */
class CohortRun
{
public:
    CohortRun(Cohort& cohort,
              const Annotator::Session& session,
              AnnotateOptions options,
              QString kbPath,
              int threads,
              Wanted wanted)
        : m_cohort(cohort)
        , m_session(session)
        , m_options(std::move(options))
        , m_kbPath(std::move(kbPath))
        , m_threads(std::max(1, threads))
        , m_wanted(wanted)
        , m_done(cohort.cases.size())
    {
    }

    /** Runs; `write` returns false to stop. The first failure (annotation or write) is returned. */
    Result<void> run(const std::function<bool(std::size_t, CaseOutput&)>& write)
    {
        const std::size_t n = m_cohort.cases.size();
        // Cases done ahead of the writer, at most; the writer is woken for a run of `batch` cases
        // (each wake-up costs a system call and a switch, and a cohort has tens of thousands of cases).
        const std::size_t window = std::max<std::size_t>(16, std::size_t(m_threads) * 4);
        const std::size_t batch = 8;
        std::vector<std::thread> workers;
        for (int t = 0; t < m_threads; ++t)
            workers.emplace_back([this, window, t] { work(window, t); });
        Result<void> outcome;
        std::vector<std::unique_ptr<Result<CaseOutput>>> ready;
        for (std::size_t i = 0; i < n && outcome;) {
            {
                std::unique_lock lock(m_mutex);
                if (m_finished <= i) {
                    m_writerWants = std::min(n, i + batch);
                    m_writerChanged.wait(lock, [&] { return m_finished >= m_writerWants; });
                    m_writerWants = 0;
                }
                for (std::size_t k = i; k < m_finished; ++k)
                    ready.push_back(std::move(m_done[k]));
            }
            for (auto& r : ready) {
                if (!*r)
                    outcome = Unexpected{r->error()};
                else if (!write(i, **r))
                    outcome = fail(CoreError::Code::Io, Messages::tr("the output could not be written"));
                r.reset(); // the case's memory goes before the next is taken
                if (!outcome)
                    break;
                ++i;
            }
            ready.clear();
            bool wake = false;
            {
                std::lock_guard lock(m_mutex);
                m_written = i;
                if (!outcome)
                    m_stop = true;
                wake = m_workersWaiting > 0;
            }
            if (wake || !outcome)
                m_workersChanged.notify_all();
        }
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_workersChanged.notify_all();
        for (std::thread& w : workers)
            w.join();
        return outcome;
    }

private:
    void work(std::size_t window, int worker)
    {
        auto kb = KnowledgeBase::open(m_kbPath);
        // The first worker uses the session made already; each other prepares its own from its
        // connection, so that no two threads share the evidence's strings (copying and freeing
        // strings another core uses costs more than reading them once more).
        Result<std::shared_ptr<const Annotator::Session>> own = std::shared_ptr<const Annotator::Session>();
        if (kb && worker > 0)
            own = Annotator::Session::prepare(**kb, m_options);
        const Annotator::Session* session = &m_session;
        if (own && *own)
            session = own->get();
        qsizetype lineSize = 0;
        AnnotationMemo memo; // this worker's, from case to case
        AnnotationJsonCache text;
        const std::size_t n = m_cohort.cases.size();
        for (;;) {
            std::size_t i = 0;
            {
                std::unique_lock lock(m_mutex);
                while (!m_stop && m_next < n && m_next >= m_written + window) {
                    ++m_workersWaiting;
                    m_workersChanged.wait(lock);
                    --m_workersWaiting;
                }
                if (m_stop || m_next >= n)
                    return;
                i = m_next++;
            }
            std::unique_ptr<Result<CaseOutput>> done;
            if (!kb) {
                done = std::make_unique<Result<CaseOutput>>(Unexpected{kb.error()});
            } else if (!own) {
                done = std::make_unique<Result<CaseOutput>>(Unexpected{own.error()});
            } else if (auto result = session->annotate(m_cohort.takeCase(i), **kb, nullptr, &memo); !result) {
                done = std::make_unique<Result<CaseOutput>>(Unexpected{result.error()});
            } else {
                done = std::make_unique<Result<CaseOutput>>(outputOf(*result, m_wanted, lineSize, text));
            }
            bool wake = false;
            {
                std::lock_guard lock(m_mutex);
                m_done[i] = std::move(done);
                // The cases finished in order so far (the writer takes only cases before m_finished).
                while (m_finished < n && m_done[m_finished])
                    ++m_finished;
                wake = m_writerWants > 0 && m_finished >= m_writerWants;
            }
            if (wake)
                m_writerChanged.notify_one();
        }
    }

    Cohort& m_cohort;
    const Annotator::Session& m_session;
    AnnotateOptions m_options;
    QString m_kbPath;
    int m_threads;
    Wanted m_wanted;
    std::mutex m_mutex;
    std::condition_variable m_writerChanged;  ///< the run of cases the writer waits for is done
    std::condition_variable m_workersChanged; ///< the writer made room, or the run stops
    std::vector<std::unique_ptr<Result<CaseOutput>>> m_done;
    std::size_t m_next = 0;           ///< the next case to annotate
    std::size_t m_finished = 0;       ///< cases [0, m_finished) are done (their outputs taken or waiting)
    std::size_t m_written = 0;        ///< cases the writer has written
    std::size_t m_writerWants = 0;    ///< while the writer waits: m_finished it waits for; else 0
    std::size_t m_workersWaiting = 0; ///< workers waiting for room
    bool m_stop = false;
};

} // namespace

int annotateCohortCommand(const QStringList& arguments)
{
    CaseParser p({option("clinical", "FILE"),
                  option("tumor-type", "CODE"),
                  option("out", "DIR"),
                  option("jsonl", "OUT"),
                  option("tsv", "OUT"),
                  option("kb", "FILE"),
                  option("kb-release", "SOURCE=RELEASE"),
                  option("genome", "BUILD"),
                  option("receptor", "RECEPTOR=STATUS"),
                  option("panel-size", "MB"),
                  option("reference", "FASTA"),
                  option("allow-truncated"),
                  option("max-records", "N"),
                  option("threads", "N")});
    if (int rc = p.parse(arguments, {}, 1, std::numeric_limits<qsizetype>::max()))
        return rc;
    QStringList inputs = p.args();
    for (const QString& clinical : p.values("clinical")) {
        QString reason;
        const InputFormat format = detectInputFormat(clinical, &reason);
        if (format != InputFormat::Clinical && format != InputFormat::Biomarkers && QFileInfo::exists(clinical))
            return usageError(
                Messages::tr("--clinical %1 is not a sample table with a SAMPLE_ID column (%2)").arg(clinical, reason));
        inputs << clinical;
    }
    const QString defaultType = p.value("tumor-type");
    if (!defaultType.isEmpty() && !resolveOncotreeCode(defaultType))
        return usageError(
            Messages::tr("'%1' is not an OncoTree code (%2)").arg(defaultType, OncoTree::bundled().version()));

    CaseLoadOptions load;
    load.tumorType = defaultType;
    if (const QString error = readInputOptions(p.parser, load); !error.isEmpty())
        return usageError(error);
    if (const QString error = parseReceptorChoices(p.values("receptor"), load.receptorStatus); !error.isEmpty())
        return usageError(error);
    AnnotateOptions annotateOptions;
    if (const QString error = parseReleaseChoices(p.values("kb-release"), annotateOptions); !error.isEmpty())
        return usageError(error);
    if (p.isSet("panel-size")) {
        const auto mb = parsePanelSize(p.value("panel-size"));
        if (!mb)
            return usageError(Messages::tr("--panel-size is the assay's coding territory in megabases (e.g. 1.94), "
                                           "not '%1'")
                                  .arg(p.value("panel-size")));
        annotateOptions.panelSizeMb = *mb;
    }
    int threads = QThread::idealThreadCount();
    if (p.isSet("threads")) {
        bool ok = false;
        threads = p.value("threads").toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return usageError(
                Messages::tr("--threads is a number of threads from 1 to 256, not '%1'").arg(p.value("threads")));
    }
    load.threads = std::max(1, threads);

    const QString outDir = p.value("out");
    std::unique_ptr<Output> jsonl;
    std::unique_ptr<Output> tsv;
    if (p.isSet("jsonl"))
        jsonl = std::make_unique<Output>(p.value("jsonl"));
    if (p.isSet("tsv"))
        tsv = std::make_unique<Output>(p.value("tsv"));
    if (!jsonl && !tsv && outDir.isEmpty())
        jsonl = std::make_unique<Output>(u"-"_s); // a script asking for nothing gets JSON Lines
    if (jsonl && tsv && jsonl->isStdout() && tsv->isStdout())
        return usageError(Messages::tr("only one output can go to stdout"));
    if (!outDir.isEmpty() && QFileInfo(outDir).exists() && !QFileInfo(outDir).isDir())
        return usageError(Messages::tr("--out %1 is a file; it takes a folder for one JSON per sample").arg(outDir));

    QElapsedTimer clock;
    clock.start();
    auto referenceData = std::async(std::launch::async, &Annotator::loadReferenceData);
    // The knowledge base opens and its evidence is read while the inputs are read, on the core
    // reading leaves free: each takes about a second. Its errors are told after the inputs' own.
    const QString kbOption = p.value("kb");
    annotateOptions.preloadEvidence = true; // thousands of cases: every item read once
    auto prepared = std::async(std::launch::async,
                               [kbOption, annotateOptions]() -> Result<std::shared_ptr<const Annotator::Session>> {
                                   auto kb = openKnowledgeBase(kbOption);
                                   if (!kb)
                                       return Unexpected{kb.error()};
                                   return Annotator::Session::prepare(**kb, annotateOptions);
                               });
    auto cohort = CohortLoader::load(inputs, load);
    const qint64 readMs = clock.restart();
    if (!cohort)
        return coreFailure(cohort.error());
    for (const IssueSummary& s : summarizeIssues(cohort->issues, 20))
        printErr(s.count > 1
                     ? Messages::tr("warning: %1 (and %2 more like it)").arg(s.first.toString()).arg(s.count - 1)
                     : Messages::tr("warning: %1").arg(s.first.toString()));
    if (cohort->skippedRecords + cohort->warningCount > 0)
        printErr(Messages::tr("warning: %1 records skipped, %2 warnings in all")
                     .arg(cohort->skippedRecords)
                     .arg(cohort->warningCount));

    const QString kbPath = kbOption.isEmpty() ? KnowledgeBase::defaultPath() : kbOption;
    auto session = prepared.get();
    if (!session)
        return coreFailure(session.error());

    // The outputs: the streams open now, each sample's file when its case is done.
    QStringList protectedPaths = inputs;
    protectedPaths << p.value("kb") << p.value("reference");
    auto abandon = [&](const QString& path, const QString& why) {
        for (Output* o : {jsonl.get(), tsv.get()})
            if (o)
                o->cancel();
        printErr(u"%1: %2"_s.arg(path, why));
        return CliApp::Failure;
    };
    QString error;
    for (Output* o : {jsonl.get(), tsv.get()})
        if (o && !o->open(error, protectedPaths))
            return abandon(o->path(), error);
    if (tsv && !tsv->write(TsvReport::cohortHeader(), error))
        return abandon(tsv->path(), error);
    if (!outDir.isEmpty() && !QDir().mkpath(outDir))
        return abandon(outDir, Messages::tr("the folder cannot be made"));
    // The per-sample files gather in a hidden folder inside --out and move in together at the end:
    // a failed run leaves the folder as it was.
    std::unique_ptr<QTemporaryDir> staging;
    if (!outDir.isEmpty()) {
        staging = std::make_unique<QTemporaryDir>(QDir(outDir).filePath(u".annotate-cohort-XXXXXX"_s));
        if (!staging->isValid())
            return abandon(outDir, staging->errorString());
    }
    QStringList stagedNames;

    std::vector<CaseTally> tallies;
    qint64 alterations = 0;
    QSet<QString> fileNames;
    QString failedPath;
    ProgressBar bar(cohort->cases.size());
    const Wanted wanted{jsonl != nullptr, !outDir.isEmpty(), tsv != nullptr};
    CohortRun run(*cohort, **session, annotateOptions, kbPath, threads, wanted);
    auto written = run.run([&](std::size_t index, CaseOutput& done) {
        alterations += done.tally.alterations;
        if (jsonl && !jsonl->write(done.line, error)) {
            failedPath = jsonl->path();
            return false;
        }
        if (tsv && !tsv->write(done.rows, error)) {
            failedPath = tsv->path();
            return false;
        }
        if (!outDir.isEmpty()) {
            const QString name = fileNameFor(done.tally.sample, fileNames);
            Output file(staging->filePath(name));
            if (!file.open(error, protectedPaths) || !file.write(done.document, error) || !file.commit(error)) {
                failedPath = QDir(outDir).filePath(name);
                file.cancel();
                return false;
            }
            stagedNames << name;
        }
        tallies.push_back(std::move(done.tally));
        bar.update(index + 1);
        return true;
    });
    bar.finish();
    if (!written && !failedPath.isEmpty())
        return abandon(failedPath, error);
    if (!written) {
        for (Output* o : {jsonl.get(), tsv.get()})
            if (o)
                o->cancel();
        return coreFailure(written.error());
    }
    // The per-sample files first: the streams appear only when they are in place.
    for (const QString& name : stagedNames) {
        // rename(2) replaces a file of that name from an earlier run in one step.
        const QString target = QDir(outDir).filePath(name);
        if (std::rename(QFile::encodeName(staging->filePath(name)).constData(), QFile::encodeName(target).constData())
            != 0)
            return abandon(target, QString::fromLocal8Bit(std::strerror(errno)));
    }
    for (Output* o : {jsonl.get(), tsv.get()})
        if (o && !o->commit(error))
            return abandon(o->path(), error);

    // The summary: what was read, where the tumor types came from, the Tier I findings per sample.
    qsizetype withTierOne = 0;
    qsizetype tierOneFindings = 0;
    for (const CaseTally& t : tallies) {
        withTierOne += t.tierOne.isEmpty() ? 0 : 1;
        tierOneFindings += t.tierOne.size();
    }
    printErr(Messages::tr("%1 samples, %2 alterations; tumor type from the clinical table for %3, the default "
                          "for %4, none for %5 (tiers capped at II)")
                 .arg(tallies.size())
                 .arg(alterations)
                 .arg(cohort->tumorTypeFromTable)
                 .arg(cohort->tumorTypeDefault)
                 .arg(cohort->tumorTypeMissing));
    printErr(Messages::tr("read in %1 s, annotated and written in %2 s (%3 threads)")
                 .arg(double(readMs) / 1000.0, 0, 'f', 1)
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(threads));
    printErr(Messages::tr("Tier I (AMP/ASCO/CAP): %1 findings in %2 samples").arg(tierOneFindings).arg(withTierOne));
    constexpr qsizetype listed = 50;
    qsizetype shown = 0;
    for (const CaseTally& t : tallies) {
        if (t.tierOne.isEmpty())
            continue;
        if (shown++ == listed) {
            printErr(Messages::tr("  ... and %1 more samples with Tier I findings (see the outputs)")
                         .arg(withTierOne - listed));
            break;
        }
        printErr(u"  %1: %2"_s.arg(t.sample, t.tierOne.join(u", "_s)));
    }
    return CliApp::Success;
}

} // namespace onco
