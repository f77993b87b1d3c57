// Signed sign-off: a signer's Ed25519 key signs the case and its report content at preliminary and
// final; verification checks every signature and names what changed behind the database's guards
// (a decision, a plan item, a tier), a forged statement, an unregistered or revoked key, and a
// report file edited after it was made. Roles: what each may do, and members' roles once a
// database has members.

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "caseStore/CaseBundle.h"
#include "caseStore/CaseStore.h"
#include "caseStore/SigningKey.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "report/CaseSignOff.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const Actor pathologist{u"apath"_s, u"Dr. A. Pathologist"_s, u"molecular pathologist"_s};
const Actor oncologist{u"bonc"_s, u"Dr. B. Oncologist"_s, u"oncologist"_s};
const Actor administrator{u"admin"_s, u"IT Administrator"_s, u"administrator"_s};

QString maf()
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");
}

/** An administrator registers the keys of the case's signatures (a server's keys wait for it). */
bool registerAll(CaseStore& store, qint64 caseId)
{
    const auto signatures = store.signatures(caseId);
    if (!signatures)
        return false;
    for (const CaseSignature& s : *signatures)
        if (auto r = store.registerKey(s.key.fingerprint, administrator); !r) {
            qWarning() << r.error().toString();
            return false;
        }
    return true;
}

QString joined(const Verification& v)
{
    return v.toText();
}

} // namespace

class TestSignatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyPairSignsAndVerifies();
    void keyFileIsSealedWithThePassphrase();
    void signedCaseVerifies();
    void changeBehindTheGuardsIsNamed_data();
    void changeBehindTheGuardsIsNamed();
    void forgedStatementOrContentFails();
    void serverKeysCountOnceRegistered();
    void reportFileVerifiesAndEditsFail();
    void rolesLimitWhatEachMayDo();
    void bundleCarriesItsSignatures();

private:
    /** A new case with a decision and a plan item, signed preliminary by one and final by another. */
    qint64 signedCase(CaseStore& store, const SigningKey& first, const SigningKey& second);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    AnnotationResult m_result;
    int m_databases = 0;
};

void TestSignatures::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
    CaseLoadOptions load;
    load.tumorType = u"BRCA"_s;
    auto c = CaseLoader::load({maf()}, load);
    QVERIFY(c);
    auto r = Annotator::annotate(std::move(c.value()), *m_kb);
    QVERIFY(r);
    m_result = std::move(r.value());
}

qint64 TestSignatures::signedCase(CaseStore& store, const SigningKey& first, const SigningKey& second)
{
    NewCaseInfo info;
    info.patient = u"PAT-SIG"_s;
    auto id = store.createCase(m_result, info, pathologist);
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    auto alteration = store.findAlteration(*id, u"PIK3CA:p.E545K"_s);
    if (!alteration)
        qFatal("%s", qPrintable(alteration.error().toString()));
    if (auto r = store.review(*id, *alteration, Decision::Include, u"actionable"_s, pathologist); !r)
        qFatal("%s", qPrintable(r.error().toString()));
    PlanItem item;
    item.kind = PlanItemKind::Therapy;
    item.title = u"Alpelisib + Fulvestrant"_s;
    item.therapies = {u"Alpelisib"_s, u"Fulvestrant"_s};
    item.alterations = {u"PIK3CA:p.E545K"_s};
    if (auto r = store.addPlanItem(*id, item, oncologist); !r)
        qFatal("%s", qPrintable(r.error().toString()));
    if (auto r = CaseSignOff::setState(store, *id, CaseState::Preliminary, pathologist, *m_kb, first); !r)
        qFatal("%s", qPrintable(r.error().toString()));
    if (auto r = CaseSignOff::setState(store, *id, CaseState::Final, oncologist, *m_kb, second); !r)
        qFatal("%s", qPrintable(r.error().toString()));
    return *id;
}

