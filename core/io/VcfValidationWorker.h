#pragma once

#include "VcfValidator.h"

#include <QByteArray>
#include <QByteArrayView>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace onco {

/**
 * Runs a VcfValidator over a file's data lines on a second thread while the reader parses them,
 * so that checking every line costs little wall time. Lines are copied into batches; at most a few
 * batches wait, so memory stays bounded. Results are complete after finish().
 */
class VcfValidationWorker
{
public:
    /** Takes over a validator that has already seen the header lines. */
    explicit VcfValidationWorker(VcfValidator validator);
    ~VcfValidationWorker();
    VcfValidationWorker(const VcfValidationWorker&) = delete;
    VcfValidationWorker& operator=(const VcfValidationWorker&) = delete;

    /** Queues a data line (blocks briefly when the worker is behind). */
    void submit(QByteArrayView line, qint64 lineNo);

    /** Checks the remaining lines and the end of the file; waits for the worker. */
    void finish(bool lastLineHadNewline, qint64 lastLineNo);

    /** The validator with every problem found; valid after finish(). */
    VcfValidator& validator()
    {
        return m_validator;
    }
    /** Lines of records that must not be loaded, in file order; valid after finish(). */
    const std::vector<qint64>& skippedLines() const
    {
        return m_skipped;
    }

private:
    struct Batch
    {
        QByteArray bytes;
        std::vector<qint64> lineNumbers;
        std::vector<qsizetype> ends; ///< end offset of each line in bytes
    };
    void run();
    void handOver();

    VcfValidator m_validator;
    std::vector<qint64> m_skipped;
    Batch m_filling;
    std::deque<Batch> m_queue;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace onco
