#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QPainter;

namespace onco {

struct Alteration;
struct AnnotationResult;

/**
 * Histogram of the tumor VAF of a case's small variants (SNV, MNV, indels with a VAF), in bins
 * of 5% (2% from 200 variants on), with a dashed marker at the VAF of a selected alteration.
 * The counts are made once in setResult(); drawing only uses the bins. Drawn with Qt Charts, kept
 * out of this header so that users of the widget need not see that module.
 */
class VafHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit VafHistogram(QWidget* parent = nullptr);
    ~VafHistogram() override;

    /** Bins the VAFs of `result` (kept only for the duration of the call); nullptr clears. */
    void setResult(const AnnotationResult* result);
    /** Marks a VAF in [0, 1] with a label such as "KRAS p.G12D"; NaN removes the marker. */
    void setMarker(double vaf, const QString& label = {});

    /** True for the alterations the histogram counts: small variants with a tumor VAF. */
    static bool includes(const Alteration& alteration);

    /** Variants from this count on are binned at 2%, below it at 5%. */
    static constexpr qint64 fineBinsFrom = 200;

    int binCount() const
    {
        return int(m_counts.size());
    }
    /** Bin i holds VAFs in [i / binCount(), (i + 1) / binCount()), give or take float rounding
     *  (7/20 counts as 0.35); the last one includes 1, values outside 0..1 go to the end bins. */
    double binWidth() const
    {
        return 1.0 / binCount();
    }
    qint64 binValue(int bin) const
    {
        return m_counts[size_t(bin)];
    }
    /** Small variants with a VAF (the sum of the bins). */
    qint64 total() const
    {
        return m_total;
    }
    double marker() const
    {
        return m_marker;
    }
    QString title() const;

    /** Draws the plot into `target` with `palette` (for export), independently of the widget. */
    void paintTo(QPainter& painter, const QRectF& target, const QPalette& palette) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    /** A new chart of the current bins and marker, coloured from `palette`. */
    QChart* makeChart(const QPalette& palette) const;
    void rebuild();

    QChartView* m_view;
    std::vector<qint64> m_counts;
    qint64 m_total = 0;
    qint64 m_outOfRange = 0; ///< VAFs below 0 or above 1, counted in the end bins
    double m_marker;
    QString m_markerLabel;
};

} // namespace onco
