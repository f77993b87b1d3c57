#include "InputIssuesDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

InputIssuesDialog::InputIssuesDialog(const Case& c, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"inputIssuesDialog"_s);
    setWindowTitle(tr("Input issues"));
    resize(900, 480);

    const QString skipped =
        c.skippedRecords == 1 ? tr("1 record was skipped") : tr("%L1 records were skipped").arg(c.skippedRecords);
    const QString warnings =
        c.warningCount == 1 ? tr("1 warning was raised") : tr("%L1 warnings were raised").arg(c.warningCount);
    auto* summary = new QLabel(
        tr("%1 and %2 while reading the case. Skipped records are not part of the case.").arg(skipped, warnings), this);
    summary->setWordWrap(true);

    const QList<IssueSummary> issues = summarizeIssues(c.issues, shown);
    m_table->setObjectName(u"issuesTable"_s);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Effect"), tr("Problem"), tr("Times")});
    m_table->setRowCount(int(issues.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (int r = 0; r < issues.size(); ++r) {
        const InputIssue& i = issues[r].first;
        auto* file = new QTableWidgetItem(QFileInfo(i.file).fileName());
        file->setToolTip(i.file);
        m_table->setItem(r, 0, file);
        m_table->setItem(r, 1, new QTableWidgetItem(i.line > 0 ? QString::number(i.line) : QString()));
        m_table->setItem(
            r, 2, new QTableWidgetItem(i.severity == InputIssue::Severity::Skipped ? tr("skipped") : tr("warning")));
        auto* message = new QTableWidgetItem(i.message);
        message->setToolTip(i.message);
        m_table->setItem(r, 3, message);
        m_table->setItem(r, 4, new QTableWidgetItem(QString::number(issues[r].count)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace onco
