#include "PatientIdentityDialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

PatientIdentityDialog::PatientIdentityDialog(
    CaseStore& store, qint64 caseId, const QString& pseudonym, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_caseId(caseId)
    , m_pseudonym(pseudonym)
    , m_actor(actor)
    , m_name(new QLineEdit(this))
    , m_birthDate(new QLineEdit(this))
    , m_recordNumber(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"patientIdentityDialog"_s);
    setWindowTitle(tr("Identifiers of %1").arg(pseudonym));
    setMinimumWidth(480);
    m_name->setObjectName(u"identityName"_s);
    m_birthDate->setObjectName(u"identityBirthDate"_s);
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_recordNumber->setObjectName(u"identityRecordNumber"_s);
    m_passphrase->setObjectName(u"identityPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(u"identityPassphraseRepeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(u"identityProblem"_s);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    const CaseStore::IdentityAccess access = store.identityAccess();
    QString explanation = tr("The case database keeps the patient's identifiers sealed; reports and bundles carry "
                             "the pseudonym %1 unless identifiers are asked for.")
                              .arg(pseudonym);
    if (access == CaseStore::IdentityAccess::NoKeyYet)
        explanation += u" "_s
                       + tr("This database has no passphrase yet: the one you choose now seals every patient's "
                            "identifiers. Keep it safe; without it they cannot be read, on this machine or any other.");
    else if (access == CaseStore::IdentityAccess::Locked)
        explanation += u" "_s + tr("Give the case database's passphrase to read or change them.");
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(tr("&Record number:"), m_recordNumber);
    if (access != CaseStore::IdentityAccess::Unlocked)
        form->addRow(tr("&Passphrase:"), m_passphrase);
    else
        m_passphrase->hide();
    if (access == CaseStore::IdentityAccess::NoKeyYet)
        form->addRow(tr("R&epeat passphrase:"), m_repeat);
    else
        m_repeat->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientIdentityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (access == CaseStore::IdentityAccess::Unlocked)
        showStored();
    else if (access == CaseStore::IdentityAccess::Locked)
        connect(m_passphrase, &QLineEdit::editingFinished, this, [this] {
            if (m_store.identityAccess() != CaseStore::IdentityAccess::Unlocked && unlock())
                showStored();
        });
}

void PatientIdentityDialog::problem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool PatientIdentityDialog::unlock()
{
    const CaseStore::IdentityAccess access = m_store.identityAccess();
    if (access == CaseStore::IdentityAccess::Unlocked)
        return true;
    if (m_passphrase->text().isEmpty()) {
        problem(tr("Give the passphrase."));
        return false;
    }
    if (access == CaseStore::IdentityAccess::NoKeyYet) {
        if (m_passphrase->text().size() < 12) {
            problem(tr("Choose a passphrase of at least 12 characters."));
            return false;
        }
        if (m_repeat->text() != m_passphrase->text()) {
            problem(tr("The two passphrases differ."));
            return false;
        }
    }
    if (auto r = m_store.unlockIdentities(m_passphrase->text()); !r) {
        problem(r.error().message);
        return false;
    }
    problem({});
    return true;
}

void PatientIdentityDialog::showStored()
{
    auto identity = m_store.patientIdentity(m_pseudonym);
    if (!identity) {
        problem(identity.error().message);
        return;
    }
    if (!*identity)
        return;
    if (auto r = m_store.recordDisclosure(m_caseId, u"identity shown"_s, m_actor); !r) {
        problem(r.error().message);
        return;
    }
    m_name->setText((*identity)->name);
    m_birthDate->setText((*identity)->birthDate);
    m_recordNumber->setText((*identity)->recordNumber);
}

void PatientIdentityDialog::accept()
{
    const QString birthDate = m_birthDate->text().trimmed();
    if (!birthDate.isEmpty() && !QDate::fromString(birthDate, Qt::ISODate).isValid()) {
        problem(tr("The birth date is a date, YYYY-MM-DD."));
        return;
    }
    if (!unlock())
        return;
    const CaseStore::PatientIdentity identity{m_name->text().trimmed(), birthDate, m_recordNumber->text().trimmed()};
    if (auto r = m_store.setPatientIdentity(m_pseudonym, identity, m_actor); !r) {
        problem(r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace onco
