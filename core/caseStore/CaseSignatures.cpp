// Signed sign-off: each preliminary or final sign-off stores the signer's Ed25519 signature of a
// statement naming the case, the state, the signer and the SHA-256 of the case's content and of its
// report content; the covered content is kept beside it, compressed, so that a later change is
// named and not only detected. Signers' public keys are registered before their signatures count.
#include "CaseStore.h"

#include "CaseConnection.h"
#include "SigningKey.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

QString sha256(const QByteArray& bytes)
{
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString keyColumns =
    u"k.id, k.account, k.public_key, k.fingerprint, k.added_at, k.registered_at, k.registered_by, k.revoked_at, "
    "k.revoked_by"_s;

SignerKey keyFrom(const QSqlQuery& q, int first)
{
    SignerKey k;
    k.id = q.value(first).toLongLong();
    k.account = q.value(first + 1).toString();
    k.publicKey = QByteArray::fromBase64(q.value(first + 2).toString().toLatin1());
    k.fingerprint = q.value(first + 3).toString();
    k.addedAt = q.value(first + 4).toString();
    k.registeredAt = q.value(first + 5).toString();
    k.registeredBy = q.value(first + 6).toString();
    k.revokedAt = q.value(first + 7).toString();
    k.revokedBy = q.value(first + 8).toString();
    return k;
}

/** A row's key within its table, and the words people know it by. */
struct RowName
{
    QString key;
    QString words;
};

RowName rowName(const QString& table, const QJsonObject& row, const QHash<qint64, QString>& alterationRefs)
{
    auto text = [&](const char* column) {
        const QJsonValue v = row.value(QLatin1String(column));
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    if (table == u"alteration")
        return {text("idx"), Messages::tr("alteration %1").arg(text("ref"))};
    if (table == u"review")
        return {text("id"),
                Messages::tr("decision %1 on %2")
                    .arg(text("id"),
                         alterationRefs.value(row.value(u"alteration_id"_s).toInteger(), text("alteration_id")))};
    if (table == u"plan_item")
        return {text("id"), Messages::tr("plan item %1 (%2)").arg(text("id"), text("title"))};
    if (table == u"plan")
        return {QString(), Messages::tr("the plan")};
    if (table == u"case_record")
        return {QString(), Messages::tr("the case record")};
    if (table == u"patient")
        return {QString(), Messages::tr("the patient")};
    if (table == u"case_input")
        return {text("position"), Messages::tr("input %1 (%2)").arg(text("position"), text("path"))};
    if (table == u"case_kb_release")
        return {text("source"), Messages::tr("knowledge-base release of %1").arg(text("source"))};
    if (table == u"segment")
        return {text("id"), Messages::tr("copy-number segment %1").arg(text("id"))};
    return {text("id"), u"%1 %2"_s.arg(table, text("id"))};
}

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return Messages::tr("empty");
    if (v.isDouble())
        return v.toVariant().toString();
    const QString s = v.toString();
    return u"'%1'"_s.arg(s.size() > 80 ? s.left(77) + u"..."_s : s);
}

} // namespace

