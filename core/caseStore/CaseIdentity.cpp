// Patients' identifying data: sealed at rest with the case database's passphrase (IdentitySeal),
// opened only with the key, and every disclosure written to the audit chain first.
#include "CaseStore.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

} // namespace

namespace {

const char* const identityFields[] = {"name", "birth_date", "record_number"};

/** What a sealed value is bound to: its patient (by uid, stable across machines) and its field. */
QString boundTo(const QString& patientUid, const char* field)
{
    return u"patient:"_s + patientUid + u'/' + QLatin1StringView(field);
}

} // namespace

CaseStore::IdentityAccess CaseStore::identityAccess() const
{
    if (m_seal)
        return IdentityAccess::Unlocked;
    QSqlQuery q(database());
    if (q.exec(u"SELECT count(*) FROM identity_key"_s) && q.next() && q.value(0).toLongLong() > 0)
        return IdentityAccess::Locked;
    return IdentityAccess::NoKeyYet;
}

Result<void> CaseStore::unlockIdentities(const QString& passphrase)
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT kdf, salt, opslimit, memlimit, key_check FROM identity_key WHERE id = 1"_s))
        return sqlFailure(q.lastError(), m_path);
    if (!q.next()) {
        // No key yet: this passphrase becomes the database's, stored with the first identifier.
        IdentitySeal::Derivation derivation = IdentitySeal::newDerivation();
        auto seal = IdentitySeal::derive(passphrase, derivation);
        if (!seal)
            return Unexpected{seal.error()};
        m_seal = std::make_unique<IdentitySeal>(std::move(*seal));
        m_newKey = derivation;
        return {};
    }
    if (q.value(0).toString() != u"argon2id13")
        return fail(
            CoreError::Code::Database,
            Messages::tr("the identifiers are sealed with an unknown key derivation '%1'").arg(q.value(0).toString()),
            m_path);
    IdentitySeal::Derivation derivation{
        QByteArray::fromHex(q.value(1).toString().toLatin1()), q.value(2).toULongLong(), q.value(3).toULongLong()};
    auto seal = IdentitySeal::derive(passphrase, derivation);
    if (!seal)
        return Unexpected{seal.error()};
    if (seal->check() != q.value(4).toString())
        return fail(CoreError::Code::Locked,
                    Messages::tr("this is not the passphrase the identifiers of this case database are sealed with"),
                    m_path);
    m_seal = std::make_unique<IdentitySeal>(std::move(*seal));
    m_newKey.reset();
    return {};
}

Result<void>
CaseStore::setPatientIdentity(const QString& pseudonym, const PatientIdentity& identity, const Actor& actor)
{
    if (!m_seal)
        return fail(CoreError::Code::Locked,
                    Messages::tr("identifiers are stored sealed: give the case database's passphrase first "
                                 "(ONCOBOARD_PASSPHRASE, or the window asks for it)"),
                    m_path);
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"SELECT id, uid FROM patient WHERE pseudonym = ?"_s);
    q.addBindValue(pseudonym);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (!q.next())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("there is no patient '%1'").arg(pseudonym), m_path);
    const qint64 patient = q.value(0).toLongLong();
    const QString uid = q.value(1).toString();
    q.finish();
    if (m_newKey) {
        // The first identifier of this database: its key is made now, in the same transaction.
        q.prepare(u"INSERT INTO identity_key (id, kdf, salt, opslimit, memlimit, key_check, created_at) VALUES "
                  "(1, 'argon2id13', ?, ?, ?, ?, ?)"_s);
        q.addBindValue(QString::fromLatin1(m_newKey->salt.toHex()));
        q.addBindValue(qint64(m_newKey->opslimit));
        q.addBindValue(qint64(m_newKey->memlimit));
        q.addBindValue(m_seal->check());
        q.addBindValue(now());
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
        if (auto r = appendAudit(0, actor, u"identity.key"_s, QString(), u"argon2id13"_s); !r)
            return r;
    }
    q.prepare(
        u"INSERT INTO patient_identity (patient_id, name, birth_date, record_number) VALUES (?,?,?,?) ON CONFLICT "
        "(patient_id) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date, record_number = "
        "excluded.record_number"_s);
    q.addBindValue(patient);
    const QString values[] = {identity.name, identity.birthDate, identity.recordNumber};
    for (int i = 0; i < 3; ++i)
        q.addBindValue(orNull(m_seal->seal(values[i], boundTo(uid, identityFields[i]))));
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    // The trail stays pseudonymous: it says that identifying data changed, not what it is.
    if (auto r = appendAudit(0, actor, u"patient.identity"_s, QString(), pseudonym); !r)
        return r;
    if (auto r = transaction.commit(); !r)
        return r;
    m_newKey.reset();
    return {};
}

Result<std::optional<CaseStore::PatientIdentity>> CaseStore::patientIdentity(const QString& pseudonym)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT i.name, i.birth_date, i.record_number, p.uid FROM patient_identity i JOIN patient p ON p.id = "
              "i.patient_id WHERE p.pseudonym = ?"_s);
    q.addBindValue(pseudonym);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (!q.next())
        return std::optional<PatientIdentity>();
    QString clear[3];
    for (int i = 0; i < 3; ++i) {
        const QString stored = q.value(i).toString();
        if (!IdentitySeal::isSealed(stored)) {
            clear[i] = stored; // written before identifiers were sealed
            continue;
        }
        if (!m_seal)
            return fail(CoreError::Code::Locked,
                        Messages::tr("the identifiers of %1 are sealed and this machine was given no key for them "
                                     "(ONCOBOARD_PASSPHRASE, or the window asks for the passphrase); the case shows "
                                     "its pseudonym only")
                            .arg(pseudonym),
                        m_path);
        auto opened = m_seal->open(stored, boundTo(q.value(3).toString(), identityFields[i]));
        if (!opened)
            return Unexpected{opened.error()};
        clear[i] = *opened;
    }
    return std::optional<PatientIdentity>(PatientIdentity{clear[0], clear[1], clear[2]});
}

Result<void> CaseStore::recordDisclosure(qint64 caseId, const QString& what, const Actor& actor)
{
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    if (auto r = appendAudit(caseId, actor, u"identity.disclosed"_s, QString(), what); !r)
        return r;
    return transaction.commit();
}

} // namespace onco
