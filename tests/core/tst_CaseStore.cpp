// The case database: storing annotated cases, review decisions, the draft -> preliminary ->
// final workflow with locking and amendments, the audit chain, decision reuse, bundles and the
// knowledge-base re-check.

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "caseStore/CaseBundle.h"
#include "caseStore/CaseRecheck.h"
#include "caseStore/CaseStore.h"
#include "io/CaseLoader.h"
#include "kb/CivicImporter.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/Tiering.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

NewCaseInfo patientInfo(const QString& pseudonym)
{
    NewCaseInfo info;
    info.patient = pseudonym;
    return info;
}

const Actor pathologist{u"apath"_s, u"Dr. A. Pathologist"_s, u"molecular pathologist"_s};
const Actor oncologist{u"bonco"_s, u"Dr. B. Oncologist"_s, u"oncologist"_s};

QString maf()
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storesReviewableAlterationsWithTiers();
    void reviewsAndFindsAlterationsByReference();
    void workflowLocksFinalCases();
    void triggersLockFinalCasesToo();
    void everythingAFinalCaseConsistsOfIsLocked();
    void changesBehindTheLocksAreFoundByVerify();
    void bundlesFindTheirPatientByUidNeverByPseudonym();
    void amendmentCreatesALinkedVersion();
    void auditChainDetectsTampering();
    void earlierDecisionsAreOffered();
    void bundleRoundTripDoesNotDuplicate();
    void recheckReportsNewEvidenceWithoutTouchingTheCase();
    void readOnlyAndFullDiskGiveClearErrors();
    void identityStaysApartAndMeetingsAreRecorded();
    void copyNumberSegmentsAreKeptWithTheCase();

private:
    AnnotationResult annotate(const QString& input, const QString& tumorType, const AnnotateOptions& options = {});
    qint64 newCase(CaseStore& store, const QString& patient = u"PAT-001"_s);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
};

void TestCaseStore::initTestCase()
{
    ONCOBOARD_REQUIRE_CASE_BACKEND();
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
    QVERIFY(
        CivicImporter::import(m_kb->database(), QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01"), false));
}

AnnotationResult TestCaseStore::annotate(const QString& input, const QString& tumorType, const AnnotateOptions& options)
{
    CaseLoadOptions load;
    load.tumorType = tumorType;
    auto c = CaseLoader::load({input}, load);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    auto r = Annotator::annotate(std::move(c.value()), *m_kb, options);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r.value());
}

qint64 TestCaseStore::newCase(CaseStore& store, const QString& patient)
{
    NewCaseInfo info;
    info.patient = patient;
    info.specimen = u"FFPE, breast biopsy"_s;
    auto id = store.createCase(annotate(maf(), u"BRCA"_s), info, pathologist);
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return *id;
}

void TestCaseStore::storesReviewableAlterationsWithTiers()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    const AnnotationResult result = annotate(maf(), u"BRCA"_s);
    auto id = (*store)->createCase(
        result, NewCaseInfo{u"PAT-001"_s, u"FFPE"_s, u"panel v2"_s, 0.6, u"2026-11-01"_s}, pathologist);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    auto s = (*store)->summary(*id);
    QVERIFY(s);
    QCOMPARE(s->state, CaseState::Draft);
    QCOMPARE(s->patient, u"PAT-001"_s);
    QCOMPARE(s->tumorType, u"BRCA"_s);
    QCOMPARE(s->version, 1);
    QCOMPARE(s->knowledgeBases, (QStringList{u"CIViC 2025-07-01"_s, u"Approvals 2026-12-01"_s}));
    // Of the MAF's 20 rows, the intronic MTOR, the intergenic one, BAP1's splice-region-only change
    // and TP53's synonymous T125= are not kept; the two TERT promoter variants are, as CIViC knows
    // their alleles (C228T/C250T).
    QCOMPARE(s->alterations, 16);
    auto stored = (*store)->alterations(*id);
    QVERIFY(stored);
    const auto pik3ca = std::find_if(
        stored->begin(), stored->end(), [](const StoredAlteration& a) { return a.ref == u"PIK3CA:p.E545K"; });
    QVERIFY(pik3ca != stored->end());
    // Stored as annotated: tiers, flags and every evidence item, in the annotation's order.
    const AlterationCall* call = result.callFor(pik3ca->index);
    QVERIFY(call);
    QCOMPARE(pik3ca->ampTier, call->amp.tier);
    QCOMPARE(pik3ca->ampTier, u"I-A"_s);
    QCOMPARE(pik3ca->escatTier, call->escat.tier);
    QCOMPARE(pik3ca->oncokbLevel, call->oncokb.tier);
    QStringList evidence;
    for (const Match& m : result.matchesFor(pik3ca->index))
        evidence << result.evidence[size_t(m.evidence)].kb.source + u':'
                        + result.evidence[size_t(m.evidence)].displayId;
    QCOMPARE(pik3ca->evidenceIds, evidence);
    QCOMPARE(pik3ca->flags, Tiering::flagCodes(call->flags));
    QStringList genes;
    for (const StoredAlteration& a : *stored)
        genes << a.alteration.gene();
    QVERIFY(!genes.contains(u"MTOR"_s) && !genes.contains(u"TP53"_s));
    QCOMPARE(genes.count(u"TERT"_s), 2);
    QCOMPARE(genes.count(u"BAP1"_s), 2);
    QCOMPARE(pik3ca->alteration.tumor.hasVaf(), true);
    // The genotype as the input stated it survives storing (genotype qualifiers and
    // pharmacogenomics are decided again from it when the case is opened).
    int stated = 0;
    for (const StoredAlteration& a : *stored) {
        const Alteration& original = result.caseData.alterations[size_t(a.index)];
        QCOMPARE(a.alteration.tumorZygosity, original.tumorZygosity);
        QCOMPARE(a.alteration.normalZygosity, original.normalZygosity);
        stated += original.tumorZygosity != Zygosity::Unknown ? 1 : 0;
    }
    QVERIFY(stated > 0);
    auto trail = (*store)->auditTrail(*id);
    QVERIFY(trail);
    QCOMPARE(trail->size(), 1);
    QVERIFY(trail->front().contains(u"case.create"_s));
}

