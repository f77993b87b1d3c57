#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace onco {

/**
 * A small page-layout engine for reports: text blocks and tables laid out in two passes (measure,
 * then paint), so that every page can say "page x of y", table rows never split across pages,
 * a continued table repeats its header row, and headings stay with what follows them.
 * Text is painted only on the page it belongs to, so text extraction (pdftotext) reads clean.
 */
class PdfLayout
{
public:
    struct Style
    {
        QFont font;
        QColor color = Qt::black;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    };
    struct Cell
    {
        QString text;
        Style style;
    };

    /** Paints the page furniture (header, footer) of page `index` (0-based) of `count`. */
    using PageDecorator = std::function<void(QPainter& painter, const QRectF& body, int index, int count)>;

    /** `body` is the printable area in device pixels, relative to the painter's origin. */
    PdfLayout(QPagedPaintDevice* device, const QRectF& body);

    void addText(const QString& text,
                 const Style& style,
                 qreal spaceBefore = 0,
                 qreal spaceAfter = 0,
                 bool keepWithNext = false);

    /** Starts a table: column widths as fractions of the body width, and its header row. */
    void beginTable(const QList<qreal>& widths, const QList<Cell>& header, const QColor& headerBackground);
    /** A row of the current table; a band row spans all columns (group headings). */
    void addRow(const QList<Cell>& cells, const QColor& background = QColor(), bool keepWithNext = false);
    void addBand(const Cell& cell, const QColor& background, bool keepWithNext = true);
    void endTable(qreal spaceAfter = 0);

    /** Lays out and returns the page count. */
    int paginate();
    /** Paints every page, calling `decorate` on each; paginate() first. */
    void paint(QPainter& painter, const PageDecorator& decorate);

    qreal mm(qreal millimetres) const;

    /** The reports' typeface (DejaVu Sans, shipped by every Debian desktop) at `points`. */
    static QFont font(qreal points, bool bold = false);

private:
    struct Block
    {
        enum class Kind
        {
            Text,
            Row,
            Band,
        } kind = Kind::Text;
        QList<Cell> cells;
        QList<qreal> widths;
        QColor background;
        qreal spaceBefore = 0;
        qreal spaceAfter = 0;
        qreal height = 0; ///< measured content height, without spacing
        bool keepWithNext = false;
        int table = -1; ///< index into m_tableHeaders, -1 outside tables
    };
    struct Placed
    {
        const Block* block;
        qreal y;
    };

    qreal measure(Block& b) const;
    void paintBlock(QPainter& painter, const Block& b, qreal y) const;

    QPagedPaintDevice* m_device;
    QRectF m_body;
    qreal m_padding;
    std::vector<Block> m_blocks;
    std::vector<Block> m_tableHeaders;
    std::vector<std::vector<Placed>> m_pages;
    int m_currentTable = -1;
};

} // namespace onco
