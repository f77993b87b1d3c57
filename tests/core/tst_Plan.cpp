// The board's treatment plan: items made from evidence, every edit undoable through the plan's
// commands, refused on a final case (in the code and by the database), carried into amendments
// and bundles, and the schema migration that added it.

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "caseStore/CaseBundle.h"
#include "caseStore/CaseSchema.h"
#include "caseStore/CaseStore.h"
#include "caseStore/PlanEditor.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "kb/ReferenceImporter.h"
#include "match/Annotator.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const Actor pathologist{u"apath"_s, u"Dr. A. Pathologist"_s, u"molecular pathologist"_s};

QString maf()
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_output.vep_isoforms.maf");
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void itemFromEvidenceCarriesItsBasis();
    void everyCommandUndoesAndRedoes();
    void invalidItemsAreRefused();
    void finalCaseRefusesPlanEdits();
    void amendmentAndBundleCarryThePlan();
    void schemaOneIsMigrated();

private:
    qint64 newCase(CaseStore& store);
    /** PIK3CA p.E545K in breast cancer and the item that decided its AMP tier. */
    std::pair<qint32, qint32> pik3ca() const;

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    AnnotationResult m_result;
};

void TestPlan::initTestCase()
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

qint64 TestPlan::newCase(CaseStore& store)
{
    NewCaseInfo info;
    info.patient = u"PAT-PLAN"_s;
    auto id = store.createCase(m_result, info, pathologist);
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return *id;
}

std::pair<qint32, qint32> TestPlan::pik3ca() const
{
    for (const AlterationCall& c : m_result.calls) {
        const Alteration& a = m_result.caseData.alterations[size_t(c.alteration)];
        if (a.gene() == u"PIK3CA" && a.hgvsp() == u"p.E545K")
            return {c.alteration, c.amp.evidence};
    }
    return {-1, -1};
}

void TestPlan::itemFromEvidenceCarriesItsBasis()
{
    const auto [alteration, evidence] = pik3ca();
    QVERIFY(alteration >= 0 && evidence >= 0);
    auto vocabulary = TherapyVocabulary::open(m_kb->database());
    QVERIFY(vocabulary);
    const PlanItem item = PlanEditor::fromEvidence(m_result, alteration, evidence, [&](const QString& name) {
        auto id = vocabulary->chemblId(name);
        return id ? *id : QString();
    });
    const EvidenceItem& e = m_result.evidence[size_t(evidence)];
    QCOMPARE(item.kind, PlanItemKind::Therapy);
    QCOMPARE(item.therapies, e.therapies);
    QCOMPARE(item.title, therapyLabel(e));
    QCOMPARE(item.alterations, QStringList{u"PIK3CA:p.E545K"_s});
    QCOMPARE(item.evidence, QStringList{u"CIViC:"_s + e.displayId});
    QCOMPARE(item.citations, QStringList{u"PMID:"_s + e.citationId});
    QVERIFY2(item.level.startsWith(u"AMP I-A"_s), qPrintable(item.level));
    QVERIFY(item.level.contains(u"level "_s + e.level));
    QVERIFY(item.rationale.contains(e.disease));
    // Alpelisib is in the therapy vocabulary with its ChEMBL id.
    QVERIFY(e.therapies.contains(u"Alpelisib"_s));
    QVERIFY2(item.therapyIds.contains(u"ChEMBL:CHEMBL2396661"_s), qPrintable(item.therapyIds.join(u' ')));
}

