#include "KnowledgeBaseDialog.h"

#include "LocalEvidenceDialog.h"
#include "kb/CivicImporter.h"
#include "kb/OncoKbImporter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

enum Column
{
    Source,
    Release,
    InUse,
    Evidence,
    Imported,
    Licence,
    ColumnCount,
};

/** Shows a wait cursor for the duration of a blocking import. */
struct WaitCursor
{
    WaitCursor()
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    ~WaitCursor()
    {
        QApplication::restoreOverrideCursor();
    }
};

} // namespace

KnowledgeBaseDialog::KnowledgeBaseDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_use(new QPushButton(tr("&Use for annotation"), this))
{
    setObjectName(u"knowledgeBaseDialog"_s);
    setWindowTitle(tr("Knowledge base"));
    resize(980, 440);

    auto* intro = new QLabel(tr("Every release imported into this knowledge base is kept. Annotation uses one "
                                "release of each source: the one chosen here, else the newest. Each report names "
                                "the releases it used."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(u"releasesTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Source"), tr("Release"), tr("In use"), tr("Evidence items"), tr("Imported (UTC)"), tr("Licence")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status->setObjectName(u"kbStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_use->setObjectName(u"useReleaseButton"_s);
    m_use->setEnabled(false);
    connect(m_use, &QPushButton::clicked, this, [this] { report(useRow(m_table->currentRow()), QString()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_use->setEnabled(row >= 0 && row < m_rows.size());
    });
    auto* civic = new QPushButton(tr("Import &CIViC release..."), this);
    connect(civic, &QPushButton::clicked, this, &KnowledgeBaseDialog::chooseCivicFolder);
    auto* oncokb = new QPushButton(tr("Import &OncoKB files..."), this);
    oncokb->setToolTip(tr("allActionableVariants.txt / allAnnotatedVariants.txt obtained under your site's OncoKB "
                          "licence. They stay on this computer."));
    connect(oncokb, &QPushButton::clicked, this, &KnowledgeBaseDialog::chooseOncoKbFiles);
    auto* local = new QPushButton(tr("Add &local evidence..."), this);
    local->setObjectName(u"addLocalEvidenceButton"_s);
    connect(local, &QPushButton::clicked, this, &KnowledgeBaseDialog::addLocalEvidence);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_use);
    actions->addStretch(1);
    actions->addWidget(civic);
    actions->addWidget(oncokb);
    actions->addWidget(local);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    auto kb = KnowledgeBase::open(path.isEmpty() ? KnowledgeBase::defaultPath() : path);
    if (!kb) {
        m_status->setText(kb.error().toString());
        return;
    }
    m_kb = std::move(kb.value());
    if (auto r = m_kb->ensureBundled(); !r)
        m_status->setText(r.error().toString());
    reload();
}

KnowledgeBaseDialog::~KnowledgeBaseDialog() = default;

QString KnowledgeBaseDialog::status() const
{
    return m_status->text();
}

void KnowledgeBaseDialog::reload()
{
    if (!m_kb)
        return;
    m_rows.clear();
    for (const QString& source : m_kb->sources())
        for (const KbReleaseInfo& r : m_kb->releases())
            if (r.kb.source == source)
                m_rows << r;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const KbReleaseInfo& r = m_rows[row];
        const auto active = m_kb->activeRelease(r.kb.source);
        const bool inUse = active && active->id == r.id;
        const qint64 evidence = m_kb->count("evidence", r.id);
        auto* source = new QTableWidgetItem(r.kb.source);
        source->setToolTip(r.attribution);
        m_table->setItem(row, Source, source);
        m_table->setItem(
            row, Release, new QTableWidgetItem(r.bundled ? tr("%1 (shipped)").arg(r.kb.release) : r.kb.release));
        m_table->setItem(row, InUse, new QTableWidgetItem(inUse ? tr("yes") : QString()));
        m_table->setItem(
            row, Evidence, new QTableWidgetItem(evidence > 0 ? QLocale().toString(evidence) : tr("reference data")));
        m_table->setItem(row, Imported, new QTableWidgetItem(r.importedAt.left(16).replace(u'T', u' ')));
        m_table->setItem(row, Licence, new QTableWidgetItem(r.licence));
        if (inUse) {
            QFont bold = m_table->font();
            bold.setBold(true);
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(row, c)->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void KnowledgeBaseDialog::report(const Result<void>& outcome, const QString& success)
{
    if (!outcome) {
        m_status->setText(outcome.error().toString());
        return;
    }
    if (!success.isEmpty())
        m_status->setText(success);
    reload();
    emit knowledgeBaseChanged();
}

Result<void> KnowledgeBaseDialog::useRow(int row)
{
    if (!m_kb || row < 0 || row >= m_rows.size())
        return fail(CoreError::Code::InvalidArgument, tr("Choose a release first."));
    const KbReleaseInfo r = m_rows[row];
    if (auto set = m_kb->setActiveRelease(r.kb.source, r.kb.release); !set)
        return set;
    m_status->setText(tr("%1 %2 is now used for annotation.").arg(r.kb.source, r.kb.release));
    reload();
    emit knowledgeBaseChanged();
    return {};
}

Result<void> KnowledgeBaseDialog::importCivicFolder(const QString& folder)
{
    if (!m_kb)
        return fail(CoreError::Code::Database, m_status->text());
    WaitCursor wait;
    auto imported = CivicImporter::import(m_kb->database(), folder, false);
    if (!imported) {
        m_status->setText(imported.error().toString());
        return Unexpected{imported.error()};
    }
    report({},
           tr("Imported CIViC %1: %2 evidence items, %3 variants; %4 data gaps listed by 'oncoboard-cli kb info'.")
               .arg(imported->release)
               .arg(imported->evidenceItems)
               .arg(imported->variants)
               .arg(imported->warnings.size()));
    return {};
}

Result<void> KnowledgeBaseDialog::importOncoKbFiles(const QStringList& files, const QString& release)
{
    if (!m_kb)
        return fail(CoreError::Code::Database, m_status->text());
    WaitCursor wait;
    auto imported = OncoKbImporter::import(m_kb->database(), files, release);
    if (!imported) {
        m_status->setText(imported.error().toString());
        return Unexpected{imported.error()};
    }
    QString text = tr("Imported OncoKB %1: %2 evidence items from %3 actionable and %4 annotated rows.")
                       .arg(imported->release)
                       .arg(imported->evidenceItems)
                       .arg(imported->actionableRows)
                       .arg(imported->annotatedRows);
    if (!imported->warnings.isEmpty())
        text += u' '
                + tr("%n row(s) skipped or questioned; first: %1", nullptr, int(imported->warnings.size()))
                      .arg(imported->warnings.first());
    report({}, text);
    return {};
}

void KnowledgeBaseDialog::chooseCivicFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("CIViC release folder (the TSV files of one monthly release)"), QString());
    if (!folder.isEmpty())
        (void)importCivicFolder(folder);
}

void KnowledgeBaseDialog::chooseOncoKbFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("OncoKB data files"), QString(), tr("OncoKB tables (*.txt *.tsv);;All files (*)"));
    if (files.isEmpty())
        return;
    bool ok = false;
    const QString release = QInputDialog::getText(
        this,
        tr("OncoKB release"),
        tr("Name of this OncoKB release (e.g. its data version, v4.21). Leave empty to take it from the file names "
           "or dates."),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (ok)
        (void)importOncoKbFiles(files, release.trimmed());
}

void KnowledgeBaseDialog::addLocalEvidence()
{
    if (!m_kb)
        return;
    LocalEvidenceDialog dialog(*m_kb, this);
    if (dialog.exec() == QDialog::Accepted)
        report({}, tr("Added local evidence item Local-%1.").arg(dialog.addedId()));
}

} // namespace onco