void TestSignatures::keyPairSignsAndVerifies()
{
    auto key = SigningKey::generate();
    QVERIFY(key);
    const QByteArray message = "case 1 final";
    const QByteArray signature = key->sign(message);
    QCOMPARE(signature.size(), SigningKey::signatureBytes);
    QVERIFY(SigningKey::verify(message, signature, key->publicKey()));
    QVERIFY(!SigningKey::verify("case 1 draft", signature, key->publicKey()));
    QByteArray flipped = signature;
    flipped[10] = char(flipped[10] ^ 1);
    QVERIFY(!SigningKey::verify(message, flipped, key->publicKey()));
    auto other = SigningKey::generate();
    QVERIFY(!SigningKey::verify(message, signature, other->publicKey()));
    // The secret restores the same pair; a damaged one is refused.
    auto again = SigningKey::fromSecret(key->secret());
    QVERIFY(again);
    QCOMPARE(again->publicKey(), key->publicKey());
    QByteArray damaged = key->secret();
    damaged[40] = char(damaged[40] ^ 1);
    QVERIFY(!SigningKey::fromSecret(damaged));
    // A fingerprint: 8 groups of 4 hex digits, different per key.
    const QString fp = SigningKey::fingerprint(key->publicKey());
    QVERIFY2(QRegularExpression(u"^([0-9a-f]{4} ){7}[0-9a-f]{4}$"_s).match(fp).hasMatch(), qPrintable(fp));
    QVERIFY(fp != SigningKey::fingerprint(other->publicKey()));
}

void TestSignatures::keyFileIsSealedWithThePassphrase()
{
    QTemporaryDir keys;
    qputenv("ONCOBOARD_SIGNING_KEYS", keys.path().toLocal8Bit());
    qputenv("ONCOBOARD_KEYCHAIN", "off");
    bool created = false;
    auto made = SigningKeyStore::obtain(u"cpath"_s, u"correct horse battery"_s, &created);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QVERIFY(created);
    const QString path = SigningKeyStore::keyFilePath(u"cpath"_s);
    QVERIFY(path.startsWith(keys.path()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    // Only the public half is readable; the secret is sealed, and the file is the owner's only.
    QVERIFY(!text.contains(made->secret().toBase64()));
    QVERIFY(!text.contains(made->secret().left(32).toBase64()));
    QVERIFY(text.contains(made->publicKey().toBase64()));
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // The same key opens with the passphrase; a wrong or missing one is refused and says so.
    auto opened = SigningKeyStore::obtain(u"cpath"_s, u"correct horse battery"_s, &created);
    QVERIFY(opened);
    QVERIFY(!created);
    QCOMPARE(opened->publicKey(), made->publicKey());
    auto wrong = SigningKeyStore::obtain(u"cpath"_s, u"incorrect horse"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, CoreError::Code::Locked);
    auto none = SigningKeyStore::obtain(u"cpath"_s, QString());
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(u"ONCOBOARD_SIGNING_PASSPHRASE"_s));
    qunsetenv("ONCOBOARD_SIGNING_KEYS");
}

void TestSignatures::signedCaseVerifies()
{
    const QString path = test::caseDatabase(m_dir.filePath(u"verifies.sqlite"_s));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    auto first = SigningKey::generate(), second = SigningKey::generate();
    const qint64 id = signedCase(**store, *first, *second);
    auto sigs = (*store)->signatures(id);
    QVERIFY(sigs);
    QCOMPARE(sigs->size(), 2);
    QCOMPARE(sigs->at(0).state, CaseState::Preliminary);
    QCOMPARE(sigs->at(0).key.account, pathologist.account);
    QCOMPARE(sigs->at(1).state, CaseState::Final);
    QCOMPARE(sigs->at(1).key.publicKey, second->publicKey());
    // Keys seen first in a personal file are its owner's and registered with the signature.
    QCOMPARE(sigs->at(1).key.registered(), !test::onPostgres());
    if (test::onPostgres())
        QVERIFY(registerAll(**store, id));
    auto v = CaseSignOff::verify(**store, id, *m_kb);
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(joined(*v)));
    QCOMPARE(v->signatures.size(), 2);
    QVERIFY(v->signatures.at(1).current);
    QCOMPARE(v->signatures.at(1).role, oncologist.role);
    // The statement names the case, the state, the signer and both digests.
    const QJsonObject statement = QJsonDocument::fromJson(sigs->at(1).statement).object();
    QCOMPARE(statement.value(u"state"_s).toString(), u"final"_s);
    QCOMPARE(statement.value(u"case_id"_s).toInteger(), id);
    QVERIFY(statement.value(u"content"_s).toString().startsWith(u"sha256:"_s));
    QVERIFY(statement.value(u"report"_s).toString().startsWith(u"sha256:"_s));
    // The sign-off is in the audit chain too.
    auto trail = (*store)->auditTrail(id);
    QVERIFY(trail);
    QCOMPARE(trail->filter(u"case.signed"_s).size(), 2);
    // A draft has nothing signed; an unsigned final case (signed off without a key) fails.
    NewCaseInfo info;
    info.patient = u"PAT-UNSIGNED"_s;
    auto unsigned_ = (*store)->createCase(m_result, info, pathologist);
    QVERIFY(unsigned_);
    auto draft = CaseSignOff::verify(**store, *unsigned_, *m_kb);
    QVERIFY(draft && !draft->ok());
    QVERIFY((*store)->setState(*unsigned_, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(*unsigned_, CaseState::Final, pathologist));
    auto bare = CaseSignOff::verify(**store, *unsigned_, *m_kb);
    QVERIFY(bare && !bare->ok());
    QVERIFY2(joined(*bare).contains(u"carries no signature"_s), qPrintable(joined(*bare)));
}

void TestSignatures::changeBehindTheGuardsIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("decision") << u"UPDATE review SET decision = 'exclude'"_s
                              << u"on PIK3CA:p.E545K: decision was 'include', is now 'exclude'"_s;
    QTest::newRow("plan item")
        << u"UPDATE plan_item SET title = 'Capivasertib'"_s
        << u"(Alpelisib + Fulvestrant): title was 'Alpelisib + Fulvestrant', is now 'Capivasertib'"_s;
    QTest::newRow("tier") << u"UPDATE alteration SET amp_tier = 'I-A' WHERE amp_tier = 'III'"_s
                          << u"amp_tier was 'III', is now 'I-A'"_s;
    QTest::newRow("removed decision") << u"DELETE FROM review"_s << u"on PIK3CA:p.E545K was removed"_s;
}

