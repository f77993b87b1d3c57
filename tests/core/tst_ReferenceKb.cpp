#include "kb/KnowledgeBase.h"
#include "kb/ReferenceImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestReferenceKb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancerMineRowsEqualTheSourceFile();
    void therapySynonymRowsAccountForDuplicates();
    void canonicalTherapy_data();
    void canonicalTherapy();
    void therapyAliasesByNameOrAlias();
    void geneRolesAreOrderedByCitations();
    void predominantRoleOfRealGenes_data();
    void predominantRoleOfRealGenes();
    void predominantRoleRule_data();
    void predominantRoleRule();
    void secondImportIsRefusedAndDatabaseUnchanged();
    void malformedCancerMineRowsAreWarnings();
    void malformedSynonymRowsAreWarnings();
    void manyBadRowsAreSummedUp();
    void missingColumnIsBadInputNamingTheFile();
    void releaseComesFromTheFileName();
    void newestOrChosenReleaseIsRead();

private:
    /** A fresh knowledge base in its own folder. */
    std::unique_ptr<KnowledgeBase> openKb(const QString& name);
    /** Writes `text` to a file in the temporary folder and returns its path. */
    QString writeFile(const QString& name, const QByteArray& text);
    qint64 count(SqliteDatabase& db, const char* sql);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    ReferenceImportReport m_cancerMine;
    ReferenceImportReport m_synonyms;
};

std::unique_ptr<KnowledgeBase> TestReferenceKb::openKb(const QString& name)
{
    auto kb = KnowledgeBase::open(m_dir.filePath(name));
    if (!kb) {
        qWarning("%s", qPrintable(kb.error().toString()));
        return nullptr;
    }
    return std::move(kb.value());
}

QString TestReferenceKb::writeFile(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

qint64 TestReferenceKb::count(SqliteDatabase& db, const char* sql)
{
    return db.scalar(sql, -1);
}

void TestReferenceKb::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_kb = openKb(u"kb.sqlite"_s);
    QVERIFY(m_kb);

    QElapsedTimer timer;
    timer.start();
    auto genes =
        ReferenceImporter::importCancerMine(m_kb->database(), ReferenceImporter::bundledCancerMinePath(), true);
    QVERIFY2(genes, genes ? "" : qPrintable(genes.error().toString()));
    m_cancerMine = *genes;
    qInfo("CancerMine %s: %lld rows imported in %lld ms",
          qPrintable(m_cancerMine.release),
          m_cancerMine.rows,
          timer.elapsed());

    timer.restart();
    auto drugs = ReferenceImporter::importTherapySynonyms(m_kb->database(),
                                                          ReferenceImporter::bundledTherapySynonymsPath(),
                                                          true,
                                                          ReferenceImporter::bundledTherapySynonymsRelease());
    QVERIFY2(drugs, drugs ? "" : qPrintable(drugs.error().toString()));
    m_synonyms = *drugs;
    qInfo("pharmOncoX %s: %lld rows imported (%lld duplicates skipped) in %lld ms",
          qPrintable(m_synonyms.release),
          m_synonyms.rows,
          m_synonyms.duplicates,
          timer.elapsed());
    for (const QString& w : std::as_const(m_synonyms.warnings))
        qInfo("  %s", qPrintable(w));
}

