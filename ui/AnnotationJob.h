#pragma once

#include "CoreError.h"
#include "io/CaseLoader.h"
#include "model/AnnotationResult.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace onco {

/** What a background annotation produced: a result, or the error that stopped it. */
struct AnnotationOutcome
{
    std::shared_ptr<const AnnotationResult> result;
    std::optional<CoreError> error;
};

/**
 * Loads and annotates a case on a worker thread (QtConcurrent + QPromise), reporting progress in
 * per-mille and honouring cancel. The GUI thread only receives signals.
 */
class AnnotationJob : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationJob(QObject* parent = nullptr);
    ~AnnotationJob() override;

    /** Starts a job; a running one is canceled first. `kbPath` empty: the default knowledge base. */
    void start(const QStringList& inputs, const CaseLoadOptions& options, const QString& kbPath = {});
    void cancel();
    bool isRunning() const;

    /** Blocks until the current job ends (tests, shutdown). */
    void waitForFinished();

signals:
    void progressChanged(int perMille, const QString& stage);
    void finished(const onco::AnnotationOutcome& outcome);

private:
    QFutureWatcher<AnnotationOutcome> m_watcher;
};

} // namespace onco

Q_DECLARE_METATYPE(onco::AnnotationOutcome)
