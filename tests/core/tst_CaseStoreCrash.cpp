// Crash safety of the case database: a writer process is killed (SIGKILL) at random moments while
// it records decisions; every decision whose commit had returned must be there afterwards, and
// the database must pass SQLite's integrity check. A reader works while a writer writes. Eight
// writers on one case for a minute, some killed at random, lose nothing and never deadlock. Run on
// SQLite and on PostgreSQL (tests/CaseDatabase.h).

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "caseStore/CaseStore.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

NewCaseInfo patientInfo(const QString& pseudonym)
{
    NewCaseInfo info;
    info.patient = pseudonym;
    return info;
}

} // namespace

class TestCaseStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLosesNoCommittedDecision();
    void readerWorksWhileWriterWrites();
    void eightWritersForAMinute();

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_case = 0;
};

void TestCaseStoreCrash::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    QVERIFY((*kb)->ensureBundled());
    CaseLoadOptions load;
    load.tumorType = u"BRCA"_s;
    auto c =
        CaseLoader::load({QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf")}, load);
    QVERIFY(c);
    auto result = Annotator::annotate(std::move(c.value()), **kb);
    QVERIFY(result);
    m_db = test::caseDatabase(m_dir.filePath(u"cases.sqlite"_s));
    auto store = CaseStore::open(m_db);
    QVERIFY(store);
    auto id = (*store)->createCase(
        *result, patientInfo(u"PAT-CRASH"_s), Actor{u"t"_s, u"Test"_s, u"molecular pathologist"_s});
    QVERIFY(id);
    m_case = *id;
}

void TestCaseStoreCrash::killedWriterLosesNoCommittedDecision()
{
    constexpr int kills = 50;
    QRandomGenerator random(20261126); // fixed seed: the same kill moments on every run
    qint64 committed = 0;
    qint64 found = 0;
    int runsWithCommits = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(CASE_WRITER_PATH), {m_db, QString::number(m_case), u"k%1"_s.arg(kill)});
        QVERIFY(writer.waitForStarted(10000));
        QTest::qWait(int(random.bounded(80, 400)));
        writer.kill(); // SIGKILL: no chance to finish a transaction or flush anything
        QVERIFY(writer.waitForFinished(10000));
        const QList<QByteArray> reported = writer.readAllStandardOutput().split('\n');
        QSet<QString> tags;
        for (const QByteArray& line : reported)
            if (!line.isEmpty())
                tags.insert(QString::fromUtf8(line));
        QVERIFY2(writer.readAllStandardError().isEmpty(), "the writer failed before it was killed");

        // Open as the next user would, check integrity, find every reported decision.
        auto store = CaseStore::open(m_db);
        QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
        QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
        if (!test::onPostgres()) {
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
        }
        QVERIFY(q.exec(u"SELECT comment FROM review WHERE comment LIKE 'k%1-%%'"_s.arg(kill)));
        QSet<QString> present;
        while (q.next())
            present.insert(q.value(0).toString());
        for (const QString& tag : tags)
            QVERIFY2(present.contains(tag), qPrintable(u"committed decision %1 is missing"_s.arg(tag)));
        // At most the one decision committed after its tag was printed is there without a report.
        QVERIFY(present.size() - tags.size() <= 1);
        committed += tags.size();
        found += present.size();
        runsWithCommits += !tags.isEmpty();
        QVERIFY((*store)->verifyAudit()->ok());
    }
    qInfo().noquote() << u"%1 kills; %2 runs had committed decisions; %3 decisions reported committed, all %3 "
                         "found (%4 in the database in all)"_s.arg(kills)
                             .arg(runsWithCommits)
                             .arg(committed)
                             .arg(found);
    QVERIFY(runsWithCommits >= kills / 2);
}

void TestCaseStoreCrash::readerWorksWhileWriterWrites()
{
    QProcess writer;
    writer.start(QStringLiteral(CASE_WRITER_PATH), {m_db, QString::number(m_case), u"reader"_s});
    QVERIFY(writer.waitForStarted(10000));
    auto store = CaseStore::open(m_db, CaseStore::Mode::ReadOnly);
    QVERIFY(store);
    QElapsedTimer timer;
    timer.start();
    int reads = 0;
    qint64 lastReviewed = -1;
    while (timer.elapsed() < 1500) {
        auto s = (*store)->summary(m_case);
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        auto a = (*store)->alterations(m_case);
        QVERIFY2(a, a ? "" : qPrintable(a.error().toString()));
        QCOMPARE(qint64(a->size()), s->alterations);
        QVERIFY(s->reviewed >= lastReviewed);
        lastReviewed = s->reviewed;
        ++reads;
    }
    writer.kill();
    QVERIFY(writer.waitForFinished(10000));
    QVERIFY(!writer.readAllStandardOutput().isEmpty()); // the writer wrote meanwhile
    qInfo() << reads << "consistent reads while the writer wrote";
    QVERIFY(reads > 10);
}

