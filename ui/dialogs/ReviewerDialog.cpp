#include "ReviewerDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace onco {

ReviewerDialog::ReviewerDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"reviewerDialog"_s);
    setWindowTitle(tr("Who is reviewing?"));
    setMinimumWidth(420);
    const Actor current = Actor::current();
    m_name->setText(QSettings().value(u"identity/name"_s).toString());
    m_name->setPlaceholderText(tr("Dr. A. Pathologist"));
    // The board's roles (Roles.h); what each may do is checked when it acts.
    for (const QString& name : roleNames())
        m_role->addItem(QCoreApplication::translate("onco::Roles", name.toUtf8().constData()), name);
    if (const auto stated = parseRole(current.role))
        m_role->setCurrentIndex(std::max(0, m_role->findData(roleName(*stated))));
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();
    auto* explanation = new QLabel(
        tr("Every decision is stored with the name and role of the person who made it. They are kept for the "
           "next decisions and sign-offs (Review > Sign Final asks again)."),
        this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

bool ReviewerDialog::known()
{
    return !QSettings().value(u"identity/name"_s).toString().trimmed().isEmpty();
}

void ReviewerDialog::accept()
{
    const QString name = m_name->text().trimmed(), role = m_role->currentData().toString();
    if (name.isEmpty() || role.isEmpty()) {
        // The dialog stays open with what was typed.
        m_problem->setText(tr("Give your name and your role."));
        m_problem->show();
        return;
    }
    QSettings settings;
    settings.setValue(u"identity/name"_s, name);
    settings.setValue(u"identity/role"_s, role);
    QDialog::accept();
}

} // namespace onco
