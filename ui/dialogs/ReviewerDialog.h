#pragma once

#include "caseStore/CaseStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace onco {

/**
 * Asks who is reviewing (name and role) before the first decision, so that no decision is stored
 * under an OS account alone. Kept in the identity settings, as the sign-off dialog does.
 */
class ReviewerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewerDialog(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const
    {
        return m_name;
    }
    QComboBox* roleEdit() const
    {
        return m_role;
    }

    /** Whether the settings name a reviewer already. */
    static bool known();

    void accept() override;

private:
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_problem;
};

} // namespace onco
