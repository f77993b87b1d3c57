#include "CopyNumberProfile.h"

#include "PlotStyle.h"

#include "io/GeneTable.h"
#include "model/AnnotationResult.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

constexpr std::array<const char16_t*, 24> chromosomeNames{
    u"1",  u"2",  u"3",  u"4",  u"5",  u"6",  u"7",  u"8",  u"9",  u"10", u"11", u"12",
    u"13", u"14", u"15", u"16", u"17", u"18", u"19", u"20", u"21", u"22", u"X",  u"Y",
};

/** Log2 ratios from this far from 0 (copy numbers from this far from 2 copies, in log2) are gains or losses. */
constexpr float changeLog2 = 0.2f;

int chromosomeIndex(const QString& chrom)
{
    const QString name = canonicalContig(chrom);
    for (size_t i = 0; i < chromosomeNames.size(); ++i)
        if (name == QStringView(chromosomeNames[i]))
            return int(i);
    return -1;
}

/** A triangle pointing down (or up) with its tip at `tip`. */
QPolygonF triangle(QPointF tip, qreal size, bool down)
{
    const qreal dy = down ? -size * 1.6 : size * 1.6;
    return QPolygonF({tip, QPointF(tip.x() - size, tip.y() + dy), QPointF(tip.x() + size, tip.y() + dy)});
}

bool isUp(CnaCall call)
{
    return call == CnaCall::Gain || call == CnaCall::Amplification;
}

bool isHighLevel(CnaCall call)
{
    return call == CnaCall::Amplification || call == CnaCall::DeepDeletion;
}

} // namespace

