#include "VcfValidationWorker.h"

namespace onco {

namespace {

constexpr qsizetype batchBytes = 1 << 20;
constexpr size_t maxQueued = 4;

} // namespace

VcfValidationWorker::VcfValidationWorker(VcfValidator validator)
    : m_validator(std::move(validator))
    , m_thread([this] { run(); })
{
}

VcfValidationWorker::~VcfValidationWorker()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

void VcfValidationWorker::submit(QByteArrayView line, qint64 lineNo)
{
    if (m_filling.bytes.capacity() < batchBytes)
        m_filling.bytes.reserve(batchBytes + 4096);
    m_filling.bytes.append(line.data(), line.size());
    m_filling.ends.push_back(m_filling.bytes.size());
    m_filling.lineNumbers.push_back(lineNo);
    if (m_filling.bytes.size() >= batchBytes)
        handOver();
}

void VcfValidationWorker::handOver()
{
    if (m_filling.lineNumbers.empty())
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < maxQueued; });
    m_queue.push_back(std::move(m_filling));
    m_filling = Batch();
    lock.unlock();
    m_changed.notify_all();
}

void VcfValidationWorker::run()
{
    while (true) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_done || !m_queue.empty(); });
            if (m_queue.empty())
                return; // done, nothing left
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        qsizetype start = 0;
        for (size_t i = 0; i < batch.lineNumbers.size(); ++i) {
            const QByteArrayView line(batch.bytes.constData() + start, batch.ends[i] - start);
            m_validator.checkRecord(line, batch.lineNumbers[i]);
            if (m_validator.lastRecordSkipped())
                m_skipped.push_back(batch.lineNumbers[i]);
            start = batch.ends[i];
        }
    }
}

void VcfValidationWorker::finish(bool lastLineHadNewline, qint64 lastLineNo)
{
    handOver();
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    m_thread.join();
    m_validator.finish(lastLineHadNewline, lastLineNo);
}

} // namespace onco
