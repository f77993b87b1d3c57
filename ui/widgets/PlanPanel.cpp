#include "PlanPanel.h"

#include "dialogs/PlanItemDialog.h"
#include "models/EvidenceTableModel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QString kindTitle(PlanItemKind kind)
{
    switch (kind) {
    case PlanItemKind::Therapy:
        return PlanPanel::tr("Recommended therapies");
    case PlanItemKind::Trial:
        return PlanPanel::tr("Clinical trials");
    case PlanItemKind::Diagnostic:
        return PlanPanel::tr("Further diagnostics");
    }
    return {};
}

} // namespace

PlanPanel::PlanPanel(QWidget* parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_meeting(new DateField(this))
    , m_participants(new QLineEdit(this))
    , m_followUp(new DateField(this))
    , m_conclusion(new QPlainTextEdit(this))
    , m_applyDetails(new QPushButton(this))
{
    m_texts.bind([this] {
        m_add->setText(tr("&Add..."));
        m_edit->setText(tr("Ed&it..."));
        m_remove->setText(tr("Re&move"));
        m_applyDetails->setText(tr("Save conclusion"));
    });
    setObjectName(u"planPanel"_s);
    setAcceptDrops(true);
    m_state->setWordWrap(true);
    m_tree->setObjectName(u"planTree"_s);
    m_tree->setColumnCount(5);
    m_texts.bind([this] {
        m_tree->setHeaderLabels(
            {tr("Recommendation"), tr("Alterations"), tr("Level"), tr("Rationale"), tr("Evidence")});
    });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAcceptDrops(false); // the panel takes the drop
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { editSelected(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(!m_readOnly && selectedId() > 0);
        m_remove->setEnabled(!m_readOnly && selectedId() > 0);
    });

    auto* addMenu = new QMenu(m_add);
    QAction* addTherapy = addMenu->addAction(QString(), this, [this] { addItem(PlanItemKind::Therapy); });
    addTherapy->setObjectName(u"actionAddTherapy"_s);
    QAction* addTrial = addMenu->addAction(QString(), this, [this] { addItem(PlanItemKind::Trial); });
    addTrial->setObjectName(u"actionAddTrial"_s);
    QAction* addDiagnostic = addMenu->addAction(QString(), this, [this] { addItem(PlanItemKind::Diagnostic); });
    addDiagnostic->setObjectName(u"actionAddDiagnostic"_s);
    m_texts.bind([addTherapy, addTrial, addDiagnostic] {
        addTherapy->setText(tr("&Therapy..."));
        addTrial->setText(tr("Clinical t&rial..."));
        addDiagnostic->setText(tr("Further &diagnostics..."));
    });
    m_add->setMenu(addMenu);
    connect(m_edit, &QPushButton::clicked, this, &PlanPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto r = removeSelected(); !r)
            report(r.error());
    });
    connect(m_applyDetails, &QPushButton::clicked, this, [this] {
        if (auto r = applyDetails(); !r)
            report(r.error());
    });

    m_meeting->setObjectName(u"meetingDate"_s);
    m_followUp->setObjectName(u"followUpDate"_s);
    m_texts.bind([this] {
        m_participants->setPlaceholderText(tr("Dr. A (oncologist), Dr. B (molecular pathologist)"));
        m_conclusion->setPlaceholderText(tr("The board's conclusion"));
    });
    m_conclusion->setTabChangesFocus(true);
    m_conclusion->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* meetingLabel = new QLabel(this);
    auto* followUpLabel = new QLabel(this);
    auto* participantsLabel = new QLabel(this);
    auto* conclusionLabel = new QLabel(this);
    m_texts.bind([meetingLabel, followUpLabel, participantsLabel, conclusionLabel] {
        meetingLabel->setText(tr("Meeting:"));
        followUpLabel->setText(tr("Follow-up:"));
        participantsLabel->setText(tr("Participants:"));
        conclusionLabel->setText(tr("Conclusion:"));
    });
    auto* dates = new QHBoxLayout;
    dates->addWidget(meetingLabel);
    dates->addWidget(m_meeting);
    dates->addWidget(followUpLabel);
    dates->addWidget(m_followUp);
    auto* form = new QFormLayout;
    form->addRow(dates);
    form->addRow(participantsLabel, m_participants);
    form->addRow(conclusionLabel, m_conclusion);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_state);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_applyDetails, 0, Qt::AlignRight);
    refresh();
}

PlanPanel::~PlanPanel() = default;

QUndoStack* PlanPanel::undoStack() const
{
    return m_editor ? m_editor->undoStack() : nullptr;
}

