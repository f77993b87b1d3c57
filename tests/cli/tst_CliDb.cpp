// oncoboard-cli db: create, migrate, check, back up and restore a whole case database, on a real
// case (the demo tumor, annotated, signed final); and scripts that change a case only as they read it
// (case version, --if-version). Run on SQLite and on PostgreSQL (tests/CaseDatabase.h); a case
// moves between the two by backup and restore.

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

using Run = onco::test::CliRun;

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/** Runs SQL on a case database past OncoBoard but not past its guards; true when every statement ran. */
bool tamper(const QString& location, const QStringList& statements, QString* error = nullptr)
{
    const QString e = test::runSql(location, statements, false);
    if (error)
        *error = e;
    return e.isEmpty();
}

} // namespace

class TestCliDb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initAndMigrate();
    void backupRestoreKeepsTheSignedCase();
    void checkFindsDamageAndTampering();
    void nothingIsOverwritten();
    void scriptChangesOnlyTheVersionItRead();
    void backupMovesACaseBetweenBackends();
    void grantedRoleCannotRewriteHistory();
    void identifiersAreSealedAndDisclosuresAudited();
    void serverAddressesNeverCarryAPassword();
    void signaturesVerifyFromScripts();

private:
    Run cli(const QStringList& arguments);
    QString path(const QString& name) const
    {
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
    QString m_kb;
    QString m_cases; ///< the demo case, signed final, and a draft
};

Run TestCliDb::cli(const QStringList& arguments)
{
    return test::runCli(arguments);
}

void TestCliDb::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    // Reports made a minute apart must still compare byte for byte.
    qputenv("SOURCE_DATE_EPOCH", "1764892800");
    m_kb = path(u"kb.sqlite"_s);
    const Run kb = cli({u"kb"_s, u"init"_s, m_kb});
    QVERIFY2(kb.exitCode == 0, kb.err.constData());
    m_cases = test::caseDatabase(path(u"cases.sqlite"_s));
    const auto newCase = [&](const QString& patient) {
        return cli({u"case"_s,
                    u"new"_s,
                    QStringLiteral(ONCOBOARD_DEMO_VCF),
                    u"--db"_s,
                    m_cases,
                    u"--kb"_s,
                    m_kb,
                    u"--tumor-type"_s,
                    u"COAD"_s,
                    u"--patient"_s,
                    patient});
    };
    // Case 1 signed final, case 2 a draft of another patient.
    const Run created = newCase(u"P-001"_s);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    for (const auto& [state, signer, role] : {std::tuple{u"preliminary"_s, u"Dr. A"_s, u"molecular pathologist"_s},
                                              std::tuple{u"final"_s, u"Dr. B"_s, u"oncologist"_s}}) {
        const Run r = cli({u"case"_s,
                           u"state"_s,
                           u"--db"_s,
                           m_cases,
                           u"--case"_s,
                           u"1"_s,
                           state,
                           u"--signer"_s,
                           signer,
                           u"--role"_s,
                           role,
                           u"--kb"_s,
                           m_kb});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("signed " + state.toUtf8() + " with key "), r.out.constData());
    }
    const Run second = newCase(u"P-002"_s);
    QVERIFY2(second.exitCode == 0, second.err.constData());
}

