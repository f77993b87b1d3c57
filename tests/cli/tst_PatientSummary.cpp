// The patient summary of the demo case (oncoboard-cli report --patient-summary): made only from a
// signed case; its text extracts from the PDF, names the findings and the board's recommendations
// in plain words, uses no tier code, evidence level or knowledge-base id, reads as plain English
// (Flesch reading ease), speaks of the family only when the board referred a finding for germline
// testing, and prints the board's edited wording when given.

#include "TestConfig.h"
#include "Translation.h"
#include "cli/CliRunner.h"
#include "report/PatientSummary.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestPatientSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readingEaseTellsPlainFromTechnical();
    void wordingRoundTrips();
    void draftIsRefused();
    void demoSummaryIsPlainAndTrue();
    void familyOnlyWithAGermlineReferral();
    void editedWordingIsPrinted();
    void writtenInThePatientsLanguage();

private:
    test::CliRun cli(const QStringList& arguments)
    {
        return test::runCli(arguments);
    }
    test::CliRun summary(const QStringList& extra = {})
    {
        return cli(QStringList{u"report"_s, u"--db"_s, m_cases, u"--case"_s, u"1"_s, u"--kb"_s, m_kb} + extra);
    }
    /** The PDF's text (ligatures unfolded), or empty when pdftotext is missing. */
    QString pdfText(const QString& pdf) const;

    QTemporaryDir m_dir;
    QString m_kb;
    QString m_cases;
    const QStringList m_as{u"--as"_s, u"Dr. A"_s, u"--role"_s, u"molecular pathologist"_s};
};

QString TestPatientSummary::pdfText(const QString& pdf) const
{
#ifdef PDFTOTEXT_EXECUTABLE
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT_EXECUTABLE), {pdf, u"-"_s});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
#else
    Q_UNUSED(pdf);
    return {};
#endif
}

void TestPatientSummary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_kb = m_dir.filePath(u"kb.sqlite"_s);
    const test::CliRun kb = cli({u"kb"_s, u"init"_s, m_kb});
    QVERIFY2(kb.exitCode == 0, kb.err.constData());
    m_cases = m_dir.filePath(u"cases.sqlite"_s);
    const test::CliRun made = cli(QStringList{u"case"_s,
                                              u"new"_s,
                                              QStringLiteral(ONCOBOARD_DEMO_VCF),
                                              QStringLiteral(ONCOBOARD_DEMO_CNA),
                                              u"--db"_s,
                                              m_cases,
                                              u"--kb"_s,
                                              m_kb,
                                              u"--tumor-type"_s,
                                              u"COAD"_s,
                                              u"--patient"_s,
                                              u"PAT-T001"_s}
                                  + m_as);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const test::CliRun therapy = cli(QStringList{u"plan"_s,
                                                 u"add"_s,
                                                 u"--db"_s,
                                                 m_cases,
                                                 u"--kb"_s,
                                                 m_kb,
                                                 u"--case"_s,
                                                 u"1"_s,
                                                 u"--evidence"_s,
                                                 u"EID9851"_s,
                                                 u"--rationale"_s,
                                                 u"BRAF V600E mCRC after one line (BEACON CRC)"_s}
                                     + m_as);
    QVERIFY2(therapy.exitCode == 0, therapy.err.constData());
    const test::CliRun trial = cli(QStringList{u"plan"_s,
                                               u"add"_s,
                                               u"--db"_s,
                                               m_cases,
                                               u"--case"_s,
                                               u"1"_s,
                                               u"--kind"_s,
                                               u"trial"_s,
                                               u"--title"_s,
                                               u"HER2-directed therapy trial"_s,
                                               u"--trial"_s,
                                               u"NCT03043313"_s,
                                               u"--alteration"_s,
                                               u"ERBB2:Amplification"_s}
                                   + m_as);
    QVERIFY2(trial.exitCode == 0, trial.err.constData());
}