void TestCaseStore::reviewsAndFindsAlterationsByReference()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 id = newCase(**store);
    // Any HGVS spelling of the protein change, or the genomic allele.
    auto byProtein = (*store)->findAlteration(id, u"PIK3CA:p.Glu545Lys"_s);
    QVERIFY2(byProtein, byProtein ? "" : qPrintable(byProtein.error().toString()));
    auto stored = (*store)->alterations(id);
    const auto it =
        std::find_if(stored->begin(), stored->end(), [&](const StoredAlteration& a) { return a.id == *byProtein; });
    const Alteration& a = it->alteration;
    auto byAllele = (*store)->findAlteration(id, u"chr%1:%2:%3:%4"_s.arg(a.chrom).arg(a.pos).arg(a.ref, a.alt));
    QVERIFY(byAllele);
    QCOMPARE(*byAllele, *byProtein);
    QVERIFY(!(*store)->findAlteration(id, u"PIK3CA:p.H1047R"_s));

    QVERIFY((*store)->review(id, *byProtein, Decision::Vus, u"first look"_s, pathologist));
    QVERIFY((*store)->review(id, *byProtein, Decision::Include, u"hotspot, level A in CIViC"_s, oncologist));
    stored = (*store)->alterations(id);
    const auto reviewed =
        std::find_if(stored->begin(), stored->end(), [&](const StoredAlteration& s) { return s.id == *byProtein; });
    QVERIFY(reviewed->review);
    QCOMPARE(reviewed->review->decision, Decision::Include); // the newest decision is the current one
    QCOMPARE(reviewed->review->reviewer.name, oncologist.name);
    QCOMPARE((*store)->summary(id)->reviewed, 1);
    auto trail = (*store)->auditTrail(id);
    QCOMPARE(trail->size(), 3);
    QVERIFY(trail->last().contains(u"review PIK3CA:p.E545K: vus -> include: hotspot"_s));
}

void TestCaseStore::workflowLocksFinalCases()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 id = newCase(**store);
    const qint64 alteration = *(*store)->findAlteration(id, u"PIK3CA:p.E545K"_s);
    // Straight from draft to final is refused; preliminary can go back to draft.
    QVERIFY(!(*store)->setState(id, CaseState::Final, oncologist));
    QVERIFY((*store)->setState(id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(id, CaseState::Draft, pathologist));
    QVERIFY((*store)->setState(id, CaseState::Preliminary, pathologist));
    Actor noRole = oncologist;
    noRole.role.clear();
    QVERIFY(!(*store)->setState(id, CaseState::Final, noRole)); // a signature names the signer's role
    QVERIFY((*store)->setState(id, CaseState::Final, oncologist));
    auto s = (*store)->summary(id);
    QCOMPARE(s->state, CaseState::Final);
    QCOMPARE(s->finalizedBy, u"Dr. B. Oncologist (oncologist)"_s);
    QVERIFY(!s->finalizedAt.isEmpty());

    auto refused = (*store)->review(id, alteration, Decision::Exclude, QString(), pathologist);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, CoreError::Code::InvalidArgument);
    QVERIFY(refused.error().message.contains(u"final and locked"_s));
    QVERIFY(refused.error().message.contains(u"Dr. B. Oncologist"_s));
    QVERIFY(!(*store)->setState(id, CaseState::Draft, pathologist));
    QCOMPARE((*store)->summary(id)->reviewed, 0);
}

