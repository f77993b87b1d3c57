#include "LineReader.h"

#include <QCoreApplication>

#include <zlib.h>

namespace onco {

namespace {

constexpr qsizetype chunkSize = 1 << 16;

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::LineReader)
};

} // namespace

struct LineReader::Inflater
{
    z_stream stream{};
    bool active = false;

    Inflater()
    {
        // 16 + MAX_WBITS: expect a gzip header.
        active = inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK;
    }
    ~Inflater()
    {
        if (active)
            inflateEnd(&stream);
    }
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
        m_inflater = std::make_unique<Inflater>();
        if (!m_inflater->active)
            return fail(CoreError::Code::Internal, Messages::tr("cannot start gzip decompression"), path);
    }
    return {};
}

qint64 LineReader::position() const
{
    return m_file.pos();
}

qint64 LineReader::size() const
{
    return m_file.size();
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
    while (true) {
        if (m_raw.isEmpty()) {
            m_raw = m_file.read(chunkSize);
            if (m_raw.isEmpty())
                return false;
        }
        z_stream& z = m_inflater->stream;
        const qsizetype before = m_buffer.size();
        m_buffer.resize(before + chunkSize * 4);
        z.next_in = reinterpret_cast<Bytef*>(m_raw.data());
        z.avail_in = uInt(m_raw.size());
        z.next_out = reinterpret_cast<Bytef*>(m_buffer.data() + before);
        z.avail_out = uInt(chunkSize * 4);
        const int rc = inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = chunkSize * 4 - qsizetype(z.avail_out);
        m_buffer.resize(before + produced);
        m_raw.remove(0, m_raw.size() - qsizetype(z.avail_in));
        if (rc == Z_STREAM_END) {
            // BGZF and concatenated gzip: another member may follow.
            inflateReset(&z);
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error =
                fail(CoreError::Code::BadInput, Messages::tr("corrupt gzip data"), m_path, m_lineNumber + 1).error;
            return false;
        }
        if (produced > 0)
            return true;
        if (rc == Z_BUF_ERROR && m_raw.isEmpty() && m_file.atEnd()) {
            m_error =
                fail(CoreError::Code::BadInput, Messages::tr("truncated gzip data"), m_path, m_lineNumber + 1).error;
            return false;
        }
    }
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
        for (qsizetype i = scanFrom; i < m_buffer.size(); ++i) {
            const char c = m_buffer[i];
            if (c != '\n' && c != '\r')
                continue;
            line = QByteArrayView(m_buffer).sliced(m_start, i - m_start);
            m_start = i + 1;
            if (c == '\r') {
                if (m_start < m_buffer.size()) {
                    if (m_buffer[m_start] == '\n')
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
