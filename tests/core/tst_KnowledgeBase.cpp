#include "TestConfig.h"
#include "kb/CivicImporter.h"
#include "kb/KbSchema.h"
#include "kb/KnowledgeBase.h"
#include "match/Matcher.h"
#include "model/AnnotationResult.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importCountsEqualTheSourceFiles();
    void importListsKnownDataGaps();
    void importIsRecordedWithChecksums();
    void secondImportIsRefusedAndDatabaseUnchanged();
    void reopeningDoesNotImportAgain();
    void therapiesAreSplitAgainstNamesWithCommas();
    void brafV600eFindsLevelAEvidence();
    void activeReleaseCanBeChosen();
    void missingFolderIsAnError();
    void importsEarlierReleaseLayouts_data();
    void importsEarlierReleaseLayouts();
    void profileExpressionsRoundTrip();
    void schemaOneIsMigrated();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    KbReleaseInfo m_release;
};

void TestKnowledgeBase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY2(kb, kb ? "" : qPrintable(kb.error().toString()));
    m_kb = std::move(kb.value());
    const auto r = m_kb->ensureBundled();
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    const auto active = m_kb->activeRelease(u"CIViC"_s);
    QVERIFY(active);
    m_release = *active;
    QCOMPARE(m_release.kb.release, u"2025-07-01"_s);
    QVERIFY(m_release.bundled);
}

void TestKnowledgeBase::importCountsEqualTheSourceFiles()
{
    // Counts of data rows in the CIViC 01-Jul-2025 TSV files (SOURCES.md, DOMAIN.md).
    QCOMPARE(m_kb->count("evidence", m_release.id), 4568);
    QCOMPARE(m_kb->count("variant", m_release.id), 1807);
    QCOMPARE(m_kb->count("molecular_profile", m_release.id), 1830);
    QCOMPARE(m_kb->count("feature", m_release.id), 903);
    QCOMPARE(m_kb->count("assertion", m_release.id), 90);
    QCOMPARE(m_kb->count("variant_group", m_release.id), 29);
    // Evidence levels as DOMAIN.md counts them.
    auto levels = m_kb->database().prepare(
        "SELECT level, count(*) FROM evidence WHERE release_id = ? GROUP BY level ORDER BY level");
    QVERIFY(levels);
    levels->bind(1, m_release.id);
    QStringList seen;
    while (levels->step())
        seen << u"%1=%2"_s.arg(levels->text(0)).arg(levels->int64(1));
    QCOMPARE(seen, (QStringList{u"A=194"_s, u"B=1511"_s, u"C=1586"_s, u"D=1245"_s, u"E=32"_s}));
    // Distinct non-empty values of the evidence file's disease column (sort -u); therapies after splitting.
    QCOMPARE(m_kb->count("disease", m_release.id), 303);
    QCOMPARE(m_kb->count("therapy", m_release.id), 400);
    QCOMPARE(m_kb->database().scalar("SELECT count(*) FROM disease WHERE name = 'Melanoma' AND doid = '1909'"), 1);
}

void TestKnowledgeBase::importListsKnownDataGaps()
{
    auto count = [&](const char* like) {
        auto s =
            m_kb->database().prepare("SELECT count(*) FROM kb_import_warning WHERE release_id = ? AND message LIKE ?");
        s->bind(1, m_release.id);
        s->bind(2, QByteArrayView(like));
        s->step();
        return s->int64(0);
    };
    QCOMPARE(count("variant % refers to feature %"), 3);
    QCOMPARE(count("assertion % cites evidence %"), 15);
    QCOMPARE(count("evidence % has no DOID%"), 222);
}

