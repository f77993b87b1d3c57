#pragma once

#include "caseStore/TreatmentPlan.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace onco {

/** Edits one recommendation of the plan: what, for which alterations, on what evidence, and why. */
class PlanItemDialog : public QDialog
{
    Q_OBJECT

public:
    /** A stored alteration the item can rest on: its reference ("BRAF:p.V600E") and how it reads. */
    struct Choice
    {
        QString reference;
        QString label; ///< "BRAF p.V600E - AMP I-A"
    };

    /**
     * `choices`: the case's alterations, picked from a list (filtered by typing); references the item
     * already names that are not among them stay, checked.
     */
    explicit PlanItemDialog(const PlanItem& item, const QList<Choice>& choices = {}, QWidget* parent = nullptr);

    /** Shows why the item was refused (next to the fields), keeping everything typed. */
    void setError(const QString& text);
    QString error() const;

    /** The item as edited (its id and creation stay those given). */
    PlanItem item() const;

    void accept() override;

private:
    /** Shows the rows the chosen kind uses: a therapy's drugs, a trial's NCT ids, a diagnostic step's title. */
    void showKindFields();

    PlanItem m_item;
    QFormLayout* m_form;
    QLabel* m_error;
    QLineEdit* m_filter;
    QListWidget* m_alterationList;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_therapies;
    QComboBox* m_interaction;
    QLineEdit* m_evidence;
    QLineEdit* m_trials;
    QLineEdit* m_level;
    QSpinBox* m_priority;
    QPlainTextEdit* m_rationale;
};

} // namespace onco
