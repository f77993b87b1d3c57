#include "AnnotationJob.h"

#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace onco {

namespace {

void runJob(QPromise<AnnotationOutcome>& promise, QStringList inputs, CaseLoadOptions options, QString kbPath)
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
    auto result = Annotator::annotate(std::move(caseData.value()), **kb, &matching);
    if (!result)
        return finish(result.error());
    outcome.result = std::make_shared<const AnnotationResult>(std::move(result.value()));
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

void AnnotationJob::start(const QStringList& inputs, const CaseLoadOptions& options, const QString& kbPath)
{
    if (isRunning()) {
        cancel();
        waitForFinished();
    }
    m_watcher.setFuture(QtConcurrent::run(runJob, inputs, options, kbPath));
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
