#include "EvidencePanel.h"
#include "kb/KbTerms.h"

#include "match/Tiering.h"

#include "models/EvidenceTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

EvidencePanel::EvidencePanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_model(new EvidenceTableModel(this))
{
    setObjectName(u"evidencePanel"_s);
    m_title->setObjectName(u"evidenceTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_table->setObjectName(u"evidenceTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Drag an item onto the plan to recommend from it.
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Whether the item is on-label matters as much as its level: show it beside the level.
    m_table->horizontalHeader()->moveSection(EvidenceTableModel::Relation, EvidenceTableModel::Level + 1);
    m_table->horizontalHeader()->moveSection(EvidenceTableModel::MatchKind, EvidenceTableModel::Level + 2);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_details->setObjectName(u"evidenceDetails"_s);
    m_details->setOpenExternalLinks(true);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // An earlier decision on the same alteration, to take over in one action.
    m_earlier = new QWidget(this);
    m_earlier->setObjectName(u"earlierDecision"_s);
    m_earlierText = new QLabel(m_earlier);
    m_earlierText->setWordWrap(true);
    m_accept = new QPushButton(m_earlier);
    m_accept->setObjectName(u"acceptEarlierButton"_s);
    m_texts.bind([this] {
        m_accept->setText(tr("&Accept"));
        m_accept->setToolTip(tr("Take over this decision for the current case"));
    });
    connect(m_accept, &QPushButton::clicked, this, &EvidencePanel::acceptEarlierRequested);
    auto* earlierLayout = new QHBoxLayout(m_earlier);
    earlierLayout->setContentsMargins(0, 0, 0, 0);
    earlierLayout->addWidget(m_earlierText, 1);
    earlierLayout->addWidget(m_accept);
    m_earlier->setVisible(false);

    // This case's decision on the alteration, with its reviewer and comment.
    m_decision = new QLabel(this);
    m_decision->setObjectName(u"boardDecision"_s);
    m_decision->setWordWrap(true);
    m_decision->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_decision);
    layout->addWidget(m_earlier);
    // Earlier patients of this case database with the alteration, and what became of the board's advice.
    m_experience = new QLabel(this);
    m_experience->setObjectName(u"earlierPatients"_s);
    m_experience->setWordWrap(true);
    m_experience->setVisible(false);
    layout->addWidget(m_experience);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) { showDetails(current.row()); });
    showAlteration(nullptr, -1);
}

void EvidencePanel::showAlteration(std::shared_ptr<const AnnotationResult> result, int alteration)
{
    m_result = result;
    m_alteration = alteration;
    m_model->setAlteration(result, alteration);
    if (!result || alteration < 0) {
        m_title->setText(tr("<b>Evidence</b><br>Select an alteration to see its evidence."));
        m_details->clear();
        return;
    }
    const Alteration& a = result->caseData.alterations[size_t(alteration)];
    const int n = m_model->rowCount();
    QString name = a.displayName();
    // Without an annotation, say which knowledge-base variant the coordinates are.
    if (a.gene().isEmpty() && n > 0)
        name = m_model->evidenceAt(0)->molecularProfile + u" \u00b7 "_s + name;
    const AlterationCall call = Tiering::callOf(*result, alteration);
    QStringList flags;
    for (const Flag& f : result->caseFlags)
        flags << f.code;
    for (const Flag& f : call.flags)
        if (!flags.contains(f.code))
            flags << f.code;
    auto tier = [](const TierCall& t) { return t.tier.isEmpty() ? u"-"_s : t.tier; };
    m_title->setText(tr("<b>%1</b><br>%2 evidence items &middot; AMP <b>%3</b>%4 &middot; ESCAT %5 &middot; "
                        "OncoKB-style %6%7")
                         .arg(name.toHtmlEscaped())
                         .arg(n)
                         .arg(tier(call.amp),
                              call.amp.basis.isEmpty() ? QString() : u" (%1)"_s.arg(tierBasisText(call.amp.basis)),
                              tier(call.escat),
                              tier(call.oncokb),
                              flags.isEmpty() ? QString()
                                              : u" &middot; <span style='color:#b26a00'>%1</span>"_s.arg(
                                                  flags.join(u", "_s).replace(u'_', u' '))));
    m_title->setToolTip(call.amp.reason);
    m_table->resizeColumnsToContents();
    if (n > 0)
        m_table->selectRow(0);
    else
        m_details->setHtml(tr("<p>No knowledge-base evidence matched this alteration.</p>"));
}