void TestPatientSummary::readingEaseTellsPlainFromTechnical()
{
    const double plain = fleschReadingEase(u"We tested a sample of your tumor. We read its DNA. A gene is one such "
                                           "instruction. The board will look at your results again in May."_s);
    const double technical = fleschReadingEase(
        u"Somatic BRAF p.V600E (c.1799T>A) constitutes a Tier I-A actionable alteration conferring sensitivity to "
        "combined MAPK-pathway inhibition with encorafenib and cetuximab, substantiated by randomized phase III "
        "evidence (CIViC EID9851, level A) in previously treated metastatic colorectal adenocarcinoma."_s);
    QVERIFY2(plain > 80, qPrintable(QString::number(plain)));
    QVERIFY2(technical < 30, qPrintable(QString::number(technical)));
    QCOMPARE(fleschReadingEase(QString()), 0.0);
}

void TestPatientSummary::wordingRoundTrips()
{
    PatientSummary s;
    s.title = u"Your tumor test results"_s;
    s.blocks = {{PatientSummary::Block::Kind::Heading, u"What was tested"_s},
                {PatientSummary::Block::Kind::Paragraph, u"We tested a sample of your tumor."_s},
                {PatientSummary::Block::Kind::Bullet, u"A change in the BRAF gene, called V600E."_s}};
    const auto back = PatientSummary::fromText(s.toText());
    QVERIFY(back);
    QCOMPARE(back->title, s.title);
    QCOMPARE(back->blocks, s.blocks);
    // A paragraph broken over lines is one paragraph.
    const auto wrapped = PatientSummary::fromText(u"Title\n\nOne sentence\ngoes on here.\n"_s);
    QVERIFY(wrapped);
    QCOMPARE(wrapped->blocks.size(), 1);
    QCOMPARE(wrapped->blocks.front().text, u"One sentence goes on here."_s);
    QVERIFY(!PatientSummary::fromText(u"  \n\n"_s));
    QVERIFY(!PatientSummary::fromText(u"Only a title"_s));
}

void TestPatientSummary::draftIsRefused()
{
    const test::CliRun draft = summary({u"--patient-summary"_s, m_dir.filePath(u"draft.pdf"_s)});
    QCOMPARE(draft.exitCode, 2);
    QVERIFY2(draft.err.contains("is a draft"), draft.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"draft.pdf"_s)));
    const test::CliRun signedOff = cli({u"case"_s,
                                        u"state"_s,
                                        u"--db"_s,
                                        m_cases,
                                        u"--case"_s,
                                        u"1"_s,
                                        u"preliminary"_s,
                                        u"--signer"_s,
                                        u"Dr. A"_s,
                                        u"--role"_s,
                                        u"molecular pathologist"_s,
                                        u"--kb"_s,
                                        m_kb});
    QVERIFY2(signedOff.exitCode == 0, signedOff.err.constData());
}

