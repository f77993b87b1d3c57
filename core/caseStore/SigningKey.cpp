#include "SigningKey.h"

#include "IdentitySeal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::SigningKey)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QString keychainService = u"OncoBoard signing key"_s;
const QString keyFileFormat = u"oncoboard.signing-key/1"_s;

/** A keychain job run to its end (the jobs are asynchronous); false with `error` when it failed. */
bool runJob(QKeychain::Job& job, QString& error)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.start();
    if (!done) {
        // A keychain that does not answer (a locked wallet nobody unlocks) is not waited for.
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!done) {
        error = Messages::tr("the keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        error = job.errorString();
        return false;
    }
    return true;
}

QString boundTo(const QString& account, const QByteArray& publicKey)
{
    return u"signing-key:%1:%2"_s.arg(account, QString::fromLatin1(publicKey.toBase64()));
}

Result<SigningKey> readKeyFile(const QString& path, const QString& account, const QString& passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(CoreError::Code::Io, Messages::tr("cannot read the signing key: %1").arg(f.errorString()), path);
    const QJsonObject o = QJsonDocument::fromJson(f.read(65536)).object();
    if (o.value(u"format"_s).toString() != keyFileFormat || o.value(u"account"_s).toString() != account)
        return fail(CoreError::Code::Io, Messages::tr("not a signing key file of account '%1'").arg(account), path);
    if (passphrase.isEmpty())
        return fail(CoreError::Code::Locked,
                    Messages::tr("the signing key of '%1' is sealed with its passphrase: give it "
                                 "(ONCOBOARD_SIGNING_PASSPHRASE when there is no window)")
                        .arg(account),
                    path);
    IdentitySeal::Derivation d;
    d.salt = QByteArray::fromHex(o.value(u"salt"_s).toString().toLatin1());
    d.opslimit = quint64(o.value(u"opslimit"_s).toInteger());
    d.memlimit = quint64(o.value(u"memlimit"_s).toInteger());
    auto seal = IdentitySeal::derive(passphrase, d);
    if (!seal)
        return fail(seal.error().code, seal.error().message, path);
    const QByteArray publicKey = QByteArray::fromBase64(o.value(u"public_key"_s).toString().toLatin1());
    auto secret = seal->open(o.value(u"secret"_s).toString(), boundTo(account, publicKey));
    if (!secret)
        return fail(CoreError::Code::Locked,
                    Messages::tr("the passphrase does not open the signing key of '%1'").arg(account),
                    path);
    QByteArray raw = QByteArray::fromBase64(secret->toLatin1());
    auto key = SigningKey::fromSecret(raw);
    sodium_memzero(raw.data(), size_t(raw.size()));
    if (!key)
        return fail(CoreError::Code::Io, key.error().message, path);
    if (key->publicKey() != publicKey)
        return fail(CoreError::Code::Io, Messages::tr("the signing key file is damaged"), path);
    return key;
}

Result<void> writeKeyFile(const QString& path, const QString& account, const SigningKey& key, const QString& passphrase)
{
    if (passphrase.isEmpty())
        return fail(CoreError::Code::Locked,
                    Messages::tr("a new signing key for '%1' needs a passphrase to seal it "
                                 "(ONCOBOARD_SIGNING_PASSPHRASE when there is no window)")
                        .arg(account),
                    path);
    const IdentitySeal::Derivation d = IdentitySeal::newDerivation();
    auto seal = IdentitySeal::derive(passphrase, d);
    if (!seal)
        return Unexpected{seal.error()};
    QByteArray raw = key.secret().toBase64();
    const QString sealed = seal->seal(QString::fromLatin1(raw), boundTo(account, key.publicKey()));
    sodium_memzero(raw.data(), size_t(raw.size()));
    const QJsonObject o{{u"format"_s, keyFileFormat},
                        {u"account"_s, account},
                        {u"public_key"_s, QString::fromLatin1(key.publicKey().toBase64())},
                        {u"fingerprint"_s, SigningKey::fingerprint(key.publicKey())},
                        {u"kdf"_s, u"argon2id13"_s},
                        {u"salt"_s, QString::fromLatin1(d.salt.toHex())},
                        {u"opslimit"_s, qint64(d.opslimit)},
                        {u"memlimit"_s, qint64(d.memlimit)},
                        {u"secret"_s, sealed}};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(CoreError::Code::Io, Messages::tr("cannot create the folder of the signing key"), path);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(CoreError::Code::Io, f.errorString(), path);
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return fail(CoreError::Code::Io, Messages::tr("cannot write the signing key: %1").arg(f.errorString()), path);
    return {};
}

} // namespace