void TestReferenceKb::cancerMineRowsEqualTheSourceFile()
{
    // Data rows of the file: `zcat cancermine_collated.v47.tsv.gz | tail -n +2 | wc -l` = 28535 (SOURCES.md
    // agrees). Every row is well formed, so every row is stored and nothing is warned about.
    QCOMPARE(m_cancerMine.source, u"CancerMine"_s);
    QCOMPARE(m_cancerMine.release, u"v47"_s);
    QCOMPARE(m_cancerMine.rows, 28535);
    QVERIFY2(m_cancerMine.warnings.isEmpty(), qPrintable(m_cancerMine.warnings.join(u'\n')));
    auto& db = m_kb->database();
    auto rows = db.prepare("SELECT count(*) FROM gene_role WHERE release_id = ?");
    QVERIFY(rows);
    rows->bind(1, m_cancerMine.releaseId);
    QVERIFY(rows->step());
    QCOMPARE(rows->int64(0), 28535);
    // By role: `zcat ... | tail -n +2 | cut -f2 | sort | uniq -c`.
    QCOMPARE(count(db, "SELECT count(*) FROM gene_role WHERE role = 'Oncogene'"), 15553);
    QCOMPARE(count(db, "SELECT count(*) FROM gene_role WHERE role = 'Tumor_Suppressor'"), 9271);
    QCOMPARE(count(db, "SELECT count(*) FROM gene_role WHERE role = 'Driver'"), 3711);
    QCOMPARE(count(db, "SELECT count(*) FROM gene_role WHERE doid LIKE 'DOID%' OR doid IS NULL"), 0);

    auto file = db.prepare("SELECT f.name, f.sha256, f.bytes, f.rows, r.licence, r.bundled, r.format, r.attribution "
                           "FROM kb_release_file f JOIN kb_release r ON r.id = f.release_id WHERE r.id = ?");
    QVERIFY(file);
    file->bind(1, m_cancerMine.releaseId);
    QVERIFY(file->step());
    QCOMPARE(file->text(0), u"cancermine_collated.v47.tsv.gz"_s);
    // sha256sum of the shipped file, as in resources/kb/cancermine/SOURCE.md.
    QCOMPARE(file->text(1), u"ba1a45741bb8763fe8d7b8366e80c2328fddae0a91a71b2b614bece88575a6c6"_s);
    QCOMPARE(file->int64(2), 936732);
    QCOMPARE(file->int64(3), 28535);
    QCOMPARE(file->text(4), u"CC0-1.0"_s);
    QCOMPARE(file->int64(5), 1);
    QCOMPARE(file->text(6), u"cancermine-collated"_s);
    QVERIFY(file->text(7).contains(u"Lever J"_s));
}

void TestReferenceKb::therapySynonymRowsAccountForDuplicates()
{
    // Data rows of the file: `zcat pharmoncox_oncopharma_synonyms.tsv.gz | tail -n +2 | wc -l` = 154575.
    // Aliases are lower-cased and their whitespace collapsed, which makes 5530 rows repeat an earlier
    // (alias, name) pair (12 already repeat exactly):
    //   zcat ... | tail -n +2 | awk -F'\t' '{a=tolower($1); gsub(/[ \t]+/," ",a); sub(/^ /,"",a); sub(/ $/,"",a);
    //     n=$2; gsub(/ +/," ",n); sub(/^ /,"",n); sub(/ $/,"",n); print a "\t" n}' | sort -u | wc -l  = 149045
    // and 9 preferred names have no alias of their own ("Amifostine", "Bleomycin A2", ...) and get one:
    // 149045 + 9 = 149054 rows stored.
    QCOMPARE(m_synonyms.source, u"pharmOncoX"_s);
    QCOMPARE(m_synonyms.release, u"2021-12"_s);
    QCOMPARE(m_synonyms.duplicates, 5530);
    QCOMPARE(m_synonyms.rows, 149054);
    auto& db = m_kb->database();
    QCOMPARE(count(db, "SELECT count(*) FROM therapy_synonym"), 149054);
    QCOMPARE(count(db, "SELECT count(DISTINCT name) FROM therapy_synonym"), 10078);
    QCOMPARE(count(db, "SELECT count(*) FROM therapy_synonym WHERE alias <> lower(alias)"), 0);
    QCOMPARE(count(db, "SELECT count(*) FROM therapy_synonym WHERE alias LIKE '%  %' OR alias LIKE ' %'"), 0);
    QCOMPARE(count(db,
                   "SELECT count(*) FROM kb_release_file f JOIN kb_release r ON r.id = f.release_id "
                   "WHERE r.source = 'pharmOncoX' AND f.rows = 154575 AND f.bytes = 1503980 AND f.sha256 = "
                   "'4f5cc70b10596b8d4600f7b1579166e691f2be4e418d16663180a58c0df10f13'"),
             1);
    // 7 (alias, name) pairs come twice with different ChEMBL ids: the first is kept, each repeat warned about.
    QCOMPARE(m_synonyms.warnings.size(), 7);
    for (const QString& w : std::as_const(m_synonyms.warnings))
        QVERIFY2(w.startsWith(u"pharmoncox_oncopharma_synonyms.tsv.gz:"_s) && w.contains(u"ChEMBL"_s), qPrintable(w));
    QCOMPARE(count(db,
                   "SELECT count(*) FROM kb_import_warning w JOIN kb_release r ON r.id = w.release_id "
                   "WHERE r.source = 'pharmOncoX'"),
             7);
}

