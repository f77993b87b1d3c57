// The first run: the welcome page greets an account that never opened a case, opens the demo case
// in one click (and says what OncoBoard ships and where it keeps data), and does not come back once
// a case was opened; Help > Welcome Page shows it again. A case that failed to load does not count.

#include "MainWindow.h"
#include "TestConfig.h"
#include "kb/KnowledgeBase.h"
#include "models/VariantTableModel.h"
#include "widgets/WelcomePage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstRunOpensTheDemoInOneClick();
    void notShownOnceACaseWasOpened();
    void aFailedLoadDoesNotCount();
    void filesGivenAtStartReplaceThePage();

private:
    QString label(MainWindow& window, const char* name)
    {
        return window.welcomePage()->findChild<QLabel*>(QLatin1StringView(name))->text();
    }
    QTemporaryDir m_dir;
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QVERIFY(m_dir.isValid());
}

void TestWelcome::init()
{
    QSettings().clear(); // a new account
}

void TestWelcome::firstRunOpensTheDemoInOneClick()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.welcomePageShown());
    QVERIFY(window.welcomePage()->isVisible());
    QVERIFY(!window.variantTable()->isVisible());

    // What is shipped, under which licence, and where the data are kept.
    const QString kb = label(window, "welcomeKnowledgeBase");
    QVERIFY2(kb.contains(u"CIViC 2025-07-01"_s) && kb.contains(u"CC0 1.0"_s), qPrintable(kb));
    QVERIFY2(kb.contains(u"oncotree_2025_10_03"_s) && kb.contains(u"CC BY 4.0"_s), qPrintable(kb));
    const QString data = label(window, "welcomeData");
    QVERIFY2(data.contains(QFileInfo(KnowledgeBase::defaultPath()).absolutePath()), qPrintable(data));
    QVERIFY(data.contains(u"knowledgebase.sqlite"_s) && data.contains(u"cases.sqlite"_s));
    QVERIFY(data.contains(QSettings().fileName()));

    // The demo case of this build: variants and copy number of the colon tumor.
    const QStringList demo = WelcomePage::demoFiles();
    QCOMPARE(demo.size(), 2);
    QCOMPARE(QFileInfo(demo[0]).fileName(), QFileInfo(QStringLiteral(ONCOBOARD_DEMO_VCF)).fileName());
    auto* button = window.welcomePage()->findChild<QCommandLinkButton*>(u"welcomeDemo"_s);
    QVERIFY(button->isEnabled());
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    button->click();
    QVERIFY(!window.welcomePageShown()); // the progress shows over the table at once
    QVERIFY(loaded.wait(120000));
    QVERIFY(loaded.front().front().toBool());
    QCOMPARE(window.tumorType(), u"COAD"_s);
    QVERIFY(window.variantTable()->isVisible());
    // 3,317 variants and the copy-number alterations; BRAF V600E first, Tier I-A in colon cancer.
    QAbstractItemModel* rows = window.variantTable()->model();
    QVERIFY(rows->rowCount() > 3317);
    QCOMPARE(rows->index(0, VariantTableModel::Gene).data().toString(), u"BRAF"_s);
    QCOMPARE(rows->index(0, VariantTableModel::AmpTier).data().toString(), u"I-A"_s);
    QVERIFY(WelcomePage::caseWasOpened());
}

void TestWelcome::notShownOnceACaseWasOpened()
{
    WelcomePage::setCaseOpened();
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.welcomePageShown());
    // Help > Welcome Page shows it again, and hides it.
    auto* action = window.findChild<QAction*>(u"actionWelcome"_s);
    QVERIFY(action);
    action->trigger();
    QVERIFY(window.welcomePageShown());
    QVERIFY(action->isChecked());
    action->trigger();
    QVERIFY(!window.welcomePageShown());
    QVERIFY(window.variantTable()->isVisible());
}

void TestWelcome::aFailedLoadDoesNotCount()
{
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    window.show();
    QVERIFY(window.welcomePageShown());
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openFiles({m_dir.filePath(u"no-such-file.vcf"_s)});
    QVERIFY(loaded.wait(60000));
    QVERIFY(!loaded.front().front().toBool());
    QVERIFY(!WelcomePage::caseWasOpened());
    // The next start greets again.
    MainWindow next;
    QVERIFY(next.welcomePageShown());
}

void TestWelcome::filesGivenAtStartReplaceThePage()
{
    // As `oncoboard FILE...` starts: the window is made, then the files are opened.
    MainWindow window;
    window.setKnowledgeBasePath(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(window.welcomePageShown());
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.setTumorType(u"COAD"_s);
    window.openFiles({QStringLiteral(ONCOBOARD_DEMO_VCF)});
    QVERIFY(!window.welcomePageShown());
    QVERIFY(loaded.wait(120000));
    QVERIFY(loaded.front().front().toBool());
}

QTEST_MAIN(TestWelcome)
#include "tst_Welcome.moc"
