// Crash safety of the case database: a writer process is killed (SIGKILL) at random moments while
// it records decisions; every decision whose commit had returned must be there afterwards, and
// the database must pass SQLite's integrity check. A reader works while a writer writes.

#include "TestConfig.h"
#include "caseStore/CaseStore.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"

#include <QElapsedTimer>
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

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_case = 0;
};

void TestCaseStoreCrash::initTestCase()
{
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
    m_db = m_dir.filePath(u"cases.sqlite"_s);
    auto store = CaseStore::open(m_db);
    QVERIFY(store);
    auto id = (*store)->createCase(*result, patientInfo(u"PAT-CRASH"_s), Actor{u"t"_s, u"Test"_s, u"test"_s});
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
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
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

QTEST_GUILESS_MAIN(TestCaseStoreCrash)
#include "tst_CaseStoreCrash.moc"