QStringList CaseStore::describeChanges(const QByteArray& before, const QByteArray& after, bool beyondSignOff)
{
    const QJsonArray was = QJsonDocument::fromJson(before).array(), now = QJsonDocument::fromJson(after).array();
    QHash<qint64, QString> refs;
    for (const QJsonArray* rows : {&was, &now})
        for (const QJsonValue& v : *rows)
            if (const QJsonObject o = v.toObject(); o.value(u"table"_s).toString() == u"alteration") {
                const QJsonObject row = o.value(u"row"_s).toObject();
                refs.insert(row.value(u"id"_s).toInteger(), row.value(u"ref"_s).toString());
            }
    // Rows by table and key, in the order they were read.
    using Rows = QList<std::pair<QString, QJsonObject>>;
    auto index = [&](const QJsonArray& rows) {
        QHash<QString, QJsonObject> byKey;
        Rows order;
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            const QString table = o.value(u"table"_s).toString();
            const QJsonObject row = o.value(u"row"_s).toObject();
            const QString key = table + u'\x1f' + rowName(table, row, refs).key;
            byKey.insert(key, row);
            order.append({key, row});
        }
        return std::pair{byKey, order};
    };
    const auto [wasByKey, wasOrder] = index(was);
    const auto [nowByKey, nowOrder] = index(now);
    QStringList changes;
    for (const auto& [key, row] : wasOrder) {
        const QString table = key.section(u'\x1f', 0, 0);
        const QString words = rowName(table, row, refs).words;
        const auto it = nowByKey.constFind(key);
        if (it == nowByKey.cend()) {
            changes << Messages::tr("%1 was removed").arg(words);
            continue;
        }
        QStringList columns = row.keys();
        for (const QString& c : it->keys())
            if (!columns.contains(c))
                columns << c;
        for (const QString& c : std::as_const(columns))
            if (beyondSignOff && table == u"case_record"
                && (c == u"state" || c == u"finalized_at" || c == u"finalized_by"))
                continue;
            else if (row.value(c) != it->value(c))
                changes
                    << Messages::tr("%1: %2 was %3, is now %4").arg(words, c, shown(row.value(c)), shown(it->value(c)));
    }
    for (const auto& [key, row] : nowOrder)
        if (!wasByKey.contains(key))
            changes << Messages::tr("%1 was added").arg(rowName(key.section(u'\x1f', 0, 0), row, refs).words);
    return changes;
}

