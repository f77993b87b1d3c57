#include "PlanItemDialog.h"

#include "model/Evidence.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
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

PlanItemDialog::PlanItemDialog(const PlanItem& item, QWidget* parent)
    : QDialog(parent)
    , m_item(item)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(item.title, this))
    , m_therapies(new QLineEdit(item.therapies.join(u", "_s), this))
    , m_interaction(new QComboBox(this))
    , m_alterations(new QLineEdit(item.alterations.join(u", "_s), this))
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
    m_alterations->setPlaceholderText(tr("BRAF:p.V600E or 7:140453136:A:T"));
    m_evidence->setPlaceholderText(tr("CIViC:EID9851, PMID:31566309"));
    m_trials->setPlaceholderText(tr("NCT02928224"));
    m_rationale->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&herapies:"), m_therapies);
    form->addRow(tr("&Interaction:"), m_interaction);
    form->addRow(tr("&Alterations:"), m_alterations);
    form->addRow(tr("&Evidence and citations:"), m_evidence);
    form->addRow(tr("T&rials (NCT):"), m_trials);
    form->addRow(tr("&Level it rests on:"), m_level);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Rationale:"), m_rationale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

PlanItem PlanItemDialog::item() const
{
    PlanItem item = m_item;
    item.kind = PlanItemKind(m_kind->currentData().toInt());
    item.therapies = listOf(m_therapies);
    item.interaction = item.therapies.size() > 1 ? m_interaction->currentData().toString() : QString();
    item.title = m_title->text().trimmed();
    if (item.title.isEmpty() && !item.therapies.isEmpty()) {
        EvidenceItem label;
        label.therapies = item.therapies;
        label.therapyInteraction = item.interaction;
        item.title = therapyLabel(label);
    }
    item.alterations = listOf(m_alterations);
    item.evidence.clear();
    item.citations.clear();
    for (const QString& ref : listOf(m_evidence))
        (ref.startsWith(u"PMID"_s, Qt::CaseInsensitive) ? item.citations : item.evidence) << ref;
    item.trials = listOf(m_trials);
    item.level = m_level->text().trimmed();
    item.priority = m_priority->value();
    item.rationale = m_rationale->toPlainText().trimmed();
    return item;
}

void PlanItemDialog::accept()
{
    if (item().title.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Name the therapy, the trial or the diagnostic step."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace onco
