#pragma once

#include "caseStore/CaseStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace onco {

/**
 * Signs a case into its next state (draft -> preliminary -> final): who signs, in which role, at
 * what time (now, in UTC, as the case database records it). The name and role are kept in the
 * identity settings for the next signature.
 */
class SignOffDialog : public QDialog
{
    Q_OBJECT

public:
    SignOffDialog(const CaseSummary& summary, CaseState target, QWidget* parent = nullptr);

    /** The signer as entered. */
    Actor signer() const;

    void accept() override;

private:
    CaseState m_target;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_time;
};

} // namespace onco