Result<qint64> CaseStore::keyIdFor(const QByteArray& publicKey, const Actor& actor)
{
    QSqlDatabase db = database();
    const QString encoded = QString::fromLatin1(publicKey.toBase64());
    QSqlQuery q(db);
    q.prepare(u"SELECT id, account FROM signing_key WHERE public_key = ?"_s);
    q.addBindValue(encoded);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (q.next()) {
        if (q.value(1).toString() != actor.account)
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("this signing key belongs to account '%1', not '%2'")
                            .arg(q.value(1).toString(), actor.account),
                        m_path);
        return q.value(0).toLongLong();
    }
    q.finish();
    // A personal file's owner is its administrator; on a server an administrator registers the key.
    const bool selfRegistered = !isPostgres(db);
    const QString at = now();
    const QString fingerprint = SigningKey::fingerprint(publicKey);
    q.prepare(u"INSERT INTO signing_key (account, public_key, fingerprint, added_at, registered_at, registered_by) "
              "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(actor.account);
    q.addBindValue(encoded);
    q.addBindValue(fingerprint);
    q.addBindValue(at);
    q.addBindValue(selfRegistered ? QVariant(at) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(selfRegistered ? QVariant(actor.account) : QVariant(QMetaType(QMetaType::QString)));
    auto id = execReturningId(q, m_path);
    if (!id)
        return id;
    if (auto r = appendAudit(0,
                             actor,
                             selfRegistered ? u"key.registered"_s : u"key.added"_s,
                             QString(),
                             actor.account + u' ' + fingerprint);
        !r)
        return Unexpected{r.error()};
    return *id;
}

Result<void> CaseStore::storeSignature(qint64 caseId, CaseState state, const Actor& actor, const SignOff& signOff)
{
    auto summaryNow = summary(caseId);
    if (!summaryNow)
        return Unexpected{summaryNow.error()};
    auto rows = contentRows(caseId);
    if (!rows)
        return Unexpected{rows.error()};
    const QByteArray publicKey = signOff.key->publicKey();
    auto keyId = keyIdFor(publicKey, actor);
    if (!keyId)
        return Unexpected{keyId.error()};
    const QJsonDocument report = QJsonDocument::fromJson(signOff.reportContent);
    if (!report.isObject())
        return fail(CoreError::Code::Internal, u"a sign-off without the report's content"_s, m_path);
    const QString signedAt = now();
    // Keys sorted and compact (QJsonDocument): the statement has one byte form.
    const QJsonObject statement{{u"schema"_s, u"oncoboard.signature/1"_s},
                                {u"case_uid"_s, summaryNow->uid},
                                {u"case_id"_s, caseId},
                                {u"case_number"_s, summaryNow->caseNumber},
                                {u"version"_s, summaryNow->version},
                                {u"state"_s, caseStateName(state)},
                                {u"account"_s, actor.account},
                                {u"name"_s, actor.name},
                                {u"role"_s, actor.role},
                                {u"signed_at"_s, signedAt},
                                {u"key"_s, SigningKey::fingerprint(publicKey)},
                                {u"content"_s, sha256(*rows)},
                                {u"report"_s, sha256(signOff.reportContent)}};
    const QByteArray statementBytes = QJsonDocument(statement).toJson(QJsonDocument::Compact);
    const QByteArray signature = signOff.key->sign(statementBytes);
    const QByteArray content =
        QJsonDocument(QJsonObject{{u"case"_s, QJsonDocument::fromJson(*rows).array()}, {u"report"_s, report.object()}})
            .toJson(QJsonDocument::Compact);
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO signature (case_id, key_id, state, signed_at, statement, signature, content) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(caseId);
    q.addBindValue(*keyId);
    q.addBindValue(caseStateName(state));
    q.addBindValue(signedAt);
    q.addBindValue(QString::fromUtf8(statementBytes));
    q.addBindValue(QString::fromLatin1(signature.toBase64()));
    q.addBindValue(qCompress(content, 9));
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    return appendAudit(caseId,
                       actor,
                       u"case.signed"_s,
                       QString(),
                       u"%1 key %2 content %3 report %4"_s.arg(caseStateName(state),
                                                               statement.value(u"key"_s).toString(),
                                                               statement.value(u"content"_s).toString(),
                                                               statement.value(u"report"_s).toString()));
}

Result<void> CaseStore::storeImportedSignatures(qint64 caseId,
                                                const QList<BundleSignature>& signatures,
                                                const QString& origin,
                                                const Actor& actor)
{
    if (signatures.isEmpty())
        return {};
    auto rows = contentRows(caseId);
    if (!rows)
        return Unexpected{rows.error()};
    const QJsonArray caseRows = QJsonDocument::fromJson(*rows).array();
    QSqlDatabase db = database();
    QSqlQuery q(db);
    for (const BundleSignature& s : signatures) {
        const QString encoded = QString::fromLatin1(s.publicKey.toBase64());
        q.prepare(u"SELECT id FROM signing_key WHERE public_key = ?"_s);
        q.addBindValue(encoded);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
        qint64 keyId = 0;
        if (q.next()) {
            keyId = q.value(0).toLongLong();
        } else {
            q.finish();
            const QString fingerprint = SigningKey::fingerprint(s.publicKey);
            q.prepare(u"INSERT INTO signing_key (account, public_key, fingerprint, added_at) VALUES (?, ?, ?, ?) "
                      "RETURNING id"_s);
            q.addBindValue(s.account);
            q.addBindValue(encoded);
            q.addBindValue(fingerprint);
            q.addBindValue(now());
            auto id = execReturningId(q, m_path);
            if (!id)
                return Unexpected{id.error()};
            keyId = *id;
            if (auto r =
                    appendAudit(0, actor, u"key.added"_s, QString(), s.account + u' ' + fingerprint + u", "_s + origin);
                !r)
                return r;
        }
        q.finish();
        const QJsonObject statement = QJsonDocument::fromJson(s.statement).object();
        const QByteArray content =
            QJsonDocument(
                QJsonObject{{u"case"_s, caseRows}, {u"report"_s, QJsonDocument::fromJson(s.reportContent).object()}})
                .toJson(QJsonDocument::Compact);
        q.prepare(u"INSERT INTO signature (case_id, key_id, state, signed_at, statement, signature, content, imported) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(caseId);
        q.addBindValue(keyId);
        q.addBindValue(statement.value(u"state"_s).toString());
        q.addBindValue(statement.value(u"signed_at"_s).toString());
        q.addBindValue(QString::fromUtf8(s.statement));
        q.addBindValue(QString::fromLatin1(s.signature.toBase64()));
        q.addBindValue(qCompress(content, 9));
        q.addBindValue(origin);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
    }
    return {};
}

Result<QList<CaseSignature>> CaseStore::signatures(qint64 caseId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.id, s.case_id, s.state, s.signed_at, s.statement, s.signature, s.content, s.imported, "_s
              + keyColumns
              + u" FROM signature s JOIN signing_key k ON k.id = s.key_id WHERE s.case_id = ? ORDER BY s.id"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    QList<CaseSignature> out;
    while (q.next()) {
        CaseSignature s;
        s.id = q.value(0).toLongLong();
        s.caseId = q.value(1).toLongLong();
        s.state = parseCaseState(q.value(2).toString()).value_or(CaseState::Draft);
        s.signedAt = q.value(3).toString();
        s.statement = q.value(4).toString().toUtf8();
        s.signature = QByteArray::fromBase64(q.value(5).toString().toLatin1());
        s.content = qUncompress(q.value(6).toByteArray());
        s.imported = q.value(7).toString();
        s.key = keyFrom(q, 8);
        out << s;
    }
    return out;
}

Result<QList<SignerKey>> CaseStore::signingKeys()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT "_s + keyColumns + u" FROM signing_key k ORDER BY k.id"_s))
        return sqlFailure(q.lastError(), m_path);
    QList<SignerKey> out;
    while (q.next())
        out << keyFrom(q, 0);
    return out;
}

namespace {

Result<SignerKey> findKey(const QList<SignerKey>& keys, const QString& fingerprint, const QString& path)
{
    const QString wanted = fingerprint.simplified().remove(u' ').toLower();
    for (const SignerKey& k : keys)
        if (QString(k.fingerprint).remove(u' ') == wanted)
            return k;
    return fail(CoreError::Code::InvalidArgument,
                Messages::tr("no signing key has the fingerprint '%1' (oncoboard-cli keys list)").arg(fingerprint),
                path);
}

} // namespace

Result<SignerKey> CaseStore::registerKey(const QString& fingerprint, const Actor& administrator)
{
    return changeKey(fingerprint, administrator, true);
}

Result<SignerKey> CaseStore::revokeKey(const QString& fingerprint, const Actor& administrator)
{
    return changeKey(fingerprint, administrator, false);
}

Result<SignerKey> CaseStore::changeKey(const QString& fingerprint, const Actor& administrator, bool registering)
{
    if (auto r = requireRole(administrator, RoleAction::ManageKeys); !r)
        return Unexpected{r.error()};
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    auto keys = signingKeys();
    if (!keys)
        return Unexpected{keys.error()};
    auto key = findKey(*keys, fingerprint, m_path);
    if (!key)
        return key;
    if (registering ? key->registered() : !key->revokedAt.isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    (registering ? Messages::tr("the key %1 of '%2' is already registered")
                                 : Messages::tr("the key %1 of '%2' is already revoked"))
                        .arg(key->fingerprint, key->account),
                    m_path);
    const QString at = now();
    QSqlQuery q(db);
    q.prepare(registering ? u"UPDATE signing_key SET registered_at = ?, registered_by = ? WHERE id = ?"_s
                          : u"UPDATE signing_key SET revoked_at = ?, revoked_by = ? WHERE id = ?"_s);
    q.addBindValue(at);
    q.addBindValue(administrator.account);
    q.addBindValue(key->id);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(0,
                             administrator,
                             registering ? u"key.registered"_s : u"key.revoked"_s,
                             QString(),
                             key->account + u' ' + key->fingerprint);
        !r)
        return Unexpected{r.error()};
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    (registering ? key->registeredAt : key->revokedAt) = at;
    (registering ? key->registeredBy : key->revokedBy) = administrator.account;
    return key;
}

