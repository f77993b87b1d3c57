#pragma once

#include "caseStore/CaseStore.h"
#include "caseStore/SigningKey.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace onco {

/**
 * Signs a case into its next state (draft -> preliminary -> final): who signs, in which role, at
 * what time (now, in UTC, as the case database records it). The name and role are kept in the
 * identity settings for the next signature. Preliminary and final are signed with the signer's
 * key: from the keychain, else from the key file opened with the signing passphrase asked here
 * (twice when the account has no key yet).
 */
class SignOffDialog : public QDialog
{
    Q_OBJECT

public:
    SignOffDialog(const CaseSummary& summary, CaseState target, QWidget* parent = nullptr);

    /** The signer as entered. */
    Actor signer() const;

    void accept() override;

    /** The signer's key, once the dialog was accepted. */
    std::optional<SigningKey> takeKey()
    {
        return std::move(m_key);
    }

private:
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    std::optional<SigningKey> m_key;
    CaseState m_target;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_time;
};

} // namespace onco
