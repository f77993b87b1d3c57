// The window's menus and the actions behind them: opening and saving cases, review decisions,
// sign-off and amendment, report export, recent files. The rest of MainWindow is in MainWindow.cpp.
#include "Language.h"
#include "MainWindow.h"
#include "Translation.h"

#include "AnnotationJob.h"
#include "IgvLink.h"
#include "ReviewController.h"
#include "Version.h"
#include "caseStore/CaseBundle.h"
#include "dialogs/InputIssuesDialog.h"
#include "dialogs/KnowledgeBaseDialog.h"
#include "dialogs/PatientIdentityDialog.h"
#include "dialogs/ReportSettingsDialog.h"
#include "dialogs/SampleRoleDialog.h"
#include "dialogs/SignOffDialog.h"
#include "effect/ReferenceGenome.h"
#include "kb/KnowledgeBase.h"
#include "kb/ReferenceImporter.h"
#include "models/VariantTableModel.h"
#include "ontology/OncoTree.h"
#include "plots/PlotsPanel.h"
#include "report/CaseSignOff.h"
#include "report/FhirReport.h"
#include "report/PdfReport.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"
#include "widgets/CaseBrowser.h"
#include "widgets/EvidencePanel.h"
#include "widgets/PlanPanel.h"
#include "widgets/PresentationView.h"
#include "widgets/VariantFilterBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