Result<QList<CaseStore::Member>> CaseStore::members()
{
    return membersOf(true);
}

Result<QList<CaseStore::Member>> CaseStore::membersOf(bool mayReconnect)
{
    QSqlDatabase db = database();
    const QString sql = u"SELECT account, roles, granted_at, granted_by FROM member ORDER BY account"_s;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        // The first query after a server restart can meet the ended session before libpq has read
        // that it ended; outside a transaction it is asked once more on a new session.
        if (!mayReconnect || !isConnectionLost(q.lastError()) || !reconnect(db))
            return sqlFailure(q.lastError(), m_path);
        q = QSqlQuery(db);
        if (!q.exec(sql))
            return sqlFailure(q.lastError(), m_path);
    }
    QList<Member> out;
    while (q.next())
        out << Member{q.value(0).toString(),
                      q.value(1).toString().split(u',', Qt::SkipEmptyParts),
                      q.value(2).toString(),
                      q.value(3).toString()};
    return out;
}

Result<void> CaseStore::requireRole(const Actor& actor, RoleAction action)
{
    const QString stated = actor.role.trimmed();
    auto registered = members();
    if (!registered)
        return Unexpected{registered.error()};
    const bool signing = action == RoleAction::SignPreliminary || action == RoleAction::SignFinal;
    if (stated.isEmpty()) {
        if (registered->isEmpty() && !signing && action != RoleAction::ManageKeys
            && action != RoleAction::ManageMembers)
            return {};
        return fail(CoreError::Code::Forbidden,
                    Messages::tr("to %1 give your role: %2 may").arg(roleActionText(action), rolesThatMay(action)),
                    m_path);
    }
    const auto role = parseRole(stated);
    if (!role)
        return fail(CoreError::Code::Forbidden,
                    Messages::tr("'%1' is not a role of the board (%2)").arg(stated, roleNames().join(u", "_s)),
                    m_path);
    if (!roleMay(*role, action))
        return fail(CoreError::Code::Forbidden,
                    Messages::tr("the role %1 may not %2: %3 may")
                        .arg(roleName(*role), roleActionText(action), rolesThatMay(action)),
                    m_path);
    if (registered->isEmpty())
        return {};
    for (const Member& m : std::as_const(*registered))
        if (m.account == actor.account) {
            if (m.roles.contains(roleName(*role)))
                return {};
            return fail(CoreError::Code::Forbidden,
                        Messages::tr("account '%1' is no %2 in this case database (its roles: %3); an administrator "
                                     "gives roles (oncoboard-cli members set)")
                            .arg(actor.account, roleName(*role), m.roles.join(u", "_s)),
                        m_path);
        }
    return fail(CoreError::Code::Forbidden,
                Messages::tr("account '%1' is not a member of this case database; an administrator adds members "
                             "(oncoboard-cli members set)")
                    .arg(actor.account),
                m_path);
}

