#pragma once

#include "CoreError.h"
#include "caseStore/CaseStore.h"
#include "io/CaseLoader.h"
#include "match/Annotator.h"
#include "model/AnnotationResult.h"
#include "models/VariantFilter.h"

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
    /** The variant table's index for the requested filter and sort, computed off the GUI thread. */
    std::vector<qint32> rows;
    // A case opened from the case database:
    qint64 caseId = 0;
    QList<qint64> storedIds; ///< stored alteration id of each result alteration
    DecisionMap decisions;
    /** The case's newest audit entry, read before its data: changes are checked against it. */
    CaseVersion version;
};

/** How the window will show the result (so that the worker can sort and filter it). */
struct ViewRequest
{
    VariantFilter filter;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
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
    void start(const QStringList& inputs,
               const CaseLoadOptions& options,
               const QString& kbPath = {},
               const ViewRequest& view = {},
               const AnnotateOptions& annotate = {});
    /**
     * Opens a stored case: its alterations annotated again against the releases it was annotated
     * with, and its current decisions.
     */
    void
    startStored(const QString& caseDatabase, qint64 caseId, const QString& kbPath = {}, const ViewRequest& view = {});
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
