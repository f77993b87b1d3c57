// Several reviewers on one case database: a change made after someone else changed the case is
// refused (optimistic locking against the case's newest audit entry), nothing is lost, a
// reviewer's own changes never conflict with themselves, and many writer processes at once each
// find their decisions recorded exactly once.

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "caseStore/CaseStore.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"

#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTime>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const Actor pathologist{u"apath"_s, u"Dr. A. Pathologist"_s, u"molecular pathologist"_s};
const Actor oncologist{u"bonco"_s, u"Dr. B. Oncologist"_s, u"oncologist"_s};

qint64 reviewCount(CaseStore& store, qint64 alterationId)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    q.prepare(u"SELECT count(*) FROM review WHERE alteration_id = ?"_s);
    q.addBindValue(alterationId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** Ends every session of the server database at `location`, as a restart would, and waits until they are gone. */
void endSessions(const QString& location)
{
    const QString name = QUrl(location).path().mid(1);
    test::onServer(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> "
                   "pg_backend_pid()"_s.arg(name));
    for (int i = 0; i < 100; ++i) {
        bool left = false;
        test::onServer(QString(),
                       u"SELECT 1 FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(name),
                       &left);
        if (!left)
            return;
        QThread::msleep(100);
    }
}

/** 1 when someone else changed the case, 0 when not, -1 on an error. */
int changedElsewhere(CaseStore& store, qint64 caseId)
{
    auto changed = store.changedElsewhere(caseId);
    return changed ? int(changed->has_value()) : -1;
}

} // namespace

class TestCaseConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staleChangeIsRefusedAndNothingIsLost();
    void ownChangesNeverConflict();
    void withoutAnExpectationNothingChanges();
    void manyWriterProcessesLoseNothing();
    void lostServerConnectionIsRestored();

private:
    qint64 newCase(CaseStore& store);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    QString m_kbPath;
};

void TestCaseConcurrency::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    m_kbPath = m_dir.filePath(u"kb.sqlite"_s);
    auto kb = KnowledgeBase::open(m_kbPath);
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
}

qint64 TestCaseConcurrency::newCase(CaseStore& store)
{
    CaseLoadOptions load;
    load.tumorType = u"COAD"_s;
    auto c = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF)}, load);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    auto r = Annotator::annotate(std::move(c.value()), *m_kb);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    NewCaseInfo info;
    info.patient = u"PAT-%1"_s.arg(QTime::currentTime().msecsSinceStartOfDay());
    auto id = store.createCase(*r, info, pathologist);
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return *id;
}