void TestKnowledgeBase::importIsRecordedWithChecksums()
{
    auto s =
        m_kb->database().prepare("SELECT name, sha256, rows FROM kb_release_file WHERE release_id = ? ORDER BY name");
    s->bind(1, m_release.id);
    QMap<QString, QPair<QString, qint64>> files;
    while (s->step())
        files.insert(s->text(0), {s->text(1), s->int64(2)});
    QCOMPARE(files.size(), 6);
    QCOMPARE(files.value(u"01-Jul-2025-ClinicalEvidenceSummaries.tsv.gz"_s).first,
             u"6146ec0c09b4be501e4909171d8b71c11c02561979cb7a75cb8afad544ce815b"_s);
    QCOMPARE(files.value(u"01-Jul-2025-ClinicalEvidenceSummaries.tsv.gz"_s).second, 4568);
    QCOMPARE(m_release.licence, u"CC0-1.0"_s);
    QVERIFY(m_release.attribution.contains(u"civicdb.org"_s));
}

void TestKnowledgeBase::secondImportIsRefusedAndDatabaseUnchanged()
{
    const auto r = CivicImporter::import(m_kb->database(), KnowledgeBase::bundledCivicDirectory(), true);
    QVERIFY(!r);
    QCOMPARE(r.error().code, CoreError::Code::InvalidArgument);
    QCOMPARE(m_kb->releases().size(), 4); // CIViC, Approvals, CancerMine, pharmOncoX
    QCOMPARE(m_kb->count("evidence", m_release.id), 4568);
}

void TestKnowledgeBase::reopeningDoesNotImportAgain()
{
    auto again = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(again);
    QVERIFY((*again)->ensureBundled());
    const QList<KbReleaseInfo> releases = (*again)->releases();
    QCOMPARE(releases.size(), 4);
    QVERIFY(std::all_of(releases.begin(), releases.end(), [](const KbReleaseInfo& r) { return r.bundled; }));
    QCOMPARE((*again)->activeRelease(u"CIViC"_s)->id, m_release.id);
}

void TestKnowledgeBase::therapiesAreSplitAgainstNamesWithCommas()
{
    // EID1153 and EID2915 carry the therapy names with commas that SOURCES.md warns about.
    auto e = m_kb->evidenceForProfiles(m_release.id, {});
    QVERIFY(e && e->empty());
    auto therapies = [&](qint64 evidenceId) {
        auto s = m_kb->database().prepare(
            "SELECT therapy FROM evidence_therapy WHERE release_id = ? AND evidence_id = ? ORDER BY position");
        s->bind(1, m_release.id);
        s->bind(2, evidenceId);
        QStringList out;
        while (s->step())
            out << s->text(0);
        return out;
    };
    QCOMPARE(therapies(1153), (QStringList{u"Selumetinib"_s, u"Gefitinib"_s, u"HER2 Inhibitor CP-724,714"_s}));
    QCOMPARE(therapies(2915),
             (QStringList{
                 u"FGF/VEGF Receptor Tyrosine Kinase Inhibitor, PD173074"_s, u"Infigratinib"_s, u"Fexagratinib"_s}));
    QCOMPARE(therapies(1409), QStringList{u"Vemurafenib"_s});
}

void TestKnowledgeBase::brafV600eFindsLevelAEvidence()
{
    auto matcher = Matcher::create(*m_kb, m_release);
    QVERIFY(matcher);
    AnnotationResult result;
    Alteration braf;
    braf.detail().gene = u"BRAF"_s;
    braf.detail().hgvsp = u"p.V600E"_s;
    braf.chrom = u"7"_s;
    braf.pos = 140453136;
    braf.ref = u"A"_s;
    braf.alt = u"T"_s;
    result.caseData.alterations.push_back(braf);
    result.caseData.genome = GenomeBuild::GRCh37;
    QVERIFY(matcher->annotate(*m_kb, result));

    const auto matches = result.matchesFor(0);
    QVERIFY(matches.size() > 50);
    QStringList levelA;
    QSet<QString> codonProfiles;
    for (const Match& m : matches) {
        const EvidenceItem& e = result.evidence[size_t(m.evidence)];
        if (m.matchClass == MatchClass::Codon) {
            // "BRAF V600" evidence applies to any change at V600.
            codonProfiles.insert(e.molecularProfile);
            QVERIFY(m.rule.contains(u"same residue"_s));
            continue;
        }
        if (e.molecularProfile != u"BRAF V600E")
            continue; // profiles of several variants that include V600E (none hold with one alteration)
        QCOMPARE(m.matchClass, MatchClass::Exact);
        // Found by protein change and by allele: one match naming both rules.
        QVERIFY(m.rule.contains(u"protein change"_s));
        QVERIFY(m.rule.contains(u"GRCh37 allele"_s));
        if (e.level == u"A")
            levelA << e.displayId;
    }
    // The OR profile holds through its V600 part.
    QCOMPARE(codonProfiles, (QSet<QString>{u"BRAF V600"_s, u"BRAF V600 OR v::BRAF Fusion"_s}));
    // The level-A items of CIViC 2025-07-01 for BRAF V600E, best level first.
    QCOMPARE(levelA, (QStringList{u"EID1409"_s, u"EID3017"_s, u"EID9851"_s, u"EID12161"_s, u"EID12162"_s}));
    const EvidenceItem& vemurafenib = result.evidence[size_t(matches.front().evidence)];
    QCOMPARE(vemurafenib.displayId, u"EID1409"_s);
    QCOMPARE(vemurafenib.therapies, QStringList{u"Vemurafenib"_s});
    QCOMPARE(vemurafenib.doid, u"8923"_s);
    QCOMPARE(vemurafenib.significance, u"Sensitivity/Response"_s);
    QCOMPARE(result.knowledgeBases, (QList<KbRelease>{KbRelease{u"CIViC"_s, u"2025-07-01"_s}}));
}