void TestCaseStoreCrash::eightWritersForAMinute()
{
    // Eight writer processes record decisions on the same case; every second or so one of them is
    // killed (SIGKILL) and a new one takes its place. Every decision whose call returned must be
    // there exactly once, no writer may fail (a deadlock or a lock timeout would), and the audit
    // chain must verify. ONCOBOARD_STRESS_SECONDS shortens or lengthens the run (default 60).
    const int seconds = qEnvironmentVariableIsSet("ONCOBOARD_STRESS_SECONDS")
                            ? qEnvironmentVariableIntValue("ONCOBOARD_STRESS_SECONDS")
                            : 60;
    constexpr int writers = 8;
    QRandomGenerator random(20261205);
    struct Writer
    {
        std::unique_ptr<QProcess> process;
        QString tag;
    };
    std::vector<Writer> running;
    QSet<QString> reported;
    int started = 0, killed = 0;
    const auto start = [&]() {
        Writer w{std::make_unique<QProcess>(), u"s%1"_s.arg(started++)};
        w.process->start(QStringLiteral(CASE_WRITER_PATH), {m_db, QString::number(m_case), w.tag});
        return w;
    };
    // What a finished writer printed: its committed decisions; and whether it failed by itself.
    const auto collect = [&](Writer& w) -> QString {
        for (const QByteArray& line : w.process->readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                reported.insert(QString::fromUtf8(line));
        const QByteArray error = w.process->readAllStandardError();
        if (w.process->exitStatus() == QProcess::NormalExit || !error.isEmpty())
            return u"writer %1 failed: %2"_s.arg(w.tag, QString::fromUtf8(error));
        return {};
    };
    for (int i = 0; i < writers; ++i) {
        running.push_back(start());
        QVERIFY(running.back().process->waitForStarted(10000));
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        QTest::qWait(int(random.bounded(300, 1500)));
        for (Writer& w : running)
            QVERIFY2(w.process->state() == QProcess::Running,
                     qPrintable(
                         u"writer %1 stopped: %2"_s.arg(w.tag, QString::fromUtf8(w.process->readAllStandardError()))));
        Writer& victim = running[random.bounded(writers)];
        victim.process->kill();
        QVERIFY(victim.process->waitForFinished(10000));
        ++killed;
        const QString failure = collect(victim);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        victim = start();
        QVERIFY(victim.process->waitForStarted(10000));
    }
    for (Writer& w : running) {
        w.process->kill();
        QVERIFY(w.process->waitForFinished(10000));
        const QString failure = collect(w);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    auto store = CaseStore::open(m_db, CaseStore::Mode::ReadOnly);
    QVERIFY(store);
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    QVERIFY(q.exec(u"SELECT comment, count(*) FROM review WHERE comment LIKE 's%' GROUP BY comment"_s));
    QHash<QString, qint64> present;
    while (q.next())
        present.insert(q.value(0).toString(), q.value(1).toLongLong());
    for (const QString& tag : std::as_const(reported)) {
        QVERIFY2(present.contains(tag), qPrintable(u"committed decision %1 is missing"_s.arg(tag)));
        QVERIFY2(present.value(tag) == 1,
                 qPrintable(u"decision %1 is there %2 times"_s.arg(tag).arg(present.value(tag))));
    }
    // A killed writer may have committed one decision it had no time to report.
    QVERIFY(present.size() - reported.size() <= killed + writers);
    auto audit = (*store)->verifyAudit();
    QVERIFY(audit);
    QVERIFY2(audit->ok(), qPrintable(audit->problem));
    qInfo().noquote() << u"%1 s, %2 writers at a time, %3 started, %4 killed: %5 decisions reported committed, "
                         "each found once (%6 in the database); audit chain of %7 entries verified"_s.arg(seconds)
                             .arg(writers)
                             .arg(started)
                             .arg(killed)
                             .arg(reported.size())
                             .arg(present.size())
                             .arg(audit->entries);
    QVERIFY(reported.size() > 8 * seconds); // the writers got through, not only waited
}

QTEST_GUILESS_MAIN(TestCaseStoreCrash)
#include "tst_CaseStoreCrash.moc"