void TestCaseConcurrency::staleChangeIsRefusedAndNothingIsLost()
{
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    // Two workstations: each its own connection to the same database.
    auto mine = CaseStore::open(path);
    QVERIFY(mine);
    const qint64 id = newCase(**mine);
    auto theirs = CaseStore::open(path);
    QVERIFY(theirs);
    auto stored = (*mine)->alterations(id);
    QVERIFY2(stored && stored->size() >= 2, stored ? "" : qPrintable(stored.error().toString()));
    const qint64 first = (*stored)[0].id, second = (*stored)[1].id;

    // Both show the case as it is now.
    auto shown = (*mine)->caseVersion(id);
    QVERIFY(shown && shown->seq > 0);
    QCOMPARE(shown->name, pathologist.name);
    (*mine)->expectVersion(id, *shown);
    auto theirShown = (*theirs)->caseVersion(id);
    QVERIFY(theirShown);
    (*theirs)->expectVersion(id, *theirShown);
    QCOMPARE(changedElsewhere(**mine, id), 0);

    // The oncologist decides first; the pathologist's window still shows the case before it.
    QVERIFY((*theirs)->review(id, first, Decision::Include, u"actionable"_s, oncologist));
    QCOMPARE(changedElsewhere(**mine, id), 1);
    QCOMPARE(changedElsewhere(**theirs, id), 0); // their own change

    const qint64 before = reviewCount(**mine, first);
    auto stale = (*mine)->review(id, first, Decision::Exclude, u"artefact?"_s, pathologist);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, CoreError::Code::Conflict);
    QVERIFY2(stale.error().message.contains(oncologist.name), qPrintable(stale.error().message));
    QVERIFY2(stale.error().message.contains(u"review"_s), qPrintable(stale.error().message));
    QCOMPARE(reviewCount(**mine, first), before); // nothing written
    // Any change of the case is refused the same way, not only the same alteration's.
    auto other = (*mine)->review(id, second, Decision::Vus, QString(), pathologist);
    QVERIFY(!other);
    QCOMPARE(other.error().code, CoreError::Code::Conflict);
    QVERIFY(!(*mine)->setState(id, CaseState::Preliminary, pathologist));

    // Reloaded, the pathologist sees the oncologist's decision and applies the change again.
    auto now = (*mine)->caseVersion(id);
    QVERIFY(now && now->seq > shown->seq);
    (*mine)->expectVersion(id, *now);
    auto reloaded = (*mine)->alterations(id);
    QVERIFY(reloaded && (*reloaded)[0].review);
    QCOMPARE((*reloaded)[0].review->decision, Decision::Include);
    QVERIFY((*mine)->review(id, first, Decision::Exclude, u"artefact: strand bias"_s, pathologist));
    // Now the oncologist's window is the stale one.
    auto back = (*theirs)->review(id, second, Decision::Include, QString(), oncologist);
    QVERIFY(!back);
    QCOMPARE(back.error().code, CoreError::Code::Conflict);
    QVERIFY2(back.error().message.contains(pathologist.name), qPrintable(back.error().message));
    // Both decisions are in the history; the audit chain holds.
    QCOMPARE(reviewCount(**mine, first), before + 1);
    auto audit = (*mine)->verifyAudit();
    QVERIFY(audit && audit->ok());
}

void TestCaseConcurrency::ownChangesNeverConflict()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 id = newCase(**store);
    auto stored = (*store)->alterations(id);
    QVERIFY(stored && stored->size() >= 3);
    auto shown = (*store)->caseVersion(id);
    QVERIFY(shown);
    (*store)->expectVersion(id, *shown);
    for (int i = 0; i < 3; ++i)
        QVERIFY((*store)->review(id, (*stored)[size_t(i)].id, Decision::Include, QString(), pathologist));
    // A change that fails (a final case refuses decisions) writes nothing and breaks nothing.
    QVERIFY((*store)->setState(id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(id, CaseState::Final, oncologist)); // several audit entries in one change
    QCOMPARE(changedElsewhere(**store, id), 0);
    auto refused = (*store)->review(id, (*stored)[0].id, Decision::Exclude, QString(), pathologist);
    QVERIFY(!refused);
    QVERIFY(refused.error().code != CoreError::Code::Conflict);
    QCOMPARE(changedElsewhere(**store, id), 0);
    auto amended = (*store)->amend(id, u"new biopsy"_s, oncologist);
    QVERIFY2(amended, amended ? "" : qPrintable(amended.error().toString()));
}

void TestCaseConcurrency::withoutAnExpectationNothingChanges()
{
    // A script that did not read the case first (the CLI's case review) writes as before.
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    auto a = CaseStore::open(path);
    QVERIFY(a);
    const qint64 id = newCase(**a);
    auto b = CaseStore::open(path);
    QVERIFY(b);
    auto stored = (*a)->alterations(id);
    QVERIFY(stored && !stored->empty());
    QVERIFY((*b)->review(id, (*stored)[0].id, Decision::Include, QString(), oncologist));
    QVERIFY((*a)->review(id, (*stored)[0].id, Decision::Exclude, QString(), pathologist));
    QCOMPARE(changedElsewhere(**a, id), 0);
    // Ending an expectation ends the checks.
    auto shown = (*a)->caseVersion(id);
    QVERIFY(shown);
    (*a)->expectVersion(id, *shown);
    QVERIFY((*b)->review(id, (*stored)[0].id, Decision::Vus, QString(), oncologist));
    (*a)->expectVersion(id, CaseVersion());
    QVERIFY((*a)->review(id, (*stored)[0].id, Decision::Include, QString(), pathologist));
}