void TestCaseStore::triggersLockFinalCasesToo()
{
    // Defence in depth: a write that bypasses CaseStore is refused by the database.
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 id = newCase(**store);
    QVERIFY((*store)->setState(id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(id, CaseState::Final, oncologist));
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    QVERIFY(!q.exec(u"UPDATE alteration SET amp_tier = 'I-A' WHERE case_id = %1"_s.arg(id)));
    QVERIFY(q.lastError().text().contains(u"final and locked"_s));
    QVERIFY(!q.exec(u"UPDATE case_record SET tumor_type = 'LUAD' WHERE id = %1"_s.arg(id)));
    QVERIFY(!q.exec(u"DELETE FROM case_record WHERE id = %1"_s.arg(id)));
    QVERIFY(!q.exec(u"UPDATE audit SET action = 'nothing'"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit"_s));
}

void TestCaseStore::everythingAFinalCaseConsistsOfIsLocked()
{
    // Plain SQL on a signed case, table by table: every change is refused by the database.
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 id = newCase(**store);
    const qint64 alteration = *(*store)->findAlteration(id, u"PIK3CA:p.E545K"_s);
    QVERIFY((*store)->review(id, alteration, Decision::Vus, u"no evidence in this tumor"_s, pathologist));
    QVERIFY((*store)->setState(id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(id, CaseState::Final, oncologist));
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    auto refused = [&](const QString& sql) {
        if (q.exec(sql)) {
            qWarning("accepted: %s", qPrintable(sql));
            return false;
        }
        return true;
    };
    const QString c = QString::number(id);
    // Decisions (append-only on every case), the patient, samples, inputs, releases.
    QVERIFY(refused(u"UPDATE review SET decision = 'include' WHERE case_id = "_s + c));
    QVERIFY(refused(u"DELETE FROM review WHERE case_id = "_s + c));
    QVERIFY(refused(u"INSERT INTO review (case_id, alteration_id, decision, account, name, decided_at) VALUES (%1, %2, "
                    "'include', 'x', 'x', '2026-01-01')"_s.arg(id)
                        .arg(alteration)));
    QVERIFY(refused(u"UPDATE patient SET pseudonym = 'PAT-999'"_s));
    QVERIFY(refused(u"DELETE FROM patient"_s));
    for (const QString& table : {u"sample"_s, u"case_input"_s, u"case_kb_release"_s}) {
        QVERIFY2(q.exec(u"SELECT count(*) FROM %1 WHERE case_id = %2"_s.arg(table, c)) && q.next(), qPrintable(table));
        QVERIFY2(q.value(0).toInt() > 0, qPrintable(table)); // the case has rows there to protect
        QVERIFY(refused(u"UPDATE %1 SET case_id = case_id WHERE case_id = %2"_s.arg(table, c)));
        QVERIFY(refused(u"DELETE FROM %1 WHERE case_id = %2"_s.arg(table, c)));
    }
    QVERIFY(refused(u"INSERT INTO case_kb_release (case_id, source, release) VALUES (%1, 'Forged', '1')"_s.arg(id)));
    // Every column of the case's facts, whatever columns the schema has now.
    QVERIFY(q.exec(test::onPostgres() ? u"SELECT ordinal_position, column_name FROM information_schema.columns "
                                        "WHERE table_name = 'case_record' ORDER BY ordinal_position"_s
                                      : u"PRAGMA table_info(case_record)"_s));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    QVERIFY(columns.size() >= 20);
    for (const QString& column : columns) {
        if (column == u"id")
            continue;
        const QString value = column == u"state" ? u"'draft'"_s : u"'forged'"_s;
        QVERIFY2(refused(u"UPDATE case_record SET %1 = %2 WHERE id = %3"_s.arg(column, value, c)), qPrintable(column));
    }
    QVERIFY(refused(u"UPDATE case_record SET id = 999 WHERE id = "_s + c));
    QVERIFY(refused(u"UPDATE case_record SET superseded = 1 WHERE id = "_s + c)); // only an amendment does
    QVERIFY(q.lastError().text().contains(u"final and locked"_s));
    // The signed content is still what was signed.
    auto check = (*store)->verifyAudit();
    QVERIFY(check && check->ok());
    QCOMPARE(check->finalCases, 1);
    QCOMPARE(check->finalCasesVerified, 1);
    // An amendment still marks the signed version superseded.
    QVERIFY((*store)->amend(id, u"germline result received"_s, oncologist));
    QVERIFY((*store)->summary(id)->superseded);
    check = (*store)->verifyAudit();
    QVERIFY(check && check->ok());
}

void TestCaseStore::changesBehindTheLocksAreFoundByVerify()
{
    // Someone with the file drops every trigger and changes a signed decision (the audit chain
    // itself untouched): verify names the case.
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    qint64 id = 0;
    {
        auto store = CaseStore::open(path);
        QVERIFY(store);
        id = newCase(**store);
        const qint64 alteration = *(*store)->findAlteration(id, u"PIK3CA:p.E545K"_s);
        QVERIFY((*store)->review(id, alteration, Decision::Vus, QString(), pathologist));
        QVERIFY((*store)->setState(id, CaseState::Preliminary, pathologist));
        QVERIFY((*store)->setState(id, CaseState::Final, oncologist));
    }
    for (const QString& forgery : {u"UPDATE review SET decision = 'include'"_s,
                                   u"UPDATE case_record SET tmb = 42"_s,
                                   u"UPDATE patient SET pseudonym = 'PAT-OTHER'"_s,
                                   u"DELETE FROM case_kb_release"_s}) {
        QTemporaryDir copyDir;
        const QString copy = test::copyCaseDatabase(path, copyDir.filePath(u"copy.sqlite"_s));
        const QString tampered = test::tamper(copy, {forgery});
        QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
        auto store = CaseStore::open(copy, CaseStore::Mode::ReadOnly);
        QVERIFY(store);
        auto check = (*store)->verifyAudit();
        QVERIFY(check);
        QVERIFY2(!check->ok(), qPrintable(forgery));
        QVERIFY2(check->problem.contains(u"case %1 was changed after it was signed final"_s.arg(id)),
                 qPrintable(check->problem));
        // No report prints "signed" over it.
        const auto signedAs = (*store)->checkSignedContent(id);
        QVERIFY(!signedAs);
        QVERIFY(signedAs.error().message.contains(u"no report is made"_s));
    }
}

void TestCaseStore::bundlesFindTheirPatientByUidNeverByPseudonym()
{
    // Two hospitals each have a "PAT-001": different people. A bundle of one is refused by the other.
    QTemporaryDir dir;
    auto a = CaseStore::open(test::caseDatabase(dir.filePath(u"a.sqlite"_s)));
    auto b = CaseStore::open(test::caseDatabase(dir.filePath(u"b.sqlite"_s)));
    QVERIFY(a && b);
    const qint64 first = newCase(**a, u"PAT-001"_s);
    const qint64 local = newCase(**b, u"PAT-001"_s);
    const QString bundle = dir.filePath(u"first.json"_s);
    QVERIFY(CaseBundle::exportCase(**a, first, bundle));
    auto refused = CaseBundle::importCase(**b, bundle, pathologist);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"is another person here"_s), qPrintable(refused.error().message));
    QCOMPARE((*b)->cases()->size(), 1);
    QCOMPARE((*b)->summary(local)->patient, u"PAT-001"_s);
    // The window asks before importing: the bundle's pseudonym is taken here by another person.
    QCOMPARE(*CaseBundle::pseudonymTakenHere(**b, bundle), u"PAT-001"_s);
    // Imported under a pseudonym of its own (not one that is taken too), the patients stay apart.
    auto taken = CaseBundle::importCase(**b, bundle, pathologist, u"PAT-001"_s);
    QVERIFY(!taken);
    QVERIFY(newCase(**b, u"PAT-002"_s) > 0);
    taken = CaseBundle::importCase(**b, bundle, pathologist, u"PAT-002"_s);
    QVERIFY(!taken);
    QVERIFY2(taken.error().message.contains(u"PAT-002 is taken here too"_s), qPrintable(taken.error().message));
    auto renamed = CaseBundle::importCase(**b, bundle, pathologist, u"PAT-001-EXT"_s);
    QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().toString()));
    QCOMPARE((*b)->summary(renamed->caseId)->patient, u"PAT-001-EXT"_s);
    QCOMPARE((*b)->summary(local)->patient, u"PAT-001"_s);
    auto audit = (*b)->auditTrail(renamed->caseId);
    QVERIFY(audit);
    QVERIFY2(audit->join(u'\n').contains(u"patient PAT-001 of the bundle is PAT-001-EXT here"_s),
             qPrintable(audit->join(u'\n')));
    // Now the same person is known here by uid: nothing to ask.
    QCOMPARE(*CaseBundle::pseudonymTakenHere(**b, bundle), QString());

    // The same person's cases arrive at one patient, by uid: a first import creates the patient, a
    // later case of the same patient joins it.
    auto c = CaseStore::open(test::caseDatabase(dir.filePath(u"c.sqlite"_s)));
    QVERIFY(c);
    auto one = CaseBundle::importCase(**c, bundle, pathologist);
    QVERIFY2(one, one ? "" : qPrintable(one.error().toString()));
    const qint64 second = newCase(**a, u"PAT-001"_s);
    const QString later = dir.filePath(u"second.json"_s);
    QVERIFY(CaseBundle::exportCase(**a, second, later));
    auto two = CaseBundle::importCase(**c, later, pathologist);
    QVERIFY2(two, two ? "" : qPrintable(two.error().toString()));
    QSqlQuery q(QSqlDatabase::database((*c)->connectionName()));
    QVERIFY(q.exec(u"SELECT count(*) FROM patient"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(DISTINCT patient_id) FROM case_record"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestCaseStore::amendmentCreatesALinkedVersion()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 id = newCase(**store);
    const qint64 alteration = *(*store)->findAlteration(id, u"PIK3CA:p.E545K"_s);
    QVERIFY((*store)->review(id, alteration, Decision::Include, u"alpelisib candidate"_s, pathologist));
    QVERIFY(!(*store)->amend(id, u"too early"_s, oncologist)); // only final cases are amended
    QVERIFY((*store)->setState(id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(id, CaseState::Final, oncologist));
    QVERIFY(!(*store)->amend(id, QString(), oncologist)); // an amendment needs a reason
    auto amended = (*store)->amend(id, u"germline result received"_s, oncologist);
    QVERIFY2(amended, amended ? "" : qPrintable(amended.error().toString()));
    auto v2 = (*store)->summary(*amended);
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->previousId, id);
    QCOMPARE(v2->state, CaseState::Draft);
    QCOMPARE(v2->uid != (*store)->summary(id)->uid, true);
    QCOMPARE(v2->alterations, (*store)->summary(id)->alterations);
    // The decision carries over with its author; the signed version is unchanged and superseded.
    const qint64 carried = *(*store)->findAlteration(*amended, u"PIK3CA:p.E545K"_s);
    auto stored = (*store)->alterations(*amended);
    const auto it =
        std::find_if(stored->begin(), stored->end(), [&](const StoredAlteration& s) { return s.id == carried; });
    QCOMPARE(it->review->decision, Decision::Include);
    QCOMPARE(it->review->reviewer.name, pathologist.name);
    auto v1 = (*store)->summary(id);
    QCOMPARE(v1->state, CaseState::Final);
    QVERIFY(v1->superseded);
    QVERIFY(!(*store)->amend(id, u"again"_s, oncologist)); // amend the newest version instead
    QVERIFY((*store)->review(*amended, carried, Decision::GermlineReferral, u"BRCA2 germline"_s, oncologist));
    QVERIFY(!(*store)->review(id, alteration, Decision::GermlineReferral, QString(), oncologist));
    // One case, two versions: they share the case's number and are not each other's earlier cases.
    QCOMPARE(v1->caseNumber, id);
    QCOMPARE((*store)->summary(*amended)->caseNumber, id);
    QCOMPARE(caseVersionName(*(*store)->summary(*amended)), u"case %1, version 2"_s.arg(id));
    QCOMPARE(*(*store)->versionsOf(*amended), (QList<qint64>{id, *amended}));
    QCOMPARE(*(*store)->versionsOf(id), (QList<qint64>{id, *amended}));
    QVERIFY((*store)->earlierDecisions(id, alteration)->isEmpty());
    QVERIFY((*store)->earlierDecisions(*amended, carried)->isEmpty());
}

void TestCaseStore::auditChainDetectsTampering()
{
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    {
        auto store = CaseStore::open(path);
        QVERIFY(store);
        const qint64 id = newCase(**store);
        const qint64 alteration = *(*store)->findAlteration(id, u"PIK3CA:p.E545K"_s);
        for (Decision d : {Decision::Vus, Decision::Include, Decision::Exclude})
            QVERIFY((*store)->review(id, alteration, d, QString(), pathologist));
        auto check = (*store)->verifyAudit();
        QVERIFY(check);
        QVERIFY(check->ok());
        QCOMPARE(check->entries, 4);
    }
    // Someone with file access drops the trigger and rewrites history.
    const QString tampered = test::tamper(path, {u"UPDATE audit SET new_value = 'include' WHERE seq = 4"_s});
    QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    auto check = (*store)->verifyAudit();
    QVERIFY(check);
    QVERIFY(!check->ok());
    QCOMPARE(check->firstBroken, 4);
    QVERIFY(check->problem.contains(u"changed"_s));
}

void TestCaseStore::earlierDecisionsAreOffered()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 other = newCase(**store, u"PAT-OTHER"_s);
    const qint64 first = newCase(**store, u"PAT-001"_s);
    const qint64 second = newCase(**store, u"PAT-001"_s); // a later sample of the same patient
    auto ref = [&](qint64 c) { return *(*store)->findAlteration(c, u"PIK3CA:p.E545K"_s); };
    QVERIFY((*store)->review(other, ref(other), Decision::Vus, u"other patient"_s, oncologist));
    QVERIFY((*store)->review(first, ref(first), Decision::Include, u"same patient, earlier sample"_s, pathologist));
    auto earlier = (*store)->earlierDecisions(second, ref(second));
    QVERIFY(earlier);
    QCOMPARE(earlier->size(), 2);
    QCOMPARE(earlier->at(0).caseId, first); // the patient's own case first
    QCOMPARE(earlier->at(0).patient, u"PAT-001"_s);
    QCOMPARE(earlier->at(1).caseId, other);
    auto taken = (*store)->acceptEarlierDecision(second, ref(second), oncologist);
    QVERIFY(taken);
    QCOMPARE(taken->decision, Decision::Include);
    auto stored = (*store)->alterations(second);
    const auto it =
        std::find_if(stored->begin(), stored->end(), [&](const StoredAlteration& s) { return s.id == ref(second); });
    QCOMPARE(it->review->decision, Decision::Include);
    QVERIFY(it->review->comment.contains(u"as decided in case %1, version 1"_s.arg(first)));
    // Nothing to take over for an alteration no one decided on.
    const qint64 undecided =
        std::find_if(stored->begin(), stored->end(), [](const StoredAlteration& s) { return !s.review; })->id;
    QVERIFY(!(*store)->acceptEarlierDecision(second, undecided, oncologist));
}

void TestCaseStore::bundleRoundTripDoesNotDuplicate()
{
    QTemporaryDir dir;
    auto source = CaseStore::open(test::caseDatabase(dir.filePath(u"source.sqlite"_s)));
    QVERIFY(source);
    const qint64 id = newCase(**source);
    QVERIFY((*source)->review(
        id, *(*source)->findAlteration(id, u"PIK3CA:p.E545K"_s), Decision::Include, u"reviewed"_s, pathologist));
    QVERIFY((*source)->setState(id, CaseState::Preliminary, pathologist));
    QVERIFY((*source)->setState(id, CaseState::Final, oncologist));
    const QString bundle = dir.filePath(u"case.oncoboard-case"_s);
    QVERIFY(CaseBundle::exportCase(**source, id, bundle));

    auto target = CaseStore::open(test::caseDatabase(dir.filePath(u"target.sqlite"_s)));
    QVERIFY(target);
    auto imported = CaseBundle::importCase(**target, bundle, oncologist);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    QVERIFY(!imported->alreadyPresent);
    const CaseSummary a = *(*source)->summary(id);
    const CaseSummary b = *(*target)->summary(imported->caseId);
    QCOMPARE(b.uid, a.uid);
    QCOMPARE(b.state, CaseState::Final);
    QCOMPARE(b.finalizedBy, a.finalizedBy);
    QCOMPARE(b.patient, a.patient);
    QCOMPARE(b.alterations, a.alterations);
    QCOMPARE(b.reviewed, 1);
    QCOMPARE(b.knowledgeBases, a.knowledgeBases);
    auto sa = (*source)->alterations(id);
    auto sb = (*target)->alterations(imported->caseId);
    for (size_t i = 0; i < sa->size(); ++i) {
        QCOMPARE((*sb)[i].ref, (*sa)[i].ref);
        QCOMPARE((*sb)[i].ampTier, (*sa)[i].ampTier);
        QCOMPARE((*sb)[i].evidenceIds, (*sa)[i].evidenceIds);
    }
    // Locked on arrival; a second import adds nothing.
    QVERIFY(!(*target)->review(imported->caseId, (*sb)[0].id, Decision::Exclude, QString(), oncologist));
    auto again = CaseBundle::importCase(**target, bundle, oncologist);
    QVERIFY(again);
    QVERIFY(again->alreadyPresent);
    QCOMPARE(again->caseId, imported->caseId);
    QCOMPARE((*target)->cases()->size(), 1);
    QVERIFY((*target)->verifyAudit()->ok());

    // A bundle edited by hand is refused.
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("\"include\"", "\"exclude\"");
    const QString edited = dir.filePath(u"edited.oncoboard-case"_s);
    QFile e(edited);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write(text);
    e.close();
    auto other = CaseStore::open(test::caseDatabase(dir.filePath(u"other.sqlite"_s)));
    auto refused = CaseBundle::importCase(**other, edited, oncologist);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, CoreError::Code::BadInput);
    QVERIFY(refused.error().message.contains(u"checksum"_s));

    // Edited with the checksum recomputed: values no column or caller can hold are still refused,
    // saying where, and nothing is imported.
    const auto editedWithChecksum = [&](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject bundleObject =
            QJsonDocument::fromJson(QByteArray(f.open(QIODevice::ReadOnly) ? f.readAll() : "")).object();
        f.close();
        QJsonObject payload = bundleObject.value(u"payload"_s).toObject();
        QJsonArray alterations = payload.value(u"alterations"_s).toArray();
        QJsonObject first = alterations.first().toObject();
        edit(first);
        alterations.replace(0, first);
        payload.insert(u"alterations"_s, alterations);
        bundleObject.insert(u"payload"_s, payload);
        bundleObject.insert(
            u"sha256"_s,
            QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                                         QCryptographicHash::Sha256)
                                    .toHex()));
        const QString out = dir.filePath(u"rechecksummed.oncoboard-case"_s);
        QFile w(out);
        if (w.open(QIODevice::WriteOnly | QIODevice::Truncate))
            w.write(QJsonDocument(bundleObject).toJson());
        return out;
    };
    const auto casesBefore = (*other)->cases()->size();
    for (const auto& [edit, why] :
         {std::pair<std::function<void(QJsonObject&)>, QString>{
              [](QJsonObject& row) { row.insert(u"tumor_vaf"_s, 7.5); }, u"VAF 7.5 is outside 0-1"_s},
          {[](QJsonObject& row) { row.insert(u"pos"_s, u"not a number"_s); },
           u"column pos: 'not a number' is not a number"_s},
          {[](QJsonObject& row) { row.insert(u"pos"_s, 12.5); }, u"12.5 is not a whole number"_s},
          {[](QJsonObject& row) { row.insert(u"gene"_s, 42); }, u"column gene: a text was expected"_s},
          {[](QJsonObject& row) {
               row.insert(u"tumor_depth"_s, 10);
               row.insert(u"tumor_alt_reads"_s, 11);
           },
           u"more tumor alternative reads (11) than depth (10)"_s}}) {
        auto r = CaseBundle::importCase(**other, editedWithChecksum(edit), oncologist);
        QVERIFY2(!r, qPrintable(why));
        QCOMPARE(r.error().code, CoreError::Code::BadInput);
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    }
    QCOMPARE((*other)->cases()->size(), casesBefore);
}