void TestKnowledgeBase::activeReleaseCanBeChosen()
{
    QVERIFY(m_kb->setActiveRelease(u"CIViC"_s, u"2025-07-01"_s));
    QCOMPARE(m_kb->activeRelease(u"CIViC"_s)->kb.release, u"2025-07-01"_s);
    const auto r = m_kb->setActiveRelease(u"CIViC"_s, u"1999-01-01"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, CoreError::Code::InvalidArgument);
    QVERIFY(!m_kb->activeRelease(u"OncoKB"_s));
}

void TestKnowledgeBase::missingFolderIsAnError()
{
    auto db = KnowledgeBase::open(m_dir.filePath(u"other.sqlite"_s));
    QVERIFY(db);
    const auto r = CivicImporter::import((*db)->database(), m_dir.filePath(u"no-such-folder"_s), false);
    QVERIFY(!r);
    QCOMPARE(r.error().code, CoreError::Code::Io);
    QVERIFY((*db)->releases().isEmpty());
}

void TestKnowledgeBase::importsEarlierReleaseLayouts_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("evidence");
    QTest::addColumn<qint64>("variants");
    QTest::addColumn<qint64>("profiles");
    QTest::addColumn<qint64>("genes");
    QTest::addColumn<qint64>("assertions");
    // Data rows of the source files (wc -l minus the header).
    QTest::newRow("2024-08-01, GeneSummaries")
        << u"2024-08-01"_s << u"2024-08-01"_s << u"civic-2024"_s << qint64(4375) << qint64(1717) << qint64(1739)
        << qint64(614) << qint64(65); // 66 rows; AID87 names profile 4566, not exported

    // The 2018 dump has no profiles: one per variant. Its file names carry no date.
    QTest::newRow("2018 legacy") << u"legacy-2018-05"_s << QString() << u"civic-legacy"_s << qint64(2525)
                                 << qint64(1858) << qint64(1858) << qint64(350) << qint64(0);
}