void TestPlan::everyCommandUndoesAndRedoes()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 caseId = newCase(**store);
    PlanEditor editor(store->get(), caseId, pathologist);
    QVERIFY(editor.reload());
    QSignalSpy changed(&editor, &PlanEditor::planChanged);
    const auto [alteration, evidence] = pik3ca();
    const PlanItem item = PlanEditor::fromEvidence(m_result, alteration, evidence);
    QUndoStack* stack = editor.undoStack();

    // Add: undo removes it from the database, redo brings it back with the same id.
    auto id = editor.add(item);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    QCOMPARE((*store)->plan(caseId)->items.size(), 1);
    QVERIFY(changed.count() > 0);
    stack->undo();
    QCOMPARE((*store)->plan(caseId)->items.size(), 0);
    stack->redo();
    QCOMPARE((*store)->plan(caseId)->items.size(), 1);
    QCOMPARE((*store)->plan(caseId)->items.front().id, *id);

    // Edit.
    PlanItem edited = editor.plan().items.front();
    edited.rationale = u"SOLAR-1: PFS benefit with fulvestrant"_s;
    edited.priority = 2;
    QVERIFY(editor.edit(edited));
    QCOMPARE((*store)->plan(caseId)->items.front().rationale, edited.rationale);
    stack->undo();
    QCOMPARE((*store)->plan(caseId)->items.front().rationale, item.rationale);
    QCOMPARE((*store)->plan(caseId)->items.front().priority, 1);
    stack->redo();
    QCOMPARE((*store)->plan(caseId)->items.front().priority, 2);

    // Remove: undo restores the item as it was, id included.
    const PlanItem before = (*store)->plan(caseId)->items.front();
    QVERIFY(editor.remove(*id));
    QVERIFY((*store)->plan(caseId)->items.isEmpty());
    stack->undo();
    QCOMPARE((*store)->plan(caseId)->items.front(), before);
    stack->redo();
    QVERIFY((*store)->plan(caseId)->items.isEmpty());
    stack->undo();

    // Details.
    PlanDetails details{u"Alpelisib with fulvestrant at progression."_s,
                        u"2027-03-01"_s,
                        u"2026-11-26"_s,
                        {u"Dr. A. Pathologist"_s, u"Dr. B. Oncologist"_s}};
    QVERIFY(editor.setDetails(details));
    QCOMPARE((*store)->plan(caseId)->details, details);
    stack->undo();
    QCOMPARE((*store)->plan(caseId)->details, PlanDetails{});
    stack->redo();
    QCOMPARE((*store)->plan(caseId)->details, details);
    QCOMPARE(stack->count(), 3); // the undone removal made way for the details

    // Every write, undo and redo is in the audit trail, and the chain holds.
    auto trail = (*store)->auditTrail(caseId);
    QVERIFY(trail);
    int planEntries = 0;
    for (const QString& line : *trail)
        planEntries += line.contains(u" plan."_s);
    QCOMPARE(planEntries, 13);
    QVERIFY((*store)->verifyAudit()->ok());
}

void TestPlan::invalidItemsAreRefused()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 caseId = newCase(**store);
    PlanItem item;
    item.title = u"Alpelisib"_s;
    item.alterations = {u"PIK3CA:p.H1047R"_s}; // not in this case
    auto r = (*store)->addPlanItem(caseId, item, pathologist);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"PIK3CA:p.H1047R"_s));
    item.alterations = {u"pik3ca:p.Glu545Lys"_s}; // any spelling, stored as the case names it
    item.trials = {u"NCT123"_s};
    r = (*store)->addPlanItem(caseId, item, pathologist);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"NCT123"_s));
    item.trials = {u"NCT03056755"_s};
    r = (*store)->addPlanItem(caseId, item, pathologist);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    QCOMPARE((*store)->plan(caseId)->items.front().alterations, QStringList{u"PIK3CA:p.E545K"_s});
    item.title = u"  "_s;
    QVERIFY(!(*store)->addPlanItem(caseId, item, pathologist));
    QVERIFY(!(*store)->setPlanDetails(caseId, PlanDetails{{}, u"next week"_s, {}, {}}, pathologist));
    QVERIFY(!(*store)->removePlanItem(caseId, 999, pathologist));
    QCOMPARE((*store)->plan(caseId)->items.size(), 1);
}

