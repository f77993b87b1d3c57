#include "VafHistogram.h"

#include "PlotStyle.h"

#include "model/AnnotationResult.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

void styleAxis(QValueAxis* axis, const QPalette& palette)
{
    axis->setLabelsBrush(palette.text());
    axis->setTitleBrush(palette.text());
    axis->setLinePen(QPen(palette.color(QPalette::Mid), 1));
    axis->setGridLinePen(QPen(PlotStyle::gridColor(palette), 1));
    axis->setMinorGridLineVisible(false);
}

} // namespace

VafHistogram::VafHistogram(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_marker(std::numeric_limits<double>::quiet_NaN())
{
    setObjectName(u"vafHistogram"_s);
    m_view->setObjectName(u"vafChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(360, 240);
    setResult(nullptr);
}

VafHistogram::~VafHistogram() = default;

void VafHistogram::setResult(const AnnotationResult* result)
{
    m_total = 0;
    m_outOfRange = 0;
    if (result) {
        for (const Alteration& a : result->caseData.alterations)
            m_total += includes(a);
    }
    const int bins = m_total >= fineBinsFrom ? 50 : 20;
    m_counts.assign(size_t(bins), 0);
    if (result) {
        for (const Alteration& a : result->caseData.alterations) {
            if (!includes(a))
                continue;
            const double vaf = a.tumor.vaf;
            m_outOfRange += vaf < 0.0 || vaf > 1.0;
            // floor(vaf * bins) puts 0.40 in [0.40, 0.45); VAF 1 joins the last bin. VAFs are floats,
            // so 7 of 20 reads is 0.34999999: a ten-thousandth of a bin keeps it in [0.35, 0.40).
            const int bin = std::min(int(std::floor(std::clamp(vaf, 0.0, 1.0) * bins + 1e-4)), bins - 1);
            ++m_counts[size_t(bin)];
        }
    }
    m_marker = std::numeric_limits<double>::quiet_NaN();
    m_markerLabel.clear();
    rebuild();
}

bool VafHistogram::includes(const Alteration& a)
{
    return isSmallVariant(a.kind) && a.tumor.hasVaf();
}

void VafHistogram::setMarker(double vaf, const QString& label)
{
    m_marker = vaf;
    m_markerLabel = label;
    rebuild();
}

QString VafHistogram::title() const
{
    if (m_total == 0)
        return tr("No small variants with a tumor VAF in this case");
    QString text = tr("Tumor VAF of small variants (n = %1, bins of %2%)").arg(m_total).arg(100 / binCount());
    if (m_outOfRange > 0)
        text += u" \u00b7 "_s + tr("VAFs outside 0-1, counted in the end bins: %1").arg(m_outOfRange);
    if (!std::isnan(m_marker))
        text += u" \u00b7 "_s + tr("%1: VAF %2").arg(m_markerLabel).arg(m_marker, 0, 'f', 2);
    return text;
}

QChart* VafHistogram::makeChart(const QPalette& palette) const
{
    auto* chart = new QChart;
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 12, 6));
    chart->legend()->hide();
    chart->setTitleBrush(palette.text());
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title());

    const int bins = binCount();
    const qint64 highest = *std::max_element(m_counts.begin(), m_counts.end());

    // The bars sit on a hidden axis of bin indices; the visible axis shows VAF 0..1 over the same
    // width, so that bin i spans [i / bins, (i + 1) / bins] and the marker can be placed by VAF.
    auto* bars = new QBarSeries;
    bars->setBarWidth(1.0);
    auto* set = new QBarSet(tr("Variants"));
    for (qint64 c : m_counts)
        set->append(double(c));
    const QColor barColor = palette.color(QPalette::Highlight);
    set->setColor(barColor);
    set->setBorderColor(palette.color(QPalette::Base));
    bars->append(set);
    chart->addSeries(bars);

    auto* binAxis = new QValueAxis;
    binAxis->setRange(-0.5, bins - 0.5);
    binAxis->setVisible(false);
    auto* vafAxis = new QValueAxis;
    vafAxis->setRange(0.0, 1.0);
    vafAxis->setTickCount(11);
    vafAxis->setLabelFormat(u"%.1f"_s);
    vafAxis->setTitleText(tr("Tumor variant allele fraction"));
    styleAxis(vafAxis, palette);
    auto* countAxis = new QValueAxis;
    if (highest <= 5) {
        // Few variants: one tick per count, so that the integer labels are exact.
        countAxis->setRange(0.0, double(highest + 1));
        countAxis->setTickCount(int(highest) + 2);
    } else {
        // Round steps of at least 2 (1, 2 or 5 times a power of ten), ending on a tick above the highest bar.
        const double top = double(highest) * 1.08;
        const QList<double> ticks = PlotStyle::niceTicks(0.0, top, 5);
        const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : top;
        const double end = ticks.back() < top ? ticks.back() + step : ticks.back();
        countAxis->setRange(0.0, end);
        countAxis->setTickCount(int(std::lround(end / step)) + 1);
    }
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setTitleText(tr("Variants"));
    styleAxis(countAxis, palette);
    chart->addAxis(binAxis, Qt::AlignBottom);
    chart->addAxis(vafAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(binAxis);
    bars->attachAxis(countAxis);

    if (!std::isnan(m_marker)) {
        auto* line = new QLineSeries;
        const double x = std::clamp(m_marker, 0.0, 1.0);
        line->append(x, 0.0);
        line->append(x, countAxis->max());
        QPen pen(PlotStyle::gainColor(palette), 2.0, Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(vafAxis);
        line->attachAxis(countAxis);
    }
    // An invisible series keeps the VAF axis in use when there is no marker.
    auto* anchor = new QLineSeries;
    anchor->append(0.0, 0.0);
    anchor->setPen(Qt::NoPen);
    chart->addSeries(anchor);
    anchor->attachAxis(vafAxis);
    anchor->attachAxis(countAxis);

    return chart;
}

void VafHistogram::rebuild()
{
    QChart* old = m_view->chart();
    QChart* fresh = makeChart(palette());
    // A tooltip with the bin's range and count.
    auto* bars = qobject_cast<QBarSeries*>(fresh->series().constFirst());
    const int bins = binCount();
    connect(bars->barSets().constFirst(), &QBarSet::hovered, this, [this, bins](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("VAF %1\u2013%2: %3 variants")
                               .arg(double(index) / bins, 0, 'f', 2)
                               .arg(double(index + 1) / bins, 0, 'f', 2)
                               .arg(binValue(index)),
                           this);
    });
    m_view->setChart(fresh);
    m_view->setBackgroundBrush(palette().base());
    // setChart() hands the previous chart back to us.
    delete old;
}

void VafHistogram::paintTo(QPainter& painter, const QRectF& target, const QPalette& palette) const
{
    QGraphicsScene scene;
    QChart* chart = makeChart(palette);
    scene.addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    scene.render(&painter, target, scene.sceneRect());
}

void VafHistogram::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace onco
