// The case report of a stored case: the PDF summary's sections and values (read back with
// pdftotext), its determinism, page size, watermark and identifiers; the report JSON.

#include "CaseDatabase.h"
#include "TestConfig.h"
#include "Translation.h"
#include "caseStore/CaseStore.h"
#include "caseStore/PlanEditor.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "report/CaseSignOff.h"
#include "report/PdfReport.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const Actor pathologist{u"apath"_s, u"Dr. A. Pathologist"_s, u"molecular pathologist"_s};
const Actor oncologist{u"bonco"_s, u"Dr. B. Oncologist"_s, u"oncologist"_s};

QString demo(const char* name)
{
    return QStringLiteral(ONCOBOARD_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(name);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHasEverySectionAndValue();
    void pdfIsDeterministicAndFollowsSettings();
    void finalCaseIsSignedWithoutWatermarkText();
    void identifiersOnlyWhenAsked();
    void reportJsonHoldsCasePlanAndAnnotation();
    void summaryFollowsTheLanguage();
    void signedContentIsTheSameInEveryLanguage();

private:
    ReportCase report(bool withIdentity = false);
    QString pdfText(const ReportCase& r, const PdfReportOptions& options);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_case = 0;
};

void TestReport::initTestCase()
{
#ifndef PDFTOTEXT_EXECUTABLE
    QSKIP("pdftotext (poppler-utils) is not installed; scripts/setup installs it");
#endif
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
    // The demo tumor: somatic calls and copy-number segments, colon adenocarcinoma.
    CaseLoadOptions load;
    load.tumorType = u"COAD"_s;
    auto c = CaseLoader::load({demo("T001-COAD.grch37.vcf.gz"), demo("T001-COAD.grch37.cna.tsv")}, load);
    QVERIFY(c);
    auto annotated = Annotator::annotate(std::move(c.value()), *m_kb);
    QVERIFY(annotated);
    auto store = CaseStore::open(test::caseDatabase(m_dir.filePath(u"cases.sqlite"_s)));
    QVERIFY(store);
    m_store = std::move(store.value());
    NewCaseInfo info{u"PAT-T001"_s, u"FFPE, colon biopsy"_s, u"whole exome"_s, 0.6, u"2026-10-30"_s};
    auto id = m_store->createCase(*annotated, info, pathologist);
    QVERIFY(id);
    m_case = *id;

    // The board's plan: encorafenib + cetuximab from its CIViC item, a trial, germline testing.
    auto stored = ReportCase::fromStore(*m_store, m_case, *m_kb, false);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toString()));
    qint32 braf = -1, eid9851 = -1;
    for (const Match& m : stored->result.matches)
        if (stored->result.evidence[size_t(m.evidence)].displayId == u"EID9851") {
            braf = m.alteration;
            eid9851 = m.evidence;
        }
    QVERIFY(eid9851 >= 0);
    PlanEditor editor(m_store.get(), m_case, oncologist);
    QVERIFY(editor.reload());
    PlanItem therapy = PlanEditor::fromEvidence(stored->result, braf, eid9851);
    therapy.rationale = u"BRAF V600E metastatic colorectal cancer after one line: BEACON CRC"_s;
    QVERIFY(editor.add(therapy));
    PlanItem trial;
    trial.kind = PlanItemKind::Trial;
    trial.title = u"HER2-directed therapy trial"_s;
    trial.trials = {u"NCT03043313"_s};
    trial.alterations = {u"ERBB2:Amplification"_s};
    QVERIFY2(editor.add(trial), "ERBB2 amplification is among the stored alterations");
    PlanItem germline;
    germline.kind = PlanItemKind::Diagnostic;
    germline.title = u"DPYD genotyping before fluoropyrimidines"_s;
    QVERIFY(editor.add(germline));
    QVERIFY(editor.setDetails({u"Encorafenib with cetuximab; HER2 trial at progression."_s,
                               u"2027-02-01"_s,
                               u"2026-11-26"_s,
                               {u"Dr. A. Pathologist"_s, u"Dr. B. Oncologist"_s}}));
    QVERIFY(m_store->setState(m_case, CaseState::Preliminary, pathologist));
    QVERIFY(m_store->unlockIdentities(u"board passphrase"_s));
    QVERIFY(m_store->setPatientIdentity(
        u"PAT-T001"_s, {u"Erika Mustermann"_s, u"1961-04-12"_s, u"MRN-0042"_s}, pathologist));
}

