#include "MainWindow.h"

#include "AnnotationJob.h"
#include "Version.h"
#include "dialogs/InputIssuesDialog.h"
#include "dialogs/KnowledgeBaseDialog.h"
#include "dialogs/SampleRoleDialog.h"
#include "kb/KnowledgeBase.h"
#include "models/VariantTableModel.h"
#include "ontology/OncoTree.h"
#include "widgets/EvidencePanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tumorType(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_variants(new VariantTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_evidence(new EvidencePanel(this))
    , m_job(new AnnotationJob(this))
    , m_kbLabel(new QLabel(this))
    , m_caseLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_issuesButton(new QPushButton(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    resize(1400, 860);

    m_proxy->setSourceModel(m_variants);
    m_proxy->setSortRole(VariantTableModel::SortRole);
    m_table->setObjectName(u"variantTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VariantTableModel::AmpTier, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // What the board decides on first: the gene, the change, its tier and flags, then the details.
    {
        QHeaderView* header = m_table->horizontalHeader();
        const int order[] = {VariantTableModel::Gene,
                             VariantTableModel::ProteinChange,
                             VariantTableModel::AmpTier,
                             VariantTableModel::BestLevel,
                             VariantTableModel::Evidence,
                             VariantTableModel::Flags};
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
    }
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"mainSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(m_evidence);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);

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
    m_tumorType->addItem(tr("(not given)"), QString());
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

    createActions();

    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    m_cancel->setObjectName(u"cancelButton"_s);
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
    statusBar()->addPermanentWidget(m_kbLabel);
    const KbRelease bundled = KnowledgeBase::bundledCivicRelease();
    m_kbLabel->setObjectName(u"kbLabel"_s);
    m_kbLabel->setText(tr("Knowledge base: %1 %2").arg(bundled.source, bundled.release));
    m_caseLabel->setText(tr("Open a case's files or folder (File > Open, or drop them here)."));

    connect(m_job, &AnnotationJob::progressChanged, this, [this](int perMille, const QString& stage) {
        m_progress->setValue(perMille);
        m_progress->setFormat(stage + u"  %p%"_s);
    });
    connect(m_job, &AnnotationJob::finished, this, &MainWindow::onJobFinished);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open..."), this, &MainWindow::openDialog);
    open->setObjectName(u"actionOpen"_s);
    open->setShortcut(QKeySequence::Open);
    QAction* openFolder = file->addAction(tr("Open &Folder..."), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a case folder"));
        if (!folder.isEmpty())
            openFiles({folder});
    });
    openFolder->setObjectName(u"actionOpenFolder"_s);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

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
                              "synonyms (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0).</p>")
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
    m_inputs = paths;
    m_tumorSample.clear();
    m_normalSample.clear();
    m_askedForSamples = false;
    startJob();
}

void MainWindow::askForSamples(const QString& file, const QStringList& samples, bool askNormal)
{
    m_askedForSamples = true;
    auto* dialog = new SampleRoleDialog(file, samples, askNormal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_tumorSample = dialog->tumorSample();
        m_normalSample = dialog->normalSample();
        startJob();
    });
    dialog->open();
}

void MainWindow::setTumorType(const QString& code)
{
    const OncoTreeNode* node = OncoTree::bundled().find(code);
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
    CaseLoadOptions options;
    options.tumorType = tumorType();
    options.tumorSample = m_tumorSample;
    options.normalSample = m_normalSample;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_caseLabel->setText(tr("Loading %1...").arg(QFileInfo(m_inputs.value(0)).fileName()));
    m_job->start(m_inputs, options, m_kbPath);
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
            askForSamples(outcome.error->file, outcome.error->choices, false);
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
    m_variants->setResult(outcome.result);
    for (int c = 0; c < VariantTableModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, !m_variants->columnHasData(c));
    m_table->resizeColumnsToContents();
    const AnnotationResult& r = *outcome.result;
    QStringList kbs;
    for (const KbRelease& kb : r.knowledgeBases)
        kbs << kb.source + u' ' + kb.release;
    m_kbLabel->setText(tr("Knowledge base: %1").arg(kbs.join(u", "_s)));
    QString status = tr("%n alterations", nullptr, int(r.caseData.alterations.size()));
    status += u", "_s + tr("%n with evidence", nullptr, int(r.matchedAlterationCount()));
    const qint64 problems = r.caseData.skippedRecords + r.caseData.warningCount;
    m_issuesButton->setVisible(problems > 0);
    m_issuesButton->setText(
        tr("%1 records skipped, %2 warnings...").arg(r.caseData.skippedRecords).arg(r.caseData.warningCount));
    if (r.caseData.genome != GenomeBuild::Unknown)
        status += u" \u00b7 "_s + genomeBuildName(r.caseData.genome);
    m_caseLabel->setText(status);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_evidence->showAlteration(outcome.result, -1);
    updateTitle();
    emit caseLoaded(true);
    if (!r.caseData.undecidedSamples.isEmpty() && !m_askedForSamples)
        askForSamples(r.caseData.inputs.value(0), r.caseData.undecidedSamples, true);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const int alteration = current.isValid() ? current.data(VariantTableModel::AlterationIndexRole).toInt() : -1;
    m_evidence->showAlteration(m_variants->result(), alteration);
}

void MainWindow::updateTitle()
{
    QString title = u"OncoBoard"_s;
    if (!m_inputs.isEmpty())
        title = QFileInfo(m_inputs.front()).fileName() + u" - "_s + title;
    if (!tumorType().isEmpty())
        title = tumorType() + u" \u00b7 "_s + title;
    setWindowTitle(title);
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
    m_job->cancel();
    m_job->waitForFinished();
    event->accept();
}

} // namespace onco