void TestCaseStore::recheckReportsNewEvidenceWithoutTouchingTheCase()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    // Signed against CIViC 2024-08-01, re-checked against 2025-07-01.
    AnnotateOptions older;
    older.releases.insert(u"CIViC"_s, u"2024-08-01"_s);
    auto id = (*store)->createCase(annotate(maf(), u"BRCA"_s, older), patientInfo(u"PAT-9"_s), pathologist);
    QVERIFY(id);
    QVERIFY((*store)->setState(*id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(*id, CaseState::Final, oncologist));
    const auto before = *(*store)->alterations(*id);
    auto report = CaseRecheck::run(**store, *id, *m_kb);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->releasesBefore, (QStringList{u"CIViC 2024-08-01"_s, u"Approvals 2026-12-01"_s}));
    QCOMPARE(report->releasesNow, (QStringList{u"CIViC 2025-07-01"_s, u"Approvals 2026-12-01"_s}));
    QVERIFY(!report->changes.isEmpty());
    bool newEvidence = false;
    for (const RecheckChange& c : report->changes)
        newEvidence = newEvidence || (c.what == u"new evidence" && c.after.contains(u"CIViC:EID"_s));
    QVERIFY(newEvidence);
    QVERIFY(report->toText().contains(u"knowledge base then: CIViC 2024-08-01"_s));
    // The signed case is as it was.
    const auto after = *(*store)->alterations(*id);
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].evidenceIds, before[i].evidenceIds);
        QCOMPARE(after[i].ampTier, before[i].ampTier);
    }
    QCOMPARE((*store)->summary(*id)->state, CaseState::Final);
}