Result<CaseStore::Member>
CaseStore::setMemberRoles(const QString& account, const QStringList& roles, const Actor& administrator)
{
    QStringList names;
    for (const QString& r : roles) {
        const auto role = parseRole(r);
        if (!role)
            return fail(CoreError::Code::InvalidArgument,
                        Messages::tr("'%1' is not a role of the board (%2)").arg(r, roleNames().join(u", "_s)),
                        m_path);
        if (!names.contains(roleName(*role)))
            names << roleName(*role);
    }
    if (account.trimmed().isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("a member needs an account"), m_path);
    if (auto r = requireRole(administrator, RoleAction::ManageMembers); !r)
        return Unexpected{r.error()};
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    auto registered = membersOf(false);
    if (!registered)
        return Unexpected{registered.error()};
    // The first member sets the others up: an administrator, and the one who adds itself.
    if (registered->isEmpty() && (account != administrator.account || !names.contains(roleName(Role::Administrator))))
        return fail(CoreError::Code::Forbidden,
                    Messages::tr("the first member is the administrator who adds the others: give your own "
                                 "account ('%1') the administrator role first")
                        .arg(administrator.account),
                    m_path);
    const QString at = now();
    QString before;
    for (const Member& m : std::as_const(*registered))
        if (m.account == account)
            before = m.roles.join(u',');
    QSqlQuery q(db);
    if (names.isEmpty()) {
        q.prepare(u"DELETE FROM member WHERE account = ?"_s);
        q.addBindValue(account);
    } else {
        q.prepare(u"INSERT INTO member (account, roles, granted_at, granted_by) VALUES (?, ?, ?, ?) ON CONFLICT "
                  "(account) DO UPDATE SET roles = excluded.roles, granted_at = excluded.granted_at, granted_by = "
                  "excluded.granted_by"_s);
        q.addBindValue(account);
        q.addBindValue(names.join(u','));
        q.addBindValue(at);
        q.addBindValue(administrator.account);
    }
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(
            0, administrator, u"member.roles"_s, account + u' ' + before, account + u' ' + names.join(u','));
        !r)
        return Unexpected{r.error()};
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return Member{account, names, at, administrator.account};
}

} // namespace onco