void TestReferenceKb::canonicalTherapy_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("code name") << u"PLX4032"_s << u"Vemurafenib"_s;
    QTest::newRow("hyphenated, lower case") << u"plx-4032"_s << u"Vemurafenib"_s;
    QTest::newRow("brand") << u"Zelboraf"_s << u"Vemurafenib"_s;
    QTest::newRow("case and spaces") << u"  zelBORAF \t"_s << u"Vemurafenib"_s;
    QTest::newRow("preferred name") << u"vemurafenib"_s << u"Vemurafenib"_s;
    QTest::newRow("brand, antibody") << u"Herceptin"_s << u"Trastuzumab"_s;
    // "tafinlar" stands for Dabrafenib and Dabrafenib Mesylate: the shorter, parent name wins.
    QTest::newRow("ambiguous alias") << u"Tafinlar"_s << u"Dabrafenib"_s;
    QTest::newRow("ambiguous alias 2") << u"Mekinist"_s << u"Trametinib"_s;
    // NCIt names the salt here, and the file gives no other name for "gleevec".
    QTest::newRow("salt only") << u"Gleevec"_s << u"Imatinib Mesylate"_s;
    // A name without an alias row of its own in the file.
    QTest::newRow("name without own alias") << u"AMIFOSTINE"_s << u"Amifostine"_s;
    // The preferred name has a double space in the file; it is stored collapsed.
    QTest::newRow("collapsed whitespace") << u"alk/c-met inhibitor tq-b3139"_s << u"ALK/c-Met Inhibitor TQ-B3139"_s;
    QTest::newRow("unknown") << u"Notarealinib"_s << QString();
    QTest::newRow("empty") << u"   "_s << QString();
}

void TestReferenceKb::canonicalTherapy()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto name = onco::canonicalTherapy(m_kb->database(), input);
    QVERIFY2(name, name ? "" : qPrintable(name.error().toString()));
    QCOMPARE(*name, expected);
}

void TestReferenceKb::therapyAliasesByNameOrAlias()
{
    auto byName = therapyAliases(m_kb->database(), u"Vemurafenib"_s);
    QVERIFY(byName);
    for (const QString& a : {u"plx4032"_s, u"plx-4032"_s, u"zelboraf"_s, u"vemurafenib"_s, u"rg7204"_s})
        QVERIFY2(byName->contains(a), qPrintable(a));
    QVERIFY(std::is_sorted(byName->cbegin(), byName->cend()));
    auto byAlias = therapyAliases(m_kb->database(), u"Zelboraf"_s);
    QVERIFY(byAlias);
    QCOMPARE(*byAlias, *byName);
    auto unknown = therapyAliases(m_kb->database(), u"Notarealinib"_s);
    QVERIFY(unknown);
    QVERIFY(unknown->isEmpty());

    // A batch of lookups through one vocabulary (statements prepared once).
    auto vocabulary = TherapyVocabulary::open(m_kb->database());
    QVERIFY(vocabulary);
    QCOMPARE(vocabulary->releaseId(), m_synonyms.releaseId);
    const QStringList civicNames{u"Dabrafenib"_s, u"Trametinib"_s, u"Cetuximab"_s, u"Osimertinib"_s, u"Olaparib"_s};
    QElapsedTimer timer;
    timer.start();
    constexpr int rounds = 2000;
    for (int i = 0; i < rounds; ++i) {
        for (const QString& n : civicNames) {
            auto c = vocabulary->canonical(n);
            QVERIFY(c);
            QCOMPARE(*c, n);
        }
    }
    qInfo("canonical(): %d lookups in %lld ms", rounds * int(civicNames.size()), timer.elapsed());
}