constexpr int maxRecentFiles = 8;

} // namespace

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(QString());
    m_texts.bind([file] { file->setTitle(tr("&File")); });
    QAction* open = file->addAction(QString(), this, &MainWindow::openDialog);
    m_texts.bind([open] { open->setText(tr("&Open...")); });
    open->setObjectName(u"actionOpen"_s);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(u"document-open"_s));
    QAction* openFolder = file->addAction(QString(), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a case folder"));
        if (!folder.isEmpty())
            openFiles({folder});
    });
    m_texts.bind([openFolder] { openFolder->setText(tr("Open &Folder...")); });
    openFolder->setObjectName(u"actionOpenFolder"_s);
    m_recentMenu = file->addMenu(QString());
    m_texts.bind([this] { m_recentMenu->setTitle(tr("Open &Recent")); });
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addSeparator();
    QAction* openDb = file->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a case database"), QString(), tr("Case databases (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            openCaseDatabase(path);
    });
    m_texts.bind([openDb] { openDb->setText(tr("Open Case &Database...")); });
    openDb->setObjectName(u"actionOpenCaseDatabase"_s);
    // The department's case store on PostgreSQL; the password comes from ~/.pgpass or PGPASSWORD.
    QAction* connectDb = file->addAction(QString(), this, [this] {
        bool ok = false;
        const QString address = QInputDialog::getText(
            this,
            tr("Connect to a case database server"),
            tr("PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE).\nThe password is taken from ~/.pgpass "
               "or PGPASSWORD, never typed here."),
            QLineEdit::Normal,
            QSettings().value(u"cases/server"_s).toString(),
            &ok);
        if (!ok || address.trimmed().isEmpty())
            return;
        if (openCaseDatabase(address.trimmed()))
            QSettings().setValue(u"cases/server"_s, address.trimmed());
    });
    m_texts.bind([connectDb] { connectDb->setText(tr("Connect to Case Database Ser&ver...")); });
    connectDb->setObjectName(u"actionConnectCaseServer"_s);
    m_saveCaseAction = file->addAction(QString(), this, [this] {
        bool ok = false;
        const QString patient = QInputDialog::getText(this,
                                                      tr("Save the case"),
                                                      tr("Patient pseudonym (leave empty for a new one):"),
                                                      QLineEdit::Normal,
                                                      {},
                                                      &ok);
        if (!ok)
            return;
        NewCaseInfo info;
        info.patient = patient.trimmed();
        saveCaseToDatabase(info);
    });
    m_texts.bind([this] { m_saveCaseAction->setText(tr("&Save to Case Database...")); });
    m_saveCaseAction->setObjectName(u"actionSaveCase"_s);
    m_saveCaseAction->setShortcut(QKeySequence::Save);
    // The patient's identifiers, kept sealed in the case database (docs/security.md).
    QAction* identity = file->addAction(QString(), this, [this] {
        const qint64 caseId = m_review->currentCase();
        if (!m_review->store() || caseId <= 0) {
            refuse(tr("Save the case to the case database to give its patient's identifiers"));
            return;
        }
        auto summary = m_review->store()->summary(caseId);
        if (!summary) {
            showMessage(summary.error().toString());
            return;
        }
        PatientIdentityDialog dialog(*m_review->store(), caseId, summary->patient, Actor::current(), this);
        if (dialog.exec() == QDialog::Accepted)
            showMessage(tr("Identifiers of %1 stored, sealed").arg(summary->patient));
    });
    m_texts.bind([identity] { identity->setText(tr("Pa&tient Identifiers...")); });
    identity->setObjectName(u"actionPatientIdentity"_s);
    QAction* exportAction = file->addAction(QString(), this, [this] {
        if (!result()) {
            refuse(tr("Nothing to export: open a case first (File > Open, or a case on the left)"));
            return;
        }
        if (m_exporting) {
            refuse(tr("An export is running: wait for it to finish"));
            return;
        }
        QString filter;
        const QString pdf = tr("PDF case summary (*.pdf)");
        const QString json = tr("Report JSON (*.json)");
        const QString fhir = tr("FHIR Genomics Reporting bundle (*.fhir.json)");
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the case report"), QString(), QStringList{pdf, json, fhir}.join(u";;"_s), &filter);
        if (path.isEmpty())
            return;
        const ReportFormat format =
            filter == fhir || path.endsWith(u".fhir.json"_s, Qt::CaseInsensitive) ? ReportFormat::Fhir
            : filter == json || path.endsWith(u".json"_s, Qt::CaseInsensitive)    ? ReportFormat::Json
                                                                                  : ReportFormat::Pdf;
        exportReport(path, format);
    });
    m_texts.bind([exportAction] { exportAction->setText(tr("&Export Report...")); });
    exportAction->setObjectName(u"actionExportReport"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* reportSettings = file->addAction(QString(), this, [this] { ReportSettingsDialog(this).exec(); });
    m_texts.bind([reportSettings] { reportSettings->setText(tr("Report &Settings...")); });
    QAction* reference = file->addAction(QString(), this, [this] { chooseReferenceGenome(); });
    m_texts.bind([reference] { reference->setText(tr("Reference &Genome...")); });
    reference->setObjectName(u"actionReferenceGenome"_s);
    file->addSeparator();
    QAction* importBundleAction = file->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a case bundle"), QString(), tr("Case bundles (*.oncoboard-case);;All files (*)"));
        if (!path.isEmpty())
            importBundle(path);
    });
    m_texts.bind([importBundleAction] { importBundleAction->setText(tr("&Import Case Bundle...")); });
    importBundleAction->setObjectName(u"actionImportBundle"_s);
    file->addSeparator();
    QAction* quit = file->addAction(QString(), this, &QWidget::close);
    m_texts.bind([quit] { quit->setText(tr("&Quit")); });
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    // Review: one key per decision, undoable.
    QMenu* review = menuBar()->addMenu(QString());
    m_texts.bind([review] { review->setTitle(tr("&Review")); });
    const struct
    {
        Decision decision;
        const char* text;
        QKeySequence key;
        const char* name;
    } decisions[] = {
        {Decision::Include, QT_TR_NOOP("&Include in report"), QKeySequence(Qt::Key_I), "actionInclude"},
        {Decision::Exclude, QT_TR_NOOP("&Exclude"), QKeySequence(Qt::Key_E), "actionExclude"},
        {Decision::Vus, QT_TR_NOOP("&VUS"), QKeySequence(Qt::Key_V), "actionVus"},
        {Decision::Artefact, QT_TR_NOOP("&Artefact"), QKeySequence(Qt::Key_A), "actionArtefact"},
        {Decision::GermlineReferral, QT_TR_NOOP("&Germline referral"), QKeySequence(Qt::Key_G), "actionGermline"},
    };
    for (const auto& d : decisions) {
        QAction* a = review->addAction(QString(), this, [this, decision = d.decision] { reviewSelected(decision); });
        m_texts.bind([a, text = d.text] { a->setText(tr(text)); });
        a->setShortcut(d.key);
        a->setObjectName(QString::fromLatin1(d.name));
        m_reviewActions << a;
        m_table->addAction(a);
    }
    QAction* comment = review->addAction(QString(), this, [this] {
        bool ok = false;
        const QString decision =
            QInputDialog::getItem(this,
                                  tr("Decision"),
                                  tr("Decision:"),
                                  {u"include"_s, u"exclude"_s, u"vus"_s, u"artefact"_s, u"germline-referral"_s},
                                  0,
                                  false,
                                  &ok);
        if (!ok)
            return;
        const QString text = QInputDialog::getMultiLineText(this, tr("Comment"), tr("Comment:"), {}, &ok);
        if (ok)
            reviewSelected(*parseDecision(decision), text);
    });
    m_texts.bind([comment] { comment->setText(tr("Decision with &Comment...")); });
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_reviewActions << comment;
    m_acceptEarlierAction = review->addAction(QString(), this, [this] {
        if (refusedWhenLocked())
            return;
        if (auto r = m_review->acceptEarlierDecision(selectedAlteration()); !r)
            refuse(r.error().message);
    });
    m_texts.bind([this] { m_acceptEarlierAction->setText(tr("Accept Earlier Decision")); });
    m_acceptEarlierAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_reviewActions << m_acceptEarlierAction;
    review->addSeparator();
    // Undo and redo stay enabled: with nothing to undo, or on a locked case, they say so.
    const struct
    {
        const char* text;
        QKeySequence::StandardKey key;
        const char* name;
        bool (QUndoGroup::*can)() const;
        void (QUndoGroup::*act)();
        QString (QUndoGroup::*what)() const;
        void (QUndoGroup::*textChanged)(const QString&);
        const char* nothing;
    } history[] = {
        {QT_TR_NOOP("&Undo"),
         QKeySequence::Undo,
         "actionUndo",
         &QUndoGroup::canUndo,
         &QUndoGroup::undo,
         &QUndoGroup::undoText,
         &QUndoGroup::undoTextChanged,
         QT_TR_NOOP("Nothing to undo: no decision was made since the case was opened")},
        {QT_TR_NOOP("&Redo"),
         QKeySequence::Redo,
         "actionRedo",
         &QUndoGroup::canRedo,
         &QUndoGroup::redo,
         &QUndoGroup::redoText,
         &QUndoGroup::redoTextChanged,
         QT_TR_NOOP("Nothing to redo")},
    };
    for (const auto& h : history) {
        auto* action = new QAction(this);
        action->setShortcut(h.key);
        action->setObjectName(QString::fromLatin1(h.name));
        connect(action, &QAction::triggered, this, [this, can = h.can, act = h.act, nothing = h.nothing] {
            if (!refusedWhenLocked())
                (m_undo->*can)() ? (m_undo->*act)() : refuse(tr(nothing));
        });
        const auto label = [action, group = m_undo, what = h.what, text = h.text] {
            const QString command = (group->*what)();
            action->setText(command.isEmpty() ? tr(text) : tr(text) + u' ' + command);
        };
        m_texts.bind(label);
        connect(m_undo, h.textChanged, action, label);
        review->addAction(action);
    }
    review->addSeparator();
    // The plan's additions, also from the keyboard.
    QMenu* add = review->addMenu(QString());
    m_texts.bind([add] { add->setTitle(tr("Add to &Plan")); });
    const struct
    {
        PlanItemKind kind;
        const char* text;
        QKeySequence key;
        const char* name;
    } additions[] = {
        {PlanItemKind::Therapy,
         QT_TR_NOOP("&Therapy..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         "actionPlanTherapy"},
        {PlanItemKind::Trial,
         QT_TR_NOOP("Clinical t&rial..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         "actionPlanTrial"},
        {PlanItemKind::Diagnostic,
         QT_TR_NOOP("Further &diagnostics..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         "actionPlanDiagnostic"},
    };
    for (const auto& a : additions) {
        QAction* action = add->addAction(QString(), this, [this, kind = a.kind] {
            if (m_review->currentCase() <= 0)
                refuse(tr("Save the case to the case database to build the board's plan"));
            else if (!refusedWhenLocked())
                m_plan->addItem(kind);
        });
        m_texts.bind([action, text = a.text] { action->setText(tr(text)); });
        action->setShortcut(a.key);
        action->setObjectName(QString::fromLatin1(a.name));
    }
    review->addSeparator();
    m_preliminaryAction = review->addAction(QString(), this, [this] { signOff(CaseState::Preliminary); });
    m_texts.bind([this] { m_preliminaryAction->setText(tr("Mark &Preliminary...")); });
    m_finalAction = review->addAction(QString(), this, [this] { signOff(CaseState::Final); });
    m_texts.bind([this] { m_finalAction->setText(tr("Sign &Final...")); });
    m_amendAction = review->addAction(QString(), this, [this] {
        // An amendment needs its reason: OK stays disabled until one is typed, and the dialog stays open.
        auto* ask = new QInputDialog(this);
        ask->setObjectName(u"amendDialog"_s);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Amend the case"));
        ask->setLabelText(tr("The signed version stays as it is; a new draft version with its decisions and plan "
                             "is made.\nReason for the amendment (required):"));
        connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
            amendCase(reason.trimmed());
        });
        ask->open();
        if (auto* buttons = ask->findChild<QDialogButtonBox*>()) {
            QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
            ok->setEnabled(false);
            connect(ask, &QInputDialog::textValueChanged, ok, [ok](const QString& text) {
                ok->setEnabled(!text.trimmed().isEmpty());
            });
        }
    });
    m_texts.bind([this] { m_amendAction->setText(tr("A&mend...")); });
    m_amendAction->setObjectName(u"actionAmend"_s);
    m_verifyAction = review->addAction(QString(), this, [this] {
        const auto v = verifySignatures();
        if (!v)
            return;
        QMessageBox box(
            v->ok() ? QMessageBox::Information : QMessageBox::Warning,
            tr("Signatures"),
            v->ok() ? tr("Every signature of %1 verifies: the case and its report are what was signed.").arg(v->subject)
                    : tr("The signatures of %1 do not verify.").arg(v->subject),
            QMessageBox::Ok,
            this);
        box.setDetailedText(v->toText());
        box.exec();
    });
    m_texts.bind([this] { m_verifyAction->setText(tr("Verif&y Signatures...")); });
    m_verifyAction->setObjectName(u"actionVerifySignatures"_s);
    QAction* igv = new QAction(this);
    m_texts.bind([igv] { igv->setText(tr("Open in &IGV")); });
    igv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(igv, &QAction::triggered, this, [this] {
        const qint32 i = selectedAlteration();
        if (i < 0 || !result())
            return;
        const Alteration& a = result()->caseData.alterations[size_t(i)];
        if (a.pos <= 0) {
            showMessage(tr("This alteration has no genomic position"));
            return;
        }
        m_igv->gotoLocus(u"%1:%2"_s.arg(a.chrom).arg(a.pos));
    });
    review->addSeparator();
    review->addAction(igv);
    m_table->addAction(igv);

    QMenu* view = menuBar()->addMenu(QString());
    m_texts.bind([view] { view->setTitle(tr("&View")); });
    QAction* find = view->addAction(QString(), m_filterBar, &VariantFilterBar::focusSearch);
    m_texts.bind([find] { find->setText(tr("&Find...")); });
    find->setShortcut(QKeySequence::Find);
    m_presentationAction = view->addAction(QString(), this, [this](bool on) { setPresentationMode(on); });
    m_texts.bind([this] { m_presentationAction->setText(tr("&Presentation Mode")); });
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setObjectName(u"actionPresentation"_s);
    view->addAction(findChild<QDockWidget*>(u"casesDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget*>(u"pharmacogenomicsDock"_s)->toggleViewAction());
    QAction* meetings = findChild<QDockWidget*>(u"meetingsDock"_s)->toggleViewAction();
    meetings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(meetings);

    QMenu* kbMenu = menuBar()->addMenu(QString());
    m_texts.bind([kbMenu] { kbMenu->setTitle(tr("&Knowledge base")); });
    QAction* releases = kbMenu->addAction(QString(), this, [this] { openKnowledgeBaseDialog()->open(); });
    m_texts.bind([releases] { releases->setText(tr("&Releases and local evidence...")); });
    releases->setObjectName(u"actionKnowledgeBase"_s);

    // Settings: the language of the window and its reports, applied at once.
    QMenu* settings = menuBar()->addMenu(QString());
    settings->setObjectName(u"settingsMenu"_s);
    m_texts.bind([settings] { settings->setTitle(tr("&Settings")); });
    QMenu* language = settings->addMenu(QString());
    language->setObjectName(u"languageMenu"_s);
    m_texts.bind([language] { language->setTitle(tr("&Language")); });
    auto* languages = new QActionGroup(this);
    QAction* system = language->addAction(QString());
    system->setObjectName(u"actionLanguageSystem"_s);
    system->setData(QString());
    m_texts.bind([system] { system->setText(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName())); });
    language->addSeparator();
    QList<QAction*> choices{system};
    for (const InterfaceLanguage& l : interfaceLanguages()) {
        QAction* choice = language->addAction(l.name);
        choice->setObjectName(u"actionLanguage_"_s + l.code);
        choice->setData(l.code);
        choices << choice;
    }
    for (QAction* choice : choices) {
        choice->setCheckable(true);
        choice->setChecked(choice->data().toString() == languageSetting());
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [code = choice->data().toString()] { setLanguageSetting(code); });
    }
    settings->addSeparator();
    settings->addAction(reportSettings);
    settings->addAction(reference);

    QMenu* help = menuBar()->addMenu(QString());
    m_texts.bind([help] { help->setTitle(tr("&Help")); });
    m_welcomeAction = help->addAction(QString(), this, &MainWindow::showWelcomePage);
    m_welcomeAction->setCheckable(true);
    m_texts.bind([this] { m_welcomeAction->setText(tr("&Welcome Page")); });
    m_welcomeAction->setObjectName(u"actionWelcome"_s);
    help->addSeparator();
    QAction* about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this,
                           tr("About OncoBoard"),
                           tr("<h3>OncoBoard %1</h3><p>An offline desktop tool for molecular tumor boards.</p>"
                              "<p>Licensed under the Apache License 2.0.</p>"
                              "<p><b>Data shipped with OncoBoard</b><br>"
                              "CIViC %2 - Clinical Interpretation of Variants in Cancer (civicdb.org), CC0 1.0; "
                              "Griffith M et al., Nat Genet 2017;49:170-174.<br>"
                              "OncoTree %3, Memorial Sloan Kettering Cancer Center, CC BY 4.0.<br>"
                              "Human Disease Ontology, CC0 1.0. CancerMine gene roles, CC0 1.0. pharmOncoX drug "
                              "synonyms (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0). Protein lengths from maftools, "
                              "MIT. Transcript models: MANE v1.0 with UCSC refGene exon structures (public data). "
                              "Protein sequences from Ensembl, compiled by the protean project, CC BY 4.0.</p>")
                               .arg(QString::fromLatin1(productVersion),
                                    KnowledgeBase::bundledCivicRelease().release,
                                    OncoTree::bundled().version()));
    });
    m_texts.bind([about] { about->setText(tr("&About OncoBoard")); });
    about->setObjectName(u"actionAbout"_s);

    QToolBar* bar = addToolBar(QString());
    m_texts.bind([bar] { bar->setWindowTitle(tr("Case")); });
    bar->setObjectName(u"caseToolBar"_s);
    bar->setMovable(false);
    bar->addAction(open);
    bar->addSeparator();
    auto* tumorTypeLabel = new QLabel(bar);
    auto* genomeLabel = new QLabel(bar);
    auto* panelSizeLabel = new QLabel(bar);
    m_texts.bind([=] {
        tumorTypeLabel->setText(tr("Tumor type: "));
        genomeLabel->setText(tr("  Genome: "));
        panelSizeLabel->setText(tr("  Panel size: "));
    });
    bar->addWidget(tumorTypeLabel);
    bar->addWidget(m_tumorType);
    bar->addWidget(genomeLabel);
    bar->addWidget(m_genome);
    bar->addWidget(panelSizeLabel);
    bar->addWidget(m_panelSize);
    bar->addSeparator();
    bar->addAction(m_presentationAction);
}