void TestSignatures::changeBehindTheGuardsIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const QString path = test::caseDatabase(m_dir.filePath(u"changed-%1.sqlite"_s.arg(++m_databases)));
    qint64 id = 0;
    {
        auto store = CaseStore::open(path);
        QVERIFY(store);
        auto first = SigningKey::generate(), second = SigningKey::generate();
        id = signedCase(**store, *first, *second);
        if (test::onPostgres())
            QVERIFY(registerAll(**store, id));
        auto before = CaseSignOff::verify(**store, id, *m_kb);
        QVERIFY(before && before->ok());
    }
    const QString tampered = test::tamper(path, {sql});
    QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
    auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly);
    QVERIFY(store);
    auto after = CaseSignOff::verify(**store, id, *m_kb);
    QVERIFY(after);
    QVERIFY(!after->ok());
    const QString text = joined(*after);
    QVERIFY2(text.contains(u"changed after it was signed final"_s), qPrintable(text));
    QVERIFY2(text.contains(named), qPrintable(text));
    // The preliminary signature stays valid: it is the final one that no longer holds.
    QVERIFY2(after->signatures.at(0).problems.isEmpty(), qPrintable(text));
}

void TestSignatures::forgedStatementOrContentFails()
{
    const QString path = test::caseDatabase(m_dir.filePath(u"forged.sqlite"_s));
    qint64 id = 0;
    QByteArray statement;
    {
        auto store = CaseStore::open(path);
        QVERIFY(store);
        auto first = SigningKey::generate(), second = SigningKey::generate();
        id = signedCase(**store, *first, *second);
        auto sigs = (*store)->signatures(id);
        QVERIFY(sigs);
        statement = sigs->at(1).statement;
    }
    // A statement rewritten to another signer: its signature no longer matches it.
    QByteArray forged = statement;
    forged.replace("Dr. B. Oncologist", "Dr. C. Impostor");
    QVERIFY(forged != statement);
    QVERIFY(test::tamper(
                path, {u"UPDATE signature SET statement = '%1' WHERE state = 'final'"_s.arg(QString::fromUtf8(forged))})
                .isEmpty());
    {
        auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly);
        QVERIFY(store);
        auto v = CaseSignOff::verify(**store, id, *m_kb);
        QVERIFY(v && !v->ok());
        QVERIFY2(joined(*v).contains(u"the signature does not match its statement"_s), qPrintable(joined(*v)));
    }
    // A key swapped for the forger's own: the statement names another key than the one that signed.
    auto forger = SigningKey::generate();
    const QString forgedKey = QString::fromLatin1(forger->publicKey().toBase64());
    QVERIFY(test::tamper(
                path,
                {u"UPDATE signature SET statement = '%1' WHERE state = 'final'"_s.arg(QString::fromUtf8(statement)),
                 u"UPDATE signing_key SET public_key = '%1' WHERE id = (SELECT key_id FROM signature WHERE "
                 "state = 'final')"_s.arg(forgedKey)})
                .isEmpty());
    auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly);
    QVERIFY(store);
    auto v = CaseSignOff::verify(**store, id, *m_kb);
    QVERIFY(v && !v->ok());
    QVERIFY2(joined(*v).contains(u"the signature does not match its statement"_s), qPrintable(joined(*v)));
}