void TestCliDb::initAndMigrate()
{
    const QString fresh = test::caseDatabase(path(u"fresh/cases.sqlite"_s));
    const Run init = cli({u"db"_s, u"init"_s, u"--db"_s, fresh});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY(test::onPostgres() || QFileInfo::exists(fresh));
    // Nor is a database made twice.
    const Run again = cli({u"db"_s, u"init"_s, u"--db"_s, fresh});
    QVERIFY(again.exitCode != 0);
    const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, fresh});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.contains("0 patient(s), 0 case(s), 0 final"), check.out.constData());
    QVERIFY2(check.out.contains("audit trail intact: 0 entries"), check.out.constData());

    const Run current = cli({u"db"_s, u"migrate"_s, u"--db"_s, fresh});
    QVERIFY2(current.exitCode == 0, current.err.constData());
    QVERIFY2(current.out.contains("nothing to migrate"), current.out.constData());
    // A database of a newer OncoBoard is never touched by this one.
    QVERIFY(tamper(
        fresh, {test::onPostgres() ? u"UPDATE oncoboard_schema SET version = 99"_s : u"PRAGMA user_version = 99"_s}));
    const QByteArray before = sha256Of(fresh);
    const Run newer = cli({u"db"_s, u"migrate"_s, u"--db"_s, fresh});
    QVERIFY(newer.exitCode != 0);
    QVERIFY2(newer.err.contains("99"), newer.err.constData());
    QCOMPARE(sha256Of(fresh), before);
    // Neither is a file that is not a case database (here the knowledge base).
    const Run notCases = cli({u"db"_s, u"check"_s, u"--db"_s, m_kb});
    QVERIFY(notCases.exitCode != 0);
    QVERIFY2(notCases.err.contains(m_kb.toUtf8()), notCases.err.constData());
    const Run usage = cli({u"db"_s, u"vacuum"_s});
    QCOMPARE(usage.exitCode, 2);
}

void TestCliDb::backupRestoreKeepsTheSignedCase()
{
    const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, m_cases});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.contains("2 patient(s), 2 case(s), 1 final"), check.out.constData());
    QVERIFY2(check.out.contains("1 of 1 final case(s) as they were signed"), check.out.constData());

    const QString backup = path(u"backups/2026-12-05.sqlite"_s);
    const Run b = cli({u"db"_s, u"backup"_s, u"--db"_s, m_cases, u"--out"_s, backup});
    QVERIFY2(b.exitCode == 0, b.err.constData());
    QVERIFY2(b.out.contains("1 of 1 final case(s) as they were signed"), b.out.constData());

    const QString restored = test::caseDatabase(path(u"restored/cases.sqlite"_s));
    const Run r = cli({u"db"_s, u"restore"_s, u"--db"_s, restored, backup});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("2 patient(s), 2 case(s), 1 final"), r.out.constData());

    // The restored database gives the same report, byte for byte, and the same audit trail.
    for (const QString& id : {u"1"_s, u"2"_s}) {
        const Run original = cli({u"report"_s, u"--db"_s, m_cases, u"--case"_s, id, u"--json"_s, u"-"_s});
        const Run copy = cli({u"report"_s, u"--db"_s, restored, u"--case"_s, id, u"--json"_s, u"-"_s});
        QVERIFY2(original.exitCode == 0, original.err.constData());
        QVERIFY2(copy.exitCode == 0, copy.err.constData());
        QVERIFY(original.out.size() > 10000);
        QCOMPARE(copy.out, original.out);
        const Run trail = cli({u"case"_s, u"audit"_s, u"--db"_s, m_cases, u"--case"_s, id});
        const Run trailCopy = cli({u"case"_s, u"audit"_s, u"--db"_s, restored, u"--case"_s, id});
        QVERIFY(!trail.out.isEmpty());
        QCOMPARE(trailCopy.out, trail.out);
    }
    // The restored final case is still locked by the database.
    QString refused;
    QVERIFY(!tamper(restored, {u"UPDATE case_record SET tumor_type = 'LUAD' WHERE id = 1"_s}, &refused));
    QVERIFY2(refused.contains(u"final and locked"_s), qPrintable(refused));
}

void TestCliDb::checkFindsDamageAndTampering()
{
    // Someone with the file or the server drops or switches off the guard of final cases and
    // edits the signed case.
    const QString copy = test::copyCaseDatabase(m_cases, path(u"tampered.sqlite"_s));
    QVERIFY(tamper(copy,
                   {test::onPostgres() ? u"ALTER TABLE case_record DISABLE TRIGGER case_final_update"_s
                                       : u"DROP TRIGGER case_final_update"_s,
                    u"UPDATE case_record SET tumor_type = 'LUAD' WHERE id = 1"_s}));
    const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, copy});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains("missing trigger case_final_update"), check.err.constData());
    QVERIFY2(check.err.contains("case 1 was changed after it was signed final"), check.err.constData());
    // A row that refers to a case that is not there (a partial copy, a hand edit; on the server
    // with references switched off).
    const QString orphan = test::copyCaseDatabase(m_cases, path(u"orphan.sqlite"_s));
    const QString insert = u"INSERT INTO case_input (case_id, position, path) VALUES (77, 0, 'lost.vcf')"_s;
    QVERIFY(test::onPostgres() ? test::tamper(orphan, {insert}).isEmpty()
                               : tamper(orphan, {u"PRAGMA foreign_keys = OFF"_s, insert}));
    const Run o = cli({u"db"_s, u"check"_s, u"--db"_s, orphan});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("table case_input") && o.err.contains("case_record"), o.err.constData());

    // Such a database is not restored (a backup is a file).
    ONCOBOARD_SQLITE_ONLY("the rest restores the tampered database, and a server database is no backup file");
    const QString target = path(u"from-tampered.sqlite"_s);
    const Run r = cli({u"db"_s, u"restore"_s, u"--db"_s, target, copy});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("nothing was restored"), r.err.constData());
    QVERIFY(!QFileInfo::exists(target));
}

