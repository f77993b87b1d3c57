#pragma once

#include "Result.h"
#include "TextBindings.h"
#include "model/AnnotationResult.h"

#include <QSize>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QPainter;
class QTabWidget;

namespace onco {

class CopyNumberProfile;
class LollipopPlot;
class TimelinePanel;
class VafHistogram;

/**
 * The plots of the review window, one tab each: the VAF histogram of the small variants, a
 * lollipop plot of one gene's protein changes, and the genome-wide copy-number profile. Each tab
 * exports its plot as PNG or SVG.
 */
class PlotsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Plot
    {
        VafHistogram,
        Lollipop,
        CopyNumber,
    };

    explicit PlotsPanel(QWidget* parent = nullptr);
    ~PlotsPanel() override;

    /** Shows an annotated case; nullptr clears every plot. The data are read here, once. */
    void setResult(std::shared_ptr<const AnnotationResult> result);
    /**
     * Shows an alteration on the plot that fits its kind: a copy-number change on the profile, a
     * small variant of a gene with a lollipop on it, else the VAF histogram.
     */
    void showPlotFor(int alteration);
    /** The plot whose tab is shown. */
    Plot currentPlot() const;
    /**
     * Shows an alteration (index into Case::alterations; -1 or out of range: none): its VAF is
     * marked in the histogram, the lollipop plot switches to its gene when that gene has protein
     * changes, and a CNA call is labelled in the copy-number profile.
     */
    void showAlteration(int alteration);

    /**
     * Writes one plot as PNG or SVG, chosen by the suffix of `path` (.png, .svg, any case), at
     * `size` pixels, in a light palette so that it drops into a report. Errors: InvalidArgument
     * (other suffix, empty size), Io (the file cannot be written).
     */
    [[nodiscard]] Result<void> exportPlot(Plot plot, const QString& path, QSize size = {1200, 700});

    /** The gene the lollipop plot shows (empty when the case has no protein changes). */
    QString lollipopGene() const;

    QTabWidget* tabs() const
    {
        return m_tabs;
    }
    VafHistogram* vafHistogram() const
    {
        return m_vaf;
    }
    LollipopPlot* lollipopPlot() const
    {
        return m_lollipop;
    }
    CopyNumberProfile* copyNumberProfile() const
    {
        return m_copyNumber;
    }
    /** The patient's samples over time (a stored case's patient). */
    TimelinePanel* timeline() const
    {
        return m_timeline;
    }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeTab(QWidget* plot, Plot kind, QWidget* extra);
    void exportWithDialog(Plot plot);
    void showGene(const QString& gene);
    void paintPlot(Plot plot, QPainter& painter, const QRectF& target, const QPalette& palette) const;

    /** Names the lollipop plot's genes with their number of mutations, in the interface language. */
    void nameGenes();

    TextBindings m_texts;
    std::shared_ptr<const AnnotationResult> m_result;
    QTabWidget* m_tabs;
    VafHistogram* m_vaf;
    LollipopPlot* m_lollipop;
    CopyNumberProfile* m_copyNumber;
    TimelinePanel* m_timeline;
    QComboBox* m_geneCombo;
};

} // namespace onco