void TestReferenceKb::geneRolesAreOrderedByCitations()
{
    auto roles = geneRoles(m_kb->database(), u"ERBB2"_s);
    QVERIFY(roles);
    // `zcat ... | awk -F'\t' '$7 == "ERBB2"' | wc -l`
    QCOMPARE(roles->size(), 131);
    // The first data row of the file: ERBB2 Oncogene in breast cancer, 831 citations.
    QCOMPARE(roles->front().role, u"Oncogene"_s);
    QCOMPARE(roles->front().doid, u"1612"_s);
    QCOMPARE(roles->front().cancer, u"breast cancer"_s);
    QCOMPARE(roles->front().citations, 831);
    for (qsizetype i = 1; i < roles->size(); ++i)
        QVERIFY(roles->at(i - 1).citations >= roles->at(i).citations);

    auto lower = geneRoles(m_kb->database(), u" erbb2 "_s);
    QVERIFY(lower);
    QCOMPARE(lower->size(), roles->size());
    auto unknown = geneRoles(m_kb->database(), u"NOTAGENE1"_s);
    QVERIFY(unknown);
    QVERIFY(unknown->isEmpty());
}

void TestReferenceKb::predominantRoleOfRealGenes_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected");
    // Citation sums over all cancers in v47 (Oncogene / Tumor_Suppressor), computed with awk from the file.
    QTest::newRow("ERBB2 1384/7") << u"ERBB2"_s << u"Oncogene"_s;
    QTest::newRow("KRAS 2573/34") << u"KRAS"_s << u"Oncogene"_s;
    QTest::newRow("TP53 318/1135") << u"TP53"_s << u"Tumor_Suppressor"_s;
    QTest::newRow("PTEN 87/609") << u"PTEN"_s << u"Tumor_Suppressor"_s;
    QTest::newRow("NOTCH1 155/69 (69 < 224/3)") << u"NOTCH1"_s << u"Oncogene"_s;
    QTest::newRow("APC 176/158") << u"APC"_s << u"Oncogene/Tumor_Suppressor"_s;
    QTest::newRow("ARCN1 Driver only") << u"ARCN1"_s << u"Driver"_s;
    QTest::newRow("unknown") << u"NOTAGENE1"_s << QString();
}

void TestReferenceKb::predominantRoleOfRealGenes()
{
    QFETCH(QString, symbol);
    QFETCH(QString, expected);
    auto role = onco::predominantRole(m_kb->database(), symbol);
    QVERIFY2(role, role ? "" : qPrintable(role.error().toString()));
    QCOMPARE(*role, expected);
}