void TestKnowledgeBase::importsEarlierReleaseLayouts()
{
    QFETCH(QString, folder);
    QFETCH(QString, release);
    QFETCH(QString, format);
    QFETCH(qint64, evidence);
    QFETCH(qint64, variants);
    QFETCH(qint64, profiles);
    QFETCH(qint64, genes);
    QFETCH(qint64, assertions);
    QTemporaryDir dir;
    auto kb = KnowledgeBase::open(dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    auto report =
        CivicImporter::import((*kb)->database(), QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/") + folder, false);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    if (!release.isEmpty())
        QCOMPARE(report->release, release);
    else
        QVERIFY(report->release.startsWith(u"2018-"_s)); // the newest review date of the dump
    QCOMPARE(report->format, format);
    QCOMPARE(report->evidenceItems, evidence);
    QCOMPARE((*kb)->count("evidence", report->releaseId), evidence);
    QCOMPARE((*kb)->count("variant", report->releaseId), variants);
    QCOMPARE((*kb)->count("molecular_profile", report->releaseId), profiles);
    QCOMPARE((*kb)->count("gene", report->releaseId), genes);
    QCOMPARE((*kb)->count("assertion", report->releaseId), assertions);
    // BRAF V600E is in every release, with level-A vemurafenib evidence.
    auto matcher = Matcher::create(**kb, *(*kb)->activeRelease(u"CIViC"_s));
    QVERIFY(matcher);
    AnnotationResult result;
    Alteration braf;
    braf.detail().gene = u"BRAF"_s;
    braf.detail().hgvsp = u"p.V600E"_s;
    result.caseData.alterations.push_back(braf);
    QVERIFY(matcher->annotate(**kb, result));
    bool vemurafenib = false;
    for (const Match& m : result.matches) {
        const EvidenceItem& e = result.evidence[size_t(m.evidence)];
        vemurafenib = vemurafenib || (e.level == u"A" && e.therapies.contains(u"Vemurafenib"_s));
    }
    QVERIFY(vemurafenib);
}

void TestKnowledgeBase::profileExpressionsRoundTrip()
{
    auto profiles = m_kb->profiles(m_release.id);
    QVERIFY(profiles);
    QCOMPARE(profiles->size(), size_t(1830));
    int complex = 0;
    int parsed = 0;
    QStringList unparsed;
    for (const KbProfile& p : *profiles) {
        if (!p.tree) {
            unparsed << p.name;
            continue;
        }
        ++parsed;
        if (p.tree->op == ProfileNode::Op::Variant)
            continue;
        ++complex;
        // Written back, a tree reads as the profile's name.
        QCOMPARE(ProfileExpression::render(*p.tree, p.variants), p.name.simplified());
    }
    qInfo("profiles with a tree: %d of %d; AND/OR/NOT profiles: %d; not parsed: %s",
          parsed,
          int(profiles->size()),
          complex,
          qPrintable(unparsed.join(u"; "_s)));
    QCOMPARE(complex, 153); // DOMAIN.md: 113 AND, 37 OR, 2 both, 1 NOT
    QCOMPARE(parsed, 1830);
    // The mixed one, as a tree.
    for (const KbProfile& p : *profiles) {
        if (p.name == u"BRAF Amplification AND ( BRAF V600E OR BRAF V600K )") {
            QCOMPARE(p.tree->op, ProfileNode::Op::And);
            QCOMPARE(p.tree->children.size(), size_t(2));
            QCOMPARE(p.tree->children[1].op, ProfileNode::Op::Or);
            QCOMPARE(p.tree->children[1].children.size(), size_t(2));
        }
        if (p.name == u"NOT KIT D816V") {
            QCOMPARE(p.tree->op, ProfileNode::Op::Not);
            QCOMPARE(p.tree->children.front().op, ProfileNode::Op::Variant);
        }
    }
}

void TestKnowledgeBase::schemaOneIsMigrated()
{
    // A database of OncoBoard 0.1 (schema 1, only the bundled release) is rebuilt on open.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, true));
        QVERIFY(db.exec("CREATE TABLE kb_release (id INTEGER PRIMARY KEY, source TEXT, release TEXT, bundled INTEGER);"
                        "INSERT INTO kb_release VALUES (1, 'CIViC', '2025-07-01', 1);"
                        "CREATE TABLE evidence (release_id INTEGER, evidence_id INTEGER);"
                        "PRAGMA user_version = 1;"));
    }
    auto kb = KnowledgeBase::open(path);
    QVERIFY2(kb, kb ? "" : qPrintable(kb.error().toString()));
    QCOMPARE((*kb)->database().userVersion(), KbSchema::currentVersion);
    QVERIFY((*kb)->releases().isEmpty());
    QVERIFY((*kb)->ensureBundled());
    QCOMPARE((*kb)->count("evidence", (*kb)->activeRelease(u"CIViC"_s)->id), 4568);
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_KnowledgeBase.moc"