void TestCaseStore::readOnlyAndFullDiskGiveClearErrors()
{
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    qint64 id = 0;
    qint64 alteration = 0;
    {
        auto store = CaseStore::open(path);
        QVERIFY(store);
        id = newCase(**store);
        alteration = *(*store)->findAlteration(id, u"PIK3CA:p.E545K"_s);
    }
    {
        auto readOnly = CaseStore::open(path, CaseStore::Mode::ReadOnly);
        QVERIFY2(readOnly, readOnly ? "" : qPrintable(readOnly.error().toString()));
        QCOMPARE((*readOnly)->summary(id)->patient, u"PAT-001"_s); // reading works
        auto r = (*readOnly)->review(id, alteration, Decision::Include, u"kept by the caller"_s, pathologist);
        QVERIFY(!r);
        QCOMPARE(r.error().code, CoreError::Code::Io);
        QVERIFY2(r.error().message.contains(u"read-only"_s), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"nothing was saved"_s));
    }
    // A full disk: the database may not grow. The annotation in memory is untouched and can be
    // stored once there is room.
    ONCOBOARD_SQLITE_ONLY("a full disk is simulated with SQLite's max_page_count");
    auto store = CaseStore::open(path);
    QVERIFY(store);
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    const AnnotationResult pending = annotate(maf(), u"BRCA"_s);
    auto full = (*store)->createCase(pending, patientInfo(u"PAT-002"_s), pathologist);
    QVERIFY(!full);
    QCOMPARE(full.error().code, CoreError::Code::Io);
    QVERIFY2(full.error().message.contains(u"disk is full"_s), qPrintable(full.error().message));
    QCOMPARE((*store)->cases()->size(), 1); // nothing half-written
    QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
    auto retried = (*store)->createCase(pending, patientInfo(u"PAT-002"_s), pathologist);
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().toString()));
    QVERIFY((*store)->verifyAudit()->ok());
}