void EvidencePanel::showDetails(int row)
{
    const EvidenceItem* e = m_model->evidenceAt(row);
    const Match* m = m_model->matchAt(row);
    if (!e || !m) {
        m_details->clear();
        return;
    }
    QString h;
    h += tr("<h3>%1 &middot; %2 &middot; level %3</h3>")
             .arg(e->displayId.toHtmlEscaped(), e->molecularProfile.toHtmlEscaped(), e->level.toHtmlEscaped());
    h += u"<p><b>%1</b> %2 / %3 &middot; %4</p>"_s.arg(kbTermText(e->evidenceType).toHtmlEscaped(),
                                                       kbTermText(e->direction).toHtmlEscaped(),
                                                       kbTermText(e->significance).toHtmlEscaped(),
                                                       e->disease.toHtmlEscaped());
    if (!e->therapies.isEmpty())
        h += tr("<p><b>Therapies:</b> %1%2</p>")
                 .arg(e->therapies.join(u", "_s).toHtmlEscaped(),
                      e->therapyInteraction.isEmpty() ? QString() : u" (%1)"_s.arg(kbTermText(e->therapyInteraction)));
    // The knowledge base's own words stay as it wrote them, and say so in another language.
    if (!e->statement.isEmpty() && QLocale().language() != QLocale::English)
        h += tr("<p style='color:gray'>Statement of %1, in English:</p>").arg(e->kb.source.toHtmlEscaped());
    h += u"<p lang='en'>%1</p>"_s.arg(e->statement.toHtmlEscaped());
    QString citation = e->citation.toHtmlEscaped();
    if (e->sourceType == u"PubMed" && !e->citationId.isEmpty())
        citation += u", <a href='https://pubmed.ncbi.nlm.nih.gov/%1/'>PMID %1</a>"_s.arg(e->citationId);
    h += tr("<p><b>Citation:</b> %1</p>").arg(citation);
    if (!e->nctIds.isEmpty()) {
        QStringList links;
        for (const QString& nct : e->nctIds)
            links << u"<a href='https://clinicaltrials.gov/study/%1'>%1</a>"_s.arg(nct.toHtmlEscaped());
        h += tr("<p><b>Trials:</b> %1</p>").arg(links.join(u", "_s));
    }
    h += tr("<p><b>Why it matched</b> (%1): %2</p>").arg(matchClassText(m->matchClass), m->rule.toHtmlEscaped());
    h += tr("<p><b>Tumor type:</b> %1 &middot; %2</p>")
             .arg(tumorRelationText(m->relation), m->relationPath.toHtmlEscaped());
    h += tr("<p><b>Source:</b> %1 %2 &middot; <a href='%3'>open in %1</a></p>")
             .arg(e->kb.source.toHtmlEscaped(), e->kb.release.toHtmlEscaped(), e->url.toHtmlEscaped());
    m_details->setHtml(h);
}

void EvidencePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    m_model->retranslate();
    const int row = m_table->currentIndex().row();
    showAlteration(m_result, m_alteration);
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
}

void EvidencePanel::setDecision(const QString& text)
{
    m_decision->setText(text);
    m_decision->setVisible(!text.isEmpty());
}

QString EvidencePanel::decisionText() const
{
    return m_decision->text();
}

void EvidencePanel::setEarlierDecision(const QString& text, bool canAccept)
{
    m_earlierText->setText(text);
    m_accept->setEnabled(canAccept);
    m_earlier->setVisible(!text.isEmpty());
}

QString EvidencePanel::earlierDecisionText() const
{
    return m_earlier->isVisible() || !m_earlierText->text().isEmpty() ? m_earlierText->text() : QString();
}

void EvidencePanel::setEarlierPatients(const QString& text)
{
    m_experience->setText(text);
    m_experience->setVisible(!text.isEmpty());
}

QString EvidencePanel::earlierPatientsText() const
{
    return m_experience->text();
}

QString EvidencePanel::detailText() const
{
    return m_details->toPlainText();
}

} // namespace onco