CopyNumberProfile::CopyNumberProfile(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"copyNumberProfile"_s);
    setMinimumSize(420, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CopyNumberProfile::setResult(const AnnotationResult* result)
{
    m_chromosomes.clear();
    m_segments.clear();
    m_markers.clear();
    m_genomeLength = 0;
    m_skippedSegments = 0;
    m_unplacedCalls = 0;
    m_clipped = 0;
    m_converted = false;
    m_selected = -1;
    m_build = result ? result->caseData.genome : GenomeBuild::Unknown;
    m_buildAssumed = m_build == GenomeBuild::Unknown;
    if (!result) {
        update();
        return;
    }
    const Case& c = result->caseData;

    // Chromosome sizes from the build (GRCh38 when unknown), stretched to hold every segment.
    std::array<qint64, chromosomeNames.size()> lengths{};
    std::vector<int> segmentChrom(c.segments.size(), -1);
    qsizetype withLog2 = 0;
    qsizetype withCopies = 0;
    for (size_t i = 0; i < c.segments.size(); ++i) {
        const CopyNumberSegment& s = c.segments[i];
        segmentChrom[i] = chromosomeIndex(s.chrom);
        if (segmentChrom[i] >= 0)
            lengths[size_t(segmentChrom[i])] = std::max(lengths[size_t(segmentChrom[i])], s.end);
        withLog2 += !std::isnan(s.log2Ratio);
        withCopies += !std::isnan(s.copyNumber);
    }
    const GenomeBuild sizes = m_buildAssumed ? GenomeBuild::GRCh38 : m_build;
    for (size_t i = 0; i < chromosomeNames.size(); ++i) {
        const QString name = QString::fromUtf16(chromosomeNames[i]);
        const qint64 length = std::max(chromosomeLength(sizes, name), lengths[i]);
        m_chromosomes.push_back(Chromosome{name, m_genomeLength, length});
        m_genomeLength += length;
    }

    // Log2 ratios unless most segments only give copy numbers (allele-specific input); the other
    // kind is converted assuming two copies are normal.
    m_scale = withCopies > withLog2 ? Scale::CopyNumber : Scale::Log2Ratio;
    float lowest = std::numeric_limits<float>::max();
    float highest = std::numeric_limits<float>::lowest();
    m_segments.reserve(c.segments.size());
    for (size_t i = 0; i < c.segments.size(); ++i) {
        const CopyNumberSegment& s = c.segments[i];
        float value = m_scale == Scale::Log2Ratio ? s.log2Ratio : s.copyNumber;
        if (std::isnan(value) && m_scale == Scale::Log2Ratio && !std::isnan(s.copyNumber)) {
            value = std::log2(std::max(s.copyNumber, 0.05f) / 2.0f);
            m_converted = true;
        } else if (std::isnan(value) && m_scale == Scale::CopyNumber && !std::isnan(s.log2Ratio)) {
            value = 2.0f * std::exp2(s.log2Ratio);
            m_converted = true;
        }
        if (segmentChrom[i] < 0 || std::isnan(value)) {
            ++m_skippedSegments;
            continue;
        }
        const qint64 offset = m_chromosomes[size_t(segmentChrom[i])].offset;
        m_segments.push_back(Segment{offset + std::max<qint64>(s.start, 1) - 1, offset + s.end, value});
        lowest = std::min(lowest, value);
        highest = std::max(highest, value);
    }
    if (m_scale == Scale::Log2Ratio) {
        m_low = m_segments.empty() ? -1.5f : std::clamp(std::floor(lowest * 2) / 2, -3.0f, -1.5f);
        m_high = m_segments.empty() ? 1.5f : std::clamp(std::ceil(highest * 2) / 2, 1.5f, 3.0f);
    } else {
        m_low = 0;
        m_high = m_segments.empty() ? 4.0f : std::clamp(std::ceil(highest), 4.0f, 10.0f);
    }
    for (const Segment& s : m_segments)
        m_clipped += s.value < m_low || s.value > m_high;

    // Gene-level calls: at their own position when the input gave one, else at their gene's span.
    for (size_t i = 0; i < c.alterations.size(); ++i) {
        const Alteration& a = c.alterations[i];
        if (a.kind != AlterationKind::CopyNumber)
            continue;
        const AlterationDetail* d = a.detailOrNull();
        if (!d || d->extra().cnaCall == CnaCall::Neutral)
            continue;
        qint64 position = -1;
        if (!a.chrom.isEmpty() && a.pos > 0) {
            position = genomePosition(a.chrom, a.pos);
        } else if (const GeneInfo* g = GeneTable::bundled().find(a.mainGene())) {
            const bool grch37 = m_build == GenomeBuild::GRCh37;
            const qint64 start = grch37 ? g->start37 : g->start38;
            const qint64 end = grch37 ? g->end37 : g->end38;
            if (start > 0)
                position = genomePosition(g->chrom, (start + end) / 2);
        }
        if (position < 0) {
            ++m_unplacedCalls;
            continue;
        }
        m_markers.push_back(
            Marker{position, d->extra().cnaCall, a.mainGene(), int(i), !result->matchesFor(qint32(i)).empty()});
    }
    // The order names are tried in when drawing: calls with evidence, then high-level ones.
    auto rank = [](const Marker& m) { return m.hasEvidence ? 0 : isHighLevel(m.call) ? 1 : 2; };
    std::stable_sort(
        m_markers.begin(), m_markers.end(), [&](const Marker& x, const Marker& y) { return rank(x) < rank(y); });
    update();
}

void CopyNumberProfile::setSelected(int alteration)
{
    m_selected = alteration;
    update();
}

qint64 CopyNumberProfile::genomePosition(const QString& chrom, qint64 pos) const
{
    const int index = chromosomeIndex(chrom);
    if (index < 0 || size_t(index) >= m_chromosomes.size())
        return -1;
    return m_chromosomes[size_t(index)].offset + pos;
}

QString CopyNumberProfile::title() const
{
    if (isEmpty())
        return tr("No copy-number data in this case");
    QString text = m_scale == Scale::Log2Ratio ? tr("Copy-number profile (log2 ratio)")
                                               : tr("Copy-number profile (total copy number)");
    text += u" \u00b7 "_s + tr("segments: %1").arg(m_segments.size());
    if (!m_markers.empty())
        text += u" \u00b7 "_s + tr("gene-level calls: %1").arg(m_markers.size());
    if (!m_buildAssumed)
        text += u" \u00b7 "_s + genomeBuildName(m_build);
    return text;
}

QString CopyNumberProfile::notes() const
{
    if (isEmpty())
        return {};
    QStringList notes;
    if (m_segments.empty())
        notes << tr("no segments: gene-level calls only");
    if (m_buildAssumed)
        notes << tr("genome build unknown: GRCh38 chromosome sizes");
    if (m_converted)
        notes << tr("some segments converted between log2 ratio and copy number, taking 2 copies as normal");
    if (m_skippedSegments > 0)
        notes << tr("segments on other contigs or without a value, not shown: %1").arg(m_skippedSegments);
    if (m_clipped > 0)
        notes << tr("segments beyond the axis, drawn at its edge: %1").arg(m_clipped);
    if (m_unplacedCalls > 0)
        notes << tr("calls on genes of unknown position, not marked: %1").arg(m_unplacedCalls);
    return notes.join(u" \u00b7 "_s);
}

QSize CopyNumberProfile::sizeHint() const
{
    return {900, 360};
}

QColor CopyNumberProfile::valueColor(float value, const QPalette& palette) const
{
    const float log2 = m_scale == Scale::Log2Ratio ? value : std::log2(std::max(value, 0.05f) / 2.0f);
    if (log2 >= changeLog2)
        return PlotStyle::gainColor(palette);
    if (log2 <= -changeLog2)
        return PlotStyle::lossColor(palette);
    QColor neutral = palette.color(QPalette::Text);
    neutral.setAlphaF(0.55f);
    return neutral;
}

void CopyNumberProfile::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintTo(painter, rect(), palette());
}

