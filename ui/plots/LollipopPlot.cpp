#include "LollipopPlot.h"

#include "PlotStyle.h"
#include "ProteinLengthTable.h"

#include "io/Consequence.h"
#include "model/AnnotationResult.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Tie order of mainClass(): the more severe class wins. */
constexpr std::array<LollipopPlot::MutationClass, LollipopPlot::classCount> severityOrder{
    LollipopPlot::MutationClass::Truncating,
    LollipopPlot::MutationClass::Missense,
    LollipopPlot::MutationClass::InFrame,
    LollipopPlot::MutationClass::Other,
};

QString residueName(const LollipopPlot::Residue& r)
{
    const bool named = !r.aa.isNull() && r.aa != u'X';
    return named ? QString(r.aa) + QString::number(r.position) : QString::number(r.position);
}

} // namespace

int LollipopPlot::Residue::total() const
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

LollipopPlot::MutationClass LollipopPlot::Residue::mainClass() const
{
    MutationClass best = severityOrder.front();
    for (MutationClass cls : severityOrder)
        if (counts[size_t(cls)] > counts[size_t(best)])
            best = cls;
    return best;
}

LollipopPlot::LollipopPlot(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"lollipopPlot"_s);
    setMinimumSize(360, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

std::optional<LollipopPlot::MutationClass> LollipopPlot::classify(ProteinEdit::Type type)
{
    using T = ProteinEdit::Type;
    switch (type) {
    case T::Missense:
        return MutationClass::Missense;
    case T::Nonsense:
    case T::Frameshift:
    case T::Extension:
    case T::Splice:
        return MutationClass::Truncating;
    case T::Deletion:
    case T::Insertion:
    case T::Duplication:
    case T::Delins:
        return MutationClass::InFrame;
    case T::StartLoss:
    case T::Position:
        return MutationClass::Other;
    case T::Synonymous:
        return std::nullopt;
    }
    return MutationClass::Other;
}

std::optional<LollipopPlot::ProteinHit> LollipopPlot::proteinHit(const Alteration& a)
{
    if (!isSmallVariant(a.kind) || a.gene().isEmpty())
        return std::nullopt;
    // A change OncoBoard predicted without a stated residue: its codon, when the consequence tells
    // the class (an open coding change, possibly synonymous, is not drawn).
    if (const AlterationDetail* d = a.detailOrNull(); d && a.hgvsp().isEmpty() && d->extra().proteinPosition > 0) {
        const QString& term = d->consequence;
        std::optional<MutationClass> cls;
        if (term == u"frameshift_variant" || term == u"stop_gained")
            cls = MutationClass::Truncating;
        else if (term == u"missense_variant")
            cls = MutationClass::Missense;
        else if (term == u"inframe_insertion" || term == u"inframe_deletion" || term == u"protein_altering_variant")
            cls = MutationClass::InFrame;
        if (!cls)
            return std::nullopt;
        return ProteinHit{
            d->extra().proteinPosition, *cls, d->extra().refResidue.isNull() ? QChar(u'X') : d->extra().refResidue};
    }
    if (a.hgvsp().isEmpty())
        return std::nullopt;
    if (const std::optional<ProteinEdit> edit = ProteinChange::parse(a.hgvsp())) {
        const std::optional<MutationClass> cls = classify(edit->type);
        if (!cls || edit->firstPos <= 0)
            return std::nullopt;
        return ProteinHit{edit->firstPos, *cls, edit->firstAa};
    }
    // ProteinChange::parse() does not take every form apart (a frameshift with its new residue,
    // "E1156GFS*7"); the residue still leads the key, and the consequence gives the class.
    static const QRegularExpression lead(uR"(^([A-Z*])(\d+))"_s);
    const QString key = ProteinChange::matchKey(a.hgvsp());
    const auto m = lead.match(key);
    const int position = m.hasMatch() ? m.capturedView(2).toInt() : 0;
    if (position <= 0 || key.endsWith(u'='))
        return std::nullopt;
    const QStringView term = Consequence::mostSevere(a.consequence());
    MutationClass cls = MutationClass::Other;
    if (key.contains(u"FS"_s) || term == u"frameshift_variant" || term == u"stop_gained" || term == u"stop_lost"
        || term == u"splice_acceptor_variant" || term == u"splice_donor_variant")
        cls = MutationClass::Truncating;
    else if (term == u"missense_variant")
        cls = MutationClass::Missense;
    else if (term == u"inframe_insertion" || term == u"inframe_deletion" || term == u"protein_altering_variant")
        cls = MutationClass::InFrame;
    else if (term == u"synonymous_variant")
        return std::nullopt;
    return ProteinHit{position, cls, m.capturedView(1).front()};
}

QString LollipopPlot::className(MutationClass cls)
{
    switch (cls) {
    case MutationClass::Missense:
        return tr("Missense");
    case MutationClass::Truncating:
        return tr("Truncating");
    case MutationClass::InFrame:
        return tr("In-frame");
    case MutationClass::Other:
        return tr("Other");
    }
    return {};
}

QColor LollipopPlot::classColor(MutationClass cls, const QPalette& palette)
{
    // cBioPortal's colours; truncating is drawn in the text colour (black there) so that it shows
    // on a dark background too.
    switch (cls) {
    case MutationClass::Missense:
        return PlotStyle::adapt(QColor(0x00, 0x80, 0x00), palette);
    case MutationClass::Truncating:
        return palette.color(QPalette::Text);
    case MutationClass::InFrame:
        return PlotStyle::adapt(QColor(0x99, 0x34, 0x04), palette);
    case MutationClass::Other:
        return PlotStyle::adapt(QColor(0xcf, 0x58, 0xbc), palette);
    }
    return palette.color(QPalette::Text);
}

void LollipopPlot::setResult(const AnnotationResult* result)
{
    m_hits.clear();
    m_smallVariantsWithoutProtein = 0;
    if (result) {
        for (const Alteration& a : result->caseData.alterations) {
            if (const std::optional<ProteinHit> hit = proteinHit(a))
                m_hits[a.gene()].push_back(*hit);
            else if (isSmallVariant(a.kind) && a.hgvsp().isEmpty() && a.gene().isEmpty())
                ++m_smallVariantsWithoutProtein;
        }
    }
    m_gene.clear();
    setGene(QString());
}

QStringList LollipopPlot::genes() const
{
    QStringList out = m_hits.keys();
    out.sort(Qt::CaseInsensitive);
    return out;
}

int LollipopPlot::mutationCount(const QString& gene) const
{
    const auto it = m_hits.constFind(gene);
    return it == m_hits.cend() ? 0 : int(it->size());
}

QString LollipopPlot::topGene() const
{
    QString best;
    qsizetype bestCount = 0;
    for (auto it = m_hits.cbegin(); it != m_hits.cend(); ++it) {
        const qsizetype n = qsizetype(it->size());
        if (n > bestCount || (n == bestCount && QString::compare(it.key(), best, Qt::CaseInsensitive) < 0)) {
            best = it.key();
            bestCount = n;
        }
    }
    return best;
}

void LollipopPlot::setGene(const QString& gene)
{
    m_gene = gene;
    m_highlight = 0;
    m_residues.clear();
    m_classTotals = {};
    m_proteinLength = gene.isEmpty() ? 0 : ProteinLengthTable::bundled().length(gene);
    if (const auto it = m_hits.constFind(gene); it != m_hits.cend()) {
        std::vector<ProteinHit> hits = *it;
        std::sort(
            hits.begin(), hits.end(), [](const ProteinHit& x, const ProteinHit& y) { return x.position < y.position; });
        for (const ProteinHit& h : hits) {
            if (m_residues.empty() || m_residues.back().position != h.position)
                m_residues.push_back(Residue{h.position, QChar(), {}});
            Residue& r = m_residues.back();
            ++r.counts[size_t(h.cls)];
            ++m_classTotals[size_t(h.cls)];
            if ((r.aa.isNull() || r.aa == u'X') && !h.aa.isNull())
                r.aa = h.aa;
        }
    }
    const int lastMutated = m_residues.empty() ? 0 : m_residues.back().position;
    m_axisLength = m_proteinLength;
    if (lastMutated > m_proteinLength)
        m_axisLength = lastMutated + (lastMutated + 9) / 10; // + 10%, rounded up
    update();
}

void LollipopPlot::setHighlight(int position)
{
    m_highlight = position;
    update();
}

std::vector<LollipopPlot::Residue> LollipopPlot::labelledResidues() const
{
    std::vector<Residue> top = m_residues;
    std::stable_sort(top.begin(), top.end(), [](const Residue& x, const Residue& y) { return x.total() > y.total(); });
    if (top.size() > 3)
        top.resize(3);
    return top;
}

QString LollipopPlot::title() const
{
    if (m_hits.isEmpty() && m_smallVariantsWithoutProtein > 0)
        return tr("%n small variant(s) without gene or protein change: annotate the input (VEP, SnpEff, "
                  "bcftools csq) to draw them along the protein",
                  nullptr,
                  m_smallVariantsWithoutProtein);
    if (m_hits.isEmpty())
        return tr("No protein-changing mutations in this case");
    if (m_residues.empty())
        return tr("No protein-changing mutations in %1").arg(m_gene);
    int total = 0;
    for (int c : m_classTotals)
        total += c;
    QString text = tr("%1 \u00b7 protein-changing mutations: %2 \u00b7 residues: %3")
                       .arg(m_gene)
                       .arg(total)
                       .arg(m_residues.size());
    if (m_proteinLength == 0)
        text += u" \u00b7 "_s + tr("protein length unknown: axis to the last mutated residue + 10%");
    else if (m_axisLength > m_proteinLength)
        text += u" \u00b7 "_s
                + tr("mutations beyond the %1 aa protein of the length table (another isoform?)").arg(m_proteinLength);
    else
        text += u" \u00b7 "_s + tr("%1 aa").arg(m_proteinLength);
    return text;
}

QSize LollipopPlot::sizeHint() const
{
    return {720, 360};
}

void LollipopPlot::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintTo(painter, rect(), palette());
}

