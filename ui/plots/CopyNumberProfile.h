#pragma once

#include "model/Alteration.h"
#include "model/GenomeBuild.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QPainter;

namespace onco {

struct AnnotationResult;

/**
 * Genome-wide copy-number profile: the case's segments along chromosomes 1-22, X and Y laid end
 * to end (alternating bands, chromosome labels), as log2 ratios or, for allele-specific input,
 * total copy numbers; gene-level CNA calls are marked at their genes (amplifications and gains at
 * the top, deletions at the bottom). Everything is placed once in setResult().
 */
class CopyNumberProfile : public QWidget
{
    Q_OBJECT

public:
    enum class Scale
    {
        Log2Ratio,
        CopyNumber,
    };

    /** One chromosome on the concatenated axis. */
    struct Chromosome
    {
        QString name; ///< "1" ... "22", "X", "Y"
        qint64 offset = 0;
        qint64 length = 0;
    };
    /** A segment on the concatenated axis, with its value on the plot's scale. */
    struct Segment
    {
        qint64 start = 0;
        qint64 end = 0;
        float value = 0;
    };
    /** A gene-level CNA call placed at its gene. */
    struct Marker
    {
        qint64 position = 0;
        CnaCall call = CnaCall::Neutral;
        QString gene;
        int alteration = -1;
        bool hasEvidence = false;
    };

    explicit CopyNumberProfile(QWidget* parent = nullptr);

    /** Places the segments and calls of `result` (kept only for the duration of the call); nullptr clears. */
    void setResult(const AnnotationResult* result);
    /** Emphasises and labels the marker of an alteration (a CNA call); -1 for none. */
    void setSelected(int alteration);

    /** True when the case has neither segments nor CNA calls. */
    bool isEmpty() const
    {
        return m_segments.empty() && m_markers.empty();
    }
    const std::vector<Chromosome>& chromosomes() const
    {
        return m_chromosomes;
    }
    qint64 genomeLength() const
    {
        return m_genomeLength;
    }
    /** Segments drawn (those on chromosomes 1-22, X, Y, with a value). */
    const std::vector<Segment>& segments() const
    {
        return m_segments;
    }
    /** Segments not drawn: other contigs, or neither a log2 ratio nor a copy number. */
    qsizetype skippedSegments() const
    {
        return m_skippedSegments;
    }
    /** The placed calls: those with evidence first, then high-level calls, then the others. */
    const std::vector<Marker>& markers() const
    {
        return m_markers;
    }
    /** CNA calls whose gene could not be placed on the genome. */
    qsizetype unplacedCalls() const
    {
        return m_unplacedCalls;
    }
    Scale scale() const
    {
        return m_scale;
    }
    /** Position of a chromosome's base on the concatenated axis, -1 for a contig not drawn. */
    qint64 genomePosition(const QString& chrom, qint64 pos) const;
    QString title() const;
    /** Notes under the title: assumptions and what was left out; empty when none. */
    QString notes() const;

    /** Draws the plot into `target` with `palette` (for export), independently of the widget. */
    void paintTo(QPainter& painter, const QRectF& target, const QPalette& palette) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor valueColor(float value, const QPalette& palette) const;

    GenomeBuild m_build = GenomeBuild::Unknown;
    bool m_buildAssumed = false;
    std::vector<Chromosome> m_chromosomes;
    qint64 m_genomeLength = 0;
    std::vector<Segment> m_segments;
    qsizetype m_skippedSegments = 0;
    std::vector<Marker> m_markers;
    qsizetype m_unplacedCalls = 0;
    Scale m_scale = Scale::Log2Ratio;
    bool m_converted = false; ///< some segments converted between log2 ratio and copy number
    qsizetype m_clipped = 0;  ///< segments beyond the y range, drawn at its edge
    float m_low = -2;
    float m_high = 2;
    int m_selected = -1;
};

} // namespace onco
