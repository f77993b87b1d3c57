#include "SignOffDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
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
    // Only the roles that may sign into this state (Roles.h); the stored name is the canonical one.
    const RoleAction action = final ? RoleAction::SignFinal : RoleAction::SignPreliminary;
    for (const QString& name : roleNames())
        if (const auto role = parseRole(name); role && roleMay(*role, action))
            m_role->addItem(QCoreApplication::translate("onco::Roles", name.toUtf8().constData()), name);
    if (const auto stated = parseRole(current.role))
        m_role->setCurrentIndex(std::max(0, m_role->findData(roleName(*stated))));
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
    // The signing key: the keychain holds it, or the key file sealed with the signer's passphrase.
    if (!SigningKeyStore::keychainEnabled() && SigningKeyStore::passphraseFromEnvironment().isEmpty()) {
        const bool newKey = !QFileInfo::exists(SigningKeyStore::keyFilePath(current.account));
        m_passphrase = new QLineEdit(this);
        m_passphrase->setEchoMode(QLineEdit::Password);
        m_passphrase->setObjectName(u"signingPassphrase"_s);
        form->addRow(newKey ? tr("New signing &passphrase:") : tr("Signing &passphrase:"), m_passphrase);
        if (newKey) {
            m_confirm = new QLineEdit(this);
            m_confirm->setEchoMode(QLineEdit::Password);
            m_confirm->setObjectName(u"signingPassphraseConfirm"_s);
            form->addRow(tr("&Repeat it:"), m_confirm);
        }
        auto* note = new QLabel(newKey ? tr("No keychain answers here: your first signature makes your signing key "
                                            "and keeps it sealed with this passphrase.")
                                       : tr("No keychain answers here: your signing key is sealed with this "
                                            "passphrase."),
                                this);
        note->setWordWrap(true);
        note->setStyleSheet(u"color: #555"_s);
        form->addRow(QString(), note);
    }
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
    a.role = m_role->currentData().toString();
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
    if (m_target != CaseState::Draft) {
        QString passphrase = SigningKeyStore::passphraseFromEnvironment();
        if (m_passphrase) {
            passphrase = m_passphrase->text();
            if (m_confirm && (passphrase.size() < 12 || passphrase != m_confirm->text())) {
                QMessageBox::warning(this,
                                     windowTitle(),
                                     passphrase.size() < 12 ? tr("A signing passphrase has at least 12 characters.")
                                                            : tr("The two passphrases differ."));
                return;
            }
        }
        auto key = SigningKeyStore::obtain(a.account, passphrase);
        if (!key) {
            QMessageBox::warning(this, windowTitle(), key.error().message);
            return;
        }
        m_key = std::move(*key);
    }
    // The next signature starts from these.
    QSettings settings;
    settings.setValue(u"identity/name"_s, a.name);
    settings.setValue(u"identity/role"_s, a.role);
    QDialog::accept();
}

} // namespace onco
