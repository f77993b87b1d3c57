#include "PresentationView.h"

#include "match/Tiering.h"
#include "models/VariantTableModel.h"
#include "plots/PlotsPanel.h"
#include "report/ReportSelection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

} // namespace

PresentationView::PresentationView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_state(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_plots(new PlotsPanel(this))
{
    setObjectName(u"presentationView"_s);
    setFocusPolicy(Qt::StrongFocus);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(u"presentationTitle"_s);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.5);
    m_counter->setFont(medium);
    m_body->setFont(medium);
    m_body->setObjectName(u"presentationBody"_s);
    m_body->setOpenExternalLinks(true);
    m_body->setFocusPolicy(Qt::NoFocus);
    m_plots->setFocusPolicy(Qt::NoFocus);
    // Axis labels and titles readable from the back of a meeting room.
    m_plots->setFont(medium);
    m_state->setObjectName(u"presentationState"_s);
    m_state->setFont(medium);
    m_state->setWordWrap(true);

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_counter);
    auto* content = new QHBoxLayout;
    content->addWidget(m_body, 3);
    content->addWidget(m_plots, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(head);
    layout->addWidget(m_state);
    layout->addLayout(content, 1);
    auto* hint = new QLabel(this);
    m_texts.bind([hint] { hint->setText(tr("\u2190 \u2192 move between findings \u00b7 Esc or F11 leaves")); });
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
}

void PresentationView::setCaseState(const QString& text, bool signedFinal)
{
    m_state->setText(text);
    // Anything but a signed final version in the warning colour of the PDF's watermark.
    m_state->setStyleSheet(signedFinal ? u"QLabel { color: #1b5e20; font-weight: bold; }"_s
                                       : u"QLabel { color: #b00020; font-weight: bold; }"_s);
}

QString PresentationView::caseState() const
{
    return m_state->text();
}

void PresentationView::setResult(std::shared_ptr<const AnnotationResult> result,
                                 const DecisionMap& decisions,
                                 const QString& title)
{
    m_result = std::move(result);
    m_decisions = decisions;
    m_findings.clear();
    m_plots->setResult(m_result);
    setWindowTitle(title);
    if (m_result) {
        // The report's actionable findings, strongest first: the board sees what the PDF lists.
        for (qint32 i : ReportSelection::of(*m_result, m_decisions).actionable)
            m_findings << i;
    }
    showFinding(m_findings.isEmpty() ? -1 : 0);
}

