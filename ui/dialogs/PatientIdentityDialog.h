#pragma once

#include "caseStore/CaseStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace onco {

/**
 * Enters or corrects a patient's identifiers (name, birth date, record number), which the case
 * database stores sealed. Asks for the database's passphrase when the store has no key yet (the
 * passphrase chosen now becomes the database's: asked twice) or has not been given it. Showing
 * the stored identifiers is written to the audit chain of the case shown.
 */
class PatientIdentityDialog : public QDialog
{
    Q_OBJECT

public:
    PatientIdentityDialog(
        CaseStore& store, qint64 caseId, const QString& pseudonym, const Actor& actor, QWidget* parent);

    QLineEdit* nameEdit() const
    {
        return m_name;
    }
    QLineEdit* birthDateEdit() const
    {
        return m_birthDate;
    }
    QLineEdit* recordNumberEdit() const
    {
        return m_recordNumber;
    }
    QLineEdit* passphraseEdit() const
    {
        return m_passphrase;
    }
    QLineEdit* repeatEdit() const
    {
        return m_repeat;
    }

    void accept() override;

private:
    /** Unlocks with the passphrase typed, when needed; false with the reason shown. */
    bool unlock();
    /** Fills in what is stored (written to the audit chain first). */
    void showStored();
    void problem(const QString& text);

    CaseStore& m_store;
    qint64 m_caseId;
    QString m_pseudonym;
    Actor m_actor;
    QLineEdit* m_name;
    QLineEdit* m_birthDate;
    QLineEdit* m_recordNumber;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_problem;
};

} // namespace onco