void TestReferenceKb::predominantRoleRule_data()
{
    QTest::addColumn<QList<GeneRole>>("roles");
    QTest::addColumn<QString>("expected");
    auto r = [](const char* role, int citations) { return GeneRole{QString::fromLatin1(role), {}, {}, citations}; };
    QTest::newRow("none") << QList<GeneRole>{} << QString();
    QTest::newRow("oncogene") << QList<GeneRole>{r("Oncogene", 5)} << u"Oncogene"_s;
    QTest::newRow("exactly a third") << QList<GeneRole>{r("Oncogene", 20), r("Tumor_Suppressor", 10)}
                                     << u"Oncogene/Tumor_Suppressor"_s;
    QTest::newRow("just under a third") << QList<GeneRole>{r("Oncogene", 21), r("Tumor_Suppressor", 10)}
                                        << u"Oncogene"_s;
    QTest::newRow("sums over cancers") << QList<GeneRole>{r("Oncogene", 30),
                                                          r("Tumor_Suppressor", 20),
                                                          r("Tumor_Suppressor", 20)}
                                       << u"Oncogene/Tumor_Suppressor"_s;
    QTest::newRow("driver ignored") << QList<GeneRole>{r("Driver", 1000), r("Tumor_Suppressor", 1)}
                                    << u"Tumor_Suppressor"_s;
    QTest::newRow("driver only") << QList<GeneRole>{r("Driver", 3)} << u"Driver"_s;
    QTest::newRow("zero citations count one") << QList<GeneRole>{r("Oncogene", 0)} << u"Oncogene"_s;
}

void TestReferenceKb::predominantRoleRule()
{
    QFETCH(QList<GeneRole>, roles);
    QFETCH(QString, expected);
    QCOMPARE(GeneRoles::predominantRole(roles), expected);
}

void TestReferenceKb::secondImportIsRefusedAndDatabaseUnchanged()
{
    auto& db = m_kb->database();
    const char* tables[] = {"kb_release", "kb_release_file", "kb_import_warning", "gene_role", "therapy_synonym"};
    auto snapshot = [&] {
        QList<qint64> counts;
        for (const char* t : tables)
            counts << count(db, (QByteArray("SELECT count(*) FROM ") + t).constData());
        return counts;
    };
    const QList<qint64> before = snapshot();

    auto genes = ReferenceImporter::importCancerMine(db, ReferenceImporter::bundledCancerMinePath(), true);
    QVERIFY(!genes);
    QCOMPARE(genes.error().code, CoreError::Code::InvalidArgument);
    QVERIFY2(genes.error().message.contains(u"v47"_s), qPrintable(genes.error().message));
    auto drugs = ReferenceImporter::importTherapySynonyms(
        db, ReferenceImporter::bundledTherapySynonymsPath(), false, ReferenceImporter::bundledTherapySynonymsRelease());
    QVERIFY(!drugs);
    QCOMPARE(drugs.error().code, CoreError::Code::InvalidArgument);

    QCOMPARE(snapshot(), before);
    // The database is usable afterwards: no transaction left open.
    QVERIFY(db.exec("BEGIN; ROLLBACK;"));
}

