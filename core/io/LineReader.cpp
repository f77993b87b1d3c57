#include "LineReader.h"

#include <cstring>

#include <QCoreApplication>

#include <zlib.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace onco {

namespace {

constexpr qsizetype chunkSize = 1 << 16;

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::LineReader)
};

} // namespace

/**
 * Decompresses a gzip (or BGZF) file on its own thread, a few megabytes ahead of the reader, so
 * that inflating and splitting lines overlap. Errors are handed over in order, after the text
 * before them.
 */
struct LineReader::Inflater
{
    explicit Inflater(const QString& path)
        : file(path)
    {
    }
    ~Inflater()
    {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        if (thread.joinable())
            thread.join();
    }

    /** Opens the file and starts the thread; false when either fails. */
    bool start()
    {
        if (!file.open(QIODevice::ReadOnly))
            return false;
        fileSize = file.size();
        // BGZF (bgzip, htslib) is a series of gzip members that ends with an empty one: a file cut
        // between two members lacks it. Plain gzip gives no such mark.
        const QByteArray head = file.peek(18);
        if (head.size() == 18 && quint8(head[3]) & 0x04 && head[12] == 'B' && head[13] == 'C') {
            static const char eof[28] = {'\x1f', '\x8b', '\x08', '\x04', 0,      0, 0,      0, 0,      '\xff',
                                         '\x06', 0,      'B',    'C',    '\x02', 0, '\x1b', 0, '\x03', 0,
                                         0,      0,      0,      0,      0,      0, 0,      0};
            QFile tail(file.fileName());
            bgzfEndMissing = !tail.open(QIODevice::ReadOnly) || fileSize < 28 || !tail.seek(fileSize - 28)
                             || tail.read(28) != QByteArray(eof, 28);
        }
        thread = std::thread([this] { run(); });
        return true;
    }

    /** The next decoded piece; an empty one at the end, with `failure` set when the data was bad. */
    QByteArray take(std::optional<QString>& failure)
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !ready.empty() || finished; });
        if (ready.empty()) {
            failure = error;
            return {};
        }
        QByteArray piece = std::move(ready.front());
        ready.pop_front();
        changed.notify_all();
        return piece;
    }

    void run()
    {
        z_stream z{};
        const bool ok = inflateInit2(&z, 16 + MAX_WBITS) == Z_OK; // 16 + MAX_WBITS: expect a gzip header
        std::optional<QString> failure;
        if (!ok)
            failure = Messages::tr("cannot start gzip decompression");
        QByteArray raw;
        bool inMember = false; // a gzip member begun and not yet ended
        while (ok && !failure) {
            if (raw.isEmpty()) {
                raw = file.read(chunkSize * 4);
                consumed.store(file.pos());
                if (raw.isEmpty()) {
                    if (file.error() != QFileDevice::NoError)
                        failure = Messages::tr("read error: %1").arg(file.errorString());
                    else if (inMember)
                        failure = Messages::tr("truncated gzip data");
                    else if (bgzfEndMissing)
                        failure = Messages::tr("truncated BGZF data: the end-of-file block is missing");
                    break;
                }
            }
            inMember = true;
            QByteArray piece(chunkSize * 16, Qt::Uninitialized);
            z.next_in = reinterpret_cast<Bytef*>(raw.data());
            z.avail_in = uInt(raw.size());
            z.next_out = reinterpret_cast<Bytef*>(piece.data());
            z.avail_out = uInt(piece.size());
            const int rc = inflate(&z, Z_NO_FLUSH);
            piece.resize(piece.size() - qsizetype(z.avail_out));
            raw.remove(0, raw.size() - qsizetype(z.avail_in));
            if (rc == Z_STREAM_END) {
                inflateReset(&z); // BGZF and concatenated gzip: another member may follow
                inMember = false;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                failure = Messages::tr("corrupt gzip data");
            } else if (piece.isEmpty() && rc == Z_BUF_ERROR && raw.isEmpty() && file.atEnd()) {
                failure = Messages::tr("truncated gzip data");
            }
            if (!piece.isEmpty()) {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || ready.size() < 4; });
                if (stop)
                    break;
                ready.push_back(std::move(piece));
                changed.notify_all();
            }
        }
        if (ok)
            inflateEnd(&z);
        std::lock_guard lock(mutex);
        error = failure;
        finished = true;
        changed.notify_all();
    }

    QFile file;
    qint64 fileSize = 0;
    bool bgzfEndMissing = false;
    std::atomic<qint64> consumed{0};
    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> ready;
    std::optional<QString> error;
    bool finished = false;
    bool stop = false;
};