bool MainWindow::exportReport(const QString& path, ReportFormat format)
{
    if (!result() || m_exporting) {
        showMessage(m_exporting ? tr("An export is running") : tr("Open a case first"));
        return false;
    }
    // Gathered here (the case database belongs to this thread); written on a worker thread.
    auto report = std::make_shared<ReportCase>();
    if (CaseStore* store = m_review->store(); store && m_review->currentCase() > 0) {
        // A stored case is reported as the command line reports it and as its signers signed it:
        // its stored alterations annotated again with the releases recorded with it.
        auto kb = KnowledgeBase::open(m_kbPath.isEmpty() ? KnowledgeBase::defaultPath() : m_kbPath);
        if (!kb) {
            showMessage(kb.error().message);
            return false;
        }
        // JSON and FHIR are read by other systems: their explanations stay English.
        std::optional<SourceLanguageScope> english;
        if (format != ReportFormat::Pdf)
            english.emplace();
        auto stored =
            ReportCase::fromStore(*store, m_review->currentCase(), **kb, ReportSettingsDialog::includeIdentifiers());
        if (!stored) {
            showMessage(stored.error().message);
            return false;
        }
        *report = std::move(*stored);
    } else {
        *report = ReportCase::fromAnnotation(*result());
    }
    PdfReportOptions options = ReportSettingsDialog::pdfOptions();
    options.generatedAt = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    m_exporting = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Exporting"));
    m_progress->setVisible(true);
    showMessage(tr("Writing %1...").arg(QFileInfo(path).fileName()));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        m_progress->setVisible(false);
        m_progress->setRange(0, 1000);
        showMessage(error.isEmpty() ? tr("Wrote %1").arg(QDir::toNativeSeparators(path))
                                    : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        emit reportExported(path, error);
    });
    watcher->setFuture(QtConcurrent::run([report, options, path, format]() -> QString {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return out.errorString();
        if (format == ReportFormat::Pdf) {
            if (auto r = PdfReport::write(*report, options, &out); !r)
                return r.error().message;
        } else if (out.write(format == ReportFormat::Json ? ReportJson::write(*report, options.generatedAt)
                                                          : FhirReport::write(*report))
                   < 0) {
            return out.errorString();
        }
        return out.commit() ? QString() : out.errorString();
    }));
    return true;
}

