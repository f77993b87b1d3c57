#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace onco {

/**
 * A signer's Ed25519 key pair (libsodium crypto_sign): signs the statement of a sign-off; the
 * public key, registered in the case database, lets anyone verify it. The secret half is wiped
 * when the key is destroyed and leaves the process only sealed (SigningKeyStore).
 */
class SigningKey
{
public:
    static constexpr qsizetype publicKeyBytes = 32;
    static constexpr qsizetype signatureBytes = 64;

    /** A new random key pair. Internal error when libsodium cannot start. */
    [[nodiscard]] static Result<SigningKey> generate();
    /** A key pair from its 64-byte secret (seed and public half, libsodium's layout). */
    [[nodiscard]] static Result<SigningKey> fromSecret(const QByteArray& secret);

    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey();

    QByteArray publicKey() const;
    /** The 64-byte secret, for sealing it into the keychain or the key file. */
    QByteArray secret() const;
    /** A detached signature (64 bytes) of `message`. */
    QByteArray sign(const QByteArray& message) const;

    /** Whether `signature` is `publicKey`'s signature of `message`. */
    static bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);

    /**
     * What people compare: the first 16 bytes of the public key's SHA-256 in eight groups of four
     * hex digits ("3f2a 9c1b ..."), printed on reports and shown when keys are registered.
     */
    static QString fingerprint(const QByteArray& publicKey);

private:
    SigningKey();
    std::array<unsigned char, 64> m_secret{};
};

/**
 * Where a signer's secret key is kept between sessions: the operating system's keychain
 * (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows Credential Store) when one
 * answers, else a key file in the user's data folder (OncoBoard/signing/ACCOUNT.key, mode 0600) holding the
 * secret sealed with a key derived from the signer's passphrase (Argon2id, XChaCha20-Poly1305).
 */
class SigningKeyStore
{
public:
    /**
     * The account's key pair; created and stored when the account has none (`created` says so).
     * `passphrase` seals and opens the key file; it is not needed when the keychain holds the key.
     * Errors: Locked (no keychain and no passphrase, or a wrong one), Io (the key file).
     */
    [[nodiscard]] static Result<SigningKey>
    obtain(const QString& account, const QString& passphrase, bool* created = nullptr);

    /** The key file of an account (whether or not it exists): in ONCOBOARD_SIGNING_KEYS when set. */
    static QString keyFilePath(const QString& account);

    /**
     * Whether the keychain is tried: a desktop session bus is present and ONCOBOARD_KEYCHAIN is
     * not "off" (headless machines, CI and tests use the key file).
     */
    static bool keychainEnabled();

    /** The passphrase headless use gives: ONCOBOARD_SIGNING_PASSPHRASE, empty when unset. */
    static QString passphraseFromEnvironment();
};

} // namespace onco
