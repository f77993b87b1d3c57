#include "PlanItemDialog.h"

#include "model/Evidence.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

QStringList listOf(const QLineEdit* edit)
{
    QStringList out;
    for (const QString& part : edit->text().split(QRegularExpression(u"[,;]"_s)))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

PlanItemDialog::PlanItemDialog(const PlanItem& item, const QList<Choice>& choices, QWidget* parent)
    : QDialog(parent)
    , m_item(item)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_alterationList(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(item.title, this))
    , m_therapies(new QLineEdit(item.therapies.join(u", "_s), this))
    , m_interaction(new QComboBox(this))
    , m_evidence(new QLineEdit((item.evidence + item.citations).join(u", "_s), this))
    , m_trials(new QLineEdit(item.trials.join(u", "_s), this))
    , m_level(new QLineEdit(item.level, this))
    , m_priority(new QSpinBox(this))
    , m_rationale(new QPlainTextEdit(item.rationale, this))
{
    setWindowTitle(item.id > 0 ? tr("Edit recommendation") : tr("New recommendation"));
    m_kind->addItem(tr("Therapy"), int(PlanItemKind::Therapy));
    m_kind->addItem(tr("Clinical trial"), int(PlanItemKind::Trial));
    m_kind->addItem(tr("Further diagnostics"), int(PlanItemKind::Diagnostic));
    m_kind->setCurrentIndex(m_kind->findData(int(item.kind)));
    for (const QString& i : {QString(), u"Combination"_s, u"Sequential"_s, u"Substitutes"_s})
        m_interaction->addItem(i.isEmpty() ? tr("(one therapy)") : i, i);
    m_interaction->setCurrentIndex(std::max(0, m_interaction->findData(item.interaction)));
    m_priority->setRange(1, 99);
    m_priority->setValue(std::max(1, item.priority));
    m_title->setPlaceholderText(tr("Encorafenib + Cetuximab; a trial's title; germline testing"));
    m_therapies->setPlaceholderText(tr("Encorafenib, Cetuximab"));
    m_evidence->setPlaceholderText(tr("CIViC:EID9851, PMID:31566309"));
    m_trials->setPlaceholderText(tr("NCT02928224"));
    m_rationale->setTabChangesFocus(true);

    m_kind->setObjectName(u"planItemKind"_s);
    m_error->setObjectName(u"planItemError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }"_s);
    m_error->hide();

    // The case's alterations to pick from; what the item names besides them stays, checked.
    m_alterationList->setObjectName(u"planAlterations"_s);
    m_filter->setObjectName(u"planAlterationFilter"_s);
    m_filter->setPlaceholderText(tr("Type to filter the case's alterations"));
    m_filter->setClearButtonEnabled(true);
    QStringList named = item.alterations;
    auto addChoice = [this, &named](const QString& reference, const QString& label) {
        auto* row = new QListWidgetItem(label, m_alterationList);
        row->setData(Qt::UserRole, reference);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool checked = named.contains(reference, Qt::CaseInsensitive);
        row->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        named.removeAll(reference);
    };
    for (const Choice& c : choices)
        addChoice(c.reference, c.label);
    for (const QString& other : QStringList(named))
        addChoice(other, other);
    m_alterationList->setMinimumHeight(6 * fontMetrics().height());
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int r = 0; r < m_alterationList->count(); ++r) {
            QListWidgetItem* row = m_alterationList->item(r);
            row->setHidden(!text.isEmpty() && !row->text().contains(text, Qt::CaseInsensitive)
                           && row->checkState() != Qt::Checked);
        }
    });
    auto* alterations = new QWidget(this);
    auto* alterationLayout = new QVBoxLayout(alterations);
    alterationLayout->setContentsMargins(0, 0, 0, 0);
    alterationLayout->addWidget(m_filter);
    alterationLayout->addWidget(m_alterationList);

    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("T&herapies:"), m_therapies);
    m_form->addRow(tr("&Interaction:"), m_interaction);
    m_form->addRow(tr("&Alterations:"), alterations);
    m_form->addRow(tr("&Evidence and citations:"), m_evidence);
    m_form->addRow(tr("T&rials (NCT):"), m_trials);
    m_form->addRow(tr("&Level it rests on:"), m_level);
    m_form->addRow(tr("&Priority:"), m_priority);
    m_form->addRow(tr("&Rationale:"), m_rationale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlanItemDialog::showKindFields);
    showKindFields();
    resize(600, sizeHint().height());
}

void PlanItemDialog::showKindFields()
{
    const auto kind = PlanItemKind(m_kind->currentData().toInt());
    const bool therapy = kind == PlanItemKind::Therapy;
    const bool trial = kind == PlanItemKind::Trial;
    m_form->setRowVisible(m_therapies, therapy);
    m_form->setRowVisible(m_interaction, therapy);
    m_form->setRowVisible(m_trials, trial);
    m_form->setRowVisible(m_level, therapy || trial);
    m_title->setPlaceholderText(therapy ? tr("Encorafenib + Cetuximab (from the therapies when empty)")
                                : trial ? tr("The trial's title")
                                        : tr("Germline testing of BRCA2; RNA fusion panel; repeat biopsy"));
}

void PlanItemDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString PlanItemDialog::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

PlanItem PlanItemDialog::item() const
{
    PlanItem item = m_item;
    item.kind = PlanItemKind(m_kind->currentData().toInt());
    // Fields of another kind are not kept: a diagnostic step has no therapies, a therapy no trial.
    item.therapies = item.kind == PlanItemKind::Therapy ? listOf(m_therapies) : QStringList();
    item.interaction = item.therapies.size() > 1 ? m_interaction->currentData().toString() : QString();
    item.trials = item.kind == PlanItemKind::Trial ? listOf(m_trials) : QStringList();
    item.title = m_title->text().trimmed();
    if (item.title.isEmpty() && !item.therapies.isEmpty()) {
        EvidenceItem label;
        label.therapies = item.therapies;
        label.therapyInteraction = item.interaction;
        item.title = therapyLabel(label);
    }
    item.alterations.clear();
    for (int r = 0; r < m_alterationList->count(); ++r)
        if (m_alterationList->item(r)->checkState() == Qt::Checked)
            item.alterations << m_alterationList->item(r)->data(Qt::UserRole).toString();
    item.evidence.clear();
    item.citations.clear();
    for (const QString& ref : listOf(m_evidence))
        (ref.startsWith(u"PMID"_s, Qt::CaseInsensitive) ? item.citations : item.evidence) << ref;
    item.level = item.kind == PlanItemKind::Diagnostic ? QString() : m_level->text().trimmed();
    item.priority = m_priority->value();
    item.rationale = m_rationale->toPlainText().trimmed();
    return item;
}

void PlanItemDialog::accept()
{
    if (item().title.isEmpty()) {
        setError(tr("Name the therapy, the trial or the diagnostic step."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace onco