void PlanPanel::setCase(CaseStore* store,
                        qint64 caseId,
                        std::shared_ptr<const AnnotationResult> result,
                        bool final,
                        std::function<QString(const QString&)> chemblOf)
{
    m_result = std::move(result);
    m_chemblOf = std::move(chemblOf);
    m_store = store;
    m_caseId = caseId;
    m_readOnly = final || !store || caseId <= 0;
    if (!m_editor || !store || m_editor->caseId() != caseId) {
        m_editor.reset();
        if (store && caseId > 0) {
            m_editor = std::make_unique<PlanEditor>(store, caseId, Actor::current());
            connect(m_editor.get(), &PlanEditor::planChanged, this, &PlanPanel::refresh);
            connect(m_editor.get(), &PlanEditor::failed, this, &PlanPanel::message);
            if (auto r = m_editor->reload(); !r)
                report(r.error());
        }
        emit undoStackChanged(undoStack());
    }
    if (m_editor)
        m_editor->setActor(Actor::current()); // the identity may have changed at a sign-off
    if (m_editor && final)
        m_editor->undoStack()->clear(); // nothing of a signed plan can be undone
    refresh();
}

void PlanPanel::refresh()
{
    showPlan();
    if (!m_editor) {
        // No stored case (or another one): nothing of an earlier case's board stays on screen.
        m_meeting->setIsoDate(QString());
        m_followUp->setIsoDate(QString());
        m_participants->clear();
        m_conclusion->clear();
        return;
    }
    const PlanDetails& d = m_editor->plan().details;
    m_meeting->setIsoDate(d.meetingDate);
    m_followUp->setIsoDate(d.followUp);
    m_participants->setText(d.participants.join(u", "_s));
    if (m_conclusion->toPlainText() != d.conclusion)
        m_conclusion->setPlainText(d.conclusion);
}

void PlanPanel::showPlan()
{
    const bool editable = m_editor && !m_readOnly;
    m_state->setText(!m_editor    ? tr("<i>Save the case to the case database to build the board's plan.</i>")
                     : m_readOnly ? tr("<b>Final:</b> the plan is signed and read-only; amend the case to change it.")
                                  : tr("Drop evidence items here to recommend from them, or add one."));
    for (QWidget* w : std::initializer_list<QWidget*>{m_add, m_meeting, m_participants, m_followUp, m_applyDetails})
        w->setEnabled(editable);
    m_conclusion->setReadOnly(!editable);
    m_edit->setEnabled(editable && selectedId() > 0);
    m_remove->setEnabled(editable && selectedId() > 0);

    const qint64 selected = selectedId();
    m_tree->clear();
    if (!m_editor)
        return;
    const TreatmentPlan& plan = m_editor->plan();
    // Alterations by the name the board knows them by; the stored reference in the tooltip.
    QHash<QString, QString> names;
    if (m_result)
        for (qint32 i = 0; i < qint32(m_result->caseData.alterations.size()); ++i) {
            const Alteration& a = m_result->caseData.alterations[size_t(i)];
            const auto matches = m_result->matchesFor(i);
            QString name = a.displayName();
            if (a.gene().isEmpty() && !matches.empty())
                name = m_result->evidence[size_t(matches.front().evidence)].molecularProfile;
            names.insert(alterationReference(a).toLower(), name);
        }
    auto nameOf = [&](const QStringList& refs) {
        QStringList out;
        for (const QString& ref : refs)
            out << names.value(ref.toLower(), ref);
        return out.join(u", "_s);
    };
    for (PlanItemKind kind : {PlanItemKind::Therapy, PlanItemKind::Trial, PlanItemKind::Diagnostic}) {
        const QList<PlanItem> items = plan.itemsOf(kind);
        if (items.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_tree, {kindTitle(kind)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const PlanItem& item : items) {
            QString title = u"%1. %2"_s.arg(item.priority).arg(item.title);
            if (!item.trials.isEmpty() && kind != PlanItemKind::Trial)
                title += u" ("_s + item.trials.join(u", "_s) + u')';
            else if (!item.trials.isEmpty() && !item.title.contains(item.trials.front()))
                title += u" \u00b7 "_s + item.trials.join(u", "_s);
            auto* row = new QTreeWidgetItem(m_tree,
                                            {title,
                                             nameOf(item.alterations),
                                             item.level,
                                             item.rationale,
                                             (item.evidence + item.citations).join(u", "_s)});
            row->setData(0, idRole, item.id);
            row->setToolTip(1, item.alterations.join(u", "_s));
            row->setToolTip(3, item.rationale);
            row->setToolTip(0, tr("Added by %1 on %2").arg(item.createdBy, item.createdAt.left(10)));
            if (item.id == selected)
                m_tree->setCurrentItem(row);
        }
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), 260));
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    m_tree->setColumnWidth(2, std::min(m_tree->columnWidth(2), 200));
}

qint64 PlanPanel::selectedId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, idRole).toLongLong() : 0;
}

void PlanPanel::report(const CoreError& error)
{
    emit message(error.message);
}