void TestReferenceKb::malformedCancerMineRowsAreWarnings()
{
    auto kb = openKb(u"malformed-genes.sqlite"_s);
    QVERIFY(kb);
    const QString path = writeFile(u"cancermine_collated.v900.tsv"_s,
                                   "matching_id\trole\tcancer_id\tcancer_normalized\tgene_hugo_id\tgene_entrez_id\t"
                                   "gene_normalized\tcitation_count\n"                                  // 1
                                   "a\tOncogene\tDOID:1612\tbreast cancer\tHGNC:1\t2064\tERBB2\t12\n"   // 2 good
                                   "b\tOncogene\tDOID:1612\tbreast cancer\tHGNC:1\t2064\tERBB2\tmany\n" // 3 citations
                                   "c\tOncogene\tDOID:1612\tbreast cancer\tHGNC:1\t2064\t\t4\n"         // 4 no gene
                                   "d\tTumor_Suppressor\tDOID:1612\tbreast cancer\tHGNC:2\tx7157\tTP53\t3\n" // 5 entrez
                                   "e\tOncogenic\tDOID:1612\tbreast cancer\tHGNC:2\t7157\tTP53\t3\n"         // 6 role
                                   "\n"                                                                      // 7 blank
                                   "f\tDriver\tDOID:1612\tbreast\tcancer\tHGNC:2\t7157\tTP53\t3\n"   // 8 shifted
                                   "g\tDriver\tMESH:D001943\tbreast cancer\tHGNC:2\t7157\tTP53\t2\n" // 9 not DOID
                                   "h\tDriver\tDOID:1612\tbreast cancer\tHGNC:2\t7157\tTP53\t-1\n"   // 10 negative
                                   "i\tDriver\tDOID:1612\tbreast cancer\tHGNC:2\t7157\tTP53"         // 11 short
    );
    auto r = ReferenceImporter::importCancerMine(kb->database(), path, false);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->release, u"v900"_s);
    // Stored: line 2, line 5 (without Entrez id), line 9 (without DOID).
    QCOMPARE(r->rows, 3);
    QCOMPARE(count(kb->database(), "SELECT count(*) FROM gene_role"), 3);
    QCOMPARE(count(kb->database(), "SELECT count(*) FROM gene_role WHERE symbol = 'TP53' AND entrez_id IS NULL"), 1);
    QCOMPARE(count(kb->database(), "SELECT count(*) FROM gene_role WHERE doid IS NULL"), 1);
    QCOMPARE(count(kb->database(), "SELECT rows FROM kb_release_file"), 9); // data rows read

    QList<qint64> lines;
    for (const QString& w : std::as_const(r->warnings)) {
        QVERIFY2(w.startsWith(u"cancermine_collated.v900.tsv:"_s), qPrintable(w));
        lines << w.section(u':', 1, 1).toLongLong();
    }
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 8, 9, 10, 11}));
    QVERIFY2(r->warnings.at(0).contains(u"many"_s), qPrintable(r->warnings.at(0)));
    QVERIFY2(r->warnings.at(2).contains(u"x7157"_s), qPrintable(r->warnings.at(2)));
    QVERIFY2(r->warnings.at(3).contains(u"Oncogenic"_s), qPrintable(r->warnings.at(3)));

    auto stored =
        kb->database().prepare("SELECT file, line FROM kb_import_warning WHERE release_id = ? ORDER BY rowid");
    QVERIFY(stored);
    stored->bind(1, r->releaseId);
    QList<qint64> storedLines;
    while (stored->step()) {
        QCOMPARE(stored->text(0), u"cancermine_collated.v900.tsv"_s);
        storedLines << stored->int64(1);
    }
    QCOMPARE(storedLines, lines);
}

void TestReferenceKb::malformedSynonymRowsAreWarnings()
{
    auto kb = openKb(u"malformed-drugs.sqlite"_s);
    QVERIFY(kb);
    const QString path = writeFile(u"synonyms.tsv"_s,
                                   "alias\tnci_concept_display_name\tmolecule_chembl_id\n" // 1
                                   "PLX4032\tVemurafenib\tCHEMBL1229517\n"                 // 2
                                   "  plx4032 \tVemurafenib\t\n"                           // 3 duplicate
                                   "\tVemurafenib\t\n"                                     // 4 empty alias
                                   "orphan alias\t\t\n"                                    // 5 empty name
                                   "Zelboraf  (TN)\tVemurafenib\n"                         // 6 short row: fine
                                   "a\tb\tc\td\n"                                          // 7 shifted
                                   "cisplatin\tCisplatin\t\n"                              // 8
                                   "CISPLATIN\tCisplatin\tCHEMBL11359\n"                   // 9 fills the id
                                   "cisplatin\tCisplatin\tCHEMBL2\n"                       // 10 conflicting id
                                   "\xff\xfe\tBad\t\n"                                     // 11 not UTF-8
    );
    auto r = ReferenceImporter::importTherapySynonyms(kb->database(), path, false, u"test"_s);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    // plx4032, vemurafenib (own alias added), zelboraf (tn), cisplatin.
    QCOMPARE(r->rows, 4);
    QCOMPARE(r->duplicates, 3);
    QList<qint64> lines;
    for (const QString& w : std::as_const(r->warnings))
        lines << w.section(u':', 1, 1).toLongLong();
    QCOMPARE(lines, (QList<qint64>{4, 5, 7, 10, 11}));
    QCOMPARE(count(kb->database(), "SELECT count(*) FROM therapy_synonym WHERE alias = 'zelboraf (tn)'"), 1);
    QCOMPARE(count(kb->database(),
                   "SELECT count(*) FROM therapy_synonym WHERE alias = 'cisplatin' AND chembl_id = 'CHEMBL11359'"),
             1);
    auto c = onco::canonicalTherapy(kb->database(), u"ZELBORAF (TN)"_s);
    QVERIFY(c);
    QCOMPARE(*c, u"Vemurafenib"_s);
}

