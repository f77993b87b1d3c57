#include "PlotsPanel.h"
#include "TimelinePanel.h"

#include "CopyNumberProfile.h"
#include "LollipopPlot.h"
#include "PlotStyle.h"
#include "VafHistogram.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

QString plotFileStem(PlotsPanel::Plot plot)
{
    switch (plot) {
    case PlotsPanel::Plot::VafHistogram:
        return u"vaf_histogram"_s;
    case PlotsPanel::Plot::Lollipop:
        return u"lollipop"_s;
    case PlotsPanel::Plot::CopyNumber:
        return u"copy_number"_s;
    }
    return u"plot"_s;
}

} // namespace

PlotsPanel::PlotsPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_vaf(new VafHistogram)
    , m_lollipop(new LollipopPlot)
    , m_copyNumber(new CopyNumberProfile)
    , m_timeline(new TimelinePanel)
    , m_geneCombo(new QComboBox)
{
    setObjectName(u"plotsPanel"_s);
    m_tabs->setObjectName(u"plotTabs"_s);
    m_geneCombo->setObjectName(u"lollipopGene"_s);
    // Sized by a typical entry, not by scanning what may be thousands of genes.
    m_geneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_geneCombo->setMinimumContentsLength(14);

    auto* genePicker = new QWidget;
    auto* pickerLayout = new QHBoxLayout(genePicker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    auto* geneLabel = new QLabel;
    geneLabel->setBuddy(m_geneCombo);
    pickerLayout->addWidget(geneLabel);
    pickerLayout->addWidget(m_geneCombo);

    m_tabs->addTab(makeTab(m_vaf, Plot::VafHistogram, nullptr), QString());
    m_tabs->addTab(makeTab(m_lollipop, Plot::Lollipop, genePicker), QString());
    m_tabs->addTab(makeTab(m_copyNumber, Plot::CopyNumber, nullptr), QString());
    m_tabs->addTab(m_timeline, QString());
    m_texts.bind([this, geneLabel] {
        m_geneCombo->setToolTip(tr("Genes of the case with protein-changing mutations, with their number"));
        geneLabel->setText(tr("&Gene:"));
        m_tabs->setTabText(int(Plot::VafHistogram), tr("VAF"));
        m_tabs->setTabText(int(Plot::Lollipop), tr("Lollipop"));
        m_tabs->setTabText(int(Plot::CopyNumber), tr("Copy number"));
        m_tabs->setTabText(m_tabs->indexOf(m_timeline), tr("Over time"));
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_geneCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showGene(m_geneCombo->itemData(index).toString());
    });
    setResult(nullptr);
}

PlotsPanel::~PlotsPanel() = default;

void PlotsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    nameGenes();
}

void PlotsPanel::nameGenes()
{
    for (int i = 0; i < m_geneCombo->count(); ++i) {
        const QString gene = m_geneCombo->itemData(i).toString();
        m_geneCombo->setItemText(i, tr("%1 (%2)").arg(gene).arg(m_lollipop->mutationCount(gene)));
    }
}

QWidget* PlotsPanel::makeTab(QWidget* plot, Plot kind, QWidget* extra)
{
    auto* page = new QWidget;
    auto* exportButton = new QPushButton;
    exportButton->setObjectName(u"export_"_s + plotFileStem(kind));
    m_texts.bind([exportButton] {
        exportButton->setText(tr("Export..."));
        exportButton->setToolTip(tr("Save this plot as a PNG or SVG image"));
    });
    connect(exportButton, &QPushButton::clicked, this, [this, kind] { exportWithDialog(kind); });

    auto* bar = new QHBoxLayout;
    if (extra)
        bar->addWidget(extra);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(plot, 1);
    return page;
}

void PlotsPanel::setResult(std::shared_ptr<const AnnotationResult> result)
{
    m_result = std::move(result);
    m_vaf->setResult(m_result.get());
    m_lollipop->setResult(m_result.get());
    m_copyNumber->setResult(m_result.get());
    {
        const QSignalBlocker blocker(m_geneCombo);
        m_geneCombo->clear();
        for (const QString& gene : m_lollipop->genes())
            m_geneCombo->addItem(QString(), gene);
        nameGenes();
        m_geneCombo->setEnabled(m_geneCombo->count() > 0);
    }
    showGene(m_lollipop->topGene());
}

void PlotsPanel::showGene(const QString& gene)
{
    if (gene != m_lollipop->gene())
        m_lollipop->setGene(gene);
    const QSignalBlocker blocker(m_geneCombo);
    m_geneCombo->setCurrentIndex(m_geneCombo->findData(gene));
}