SigningKey::SigningKey() = default;

SigningKey::SigningKey(SigningKey&& other) noexcept
    : m_secret(other.m_secret)
{
    sodium_memzero(other.m_secret.data(), other.m_secret.size());
}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    if (this != &other) {
        m_secret = other.m_secret;
        sodium_memzero(other.m_secret.data(), other.m_secret.size());
    }
    return *this;
}

SigningKey::~SigningKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

Result<SigningKey> SigningKey::generate()
{
    if (!sodiumReady())
        return fail(CoreError::Code::Internal, Messages::tr("the cryptography library could not start"));
    static_assert(crypto_sign_SECRETKEYBYTES == 64 && crypto_sign_PUBLICKEYBYTES == publicKeyBytes);
    SigningKey key;
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(publicKey, key.m_secret.data());
    return key;
}

Result<SigningKey> SigningKey::fromSecret(const QByteArray& secret)
{
    if (!sodiumReady())
        return fail(CoreError::Code::Internal, Messages::tr("the cryptography library could not start"));
    SigningKey key;
    if (size_t(secret.size()) != key.m_secret.size())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a signing key has 64 bytes, not %1").arg(secret.size()));
    std::copy(secret.cbegin(), secret.cend(), key.m_secret.begin());
    // The public half must be the one the seed makes.
    unsigned char seed[crypto_sign_SEEDBYTES], publicKey[crypto_sign_PUBLICKEYBYTES];
    std::array<unsigned char, 64> check{};
    crypto_sign_ed25519_sk_to_seed(seed, key.m_secret.data());
    crypto_sign_seed_keypair(publicKey, check.data(), seed);
    const bool same = sodium_memcmp(check.data(), key.m_secret.data(), check.size()) == 0;
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(check.data(), check.size());
    if (!same)
        return fail(CoreError::Code::InvalidArgument, Messages::tr("the signing key is damaged"));
    return key;
}

QByteArray SigningKey::publicKey() const
{
    unsigned char out[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(out, m_secret.data());
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out);
}

QByteArray SigningKey::secret() const
{
    return QByteArray(reinterpret_cast<const char*>(m_secret.data()), qsizetype(m_secret.size()));
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray out(signatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(out.data()),
                         nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         quint64(message.size()),
                         m_secret.data());
    return out;
}

bool SigningKey::verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    if (!sodiumReady() || signature.size() != signatureBytes || publicKey.size() != publicKeyBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
           == 0;
}

QString SigningKey::fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u' ');
}

QString SigningKeyStore::keyFilePath(const QString& account)
{
    QString safe = account;
    for (QChar& c : safe)
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            c = u'_';
    // A deployment may keep key files elsewhere (a home on a network share is no place for them).
    QString folder = qEnvironmentVariable("ONCOBOARD_SIGNING_KEYS");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/OncoBoard/signing"_s;
    return folder + u'/' + safe + u".key"_s;
}

bool SigningKeyStore::keychainEnabled()
{
    return qEnvironmentVariable("ONCOBOARD_KEYCHAIN") != u"off"
           && !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty();
}

QString SigningKeyStore::passphraseFromEnvironment()
{
    return qEnvironmentVariable("ONCOBOARD_SIGNING_PASSPHRASE");
}

Result<SigningKey> SigningKeyStore::obtain(const QString& account, const QString& passphrase, bool* created)
{
    if (created)
        *created = false;
    if (account.isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("signing needs an account"));
    const QString path = keyFilePath(account);
    // The keychain first, where there is one and it answers.
    if (keychainEnabled()) {
        QKeychain::ReadPasswordJob read(keychainService);
        read.setKey(account);
        QString error;
        if (runJob(read, error)) {
            QByteArray raw = read.binaryData();
            auto key = SigningKey::fromSecret(raw);
            sodium_memzero(raw.data(), size_t(raw.size()));
            if (key)
                return key;
        } else if (read.error() == QKeychain::EntryNotFound && !QFileInfo::exists(path)) {
            auto key = SigningKey::generate();
            if (!key)
                return key;
            QKeychain::WritePasswordJob write(keychainService);
            write.setKey(account);
            write.setBinaryData(key->secret());
            if (runJob(write, error)) {
                if (created)
                    *created = true;
                return key;
            }
            // No keychain after all: the key file below.
        }
    }
    if (QFileInfo::exists(path))
        return readKeyFile(path, account, passphrase);
    auto key = SigningKey::generate();
    if (!key)
        return key;
    if (auto r = writeKeyFile(path, account, *key, passphrase); !r)
        return Unexpected{r.error()};
    if (created)
        *created = true;
    return key;
}

} // namespace onco