void TestReferenceKb::manyBadRowsAreSummedUp()
{
    auto kb = openKb(u"many-bad-rows.sqlite"_s);
    QVERIFY(kb);
    QByteArray text = "alias\tnci_concept_display_name\tmolecule_chembl_id\n";
    for (int i = 0; i < 700; ++i)
        text += "alias without name\t\t\n";
    text += "plx4032\tVemurafenib\t\n";
    auto r = ReferenceImporter::importTherapySynonyms(kb->database(), writeFile(u"bad.tsv"_s, text), false, u"x"_s);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    // 500 listed one by one (lines 2-501), then one summary for the other 200.
    QCOMPARE(r->warnings.size(), 501);
    QVERIFY2(r->warnings.at(499).startsWith(u"bad.tsv:501: "_s), qPrintable(r->warnings.at(499)));
    QVERIFY2(r->warnings.back().contains(u"200"_s), qPrintable(r->warnings.back()));
    QCOMPARE(count(kb->database(), "SELECT count(*) FROM kb_import_warning"), 501);
    QCOMPARE(r->rows, 2); // plx4032 and vemurafenib
}

void TestReferenceKb::missingColumnIsBadInputNamingTheFile()
{
    auto kb = openKb(u"missing-column.sqlite"_s);
    QVERIFY(kb);
    const QString genes = writeFile(u"cancermine_collated.v1.tsv"_s,
                                    "role\tcancer_id\tcancer_normalized\tgene_entrez_id\tgene_normalized\n"
                                    "Oncogene\tDOID:1612\tbreast cancer\t2064\tERBB2\n");
    auto r = ReferenceImporter::importCancerMine(kb->database(), genes, false);
    QVERIFY(!r);
    QCOMPARE(r.error().code, CoreError::Code::BadInput);
    QCOMPARE(r.error().file, genes);
    QCOMPARE(r.error().line, 1);
    QVERIFY2(r.error().message.contains(u"citation_count"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().toString().startsWith(genes + u":1: "_s), qPrintable(r.error().toString()));

    const QString drugs = writeFile(u"drugs.tsv"_s, "synonym\tnci_concept_display_name\nplx4032\tVemurafenib\n");
    auto d = ReferenceImporter::importTherapySynonyms(kb->database(), drugs, false, u"x"_s);
    QVERIFY(!d);
    QCOMPARE(d.error().code, CoreError::Code::BadInput);
    QCOMPARE(d.error().file, drugs);
    QVERIFY2(d.error().message.contains(u"alias"_s) && d.error().message.contains(u"molecule_chembl_id"_s),
             qPrintable(d.error().message));

    auto empty = ReferenceImporter::importTherapySynonyms(kb->database(), writeFile(u"empty.tsv"_s, ""), false, u"x"_s);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, CoreError::Code::BadInput);
    auto absent = ReferenceImporter::importCancerMine(kb->database(), m_dir.filePath(u"nowhere.tsv"_s), false, u"v1"_s);
    QVERIFY(!absent);
    QCOMPARE(absent.error().code, CoreError::Code::Io);
    auto noRelease = ReferenceImporter::importTherapySynonyms(kb->database(), drugs, false, u" "_s);
    QVERIFY(!noRelease);
    QCOMPARE(noRelease.error().code, CoreError::Code::InvalidArgument);

    QCOMPARE(count(kb->database(), "SELECT count(*) FROM kb_release"), 0);
}