Result<qint64> PlanPanel::addFromEvidence(qint32 alteration, qint32 evidence)
{
    if (!m_editor || m_readOnly || !m_result)
        return fail(CoreError::Code::InvalidArgument,
                    m_editor ? tr("the case is final: amend it to change its plan")
                             : tr("save the case to the case database first"));
    if (alteration < 0 || size_t(alteration) >= m_result->caseData.alterations.size() || evidence < 0
        || size_t(evidence) >= m_result->evidence.size())
        return fail(CoreError::Code::InvalidArgument, tr("that evidence item is not part of this case"));
    PlanItem item = PlanEditor::fromEvidence(*m_result, alteration, evidence, m_chemblOf);
    item.priority = int(m_editor->plan().itemsOf(item.kind).size()) + 1; // after those already there
    auto id = m_editor->add(item);
    if (id)
        emit edited();
    return id;
}

Result<void> PlanPanel::applyDetails()
{
    if (!m_editor)
        return fail(CoreError::Code::InvalidArgument, tr("save the case to the case database first"));
    PlanDetails d;
    d.meetingDate = m_meeting->isoDate();
    d.followUp = m_followUp->isoDate();
    for (const QString& p : m_participants->text().split(u','))
        if (!p.trimmed().isEmpty())
            d.participants << p.trimmed();
    d.conclusion = m_conclusion->toPlainText().trimmed();
    auto r = m_editor->setDetails(d);
    if (r)
        emit edited();
    return r;
}

Result<void> PlanPanel::removeSelected()
{
    if (!m_editor || selectedId() <= 0)
        return {};
    auto r = m_editor->remove(selectedId());
    if (r)
        emit edited();
    return r;
}

void PlanPanel::addItem(PlanItemKind kind)
{
    if (!m_editor)
        return;
    PlanItem item;
    item.kind = kind;
    item.priority = int(m_editor->plan().itemsOf(kind).size()) + 1;
    PlanItemDialog dialog(item, alterationChoices(), this);
    dialog.setObjectName(u"planItemDialog"_s);
    // A refused item reopens the dialog with the reason and everything typed.
    while (dialog.exec() == QDialog::Accepted) {
        PlanItem made = dialog.item();
        if (m_chemblOf && made.therapyIds.isEmpty())
            for (const QString& t : made.therapies)
                if (const QString id = m_chemblOf(t); !id.isEmpty())
                    made.therapyIds << u"ChEMBL:"_s + id;
        if (auto r = m_editor->add(made); r) {
            emit edited();
            return;
        } else {
            dialog.setError(r.error().message);
        }
    }
}

QList<PlanItemDialog::Choice> PlanPanel::alterationChoices() const
{
    QList<PlanItemDialog::Choice> out;
    if (!m_store || m_caseId <= 0)
        return out;
    auto stored = m_store->alterations(m_caseId);
    if (!stored)
        return out;
    // Tier I first, then II, then the others, each in the case's order.
    std::vector<const StoredAlteration*> order;
    for (const StoredAlteration& a : *stored)
        order.push_back(&a);
    auto rank = [](const StoredAlteration* a) {
        return a->ampTier.startsWith(u"I-"_s) ? 0 : a->ampTier.startsWith(u"II-"_s) ? 1 : 2;
    };
    std::stable_sort(order.begin(), order.end(), [&](auto* x, auto* y) { return rank(x) < rank(y); });
    for (const StoredAlteration* a : order) {
        // How the table reads it (gene and change), with the stored reference when that says more.
        const Alteration& x = a->alteration;
        const QString change = !x.hgvsp().isEmpty() ? x.hgvsp() : x.hgvsc();
        QString label = (x.gene() + u' ' + change).trimmed();
        if (label.isEmpty())
            label = a->ref;
        else if (!a->ref.startsWith(x.gene() + u':') || change.isEmpty())
            label += u" ("_s + a->ref + u')';
        if (!a->ampTier.isEmpty())
            label += tr(" \u2013 AMP %1").arg(a->ampTier);
        out << PlanItemDialog::Choice{a->ref, label};
    }
    return out;
}

void PlanPanel::editSelected()
{
    if (!m_editor || m_readOnly)
        return;
    const qint64 id = selectedId();
    const auto& items = m_editor->plan().items;
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const PlanItem& p) { return p.id == id; });
    if (it == items.cend())
        return;
    PlanItemDialog dialog(*it, alterationChoices(), this);
    dialog.setObjectName(u"planItemDialog"_s);
    while (dialog.exec() == QDialog::Accepted) {
        if (auto r = m_editor->edit(dialog.item()); r) {
            emit edited();
            return;
        } else {
            dialog.setError(r.error().message);
        }
    }
}

void PlanPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    showPlan();
}

void PlanPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && m_editor && !EvidenceTableModel::draggedEvidence(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PlanPanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_readOnly && m_editor && !EvidenceTableModel::draggedEvidence(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PlanPanel::dropEvent(QDropEvent* event)
{
    for (const auto& [alteration, evidence] : EvidenceTableModel::draggedEvidence(event->mimeData()))
        if (auto r = addFromEvidence(alteration, evidence); !r) {
            report(r.error());
            return;
        }
    event->acceptProposedAction();
}

} // namespace onco