void TestCaseStore::identityStaysApartAndMeetingsAreRecorded()
{
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    const qint64 id = newCase(**store);
    // Identifiers are stored sealed only: without the database's passphrase nothing is written.
    QCOMPARE((*store)->identityAccess(), CaseStore::IdentityAccess::NoKeyYet);
    auto locked = (*store)->setPatientIdentity(u"PAT-001"_s, {u"Jane Doe"_s, {}, {}}, pathologist);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, CoreError::Code::Locked);
    QVERIFY((*store)->unlockIdentities(u"correct horse battery staple"_s));
    QVERIFY(!(*store)->setPatientIdentity(u"PAT-UNKNOWN"_s, {u"Jane Doe"_s, {}, {}}, pathologist));
    QVERIFY((*(*store)->patientIdentity(u"PAT-001"_s)) == std::nullopt);
    QVERIFY((*store)->setPatientIdentity(u"PAT-001"_s, {u"Jane Doe"_s, u"1961-04-02"_s, u"MRN-123"_s}, pathologist));
    const auto identity = *(*store)->patientIdentity(u"PAT-001"_s);
    QVERIFY(identity);
    QCOMPARE(identity->name, u"Jane Doe"_s);
    QCOMPARE(identity->birthDate, u"1961-04-02"_s);
    QCOMPARE(identity->recordNumber, u"MRN-123"_s);
    {
        // Another workstation: without the passphrase the patient is a pseudonym, and it says why;
        // a wrong passphrase opens nothing.
        auto other = CaseStore::open(path);
        QVERIFY(other);
        QCOMPARE((*other)->identityAccess(), CaseStore::IdentityAccess::Locked);
        QCOMPARE((*other)->summary(id)->patient, u"PAT-001"_s);
        auto hidden = (*other)->patientIdentity(u"PAT-001"_s);
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code, CoreError::Code::Locked);
        QVERIFY2(hidden.error().message.contains(u"sealed"_s), qPrintable(hidden.error().message));
        auto wrong = (*other)->unlockIdentities(u"correct horse battery stapler"_s);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(u"not the passphrase"_s));
        QVERIFY((*other)->unlockIdentities(u"correct horse battery staple"_s));
        QCOMPARE((*(*other)->patientIdentity(u"PAT-001"_s))->name, u"Jane Doe"_s);
    }
    // In the tables, nothing but sealed values; a value moved to another field does not open.
    QSqlQuery sealed(QSqlDatabase::database((*store)->connectionName()));
    QVERIFY(sealed.exec(u"SELECT name, birth_date, record_number FROM patient_identity"_s) && sealed.next());
    for (int i = 0; i < 3; ++i)
        QVERIFY2(sealed.value(i).toString().startsWith(u"sealed:v1:"_s), qPrintable(sealed.value(i).toString()));
    const QString sealedName = sealed.value(0).toString();
    sealed.finish();
    QVERIFY(test::tamper(path, {u"UPDATE patient_identity SET record_number = '%1'"_s.arg(sealedName)}).isEmpty());
    auto moved = (*store)->patientIdentity(u"PAT-001"_s);
    QVERIFY(!moved);
    QVERIFY2(moved.error().message.contains(u"moved from another patient or field"_s),
             qPrintable(moved.error().message));
    QVERIFY((*store)->setPatientIdentity(u"PAT-001"_s, {u"Jane Doe"_s, u"1961-04-02"_s, u"MRN-123"_s}, pathologist));
    auto meeting = (*store)->addMeeting(u"2026-11-26"_s, {u"Dr. P"_s, u"Dr. O"_s}, {id}, oncologist);
    QVERIFY(meeting);
    QVERIFY((*store)->verifyAudit()->ok());
    // Neither the audit trail nor a bundle carries the identity.
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    QVERIFY(q.exec(u"SELECT count(*) FROM audit WHERE old_value LIKE '%Jane%' OR new_value LIKE '%Jane%' "
                   "OR new_value LIKE '%MRN-123%'"_s)
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const QString bundle = dir.filePath(u"b.oncoboard-case"_s);
    QVERIFY(CaseBundle::exportCase(**store, id, bundle));
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("Jane Doe") && !text.contains("MRN-123"));
    QVERIFY(text.contains("PAT-001"));
    auto trail = (*store)->auditTrail(id);
    QVERIFY2(trail->last().contains(u"meeting: - -> meeting %1 on 2026-11-26 (Dr. P, Dr. O)"_s.arg(*meeting)),
             qPrintable(trail->last()));
    // A lost laptop: the file and its journal hold no identifier (as `strings` would show).
    if (!test::onPostgres()) {
        store->reset();
        QByteArray bytes;
        for (const QString& file : {path, path + u"-wal"_s}) {
            QFile raw(file);
            if (raw.open(QIODevice::ReadOnly))
                bytes += raw.readAll();
        }
        QVERIFY(bytes.size() > 100000);
        for (const QByteArray& identifier : {QByteArray("Jane Doe"), QByteArray("1961-04-02"), QByteArray("MRN-123")})
            QVERIFY2(!bytes.contains(identifier), identifier.constData());
    }
}