void TestReferenceKb::releaseComesFromTheFileName()
{
    QCOMPARE(ReferenceImporter::cancerMineReleaseFromFileName(u"cancermine_collated.v47.tsv.gz"_s), u"v47"_s);
    QCOMPARE(ReferenceImporter::cancerMineReleaseFromFileName(u"cancermine_collated.v5.tsv"_s), u"v5"_s);
    QCOMPARE(ReferenceImporter::cancerMineReleaseFromFileName(u"cancermine_collated.tsv"_s), QString());
    QCOMPARE(ReferenceImporter::therapyKey(u"  PLX \t 4032 "_s), u"plx 4032"_s);

    auto kb = openKb(u"release-name.sqlite"_s);
    QVERIFY(kb);
    const QByteArray table = "role\tcancer_id\tcancer_normalized\tgene_entrez_id\tgene_normalized\tcitation_count\n"
                             "Oncogene\tDOID:1612\tbreast cancer\t2064\tERBB2\t5\n";
    const QString unnamed = writeFile(u"roles.tsv"_s, table);
    auto none = ReferenceImporter::importCancerMine(kb->database(), unnamed, false);
    QVERIFY(!none);
    QCOMPARE(none.error().code, CoreError::Code::BadInput);
    auto given = ReferenceImporter::importCancerMine(kb->database(), unnamed, false, u"v48"_s);
    QVERIFY2(given, given ? "" : qPrintable(given.error().toString()));
    QCOMPARE(given->release, u"v48"_s);
    const QString named = writeFile(u"cancermine_collated.v49.tsv"_s, table);
    auto conflict = ReferenceImporter::importCancerMine(kb->database(), named, false, u"v50"_s);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code, CoreError::Code::InvalidArgument);
}

void TestReferenceKb::newestOrChosenReleaseIsRead()
{
    auto kb = openKb(u"releases.sqlite"_s);
    QVERIFY(kb);
    const QByteArray header = "role\tcancer_id\tcancer_normalized\tgene_entrez_id\tgene_normalized\tcitation_count\n";
    const QString v9 = writeFile(u"cancermine_collated.v9.tsv"_s,
                                 header + "Tumor_Suppressor\tDOID:1612\tbreast cancer\t1\tGENEX\t5\n");
    const QString v10 =
        writeFile(u"cancermine_collated.v10.tsv"_s, header + "Oncogene\tDOID:1612\tbreast cancer\t1\tGENEX\t5\n");
    // Imported newest first: the order of import must not matter, and "v10" sorts before "v9" as text.
    QVERIFY(ReferenceImporter::importCancerMine(kb->database(), v10, false));
    QVERIFY(ReferenceImporter::importCancerMine(kb->database(), v9, false));
    auto role = onco::predominantRole(kb->database(), u"GENEX"_s);
    QVERIFY(role);
    QCOMPARE(*role, u"Oncogene"_s);
    QVERIFY(kb->setActiveRelease(u"CancerMine"_s, u"v9"_s));
    role = onco::predominantRole(kb->database(), u"GENEX"_s);
    QVERIFY(role);
    QCOMPARE(*role, u"Tumor_Suppressor"_s);

    // Without any pharmOncoX release, lookups find nothing rather than failing.
    auto none = onco::canonicalTherapy(kb->database(), u"PLX4032"_s);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

QTEST_GUILESS_MAIN(TestReferenceKb)
#include "tst_ReferenceKb.moc"