void TestSignatures::serverKeysCountOnceRegistered()
{
    const QString path = test::caseDatabase(m_dir.filePath(u"registry.sqlite"_s));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    auto first = SigningKey::generate(), second = SigningKey::generate();
    const qint64 id = signedCase(**store, *first, *second);
    const QString fp = SigningKey::fingerprint(second->publicKey());
    if (test::onPostgres()) {
        // On a server a new key waits for an administrator: its signature does not count yet.
        auto v = CaseSignOff::verify(**store, id, *m_kb);
        QVERIFY(v && !v->ok());
        QVERIFY2(joined(*v).contains(u"is not registered by an administrator"_s), qPrintable(joined(*v)));
        QVERIFY((*store)->registerKey(SigningKey::fingerprint(first->publicKey()), administrator));
        QVERIFY((*store)->registerKey(fp, administrator));
    }
    auto registered = CaseSignOff::verify(**store, id, *m_kb);
    QVERIFY(registered && registered->ok());
    QVERIFY(!(*store)->registerKey(fp, administrator)); // once
    // A key revoked after it signed: what it signed before still counts.
    QVERIFY((*store)->revokeKey(fp, administrator));
    auto revoked = CaseSignOff::verify(**store, id, *m_kb);
    QVERIFY2(revoked && revoked->ok(), qPrintable(joined(*revoked)));
    auto keys = (*store)->signingKeys();
    QVERIFY(keys);
    QCOMPARE(keys->size(), 2);
    // A key is never rewritten or deleted, even by someone past OncoBoard but not past its guards.
    QVERIFY(!test::runSql(path, {u"UPDATE signing_key SET account = 'mallory'"_s}, false).isEmpty());
    QVERIFY(!test::runSql(path, {u"DELETE FROM signing_key"_s}, false).isEmpty());
    QVERIFY(!test::runSql(path, {u"DELETE FROM signature"_s}, false).isEmpty());
    QVERIFY(!test::runSql(path, {u"UPDATE signing_key SET revoked_at = NULL"_s}, false).isEmpty());
    // Registering needs a known fingerprint, whatever its spacing.
    QVERIFY(!(*store)->registerKey(u"0000 0000"_s, administrator));
}