void TestCaseStore::copyNumberSegmentsAreKeptWithTheCase()
{
    QTemporaryDir dir;
    const QString seg = dir.filePath(u"tumor.seg"_s);
    QFile f(seg);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean\n"
            "T1\t17\t37000000\t38000000\t120\t2.31\n"
            "T1\t17\t38000001\t40000000\t200\t0.02\n"
            "T1\t9\t21900000\t22000000\t30\t-2.10\n");
    f.close();
    CaseLoadOptions load;
    load.tumorType = u"BRCA"_s;
    load.genome = GenomeBuild::GRCh37;
    auto c = CaseLoader::load({seg}, load);
    QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
    QCOMPARE(c->segments.size(), size_t(3));
    auto annotated = Annotator::annotate(std::move(c.value()), *m_kb, {});
    QVERIFY(annotated);
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    auto store = CaseStore::open(path);
    QVERIFY(store);
    NewCaseInfo info;
    info.patient = u"PAT-SEG"_s;
    auto id = (*store)->createCase(*annotated, info, pathologist);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    auto stored = (*store)->storedCase(*id);
    QVERIFY(stored);
    const auto& segments = stored->caseData.segments;
    QCOMPARE(segments.size(), size_t(3));
    QCOMPARE(segments[0].chrom, u"17"_s);
    QCOMPARE(segments[0].start, 37000000);
    QCOMPARE(segments[0].end, 38000000);
    QCOMPARE(segments[0].log2Ratio, 2.31f);
    QVERIFY(std::isnan(segments[0].copyNumber));
    QCOMPARE(segments[0].markers, 120);
    QCOMPARE(qint64(segments[2].origin.line), 4);
    QCOMPARE(qint64(segments[2].origin.input), 0);

    // Signed final, the segments are locked and part of the signed content; an amendment copies them.
    QVERIFY((*store)->setState(*id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(*id, CaseState::Final, oncologist));
    {
        QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
        QVERIFY(!q.exec(u"UPDATE segment SET log2_ratio = 0 WHERE case_id = %1"_s.arg(*id)));
        QVERIFY(q.lastError().text().contains(u"final and locked"_s));
    }
    QVERIFY((*store)->verifyAudit()->ok());
    auto amended = (*store)->amend(*id, u"purity corrected"_s, oncologist);
    QVERIFY(amended);
    QCOMPARE((*store)->storedCase(*amended)->caseData.segments.size(), size_t(3));

    // A bundle carries them.
    const QString bundle = dir.filePath(u"case.oncoboard-case"_s);
    QVERIFY(CaseBundle::exportCase(**store, *id, bundle));
    auto target = CaseStore::open(test::caseDatabase(dir.filePath(u"target.sqlite"_s)));
    QVERIFY(target);
    auto imported = CaseBundle::importCase(**target, bundle, oncologist);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    const auto moved = (*target)->storedCase(imported->caseId)->caseData.segments;
    QCOMPARE(moved.size(), size_t(3));
    QCOMPARE(moved[2].log2Ratio, -2.10f);
    QVERIFY((*target)->verifyAudit()->ok());
    store->reset();

    // Changed behind the locks, a segment breaks the signed digest.
    const QString tampered =
        test::tamper(path, {u"UPDATE segment SET log2_ratio = 0.1 WHERE case_id = %1 AND chrom = '17'"_s.arg(*id)});
    QVERIFY2(tampered.isEmpty(), qPrintable(tampered));
    auto reopened = CaseStore::open(path);
    QVERIFY(reopened);
    QVERIFY(!(*reopened)->verifyAudit()->ok());
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_CaseStore.moc"
