#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace onco {

/**
 * Progress and cancellation for long core work (loading, importing, annotating, exporting).
 * Core functions call report() now and then and stop with CoreError::Code::Canceled when
 * isCanceled() turns true. The GUI wires this to a QPromise; the CLI leaves it empty.
 * Thread-safe: cancel() may be called from any thread.
 */
class Progress
{
public:
    /** Bytes (or steps) done of total, and records read so far (-1 when not counted). */
    using Callback = std::function<void(qint64 done, qint64 total, qint64 records)>;
    using CancelCheck = std::function<bool()>;

    Progress() = default;
    /** `callback` receives progress; `cancelCheck`, when set, is asked too (e.g. QPromise::isCanceled). */
    explicit Progress(Callback callback, CancelCheck cancelCheck = {})
        : m_callback(std::move(callback))
        , m_cancelCheck(std::move(cancelCheck))
    {
    }

    void report(qint64 done, qint64 total, qint64 records = -1) const
    {
        if (m_callback)
            m_callback(done, total, records);
    }
    void cancel()
    {
        m_canceled.store(true, std::memory_order_relaxed);
    }
    bool isCanceled() const
    {
        return m_canceled.load(std::memory_order_relaxed) || (m_cancelCheck && m_cancelCheck());
    }

private:
    Callback m_callback;
    CancelCheck m_cancelCheck;
    std::atomic<bool> m_canceled{false};
};

} // namespace onco