ReportCase TestReport::report(bool withIdentity)
{
    auto r = ReportCase::fromStore(*m_store, m_case, *m_kb, withIdentity);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r.value());
}

QString TestReport::pdfText(const ReportCase& r, const PdfReportOptions& options)
{
#ifdef PDFTOTEXT_EXECUTABLE
    const QString path = m_dir.filePath(u"report.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PdfReport::write(r, options, &file))
        return {};
    file.close();
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT_EXECUTABLE), {u"-layout"_s, path, u"-"_s});
    p.waitForFinished(60000);
    // The fonts' ligatures come back as single characters ("ﬁ" in "final"); read them as letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0xFB00), u"ff"_s)
        .replace(QChar(0xFB01), u"fi"_s)
        .replace(QChar(0xFB02), u"fl"_s)
        .replace(QChar(0xFB03), u"ffi"_s)
        .replace(QChar(0xFB04), u"ffl"_s);
#else
    Q_UNUSED(r);
    Q_UNUSED(options);
    return {};
#endif
}

void TestReport::pdfHasEverySectionAndValue()
{
    PdfReportOptions options;
    options.institution = u"University Hospital Example"_s;
    options.generatedAt = u"2026-11-26 10:00 UTC"_s;
    const QString text = pdfText(report(), options);
    QVERIFY(!text.isEmpty());
    for (const QString& expected : {u"Molecular tumor board case summary"_s,
                                    u"PRELIMINARY - not signed final"_s,
                                    u"pseudonym PAT-T001"_s,
                                    u"FFPE, colon biopsy"_s,
                                    u"whole exome"_s,
                                    u"Colon Adenocarcinoma (COAD)"_s,
                                    u"GRCh37"_s,
                                    u"Summary of actionable findings"_s,
                                    u"BRAF V600E"_s,
                                    u"Treatment plan of the tumor board"_s,
                                    u"Recommended therapies"_s,
                                    u"Encorafenib + Cetuximab"_s,
                                    u"PMID 31566309"_s,
                                    u"BEACON CRC"_s,
                                    u"Clinical trials"_s,
                                    u"NCT03043313"_s,
                                    u"Further diagnostics"_s,
                                    u"DPYD genotyping"_s,
                                    u"Follow-up: 2027-02-01"_s,
                                    u"Conclusion of the board"_s,
                                    u"Board meeting 2026-11-26"_s,
                                    u"Tiers (AMP/ASCO/CAP 2017"_s,
                                    u"Alterations with knowledge-base evidence"_s,
                                    u"Sources and attribution"_s,
                                    u"CIViC 2025-07-01"_s,
                                    u"Sign-off"_s,
                                    u"draft -> preliminary: Dr. A. Pathologist (molecular pathologist)"_s,
                                    u"Generated"_s,
                                    u"University Hospital Example - OncoBoard case summary"_s})
        QVERIFY2(text.simplified().contains(expected.simplified()), qPrintable(expected));
    // Executive summary lists the tier I findings in the order of their strength.
    const QString summary = text.section(u"Summary of actionable findings"_s, 1).section(u"Treatment plan"_s, 0, 0);
    QVERIFY(summary.contains(u"Tier I"_s));
    QVERIFY(summary.contains(u"ERBB2 amplification"_s, Qt::CaseInsensitive));
    // No internal identifier reaches the reader: relations and decisions in words.
    static const QRegularExpression internal(u"evidence_(broader|narrower)|germline-referral"_s);
    QVERIFY2(!internal.match(text).hasMatch(), qPrintable(internal.match(text).captured(0)));
    QVERIFY(text.contains(u"on-label"_s)); // the relation is there, in words
    // Page x of y and the patient's pseudonym on every page.
    const int pages = int(text.count(u'\f'));
    QVERIFY(pages >= 2);
    QCOMPARE(int(text.count(u"Patient PAT-T001, case %1, version 1"_s.arg(m_case))), pages);
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    // The watermark is drawn, not written: the text reads clean.
    QCOMPARE(int(text.count(u"PRELIMINARY"_s)), 1);
}