void CopyNumberProfile::paintTo(QPainter& painter, const QRectF& target, const QPalette& palette) const
{
    painter.save();
    painter.fillRect(target, palette.base());
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    const QFontMetricsF fm(normal);
    const qreal line = fm.height();
    const QColor textColor = palette.color(QPalette::Text);
    painter.setFont(normal);
    if (isEmpty()) {
        PlotStyle::drawMessage(painter, target, palette, title());
        painter.restore();
        return;
    }

    painter.setFont(bold);
    painter.setPen(textColor);
    QRectF header(target.left() + 8, target.top() + 6, target.width() - 16, line * 1.4);
    painter.drawText(header,
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(bold).elidedText(title(), Qt::ElideRight, header.width()));
    painter.setFont(normal);
    if (const QString n = notes(); !n.isEmpty()) {
        header.translate(0, line * 1.2);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(n, Qt::ElideRight, header.width()));
    }

    const QList<double> yTicks = PlotStyle::niceTicks(m_low, m_high, 6);
    qreal yLabelWidth = 0;
    for (double t : yTicks)
        yLabelWidth = std::max(yLabelWidth, fm.horizontalAdvance(PlotStyle::tickLabel(t)));
    yLabelWidth += 6;
    QRectF plot(target.left() + line * 1.6 + yLabelWidth, header.bottom() + 8, 0, 0);
    plot.setRight(target.right() - 12);
    plot.setBottom(target.bottom() - 6 - line * 2.4);
    if (plot.width() < 60 || plot.height() < 40 || m_genomeLength <= 0) {
        painter.restore();
        return;
    }
    const double xScale = plot.width() / double(m_genomeLength);
    auto xOf = [&](qint64 position) { return plot.left() + double(position) * xScale; };
    auto yOf = [&](double value) {
        return plot.bottom()
               - (std::clamp(value, double(m_low), double(m_high)) - m_low) / (m_high - m_low) * plot.height();
    };

    // Chromosome bands and their names under the plot (a name is left out where it does not fit).
    qreal lastLabelRight = -1e9;
    for (size_t i = 0; i < m_chromosomes.size(); ++i) {
        const Chromosome& c = m_chromosomes[i];
        const QRectF band(QPointF(xOf(c.offset), plot.top()), QPointF(xOf(c.offset + c.length), plot.bottom()));
        painter.fillRect(band, i % 2 ? palette.alternateBase() : palette.base());
        const qreal w = fm.horizontalAdvance(c.name);
        const QRectF label(band.center().x() - w / 2, plot.bottom() + 3, w, line);
        if (label.left() > lastLabelRight + 3) {
            painter.setPen(textColor);
            painter.drawText(label, Qt::AlignCenter, c.name);
            lastLabelRight = label.right();
        }
    }
    painter.setPen(textColor);
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 3 + line, plot.width(), line * 1.2), Qt::AlignCenter, tr("Chromosome"));

    // Y axis: grid, labels, the normal level dashed.
    for (double t : yTicks) {
        const qreal y = yOf(t);
        painter.setPen(QPen(PlotStyle::gridColor(palette), 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(textColor);
        painter.drawText(QRectF(plot.left() - yLabelWidth - 4, y - line / 2, yLabelWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter,
                         PlotStyle::tickLabel(t));
    }
    QColor normalLine = textColor;
    normalLine.setAlphaF(0.5f);
    painter.setPen(QPen(normalLine, 1, Qt::DashLine));
    const qreal yNormal = yOf(m_scale == Scale::Log2Ratio ? 0.0 : 2.0);
    painter.drawLine(QPointF(plot.left(), yNormal), QPointF(plot.right(), yNormal));
    painter.setPen(textColor);
    painter.save();
    painter.translate(target.left() + 4, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line),
                     Qt::AlignCenter,
                     m_scale == Scale::Log2Ratio ? tr("log2 ratio") : tr("Total copy number"));
    painter.restore();

    // Segments, batched by colour; those beyond the range get a small triangle at the edge.
    const QColor gain = PlotStyle::gainColor(palette);
    const QColor loss = PlotStyle::lossColor(palette);
    const QColor neutral = valueColor(m_scale == Scale::Log2Ratio ? 0.0f : 2.0f, palette);
    QList<QLineF> gainLines;
    QList<QLineF> lossLines;
    QList<QLineF> neutralLines;
    QList<QPolygonF> clippedUp;
    QList<QPolygonF> clippedDown;
    const qreal penWidth = std::clamp(plot.height() / 70, 2.0, 4.0);
    for (const Segment& s : m_segments) {
        const qreal x0 = xOf(s.start);
        const qreal x1 = std::max(xOf(s.end), x0 + 1);
        const qreal y = yOf(s.value);
        const QColor color = valueColor(s.value, palette);
        (color == gain ? gainLines : color == loss ? lossLines : neutralLines).append(QLineF(x0, y, x1, y));
        if (s.value > m_high)
            clippedUp.append(triangle(QPointF((x0 + x1) / 2, plot.top() + 1), 3.5, false));
        else if (s.value < m_low)
            clippedDown.append(triangle(QPointF((x0 + x1) / 2, plot.bottom() - 1), 3.5, true));
    }
    painter.setClipRect(plot.adjusted(0, -penWidth, 0, penWidth));
    for (const auto& [lines, color] :
         {std::pair{&neutralLines, neutral}, std::pair{&lossLines, loss}, std::pair{&gainLines, gain}}) {
        painter.setPen(QPen(color, penWidth, Qt::SolidLine, Qt::FlatCap));
        painter.drawLines(*lines);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(gain);
    for (const QPolygonF& t : clippedUp)
        painter.drawPolygon(t);
    painter.setBrush(loss);
    for (const QPolygonF& t : clippedDown)
        painter.drawPolygon(t);
    painter.setClipping(false);

    // Gene-level calls: gains at the top edge, losses at the bottom; high-level calls filled.
    const qreal size = 4.5;
    for (const Marker& m : m_markers) {
        const bool up = isUp(m.call);
        const QColor color = up ? gain : loss;
        const QPointF tip(xOf(m.position), up ? plot.top() + size * 2.2 : plot.bottom() - size * 2.2);
        painter.setPen(QPen(color, 1));
        painter.setBrush(isHighLevel(m.call) ? QBrush(color) : QBrush(palette.color(QPalette::Base)));
        painter.drawPolygon(triangle(tip, size, up));
    }

    // Gene names: the selected call first, then calls with evidence, then high-level ones; a name
    // that would overlap one already drawn is left out.
    // m_markers is in that order already (setResult()).
    std::vector<const Marker*> order;
    for (const Marker& m : m_markers)
        if (m.alteration == m_selected)
            order.push_back(&m);
    for (const Marker& m : m_markers)
        if (m.alteration != m_selected)
            order.push_back(&m);
    QList<QRectF> placed;
    for (const Marker* m : order) {
        if (placed.size() >= 15)
            break;
        const bool up = isUp(m->call);
        const qreal w = fm.horizontalAdvance(m->gene) + 6;
        const qreal x = std::clamp(xOf(m->position) - w / 2, plot.left(), plot.right() - w);
        QRectF box(x, up ? plot.top() + size * 2.6 : plot.bottom() - size * 2.6 - line, w, line);
        bool free = false;
        for (int row = 0; row < 3 && !free; ++row) {
            free = std::none_of(placed.cbegin(), placed.cend(), [&](const QRectF& p) { return p.intersects(box); });
            if (!free)
                box.translate(0, up ? line : -line);
        }
        if (!free)
            continue;
        QColor back = palette.color(QPalette::Base);
        back.setAlphaF(0.8f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(box, 2, 2);
        QFont f = m->alteration == m_selected ? bold : normal;
        painter.setFont(f);
        painter.setPen(up ? gain : loss);
        painter.drawText(box, Qt::AlignCenter, m->gene);
        painter.setFont(normal);
        placed.append(box);
    }
    if (m_selected >= 0) {
        for (const Marker& m : m_markers) {
            if (m.alteration != m_selected)
                continue;
            const bool up = isUp(m.call);
            const QPointF centre(xOf(m.position), up ? plot.top() + size * 1.4 : plot.bottom() - size * 1.4);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter.drawEllipse(centre, size * 2.2, size * 2.2);
        }
    }

    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.restore();
}

} // namespace onco
