#include "MainWindow.h"

#include "effect/EffectPredictor.h"

#include "AnnotationJob.h"
#include "IgvLink.h"
#include "ReviewController.h"
#include "Version.h"
#include "caseStore/CaseBundle.h"
#include "caseStore/CaseConnection.h"
#include "dialogs/InputIssuesDialog.h"
#include "dialogs/KnowledgeBaseDialog.h"
#include "dialogs/ReportSettingsDialog.h"
#include "dialogs/ReviewerDialog.h"
#include "dialogs/SampleRoleDialog.h"
#include "dialogs/SignOffDialog.h"
#include "kb/KnowledgeBase.h"
#include "kb/ReferenceImporter.h"
#include "models/VariantTableModel.h"
#include "ontology/OncoTree.h"
#include "ontology/TumorTypeGraph.h"
#include "plots/PlotsPanel.h"
#include "plots/TimelinePanel.h"
#include "report/FhirReport.h"
#include "report/PdfReport.h"
#include "report/ReportCase.h"
#include "report/ReportJson.h"
#include "widgets/CaseBrowser.h"
#include "widgets/EvidencePanel.h"
#include "widgets/MeetingsPanel.h"
#include "widgets/PharmacogenomicsPanel.h"
#include "widgets/PlanPanel.h"
#include "widgets/PresentationView.h"
#include "widgets/VariantFilterBar.h"
#include "widgets/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDateTime>
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
#include <QMap>
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

