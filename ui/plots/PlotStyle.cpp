#include "PlotStyle.h"

#include <QPainter>
#include <QString>

#include <cmath>

namespace onco {

bool PlotStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QPalette PlotStyle::exportPalette()
{
    QPalette p(Qt::black, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QColor PlotStyle::adapt(const QColor& color, const QPalette& palette)
{
    return isDark(palette) ? color.lighter(150) : color;
}

QColor PlotStyle::gainColor(const QPalette& palette)
{
    return adapt(QColor(0xc6, 0x28, 0x28), palette);
}

QColor PlotStyle::lossColor(const QPalette& palette)
{
    return adapt(QColor(0x15, 0x65, 0xc0), palette);
}

QColor PlotStyle::gridColor(const QPalette& palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.15f);
    return c;
}

QList<double> PlotStyle::niceTicks(double low, double high, int maxTicks)
{
    QList<double> ticks;
    if (!std::isfinite(low) || !std::isfinite(high) || high <= low || maxTicks < 1)
        return ticks;
    const double raw = (high - low) / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    // A little slack against rounding, so that round ends are ticks themselves; multiplying (not
    // adding steps) keeps 0.1 * 3 from drifting.
    const double first = std::ceil(low / step - 1e-9);
    for (int i = 0; i <= maxTicks * 10; ++i) {
        const double v = (first + i) * step;
        if (v > high + step * 1e-9)
            break;
        ticks.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return ticks;
}

QString PlotStyle::tickLabel(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

void PlotStyle::drawMessage(QPainter& painter, const QRectF& rect, const QPalette& palette, const QString& text)
{
    painter.save();
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

} // namespace onco
