#include "PdfLayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace onco {

namespace {

constexpr int textFlags = Qt::TextWordWrap;

} // namespace

PdfLayout::PdfLayout(QPagedPaintDevice* device, const QRectF& body)
    : m_device(device)
    , m_body(body)
    , m_padding(mm(0.8))
{
}

qreal PdfLayout::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

void PdfLayout::addText(const QString& text, const Style& style, qreal spaceBefore, qreal spaceAfter, bool keepWithNext)
{
    Block b;
    b.kind = Block::Kind::Text;
    b.cells = {Cell{text, style}};
    b.widths = {1.0};
    b.spaceBefore = spaceBefore;
    b.spaceAfter = spaceAfter;
    b.keepWithNext = keepWithNext;
    m_blocks.push_back(std::move(b));
}

void PdfLayout::beginTable(const QList<qreal>& widths, const QList<Cell>& header, const QColor& headerBackground)
{
    Block h;
    h.kind = Block::Kind::Row;
    h.cells = header;
    h.widths = widths;
    h.background = headerBackground;
    h.keepWithNext = true;
    m_currentTable = int(m_tableHeaders.size());
    h.table = m_currentTable;
    m_tableHeaders.push_back(h);
    m_blocks.push_back(h);
}

void PdfLayout::addRow(const QList<Cell>& cells, const QColor& background, bool keepWithNext)
{
    Block b;
    b.kind = Block::Kind::Row;
    b.cells = cells;
    b.widths = m_currentTable >= 0 ? m_tableHeaders[size_t(m_currentTable)].widths : QList<qreal>{1.0};
    b.background = background;
    b.keepWithNext = keepWithNext;
    b.table = m_currentTable;
    m_blocks.push_back(std::move(b));
}

void PdfLayout::addBand(const Cell& cell, const QColor& background, bool keepWithNext)
{
    Block b;
    b.kind = Block::Kind::Band;
    b.cells = {cell};
    b.widths = {1.0};
    b.background = background;
    b.keepWithNext = keepWithNext;
    b.table = m_currentTable;
    m_blocks.push_back(std::move(b));
}

void PdfLayout::endTable(qreal spaceAfter)
{
    if (!m_blocks.empty())
        m_blocks.back().spaceAfter += spaceAfter;
    m_currentTable = -1;
}

qreal PdfLayout::measure(Block& b) const
{
    const bool padded = b.kind != Block::Kind::Text;
    qreal height = 0;
    for (qsizetype i = 0; i < b.cells.size(); ++i) {
        const qreal width = m_body.width() * b.widths.value(i, 0) - (padded ? 2 * m_padding : 0);
        const QFontMetricsF fm(b.cells[i].style.font, m_device);
        const QRectF r = fm.boundingRect(QRectF(0, 0, std::max<qreal>(width, 1), 1e6), textFlags, b.cells[i].text);
        height = std::max(height, b.cells[i].text.isEmpty() ? fm.height() : r.height());
    }
    b.height = height + (padded ? 2 * m_padding : 0);
    return b.height;
}

int PdfLayout::paginate()
{
    for (Block& b : m_blocks)
        measure(b);
    for (Block& h : m_tableHeaders)
        measure(h);

    m_pages.clear();
    m_pages.emplace_back();
    qreal y = 0;
    auto newPage = [&] {
        m_pages.emplace_back();
        y = 0;
    };
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const Block& b = m_blocks[i];
        const qreal before = y > 0 ? b.spaceBefore : 0;
        // Keep a block with its successors when asked (headings, table headers, group bands).
        qreal needed = before + b.height;
        for (size_t j = i; j + 1 < m_blocks.size() && m_blocks[j].keepWithNext; ++j)
            needed += m_blocks[j + 1].spaceBefore + m_blocks[j + 1].height;
        const bool isTableHeader = b.table >= 0 && i > 0 && m_blocks[i - 1].table != b.table;
        if (y > 0 && y + std::min(needed, m_body.height()) > m_body.height())
            newPage();
        const bool continuesTable = y == 0 && b.table >= 0 && !isTableHeader && m_pages.size() > 1;
        if (continuesTable) {
            const Block& header = m_tableHeaders[size_t(b.table)];
            m_pages.back().push_back({&header, y});
            y += header.height;
        }
        y += y > 0 ? b.spaceBefore : 0;
        m_pages.back().push_back({&b, y});
        y += b.height + b.spaceAfter;
    }
    return int(m_pages.size());
}

void PdfLayout::paintBlock(QPainter& painter, const Block& b, qreal y) const
{
    const bool padded = b.kind != Block::Kind::Text;
    if (b.background.isValid()) {
        painter.fillRect(QRectF(0, y, m_body.width(), b.height), b.background);
    }
    qreal x = 0;
    for (qsizetype i = 0; i < b.cells.size(); ++i) {
        const qreal width = m_body.width() * b.widths.value(i, 0);
        const Cell& cell = b.cells[i];
        QRectF r(x, y, width, b.height);
        if (padded)
            r.adjust(m_padding, m_padding, -m_padding, -m_padding);
        painter.setFont(cell.style.font);
        painter.setPen(cell.style.color);
        painter.drawText(r, textFlags | int(cell.style.alignment), cell.text);
        x += width;
    }
    if (b.kind == Block::Kind::Row && !b.background.isValid()) {
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        painter.drawLine(QPointF(0, y + b.height), QPointF(m_body.width(), y + b.height));
    }
}

void PdfLayout::paint(QPainter& painter, const PageDecorator& decorate)
{
    const int count = int(m_pages.size());
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            m_device->newPage();
        for (const Placed& placed : m_pages[size_t(p)])
            paintBlock(painter, *placed.block, placed.y);
        if (decorate)
            decorate(painter, m_body, p, count);
    }
}

QFont PdfLayout::font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace onco
