#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace onco {

/**
 * The key that seals patients' identifying data (name, birth date, record number) in a case
 * database: 32 bytes derived from the database's passphrase with Argon2id (libsodium
 * crypto_pwhash), each value sealed with XChaCha20-Poly1305 (crypto_aead_xchacha20poly1305_ietf)
 * and a fresh random nonce, bound to its patient and field by the associated data, so that a
 * value moved to another patient or field does not open. The key is wiped when destroyed.
 */
class IdentitySeal
{
public:
    /** Parameters of the key derivation, stored with the database (identity_key). */
    struct Derivation
    {
        QByteArray salt;      ///< 16 random bytes
        quint64 opslimit = 0; ///< Argon2id passes
        quint64 memlimit = 0; ///< bytes of memory
    };

    /** New derivation parameters: a random salt, libsodium's interactive limits (64 MiB, ~0.1 s). */
    static Derivation newDerivation();

    /** Derives the key. Errors: InvalidArgument (empty passphrase), Internal (out of memory). */
    [[nodiscard]] static Result<IdentitySeal> derive(const QString& passphrase, const Derivation& derivation);

    /** A key from its 32 raw bytes (as a keychain keeps it). InvalidArgument for another length. */
    [[nodiscard]] static Result<IdentitySeal> fromRaw(const QByteArray& key);

    IdentitySeal(IdentitySeal&& other) noexcept;
    IdentitySeal& operator=(IdentitySeal&& other) noexcept;
    IdentitySeal(const IdentitySeal&) = delete;
    IdentitySeal& operator=(const IdentitySeal&) = delete;
    ~IdentitySeal();

    /**
     * A value that tells the right key from a wrong one without revealing the key (a keyed
     * BLAKE2b hash of a fixed text), stored with the database.
     */
    QString check() const;

    /** "sealed:v1:" and base64 of nonce and ciphertext; an empty value stays empty. */
    QString seal(const QString& clear, const QString& boundTo) const;

    /** The clear value; an unsealed (older) value as it is. Database error when it does not open. */
    [[nodiscard]] Result<QString> open(const QString& stored, const QString& boundTo) const;

    /** The raw key, for the keychain. */
    QByteArray raw() const;

    static bool isSealed(const QString& stored);

private:
    IdentitySeal();
    std::array<unsigned char, 32> m_key{};
};

} // namespace onco