qint64 MainWindow::amendCase(const QString& reason)
{
    CaseStore* store = m_review->store();
    const qint64 current = m_review->currentCase();
    if (!store || current <= 0)
        return 0;
    auto amended = store->amend(current, reason, Actor::current());
    if (!amended) {
        showMessage(amended.error().message);
        return 0;
    }
    refreshCaseLists(store);
    openStoredCase(*amended);
    if (auto s = store->summary(*amended))
        showMessage(tr("Case %1, version %2 opened as a draft: it amends version %3")
                        .arg(s->caseNumber)
                        .arg(s->version)
                        .arg(s->version - 1));
    return *amended;
}

std::optional<Verification> MainWindow::verifySignatures()
{
    CaseStore* store = m_review->store();
    if (!store || m_review->currentCase() <= 0) {
        showMessage(tr("Open a stored case first"));
        return std::nullopt;
    }
    auto kb = KnowledgeBase::open(m_kbPath.isEmpty() ? KnowledgeBase::defaultPath() : m_kbPath);
    if (!kb) {
        showMessage(kb.error().message);
        return std::nullopt;
    }
    auto v = CaseSignOff::verify(*store, m_review->currentCase(), **kb);
    if (!v) {
        showMessage(v.error().message);
        return std::nullopt;
    }
    showMessage(v->ok() ? tr("%1: every signature verifies").arg(v->subject)
                        : tr("%1: the signatures do not verify").arg(v->subject));
    return *v;
}