void TestPlan::finalCaseRefusesPlanEdits()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 caseId = newCase(**store);
    PlanEditor editor(store->get(), caseId, pathologist);
    QVERIFY(editor.reload());
    const auto [alteration, evidence] = pik3ca();
    auto id = editor.add(PlanEditor::fromEvidence(m_result, alteration, evidence));
    QVERIFY(id);
    QVERIFY((*store)->setState(caseId, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(caseId, CaseState::Final, pathologist));

    PlanItem item = editor.plan().items.front();
    item.rationale = u"changed after signing"_s;
    for (const CoreError& e : {editor.add(item).error(),
                               editor.edit(item).error(),
                               editor.remove(*id).error(),
                               editor.setDetails(PlanDetails{u"x"_s, {}, {}, {}}).error()})
        QVERIFY2(e.message.contains(u"final and locked"_s), qPrintable(e.message));
    // An undo after signing is refused too, and says so; the plan stays as signed.
    QSignalSpy failed(&editor, &PlanEditor::failed);
    editor.undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE((*store)->plan(caseId)->items.size(), 1);

    // The database refuses direct edits as well.
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    QVERIFY(!q.exec(u"UPDATE plan_item SET rationale = 'x' WHERE case_id = %1"_s.arg(caseId)));
    QVERIFY(q.lastError().text().contains(u"final and locked"_s));
    QVERIFY(!q.exec(u"DELETE FROM plan_item WHERE case_id = %1"_s.arg(caseId)));
    QVERIFY(!q.exec(u"INSERT INTO plan (case_id, conclusion) VALUES (%1, 'x')"_s.arg(caseId)));
    QCOMPARE((*store)->plan(caseId)->items.front().rationale, editor.plan().items.front().rationale);
}