void PresentationView::showFinding(int index)
{
    m_onAgendaPage = false;
    if (!m_result || index < 0 || index >= m_findings.size()) {
        m_current = -1;
        m_title->setText(windowTitle());
        m_counter->clear();
        m_body->setHtml(tr("<p>No actionable finding (AMP Tier I or II, or included by the board) in this case.</p>"));
        m_plots->showAlteration(-1);
        return;
    }
    m_current = index;
    const qint32 i = m_findings[index];
    const AnnotationResult& r = *m_result;
    const AlterationCall& call = *r.callFor(i);
    const QString gene = VariantTableModel::geneOf(r, i);
    const QString change = VariantTableModel::proteinChangeOf(r, i);
    const Alteration& a = r.caseData.alterations[size_t(i)];
    m_title->setText((gene + u' ' + (change.isEmpty() ? a.displayName() : change)).trimmed());
    m_counter->setText(tr("Finding %1 of %2").arg(index + 1).arg(m_findings.size()));

    QString h;
    h += tr("<p><b>AMP %1</b>%2 &middot; ESCAT %3 &middot; OncoKB-style %4</p>")
             .arg(call.amp.tier,
                  call.amp.basis.isEmpty() ? QString() : u" (%1)"_s.arg(tierBasisText(call.amp.basis)),
                  call.escat.tier.isEmpty() ? u"-"_s : call.escat.tier,
                  call.oncokb.tier.isEmpty() ? u"-"_s : call.oncokb.tier);
    h += tr("<p>%1</p>").arg(call.amp.reason.toHtmlEscaped());
    if (a.tumor.hasVaf())
        h += tr("<p>Tumor VAF %1 %%2</p>")
                 .arg(double(a.tumor.vaf) * 100, 0, 'f', 1)
                 .arg(a.tumor.hasDepth() ? tr(", depth %1").arg(a.tumor.depth) : QString());
    // On-label therapies with their best supporting item.
    QStringList therapies;
    QSet<QString> seen;
    for (const Match& m : r.matchesFor(i)) {
        const EvidenceItem& e = r.evidence[size_t(m.evidence)];
        if (e.direction != u"Supports" || e.therapies.isEmpty() || m.relation == TumorRelation::Unrelated
            || m.relation == TumorRelation::Unknown)
            continue;
        const QString therapy = therapyLabel(e);
        if (seen.contains(therapy) || therapies.size() >= 6)
            continue;
        seen.insert(therapy);
        const bool resistance = e.significance.contains(u"Resistance"_s) || e.significance == u"Adverse Response";
        therapies << tr("<li>%1%2 &mdash; %3 level %4 (%5)</li>")
                         .arg(resistance ? u"<span style='color:#c62828'>"_s + tr("resistance: ") : QString(),
                              therapy.toHtmlEscaped() + (resistance ? u"</span>"_s : QString()),
                              e.displayId,
                              e.level,
                              e.disease.toHtmlEscaped());
    }
    if (!therapies.isEmpty())
        h += tr("<p><b>Therapies with on-label evidence</b></p><ul>%1</ul>").arg(therapies.join(QString()));
    QStringList flags;
    for (const Flag& f : r.caseFlags + call.flags)
        flags << f.reason.toHtmlEscaped();
    if (!flags.isEmpty())
        h += tr("<p><b>Caution:</b> %1</p>").arg(flags.join(u"; "_s));
    const auto d = m_decisions.constFind(i);
    h += d == m_decisions.cend() ? tr("<p><i>Not yet reviewed.</i></p>")
                                 : tr("<p><b>Board decision:</b> %1</p>").arg(decisionText(*d));
    // The plan's recommendations that rest on this finding, then the board's conclusion.
    const QString ref = alterationReference(r.caseData.alterations[size_t(i)]);
    QStringList planned;
    for (const PlanItem& item : m_plan.items)
        if (item.alterations.contains(ref, Qt::CaseInsensitive))
            planned << u"<li><b>%1</b>%2</li>"_s.arg(
                item.title.toHtmlEscaped(),
                item.rationale.isEmpty() ? QString() : u" &mdash; "_s + item.rationale.toHtmlEscaped());
    if (!planned.isEmpty())
        h += tr("<p><b>Plan</b></p><ul>%1</ul>").arg(planned.join(QString()));
    if (!m_plan.details.conclusion.isEmpty())
        h += tr("<p><b>Conclusion of the board:</b> %1</p>").arg(m_plan.details.conclusion.toHtmlEscaped());
    m_body->setHtml(h);
    m_plots->showPlotFor(i);
}

void PresentationView::setPlan(const TreatmentPlan& plan)
{
    m_plan = plan;
    showFinding(m_current);
}

QString PresentationView::text() const
{
    return m_title->text() + u'\n' + m_state->text() + u'\n' + m_counter->text() + u'\n' + m_body->toPlainText();
}

void PresentationView::setAgendaPage(const QString& heading, const QString& html)
{
    m_agendaHeading = heading;
    m_agendaHtml = html;
    if (presentsAgenda())
        showAgendaPage();
}

void PresentationView::showAgendaPage()
{
    m_onAgendaPage = true;
    m_current = -1;
    m_title->setText(m_agendaHeading);
    m_counter->setText(tr("Findings: %1").arg(m_findings.size()));
    m_body->setHtml(m_agendaHtml);
    m_plots->showAlteration(-1);
}

void PresentationView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    if (m_onAgendaPage)
        showAgendaPage();
    else if (m_result)
        showFinding(m_current);
}

void PresentationView::keyPressEvent(QKeyEvent* event)
{
    if (presentsAgenda()) {
        // A meeting: Page Down/Up between the agenda's cases, the arrows within the case.
        switch (event->key()) {
        case Qt::Key_PageDown:
            emit nextCaseRequested();
            return;
        case Qt::Key_PageUp:
            emit previousCaseRequested();
            return;
        case Qt::Key_R:
            emit recordRequested();
            return;
        case Qt::Key_Right:
        case Qt::Key_Down:
        case Qt::Key_Space:
            if (m_onAgendaPage) {
                m_onAgendaPage = false;
                showFinding(m_findings.isEmpty() ? -1 : 0);
                return;
            }
            break;
        case Qt::Key_Left:
        case Qt::Key_Up:
        case Qt::Key_Backspace:
            if (!m_onAgendaPage && m_current <= 0) {
                showAgendaPage();
                return;
            }
            break;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        if (m_current + 1 < m_findings.size())
            showFinding(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        if (m_current > 0)
            showFinding(m_current - 1);
        return;
    case Qt::Key_Home:
        showFinding(m_findings.isEmpty() ? -1 : 0);
        return;
    case Qt::Key_End:
        showFinding(int(m_findings.size()) - 1);
        return;
    case Qt::Key_Escape:
    case Qt::Key_F11:
        emit exitRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace onco