void PlotsPanel::showAlteration(int alteration)
{
    if (!m_result || alteration < 0 || size_t(alteration) >= m_result->caseData.alterations.size())
        alteration = -1;
    m_copyNumber->setSelected(alteration);
    if (alteration < 0) {
        m_vaf->setMarker(std::numeric_limits<double>::quiet_NaN());
        m_lollipop->setHighlight(0);
        return;
    }
    const Alteration& a = m_result->caseData.alterations[size_t(alteration)];
    m_vaf->setMarker(VafHistogram::includes(a) ? double(a.tumor.vaf) : std::numeric_limits<double>::quiet_NaN(),
                     a.displayName());
    if (m_lollipop->mutationCount(a.gene()) > 0) {
        showGene(a.gene());
        const auto hit = LollipopPlot::proteinHit(a);
        m_lollipop->setHighlight(hit ? hit->position : 0);
    } else {
        m_lollipop->setHighlight(0);
    }
}

void PlotsPanel::showPlotFor(int alteration)
{
    showAlteration(alteration);
    if (!m_result || alteration < 0 || size_t(alteration) >= m_result->caseData.alterations.size())
        return;
    const Alteration& a = m_result->caseData.alterations[size_t(alteration)];
    Plot plot = Plot::VafHistogram;
    if (a.kind == AlterationKind::CopyNumber)
        plot = Plot::CopyNumber;
    else if (isSmallVariant(a.kind) && m_lollipop->mutationCount(a.gene()) > 0)
        plot = Plot::Lollipop;
    m_tabs->setCurrentIndex(int(plot));
}

PlotsPanel::Plot PlotsPanel::currentPlot() const
{
    return Plot(m_tabs->currentIndex());
}

QString PlotsPanel::lollipopGene() const
{
    return m_lollipop->gene();
}

void PlotsPanel::paintPlot(Plot plot, QPainter& painter, const QRectF& target, const QPalette& palette) const
{
    switch (plot) {
    case Plot::VafHistogram:
        m_vaf->paintTo(painter, target, palette);
        break;
    case Plot::Lollipop:
        m_lollipop->paintTo(painter, target, palette);
        break;
    case Plot::CopyNumber:
        m_copyNumber->paintTo(painter, target, palette);
        break;
    }
}

Result<void> PlotsPanel::exportPlot(Plot plot, const QString& path, QSize size)
{
    if (size.isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    tr("the image size %1 x %2 is empty").arg(size.width()).arg(size.height()),
                    path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg")
        return fail(
            CoreError::Code::InvalidArgument, tr("unknown image type '%1': use .png or .svg").arg(suffix), path);
    // Written to a temporary file renamed on success, so that a failed export leaves no half image.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(CoreError::Code::Io, tr("cannot write the image: %1").arg(file.errorString()), path);
    const QPalette palette = PlotStyle::exportPalette();
    const QRectF target(QPointF(0, 0), size);
    if (suffix == u"png") {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintPlot(plot, painter, target, palette);
        painter.end();
        if (!image.save(&file, "PNG"))
            return fail(CoreError::Code::Io, tr("cannot write the image: %1").arg(file.errorString()), path);
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(target);
        svg.setTitle(m_tabs->tabText(int(plot)).remove(u'&'));
        svg.setDescription(tr("Exported from OncoBoard"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(CoreError::Code::Io, tr("cannot write the image"), path);
        painter.setRenderHint(QPainter::Antialiasing);
        paintPlot(plot, painter, target, palette);
        painter.end();
    }
    if (!file.commit())
        return fail(CoreError::Code::Io, tr("cannot write the image: %1").arg(file.errorString()), path);
    return {};
}

void PlotsPanel::exportWithDialog(Plot plot)
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG image (*.svg)");
    QString stem = plotFileStem(plot);
    if (m_result && !m_result->caseData.tumorSample.isEmpty())
        stem = m_result->caseData.tumorSample + u'_' + stem;
    if (plot == Plot::Lollipop && !m_lollipop->gene().isEmpty())
        stem += u'_' + m_lollipop->gene();
    QString filter = pngFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export plot"), stem + u".png"_s, pngFilter + u";;"_s + svgFilter, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg")
        path += filter == svgFilter ? u".svg"_s : u".png"_s;
    if (auto r = exportPlot(plot, path); !r)
        QMessageBox::warning(
            this, tr("Export plot"), tr("The plot could not be exported: %1").arg(r.error().toString()));
}

} // namespace onco
