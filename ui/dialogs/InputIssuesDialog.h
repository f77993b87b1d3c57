#pragma once

#include "model/Case.h"

#include <QDialog>

class QTableWidget;

namespace onco {

/** Lists what went wrong while reading a case: the first 20 distinct problems, with file, line and count. */
class InputIssuesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InputIssuesDialog(const Case& caseData, QWidget* parent = nullptr);

    static constexpr int shown = 20;

    QTableWidget* table() const
    {
        return m_table;
    }

private:
    QTableWidget* m_table;
};

} // namespace onco
