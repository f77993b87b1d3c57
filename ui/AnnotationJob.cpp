#include "AnnotationJob.h"

#include "caseStore/CaseStore.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "models/VariantTableModel.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace onco {

namespace {

/** Sorts and filters the result for the table, off the GUI thread. */
void prepareView(AnnotationOutcome& outcome, const ViewRequest& view)
{
    outcome.rows =
        VariantTableModel::rowOrder(*outcome.result, outcome.decisions, view.filter, view.sortColumn, view.sortOrder);
}

void runJob(QPromise<AnnotationOutcome>& promise,
            QStringList inputs,
            CaseLoadOptions options,
            QString kbPath,
            ViewRequest view,
            AnnotateOptions annotateOptions)
{
    promise.setProgressRange(0, 1000);
    AnnotationOutcome outcome;
    auto finish = [&](std::optional<CoreError> error) {
        outcome.error = std::move(error);
        promise.addResult(outcome);
    };
    // Loading is the long part: 0-800; knowledge base and matching: 800-1000.
    const Progress loading(
        [&](qint64 done, qint64 total, qint64 records) {
            if (total > 0)
                promise.setProgressValueAndText(int(800 * done / total),
                                                records >= 0 ? AnnotationJob::tr("Reading: %L1 records").arg(records)
                                                             : AnnotationJob::tr("Reading"));
        },
        [&] { return promise.isCanceled(); });
    auto caseData = CaseLoader::load(inputs, options, &loading);
    if (!caseData)
        return finish(caseData.error());

    promise.setProgressValueAndText(800, AnnotationJob::tr("Opening the knowledge base"));
    auto kb = kbPath.isEmpty() ? KnowledgeBase::open(KnowledgeBase::defaultPath()) : KnowledgeBase::open(kbPath);
    if (!kb)
        return finish(kb.error());
    if (auto r = (*kb)->ensureBundled(); !r)
        return finish(r.error());

    promise.setProgressValueAndText(900, AnnotationJob::tr("Matching evidence"));
    const Progress matching({}, [&] { return promise.isCanceled(); });
    auto result = Annotator::annotate(std::move(caseData.value()), **kb, annotateOptions, &matching);
    if (!result)
        return finish(result.error());
    outcome.result = std::make_shared<const AnnotationResult>(std::move(result.value()));
    promise.setProgressValueAndText(980, AnnotationJob::tr("Sorting"));
    prepareView(outcome, view);
    promise.setProgressValueAndText(1000, AnnotationJob::tr("Done"));
    finish(std::nullopt);
}

void runStoredJob(
    QPromise<AnnotationOutcome>& promise, QString database, qint64 caseId, QString kbPath, ViewRequest view)
{
    promise.setProgressRange(0, 1000);
    AnnotationOutcome outcome;
    auto finish = [&](std::optional<CoreError> error) {
        outcome.error = std::move(error);
        promise.addResult(outcome);
    };
    promise.setProgressValueAndText(100, AnnotationJob::tr("Reading the case"));
    // This thread's own connection: QtSql connections belong to the thread that made them.
    auto store = CaseStore::open(database);
    if (!store)
        return finish(store.error());
    // The version first: a change made while the data is read is then seen as a change.
    auto version = (*store)->caseVersion(caseId);
    if (!version)
        return finish(version.error());
    outcome.version = *version;
    auto stored = (*store)->storedCase(caseId);
    if (!stored)
        return finish(stored.error());
    auto alterations = (*store)->alterations(caseId);
    if (!alterations)
        return finish(alterations.error());
    promise.setProgressValueAndText(300, AnnotationJob::tr("Opening the knowledge base"));
    auto kb = kbPath.isEmpty() ? KnowledgeBase::open(KnowledgeBase::defaultPath()) : KnowledgeBase::open(kbPath);
    if (!kb)
        return finish(kb.error());
    if (auto r = (*kb)->ensureBundled(); !r)
        return finish(r.error());
    // The same releases as when the case was annotated: the evidence shown is the evidence signed.
    AnnotateOptions options;
    for (const KbRelease& r : stored->knowledgeBases)
        options.releases.insert(r.source, r.release);
    promise.setProgressValueAndText(500, AnnotationJob::tr("Matching evidence"));
    auto result = Annotator::annotate(std::move(stored->caseData), **kb, options);
    if (!result)
        return finish(result.error());
    outcome.result = std::make_shared<const AnnotationResult>(std::move(result.value()));
    outcome.caseId = caseId;
    for (qint32 i = 0; i < qint32(alterations->size()); ++i) {
        const StoredAlteration& a = (*alterations)[size_t(i)];
        outcome.storedIds << a.id;
        if (a.review)
            outcome.decisions.insert(i, a.review->decision);
    }
    promise.setProgressValueAndText(980, AnnotationJob::tr("Sorting"));
    prepareView(outcome, view);
    promise.setProgressValueAndText(1000, AnnotationJob::tr("Done"));
    finish(std::nullopt);
}

} // namespace

AnnotationJob::AnnotationJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        emit progressChanged(value, m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<AnnotationOutcome> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0) {
            AnnotationOutcome canceled;
            canceled.error = fail(CoreError::Code::Canceled, tr("Loading canceled")).error;
            emit finished(canceled);
            return;
        }
        emit finished(future.result());
    });
}

AnnotationJob::~AnnotationJob()
{
    cancel();
    waitForFinished();
}

void AnnotationJob::startStored(const QString& caseDatabase,
                                qint64 caseId,
                                const QString& kbPath,
                                const ViewRequest& view)
{
    if (isRunning()) {
        cancel();
        waitForFinished();
    }
    m_watcher.setFuture(QtConcurrent::run(runStoredJob, caseDatabase, caseId, kbPath, view));
}

void AnnotationJob::start(const QStringList& inputs,
                          const CaseLoadOptions& options,
                          const QString& kbPath,
                          const ViewRequest& view,
                          const AnnotateOptions& annotate)
{
    if (isRunning()) {
        cancel();
        waitForFinished();
    }
    m_watcher.setFuture(QtConcurrent::run(runJob, inputs, options, kbPath, view, annotate));
}

void AnnotationJob::cancel()
{
    m_watcher.cancel();
}

bool AnnotationJob::isRunning() const
{
    return m_watcher.isRunning();
}

void AnnotationJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace onco
