#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

class QPainter;
class QRectF;
class QString;

namespace onco {

/**
 * Colours and axis helpers shared by the plots. Colours come from the palette the plot is drawn
 * with, so the plots follow the application palette (dark mode) on screen and a light palette in
 * exported files.
 */
class PlotStyle
{
public:
    /** True when the palette's background is dark. */
    static bool isDark(const QPalette& palette);
    /** The palette exported images are drawn with: black on white, for reports and slides. */
    static QPalette exportPalette();

    /** A data colour made lighter on a dark background, so that it keeps its contrast. */
    static QColor adapt(const QColor& color, const QPalette& palette);
    static QColor gainColor(const QPalette& palette);
    static QColor lossColor(const QPalette& palette);
    /** Grid lines: the text colour, faint. */
    static QColor gridColor(const QPalette& palette);

    /**
     * Round tick values covering [low, high] (steps 1, 2 or 5 times a power of ten), at most about
     * `maxTicks`; empty when the range is empty or not finite.
     */
    static QList<double> niceTicks(double low, double high, int maxTicks);
    /** A tick value as text: no trailing zeros, at most two decimals. */
    static QString tickLabel(double value);

    /** Draws a message centred in `rect`, in the palette's placeholder colour. */
    static void drawMessage(QPainter& painter, const QRectF& rect, const QPalette& palette, const QString& text);
};

} // namespace onco