/** True for an SQLite file or a server address: opened as a case database rather than as case data. */
bool isCaseDatabase(const QString& path)
{
    if (caseBackendOf(path) == CaseBackend::Postgres)
        return true;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

/** A case bundle (CaseBundle, "oncoboard.case-bundle/1"), as a double-click hands it over. */
bool isCaseBundle(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(64).contains("\"oncoboard.case-bundle/1\"");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tumorType(new QComboBox(this))
    , m_panelSize(new QDoubleSpinBox(this))
    , m_genome(new QComboBox(this))
    , m_filterBar(new VariantFilterBar(this))
    , m_table(new QTableView(this))
    , m_variants(new VariantTableModel(this))
    , m_evidence(new EvidencePanel(this))
    , m_plots(new PlotsPanel(this))
    , m_pharmacogenomics(new PharmacogenomicsPanel(this))
    , m_plan(new PlanPanel(this))
    , m_bottom(new QSplitter(Qt::Horizontal, this))
    , m_undo(new QUndoGroup(this))
    , m_cases(new CaseBrowser(this))
    , m_meetings(new MeetingsPanel(this))
    , m_presentation(new PresentationView(this))
    , m_welcome(new WelcomePage(this))
    , m_stack(new QStackedWidget(this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_review(new ReviewController(this))
    , m_igv(new IgvLink(this))
    , m_job(new AnnotationJob(this))
    , m_kbLabel(new QLabel(this))
    , m_reviewerLabel(new QLabel(this))
    , m_caseLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_issuesButton(new QPushButton(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    resize(1400, 860);

    m_table->setObjectName(u"variantTable"_s);
    m_table->setModel(m_variants);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(VariantTableModel::AmpTier, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    // What the board decides on first: the gene, the change, its tiers and flags, then the details.
    {
        QHeaderView* header = m_table->horizontalHeader();
        const int order[] = {VariantTableModel::Gene,
                             VariantTableModel::ProteinChange,
                             VariantTableModel::AmpTier,
                             VariantTableModel::Escat,
                             VariantTableModel::OncoKb,
                             VariantTableModel::Decision,
                             VariantTableModel::Flags,
                             VariantTableModel::Location,
                             VariantTableModel::TumorVaf,
                             VariantTableModel::Consequence,
                             VariantTableModel::BestLevel,
                             VariantTableModel::Evidence,
                             VariantTableModel::MatchKind};
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
        // Column choice: the header's context menu.
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& at) {
            QMenu menu(this);
            for (int c = 0; c < VariantTableModel::ColumnCount; ++c) {
                QAction* a = menu.addAction(m_variants->headerData(c, Qt::Horizontal).toString());
                a->setCheckable(true);
                a->setChecked(!m_table->isColumnHidden(c));
                connect(a, &QAction::toggled, this, [this, c](bool on) {
                    m_table->setColumnHidden(c, !on);
                    if (on)
                        m_hiddenColumns.remove(c);
                    else
                        m_hiddenColumns.insert(c);
                });
            }
            menu.exec(header->mapToGlobal(at));
        });
    }
    connect(m_filterBar, &VariantFilterBar::filterChanged, this, [this](const VariantFilter& f) {
        m_variants->setFilter(f);
        m_filterBar->setShown(m_variants->rowCount(), m_variants->totalCount());
        // A row the filter hid leaves the evidence panel and the plots too.
        if (selectedAlteration() != m_shownAlteration)
            onCurrentRowChanged();
    });

    // The filter bar spans the table and the evidence panel, so neither squeezes it.
    m_horizontal->setObjectName(u"mainSplitter"_s);
    m_horizontal->addWidget(m_table);
    m_horizontal->addWidget(m_evidence);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    auto* reviewArea = new QWidget(this);
    auto* reviewLayout = new QVBoxLayout(reviewArea);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"caseBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->hide();
    reviewLayout->addWidget(m_banner);
    reviewLayout->addWidget(m_filterBar);
    reviewLayout->addWidget(m_horizontal, 1);
    m_vertical->setObjectName(u"plotSplitter"_s);
    // Under the table the plots, under the evidence the board's plan (drop evidence onto it).
    m_bottom->setObjectName(u"bottomSplitter"_s);
    m_bottom->addWidget(m_plots);
    m_bottom->addWidget(m_plan);
    m_bottom->setStretchFactor(0, 3);
    m_bottom->setStretchFactor(1, 2);
    m_vertical->addWidget(reviewArea);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
    m_stack->addWidget(m_vertical);
    m_stack->addWidget(m_presentation);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] {
        setTumorType(WelcomePage::demoTumorType());
        openFiles(WelcomePage::demoFiles());
    });
    connect(m_welcome, &WelcomePage::openFilesRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::openDatabaseRequested, this, [this] {
        findChild<QAction*>(u"actionOpenCaseDatabase"_s)->trigger();
    });
    connect(m_welcome, &WelcomePage::connectServerRequested, this, [this] {
        findChild<QAction*>(u"actionConnectCaseServer"_s)->trigger();
    });
    // Once a case has been opened, the welcome page no longer greets this account.
    connect(this, &MainWindow::caseLoaded, this, [](bool ok) {
        if (ok && !WelcomePage::caseWasOpened())
            WelcomePage::setCaseOpened();
    });
    connect(m_presentation, &PresentationView::exitRequested, this, [this] { setPresentationMode(false); });
    // A meeting's agenda in presentation mode: Page Down/Up between its cases, R records a conclusion.
    connect(m_presentation, &PresentationView::nextCaseRequested, this, [this] {
        if (m_agendaIndex + 1 < m_agendaMeeting.agenda.size()) {
            ++m_agendaIndex;
            presentAgendaCase();
        }
    });
    connect(m_presentation, &PresentationView::previousCaseRequested, this, [this] {
        if (m_agendaIndex > 0) {
            --m_agendaIndex;
            presentAgendaCase();
        }
    });
    connect(m_presentation, &PresentationView::recordRequested, this, &MainWindow::recordAgendaConclusion);
    connect(this, &MainWindow::caseLoaded, this, [this](bool ok) {
        if (m_pendingAgendaCase == 0 || m_review->currentCase() != m_pendingAgendaCase)
            return;
        m_pendingAgendaCase = 0;
        if (ok)
            showAgendaPresentation();
    });

    auto* dock = new QDockWidget(this);
    m_texts.bind([dock] { dock->setWindowTitle(tr("Cases")); });
    dock->setObjectName(u"casesDock"_s);
    dock->setWidget(m_cases);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_cases, &CaseBrowser::caseActivated, this, &MainWindow::openStoredCase);

    // The board's meetings: agendas, recorded conclusions, minutes.
    auto* meetings = new QDockWidget(this);
    m_texts.bind([meetings] { meetings->setWindowTitle(tr("Meetings")); });
    meetings->setObjectName(u"meetingsDock"_s);
    meetings->setWidget(m_meetings);
    addDockWidget(Qt::BottomDockWidgetArea, meetings);
    meetings->hide();
    connect(m_meetings, &MeetingsPanel::caseActivated, this, &MainWindow::openStoredCase);
    connect(m_meetings, &MeetingsPanel::message, this, &MainWindow::showMessage);
    connect(m_meetings, &MeetingsPanel::presentRequested, this, &MainWindow::presentMeeting);

    // Pharmacogenomic findings apart from the tiers.
    auto* pgx = new QDockWidget(this);
    m_texts.bind([pgx] { pgx->setWindowTitle(tr("Pharmacogenomics")); });
    pgx->setObjectName(u"pharmacogenomicsDock"_s);
    pgx->setWidget(m_pharmacogenomics);
    addDockWidget(Qt::RightDockWidgetArea, pgx);
    pgx->hide();

    connect(m_evidence, &EvidencePanel::acceptEarlierRequested, this, [this] {
        if (auto r = m_review->acceptEarlierDecision(selectedAlteration()); !r)
            showMessage(r.error().message);
    });
    connect(m_review, &ReviewController::decisionChanged, this, [this](qint32 alteration, std::optional<Decision> d) {
        m_undo->setActiveStack(m_review->undoStack());
        m_variants->setDecision(alteration, d);
        m_variants->setComment(alteration, d ? m_review->comments().value(alteration) : QString());
        m_cases->refresh(m_review->store()); // a decision changes the case list's counts, not the meetings
        updateEarlierDecision();
        updateDecisionText();
    });
    connect(m_review, &ReviewController::caseChanged, this, [this] {
        m_cases->setCurrentCase(m_review->currentCase());
        m_meetings->setCurrentCase(m_review->currentCase());
        updateTimeline();
        updateReviewActions();
        updateTitle();
        updatePlan();
    });
    // One Undo for the window: the review's decisions, or the plan's edits when the plan has the focus.
    m_undo->addStack(m_review->undoStack());
    m_undo->setActiveStack(m_review->undoStack());
    connect(m_plan, &PlanPanel::undoStackChanged, this, [this](QUndoStack* stack) {
        if (stack)
            m_undo->addStack(stack);
        m_undo->setActiveStack(m_review->undoStack());
    });
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        QUndoStack* plan = m_plan->undoStack();
        const bool inPlan = now && (now == m_plan || m_plan->isAncestorOf(now));
        m_undo->setActiveStack(inPlan && plan ? plan : m_review->undoStack());
    });
    connect(m_plan, &PlanPanel::message, this, &MainWindow::showMessage);
    // Undo follows the last thing edited: a plan change, or a decision.
    connect(m_plan, &PlanPanel::edited, this, [this] { m_undo->setActiveStack(m_plan->undoStack()); });
    connect(m_review, &ReviewController::failed, this, &MainWindow::showMessage);
    connect(m_review, &ReviewController::changedElsewhere, this, &MainWindow::reloadChangedCase);
    connect(m_igv, &IgvLink::finished, this, [this](bool, const QString& message) { showMessage(message); });

    // Tumor type: any OncoTree code, searchable by code or name.
    m_tumorType->setObjectName(u"tumorTypeCombo"_s);
    m_tumorType->setEditable(true);
    m_tumorType->setInsertPolicy(QComboBox::NoInsert);
    m_tumorType->setMinimumContentsLength(36);
    QList<const OncoTreeNode*> nodes;
    for (const OncoTreeNode& n : OncoTree::bundled().nodes())
        if (n.level > 0)
            nodes << &n;
    std::sort(nodes.begin(), nodes.end(), [](auto* a, auto* b) { return a->code < b->code; });
    m_tumorType->addItem(QString(), QString());
    m_texts.bind([this] { m_tumorType->setItemText(0, tr("(not given)")); });
    for (const OncoTreeNode* n : nodes)
        m_tumorType->addItem(u"%1 - %2"_s.arg(n->code, n->name), n->code);
    m_tumorType->completer()->setFilterMode(Qt::MatchContains);
    m_tumorType->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_tumorType->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_tumorType, &QComboBox::activated, this, [this] {
        if (!m_inputs.isEmpty())
            startJob();
        updateTitle();
    });
    // A code typed in full, retired codes of earlier OncoTree releases included ("GBM" -> GB).
    connect(m_tumorType->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString typed = m_tumorType->currentText().section(u' ', 0, 0).trimmed();
        const OncoTreeNode* node = resolveOncotreeCode(typed);
        if (!node || m_tumorType->currentData().toString() == node->code)
            return;
        if (node->code.compare(typed, Qt::CaseInsensitive) != 0)
            showMessage(tr("%1 is a retired OncoTree code: %2 (%3) replaces it").arg(typed, node->code, node->name));
        setTumorType(node->code);
    });

    // The assay's coding territory: with it, OncoBoard estimates the tumor mutational burden when
    // no input states one.
    m_panelSize->setObjectName(u"panelSizeSpin"_s);
    m_panelSize->setRange(0.0, 100.0);
    m_panelSize->setDecimals(2);
    m_panelSize->setSingleStep(0.1);
    m_panelSize->setKeyboardTracking(false);
    m_texts.bind([this] {
        m_panelSize->setSuffix(tr(" Mb"));
        m_panelSize->setSpecialValueText(tr("unknown"));
        m_panelSize->setToolTip(tr("The assay's coding territory in megabases (e.g. 1.94 for TSO500, about 38 for an "
                                   "exome): OncoBoard then estimates the tumor mutational burden from the calls when "
                                   "no input states it"));
    });
    connect(m_panelSize, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_inputs.isEmpty())
            startJob();
    });
    // The genome build, when the files do not tell it (no contig lengths or reference line): needed
    // to predict genes and effects of unannotated variants and to lift GRCh38 calls.
    m_genome->setObjectName(u"genomeCombo"_s);
    m_genome->addItem(QString(), int(GenomeBuild::Unknown));
    m_genome->addItem(u"GRCh37"_s, int(GenomeBuild::GRCh37));
    m_genome->addItem(u"GRCh38"_s, int(GenomeBuild::GRCh38));
    m_texts.bind([this] {
        m_genome->setItemText(0, tr("from the files"));
        m_genome->setToolTip(tr("The genome build of the inputs; \"from the files\" reads it from contig lengths, a "
                                "reference line or the MAF's NCBI_Build"));
    });
    connect(m_genome, &QComboBox::activated, this, [this] {
        if (!m_inputs.isEmpty())
            startJob();
    });

    createActions();

    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_texts.bind([this] { m_cancel->setText(tr("Cancel")); });
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, m_job, &AnnotationJob::cancel);
    m_issuesButton->setObjectName(u"issuesButton"_s);
    m_issuesButton->setFlat(true);
    m_issuesButton->setVisible(false);
    connect(m_issuesButton, &QPushButton::clicked, this, [this] {
        if (!result())
            return;
        auto* dialog = new InputIssuesDialog(result()->caseData, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    statusBar()->addWidget(m_caseLabel, 1);
    statusBar()->addWidget(m_issuesButton);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_reviewerLabel);
    statusBar()->addPermanentWidget(m_kbLabel);
    updateReviewer();
    m_kbLabel->setObjectName(u"kbLabel"_s);
    updateStatus();

    connect(m_job, &AnnotationJob::progressChanged, this, [this](int perMille, const QString& stage) {
        m_progress->setValue(perMille);
        m_progress->setFormat(stage + u"  %p%"_s);
    });
    connect(m_job, &AnnotationJob::finished, this, &MainWindow::onJobFinished);
    restoreSettings();
    updateReviewActions();
    updateTitle();
    if (!WelcomePage::caseWasOpened())
        showWelcomePage(true);
}

void MainWindow::showWelcomePage(bool on)
{
    if (presentationMode())
        setPresentationMode(false);
    m_stack->setCurrentWidget(on ? static_cast<QWidget*>(m_welcome) : m_vertical);
    m_welcomeAction->setChecked(on);
}

bool MainWindow::welcomePageShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::updateStatus()
{
    const auto r = result();
    if (!r) {
        const KbRelease bundled = KnowledgeBase::bundledCivicRelease();
        m_kbLabel->setText(tr("Knowledge base: %1 %2").arg(bundled.source, bundled.release));
        m_caseLabel->setText(
            tr("Open a case's files or folder (File > Open, or drop them here), or a case on the left."));
        return;
    }
    QStringList kbs;
    for (const KbRelease& kb : r->knowledgeBases)
        kbs << kb.source + u' ' + kb.release;
    m_kbLabel->setText(tr("Knowledge base: %1").arg(kbs.join(u", "_s)));
    QString status = tr("%n alterations", nullptr, int(r->caseData.alterations.size()));
    status += u", "_s + tr("%n with evidence", nullptr, int(r->matchedAlterationCount()));
    const qint64 skipped = r->caseData.skippedRecords, warnings = r->caseData.warningCount;
    m_issuesButton->setText((skipped == 1 ? tr("1 record skipped") : tr("%L1 records skipped").arg(skipped)) + u", "_s
                            + (warnings == 1 ? tr("1 warning...") : tr("%L1 warnings...").arg(warnings)));
    if (r->caseData.genome != GenomeBuild::Unknown)
        status += u" \u00b7 "_s + genomeBuildName(r->caseData.genome);
    m_caseLabel->setText(status);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // Every text the window set again in the new language; the panels follow their own events.
    m_texts.apply();
    m_variants->retranslate();
    updateRecentMenu();
    updateReviewer();
    updateTitle();
    updateBanner();
    updateReviewActions();
    updateDecisionText();
    updateEarlierDecision();
    updateEarlierPatients();
    if (!m_job->isRunning())
        updateStatus();
    if (presentationMode()) {
        if (m_presentation->onAgendaPage())
            showAgendaPresentation();
        else
            updatePresentationState();
    }
}

MainWindow::~MainWindow()
{
    // Focus moves while the children go; the application must not call back into them.
    disconnect(m_focusConnection);
}

KnowledgeBaseDialog* MainWindow::openKnowledgeBaseDialog()
{
    auto* dialog = new KnowledgeBaseDialog(m_kbPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new release or item changes what an open case matches: annotate it again.
    connect(dialog, &KnowledgeBaseDialog::knowledgeBaseChanged, this, [this] {
        if (!m_inputs.isEmpty())
            startJob();
    });
    return dialog;
}

void MainWindow::openDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this,
        tr("Open a case's files"),
        m_inputs.isEmpty() ? QString() : QFileInfo(m_inputs.front()).absolutePath(),
        tr("Case files (*.vcf *.vcf.gz *.bcf *.maf *.maf.gz *.txt *.tsv *.seg *.gz);;All files (*)"));
    if (!files.isEmpty())
        openFiles(files);
}