void TestSignatures::reportFileVerifiesAndEditsFail()
{
    const QString path = test::caseDatabase(m_dir.filePath(u"report.sqlite"_s));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    auto first = SigningKey::generate(), second = SigningKey::generate();
    const qint64 id = signedCase(**store, *first, *second);
    if (test::onPostgres())
        QVERIFY(registerAll(**store, id));
    auto report = ReportCase::fromStore(**store, id, *m_kb, false);
    QVERIFY(report);
    const QByteArray json = ReportJson::write(*report, u"2026-12-05 10:00 UTC"_s);
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"signatures"_s).toArray().size(), 2);
    auto keys = (*store)->signingKeys();
    QVERIFY(keys);
    const Verification alone = CaseSignOff::verifyReport(json, u"report.json"_s, nullptr);
    QVERIFY2(alone.ok(), qPrintable(alone.toText()));
    const Verification withKeys = CaseSignOff::verifyReport(json, u"report.json"_s, &*keys);
    QVERIFY2(withKeys.ok(), qPrintable(withKeys.toText()));
    // Another generation time, or the identifiers added on request, change nothing signed.
    QByteArray later = json;
    later.replace("2026-12-05 10:00 UTC", "2027-01-01 09:00 UTC");
    QVERIFY(CaseSignOff::verifyReport(later, u"later.json"_s, &*keys).ok());
    // A decision edited in the file: the content is not what was signed.
    QByteArray edited = json;
    QVERIFY(edited.contains("\"decision\": \"include\""));
    edited.replace("\"decision\": \"include\"", "\"decision\": \"exclude\"");
    const Verification fails = CaseSignOff::verifyReport(edited, u"edited.json"_s, &*keys);
    QVERIFY(!fails.ok());
    QVERIFY2(fails.toText().contains(u"the file was changed after it was made"_s), qPrintable(fails.toText()));
    // Signatures removed: nothing is signed.
    QJsonObject stripped = QJsonDocument::fromJson(json).object();
    stripped.insert(u"signatures"_s, QJsonArray());
    QVERIFY(!CaseSignOff::verifyReport(QJsonDocument(stripped).toJson(), u"stripped.json"_s, nullptr).ok());
    // A key unknown to the case database does not count there.
    const QList<SignerKey> none;
    QVERIFY(!CaseSignOff::verifyReport(json, u"report.json"_s, &none).ok());
    // Not JSON at all: said, never a crash.
    QVERIFY(!CaseSignOff::verifyReport("{\"schema\": ", u"cut.json"_s, nullptr).ok());
    // What changed in the report is named by path.
    const QStringList changes =
        CaseSignOff::describeReportChanges(CaseSignOff::reportContent(json), CaseSignOff::reportContent(edited));
    QVERIFY2(
        changes.join(u'\n').contains(u"reviews[0] (PIK3CA:p.E545K).decision was \"include\", is now \"exclude\""_s),
        qPrintable(changes.join(u'\n')));
}

