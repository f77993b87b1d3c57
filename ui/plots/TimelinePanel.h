#pragma once

#include "TextBindings.h"
#include "caseStore/PatientTimeline.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace onco {

/**
 * A patient's samples over time (Qt Charts): the tumor VAF of each relevant alteration (AMP tier I
 * or II, or with knowledge-base evidence) at each sample date, tissue and liquid biopsies marked,
 * and the alterations that appeared or were not found again between samples, in words. The VAFs of
 * every alteration export as TSV.
 */
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    /** Shows a patient's timeline; nullopt: none (a case not from a case database). */
    void setTimeline(std::optional<PatientTimeline> timeline);

    /** The changes between samples as shown, one per line. */
    QString changesText() const;
    /** The plotted alterations' names. */
    QStringList plottedNames() const;
    QChart* chart() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void exportTsv();

    TextBindings m_texts;
    std::optional<PatientTimeline> m_timeline;
    QChartView* m_view;
    QLabel* m_samples;
    QLabel* m_changes;
    QPushButton* m_export;
};

} // namespace onco