void MainWindow::openFiles(const QStringList& paths)
{
    if (paths.size() == 1 && isCaseDatabase(paths.front())) {
        openCaseDatabase(paths.front());
        return;
    }
    if (paths.size() == 1 && isCaseBundle(paths.front())) {
        importBundle(paths.front());
        return;
    }
    // Another patient's files with the tumor type still set from the case before: said, not silent.
    if (result() && !tumorType().isEmpty() && paths != m_inputs)
        notify(tr("Tumor type %1 is kept from the case before: check it for this patient (toolbar)").arg(tumorType()));
    m_inputs = paths;
    // The sample chosen for these files before (Open Recent) is not asked for again.
    const QStringList chosen = QSettings().value(u"recent/samples/"_s + recentKey(paths)).toStringList();
    m_tumorSample = chosen.value(0);
    m_normalSample = chosen.value(1);
    m_askedForSamples = false;
    m_review->clearCase();
    addRecentFiles(paths);
    startJob();
}

bool MainWindow::openCaseDatabase(const QString& path)
{
    if (auto r = m_review->openDatabase(path); !r) {
        showMessage(r.error().toString());
        return false;
    }
    refreshCaseLists(m_review->store());
    QSettings().setValue(u"cases/database"_s, path);
    showMessage(tr("Case database %1")
                    .arg(caseBackendOf(path) == CaseBackend::Postgres ? displayLocation(path)
                                                                      : QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::updateTimeline()
{
    const auto summary = m_review->currentSummary();
    if (!summary || !m_review->store()) {
        m_plots->timeline()->setTimeline(std::nullopt);
        return;
    }
    auto timeline = m_review->store()->patientTimeline(summary->patient);
    if (!timeline) {
        showMessage(timeline.error().message);
        m_plots->timeline()->setTimeline(std::nullopt);
        return;
    }
    m_plots->timeline()->setTimeline(*timeline);
}

void MainWindow::refreshCaseLists(CaseStore* store)
{
    m_cases->refresh(store);
    m_meetings->refresh(store);
}

void MainWindow::openStoredCase(qint64 caseId)
{
    if (!m_review->store())
        return;
    if (welcomePageShown())
        showWelcomePage(false);
    m_inputs.clear();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    const auto opening = m_review->store()->summary(caseId);
    m_caseLabel->setText(tr("Opening %1...").arg(opening ? caseVersionName(*opening) : QString::number(caseId)));
    m_job->startStored(m_review->databasePath(),
                       caseId,
                       m_kbPath,
                       ViewRequest{m_variants->filter(), m_variants->sortColumn(), m_variants->sortOrder()});
}

qint64 MainWindow::saveCaseToDatabase(const NewCaseInfo& info)
{
    if (!result()) {
        showMessage(tr("Open a case first"));
        return 0;
    }
    if (!m_review->store() && !openCaseDatabase(ReviewController::defaultDatabasePath()))
        return 0;
    auto id = m_review->saveCase(*result(), info);
    if (!id) {
        showMessage(id.error().toString());
        return 0;
    }
    refreshCaseLists(m_review->store());
    // The selected alteration may have decisions in the patient's earlier cases.
    updateEarlierDecision();
    showMessage(tr("Saved as case %1 (draft)").arg(*id));
    return *id;
}

bool MainWindow::reviewSelected(Decision decision, const QString& comment)
{
    if (refusedWhenLocked())
        return false;
    const qint32 alteration = selectedAlteration();
    if (alteration < 0) {
        refuse(tr("Select an alteration to review"));
        return false;
    }
    if (m_review->store() && m_review->currentCase() > 0 && !ReviewerDialog::known()) {
        // No decision under an OS account alone: who reviews is asked once, then the decision is made.
        if (!findChild<ReviewerDialog*>(u"reviewerDialog"_s)) {
            auto* ask = new ReviewerDialog(this);
            ask->setAttribute(Qt::WA_DeleteOnClose);
            connect(ask, &QDialog::accepted, this, [this, alteration, decision, comment] {
                updateReviewer();
                if (selectedAlteration() == alteration)
                    reviewSelected(decision, comment);
            });
            ask->open();
        }
        showMessage(tr("Say who is reviewing first"));
        return false;
    }
    if (auto r = m_review->review(alteration, decision, comment); !r) {
        if (r.error().code == CoreError::Code::Conflict) {
            // Nothing is lost: the case is shown as it now is, then the decision is offered again.
            auto version = m_review->store()->caseVersion(m_review->currentCase());
            m_pendingDecision = PendingDecision{m_review->currentCase(),
                                                m_review->storedIds().value(alteration),
                                                decision,
                                                comment,
                                                version ? version->describe() : QString()};
            reloadChangedCase(version ? *version : CaseVersion());
            return false;
        }
        QString why = r.error().message;
        if (!why.isEmpty())
            why[0] = why[0].toUpper();
        refuse(why);
        return false;
    }
    showMessage(tr("%1: %2").arg(VariantTableModel::geneOf(*result(), alteration), decisionText(decision)));
    return true;
}

qint32 MainWindow::selectedAlteration() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_variants->alterationAt(current.row()) : -1;
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == presentationMode())
        return;
    if (on) {
        fillPresentation();
        m_welcomeAction->setChecked(false);
        m_wasMaximized = isMaximized();
        m_stack->setCurrentWidget(m_presentation);
        menuBar()->hide();
        statusBar()->hide();
        findChild<QToolBar*>(u"caseToolBar"_s)->hide();
        findChild<QDockWidget*>(u"casesDock"_s)->hide();
        // The docks leave the screen to the board and come back as they were.
        m_docksShown.clear();
        for (const QString& name : {u"meetingsDock"_s, u"pharmacogenomicsDock"_s}) {
            auto* dock = findChild<QDockWidget*>(name);
            if (dock->isVisible())
                m_docksShown << name;
            dock->hide();
        }
        showFullScreen();
        m_presentation->setFocus();
    } else {
        m_agendaIndex = -1;
        m_pendingAgendaCase = 0;
        m_presentation->setAgendaPage({}, {});
        m_stack->setCurrentWidget(m_vertical);
        menuBar()->show();
        statusBar()->show();
        findChild<QToolBar*>(u"caseToolBar"_s)->show();
        findChild<QDockWidget*>(u"casesDock"_s)->show();
        for (const QString& name : std::as_const(m_docksShown))
            findChild<QDockWidget*>(name)->show();
        m_wasMaximized ? showMaximized() : showNormal();
        m_table->setFocus();
    }
    m_presentationAction->setChecked(on);
}

void MainWindow::fillPresentation()
{
    m_presentation->setResult(result(), m_variants->decisions(), windowTitle());
    m_presentation->setPlan(m_plan->editor() ? m_plan->editor()->plan() : TreatmentPlan{});
    updatePresentationState();
}

void MainWindow::updatePresentationState()
{
    {
        if (const auto s = m_review->currentSummary()) {
            const QString name = caseVersionName(*s);
            m_presentation->setCaseState(
                s->superseded ? tr("SUPERSEDED \u2013 %1: a newer version amends it").arg(name)
                : s->state == CaseState::Final
                    ? tr("FINAL \u2013 %1, signed by %2 on %3").arg(name, s->finalizedBy, s->finalizedAt.left(10))
                : s->state == CaseState::Preliminary ? tr("PRELIMINARY \u2013 %1, not signed final").arg(name)
                                                     : tr("DRAFT \u2013 %1, not signed").arg(name),
                s->state == CaseState::Final && !s->superseded);
        } else {
            m_presentation->setCaseState(tr("NOT SAVED \u2013 read from files, no decision recorded"), false);
        }
    }
}

void MainWindow::presentMeeting(qint64 meetingId)
{
    if (!m_review->store())
        return;
    auto meeting = m_review->store()->meeting(meetingId);
    if (!meeting) {
        showMessage(meeting.error().message);
        return;
    }
    if (meeting->agenda.isEmpty()) {
        showMessage(tr("Meeting %1 has no case on its agenda").arg(meetingId));
        return;
    }
    m_agendaMeeting = *meeting;
    m_agendaIndex = 0;
    presentAgendaCase();
}

void MainWindow::presentAgendaCase()
{
    if (m_agendaIndex < 0 || m_agendaIndex >= m_agendaMeeting.agenda.size())
        return;
    const qint64 caseId = m_agendaMeeting.agenda[m_agendaIndex].caseId;
    if (m_review->currentCase() == caseId && result()) {
        showAgendaPresentation();
        return;
    }
    m_pendingAgendaCase = caseId;
    openStoredCase(caseId);
}

void MainWindow::showAgendaPresentation()
{
    const int index = m_agendaIndex;
    if (index < 0 || index >= m_agendaMeeting.agenda.size())
        return;
    if (!presentationMode())
        setPresentationMode(true);
    else
        fillPresentation();
    m_agendaIndex = index; // leaving and entering presentation mode keeps the place on the agenda
    const MeetingItem& item = m_agendaMeeting.agenda[index];
    const auto summary = m_review->currentSummary();
    const QString patient = summary ? summary->patient : QString();
    const QString type = summary ? summary->tumorType : QString();
    const OncoTreeNode* node = type.isEmpty() ? nullptr : resolveOncotreeCode(type);
    QString html = tr("<p style='font-size:x-large'>%1</p>")
                       .arg(node ? u"%1 (%2)"_s.arg(node->name.toHtmlEscaped(), node->code) : type.toHtmlEscaped());
    html += tr("<p><b>Question to the board:</b></p><p style='font-size:x-large'>%1</p>")
                .arg(item.question.isEmpty() ? tr("(none recorded)") : item.question.toHtmlEscaped());
    if (!item.presenter.isEmpty())
        html += tr("<p>Presented by %1</p>").arg(item.presenter.toHtmlEscaped());
    if (!item.outcome.isEmpty())
        html += tr("<p><b>Conclusion recorded:</b> %1</p>").arg(item.outcome.toHtmlEscaped());
    html += tr("<p style='color:gray'>Right arrow: the findings and the plan &middot; Page Down / Page Up: next "
               "or previous case &middot; R: record the conclusion &middot; Escape: leave</p>");
    const QString title = m_agendaMeeting.title.isEmpty() ? m_agendaMeeting.heldOn : m_agendaMeeting.title;
    m_presentation->setAgendaPage(tr("%1 \u2013 case %2 of %3: patient %4")
                                      .arg(title)
                                      .arg(index + 1)
                                      .arg(m_agendaMeeting.agenda.size())
                                      .arg(patient),
                                  html);
    m_presentation->setFocus();
}

void MainWindow::recordAgendaConclusion()
{
    if (m_agendaIndex < 0 || m_agendaIndex >= m_agendaMeeting.agenda.size() || !m_review->store())
        return;
    MeetingItem& item = m_agendaMeeting.agenda[m_agendaIndex];
    bool ok = false;
    const QString conclusion = QInputDialog::getMultiLineText(
        this, tr("Record Conclusion"), tr("What the board concluded:"), item.outcome, &ok);
    if (!ok)
        return;
    if (auto r = m_review->store()->recordMeetingOutcome(m_agendaMeeting.id, item.caseId, conclusion, Actor::current());
        !r) {
        QMessageBox::warning(this, tr("Record Conclusion"), r.error().message);
        return;
    }
    item.outcome = conclusion.trimmed();
    m_meetings->refresh(m_review->store());
    showAgendaPresentation();
}

bool MainWindow::presentationMode() const
{
    return m_stack->currentWidget() == m_presentation;
}

void MainWindow::askForSamples(const QString& file,
                               const QStringList& samples,
                               bool askNormal,
                               const QStringList& details)
{
    m_askedForSamples = true;
    auto* dialog = new SampleRoleDialog(file, samples, askNormal, this, details);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_tumorSample = dialog->tumorSample();
        m_normalSample = dialog->normalSample();
        QSettings().setValue(u"recent/samples/"_s + recentKey(m_inputs), QStringList{m_tumorSample, m_normalSample});
        startJob();
    });
    dialog->open();
}

