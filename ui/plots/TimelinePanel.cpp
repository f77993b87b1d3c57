#include "TimelinePanel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** At most this many alterations are drawn; the TSV holds them all. */
constexpr int plottedSeries = 12;

qint64 msOf(const QString& isoDate)
{
    return QDate::fromString(isoDate.left(10), Qt::ISODate).startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_samples(new QLabel(this))
    , m_changes(new QLabel(this))
    , m_export(new QPushButton(this))
{
    setObjectName(u"timelinePanel"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignRight);
    m_samples->setWordWrap(true);
    m_changes->setWordWrap(true);
    m_changes->setObjectName(u"timelineChanges"_s);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts.bind([this] {
        m_export->setText(tr("Export TSV..."));
        m_export->setToolTip(tr("Save every alteration's VAF at each sample as a table"));
    });
    connect(m_export, &QPushButton::clicked, this, &TimelinePanel::exportTsv);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_samples, 1);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_changes);
    setTimeline(std::nullopt);
}

QChart* TimelinePanel::chart() const
{
    return m_view->chart();
}

void TimelinePanel::setTimeline(std::optional<PatientTimeline> timeline)
{
    m_timeline = std::move(timeline);
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    m_export->setEnabled(m_timeline && !m_timeline->series.isEmpty());
    if (!m_timeline) {
        chart->setTitle(tr("Samples over time: open a stored case"));
        m_samples->setText(tr("A patient's samples over time are shown for cases of the case database."));
        m_changes->clear();
        return;
    }
    const PatientTimeline& t = *m_timeline;
    QStringList samples;
    for (const PatientTimeline::Sample& s : t.samples)
        samples << tr("%1 %2 (case %3)")
                       .arg(s.dateGiven ? s.date : tr("%1, no sample date").arg(s.date),
                            s.liquid ? tr("liquid biopsy") : tr("tissue"))
                       .arg(s.caseId);
    m_samples->setText(tr("Patient %1: %2").arg(t.patient, samples.join(u"; "_s)));
    chart->setTitle(t.samples.size() < 2
                        ? tr("One sample of this patient so far: nothing to compare")
                        : tr("Tumor VAF of the alterations with tier I or II or with evidence, by sample date"));

    auto* x = new QDateTimeAxis;
    x->setFormat(u"yyyy-MM-dd"_s);
    x->setTitleText(tr("Sample date"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d %"_s);
    y->setTitleText(tr("Tumor VAF"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const PatientTimeline::Sample& s : t.samples) {
        first = std::min(first, msOf(s.date));
        last = std::max(last, msOf(s.date));
    }
    constexpr qint64 day = 24 * 3600 * 1000LL;
    x->setRange(QDateTime::fromMSecsSinceEpoch(first - 7 * day, Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(last + 7 * day, Qt::UTC));
    x->setTickCount(std::clamp(int(t.samples.size()) + 1, 2, 8));

    int drawn = 0;
    for (const PatientTimeline::Series& s : t.series) {
        if (!s.relevant || drawn >= plottedSeries)
            continue;
        // Not found in a sample: a point at 0 % on that date, so that a loss is seen.
        auto* line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < t.samples.size(); ++i) {
            const float v = s.vaf.value(i);
            line->append(double(msOf(t.samples[i].date)), std::isnan(v) || v < 0 ? 0.0 : double(v) * 100.0);
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        ++drawn;
    }
    QStringList lines;
    for (const PatientTimeline::Change& c : t.changes(true))
        lines << PatientTimeline::describe(c);
    m_changes->setText(t.samples.size() < 2 ? QString()
                       : lines.isEmpty()    ? tr("No alteration with tier I or II or with evidence appeared or was "
                                                 "lost between the samples.")
                                            : lines.join(u'\n'));
}

void TimelinePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    setTimeline(m_timeline); // the chart, its axes and the changes drawn again in the new language
}

QString TimelinePanel::changesText() const
{
    return m_changes->text();
}

QStringList TimelinePanel::plottedNames() const
{
    QStringList names;
    for (QAbstractSeries* s : m_view->chart()->series())
        names << s->name();
    return names;
}

void TimelinePanel::exportTsv()
{
    if (!m_timeline)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Samples over Time"), tr("%1-timeline.tsv").arg(m_timeline->patient), tr("TSV (*.tsv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_timeline->toTsv().toUtf8()) < 0 || !f.commit())
        m_changes->setText(tr("%1 could not be written: %2").arg(path, f.errorString()));
}

} // namespace onco
