// The window's menus and the actions behind them: opening and saving cases, review decisions,
// sign-off and amendment, report export, recent files. The rest of MainWindow is in MainWindow.cpp.
#include "MainWindow.h"

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

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

constexpr int maxRecentFiles = 8;

} // namespace

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open..."), this, &MainWindow::openDialog);
    open->setObjectName(u"actionOpen"_s);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(u"document-open"_s));
    QAction* openFolder = file->addAction(tr("Open &Folder..."), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a case folder"));
        if (!folder.isEmpty())
            openFiles({folder});
    });
    openFolder->setObjectName(u"actionOpenFolder"_s);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addSeparator();
    QAction* openDb = file->addAction(tr("Open Case &Database..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a case database"), QString(), tr("Case databases (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            openCaseDatabase(path);
    });
    openDb->setObjectName(u"actionOpenCaseDatabase"_s);
    // The department's case store on PostgreSQL; the password comes from ~/.pgpass or PGPASSWORD.
    QAction* connectDb = file->addAction(tr("Connect to Case Database Ser&ver..."), this, [this] {
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
    connectDb->setObjectName(u"actionConnectCaseServer"_s);
    m_saveCaseAction = file->addAction(tr("&Save to Case Database..."), this, [this] {
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
    m_saveCaseAction->setObjectName(u"actionSaveCase"_s);
    m_saveCaseAction->setShortcut(QKeySequence::Save);
    // The patient's identifiers, kept sealed in the case database (docs/security.md).
    QAction* identity = file->addAction(tr("Pa&tient Identifiers..."), this, [this] {
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
    identity->setObjectName(u"actionPatientIdentity"_s);
    QAction* exportAction = file->addAction(tr("&Export Report..."), this, [this] {
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
    exportAction->setObjectName(u"actionExportReport"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Report &Settings..."), this, [this] { ReportSettingsDialog(this).exec(); });
    QAction* reference = file->addAction(tr("Reference &Genome..."), this, [this] { chooseReferenceGenome(); });
    reference->setObjectName(u"actionReferenceGenome"_s);
    file->addSeparator();
    QAction* importBundleAction = file->addAction(tr("&Import Case Bundle..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a case bundle"));
        if (!path.isEmpty())
            importBundle(path);
    });
    importBundleAction->setObjectName(u"actionImportBundle"_s);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    // Review: one key per decision, undoable.
    QMenu* review = menuBar()->addMenu(tr("&Review"));
    const struct
    {
        Decision decision;
        QString text;
        QKeySequence key;
        const char* name;
    } decisions[] = {
        {Decision::Include, tr("&Include in report"), QKeySequence(Qt::Key_I), "actionInclude"},
        {Decision::Exclude, tr("&Exclude"), QKeySequence(Qt::Key_E), "actionExclude"},
        {Decision::Vus, tr("&VUS"), QKeySequence(Qt::Key_V), "actionVus"},
        {Decision::Artefact, tr("&Artefact"), QKeySequence(Qt::Key_A), "actionArtefact"},
        {Decision::GermlineReferral, tr("&Germline referral"), QKeySequence(Qt::Key_G), "actionGermline"},
    };
    for (const auto& d : decisions) {
        QAction* a = review->addAction(d.text, this, [this, decision = d.decision] { reviewSelected(decision); });
        a->setShortcut(d.key);
        a->setObjectName(QString::fromLatin1(d.name));
        m_reviewActions << a;
        m_table->addAction(a);
    }
    QAction* comment = review->addAction(tr("Decision with &Comment..."), this, [this] {
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
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_reviewActions << comment;
    m_acceptEarlierAction = review->addAction(tr("Accept Earlier Decision"), this, [this] {
        if (refusedWhenLocked())
            return;
        if (auto r = m_review->acceptEarlierDecision(selectedAlteration()); !r)
            refuse(r.error().message);
    });
    m_acceptEarlierAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_reviewActions << m_acceptEarlierAction;
    review->addSeparator();
    // Undo and redo stay enabled: with nothing to undo, or on a locked case, they say so.
    const struct
    {
        QString text;
        QKeySequence::StandardKey key;
        const char* name;
        bool (QUndoGroup::*can)() const;
        void (QUndoGroup::*act)();
        void (QUndoGroup::*textChanged)(const QString&);
        QString nothing;
    } history[] = {
        {tr("&Undo"),
         QKeySequence::Undo,
         "actionUndo",
         &QUndoGroup::canUndo,
         &QUndoGroup::undo,
         &QUndoGroup::undoTextChanged,
         tr("Nothing to undo: no decision was made since the case was opened")},
        {tr("&Redo"),
         QKeySequence::Redo,
         "actionRedo",
         &QUndoGroup::canRedo,
         &QUndoGroup::redo,
         &QUndoGroup::redoTextChanged,
         tr("Nothing to redo")},
    };
    for (const auto& h : history) {
        auto* action = new QAction(h.text, this);
        action->setShortcut(h.key);
        action->setObjectName(QString::fromLatin1(h.name));
        connect(action, &QAction::triggered, this, [this, can = h.can, act = h.act, nothing = h.nothing] {
            if (!refusedWhenLocked())
                (m_undo->*can)() ? (m_undo->*act)() : refuse(nothing);
        });
        connect(m_undo, h.textChanged, action, [action, label = h.text](const QString& text) {
            action->setText(text.isEmpty() ? label : label + u' ' + text);
        });
        review->addAction(action);
    }
    review->addSeparator();
    // The plan's additions, also from the keyboard.
    QMenu* add = review->addMenu(tr("Add to &Plan"));
    const struct
    {
        PlanItemKind kind;
        QString text;
        QKeySequence key;
        const char* name;
    } additions[] = {
        {PlanItemKind::Therapy, tr("&Therapy..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), "actionPlanTherapy"},
        {PlanItemKind::Trial,
         tr("Clinical t&rial..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         "actionPlanTrial"},
        {PlanItemKind::Diagnostic,
         tr("Further &diagnostics..."),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         "actionPlanDiagnostic"},
    };
    for (const auto& a : additions) {
        QAction* action = add->addAction(a.text, this, [this, kind = a.kind] {
            if (m_review->currentCase() <= 0)
                refuse(tr("Save the case to the case database to build the board's plan"));
            else if (!refusedWhenLocked())
                m_plan->addItem(kind);
        });
        action->setShortcut(a.key);
        action->setObjectName(QString::fromLatin1(a.name));
    }
    review->addSeparator();
    m_preliminaryAction =
        review->addAction(tr("Mark &Preliminary..."), this, [this] { signOff(CaseState::Preliminary); });
    m_finalAction = review->addAction(tr("Sign &Final..."), this, [this] { signOff(CaseState::Final); });
    m_amendAction = review->addAction(tr("A&mend..."), this, [this] {
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
    m_amendAction->setObjectName(u"actionAmend"_s);
    m_verifyAction = review->addAction(tr("Verif&y Signatures..."), this, [this] {
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
    m_verifyAction->setObjectName(u"actionVerifySignatures"_s);
    QAction* igv = new QAction(tr("Open in &IGV"), this);
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

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find..."), m_filterBar, &VariantFilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    m_presentationAction =
        view->addAction(tr("&Presentation Mode"), this, [this](bool on) { setPresentationMode(on); });
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setObjectName(u"actionPresentation"_s);
    view->addAction(findChild<QDockWidget*>(u"casesDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget*>(u"pharmacogenomicsDock"_s)->toggleViewAction());
    QAction* meetings = findChild<QDockWidget*>(u"meetingsDock"_s)->toggleViewAction();
    meetings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(meetings);

    QMenu* kbMenu = menuBar()->addMenu(tr("&Knowledge base"));
    QAction* releases =
        kbMenu->addAction(tr("&Releases and local evidence..."), this, [this] { openKnowledgeBaseDialog()->open(); });
    releases->setObjectName(u"actionKnowledgeBase"_s);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About OncoBoard"), this, [this] {
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
    about->setObjectName(u"actionAbout"_s);

    QToolBar* bar = addToolBar(tr("Case"));
    bar->setObjectName(u"caseToolBar"_s);
    bar->setMovable(false);
    bar->addAction(open);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Tumor type: "), bar));
    bar->addWidget(m_tumorType);
    bar->addWidget(new QLabel(tr("  Genome: "), bar));
    bar->addWidget(m_genome);
    bar->addWidget(new QLabel(tr("  Panel size: "), bar));
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