void MainWindow::setTumorType(const QString& code)
{
    const OncoTreeNode* node = resolveOncotreeCode(code);
    const int index = node ? m_tumorType->findData(node->code) : 0;
    m_tumorType->setCurrentIndex(std::max(index, 0));
    if (!m_inputs.isEmpty())
        startJob();
    updateTitle();
}

QString MainWindow::tumorType() const
{
    return m_tumorType->currentData().toString();
}

void MainWindow::setKnowledgeBasePath(const QString& path)
{
    m_kbPath = path;
}

std::shared_ptr<const AnnotationResult> MainWindow::result() const
{
    return m_variants->result();
}

void MainWindow::startJob()
{
    // A case being opened is shown in place of the welcome page.
    if (welcomePageShown())
        showWelcomePage(false);
    CaseLoadOptions options;
    options.tumorType = tumorType();
    options.tumorSample = m_tumorSample;
    options.normalSample = m_normalSample;
    options.genome = GenomeBuild(m_genome->currentData().toInt());
    options.reference = QSettings().value(u"effects/referenceGenome"_s).toString();
    if (!options.reference.isEmpty() && !QFileInfo::exists(options.reference)) {
        showMessage(tr("The reference genome %1 is gone: effects are predicted without it (File > Reference Genome)")
                        .arg(QDir::toNativeSeparators(options.reference)));
        options.reference.clear();
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_caseLabel->setText(tr("Loading %1...").arg(QFileInfo(m_inputs.value(0)).fileName()));
    AnnotateOptions annotate;
    if (m_panelSize->value() > 0)
        annotate.panelSizeMb = m_panelSize->value();
    m_job->start(m_inputs,
                 options,
                 m_kbPath,
                 ViewRequest{m_variants->filter(), m_variants->sortColumn(), m_variants->sortOrder()},
                 annotate);
}

void MainWindow::onJobFinished(const AnnotationOutcome& outcome)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (outcome.error) {
        if (outcome.error->code == CoreError::Code::Canceled) {
            m_caseLabel->setText(tr("Loading canceled."));
        } else if (!outcome.error->choices.isEmpty() && !m_askedForSamples) {
            m_caseLabel->setText(tr("Choose the patient's sample."));
            askForSamples(outcome.error->file, outcome.error->choices, false, outcome.error->choiceDetails);
        } else {
            m_caseLabel->setText(tr("Could not open the case."));
            auto* box = new QMessageBox(
                QMessageBox::Warning, tr("Could not open the case"), outcome.error->toString(), QMessageBox::Ok, this);
            box->setObjectName(u"errorBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit caseLoaded(false);
        return;
    }
    // The previous case is released on a worker thread: freeing a million alterations takes time.
    std::shared_ptr<const AnnotationResult> previous = m_variants->result();
    if (outcome.caseId > 0) {
        m_review->setCurrentCase(outcome.caseId, outcome.storedIds, outcome.decisions, outcome.version);
        if (const auto s = m_review->currentSummary())
            m_tumorType->setCurrentIndex(std::max(m_tumorType->findData(s->tumorType), 0));
    }
    const bool anotherCase =
        !previous || previous->caseData.inputs != outcome.result->caseData.inputs || outcome.caseId != m_shownCaseId;
    m_shownCaseId = outcome.caseId;
    m_variants->setResult(outcome.result, outcome.decisions, outcome.rows);
    m_variants->setComments(outcome.caseId > 0 ? m_review->comments() : QHash<qint32, QString>());
    // Another case: nothing of the previous one stays in view (its filter could hide this case's rows).
    if (anotherCase && !m_filterBar->filter().isEmpty())
        m_filterBar->setFilter({});
    m_filterBar->setShown(m_variants->rowCount(), m_variants->totalCount());
    m_pharmacogenomics->setResult(outcome.result);
    // A case with a pharmacogenomic allele shows the section; the user may close it.
    if (m_pharmacogenomics->findingCount() > 0)
        findChild<QDockWidget*>(u"pharmacogenomicsDock"_s)->show();
    updatePlan();
    // Columns without data in this case are hidden, and those the user hid; the others shown.
    for (int c = 0; c < VariantTableModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, !m_variants->columnHasData(c) || m_hiddenColumns.contains(c));
    m_table->horizontalHeader()->setSortIndicator(m_variants->sortColumn(), m_variants->sortOrder());
    // Column widths and the plots each take tens of milliseconds on a large case: they follow in
    // later turns of the event loop, so that the window never stalls in one long step.
    // A short delay, not 0: timers and paint events run between the steps.
    QTimer::singleShot(10, this, [this, result = outcome.result] {
        if (m_variants->result() != result)
            return;
        // Widths the user chose (saved in the settings) stay; otherwise fit the content, capped
        // so that one long name does not push the tiers out of sight.
        if (!m_columnWidthsRestored) {
            m_table->resizeColumnsToContents();
            const int cap = 24 * m_table->fontMetrics().averageCharWidth();
            for (int c = 0; c < VariantTableModel::ColumnCount; ++c)
                if (m_table->columnWidth(c) > cap)
                    m_table->setColumnWidth(c, cap);
        }
        QTimer::singleShot(10, this, [this, result] {
            if (m_variants->result() != result)
                return;
            m_plots->setResult(result);
            m_plots->showAlteration(selectedAlteration());
        });
    });
    const AnnotationResult& r = *outcome.result;
    m_issuesButton->setVisible(r.caseData.skippedRecords + r.caseData.warningCount > 0);
    updateStatus();
    // Say where gene, consequence and protein change came from; warn when nothing could be predicted.
    if (const auto annotation = EffectPredictor::summarize(r.caseData);
        annotation.predicted > 0
        || (annotation.buildUnknown && annotation.notAnnotated > 0 && annotation.fromInput == 0))
        showMessage(annotation.buildUnknown && annotation.predicted == 0
                        ? tr("The inputs carry no functional annotation and their genome build is not known: choose "
                             "the build in the toolbar to predict genes and effects")
                        : tr("Genes and effects of %L1 unannotated variants predicted by OncoBoard (hover a protein "
                             "change for what stays open)")
                              .arg(annotation.predicted));
    if (m_variants->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_evidence->showAlteration(outcome.result, -1);
    updateTitle();
    updateReviewActions();
    if (previous)
        (void)QtConcurrent::run([previous = std::move(previous)]() mutable { previous.reset(); });
    // Said last, over the notes of loading: who changed the case shown again.
    if (!m_changeNote.isEmpty() && outcome.caseId == m_review->currentCase()) {
        notify(m_changeNote);
        m_changeNote.clear();
    }
    emit caseLoaded(true);
    offerPendingDecision();
    if (!r.caseData.undecidedSamples.isEmpty() && !m_askedForSamples)
        askForSamples(r.caseData.inputs.value(0), r.caseData.undecidedSamples, true);
}

void MainWindow::onCurrentRowChanged()
{
    const qint32 alteration = selectedAlteration();
    m_shownAlteration = alteration;
    m_evidence->showAlteration(m_variants->result(), alteration);
    m_plots->showAlteration(alteration);
    updateEarlierDecision();
    updateDecisionText();
}

void MainWindow::updateDecisionText()
{
    const qint32 alteration = selectedAlteration();
    const auto d = m_variants->decisions().constFind(alteration);
    if (alteration < 0 || d == m_variants->decisions().cend() || *d == Decision::Withdrawn) {
        m_evidence->setDecision({});
        return;
    }
    const QString comment = m_review->comments().value(alteration);
    m_evidence->setDecision(
        comment.isEmpty()
            ? tr("<b>Board decision:</b> %1").arg(decisionText(*d))
            : tr("<b>Board decision:</b> %1 \u2013 \u201c%2\u201d").arg(decisionText(*d), comment.toHtmlEscaped()));
}

QString MainWindow::experienceText(const QList<EarlierPatient>& patients)
{
    // Per recommendation: how many patients, how many received it, their responses.
    struct Tally
    {
        int patients = 0;
        int given = 0;
        int notGiven = 0;
        QMap<QString, int> responses;
    };
    QMap<QString, Tally> byTitle;
    QStringList order;
    for (const EarlierPatient& p : patients)
        for (qsizetype i = 0; i < p.recommendations.size(); ++i) {
            const QString title = p.recommendations[i].title;
            if (!byTitle.contains(title))
                order << title;
            Tally& t = byTitle[title];
            ++t.patients;
            if (const auto& o = p.outcomes.value(i)) {
                if (o->given == u"given")
                    ++t.given;
                else if (o->given == u"not given")
                    ++t.notGiven;
                if (!o->response.isEmpty())
                    ++t.responses[o->response];
            }
        }
    QStringList parts;
    for (const QString& title : std::as_const(order)) {
        const Tally& t = byTitle[title];
        QStringList responses;
        for (const QString& r : {u"CR"_s, u"PR"_s, u"SD"_s, u"PD"_s, u"NE"_s})
            if (t.responses.value(r) > 0)
                responses << u"%1 %2"_s.arg(t.responses.value(r)).arg(r);
        QString part = tr("%1 recommended for %2, given to %3").arg(title.toHtmlEscaped()).arg(t.patients).arg(t.given);
        if (!responses.isEmpty())
            part += u" ("_s + responses.join(u", "_s) + u')';
        if (t.notGiven > 0)
            part += tr(", not given to %1").arg(t.notGiven);
        parts << part;
    }
    return tr("<b>%1 earlier patients here</b> with this alteration: %2. Outcomes as recorded in this case "
              "database; not evidence from studies.")
        .arg(patients.size())
        .arg(parts.join(u"; "_s));
}

void MainWindow::updateEarlierPatients()
{
    const qint32 alteration = selectedAlteration();
    const auto summary = m_review->currentSummary();
    const std::shared_ptr<const AnnotationResult> r = result();
    if (alteration < 0 || !summary || !r || !m_review->store()) {
        m_evidence->setEarlierPatients({});
        return;
    }
    auto earlier = m_review->store()->earlierPatients(
        r->caseData.alterations[size_t(alteration)], summary->tumorType, summary->patient);
    if (!earlier) {
        m_evidence->setEarlierPatients(tr("Earlier patients cannot be read: %1").arg(earlier.error().message));
        return;
    }
    m_evidence->setEarlierPatients(earlier->isEmpty() ? QString() : experienceText(*earlier));
}

void MainWindow::updateEarlierDecision()
{
    updateEarlierPatients();
    const qint32 alteration = selectedAlteration();
    const QList<ReviewRecord> earlier =
        alteration >= 0 ? m_review->earlierDecisions(alteration) : QList<ReviewRecord>();
    if (earlier.isEmpty()) {
        m_evidence->setEarlierDecision({}, false);
        return;
    }
    const ReviewRecord& e = earlier.front();
    const auto summary = m_review->currentSummary();
    const bool samePatient = summary && summary->patient == e.patient;
    m_evidence->setEarlierDecision(tr("<b>Earlier decision:</b> %1 by %2 on %3 in %4 (%5)%6")
                                       .arg(decisionText(e.decision),
                                            e.reviewer.name.toHtmlEscaped(),
                                            e.decidedAt.left(10),
                                            caseVersionName(e.caseNumber, e.version))
                                       .arg(samePatient ? tr("same patient") : tr("patient %1").arg(e.patient),
                                            e.comment.isEmpty() ? QString() : u": "_s + e.comment.toHtmlEscaped()),
                                   !m_review->isFinal());
}

void MainWindow::updateReviewActions()
{
    // Decisions stay reachable on a locked or unsaved case: pressing one says why it is refused.
    for (QAction* a : m_reviewActions)
        a->setEnabled(result() != nullptr);
    const auto s = m_review->currentSummary();
    m_preliminaryAction->setEnabled(s && s->state == CaseState::Draft);
    m_finalAction->setEnabled(s && s->state == CaseState::Preliminary);
    m_amendAction->setEnabled(s && s->state == CaseState::Final && !s->superseded);
    m_verifyAction->setEnabled(s.has_value());
    m_saveCaseAction->setEnabled(m_review->currentCase() <= 0 && result());
}

void MainWindow::updateReviewer()
{
    const Actor a = Actor::current();
    m_reviewerLabel->setObjectName(u"reviewerLabel"_s);
    m_reviewerLabel->setText(ReviewerDialog::known()
                                 ? tr("Reviewer: %1").arg(a.role.isEmpty() ? a.name : a.name + u" ("_s + a.role + u')')
                                 : tr("Reviewer: not set"));
}

void MainWindow::updateBanner()
{
    // The stored case's state over the table: a superseded or unsigned version never passes for the
    // signed one, with or without a window title in view (presentation, screen sharing).
    const auto s = m_review->currentSummary();
    if (!s) {
        m_banner->hide();
        return;
    }
    const QString name = caseVersionName(*s);
    QString text;
    QString colour;
    if (s->superseded) {
        qsizetype versions = 0;
        if (auto all = m_review->store()->versionsOf(s->id))
            versions = all->size();
        text = tr("<b>SUPERSEDED</b> \u2013 %1 is not the current version: version %2 amends it (case list, left)")
                   .arg(name)
                   .arg(versions);
        colour = u"#b00020"_s;
    } else if (s->state == CaseState::Final) {
        text =
            tr("<b>FINAL</b> \u2013 %1, signed by %2 on %3; locked").arg(name, s->finalizedBy, s->finalizedAt.left(10));
        colour = u"#1b5e20"_s;
    } else if (s->state == CaseState::Preliminary) {
        text = tr("<b>PRELIMINARY</b> \u2013 %1: not signed final").arg(name);
        colour = u"#8a5a00"_s;
    } else {
        text = s->version > 1
                   ? tr("<b>DRAFT</b> \u2013 %1, amending version %2: not signed").arg(name).arg(s->version - 1)
                   : tr("<b>DRAFT</b> \u2013 %1: not signed").arg(name);
        colour = u"#8a5a00"_s;
    }
    m_banner->setText(text);
    m_banner->setStyleSheet(
        u"QLabel { color: white; background: %1; padding: 3px 8px; border-radius: 3px; }"_s.arg(colour));
    m_banner->show();
}

void MainWindow::updateTitle()
{
    updateBanner();
    QString title = u"OncoBoard"_s;
    if (const auto s = m_review->currentSummary())
        title = s->superseded ? tr("Case %1, version %2 (%3, %4, SUPERSEDED by a newer version) - %5")
                                    .arg(s->caseNumber)
                                    .arg(s->version)
                                    .arg(s->patient, caseStateName(s->state), title)
                              : tr("Case %1, version %2 (%3, %4) - %5")
                                    .arg(s->caseNumber)
                                    .arg(s->version)
                                    .arg(s->patient, caseStateName(s->state), title);
    else if (!m_inputs.isEmpty())
        title = QFileInfo(m_inputs.front()).fileName() + u" - "_s + title;
    if (!tumorType().isEmpty())
        title = tumorType() + u" \u00b7 "_s + title;
    setWindowTitle(title);
}

/** The table's saved layout, per set of columns: a layout saved with other columns is not applied. */
QString MainWindow::variantColumnsKey()
{
    return u"window/variantColumns%1"_s.arg(int(VariantTableModel::ColumnCount));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // The first run opens maximised: every column of the table and the evidence panel in view.
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        setWindowState(windowState() | Qt::WindowMaximized);
    if (!restoreState(settings.value(u"window/state"_s).toByteArray()))
        resizeDocks({findChild<QDockWidget*>(u"casesDock"_s)}, {230}, Qt::Horizontal);
    if (!m_horizontal->restoreState(settings.value(u"window/splitter"_s).toByteArray())) {
        // First start: the evidence panel wide enough to read a summary without scrolling.
        m_horizontal->setSizes({width() * 3 / 5, width() * 2 / 5});
    }
    if (!m_vertical->restoreState(settings.value(u"window/plotSplitter"_s).toByteArray()))
        m_vertical->setSizes({height() * 11 / 20, height() * 9 / 20});
    if (!m_bottom->restoreState(settings.value(u"window/bottomSplitter"_s).toByteArray()))
        m_bottom->setSizes({width() * 3 / 5, width() * 2 / 5});
    m_columnWidthsRestored =
        m_table->horizontalHeader()->restoreState(settings.value(variantColumnsKey()).toByteArray());
    for (const QVariant& c : settings.value(variantColumnsKey() + u"/hidden"_s).toList())
        m_hiddenColumns.insert(c.toInt());
    updateRecentMenu();
    const QString database = settings.value(u"cases/database"_s, ReviewController::defaultDatabasePath()).toString();
    if (auto r = m_review->openDatabase(database); r)
        refreshCaseLists(m_review->store());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_horizontal->saveState());
    settings.setValue(u"window/plotSplitter"_s, m_vertical->saveState());
    settings.setValue(u"window/bottomSplitter"_s, m_bottom->saveState());
    settings.setValue(variantColumnsKey(), m_table->horizontalHeader()->saveState());
    QVariantList hidden;
    for (int c : std::as_const(m_hiddenColumns))
        hidden << c;
    settings.setValue(variantColumnsKey() + u"/hidden"_s, hidden);
}

QString MainWindow::recentKey(const QStringList& paths)
{
    // A settings key may not hold slashes: the files' digest names them.
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString& p : paths)
        h.addData(QFileInfo(p).absoluteFilePath().toUtf8() + '\n');
    return QString::fromLatin1(h.result().toHex());
}

void MainWindow::reloadChangedCase(const CaseVersion& version)
{
    // Not in the middle of loading, nor under an open dialog (the plan editor): the next check
    // of the case, a second later, comes back to it.
    const qint64 caseId = m_review->currentCase();
    if (caseId <= 0 || m_job->isRunning() || QApplication::activeModalWidget())
        return;
    m_changeNote = version.seq > 0 ? tr("Changed by %1; shown as it now is").arg(version.describe())
                                   : tr("The case was changed elsewhere; shown as it now is");
    showMessage(m_changeNote);
    openStoredCase(caseId);
}

void MainWindow::offerPendingDecision()
{
    if (!m_pendingDecision)
        return;
    const PendingDecision pending = *m_pendingDecision;
    m_pendingDecision.reset();
    // By its stored id: the case shown again may order its alterations otherwise.
    const auto indexOf = [this](qint64 stored) {
        return stored > 0 ? qint32(m_review->storedIds().indexOf(stored)) : -1;
    };
    const qint32 alteration = indexOf(pending.storedAlteration);
    if (pending.caseId != m_review->currentCase() || !result() || alteration < 0)
        return;
    const QString what =
        tr("%1: %2").arg(VariantTableModel::geneOf(*result(), alteration), decisionText(pending.decision));
    const DecisionMap& decided = m_review->decisions();
    auto* ask = new QMessageBox(
        QMessageBox::Question,
        tr("The case was changed"),
        tr("Your decision was not recorded: %1 changed the case while you were reviewing "
           "it. The case is now shown as it is (this alteration: %2).\n\nRecord your "
           "decision \"%3\" now?")
            .arg(pending.changedBy,
                 decided.contains(alteration) ? decisionText(decided.value(alteration)) : tr("no decision"),
                 what),
        QMessageBox::Yes | QMessageBox::No,
        this);
    ask->setObjectName(u"reapplyDecision"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, pending, indexOf](int button) {
        const qint32 at = indexOf(pending.storedAlteration);
        if (button != QMessageBox::Yes || pending.caseId != m_review->currentCase() || at < 0 || !result())
            return;
        if (auto r = m_review->review(at, pending.decision, pending.comment); !r)
            refuse(r.error().message);
        else
            showMessage(tr("%1: %2").arg(VariantTableModel::geneOf(*result(), at), decisionText(pending.decision)));
    });
    ask->open();
}