void TestPatientSummary::demoSummaryIsPlainAndTrue()
{
    const QString pdf = m_dir.filePath(u"patient.pdf"_s);
    const QString wording = m_dir.filePath(u"patient.txt"_s);
    const test::CliRun made = summary(
        {u"--patient-summary"_s, pdf, u"--patient-text-out"_s, wording, u"--contact"_s, u"Dr. B, oncology clinic"_s});
    QVERIFY2(made.exitCode == 0, made.err.constData());
#ifndef PDFTOTEXT_EXECUTABLE
    QSKIP("pdftotext (poppler-utils) is not installed; scripts/setup installs it");
#endif
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const QString flat = text.simplified();
    // What matters, in words: the findings the plan rests on, the medicines, the trial, whom to ask.
    for (const QString& expected : {u"Your tumor test results"_s,
                                    u"A change in the BRAF gene, called V600E."_s,
                                    u"Extra copies of the ERBB2 gene."_s,
                                    u"encorafenib together with cetuximab"_s,
                                    u"A clinical trial is a research study."_s,
                                    u"NCT03043313"_s,
                                    u"Please ask Dr. B, oncology clinic"_s,
                                    u"DNA holds the instructions"_s})
        QVERIFY2(flat.contains(expected), qPrintable(expected + u" is not in: "_s + flat));
    // No jargon of the doctors' report.
    for (const QString& jargon : {u"Tier"_s,
                                  u"AMP"_s,
                                  u"ESCAT"_s,
                                  u"VAF"_s,
                                  u"CIViC"_s,
                                  u"EID"_s,
                                  u"OncoKB"_s,
                                  u"somatic"_s,
                                  u"p.V600E"_s,
                                  u"FFPE"_s,
                                  u"mCRC"_s})
        QVERIFY2(!flat.contains(jargon, Qt::CaseSensitive), qPrintable(jargon + u" is in: "_s + flat));
    QVERIFY(!flat.contains(u"family"_s)); // no germline referral in this case
    // Plain English: a general newspaper's reading ease (60 to 70) or easier; one or two pages.
    const double ease = fleschReadingEase(text);
    QVERIFY2(ease >= 60, qPrintable(u"Flesch reading ease %1"_s.arg(ease)));
    const int pages = int(text.count(u'\f'));
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
    // The wording written for the board to edit is the same text.
    QFile f(wording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto read = PatientSummary::fromText(QString::fromUtf8(f.readAll()));
    QVERIFY(read);
    QVERIFY(flat.contains(read->blocks.front().text.simplified()));
}

void TestPatientSummary::familyOnlyWithAGermlineReferral()
{
    // Another case of the demo tumor, where the board refers the CHEK2 splice variant for germline testing.
    const test::CliRun made = cli(QStringList{u"case"_s,
                                              u"new"_s,
                                              QStringLiteral(ONCOBOARD_DEMO_VCF),
                                              u"--db"_s,
                                              m_cases,
                                              u"--kb"_s,
                                              m_kb,
                                              u"--tumor-type"_s,
                                              u"COAD"_s,
                                              u"--patient"_s,
                                              u"PAT-T002"_s}
                                  + m_as);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString caseId = QString::fromUtf8(made.out).trimmed();
    const test::CliRun show = cli({u"case"_s, u"show"_s, u"--db"_s, m_cases, u"--case"_s, caseId});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    // The demo's CHEK2 c.592+2T>C: the chromosome 22 variant with Tier II evidence.
    QString chek2;
    for (const QString& line : QString::fromUtf8(show.out).split(u'\n'))
        if (line.startsWith(u"22:"_s) && line.section(u'\t', 1, 1).startsWith(u"II-"_s))
            chek2 = line.section(u'\t', 0, 0);
    QVERIFY2(!chek2.isEmpty(), show.out.constData());
    const test::CliRun referred = cli(QStringList{u"case"_s,
                                                  u"review"_s,
                                                  u"--db"_s,
                                                  m_cases,
                                                  u"--case"_s,
                                                  caseId,
                                                  u"--alteration"_s,
                                                  chek2,
                                                  u"--decision"_s,
                                                  u"germline-referral"_s}
                                      + m_as);
    QVERIFY2(referred.exitCode == 0, referred.err.constData());
    const test::CliRun signedOff = cli({u"case"_s,
                                        u"state"_s,
                                        u"--db"_s,
                                        m_cases,
                                        u"--case"_s,
                                        caseId,
                                        u"preliminary"_s,
                                        u"--signer"_s,
                                        u"Dr. A"_s,
                                        u"--role"_s,
                                        u"molecular pathologist"_s,
                                        u"--kb"_s,
                                        m_kb});
    QVERIFY2(signedOff.exitCode == 0, signedOff.err.constData());
    const QString wording = m_dir.filePath(u"family.txt"_s);
    const test::CliRun written =
        cli({u"report"_s, u"--db"_s, m_cases, u"--case"_s, caseId, u"--kb"_s, m_kb, u"--patient-text-out"_s, wording});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QFile f(wording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(u"# What this could mean for your family"_s), qPrintable(text));
    QVERIFY2(text.contains(u"The change in the CHEK2 gene may be inherited."_s), qPrintable(text));
    QVERIFY(text.contains(u"genetic counselor. This is a specialist for inherited conditions."_s));
    QVERIFY2(fleschReadingEase(text) >= 60, qPrintable(QString::number(fleschReadingEase(text))));
}

void TestPatientSummary::editedWordingIsPrinted()
{
    const QString wording = m_dir.filePath(u"to-edit.txt"_s);
    const test::CliRun written =
        summary({u"--patient-text-out"_s, wording, u"--contact"_s, u"Dr. B, oncology clinic"_s});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QFile f(wording);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    text.replace(u"Please ask Dr. B, oncology clinic"_s, u"Please call Dr. B at the oncology clinic"_s);
    const QString edited = m_dir.filePath(u"edited.txt"_s);
    QFile out(edited);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    const QString pdf = m_dir.filePath(u"edited.pdf"_s);
    const test::CliRun made = summary({u"--patient-summary"_s, pdf, u"--patient-text"_s, edited});
    QVERIFY2(made.exitCode == 0, made.err.constData());
#ifdef PDFTOTEXT_EXECUTABLE
    const QString printed = pdfText(pdf).simplified();
    QVERIFY2(printed.contains(u"Please call Dr. B at the oncology clinic"_s), qPrintable(printed));
#endif
    // Wording without a summary to print is a usage error.
    QCOMPARE(summary({u"--patient-text"_s, edited}).exitCode, 2);
}

void TestPatientSummary::writtenInThePatientsLanguage()
{
    // The patient's summary and the case PDF in German, the JSON of the same call in English.
    const QString patient = m_dir.filePath(u"patient-de.pdf"_s);
    const QString casePdf = m_dir.filePath(u"case-de.pdf"_s);
    const QString json = m_dir.filePath(u"case-de.json"_s);
    const test::CliRun made = summary({u"--language"_s,
                                       u"de"_s,
                                       u"--patient-summary"_s,
                                       patient,
                                       u"--pdf"_s,
                                       casePdf,
                                       u"--json"_s,
                                       json,
                                       u"--contact"_s,
                                       u"Dr. B"_s});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const test::CliRun unknown = summary({u"--language"_s, u"xx"_s, u"--patient-summary"_s, patient});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("--language is one of en, de, es, fr"), unknown.err.constData());

    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray report = f.readAll();
    QVERIFY(report.contains("match; T")); // the tiers' explanations, in English
    QVERIFY(!report.contains("Zuordnung"));
#ifndef PDFTOTEXT_EXECUTABLE
    QSKIP("pdftotext (poppler-utils) is not installed; scripts/setup installs it");
#endif
    // The expected words from the German translation itself.
    Translator german;
    QVERIFY(german.loadLanguage(u"de"_s));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString title = QCoreApplication::translate("onco::PatientSummary", "Your tumor test results");
    const QString heading = QCoreApplication::translate("onco::PdfReport", "Molecular tumor board case summary");
    const QString match = QCoreApplication::translate("onco::MatchClass", "exact");
    QCoreApplication::removeTranslator(&german);
    QVERIFY(title != u"Your tumor test results"_s);
    const QString patientText = pdfText(patient).simplified();
    QVERIFY2(patientText.contains(title), qPrintable(patientText.left(300)));
    QVERIFY(!patientText.contains(u"Your tumor test results"_s));
    QVERIFY2(patientText.contains(u"Tumorkonferenz"_s), qPrintable(patientText.left(300)));
    const QString caseText = pdfText(casePdf).simplified();
    QVERIFY2(caseText.contains(heading), qPrintable(caseText.left(300)));
    QVERIFY2(caseText.contains(u"Zuordnung: "_s + match), "the tiers explained in German");
    QVERIFY(!caseText.contains(u"Treatment plan of the tumor board"_s));
}

QTEST_GUILESS_MAIN(TestPatientSummary)
#include "tst_PatientSummary.moc"