void TestCaseConcurrency::manyWriterProcessesLoseNothing()
{
    // Four `case review` processes on one case at once, each deciding on its own alterations:
    // every call that returned success is recorded exactly once, and the audit chain holds.
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    const qint64 id = newCase(**store);
    auto stored = (*store)->alterations(id);
    constexpr int writers = 4, perWriter = 6;
    QVERIFY(stored && stored->size() >= size_t(writers * perWriter));
    store->reset();

    std::vector<std::unique_ptr<QProcess>> running;
    std::vector<std::pair<qint64, int>> asked; // stored alteration, process
    for (int w = 0; w < writers; ++w) {
        // Each writer is a shell loop of CLI calls; its output lists the calls that succeeded.
        QStringList script;
        for (int k = 0; k < perWriter; ++k) {
            const StoredAlteration& a = (*stored)[size_t(w * perWriter + k)];
            script << u"\"%1\" case review --db \"%2\" --case %3 --alteration \"%4\" --decision include "
                      "--comment writer%5 --as writer%5 --role oncologist > /dev/null 2>&1 && echo %6"_s
                          .arg(QStringLiteral(ONCOBOARD_CLI_PATH), path)
                          .arg(id)
                          .arg(a.ref)
                          .arg(w)
                          .arg(a.id);
        }
        auto p = std::make_unique<QProcess>();
        p->start(u"/bin/sh"_s, {u"-c"_s, script.join(u"; "_s)});
        running.push_back(std::move(p));
    }
    QSet<qint64> succeeded;
    for (auto& p : running) {
        QVERIFY(p->waitForFinished(120000));
        for (const QByteArray& line : p->readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                succeeded.insert(line.trimmed().toLongLong());
    }
    QCOMPARE(succeeded.size(), writers * perWriter); // SQLite's busy timeout lets every writer through

    auto after = CaseStore::open(path);
    QVERIFY(after);
    for (const qint64 alteration : succeeded)
        QCOMPARE(reviewCount(**after, alteration), 1);
    auto audit = (*after)->verifyAudit();
    QVERIFY(audit && audit->ok());
}

void TestCaseConcurrency::lostServerConnectionIsRestored()
{
    if (!test::onPostgres())
        QSKIP("a server connection only (the PostgreSQL run); an SQLite file has none to lose");
    // The server drops every session (a restart, a network cut) while the window is open: the
    // next change connects again and is written once; nothing half-written stays behind.
    QTemporaryDir dir;
    const QString location = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    auto store = CaseStore::open(location);
    QVERIFY(store);
    const qint64 id = newCase(**store);
    auto stored = (*store)->alterations(id);
    QVERIFY2(stored && stored->size() >= 2, stored ? "" : qPrintable(stored.error().toString()));
    endSessions(location);
    auto r = (*store)->review(id, (*stored)[0].id, Decision::Include, u"after the restart"_s, pathologist);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(reviewCount(**store, (*stored)[0].id), 1);
    auto audit = (*store)->verifyAudit();
    QVERIFY(audit && audit->ok());
    // A read-only session stays read-only when it connects again.
    auto reader = CaseStore::open(location, CaseStore::Mode::ReadOnly);
    QVERIFY(reader);
    endSessions(location);
    auto refused = (*reader)->review(id, (*stored)[1].id, Decision::Include, QString(), pathologist);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"read-only"_s), qPrintable(refused.error().message));
    auto after = (*store)->alterations(id); // the writer's session was ended too, and comes back
    QVERIFY2(after, after ? "" : qPrintable(after.error().toString()));
    QCOMPARE((*after)[1].id, (*stored)[1].id);
    QVERIFY(!(*after)[1].review);
    QVERIFY((*after)[0].review);
}

QTEST_GUILESS_MAIN(TestCaseConcurrency)
#include "tst_CaseConcurrency.moc"