void MainWindow::refuse(const QString& why)
{
    notify(why);
}

void MainWindow::notify(const QString& why)
{
    showMessage(why);
    if (!m_refusal) {
        m_refusal = new QLabel(this);
        m_refusal->setObjectName(u"refusalNote"_s);
        m_refusal->setWordWrap(true);
        m_refusal->setAlignment(Qt::AlignCenter);
        m_refusal->setAttribute(Qt::WA_TransparentForMouseEvents);
        // Opaque over the table (style sheets know no tool-tip palette roles).
        m_refusal->setStyleSheet(u"QLabel { background: palette(base); color: palette(text); "
                                 "border: 1px solid #b00020; border-radius: 6px; padding: 8px 14px; }"_s);
        auto* hide = new QTimer(m_refusal);
        hide->setObjectName(u"refusalTimer"_s);
        hide->setSingleShot(true);
        connect(hide, &QTimer::timeout, m_refusal, &QWidget::hide);
    }
    m_refusal->setText(why);
    const int w = std::min(width() * 2 / 3, 640);
    m_refusal->setFixedWidth(w);
    m_refusal->adjustSize();
    // Over the lower part of the table, where the eye is after a key press.
    const QRect table(m_table->mapTo(this, QPoint(0, 0)), m_table->size());
    m_refusal->move(table.center().x() - w / 2,
                    std::max(0, table.bottom() - m_refusal->height() - 3 * fontMetrics().height()));
    m_refusal->raise();
    m_refusal->show();
    m_refusal->findChild<QTimer*>(u"refusalTimer"_s)->start(5000);
}