void LollipopPlot::paintTo(QPainter& painter, const QRectF& target, const QPalette& palette) const
{
    painter.save();
    painter.fillRect(target, palette.base());
    painter.setFont(font());
    if (m_residues.empty()) {
        PlotStyle::drawMessage(painter, target, palette, title());
        painter.restore();
        return;
    }
    const QFontMetricsF fm(font());
    const qreal line = fm.height();

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette.color(QPalette::Text));
    const QRectF titleRect(target.left() + 8, target.top() + 6, target.width() - 16, line * 1.4);
    painter.drawText(titleRect,
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(bold).elidedText(title(), Qt::ElideRight, titleRect.width()));
    painter.setFont(font());

    // Legend under the title: one dot per class with the gene's count.
    qreal x = titleRect.left();
    const qreal legendY = titleRect.bottom() + line * 0.2;
    for (MutationClass cls : severityOrder) {
        const QString text = tr("%1 (%2)").arg(className(cls)).arg(m_classTotals[size_t(cls)]);
        painter.setPen(Qt::NoPen);
        painter.setBrush(classColor(cls, palette));
        painter.drawEllipse(QPointF(x + line * 0.35, legendY + line * 0.5), line * 0.3, line * 0.3);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(x + line * 0.9, legendY, fm.horizontalAdvance(text) + 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        x += line * 0.9 + fm.horizontalAdvance(text) + line * 1.2;
    }

    int highest = 1;
    for (const Residue& r : m_residues)
        highest = std::max(highest, r.total());
    QList<double> yTicks;
    for (double t : PlotStyle::niceTicks(0, highest, 5))
        if (t == std::floor(t))
            yTicks.append(t);
    const double yMax = std::max<double>(highest, yTicks.isEmpty() ? 1 : yTicks.back());

    const qreal yLabelWidth = fm.horizontalAdvance(QString::number(int(yMax))) + 6;
    const qreal backboneHeight = std::max<qreal>(10, line * 0.8);
    // Room above the highest head for its label.
    QRectF plot(target.left() + line * 1.6 + yLabelWidth, legendY + line * 2.6 + 8, 0, 0);
    plot.setRight(target.right() - 16);
    plot.setBottom(target.bottom() - 6 - line * 2.6 - backboneHeight);
    if (plot.width() < 40 || plot.height() < 40) {
        painter.restore();
        return;
    }
    const double axisLength = std::max(1, m_axisLength);
    // Residues 1 and the last one sit a head's width inside the plot, clear of the y labels.
    const qreal radius = std::clamp(plot.height() / 40, 4.0, 7.0);
    const qreal inset = radius + 3;
    auto xOf = [&](double residue) {
        return plot.left() + inset + (residue - 1) / std::max(1.0, axisLength - 1) * (plot.width() - 2 * inset);
    };
    auto yOf = [&](double count) { return plot.bottom() - count / yMax * plot.height(); };

    // Y axis: grid lines and counts.
    const QColor textColor = palette.color(QPalette::Text);
    for (double t : yTicks) {
        const qreal y = yOf(t);
        painter.setPen(QPen(PlotStyle::gridColor(palette), 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(textColor);
        painter.drawText(QRectF(plot.left() - yLabelWidth - 4, y - line / 2, yLabelWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter,
                         PlotStyle::tickLabel(t));
    }
    painter.save();
    painter.translate(target.left() + 4, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt::AlignCenter, tr("Mutations"));
    painter.restore();

    // The protein as a bar from residue 1 to the axis end, with residue ticks under it.
    const QRectF backbone(plot.left(), plot.bottom(), plot.width(), backboneHeight);
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(palette.color(QPalette::AlternateBase));
    painter.drawRoundedRect(backbone, 3, 3);
    painter.setPen(textColor);
    QList<double> xTicks =
        PlotStyle::niceTicks(0, axisLength, std::max(2, int(plot.width() / (fm.horizontalAdvance(u"0000"_s) * 2.2))));
    xTicks.removeIf([&](double t) { return t < 1; });
    xTicks.prepend(1);
    if (xTicks.back() < axisLength) {
        if (xOf(axisLength) - xOf(xTicks.back()) < fm.horizontalAdvance(QString::number(int(axisLength))) * 1.5)
            xTicks.removeLast();
        xTicks.append(axisLength);
    }
    for (double t : xTicks) {
        const qreal tx = xOf(t);
        painter.drawLine(QPointF(tx, backbone.bottom()), QPointF(tx, backbone.bottom() + 4));
        const QString label = QString::number(qint64(t));
        const qreal w = fm.horizontalAdvance(label) + 4;
        const qreal left = std::clamp(tx - w / 2, target.left(), target.right() - w);
        painter.drawText(QRectF(left, backbone.bottom() + 4, w, line), Qt::AlignCenter, label);
    }
    painter.drawText(QRectF(plot.left(), backbone.bottom() + 4 + line, plot.width(), line * 1.2),
                     Qt::AlignCenter,
                     tr("Residue (aa)"));

    // Sticks, then heads on top of them.
    QColor stickColor = textColor;
    stickColor.setAlphaF(0.45f);
    painter.setPen(QPen(stickColor, 1.2));
    for (const Residue& r : m_residues) {
        const qreal rx = xOf(r.position);
        painter.drawLine(QPointF(rx, plot.bottom()), QPointF(rx, yOf(r.total())));
    }
    painter.setPen(QPen(palette.color(QPalette::Base), 1));
    for (const Residue& r : m_residues) {
        painter.setBrush(classColor(r.mainClass(), palette));
        painter.drawEllipse(QPointF(xOf(r.position), yOf(r.total())), radius, radius);
    }
    if (m_highlight > 0) {
        const auto it = std::lower_bound(
            m_residues.begin(), m_residues.end(), m_highlight, [](const Residue& r, int p) { return r.position < p; });
        if (it != m_residues.end() && it->position == m_highlight) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette.color(QPalette::Highlight), 2.5));
            painter.drawEllipse(QPointF(xOf(it->position), yOf(it->total())), radius + 4, radius + 4);
        }
    }

    // Labels of the most frequent residues, moved up when they would overlap one already drawn.
    painter.setPen(textColor);
    QList<QRectF> placed;
    for (const Residue& r : labelledResidues()) {
        const QString text = residueName(r);
        const qreal w = fm.horizontalAdvance(text) + 4;
        QRectF box(xOf(r.position) - w / 2, yOf(r.total()) - radius - 2 - line, w, line);
        box.moveLeft(std::clamp(box.left(), target.left() + 2, target.right() - w - 2));
        for (int guard = 0;
             guard < 4
             && std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF& p) { return p.intersects(box); });
             ++guard)
            box.translate(0, -line);
        painter.drawText(box, Qt::AlignCenter, text);
        placed.append(box);
    }
    painter.restore();
}

} // namespace onco