void TestCliDb::nothingIsOverwritten()
{
    const QString existing = path(u"existing.sqlite"_s);
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("yesterday's backup");
    }
    const QByteArray before = sha256Of(existing);
    QList<QStringList> refused{QStringList{u"db"_s, u"backup"_s, u"--db"_s, m_cases, u"--out"_s, existing}};
    if (!test::onPostgres())
        refused << QStringList{u"db"_s, u"restore"_s, u"--db"_s, existing, m_cases}
                << QStringList{u"db"_s, u"init"_s, u"--db"_s, existing};
    for (const QStringList& arguments : std::as_const(refused)) {
        const Run r = cli(arguments);
        QVERIFY2(r.exitCode != 0, qPrintable(arguments.join(u' ')));
        QVERIFY2(r.err.contains("the file exists; nothing was written"), r.err.constData());
        QCOMPARE(sha256Of(existing), before);
    }
    // A server database that holds cases is neither made anew nor restored over.
    if (test::onPostgres()) {
        const QString backup = path(u"overwrite-check.sqlite"_s);
        QVERIFY(cli({u"db"_s, u"backup"_s, u"--db"_s, m_cases, u"--out"_s, backup}).exitCode == 0);
        for (const QStringList& arguments : {QStringList{u"db"_s, u"restore"_s, u"--db"_s, m_cases, backup},
                                             QStringList{u"db"_s, u"init"_s, u"--db"_s, m_cases}}) {
            const Run r = cli(arguments);
            QVERIFY2(r.exitCode != 0, qPrintable(arguments.join(u' ')));
            QVERIFY2(r.err.contains("already holds a case store"), r.err.constData());
        }
        const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, m_cases});
        QVERIFY2(check.out.contains("2 patient(s), 2 case(s), 1 final"), check.out.constData());
    }
    // A failed backup leaves no partial file behind.
    const QStringList left = QDir(m_dir.path()).entryList({u"*.partial"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

void TestCliDb::scriptChangesOnlyTheVersionItRead()
{
    // The draft case 2: a script reads its version, a colleague decides, the script's change is refused.
    const auto version = [&] {
        const Run r = cli({u"case"_s, u"version"_s, u"--db"_s, m_cases, u"--case"_s, u"2"_s});
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        return r.exitCode == 0 && lines.size() == 2 ? QString::fromUtf8(lines[1].split('\t').value(0)) : QString();
    };
    const auto review = [&](const QString& decision, const QString& who, const QString& ifVersion) {
        QStringList arguments{u"case"_s,
                              u"review"_s,
                              u"--db"_s,
                              m_cases,
                              u"--case"_s,
                              u"2"_s,
                              u"--alteration"_s,
                              u"7:140453136:A:T"_s,
                              u"--decision"_s,
                              decision,
                              u"--as"_s,
                              who,
                              u"--role"_s,
                              u"oncologist"_s};
        if (!ifVersion.isEmpty())
            arguments << u"--if-version"_s << ifVersion;
        return cli(arguments);
    };
    const QString read = version();
    QVERIFY(read.toLongLong() > 0);
    const Run colleague = review(u"include"_s, u"Dr. B"_s, QString());
    QVERIFY2(colleague.exitCode == 0, colleague.err.constData());
    const QString after = version();
    QVERIFY(after.toLongLong() > read.toLongLong());
    const Run stale = review(u"exclude"_s, u"script"_s, read);
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.err.contains("changed by Dr. B (oncologist)") && stale.err.contains("nothing was written"),
             stale.err.constData());
    QCOMPARE(version(), after); // nothing written
    const Run current = review(u"exclude"_s, u"script"_s, after);
    QVERIFY2(current.exitCode == 0, current.err.constData());
    QVERIFY(version().toLongLong() > after.toLongLong());
    const Run bad = review(u"exclude"_s, u"script"_s, u"latest"_s);
    QCOMPARE(bad.exitCode, 2);
}

void TestCliDb::backupMovesACaseBetweenBackends()
{
    if (!test::onPostgres())
        QSKIP("needs the PostgreSQL run (tst_CliDb_postgres), which moves cases between SQLite and PostgreSQL");
    // A case made and signed on an SQLite laptop moves to the department's server, and back.
    const QString laptop = path(u"laptop/cases.sqlite"_s);
    Run r = cli({u"case"_s,
                 u"new"_s,
                 QStringLiteral(ONCOBOARD_DEMO_VCF),
                 u"--db"_s,
                 laptop,
                 u"--kb"_s,
                 m_kb,
                 u"--tumor-type"_s,
                 u"COAD"_s,
                 u"--patient"_s,
                 u"P-LAPTOP"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const auto& [state, signer] : {std::pair{u"preliminary"_s, u"Dr. A"_s}, {u"final"_s, u"Dr. B"_s}}) {
        r = cli({u"case"_s,
                 u"state"_s,
                 u"--db"_s,
                 laptop,
                 u"--case"_s,
                 u"1"_s,
                 state,
                 u"--signer"_s,
                 signer,
                 u"--role"_s,
                 u"oncologist"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QString toServer = path(u"laptop/backup.sqlite"_s);
    r = cli({u"db"_s, u"backup"_s, u"--db"_s, laptop, u"--out"_s, toServer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString server = test::caseDatabase(path(u"server"_s));
    r = cli({u"db"_s, u"restore"_s, u"--db"_s, server, toServer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("1 of 1 final case(s) as they were signed"), r.out.constData());
    const QString toLaptop = path(u"server-backup.sqlite"_s);
    r = cli({u"db"_s, u"backup"_s, u"--db"_s, server, u"--out"_s, toLaptop});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString back = path(u"back/cases.sqlite"_s);
    r = cli({u"db"_s, u"restore"_s, u"--db"_s, back, toLaptop});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The same report, byte for byte, and the same audit trail wherever the case is.
    const Run original = cli({u"report"_s, u"--db"_s, laptop, u"--case"_s, u"1"_s, u"--json"_s, u"-"_s});
    QVERIFY2(original.exitCode == 0, original.err.constData());
    QVERIFY(original.out.size() > 10000);
    const Run trail = cli({u"case"_s, u"audit"_s, u"--db"_s, laptop, u"--case"_s, u"1"_s});
    for (const QString& copy : {server, back}) {
        const Run report = cli({u"report"_s, u"--db"_s, copy, u"--case"_s, u"1"_s, u"--json"_s, u"-"_s});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QCOMPARE(report.out, original.out);
        QCOMPARE(cli({u"case"_s, u"audit"_s, u"--db"_s, copy, u"--case"_s, u"1"_s}).out, trail.out);
    }
    // On the server the restored case is final and locked by the database itself.
    QString refused;
    QVERIFY(!tamper(server, {u"UPDATE case_record SET tumor_type = 'LUAD' WHERE id = 1"_s}, &refused));
    QVERIFY2(refused.contains(u"final and locked"_s), qPrintable(refused));
    // Work goes on there: a new decision on the draft gets a new id after the restored ones.
    r = cli({u"case"_s,
             u"new"_s,
             QStringLiteral(ONCOBOARD_DEMO_VCF),
             u"--db"_s,
             server,
             u"--kb"_s,
             m_kb,
             u"--tumor-type"_s,
             u"COAD"_s,
             u"--patient"_s,
             u"P-SERVER"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, server});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.contains("2 patient(s), 2 case(s), 1 final"), check.out.constData());
}

void TestCliDb::grantedRoleCannotRewriteHistory()
{
    const Run onFile = cli({u"db"_s, u"grant"_s, u"--db"_s, path(u"file.sqlite"_s), u"--role"_s, u"board"_s});
    QVERIFY(onFile.exitCode != 0);
    QVERIFY2(onFile.err.contains("privileges are a server's"), onFile.err.constData());
    if (!test::onPostgres())
        QSKIP("privileges are a server's (the PostgreSQL run checks them)");
    // The department's logins are members of one role; db grant lets it work with cases.
    test::onServer(u"CREATE ROLE board_members NOLOGIN"_s, u"SELECT 1 FROM pg_roles WHERE rolname = 'board_members'"_s);
    test::onServer(u"CREATE ROLE anna_board LOGIN IN ROLE board_members"_s,
                   u"SELECT 1 FROM pg_roles WHERE rolname = 'anna_board'"_s);
    const QString owner = test::caseDatabase(path(u"granted"_s));
    QCOMPARE(cli({u"db"_s, u"init"_s, u"--db"_s, owner}).exitCode, 0);
    const Run badName = cli({u"db"_s, u"grant"_s, u"--db"_s, owner, u"--role"_s, u"x; DROP TABLE audit"_s});
    QVERIFY(badName.exitCode != 0);
    Run r = cli({u"db"_s, u"grant"_s, u"--db"_s, owner, u"--role"_s, u"board_members"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QUrl login(owner);
    login.setUserName(u"anna_board"_s);
    const QString anna = login.toString();
    r = cli({u"case"_s,
             u"new"_s,
             QStringLiteral(ONCOBOARD_DEMO_VCF),
             u"--db"_s,
             anna,
             u"--kb"_s,
             m_kb,
             u"--tumor-type"_s,
             u"COAD"_s,
             u"--patient"_s,
             u"P-ANNA"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"case"_s,
             u"state"_s,
             u"--db"_s,
             anna,
             u"--case"_s,
             u"1"_s,
             u"preliminary"_s,
             u"--signer"_s,
             u"Dr. Anna"_s,
             u"--role"_s,
             u"molecular pathologist"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Past OncoBoard, with the login's own rights: history stays as it was written.
    for (const auto& [sql, refusal] : {std::pair{u"UPDATE audit SET action = 'forged'"_s, u"permission denied"_s},
                                       {u"DELETE FROM review"_s, u"permission denied"_s},
                                       {u"TRUNCATE alteration"_s, u"permission denied"_s},
                                       {u"UPDATE oncoboard_schema SET version = 1"_s, u"permission denied"_s},
                                       {u"ALTER TABLE audit DISABLE TRIGGER audit_no_update"_s, u"must be owner"_s},
                                       {u"SET session_replication_role = replica"_s, u"permission denied"_s},
                                       // Signatures stay, and only an administrator registers a key.
                                       {u"DELETE FROM signature"_s, u"permission denied"_s},
                                       {u"UPDATE signing_key SET registered_at = 'now'"_s, u"permission denied"_s}}) {
        const QString error = test::runSql(anna, {sql}, false);
        QVERIFY2(error.contains(refusal), qPrintable(sql + u" -> "_s + error));
    }
    const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, anna});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    // The case, its preliminary state, the signature and the signer's new key.
    QVERIFY2(check.out.contains("audit trail intact: 4 entries"), check.out.constData());
    const Run keys = cli({u"keys"_s, u"list"_s, u"--db"_s, anna});
    QVERIFY2(keys.out.contains("\tpending\t"), keys.out.constData());
    const Run selfRegistered = cli({u"keys"_s,
                                    u"register"_s,
                                    u"--db"_s,
                                    anna,
                                    u"--fingerprint"_s,
                                    QString::fromUtf8(keys.out.split('\n').value(1).split('\t').value(0)),
                                    u"--role"_s,
                                    u"administrator"_s});
    QVERIFY(selfRegistered.exitCode != 0);
    QVERIFY2(selfRegistered.err.contains("permission denied"), selfRegistered.err.constData());

    // A coordinator's logins prepare the meeting but record no decision or signature, whatever
    // front end they use; the department's administrators register keys.
    test::onServer(u"CREATE ROLE carl_coordinator LOGIN"_s,
                   u"SELECT 1 FROM pg_roles WHERE rolname = 'carl_coordinator'"_s);
    test::onServer(u"CREATE ROLE ada_admin LOGIN"_s, u"SELECT 1 FROM pg_roles WHERE rolname = 'ada_admin'"_s);
    QVERIFY(
        cli({u"db"_s, u"grant"_s, u"--db"_s, owner, u"--role"_s, u"carl"_s, u"--board-role"_s, u"surgeon"_s}).exitCode
        != 0);
    for (const auto& [account, board] :
         {std::pair{u"carl_coordinator"_s, u"coordinator"_s}, {u"ada_admin"_s, u"administrator"_s}}) {
        r = cli({u"db"_s, u"grant"_s, u"--db"_s, owner, u"--role"_s, account, u"--board-role"_s, board});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QUrl carlUrl(owner), adaUrl(owner);
    carlUrl.setUserName(u"carl_coordinator"_s);
    adaUrl.setUserName(u"ada_admin"_s);
    const QString carl = carlUrl.toString(), ada = adaUrl.toString();
    for (const QString& sql :
         {u"INSERT INTO review (case_id, alteration_id, decision, account, name, decided_at) SELECT "
          "case_id, id, 'include', 'carl', 'Carl', 'now' FROM alteration LIMIT 1"_s,
          u"UPDATE case_record SET state = 'final'"_s,
          u"UPDATE signing_key SET registered_at = 'now'"_s}) {
        const QString error = test::runSql(carl, {sql}, false);
        QVERIFY2(error.contains(u"permission denied"_s), qPrintable(sql + u" -> "_s + error));
    }
    QVERIFY2(test::runSql(carl, {u"UPDATE plan SET conclusion = conclusion"_s}, false).isEmpty(),
             "a coordinator edits the plan's details");
    QVERIFY(test::runSql(ada,
                         {u"INSERT INTO review (case_id, alteration_id, decision, account, name, decided_at) SELECT "
                          "case_id, id, 'include', 'ada', 'Ada', 'now' FROM alteration LIMIT 1"_s},
                         false)
                .contains(u"permission denied"_s));
    const Run registeredByAdmin = cli({u"keys"_s,
                                       u"register"_s,
                                       u"--db"_s,
                                       ada,
                                       u"--fingerprint"_s,
                                       QString::fromUtf8(keys.out.split('\n').value(1).split('\t').value(0)),
                                       u"--role"_s,
                                       u"administrator"_s});
    QVERIFY2(registeredByAdmin.exitCode == 0, registeredByAdmin.err.constData());
}

void TestCliDb::identifiersAreSealedAndDisclosuresAudited()
{
    const QString db = test::caseDatabase(path(u"identified/cases.sqlite"_s));
    const auto env = [](const QString& passphrase) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"ONCOBOARD_PASSPHRASE"_s);
        if (!passphrase.isEmpty())
            e.insert(u"ONCOBOARD_PASSPHRASE"_s, passphrase);
        return e;
    };
    const auto run = [&](const QStringList& arguments, const QString& passphrase) {
        QProcess p;
        p.setProcessEnvironment(env(passphrase));
        p.start(QStringLiteral(ONCOBOARD_CLI_PATH), arguments);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   p.readAllStandardOutput(),
                   p.readAllStandardError()};
    };
    const QString passphrase = u"tumor board 2026, room 3"_s;
    const QStringList newCase{u"case"_s,
                              u"new"_s,
                              QStringLiteral(ONCOBOARD_DEMO_VCF),
                              u"--db"_s,
                              db,
                              u"--kb"_s,
                              m_kb,
                              u"--tumor-type"_s,
                              u"COAD"_s,
                              u"--patient"_s,
                              u"P-SEALED"_s,
                              u"--name"_s,
                              u"Erika Mustermann"_s,
                              u"--mrn"_s,
                              u"MRN-0042"_s,
                              u"--birth-date"_s,
                              u"1961-08-12"_s};
    // Without the passphrase nothing is stored; with it, the case and its sealed identifiers.
    Run r = run(newCase, QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("ONCOBOARD_PASSPHRASE"), r.err.constData());
    QCOMPARE(test::queryValue(db, u"SELECT count(*) FROM case_record"_s).toInt(), 0);
    r = run(newCase, passphrase);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::fromUtf8(r.out.trimmed());
    QCOMPARE(test::queryValue(db,
                              u"SELECT count(*) FROM patient_identity WHERE name LIKE 'sealed:v1:%' AND "
                              "record_number LIKE 'sealed:v1:%' AND birth_date LIKE 'sealed:v1:%'"_s)
                 .toInt(),
             1);
    QCOMPARE(test::queryValue(db,
                              u"SELECT count(*) FROM patient_identity WHERE name LIKE '%Mustermann%' OR "
                              "record_number LIKE '%0042%' OR birth_date LIKE '%1961%'"_s)
                 .toInt(),
             0);
    if (!test::onPostgres()) {
        QFile raw(db);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("Mustermann") && !bytes.contains("MRN-0042") && !bytes.contains("1961-08-12"));
    }

    // Another machine without the key: pseudonyms only, and why; a wrong passphrase opens nothing.
    const QStringList show{u"case"_s, u"identity"_s, u"--db"_s, db, u"--patient"_s, u"P-SEALED"_s};
    r = run(show, QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("sealed"), r.err.constData());
    r = run(show, u"tumor board 2025"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not the passphrase"), r.err.constData());
    r = run({u"report"_s, u"--db"_s, db, u"--case"_s, id, u"--json"_s, u"-"_s}, QString());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("P-SEALED") && !r.out.contains("Mustermann"));
    r = run({u"report"_s, u"--db"_s, db, u"--case"_s, id, u"--json"_s, u"-"_s, u"--identifiers"_s}, QString());
    QCOMPARE(r.exitCode, 1);

    // With the key: shown and exported on request, each time written to the audit chain first.
    r = run(show, passphrase);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Erika Mustermann\t1961-08-12\tMRN-0042"), r.out.constData());
    r = run({u"report"_s, u"--db"_s, db, u"--case"_s, id, u"--json"_s, u"-"_s, u"--identifiers"_s}, passphrase);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Erika Mustermann") && r.out.contains("MRN-0042"));
    r = run({u"case"_s, u"identity"_s, u"--db"_s, db, u"--patient"_s, u"P-SEALED"_s, u"--mrn"_s, u"MRN-0043"_s},
            passphrase);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(show, passphrase);
    QVERIFY2(r.out.contains("Erika Mustermann\t1961-08-12\tMRN-0043"), r.out.constData());
    const Run trail = cli({u"case"_s, u"audit"_s, u"--db"_s, db, u"--case"_s, id});
    QCOMPARE(trail.out.count("identity.disclosed: - -> identity shown"), 2);
    QCOMPARE(trail.out.count("identity.disclosed: - -> report json"), 1);
    QVERIFY(!trail.out.contains("Mustermann") && !trail.out.contains("MRN-004"));
    const Run check = cli({u"db"_s, u"check"_s, u"--db"_s, db});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    // A date that is not one is refused before anything is written.
    r = run(
        {u"case"_s, u"identity"_s, u"--db"_s, db, u"--patient"_s, u"P-SEALED"_s, u"--birth-date"_s, u"1961-02-30"_s},
        passphrase);
    QCOMPARE(r.exitCode, 2);
}

void TestCliDb::serverAddressesNeverCarryAPassword()
{
    // Refused before any connection is tried, and the password is not repeated in the message.
    const Run withPassword = cli({u"db"_s, u"check"_s, u"--db"_s, u"postgresql://anna:hunter2@127.0.0.1:1/board"_s});
    QCOMPARE(withPassword.exitCode, 2);
    QVERIFY2(withPassword.err.contains("~/.pgpass or PGPASSWORD"), withPassword.err.constData());
    QVERIFY(!withPassword.err.contains("hunter2"));
    const Run unknown =
        cli({u"case"_s, u"list"_s, u"--db"_s, u"postgresql://anna@127.0.0.1:1/board?password=hunter2"_s});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains("unknown connection option 'password'"), unknown.err.constData());
    QVERIFY(!unknown.err.contains("hunter2"));
}

void TestCliDb::signaturesVerifyFromScripts()
{
    const QString db = test::copyCaseDatabase(m_cases, path(u"signatures.sqlite"_s));
    const auto verify = [&](const QString& location) {
        return cli({u"report"_s, u"verify"_s, u"--db"_s, location, u"--case"_s, u"1"_s, u"--kb"_s, m_kb});
    };
    Run keys = cli({u"keys"_s, u"list"_s, u"--db"_s, db});
    QVERIFY2(keys.exitCode == 0, keys.err.constData());
    const QList<QByteArray> keyLines = keys.out.trimmed().split('\n');
    QCOMPARE(keyLines.size(), 2); // one signer, one key
    const QString fingerprint = QString::fromUtf8(keyLines.at(1).split('\t').value(0));
    if (test::onPostgres()) {
        // On a server the key waits for an administrator.
        QVERIFY(keyLines.at(1).contains("\tpending\t"));
        const Run pending = verify(db);
        QCOMPARE(pending.exitCode, 1);
        QVERIFY2(pending.out.contains("is not registered by an administrator"), pending.out.constData());
        const Run notAdmin = cli({u"keys"_s, u"register"_s, u"--db"_s, db, u"--fingerprint"_s, fingerprint});
        QVERIFY(notAdmin.exitCode != 0);
        QVERIFY2(notAdmin.err.contains("give your role: administrator may"), notAdmin.err.constData());
        const Run registered = cli({u"keys"_s,
                                    u"register"_s,
                                    u"--db"_s,
                                    db,
                                    u"--fingerprint"_s,
                                    fingerprint,
                                    u"--role"_s,
                                    u"administrator"_s});
        QVERIFY2(registered.exitCode == 0, registered.err.constData());
    } else {
        QVERIFY(keyLines.at(1).contains("\tregistered\t"));
    }
    const Run verified = verify(db);
    QVERIFY2(verified.exitCode == 0, verified.out.constData());
    QVERIFY2(verified.out.contains("case 1, version 1: every signature verifies"), verified.out.constData());
    QVERIFY(verified.out.contains("signature 1: preliminary by Dr. A (molecular pathologist)"));
    QVERIFY(verified.out.contains("signature 2: final by Dr. B (oncologist)"));
    QVERIFY(verified.out.contains(fingerprint.toUtf8()));

    // The report JSON carries the signatures; verify checks it alone and against the registry.
    const QString json = path(u"signed-report.json"_s);
    const Run report = cli({u"report"_s, u"--db"_s, db, u"--case"_s, u"1"_s, u"--json"_s, json, u"--kb"_s, m_kb});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    Run file = cli({u"verify"_s, json, u"--db"_s, db});
    QVERIFY2(file.exitCode == 0, file.out.constData());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray edited = f.readAll();
    f.close();
    QVERIFY(edited.contains("\"patient\": \"P-001\""));
    edited.replace("\"patient\": \"P-001\"", "\"patient\": \"P-999\"");
    const QString forged = path(u"forged-report.json"_s);
    QFile out(forged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(edited);
    out.close();
    file = cli({u"verify"_s, forged});
    QCOMPARE(file.exitCode, 1);
    QVERIFY2(file.out.contains("the file was changed after it was made"), file.out.constData());

    // Members and their roles: the first is the administrator itself.
    Run member = cli({u"members"_s,
                      u"set"_s,
                      u"--db"_s,
                      db,
                      u"--account"_s,
                      u"colleague"_s,
                      u"--grant"_s,
                      u"oncologist"_s,
                      u"--role"_s,
                      u"administrator"_s});
    QVERIFY(member.exitCode != 0);
    QVERIFY2(member.err.contains("the first member is the administrator"), member.err.constData());

    // The signer's case changed behind the guards: verify fails and names the change.
    const QString tampered = test::tamper(db, {u"UPDATE alteration SET amp_tier = 'I-A' WHERE idx = 3"_s});
    QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
    const Run failed = verify(db);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.out.contains("the case was changed after it was signed final"), failed.out.constData());
    QVERIFY2(failed.out.contains("amp_tier was"), failed.out.constData());
    QVERIFY2(failed.out.contains("case 1, version 1: verification FAILED"), failed.out.constData());
}

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_CliDb.moc"