void TestReport::pdfIsDeterministicAndFollowsSettings()
{
    PdfReportOptions options;
    options.generatedAt = u"2026-11-26 10:00 UTC"_s;
    const QString first = pdfText(report(), options);
    const QString second = pdfText(report(), options);
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    // Letter paper: the same content on other pages.
    options.pageSize = QPageSize::Letter;
    QBuffer letter;
    letter.open(QIODevice::WriteOnly);
    QVERIFY(PdfReport::write(report(), options, &letter));
    QVERIFY(letter.data().contains("/MediaBox [0 0 612.000000 792.000000]"));
    options.pageSize = QPageSize::A4;
    QBuffer a4;
    a4.open(QIODevice::WriteOnly);
    QVERIFY(PdfReport::write(report(), options, &a4));
    QVERIFY(a4.data().contains("/MediaBox [0 0 595.")); // 595 x 842 pt
}

void TestReport::finalCaseIsSignedWithoutWatermarkText()
{
    // A copy of the case, signed final: the banner names the signer, the sign-off lists both steps.
    QTemporaryDir dir;
    auto store = CaseStore::open(test::caseDatabase(dir.filePath(u"final.sqlite"_s)));
    QVERIFY(store);
    auto stored = m_store->storedCase(m_case);
    QVERIFY(stored);
    auto annotated = Annotator::annotate(stored->caseData, *m_kb);
    QVERIFY(annotated);
    auto id = (*store)->createCase(*annotated, NewCaseInfo{u"PAT-F"_s, {}, {}, -1, {}}, pathologist);
    QVERIFY(id);
    QVERIFY((*store)->setState(*id, CaseState::Preliminary, pathologist));
    QVERIFY((*store)->setState(*id, CaseState::Final, oncologist));
    auto r = ReportCase::fromStore(**store, *id, *m_kb, false);
    QVERIFY(r);
    const QString text = pdfText(*r, {});
    QVERIFY(text.simplified().contains(u"FINAL - signed by Dr. B. Oncologist (oncologist)"_s));
    QVERIFY(!text.contains(u"PRELIMINARY"_s));
    QVERIFY(text.simplified().contains(u"preliminary -> final: Dr. B. Oncologist (oncologist)"_s));
    QVERIFY(text.contains(u"The board has not recorded a plan for this case."_s));
}

void TestReport::identifiersOnlyWhenAsked()
{
    const QString pseudonymous = pdfText(report(false), {});
    QVERIFY(!pseudonymous.contains(u"Mustermann"_s));
    QVERIFY(!pseudonymous.contains(u"MRN-0042"_s));
    QVERIFY(!ReportJson::write(report(false), {}).contains("Mustermann"));
    const QString identified = pdfText(report(true), {});
    QVERIFY(identified.contains(u"Erika Mustermann"_s));
    QVERIFY(identified.contains(u"record MRN-0042"_s));
    QVERIFY(ReportJson::write(report(true), {}).contains("\"record_number\": \"MRN-0042\""));
}

