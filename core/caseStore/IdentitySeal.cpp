#include "IdentitySeal.h"

#include <QCoreApplication>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

const QString sealedPrefix = u"sealed:v1:"_s;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

IdentitySeal::IdentitySeal() = default;

IdentitySeal::IdentitySeal(IdentitySeal&& other) noexcept
    : m_key(other.m_key)
{
    sodium_memzero(other.m_key.data(), other.m_key.size());
}

IdentitySeal& IdentitySeal::operator=(IdentitySeal&& other) noexcept
{
    if (this != &other) {
        m_key = other.m_key;
        sodium_memzero(other.m_key.data(), other.m_key.size());
    }
    return *this;
}

IdentitySeal::~IdentitySeal()
{
    sodium_memzero(m_key.data(), m_key.size());
}

IdentitySeal::Derivation IdentitySeal::newDerivation()
{
    Derivation d;
    if (!sodiumReady())
        return d;
    d.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(d.salt.data(), size_t(d.salt.size()));
    d.opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    d.memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    return d;
}

Result<IdentitySeal> IdentitySeal::derive(const QString& passphrase, const Derivation& derivation)
{
    if (!sodiumReady())
        return fail(CoreError::Code::Internal, Messages::tr("the cryptography library could not start"));
    if (passphrase.isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("the passphrase is empty"));
    if (derivation.salt.size() != crypto_pwhash_SALTBYTES || derivation.opslimit < crypto_pwhash_OPSLIMIT_MIN
        || derivation.memlimit < crypto_pwhash_MEMLIMIT_MIN)
        return fail(CoreError::Code::Database, Messages::tr("the stored key derivation parameters are damaged"));
    QByteArray secret = passphrase.toUtf8();
    IdentitySeal seal;
    const int rc = crypto_pwhash(seal.m_key.data(),
                                 seal.m_key.size(),
                                 secret.constData(),
                                 quint64(secret.size()),
                                 reinterpret_cast<const unsigned char*>(derivation.salt.constData()),
                                 derivation.opslimit,
                                 size_t(derivation.memlimit),
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (rc != 0)
        return fail(CoreError::Code::Internal,
                    Messages::tr("not enough memory to derive the key from the passphrase (%1 MiB)")
                        .arg(derivation.memlimit >> 20));
    return seal;
}

Result<IdentitySeal> IdentitySeal::fromRaw(const QByteArray& key)
{
    if (!sodiumReady())
        return fail(CoreError::Code::Internal, Messages::tr("the cryptography library could not start"));
    IdentitySeal seal;
    if (size_t(key.size()) != seal.m_key.size())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("a key has 32 bytes, not %1").arg(key.size()));
    std::copy(key.cbegin(), key.cend(), seal.m_key.begin());
    return seal;
}

QString IdentitySeal::check() const
{
    static constexpr char text[] = "OncoBoard identity key check v1";
    unsigned char out[16];
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char*>(text), sizeof text - 1, m_key.data(), m_key.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString IdentitySeal::seal(const QString& clear, const QString& boundTo) const
{
    if (clear.isEmpty())
        return {};
    const QByteArray message = clear.toUtf8(), associated = boundTo.toUtf8();
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + message.size()
                       + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                               &written,
                                               reinterpret_cast<const unsigned char*>(message.constData()),
                                               quint64(message.size()),
                                               reinterpret_cast<const unsigned char*>(associated.constData()),
                                               quint64(associated.size()),
                                               nullptr,
                                               nonce,
                                               m_key.data());
    out.truncate(int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + written));
    return sealedPrefix + QString::fromLatin1(out.toBase64());
}

Result<QString> IdentitySeal::open(const QString& stored, const QString& boundTo) const
{
    if (!isSealed(stored))
        return stored;
    const QByteArray in = QByteArray::fromBase64(stored.mid(sealedPrefix.size()).toLatin1());
    const QByteArray associated = boundTo.toUtf8();
    if (size_t(in.size()) < crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return fail(CoreError::Code::Database, Messages::tr("a sealed identifier is damaged"));
    QByteArray out(in.size(), Qt::Uninitialized);
    unsigned long long written = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(in.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()),
                                                   &written,
                                                   nullptr,
                                                   nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                   quint64(in.size()) - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                   reinterpret_cast<const unsigned char*>(associated.constData()),
                                                   quint64(associated.size()),
                                                   nonce,
                                                   m_key.data())
        != 0)
        return fail(CoreError::Code::Database,
                    Messages::tr("a sealed identifier does not open with this key: it was changed, or moved from "
                                 "another patient or field"));
    out.truncate(int(written));
    return QString::fromUtf8(out);
}

QByteArray IdentitySeal::raw() const
{
    return QByteArray(reinterpret_cast<const char*>(m_key.data()), int(m_key.size()));
}

bool IdentitySeal::isSealed(const QString& stored)
{
    return stored.startsWith(sealedPrefix);
}

} // namespace onco
