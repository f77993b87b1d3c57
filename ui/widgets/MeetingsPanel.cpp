#include "MeetingsPanel.h"

#include "caseStore/CaseStore.h"
#include "report/MeetingMinutes.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

// The meeting chooser keeps each meeting's date and title beside its id, to name it again.
constexpr int heldOnRole = Qt::UserRole + 1;
constexpr int titleRole = Qt::UserRole + 2;

QString meetingLabel(const QString& heldOn, const QString& title, qint64 id)
{
    return title.isEmpty() ? MeetingsPanel::tr("%1 (meeting %2)").arg(heldOn).arg(id)
                           : MeetingsPanel::tr("%1 - %2").arg(heldOn, title);
}

/** An agenda whose rows are reordered by dragging; never nested. */
class AgendaView : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    std::function<void()> reordered;

protected:
    void dropEvent(QDropEvent* event) override
    {
        QTreeWidget::dropEvent(event);
        if (reordered)
            reordered();
    }
};

} // namespace

MeetingsPanel::MeetingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_meetings(new QComboBox(this))
    , m_participants(new QLabel(this))
    , m_agenda(new AgendaView(this))
    , m_new(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_record(new QPushButton(this))
    , m_minutes(new QPushButton(this))
    , m_present(new QPushButton(this))
{
    m_texts.bind([this] {
        m_new->setText(tr("New Meeting…"));
        m_add->setText(tr("Add Open Case…"));
        m_record->setText(tr("Record Conclusion…"));
        m_minutes->setText(tr("Minutes PDF…"));
        m_present->setText(tr("Present"));
        m_present->setToolTip(tr("Present the agenda full screen: Page Down and Page Up move between its cases"));
    });
    m_meetings->setObjectName(u"meetingChooser"_s);
    m_agenda->setObjectName(u"meetingAgenda"_s);
    m_participants->setWordWrap(true);
    m_participants->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts.bind([this] {
        m_agenda->setHeaderLabels({tr("#"),
                                   tr("Patient"),
                                   tr("Case"),
                                   tr("Tumor type"),
                                   tr("State"),
                                   tr("Presenter"),
                                   tr("Question to the board"),
                                   tr("Conclusion")});
        m_agenda->setToolTip(tr("Drag a case to change the order in which it is presented; double-click to open it."));
    });
    m_agenda->setRootIsDecorated(false);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->setDragDropMode(QAbstractItemView::InternalMove);
    m_agenda->setDefaultDropAction(Qt::MoveAction);
    m_agenda->setDragDropOverwriteMode(false);
    m_agenda->invisibleRootItem()->setFlags(m_agenda->invisibleRootItem()->flags() | Qt::ItemIsDropEnabled);
    m_agenda->header()->setStretchLastSection(true);
    static_cast<AgendaView*>(m_agenda)->reordered = [this] { applyShownOrder(); };

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_add, m_record, m_minutes, m_present})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_meetings);
    layout->addWidget(m_participants);
    layout->addWidget(m_agenda, 1);
    layout->addLayout(buttons);

    connect(m_meetings, &QComboBox::currentIndexChanged, this, [this] { showAgenda(); });
    connect(m_new, &QPushButton::clicked, this, &MeetingsPanel::newMeeting);
    connect(m_add, &QPushButton::clicked, this, &MeetingsPanel::addCase);
    connect(m_record, &QPushButton::clicked, this, &MeetingsPanel::record);
    connect(m_minutes, &QPushButton::clicked, this, &MeetingsPanel::saveMinutes);
    connect(m_present, &QPushButton::clicked, this, [this] { emit presentRequested(currentMeeting()); });
    connect(m_agenda, &QTreeWidget::itemSelectionChanged, this, &MeetingsPanel::updateButtons);
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit caseActivated(item->data(PositionColumn, CaseIdRole).toLongLong());
    });
    updateButtons();
}

void MeetingsPanel::refresh(CaseStore* store)
{
    m_store = store;
    const qint64 keep = currentMeeting();
    const QSignalBlocker block(m_meetings);
    m_meetings->clear();
    if (m_store) {
        auto meetings = m_store->meetings();
        if (!meetings) {
            emit message(meetings.error().message);
        } else {
            for (const Meeting& m : std::as_const(*meetings)) {
                m_meetings->addItem(meetingLabel(m.heldOn, m.title, m.id), m.id);
                m_meetings->setItemData(m_meetings->count() - 1, m.heldOn, heldOnRole);
                m_meetings->setItemData(m_meetings->count() - 1, m.title, titleRole);
            }
        }
    }
    if (const int i = m_meetings->findData(keep); i >= 0)
        m_meetings->setCurrentIndex(i);
    showAgenda();
}