void TestSignatures::rolesLimitWhatEachMayDo()
{
    const QString path = test::caseDatabase(m_dir.filePath(u"roles.sqlite"_s));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    NewCaseInfo info;
    info.patient = u"PAT-ROLES"_s;
    auto id = store->get()->createCase(m_result, info, pathologist);
    QVERIFY(id);
    auto alteration = (*store)->findAlteration(*id, u"PIK3CA:p.E545K"_s);
    QVERIFY(alteration);
    const Actor coordinator{u"dcoord"_s, u"D. Coordinator"_s, u"coordinator"_s};
    const Actor geneticist{u"egen"_s, u"Dr. E. Geneticist"_s, u"clinical geneticist"_s};
    const Actor stranger{u"fbio"_s, u"F. Informatician"_s, u"bioinformatician"_s};
    auto key = SigningKey::generate();
    // A coordinator sets the meeting up but neither decides nor signs.
    auto refused = (*store)->review(*id, *alteration, Decision::Include, QString(), coordinator);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, CoreError::Code::Forbidden);
    QVERIFY2(refused.error().message.contains(u"the role coordinator may not record review decisions"_s),
             qPrintable(refused.error().message));
    PlanDetails details;
    details.meetingDate = u"2026-12-10"_s;
    details.participants = {u"Dr. A. Pathologist"_s, u"Dr. B. Oncologist"_s};
    QVERIFY((*store)->setPlanDetails(*id, details, coordinator));
    QVERIFY(!CaseSignOff::setState(**store, *id, CaseState::Preliminary, coordinator, *m_kb, *key));
    // A role OncoBoard does not know is refused, naming the roles it knows.
    auto unknown = (*store)->review(*id, *alteration, Decision::Include, QString(), stranger);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(u"molecular pathologist, oncologist, geneticist"_s));
    // A geneticist reviews and signs preliminary, but the final report is the specialists'.
    QVERIFY((*store)->review(*id, *alteration, Decision::GermlineReferral, u"BRCA2 family history"_s, geneticist));
    QVERIFY(CaseSignOff::setState(**store, *id, CaseState::Preliminary, geneticist, *m_kb, *key));
    auto finalByGeneticist = CaseSignOff::setState(**store, *id, CaseState::Final, geneticist, *m_kb, *key);
    QVERIFY(!finalByGeneticist);
    QVERIFY2(finalByGeneticist.error().message.contains(u"molecular pathologist or oncologist may"_s),
             qPrintable(finalByGeneticist.error().message));
    // Keys and members are the administrator's; the first member is the administrator itself.
    QVERIFY(!(*store)->registerKey(SigningKey::fingerprint(key->publicKey()), pathologist));
    QVERIFY(!(*store)->setMemberRoles(pathologist.account, {u"molecular pathologist"_s}, administrator));
    QVERIFY((*store)->setMemberRoles(administrator.account, {u"administrator"_s}, administrator));
    QVERIFY((*store)->setMemberRoles(pathologist.account, {u"molecular pathologist"_s}, administrator));
    QVERIFY(!(*store)->setMemberRoles(oncologist.account, {u"oncologist"_s}, pathologist)); // not an administrator
    QVERIFY(!(*store)->setMemberRoles(oncologist.account, {u"surgeon"_s}, administrator));
    // With members, an account acts only in its own roles: the geneticist is no member, and a
    // pathologist claiming to be an oncologist is refused.
    auto nonMember = (*store)->review(*id, *alteration, Decision::Include, QString(), geneticist);
    QVERIFY(!nonMember);
    QVERIFY(nonMember.error().message.contains(u"is not a member"_s));
    Actor claimed = pathologist;
    claimed.role = u"oncologist"_s;
    auto claim = (*store)->review(*id, *alteration, Decision::Include, QString(), claimed);
    QVERIFY(!claim);
    QVERIFY2(claim.error().message.contains(u"is no oncologist"_s), qPrintable(claim.error().message));
    // A key is its account's: the geneticist's key does not sign for the pathologist.
    QVERIFY(!CaseSignOff::setState(**store, *id, CaseState::Final, pathologist, *m_kb, *key));
    auto own = SigningKey::generate();
    auto signedFinal = CaseSignOff::setState(**store, *id, CaseState::Final, pathologist, *m_kb, *own);
    QVERIFY2(signedFinal, signedFinal ? "" : qPrintable(signedFinal.error().message));
    // Without a stated role nothing is decided once there are members.
    Actor unstated = pathologist;
    unstated.role.clear();
    QVERIFY(!(*store)->setPlanDetails(*id, details, unstated));
    auto members = (*store)->members();
    QVERIFY(members);
    QCOMPARE(members->size(), 2);
    // Every grant is in the audit chain, with the role that granted it.
    auto check = (*store)->verifyAudit();
    QVERIFY(check && check->firstBroken == 0);
}

