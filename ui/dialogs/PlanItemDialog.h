#pragma once

#include "caseStore/TreatmentPlan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace onco {

/** Edits one recommendation of the plan: what, for which alterations, on what evidence, and why. */
class PlanItemDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanItemDialog(const PlanItem& item, QWidget* parent = nullptr);

    /** The item as edited (its id and creation stay those given). */
    PlanItem item() const;

    void accept() override;

private:
    PlanItem m_item;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_therapies;
    QComboBox* m_interaction;
    QLineEdit* m_alterations;
    QLineEdit* m_evidence;
    QLineEdit* m_trials;
    QLineEdit* m_level;
    QSpinBox* m_priority;
    QPlainTextEdit* m_rationale;
};

} // namespace onco
