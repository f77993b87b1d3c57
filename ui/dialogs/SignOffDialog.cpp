#include "SignOffDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace onco {

SignOffDialog::SignOffDialog(const CaseSummary& summary, CaseState target, QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_time(new QLabel(this))
{
    const Actor current = Actor::current();
    const bool final = target == CaseState::Final;
    setWindowTitle(final ? tr("Sign the case final") : tr("Mark the case preliminary"));
    setMinimumWidth(460);
    m_name->setText(current.name);
    m_role->setEditable(true);
    m_role->addItems(
        {tr("molecular pathologist"), tr("oncologist"), tr("clinical geneticist"), tr("bioinformatician")});
    m_role->setCurrentText(current.role);
    m_time->setText(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));

    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(
        final ? tr("Case %1, version %3 (patient %2) becomes <b>final</b>: it is locked, its plan and decisions can "
                   "no longer change, and the PDF loses its PRELIMINARY watermark. Changes afterwards need an "
                   "amendment, a new version.")
                    .arg(summary.caseNumber)
                    .arg(summary.patient)
                    .arg(summary.version)
              : tr("Case %1, version %3 (patient %2) becomes <b>preliminary</b>: ready for the board's discussion. "
                   "It can still be edited, or reopened as a draft.")
                    .arg(summary.caseNumber)
                    .arg(summary.patient)
                    .arg(summary.version));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Time:"), m_time);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(final ? tr("Sign final") : tr("Mark preliminary"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Actor SignOffDialog::signer() const
{
    Actor a = Actor::current();
    a.name = m_name->text().trimmed();
    a.role = m_role->currentText().trimmed();
    return a;
}

void SignOffDialog::accept()
{
    const Actor a = signer();
    if (a.name.isEmpty() || (m_target == CaseState::Final && a.role.isEmpty())) {
        QMessageBox::warning(this,
                             windowTitle(),
                             m_target == CaseState::Final ? tr("Signing final needs your name and role.")
                                                          : tr("Give your name."));
        return;
    }
    // The next signature starts from these.
    QSettings settings;
    settings.setValue(u"identity/name"_s, a.name);
    settings.setValue(u"identity/role"_s, a.role);
    QDialog::accept();
}

} // namespace onco