void TestSignatures::bundleCarriesItsSignatures()
{
    const QString source = test::caseDatabase(m_dir.filePath(u"bundle-source.sqlite"_s));
    const QString bundle = m_dir.filePath(u"signed.oncoboard-case"_s);
    {
        auto store = CaseStore::open(source);
        QVERIFY(store);
        auto first = SigningKey::generate(), second = SigningKey::generate();
        const qint64 id = signedCase(**store, *first, *second);
        QVERIFY(CaseBundle::exportCase(**store, id, bundle));
    }
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject original = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QCOMPARE(original.value(u"payload"_s).toObject().value(u"signatures"_s).toArray().size(), 2);
    // A bundle edited plausibly, its checksum recomputed as someone who knows the format would.
    auto edited = [&](const std::function<void(QJsonObject&)>& edit, const QString& name) {
        QJsonObject b = original;
        QJsonObject payload = b.value(u"payload"_s).toObject();
        edit(payload);
        b.insert(u"payload"_s, payload);
        b.insert(u"sha256"_s,
                 QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(b).toJson());
        return path;
    };
    const QString target = test::caseDatabase(m_dir.filePath(u"bundle-target.sqlite"_s));
    auto store = CaseStore::open(target);
    QVERIFY(store);
    const auto check = CaseSignOff::bundleCheck(*m_kb);
    // A decision changed in the bundle: its newest signature does not cover it; nothing comes in.
    const QString decision = edited(
        [](QJsonObject& payload) {
            QJsonArray reviews = payload.value(u"reviews"_s).toArray();
            QJsonObject r = reviews.at(0).toObject();
            r.insert(u"decision"_s, u"exclude"_s);
            reviews.replace(0, r);
            payload.insert(u"reviews"_s, reviews);
        },
        u"decision.oncoboard-case"_s);
    auto refused = CaseBundle::importCase(**store, decision, administrator, QString(), check);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"reviews[0] (PIK3CA:p.E545K).decision was \"include\", is now "
                                              "\"exclude\""_s),
             qPrintable(refused.error().message));
    QCOMPARE((*store)->cases()->size(), 0);
    // A statement rewritten: the signature does not hold, with or without the check.
    const QString forged = edited(
        [](QJsonObject& payload) {
            QJsonArray signatures = payload.value(u"signatures"_s).toArray();
            QJsonObject s = signatures.at(1).toObject();
            s.insert(u"statement"_s, s.value(u"statement"_s).toString().replace(u"Dr. B. Oncologist"_s, u"Dr. X"_s));
            signatures.replace(1, s);
            payload.insert(u"signatures"_s, signatures);
        },
        u"forged.oncoboard-case"_s);
    auto forgedImport = CaseBundle::importCase(**store, forged, administrator);
    QVERIFY(!forgedImport);
    QVERIFY2(forgedImport.error().message.contains(u"signature 2 of the bundle"_s),
             qPrintable(forgedImport.error().message));
    // The bundle as signed comes in with its signatures; its keys wait for an administrator here.
    auto imported = CaseBundle::importCase(**store, bundle, administrator, QString(), check);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    auto pending = CaseSignOff::verify(**store, imported->caseId, *m_kb);
    QVERIFY(pending && !pending->ok());
    QVERIFY2(joined(*pending).contains(u"is not registered by an administrator"_s), qPrintable(joined(*pending)));
    QVERIFY(registerAll(**store, imported->caseId));
    auto verified = CaseSignOff::verify(**store, imported->caseId, *m_kb);
    QVERIFY(verified);
    QVERIFY2(verified->ok(), qPrintable(joined(*verified)));
    QVERIFY(joined(*verified).contains(u"signed in another database"_s));
    // A change after the import is named like any other.
    QVERIFY(test::tamper(target, {u"UPDATE review SET decision = 'vus'"_s}).isEmpty());
    auto store2 = CaseStore::open(target, CaseStore::Mode::ReadOnly);
    QVERIFY(store2);
    auto changed = CaseSignOff::verify(**store2, imported->caseId, *m_kb);
    QVERIFY(changed && !changed->ok());
    QVERIFY2(joined(*changed).contains(u"decision was 'include', is now 'vus'"_s), qPrintable(joined(*changed)));
}

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_Signatures.moc"