void MeetingsPanel::setCurrentCase(qint64 caseId)
{
    if (caseId == m_case)
        return;
    m_case = caseId;
    showAgenda(); // the open case's row in bold
}

bool MeetingsPanel::showMeeting(qint64 meetingId)
{
    const int i = m_meetings->findData(meetingId);
    if (i < 0)
        return false;
    m_meetings->setCurrentIndex(i);
    showAgenda();
    return true;
}

qint64 MeetingsPanel::currentMeeting() const
{
    return m_meetings->currentIndex() >= 0 ? m_meetings->currentData().toLongLong() : 0;
}

void MeetingsPanel::showAgenda()
{
    m_agenda->clear();
    m_participants->clear();
    const qint64 id = currentMeeting();
    if (!m_store || id == 0) {
        m_participants->setText(m_store ? tr("No meeting yet: plan one with New Meeting.")
                                        : tr("Open a case database to plan meetings."));
        updateButtons();
        return;
    }
    // The agenda needs each case's summary only (the minutes also read plans and sign-offs).
    auto meeting = m_store->meeting(id);
    if (!meeting) {
        emit message(meeting.error().message);
        updateButtons();
        return;
    }
    const Meeting& m = *meeting;
    m_participants->setText(m.participants.isEmpty() ? tr("Participants: none recorded")
                                                     : tr("Participants: %1").arg(m.participants.join(u"; "_s)));
    QFont bold = m_agenda->font();
    bold.setBold(true);
    for (const MeetingItem& entry : m.agenda) {
        auto summary = m_store->summary(entry.caseId);
        if (!summary) {
            emit message(summary.error().message);
            continue;
        }
        auto* item = new QTreeWidgetItem(m_agenda);
        item->setFlags((item->flags() | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
        item->setData(PositionColumn, CaseIdRole, entry.caseId);
        item->setText(PositionColumn, QString::number(entry.position));
        item->setText(PatientColumn, summary->patient);
        item->setText(CaseColumn, tr("%1 v%2").arg(summary->caseNumber).arg(summary->version));
        item->setText(TumorTypeColumn, summary->tumorType);
        item->setText(StateColumn, caseStateText(summary->state));
        item->setText(PresenterColumn, entry.presenter);
        item->setText(QuestionColumn, entry.question);
        item->setText(ConclusionColumn, entry.outcome);
        item->setToolTip(ConclusionColumn,
                         entry.outcome.isEmpty()
                             ? tr("No conclusion recorded yet")
                             : tr("Recorded by %1, %2").arg(entry.recordedBy, entry.recordedAt.left(16)));
        if (entry.caseId == m_case)
            for (int c = 0; c < m_agenda->columnCount(); ++c)
                item->setFont(c, bold);
    }
    for (int c = 0; c < ConclusionColumn; ++c)
        m_agenda->resizeColumnToContents(c);
    updateButtons();
}

void MeetingsPanel::applyShownOrder()
{
    // The agenda as dragged; each case out of place moved to its new place, then shown once.
    if (!m_store)
        return;
    QList<qint64> order;
    for (int i = 0; i < m_agenda->topLevelItemCount(); ++i)
        order << m_agenda->topLevelItem(i)->data(PositionColumn, CaseIdRole).toLongLong();
    auto meeting = m_store->meeting(currentMeeting());
    QList<qint64> stored;
    if (meeting)
        for (const MeetingItem& item : std::as_const(meeting->agenda))
            stored << item.caseId;
    else
        emit message(meeting.error().message);
    for (qsizetype i = 0; i < order.size() && i < stored.size(); ++i) {
        if (stored[i] == order[i])
            continue;
        if (auto r = m_store->moveOnAgenda(currentMeeting(), order[i], int(i + 1), Actor::current()); !r) {
            emit message(r.error().message);
            break;
        }
        stored.move(stored.indexOf(order[i]), i);
    }
    showAgenda();
}

bool MeetingsPanel::moveCase(qint64 caseId, int position)
{
    if (!m_store)
        return false;
    if (auto r = m_store->moveOnAgenda(currentMeeting(), caseId, position, Actor::current()); !r) {
        emit message(r.error().message);
        showAgenda();
        return false;
    }
    showAgenda();
    return true;
}

bool MeetingsPanel::addCurrentCase(const QString& presenter, const QString& question)
{
    if (!m_store || m_case == 0 || currentMeeting() == 0)
        return false;
    if (auto r = m_store->addToAgenda(currentMeeting(), m_case, presenter, question, Actor::current()); !r) {
        emit message(r.error().message);
        return false;
    }
    showAgenda();
    return true;
}

bool MeetingsPanel::recordConclusion(qint64 caseId, const QString& conclusion)
{
    if (!m_store || currentMeeting() == 0)
        return false;
    if (auto r = m_store->recordMeetingOutcome(currentMeeting(), caseId, conclusion, Actor::current()); !r) {
        emit message(r.error().message);
        return false;
    }
    showAgenda();
    return true;
}

bool MeetingsPanel::writeMinutes(const QString& path)
{
    if (!m_store || currentMeeting() == 0)
        return false;
    auto minutes = MeetingMinutes::gather(*m_store, currentMeeting());
    if (!minutes) {
        emit message(minutes.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit message(tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    const QSettings settings;
    MinutesOptions options;
    options.institution = settings.value(u"report/institution"_s).toString();
    options.pageSize =
        settings.value(u"report/pageSize"_s, u"A4"_s).toString().compare(u"Letter"_s, Qt::CaseInsensitive) == 0
            ? QPageSize::Letter
            : QPageSize::A4;
    options.generatedAt = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    if (auto r = minutes->writePdf(options, &file); !r) {
        file.cancelWriting();
        emit message(r.error().message);
        return false;
    }
    if (!file.commit()) {
        emit message(tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void MeetingsPanel::newMeeting()
{
    if (!m_store)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Board Meeting"));
    auto* date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto* title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("Molecular tumor board"));
    auto* participants = new QPlainTextEdit(&dialog);
    participants->setPlaceholderText(tr("One per line: Dr. A. Example (oncologist)"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Participants:"), participants);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = m_store->createMeeting(date->date().toString(Qt::ISODate),
                                     title->text(),
                                     participants->toPlainText().split(u'\n', Qt::SkipEmptyParts),
                                     Actor::current());
    if (!id) {
        emit message(id.error().message);
        return;
    }
    refresh(m_store);
    showMeeting(*id);
}

void MeetingsPanel::addCase()
{
    bool ok = false;
    const QString question = QInputDialog::getMultiLineText(
        this, tr("Add Open Case"), tr("Question to the board (optional):"), QString(), &ok);
    if (!ok)
        return;
    const QString presenter = Actor::current().name;
    addCurrentCase(presenter, question);
}

void MeetingsPanel::record()
{
    const QList<QTreeWidgetItem*> selected = m_agenda->selectedItems();
    if (selected.isEmpty())
        return;
    bool ok = false;
    const QString conclusion =
        QInputDialog::getMultiLineText(this,
                                       tr("Record Conclusion"),
                                       tr("What the board concluded on %1:").arg(selected.front()->text(PatientColumn)),
                                       selected.front()->text(ConclusionColumn),
                                       &ok);
    if (ok)
        recordConclusion(selected.front()->data(PositionColumn, CaseIdRole).toLongLong(), conclusion);
}

void MeetingsPanel::saveMinutes()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Minutes"), tr("minutes-%1.pdf").arg(m_meetings->currentText().left(10)), tr("PDF (*.pdf)"));
    if (!path.isEmpty() && writeMinutes(path))
        emit message(tr("Minutes saved to %1").arg(path));
}

void MeetingsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    for (int i = 0; i < m_meetings->count(); ++i)
        m_meetings->setItemText(i,
                                meetingLabel(m_meetings->itemData(i, heldOnRole).toString(),
                                             m_meetings->itemData(i, titleRole).toString(),
                                             m_meetings->itemData(i).toLongLong()));
    // The agenda read again in the new language, its selected case still selected.
    const QList<QTreeWidgetItem*> selected = m_agenda->selectedItems();
    const qint64 selectedCase =
        selected.isEmpty() ? 0 : selected.front()->data(PositionColumn, CaseIdRole).toLongLong();
    showAgenda();
    for (int i = 0; selectedCase != 0 && i < m_agenda->topLevelItemCount(); ++i)
        if (m_agenda->topLevelItem(i)->data(PositionColumn, CaseIdRole).toLongLong() == selectedCase)
            m_agenda->setCurrentItem(m_agenda->topLevelItem(i));
}

void MeetingsPanel::updateButtons()
{
    const bool meeting = m_store && currentMeeting() != 0;
    m_new->setEnabled(m_store != nullptr);
    m_add->setEnabled(meeting && m_case != 0);
    m_record->setEnabled(meeting && !m_agenda->selectedItems().isEmpty());
    m_minutes->setEnabled(meeting && m_agenda->topLevelItemCount() > 0);
    m_present->setEnabled(meeting && m_agenda->topLevelItemCount() > 0);
}

} // namespace onco