void TestPlan::amendmentAndBundleCarryThePlan()
{
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    const qint64 caseId = newCase(**store);
    PlanEditor editor(store->get(), caseId, pathologist);
    QVERIFY(editor.reload());
    const auto [alteration, evidence] = pik3ca();
    QVERIFY(editor.add(PlanEditor::fromEvidence(m_result, alteration, evidence)));
    PlanItem trial;
    trial.kind = PlanItemKind::Trial;
    trial.title = u"PI3K inhibitor trial"_s;
    trial.trials = {u"NCT03056755"_s};
    QVERIFY(editor.add(trial));
    QVERIFY(editor.setDetails({u"Conclusion"_s, u"2027-01-15"_s, u"2026-11-26"_s, {u"Dr. B. Oncologist"_s}}));
    QVERIFY((*store)->setState(caseId, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(caseId, CaseState::Final, pathologist));
    const TreatmentPlan signedPlan = *(*store)->plan(caseId);

    auto amended = (*store)->amend(caseId, u"new trial opened"_s, pathologist);
    QVERIFY(amended);
    TreatmentPlan copy = *(*store)->plan(*amended);
    QCOMPARE(copy.details, signedPlan.details);
    QCOMPARE(copy.items.size(), signedPlan.items.size());
    for (qsizetype i = 0; i < copy.items.size(); ++i) {
        PlanItem a = copy.items[i];
        a.id = signedPlan.items[i].id;
        QCOMPARE(a, signedPlan.items[i]);
    }
    // The amendment is editable; the signed version is not touched.
    PlanEditor amending(store->get(), *amended, pathologist);
    QVERIFY(amending.reload());
    QVERIFY(amending.remove(copy.items.back().id));
    QCOMPARE((*store)->plan(caseId)->items.size(), 2);

    // A bundle of the signed case carries its plan.
    const QString bundle = dir.filePath(u"case.json"_s);
    QVERIFY(CaseBundle::exportCase(**store, caseId, bundle));
    QTemporaryDir other;
    auto second = CaseStore::open(test::caseDatabase(other.filePath(u"cases.sqlite"_s)));
    QVERIFY(second);
    auto imported = CaseBundle::importCase(**second, bundle, pathologist);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    const TreatmentPlan arrived = *(*second)->plan(imported->caseId);
    QCOMPARE(arrived.details, signedPlan.details);
    QCOMPARE(arrived.items.size(), 2);
    QCOMPARE(arrived.items.front().evidence, signedPlan.items.front().evidence);
    QCOMPARE(arrived.items.back().trials, QStringList{u"NCT03056755"_s});
    QVERIFY(!(*second)->addPlanItem(imported->caseId, trial, pathologist)); // still final
}

void TestPlan::schemaOneIsMigrated()
{
    // A database of schema 1 (before plans): the plan tables are added and the cases stay.
    ONCOBOARD_SQLITE_ONLY("PostgreSQL case stores begin at schema 10; there was never a schema 1 to migrate");
    QTemporaryDir dir;
    const QString path = test::caseDatabase(dir.filePath(u"cases.sqlite"_s));
    qint64 caseId = 0;
    {
        auto store = CaseStore::open(path);
        QVERIFY(store);
        caseId = newCase(**store);
        QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
        // The schema-7 locks first (the facts' lock names columns schema 1 did not have).
        for (const QString& table : {u"sample"_s, u"case_input"_s, u"case_kb_release"_s})
            for (const QString& event : {u"insert"_s, u"update"_s, u"delete"_s})
                QVERIFY(q.exec(u"DROP TRIGGER %1_final_%2"_s.arg(table, event)));
        for (const QString& trigger : {u"case_final_update"_s,
                                       u"review_no_update"_s,
                                       u"review_no_delete"_s,
                                       u"patient_final_update"_s,
                                       u"patient_final_delete"_s})
            QVERIFY(q.exec(u"DROP TRIGGER "_s + trigger));
        for (const QString& drop : {u"DROP TABLE outcome"_s,
                                    u"DROP INDEX alteration_gene"_s,
                                    u"DROP INDEX alteration_place"_s,
                                    u"ALTER TABLE meeting DROP COLUMN title"_s,
                                    u"ALTER TABLE meeting_case DROP COLUMN position"_s,
                                    u"ALTER TABLE meeting_case DROP COLUMN presenter"_s,
                                    u"ALTER TABLE meeting_case DROP COLUMN question"_s,
                                    u"ALTER TABLE meeting_case DROP COLUMN outcome"_s,
                                    u"ALTER TABLE meeting_case DROP COLUMN recorded_by"_s,
                                    u"ALTER TABLE meeting_case DROP COLUMN recorded_at"_s,
                                    u"DROP TABLE member"_s,
                                    u"DROP TABLE signature"_s,
                                    u"DROP TABLE signing_key"_s,
                                    u"DROP TABLE identity_key"_s,
                                    u"DROP INDEX audit_case"_s,
                                    u"DROP TABLE segment"_s,
                                    u"DROP INDEX patient_uid"_s,
                                    u"ALTER TABLE patient DROP COLUMN uid"_s,
                                    u"DROP TABLE plan_item"_s,
                                    u"DROP TABLE plan"_s,
                                    u"ALTER TABLE case_record DROP COLUMN receptor_status"_s,
                                    u"ALTER TABLE case_record DROP COLUMN reference_genome"_s,
                                    u"ALTER TABLE alteration DROP COLUMN estimate_method"_s,
                                    u"ALTER TABLE alteration DROP COLUMN estimate_caveat"_s,
                                    u"ALTER TABLE alteration DROP COLUMN effect_source"_s,
                                    u"ALTER TABLE alteration DROP COLUMN ensembl_transcript"_s,
                                    u"ALTER TABLE alteration DROP COLUMN protein_position"_s,
                                    u"ALTER TABLE alteration DROP COLUMN reference_residue"_s,
                                    u"ALTER TABLE alteration DROP COLUMN effect_note"_s,
                                    u"ALTER TABLE alteration DROP COLUMN tumor_zygosity"_s,
                                    u"ALTER TABLE alteration DROP COLUMN normal_zygosity"_s,
                                    u"ALTER TABLE alteration DROP COLUMN fusion_orientation"_s,
                                    u"PRAGMA user_version = 1"_s})
            QVERIFY2(q.exec(drop), qPrintable(q.lastError().text()));
    }
    auto store = CaseStore::open(path);
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    QCOMPARE((*store)->summary(caseId)->patient, u"PAT-PLAN"_s);
    QVERIFY((*store)->plan(caseId)->isEmpty());
    PlanItem item;
    item.title = u"Germline testing"_s;
    item.kind = PlanItemKind::Diagnostic;
    QVERIFY((*store)->addPlanItem(caseId, item, pathologist));
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), CaseSchema::currentVersion);
    QVERIFY(q.exec(u"SELECT receptor_status FROM case_record"_s)); // schema 3's column was added
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_Plan.moc"
