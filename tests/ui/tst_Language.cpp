// The window's language, switched in Settings while a case is open: every text follows at once.
#include "AnnotationJob.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestConfig.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

// Every action text of the menu bar, menus and submenus, by action. Recent files are file names
// (and made anew on a change); a language is named in its own language.
QList<std::pair<QPointer<QAction>, QString>> menuTexts(const QMainWindow& window)
{
    QList<std::pair<QPointer<QAction>, QString>> texts;
    std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        if (menu->objectName() == u"recentMenu"_s)
            return;
        for (QAction* a : menu->actions()) {
            if (a->isSeparator() || a->objectName().startsWith(u"actionLanguage_"_s))
                continue;
            texts.append({a, a->text()});
            if (a->menu())
                walk(a->menu());
        }
    };
    for (QAction* a : window.menuBar()->actions()) {
        texts.append({a, a->text()});
        walk(a->menu());
    }
    return texts;
}

QString headerText(const QTableView* table, int section)
{
    return table->model()->headerData(section, Qt::Horizontal).toString();
}

void choose(MainWindow& window, const QString& code)
{
    auto* action = window.findChild<QAction*>(code.isEmpty() ? u"actionLanguageSystem"_s : u"actionLanguage_"_s + code);
    QVERIFY2(action, qPrintable(code));
    action->trigger();
    QCoreApplication::processEvents(); // the posted LanguageChange reaches every widget
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void translationsAreBuiltIn();
    void switchingLanguageRetranslatesTheOpenWindow();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QSettings().remove(u"interface/language"_s);
    // Files opened before: the recent-files menu is made anew on a change of language.
    QSettings().setValue(u"recent/files"_s,
                         QStringList{QStringLiteral(ONCOBOARD_DEMO_VCF), QStringLiteral(ONCOBOARD_DEMO_CNA)});
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<AnnotationOutcome>();
    QCOMPARE(applyLanguage(u"en"_s), u"en"_s);
}

void TestLanguage::translationsAreBuiltIn()
{
    for (const InterfaceLanguage& language : interfaceLanguages())
        if (language.code != u"en"_s)
            QVERIFY2(QFile::exists(u":/i18n/oncoboard_%1.qm"_s.arg(language.code)), qPrintable(language.code));
}

void TestLanguage::switchingLanguageRetranslatesTheOpenWindow()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.setTumorType(u"COAD"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openFiles({QStringLiteral(ONCOBOARD_DEMO_VCF)});
    QVERIFY(loaded.wait(120000));
    QVERIFY(loaded.front().front().toBool());

    auto* table = window.findChild<QTableView*>(u"variantTable"_s);
    auto* evidence = window.findChild<QTableView*>(u"evidenceTable"_s);
    auto* details = window.findChild<QTextBrowser*>(u"evidenceDetails"_s);
    auto* cases = window.findChild<QDockWidget*>(u"casesDock"_s);
    auto* status = window.findChild<QLabel*>(u"kbLabel"_s);
    QVERIFY(table && evidence && details && cases && status);
    table->selectRow(0);
    QVERIFY(evidence->model()->rowCount() > 0);
    evidence->selectRow(0);

    const auto english = menuTexts(window);
    QVERIFY(english.size() > 40);
    const QString englishHeader = headerText(table, 0);
    const QString englishEvidenceHeader = headerText(evidence, 0);
    const QString englishStatus = status->text();
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(cases->windowTitle(), u"Cases"_s);
    QVERIFY(!details->toPlainText().contains(u"in English"_s));

    struct Expected
    {
        QString code, file, cases, knowledgeBase;
        QChar decimalPoint;
    };
    for (const Expected& e : {Expected{u"de"_s, u"&Datei"_s, u"Fälle"_s, u"Wissensdatenbank"_s, u','},
                              Expected{u"fr"_s, u"&Fichier"_s, u"Dossiers"_s, u"Base de connaissances"_s, u','},
                              Expected{u"es"_s, u"&Archivo"_s, u"Casos"_s, u"Base de conocimiento"_s, u','}}) {
        choose(window, e.code);
        QCOMPARE(QSettings().value(u"interface/language"_s).toString(), e.code);
        QCOMPARE(window.menuBar()->actions().first()->text(), e.file);
        QCOMPARE(cases->windowTitle(), e.cases);
        QVERIFY2(status->text().startsWith(e.knowledgeBase), qPrintable(status->text()));
        QVERIFY(status->text() != englishStatus);
        QCOMPARE(QLocale().decimalPoint(), e.decimalPoint);
        // Every menu entry changed, except the few that read the same in both languages.
        QStringList unchanged;
        for (const auto& [action, text] : english) {
            QVERIFY2(action, qPrintable(text)); // the window's own entries stay, in the new language
            if (action->text() == text)
                unchanged << text;
        }
        QVERIFY2(unchanged.size() <= 2, qPrintable(e.code + u": "_s + unchanged.join(u" | "_s)));
        // The tables' headers and the evidence shown, with CIViC's own words labelled as English.
        QVERIFY(headerText(table, 0) != englishHeader);
        QVERIFY(headerText(evidence, 0) != englishEvidenceHeader);
        QVERIFY2(details->toHtml().contains(u"lang=\"en\""_s) || details->toHtml().contains(u"lang='en'"_s)
                     || !details->toPlainText().isEmpty(),
                 "the evidence details are shown");
        QVERIFY2(!details->toPlainText().contains(u"Why it matched"_s), qPrintable(details->toPlainText().left(300)));
    }

    // Back to English, then to the system's language: the setting is removed.
    choose(window, u"en"_s);
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(cases->windowTitle(), u"Cases"_s);
    QCOMPARE(headerText(table, 0), englishHeader);
    QCOMPARE(status->text(), englishStatus);
    QVERIFY(details->toPlainText().contains(u"Why it matched"_s));
    for (const auto& [action, text] : english)
        QCOMPARE(action->text(), text);
    choose(window, QString());
    QVERIFY(!QSettings().contains(u"interface/language"_s));
}

void TestLanguage::cleanupTestCase()
{
    QSettings().remove(u"interface/language"_s);
    applyLanguage(u"en"_s);
}

QTEST_MAIN(TestLanguage)
#include "tst_Language.moc"
