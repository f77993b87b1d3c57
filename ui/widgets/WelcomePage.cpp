#include "WelcomePage.h"

#include "ReviewController.h"
#include "Version.h"
#include "kb/KnowledgeBase.h"
#include "ontology/OncoTree.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

constexpr const char* caseOpenedKey = "welcome/caseOpened";

QLabel* paragraph(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    return label;
}

QString folderOf(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    // One readable column in the middle of the window.
    auto* centring = new QHBoxLayout(page);
    auto* column = new QWidget(page);
    column->setMaximumWidth(760);
    centring->addStretch(1);
    centring->addWidget(column, 4);
    centring->addStretch(1);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    layout->addStretch(1);

    auto* title = new QLabel(column);
    title->setObjectName(u"welcomeTitle"_s);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    QLabel* intro = paragraph(column, u"welcomeIntro"_s);
    layout->addWidget(intro);

    auto* demo = new QCommandLinkButton(column);
    demo->setObjectName(u"welcomeDemo"_s);
    auto* files = new QCommandLinkButton(column);
    files->setObjectName(u"welcomeOpenFiles"_s);
    auto* database = new QCommandLinkButton(column);
    database->setObjectName(u"welcomeOpenDatabase"_s);
    auto* server = new QCommandLinkButton(column);
    server->setObjectName(u"welcomeConnectServer"_s);
    for (QCommandLinkButton* b : {demo, files, database, server})
        layout->addWidget(b);
    const bool haveDemo = !demoFiles().isEmpty();
    demo->setEnabled(haveDemo);
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(files, &QCommandLinkButton::clicked, this, &WelcomePage::openFilesRequested);
    connect(database, &QCommandLinkButton::clicked, this, &WelcomePage::openDatabaseRequested);
    connect(server, &QCommandLinkButton::clicked, this, &WelcomePage::connectServerRequested);

    QLabel* knowledge = paragraph(column, u"welcomeKnowledgeBase"_s);
    QLabel* dataFolder = paragraph(column, u"welcomeData"_s);
    QLabel* note = paragraph(column, u"welcomeNote"_s);
    layout->addSpacing(8);
    layout->addWidget(knowledge);
    layout->addWidget(dataFolder);
    layout->addWidget(note);
    layout->addStretch(2);

    m_texts.bind([=] {
        title->setText(tr("Welcome to OncoBoard %1").arg(QString::fromLatin1(productVersion)));
        intro->setText(tr("OncoBoard prepares a patient's tumor sequencing results for the molecular tumor board: "
                          "every alteration is matched against the local knowledge base, tiered (AMP/ASCO/CAP, "
                          "ESCAT, OncoKB-style levels) and explained. Patient data stays on this computer."));
        demo->setText(tr("Open the demo case"));
        demo->setDescription(haveDemo ? tr("A colon adenocarcinoma from public TCGA data (TCGA-A6-2686): somatic "
                                           "variants and copy number, with BRAF V600E and an ERBB2 amplification.")
                                      : tr("The demo case is not installed with this copy of OncoBoard."));
        files->setText(tr("Open files..."));
        files->setDescription(tr("A case's variant files (VCF, BCF, MAF), copy number, fusions and clinical "
                                 "table; or drop them on this window."));
        database->setText(tr("Open a case database..."));
        database->setDescription(tr("The board's stored cases with their review, plan and sign-off (an SQLite "
                                    "file)."));
        server->setText(tr("Connect to a case database server..."));
        server->setDescription(tr("The department's case store on PostgreSQL."));
        const KbRelease civic = KnowledgeBase::bundledCivicRelease();
        knowledge->setText(
            tr("<b>Knowledge base</b>: %1 %2 (CC0 1.0, civicdb.org), with the tumor types of OncoTree (%3, CC BY "
               "4.0, Memorial Sloan Kettering Cancer Center) and the Human Disease Ontology (CC0 1.0). Newer "
               "CIViC releases, the site's licensed OncoKB files and local evidence are imported under "
               "Knowledge base > Releases and local evidence. Help > About OncoBoard lists every source and its "
               "licence.")
                .arg(civic.source, civic.release, OncoTree::bundled().version()));
        dataFolder->setText(tr("<b>Your data</b> is kept in %1: the knowledge base (%2) and the case database (%3). "
                               "Settings: %4. Nothing is sent over the network.")
                                .arg(folderOf(KnowledgeBase::defaultPath()).toHtmlEscaped(),
                                     QFileInfo(KnowledgeBase::defaultPath()).fileName(),
                                     QFileInfo(ReviewController::defaultDatabasePath()).fileName(),
                                     QDir::toNativeSeparators(QSettings().fileName()).toHtmlEscaped()));
        note->setText(tr("This page is shown until a case has been opened. Help > Welcome Page shows it again."));
    });
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

QStringList WelcomePage::demoFiles()
{
    QStringList folders = QStandardPaths::locateAll(
        QStandardPaths::GenericDataLocation, u"oncoboard/demo"_s, QStandardPaths::LocateDirectory);
    folders << QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/oncoboard/demo"_s);
#ifdef ONCOBOARD_SOURCE_DEMO_DIR
    folders << QStringLiteral(ONCOBOARD_SOURCE_DEMO_DIR);
#endif
    for (const QString& folder : std::as_const(folders)) {
        const QDir dir(folder);
        const QStringList files{dir.filePath(u"T001-COAD.grch37.vcf.gz"_s),
                                dir.filePath(u"T001-COAD.grch37.cna.tsv"_s)};
        if (QFileInfo::exists(files[0]) && QFileInfo::exists(files[1]))
            return {QFileInfo(files[0]).canonicalFilePath(), QFileInfo(files[1]).canonicalFilePath()};
    }
    return {};
}

QString WelcomePage::demoTumorType()
{
    return u"COAD"_s;
}

bool WelcomePage::caseWasOpened()
{
    return QSettings().value(QLatin1StringView(caseOpenedKey), false).toBool();
}

void WelcomePage::setCaseOpened()
{
    QSettings().setValue(QLatin1StringView(caseOpenedKey), true);
}

} // namespace onco
