// Signers' keys and signature checks: keys list|register|revoke, report verify, verify FILE.json.
#include "CliApp.h"
#include "CliCommon.h"

#include "caseStore/CaseStore.h"
#include "caseStore/SigningKey.h"
#include "kb/KnowledgeBase.h"
#include "report/CaseSignOff.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

QString keyLine(const SignerKey& k)
{
    const QString state = !k.revokedAt.isEmpty() ? u"revoked"_s : k.registered() ? u"registered"_s : u"pending"_s;
    return QStringList{k.fingerprint,
                       k.account,
                       state,
                       k.addedAt,
                       k.registered() ? u"%1 by %2"_s.arg(k.registeredAt, k.registeredBy) : QString(),
                       k.revokedAt.isEmpty() ? QString() : u"%1 by %2"_s.arg(k.revokedAt, k.revokedBy)}
        .join(u'\t');
}

int keysList(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto keys = (*store)->signingKeys();
    if (!keys)
        return coreFailure(keys.error());
    printOut(u"fingerprint\taccount\tstate\tadded\tregistered\trevoked"_s);
    for (const SignerKey& k : std::as_const(*keys))
        printOut(keyLine(k));
    return CliApp::Success;
}

int keysChange(const QStringList& arguments, bool registering)
{
    CaseParser p({option("db", "FILE"), option("fingerprint", "FP"), option("as", "NAME"), option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"fingerprint"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    const Actor administrator = actorOf(p, "as");
    auto key = registering ? (*store)->registerKey(p.value("fingerprint"), administrator)
                           : (*store)->revokeKey(p.value("fingerprint"), administrator);
    if (!key)
        return coreFailure(key.error());
    printOut(keyLine(*key));
    return CliApp::Success;
}

int keysShow(const QStringList& arguments)
{
    CaseParser p({option("as", "NAME")});
    if (int rc = p.parse(arguments, {}, 0, 0))
        return rc;
    const Actor me = actorOf(p, "as");
    auto key = SigningKeyStore::obtain(me.account, SigningKeyStore::passphraseFromEnvironment());
    if (!key)
        return coreFailure(key.error());
    printOut(u"%1\t%2\t%3"_s.arg(
        me.account, SigningKey::fingerprint(key->publicKey()), QString::fromLatin1(key->publicKey().toBase64())));
    return CliApp::Success;
}

int membersList(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto members = (*store)->members();
    if (!members)
        return coreFailure(members.error());
    printOut(u"account\troles\tgranted\tby"_s);
    for (const CaseStore::Member& m : std::as_const(*members))
        printOut(QStringList{m.account, m.roles.join(u','), m.grantedAt, m.grantedBy}.join(u'\t'));
    return CliApp::Success;
}

int membersSet(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"),
                  option("account", "ACCOUNT"),
                  option("grant", "ROLE"),
                  option("as", "NAME"),
                  option("role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"account"_s}, 0, 0))
        return rc;
    auto store = openStore(p.value("db"));
    if (!store)
        return coreFailure(store.error());
    auto member = (*store)->setMemberRoles(p.value("account"), p.values("grant"), actorOf(p, "as"));
    if (!member)
        return coreFailure(member.error());
    printOut(u"%1\t%2"_s.arg(member->account, member->roles.join(u',')));
    return CliApp::Success;
}

} // namespace

int membersCommand(const QStringList& arguments)
{
    return dispatch(arguments, {{"list", membersList}, {"set", membersSet}});
}

int keysCommand(const QStringList& arguments)
{
    return dispatch(arguments,
                    {{"list", keysList},
                     {"show", keysShow},
                     {"register", [](const QStringList& a) { return keysChange(a, true); }},
                     {"revoke", [](const QStringList& a) { return keysChange(a, false); }}});
}

int reportVerifyCommand(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("case", "ID"), option("kb", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"case"_s}, 0, 0))
        return rc;
    auto caseId = caseIdOf(p);
    if (!caseId)
        return coreFailure(caseId.error());
    auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
    if (!store)
        return coreFailure(store.error());
    auto kb = openKnowledgeBase(p.value("kb"));
    if (!kb)
        return coreFailure(kb.error());
    auto verification = CaseSignOff::verify(**store, *caseId, **kb);
    if (!verification)
        return coreFailure(verification.error());
    std::fputs(verification->toText().toLocal8Bit().constData(), stdout);
    return verification->ok() ? CliApp::Success : CliApp::Failure;
}

int verifyCommand(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {}, 1, 1))
        return rc;
    const QString path = p.args().at(0);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(u"%1: %2"_s.arg(path, f.errorString()));
        return CliApp::BadInput;
    }
    // A report of a few thousand alterations is a few megabytes; a larger file is no report.
    constexpr qint64 limit = qint64(512) << 20;
    if (f.size() > limit) {
        printErr(Messages::tr("%1: larger than %2 MiB; not a case report").arg(path).arg(limit >> 20));
        return CliApp::BadInput;
    }
    const QByteArray json = f.readAll();
    std::optional<QList<SignerKey>> keys;
    if (p.isSet("db")) {
        auto store = openStore(p.value("db"), CaseStore::Mode::ReadOnly);
        if (!store)
            return coreFailure(store.error());
        auto registered = (*store)->signingKeys();
        if (!registered)
            return coreFailure(registered.error());
        keys = std::move(*registered);
    }
    const Verification v = CaseSignOff::verifyReport(json, path, keys ? &*keys : nullptr);
    std::fputs(v.toText().toLocal8Bit().constData(), stdout);
    return v.ok() ? CliApp::Success : CliApp::Failure;
}

} // namespace onco
