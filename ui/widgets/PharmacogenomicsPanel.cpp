#include "PharmacogenomicsPanel.h"
#include "kb/KbTerms.h"

#include <QEvent>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

QString zygosityText(const PgxObservation& o)
{
    switch (o.zygosity) {
    case Zygosity::Heterozygous:
        return PharmacogenomicsPanel::tr("heterozygous");
    case Zygosity::Homozygous:
        return PharmacogenomicsPanel::tr("homozygous");
    case Zygosity::Absent:
        return PharmacogenomicsPanel::tr("not carried");
    case Zygosity::Unknown:
        break;
    }
    return PharmacogenomicsPanel::tr("zygosity unknown");
}

} // namespace

PharmacogenomicsPanel::PharmacogenomicsPanel(QWidget* parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(u"pharmacogenomicsText"_s);
    m_browser->setOpenExternalLinks(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    setResult(nullptr);
}

void PharmacogenomicsPanel::setResult(std::shared_ptr<const AnnotationResult> result)
{
    m_result = std::move(result);
    const AnnotationResult* r = m_result.get();
    m_count = r ? int(r->pharmacogenomics.size()) : 0;
    if (!r || r->pharmacogenomics.empty()) {
        m_browser->setHtml(
            tr("<p>No pharmacogenomic allele (DPYD, TPMT, NUDT15, UGT1A1) among the case's variants.</p>"
               "<p><small>Only the variants the input reports are looked at: a somatic call set often leaves "
               "germline variants out.</small></p>"));
        return;
    }
    QString h;
    for (const PgxFinding& f : r->pharmacogenomics) {
        h += u"<h3>%1</h3>"_s.arg(f.gene.toHtmlEscaped());
        h += u"<ul>"_s;
        for (const PgxObservation& o : f.observed)
            h += tr("<li><b>%1</b>%2, %3 <small>(%4)</small></li>")
                     .arg((o.allele.isEmpty() ? o.variant : o.allele).toHtmlEscaped(),
                          o.rsid.isEmpty() ? QString() : u" "_s + o.rsid.toHtmlEscaped(),
                          zygosityText(o),
                          o.zygosityMethod.toHtmlEscaped());
        h += u"</ul>"_s;
        if (f.phenotype.isEmpty())
            h += tr("<p>Phenotype not derived (see the notes below).</p>");
        else
            h += tr("<p>Diplotype %1: <b>%2</b>%3</p>")
                     .arg(f.diplotype.toHtmlEscaped(),
                          kbTermText(f.phenotype).toHtmlEscaped(),
                          f.activityScore.isEmpty() ? QString() : tr(", activity score %1").arg(f.activityScore));
        // CPIC's words stay as CPIC wrote them, and say so in another language.
        if (!f.recommendations.empty() && QLocale().language() != QLocale::English)
            h += tr("<p style='color:gray'>Recommendations of CPIC, in English:</p>");
        for (const PgxRecommendation& rec : f.recommendations)
            h += tr("<p><b>%1</b> (%2): %3<br><small><a href=\"%4\">%5</a></small></p>")
                     .arg(rec.drug.toHtmlEscaped(),
                          kbTermText(rec.classification).toHtmlEscaped(),
                          rec.recommendation.toHtmlEscaped(),
                          rec.url.toHtmlEscaped(),
                          rec.source.toHtmlEscaped());
        if (!f.caveats.isEmpty()) {
            h += u"<p><small>"_s;
            for (const QString& c : f.caveats)
                h += c.toHtmlEscaped() + u"<br>"_s;
            h += u"</small></p>"_s;
        }
    }
    h += tr("<p><small>Never an AMP tier. A genotype read from tumor DNA needs confirmation on germline DNA before a "
            "dose is changed.</small></p>");
    m_browser->setHtml(h);
}

void PharmacogenomicsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setResult(m_result);
}

QString PharmacogenomicsPanel::text() const
{
    return m_browser->toPlainText();
}

} // namespace onco