LineReader::LineReader() = default;
LineReader::~LineReader() = default;

Result<void> LineReader::open(const QString& path)
{
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(CoreError::Code::Io, Messages::tr("cannot open: %1").arg(m_file.errorString()), path);
    const QByteArray magic = m_file.peek(2);
    if (magic.size() == 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b) {
        m_file.close(); // the inflater's thread reads it
        m_inflater = std::make_unique<Inflater>(path);
        if (!m_inflater->start())
            return fail(CoreError::Code::Io, Messages::tr("cannot open: %1").arg(m_inflater->file.errorString()), path);
    }
    return {};
}

qint64 LineReader::position() const
{
    return m_inflater ? m_inflater->consumed.load() : m_file.pos();
}

qint64 LineReader::size() const
{
    return m_inflater ? m_inflater->fileSize : m_file.size();
}

bool LineReader::fill()
{
    // Drop what was handed out already, then append decoded bytes.
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    if (!m_inflater) {
        const QByteArray chunk = m_file.read(chunkSize);
        if (chunk.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                m_error = fail(CoreError::Code::Io,
                               Messages::tr("read error: %1").arg(m_file.errorString()),
                               m_path,
                               m_lineNumber + 1)
                              .error;
            return false;
        }
        m_buffer.append(chunk);
        return true;
    }
    std::optional<QString> failure;
    const QByteArray piece = m_inflater->take(failure);
    if (piece.isEmpty()) {
        if (failure)
            m_error = fail(CoreError::Code::BadInput, *failure, m_path, m_lineNumber + 1).error;
        return false;
    }
    if (m_buffer.isEmpty())
        m_buffer = piece;
    else
        m_buffer.append(piece);
    return true;
}

bool LineReader::next(QByteArrayView& line)
{
    if (m_eof)
        return false;
    qsizetype scanFrom = m_start;
    while (true) {
        // A CR that ended the previous chunk may be the first half of a CRLF.
        if (m_pendingCr && m_start < m_buffer.size()) {
            if (m_buffer[m_start] == '\n')
                ++m_start;
            m_pendingCr = false;
            scanFrom = m_start;
        }
        const char* text = std::as_const(m_buffer).constData();
        const qsizetype size = m_buffer.size();
        // The line ends at the first LF or CR: memchr finds the LF, a second one any CR before it.
        qsizetype i = size;
        if (scanFrom < size) {
            const void* lf = std::memchr(text + scanFrom, '\n', std::size_t(size - scanFrom));
            i = lf ? static_cast<const char*>(lf) - text : size;
            if (const void* cr = std::memchr(text + scanFrom, '\r', std::size_t(i - scanFrom)))
                i = static_cast<const char*>(cr) - text;
        }
        if (i < size) {
            const char c = text[i];
            line = QByteArrayView(m_buffer).sliced(m_start, i - m_start);
            m_start = i + 1;
            if (c == '\r') {
                if (m_start < m_buffer.size()) {
                    if (text[m_start] == '\n')
                        ++m_start;
                } else {
                    m_pendingCr = true;
                }
            }
            ++m_lineNumber;
            return true;
        }
        const qsizetype scanned = m_buffer.size() - m_start;
        if (scanned > maxLineLength) {
            // No text table has such lines: a binary file or a device (/dev/zero) would be read forever.
            m_error = CoreError{
                CoreError::Code::BadInput,
                QCoreApplication::translate("onco::LineReader", "line %1 is longer than %2 MiB: not a text file")
                    .arg(m_lineNumber + 1)
                    .arg(maxLineLength / (1024 * 1024)),
                m_path,
                m_lineNumber + 1,
                {},
                {},
                {}};
            m_eof = true;
            return false;
        }
        if (!fill()) {
            m_eof = true;
            if (m_error)
                return false;
            if (m_start < m_buffer.size()) {
                // Last line without a terminator.
                line = QByteArrayView(m_buffer).sliced(m_start);
                m_start = m_buffer.size();
                ++m_lineNumber;
                m_unterminated = true;
                return true;
            }
            return false;
        }
        scanFrom = m_start + scanned;
    }
}

} // namespace onco