bool MainWindow::refusedWhenLocked()
{
    if (!m_review->isFinal())
        return false;
    refuse(lockedText());
    return true;
}

QString MainWindow::lockedText() const
{
    const auto s = m_review->currentSummary();
    if (!s)
        return tr("The case is final and locked");
    QString text = s->finalizedBy.isEmpty() ? tr("%1 is final and locked").arg(caseVersionName(*s))
                                            : tr("%1 is final and locked (signed by %2 on %3)")
                                                  .arg(caseVersionName(*s), s->finalizedBy, s->finalizedAt.left(10));
    text[0] = text[0].toUpper();
    return s->superseded ? tr("%1; a newer version amends it: open that one").arg(text)
                         : tr("%1: Review > Amend makes a new version to change").arg(text);
}

void MainWindow::showMessage(const QString& text)
{
    // QStatusBar hides its normal widgets under a message only when they are visible: before the
    // window is shown, the message waits until it is.
    if (!isVisible()) {
        QTimer::singleShot(0, this, [this, text] { statusBar()->showMessage(text, 8000); });
        return;
    }
    statusBar()->showMessage(text, 8000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        openFiles(files);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (presentationMode())
        setPresentationMode(false);
    saveSettings();
    m_job->cancel();
    m_job->waitForFinished();
    event->accept();
}

} // namespace onco
