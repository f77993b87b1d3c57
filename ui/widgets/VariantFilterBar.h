#pragma once

#include "TextBindings.h"
#include "models/VariantFilter.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace onco {

/**
 * The filters above the variant table: quick search, AMP tier and consequence groups, tumor VAF
 * range, a gene list, "only actionable" and "hide excluded". Typing is debounced; every change
 * emits the whole filter.
 */
class VariantFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit VariantFilterBar(QWidget* parent = nullptr);

    VariantFilter filter() const;
    void setFilter(const VariantFilter& filter);
    /** Focuses the quick search (Ctrl+F). */
    void focusSearch();
    /** Shows how many alterations the filter lets through ("12 of 3,313 shown"), with a Clear button when filtered. */
    void setShown(qsizetype shown, qsizetype total);
    /** The count shown, as the user reads it. */
    QString shownText() const;

signals:
    void filterChanged(const onco::VariantFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void changed();
    /** Says on the tier and consequence buttons how many choices filter. */
    void updateChoiceTitles(const VariantFilter& filter);
    /** The count of setShown() in words. */
    void updateShown();

    TextBindings m_texts;

    QLineEdit* m_search;
    QToolButton* m_tiers;
    QToolButton* m_consequences;
    QDoubleSpinBox* m_vafMin;
    QDoubleSpinBox* m_vafMax;
    QLineEdit* m_genes;
    QCheckBox* m_actionable;
    QCheckBox* m_hideExcluded;
    QLabel* m_shown;
    QToolButton* m_clear;
    QTimer* m_debounce;
    qsizetype m_shownCount = 0;
    qsizetype m_totalCount = 0;
};

} // namespace onco
