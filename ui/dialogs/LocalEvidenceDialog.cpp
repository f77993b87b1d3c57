#include "LocalEvidenceDialog.h"

#include "kb/KnowledgeBase.h"
#include "ontology/OncoTree.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

QComboBox* combo(QWidget* parent, const QStringList& items, bool editable = false)
{
    auto* c = new QComboBox(parent);
    c->addItems(items);
    c->setEditable(editable);
    return c;
}

} // namespace

LocalEvidenceDialog::LocalEvidenceDialog(KnowledgeBase& kb, QWidget* parent)
    : QDialog(parent)
    , m_kb(kb)
    , m_gene(new QLineEdit(this))
    , m_alteration(new QLineEdit(this))
    , m_type(combo(
          this,
          {u"Predictive"_s, u"Diagnostic"_s, u"Prognostic"_s, u"Predisposing"_s, u"Oncogenic"_s, u"Functional"_s}))
    , m_level(combo(this, {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}))
    , m_direction(combo(this, {u"Supports"_s, u"Does Not Support"_s}))
    , m_significance(combo(this,
                           {u"Sensitivity/Response"_s,
                            u"Resistance"_s,
                            u"Reduced Sensitivity"_s,
                            u"Adverse Response"_s,
                            u"Positive"_s,
                            u"Negative"_s,
                            u"Better Outcome"_s,
                            u"Poor Outcome"_s,
                            u"Oncogenicity"_s},
                           true))
    , m_tumorType(new QComboBox(this))
    , m_disease(new QLineEdit(this))
    , m_doid(new QLineEdit(this))
    , m_therapies(new QLineEdit(this))
    , m_interaction(combo(this, {QString(), u"Combination"_s, u"Sequential"_s, u"Substitutes"_s}))
    , m_statement(new QPlainTextEdit(this))
    , m_pmid(new QLineEdit(this))
    , m_citation(new QLineEdit(this))
    , m_curator(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"localEvidenceDialog"_s);
    setWindowTitle(tr("Add local evidence"));
    resize(640, 620);

    m_gene->setPlaceholderText(tr("HGNC symbol, e.g. BRAF"));
    m_alteration->setPlaceholderText(tr("as CIViC names it: V600E, Amplification, Exon 19 Deletion"));
    m_tumorType->setEditable(true);
    m_tumorType->setInsertPolicy(QComboBox::NoInsert);
    m_tumorType->addItem(QString(), QString());
    QList<const OncoTreeNode*> nodes;
    for (const OncoTreeNode& n : OncoTree::bundled().nodes())
        if (n.level > 0)
            nodes << &n;
    std::sort(nodes.begin(), nodes.end(), [](auto* a, auto* b) { return a->code < b->code; });
    for (const OncoTreeNode* n : nodes)
        m_tumorType->addItem(u"%1 - %2"_s.arg(n->code, n->name), n->code);
    m_tumorType->completer()->setFilterMode(Qt::MatchContains);
    m_tumorType->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_doid->setPlaceholderText(tr("e.g. 1909"));
    m_therapies->setPlaceholderText(tr("separate several with ';'"));
    m_statement->setPlaceholderText(tr("The claim, as the board would cite it."));
    m_curator->setText(QString::fromLocal8Bit(qgetenv("USER")));
    m_reason->setPlaceholderText(tr("why this item is added locally"));
    m_error->setObjectName(u"localEvidenceError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Gene"), m_gene);
    form->addRow(tr("&Alteration"), m_alteration);
    form->addRow(tr("Evidence &type"), m_type);
    form->addRow(tr("&Level"), m_level);
    form->addRow(tr("&Direction"), m_direction);
    form->addRow(tr("&Significance"), m_significance);
    form->addRow(tr("Tumor type (OncoTree)"), m_tumorType);
    form->addRow(tr("or disease name"), m_disease);
    form->addRow(tr("and/or DOID"), m_doid);
    form->addRow(tr("T&herapies"), m_therapies);
    form->addRow(tr("Therapy interaction"), m_interaction);
    form->addRow(tr("S&tatement"), m_statement);
    form->addRow(tr("PubMed id"), m_pmid);
    form->addRow(tr("Citation"), m_citation);
    form->addRow(tr("&Curator"), m_curator);
    form->addRow(tr("&Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

KbEvidenceInput LocalEvidenceDialog::item() const
{
    KbEvidenceInput e;
    e.gene = m_gene->text().trimmed();
    e.alteration = m_alteration->text().trimmed();
    e.evidenceType = m_type->currentText();
    e.level = m_level->currentText();
    e.direction = m_direction->currentText();
    e.significance = m_significance->currentText().trimmed();
    e.oncotreeCode = m_tumorType->currentData().toString();
    e.disease = m_disease->text().trimmed();
    e.doid = m_doid->text().trimmed();
    for (const QString& t : m_therapies->text().split(u';', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            e.therapies << t.trimmed();
    e.therapyInteraction = m_interaction->currentText();
    if (e.therapies.size() > 1 && e.therapyInteraction.isEmpty())
        e.therapyInteraction = u"Combination"_s;
    e.statement = m_statement->toPlainText().trimmed();
    e.citationId = m_pmid->text().trimmed();
    if (!e.citationId.isEmpty())
        e.sourceType = u"PubMed"_s;
    e.citation = m_citation->text().trimmed();
    e.curator = m_curator->text().trimmed();
    e.reason = m_reason->text().trimmed();
    return e;
}

void LocalEvidenceDialog::setItem(const KbEvidenceInput& e)
{
    m_gene->setText(e.gene);
    m_alteration->setText(e.alteration);
    m_type->setCurrentText(e.evidenceType);
    m_level->setCurrentText(e.level);
    m_direction->setCurrentText(e.direction.isEmpty() ? u"Supports"_s : e.direction);
    m_significance->setCurrentText(e.significance);
    m_tumorType->setCurrentIndex(std::max(0, m_tumorType->findData(e.oncotreeCode)));
    m_disease->setText(e.disease);
    m_doid->setText(e.doid);
    m_therapies->setText(e.therapies.join(u"; "_s));
    m_interaction->setCurrentText(e.therapyInteraction);
    m_statement->setPlainText(e.statement);
    m_pmid->setText(e.citationId);
    m_citation->setText(e.citation);
    m_curator->setText(e.curator);
    m_reason->setText(e.reason);
}

QString LocalEvidenceDialog::error() const
{
    return m_error->text();
}

void LocalEvidenceDialog::accept()
{
    auto id = m_kb.addLocalEvidence(item());
    if (!id) {
        m_error->setText(id.error().message);
        return;
    }
    m_added = *id;
    QDialog::accept();
}

} // namespace onco
