#include "LineReader.h"

#include <cstring>

#include <QCoreApplication>

#include <QtEndian>

#include <libdeflate.h>
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
            bgzf = true;
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

    /** Hands a decoded piece to the reader; false when the reader stopped. */
    bool push(QByteArray&& piece)
    {
        if (piece.isEmpty())
            return true;
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || ready.size() < 4; });
        if (stop)
            return false;
        ready.push_back(std::move(piece));
        changed.notify_all();
        return true;
    }

    /** Appends the next bytes of the file to `raw`; false at its end or on a read error. */
    bool readMore(QByteArray& raw, std::optional<QString>& failure)
    {
        const QByteArray more = file.read(chunkSize * 4);
        consumed.store(file.pos());
        if (more.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                failure = Messages::tr("read error: %1").arg(file.errorString());
            return false;
        }
        raw += more;
        return true;
    }

    /**
     * BGZF's blocks, each a whole gzip member of at most 64 KiB that says its compressed and
     * decompressed size, are inflated in one call each with libdeflate (several times faster than
     * zlib's streaming inflate). Anything else (a block that does not decode, a cut block, a
     * plain gzip member after the blocks) is left in `raw` for the streaming inflater, from the
     * start of its member, so the text and the errors are what zlib gives. True when the file was
     * read to its end (or the reader stopped).
     */
    bool inflateBlocks(QByteArray& raw, std::optional<QString>& failure)
    {
        libdeflate_decompressor* d = libdeflate_alloc_decompressor();
        if (!d)
            return false;
        QByteArray piece;
        qsizetype at = 0; // the next block's start in raw
        bool done = false;
        for (;;) {
            if (raw.size() - at < 18 || raw.size() - at < blockSize(raw, at)) {
                raw.remove(0, at);
                at = 0;
                if (!readMore(raw, failure)) {
                    done = raw.isEmpty() && !failure;
                    if (done && bgzfEndMissing)
                        failure = Messages::tr("truncated BGZF data: the end-of-file block is missing");
                    done = done || failure.has_value();
                    break;
                }
                continue;
            }
            const qsizetype size = blockSize(raw, at);
            if (size < 26)
                break; // not a BGZF block
            const auto* block = reinterpret_cast<const uchar*>(raw.constData() + at);
            const quint32 crc = qFromLittleEndian<quint32>(block + size - 8);
            const quint32 length = qFromLittleEndian<quint32>(block + size - 4);
            if (length > 65536)
                break;
            if (piece.size() + qsizetype(length) > chunkSize * 16) {
                if (!push(std::move(piece))) {
                    done = true;
                    break;
                }
                piece = QByteArray();
            }
            if (piece.capacity() < chunkSize * 16)
                piece.reserve(chunkSize * 16);
            const qsizetype before = piece.size();
            piece.resize(before + qsizetype(length));
            std::size_t actual = 0;
            if (libdeflate_deflate_decompress(
                    d, block + 18, std::size_t(size - 26), piece.data() + before, length, &actual)
                    != LIBDEFLATE_SUCCESS
                || actual != length || libdeflate_crc32(0, piece.constData() + before, length) != crc) {
                piece.resize(before);
                break;
            }
            at += size;
        }
        raw.remove(0, at);
        libdeflate_free_decompressor(d);
        if (!push(std::move(piece)))
            return true;
        return done;
    }

    /** The size of the BGZF block at `at` of `raw` (18 bytes present), 0 when it is none. */
    static qsizetype blockSize(const QByteArray& raw, qsizetype at)
    {
        if (raw.size() - at < 18)
            return 18;
        const auto* h = reinterpret_cast<const uchar*>(raw.constData() + at);
        const bool bgzf = h[0] == 0x1f && h[1] == 0x8b && h[2] == 8 && (h[3] & 0x04) && h[10] == 6 && h[11] == 0
                          && h[12] == 'B' && h[13] == 'C' && h[14] == 2 && h[15] == 0;
        return bgzf ? qsizetype(h[16] | (h[17] << 8)) + 1 : 0;
    }

    void run()
    {
        std::optional<QString> failure;
        QByteArray raw;
        const bool finishedBlocks = bgzf && inflateBlocks(raw, failure);
        if (!finishedBlocks)
            inflateStream(raw, failure);
        std::lock_guard lock(mutex);
        error = failure;
        finished = true;
        changed.notify_all();
    }

    /** zlib's streaming inflate from `raw` (undecoded bytes already read) on. */
    void inflateStream(QByteArray& raw, std::optional<QString>& failure)
    {
        z_stream z{};
        const bool ok = inflateInit2(&z, 16 + MAX_WBITS) == Z_OK; // 16 + MAX_WBITS: expect a gzip header
        if (!ok)
            failure = Messages::tr("cannot start gzip decompression");
        bool inMember = false; // a gzip member begun and not yet ended
        while (ok && !failure) {
            if (raw.isEmpty()) {
                if (!readMore(raw, failure)) {
                    if (failure)
                        break;
                    if (inMember)
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
            if (!push(std::move(piece)))
                break;
        }
        if (ok)
            inflateEnd(&z);
    }

    QFile file;
    qint64 fileSize = 0;
    bool bgzf = false; ///< the file starts with a BGZF block
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