void MainWindow::signOff(CaseState target)
{
    const auto summary = m_review->currentSummary();
    if (!summary)
        return;
    SignOffDialog dialog(*summary, target, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog keeps the signer in the identity settings, which the case store signs with, and
    // opened the signer's key; the signature covers the report made with the case's releases.
    const std::optional<SigningKey> key = dialog.takeKey();
    auto kb = KnowledgeBase::open(m_kbPath.isEmpty() ? KnowledgeBase::defaultPath() : m_kbPath);
    if (!kb) {
        showMessage(kb.error().message);
        return;
    }
    if (auto r = m_review->setState(target, **kb, key ? &*key : nullptr); !r)
        showMessage(r.error().message);
    else
        showMessage(target == CaseState::Final
                        ? tr("Case %1, version %2 signed final").arg(summary->caseNumber).arg(summary->version)
                        : tr("Case %1, version %2 marked preliminary").arg(summary->caseNumber).arg(summary->version));
    refreshCaseLists(m_review->store());
}

void MainWindow::updatePlan()
{
    const QString kbPath = m_kbPath.isEmpty() ? KnowledgeBase::defaultPath() : m_kbPath;
    // ChEMBL ids of therapies, looked up when a recommendation is made.
    auto chemblOf = [kbPath](const QString& therapy) -> QString {
        auto kb = KnowledgeBase::open(kbPath);
        if (!kb)
            return {};
        auto vocabulary = TherapyVocabulary::open((*kb)->database());
        if (!vocabulary)
            return {};
        auto id = vocabulary->chemblId(therapy);
        return id ? *id : QString();
    };
    m_plan->setCase(m_review->store(), m_review->currentCase(), result(), m_review->isFinal(), chemblOf);
}

void MainWindow::addRecentFiles(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(u"recent/files"_s).toStringList();
    const QString entry = paths.join(u'\n');
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(u"recent/files"_s, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recent/files"_s).toStringList();
    for (const QString& entry : recent) {
        const QStringList paths = entry.split(u'\n');
        QStringList names;
        for (const QString& p : paths)
            names << QFileInfo(p).fileName();
        QAction* a = m_recentMenu->addAction(names.join(u", "_s), this, [this, paths] { openFiles(paths); });
        a->setToolTip(paths.join(u'\n'));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace onco

namespace onco {

void MainWindow::chooseReferenceGenome()
{
    // The lab's reference genome: variants without functional annotation are translated with it and
    // every REF is checked against it. Kept in the settings; applies to the files opened next.
    QSettings settings;
    const QString current = settings.value(u"effects/referenceGenome"_s).toString();
    QMessageBox box(this);
    box.setWindowTitle(tr("Reference genome"));
    box.setIcon(QMessageBox::Question);
    box.setText(current.isEmpty() ? tr("No reference genome is set: variants without functional annotation are "
                                       "predicted from the transcript models alone (a protein change only where the "
                                       "data determine it).")
                                  : tr("Reference genome: %1").arg(QDir::toNativeSeparators(current)));
    box.setInformativeText(
        tr("Choose the FASTA file the variants were called on, indexed with samtools faidx (.fai)."));
    QPushButton* choose = box.addButton(tr("Choose FASTA..."), QMessageBox::AcceptRole);
    QPushButton* clear = current.isEmpty() ? nullptr : box.addButton(tr("Use None"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (clear && box.clickedButton() == clear) {
        settings.remove(u"effects/referenceGenome"_s);
        showMessage(tr("No reference genome: applies to the files opened next"));
        return;
    }
    if (box.clickedButton() != choose)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     tr("Reference genome (indexed FASTA)"),
                                     current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                     tr("FASTA (*.fa *.fasta *.fna *.fa.gz *.fasta.gz *.fna.gz);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto genome = ReferenceGenome::open(path);
    if (!genome) {
        QMessageBox::warning(this, tr("Reference genome"), genome.error().toString());
        return;
    }
    settings.setValue(u"effects/referenceGenome"_s, (*genome)->path());
    showMessage(
        tr("Reference genome %1 (%n sequence(s)): applies to the files opened next", nullptr, (*genome)->contigCount())
            .arg(QFileInfo(path).fileName()));
}

void MainWindow::importBundle(const QString& path)
{
    if (!m_review->store()) {
        showMessage(tr("Open a case database first (File > Open Case Database)"));
        return;
    }
    const auto import = [this, path](const QString& pseudonymHere) {
        // A signed case must be, once imported, what its newest signature signed.
        auto kb = KnowledgeBase::open(m_kbPath.isEmpty() ? KnowledgeBase::defaultPath() : m_kbPath);
        if (!kb) {
            showMessage(kb.error().message);
            return;
        }
        auto imported = CaseBundle::importCase(
            *m_review->store(), path, Actor::current(), pseudonymHere, CaseSignOff::bundleCheck(**kb));
        showMessage(imported
                        ? (imported->alreadyPresent ? tr("Case %1 is already in the database").arg(imported->caseId)
                                                    : tr("Imported case %1").arg(imported->caseId))
                        : imported.error().toString());
        refreshCaseLists(m_review->store());
    };
    auto taken = CaseBundle::pseudonymTakenHere(*m_review->store(), path);
    if (!taken) {
        showMessage(taken.error().toString());
        return;
    }
    if (taken->isEmpty()) {
        import(QString());
        return;
    }
    // Another person here has the bundle's pseudonym: never merged; the user names the patient.
    auto* ask = new QInputDialog(this);
    ask->setObjectName(u"bundlePseudonymDialog"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Patient pseudonym taken"));
    ask->setLabelText(tr("The bundle's patient %1 is another person in this case database: a local patient "
                         "already has that pseudonym.\nThe two are never merged. Import the bundle's patient under "
                         "this pseudonym:")
                          .arg(*taken));
    ask->setTextValue(QString());
    connect(ask, &QInputDialog::textValueSelected, this, [this, import, taken = *taken](const QString& text) {
        if (text.trimmed().isEmpty() || text.trimmed() == taken) {
            showMessage(tr("Not imported: the bundle's patient needs a pseudonym of its own here"));
            return;
        }
        import(text.trimmed());
    });
    connect(ask, &QDialog::rejected, this, [this] { showMessage(tr("Not imported")); });
    ask->open();
}

} // namespace onco