void TestReport::reportJsonHoldsCasePlanAndAnnotation()
{
    const QByteArray bytes = ReportJson::write(report(), u"2026-11-26 10:00 UTC"_s);
    QCOMPARE(ReportJson::write(report(), u"2026-11-26 10:00 UTC"_s), bytes);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(u"schema"_s).toString(), u"oncoboard.report/1"_s);
    const QJsonObject c = doc.value(u"case"_s).toObject();
    QCOMPARE(c.value(u"state"_s).toString(), u"preliminary"_s);
    QCOMPARE(c.value(u"patient"_s).toString(), u"PAT-T001"_s);
    QVERIFY(!c.contains(u"identity"_s));
    QCOMPARE(doc.value(u"sign_off"_s).toArray().size(), 1);
    const QJsonObject plan = doc.value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"follow_up"_s).toString(), u"2027-02-01"_s);
    const QJsonArray items = plan.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0].toObject().value(u"kind"_s).toString(), u"therapy"_s);
    QCOMPARE(items[0].toObject().value(u"evidence"_s).toArray().first().toString(), u"CIViC:EID9851"_s);
    QCOMPARE(items[1].toObject().value(u"trials"_s).toArray().first().toString(), u"NCT03043313"_s);
    QCOMPARE(items[2].toObject().value(u"kind"_s).toString(), u"diagnostic"_s);
    // The annotation is the public oncoboard.annotation/1 document, with the stored alterations.
    const QJsonObject annotation = doc.value(u"annotation"_s).toObject();
    QCOMPARE(annotation.value(u"schema"_s).toString(), u"oncoboard.annotation/1"_s);
    QCOMPARE(qsizetype(annotation.value(u"alterations"_s).toArray().size()),
             qsizetype(m_store->summary(m_case)->alterations));
}

void TestReport::summaryFollowsTheLanguage()
{
#ifdef GERMAN_QM
    // The window installs the translation of the user's language; the summary is written in it.
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral(GERMAN_QM)), GERMAN_QM);
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString text = pdfText(report(), {});
    QCoreApplication::removeTranslator(&german);
    for (const QString& expected : {u"Fallzusammenfassung der molekularen Tumorkonferenz"_s,
                                    u"VORLÄUFIG - nicht endgültig freigegeben"_s,
                                    u"Therapieplan der Tumorkonferenz"_s,
                                    u"Empfohlene Therapien"_s,
                                    u"Beschluss der Tumorkonferenz"_s,
                                    u"Freigabe"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(!text.contains(u"Treatment plan of the tumor board"_s));
    // Back in English without the translator.
    QVERIFY(pdfText(report(), {}).contains(u"Treatment plan of the tumor board"_s));
#else
    QSKIP("the German translation is built with the window (app/gui); this build has no path to it");
#endif
}

void TestReport::signedContentIsTheSameInEveryLanguage()
{
    // A signer's window in German signs what an English command line verifies: the report JSON a
    // signature covers is written in English, with its explanations, whatever the window speaks.
    const auto english = CaseSignOff::reportContent(*m_store, m_case, *m_kb);
    QVERIFY(english);
    QVERIFY(english->contains("\"reason\""));
    for (const QString& language : {u"de"_s, u"fr"_s, u"es"_s}) {
        Translator translator;
        QVERIFY2(translator.loadLanguage(language), qPrintable(language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        auto translated = ReportCase::fromStore(*m_store, m_case, *m_kb, false);
        const auto content = CaseSignOff::reportContent(*m_store, m_case, *m_kb);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(translated && content);
        // The annotation itself speaks the language (the window shows it) ...
        const auto reasonOf = [](const ReportCase& r) {
            for (const auto& call : r.result.calls)
                if (!call.amp.reason.isEmpty())
                    return call.amp.reason;
            return QString();
        };
        const auto inEnglish = ReportCase::fromStore(*m_store, m_case, *m_kb, false);
        QVERIFY(inEnglish);
        QVERIFY(!reasonOf(*inEnglish).isEmpty());
        QVERIFY2(reasonOf(*translated) != reasonOf(*inEnglish), qPrintable(reasonOf(*translated)));
        // ... what is signed does not.
        QCOMPARE(*content, *english);
    }
}

int main(int argc, char** argv)
{
    // Fonts for the PDF need a GUI application; no display is needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_Report.moc"
