#include "PdfReport.h"

#include "match/Tiering.h"

#include "PdfLayout.h"
#include "Version.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::PdfReport)
};

const QColor ink(0x1a, 0x3a, 0x5c);
const QColor muted(0x55, 0x55, 0x55);
const QColor band(0xe8, 0xee, 0xf5);

QColor levelColor(const QString& level)
{
    if (level == u"A")
        return QColor(0x1b, 0x5e, 0x20);
    if (level == u"B")
        return QColor(0x2e, 0x7d, 0x32);
    if (level == u"C")
        return QColor(0x8d, 0x6e, 0x00);
    if (level == u"D")
        return QColor(0xb3, 0x59, 0x00);
    return muted;
}

QFont font(qreal points, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString vafText(const ReadSupport& s)
{
    QString out;
    if (s.hasVaf())
        out = QString::number(double(s.vaf) * 100.0, 'f', 1) + u" %"_s;
    if (s.hasDepth())
        out += (out.isEmpty() ? QString() : u", "_s) + Messages::tr("depth %1").arg(s.depth);
    return out;
}

QString tumorTypeText(const AnnotationResult& r)
{
    if (r.caseData.tumorType.isEmpty())
        return Messages::tr("not given");
    return r.tumorTypeName.isEmpty() ? r.caseData.tumorType : u"%1 (%2)"_s.arg(r.tumorTypeName, r.caseData.tumorType);
}

QString kbText(const AnnotationResult& r)
{
    QStringList parts;
    for (const KbRelease& kb : r.knowledgeBases)
        parts << kb.source + u' ' + kb.release;
    return parts.join(u", "_s);
}

/** How an alteration is named in the report: its annotation, else the knowledge-base variant it matched. */
QString alterationTitle(const AnnotationResult& r, const Match& first)
{
    const Alteration& a = r.caseData.alterations[size_t(first.alteration)];
    if (!a.gene().isEmpty())
        return a.hgvsp().isEmpty() ? a.gene() : a.gene() + u' ' + a.hgvsp();
    return r.evidence[size_t(first.evidence)].molecularProfile;
}

void caseFacts(PdfLayout& layout, const AnnotationResult& result, const PdfReportOptions& options)
{
    const Case& c = result.caseData;
    QStringList inputs;
    for (const QString& in : c.inputs)
        inputs << QFileInfo(in).fileName();
    QList<QPair<QString, QString>> rows{
        {Messages::tr("Tumor type"), tumorTypeText(result)},
        {Messages::tr("Genome build"),
         c.genome == GenomeBuild::Unknown ? Messages::tr("unknown") : genomeBuildName(c.genome)},
        {Messages::tr("Input files"), inputs.join(u", "_s)},
    };
    if (!c.tumorSample.isEmpty())
        rows.append({Messages::tr("Tumor sample"), c.tumorSample});
    if (!c.normalSample.isEmpty())
        rows.append({Messages::tr("Normal sample"), c.normalSample});
    rows.append({Messages::tr("Alterations read"), QString::number(c.alterations.size())});
    rows.append(
        {Messages::tr("Alterations with evidence"),
         Messages::tr("%1 (%2 evidence items)").arg(result.matchedAlterationCount()).arg(result.matches.size())});
    if (c.skippedRecords > 0 || c.warningCount > 0)
        rows.append({Messages::tr("Input issues"),
                     Messages::tr("%1 records skipped, %2 warnings").arg(c.skippedRecords).arg(c.warningCount)});
    rows.append({Messages::tr("Knowledge base"), kbText(result)});
    if (!options.generatedAt.isEmpty())
        rows.append({Messages::tr("Generated"), options.generatedAt});

    const PdfLayout::Style key{font(9), muted, Qt::AlignLeft | Qt::AlignTop};
    const PdfLayout::Style value{font(9), Qt::black, Qt::AlignLeft | Qt::AlignTop};
    layout.beginTable({0.28, 0.72}, {}, QColor());
    for (const auto& [k, v] : rows)
        layout.addRow({{k, key}, {v, value}}, QColor(Qt::white));
    layout.endTable(layout.mm(3));
}

QString relationText(TumorRelation r)
{
    switch (r) {
    case TumorRelation::Same:
        return Messages::tr("on-label");
    case TumorRelation::EvidenceBroader:
        return Messages::tr("on-label, broader");
    case TumorRelation::EvidenceNarrower:
        return Messages::tr("on-label, subtype");
    case TumorRelation::Unrelated:
        return Messages::tr("off-label");
    case TumorRelation::Unknown:
        break;
    }
    return Messages::tr("relation unknown");
}

/** Alterations that have evidence or a call, strongest AMP tier first, then in input order. */
QList<qint32> tieredOrder(const AnnotationResult& result)
{
    QList<qint32> order;
    for (const AlterationCall& c : result.calls)
        order << c.alteration;
    std::stable_sort(order.begin(), order.end(), [&](qint32 x, qint32 y) {
        return Tiering::ampRank(result.callFor(x)->amp.tier) < Tiering::ampRank(result.callFor(y)->amp.tier);
    });
    return order;
}

/** One row per tiered alteration: the three schemes, the deciding item and the flags. */
void tierTable(PdfLayout& layout, const AnnotationResult& result)
{
    const PdfLayout::Style header{font(8, true), Qt::white, Qt::AlignLeft | Qt::AlignVCenter};
    const PdfLayout::Style cell{font(8), Qt::black, Qt::AlignLeft | Qt::AlignTop};
    QList<PdfLayout::Cell> head;
    for (const QString& title : {Messages::tr("Alteration"),
                                 Messages::tr("AMP"),
                                 Messages::tr("ESCAT"),
                                 Messages::tr("OncoKB-style"),
                                 Messages::tr("Deciding evidence and rule"),
                                 Messages::tr("Flags")})
        head.append({title, header});
    layout.beginTable({0.17, 0.12, 0.08, 0.09, 0.38, 0.16}, head, ink);
    for (qint32 i : tieredOrder(result)) {
        const AlterationCall& c = *result.callFor(i);
        if (c.amp.tier.isEmpty() || (c.amp.tier == u"III" && result.matchesFor(i).empty() && c.flags.isEmpty()))
            continue;
        const auto matches = result.matchesFor(i);
        const Alteration& a = result.caseData.alterations[size_t(i)];
        const QString name = matches.empty() ? a.displayName() : alterationTitle(result, matches.front());
        PdfLayout::Style tier = cell;
        tier.font.setBold(true);
        QStringList flags;
        for (const Flag& f : result.caseFlags + c.flags)
            if (!flags.contains(f.code))
                flags << f.code;
        layout.addRow({{name, cell},
                       {c.amp.tier + (c.amp.basis == u"resistance" ? Messages::tr(" (resistance)") : QString()), tier},
                       {c.escat.tier, cell},
                       {c.oncokb.tier.isEmpty() ? u"-"_s : c.oncokb.tier, cell},
                       {c.amp.reason, cell},
                       {flags.join(u", "_s).replace(u'_', u' '), cell}});
    }
    layout.endTable(layout.mm(3));
}

void evidenceTable(PdfLayout& layout, const AnnotationResult& result)
{
    const PdfLayout::Style header{font(8, true), Qt::white, Qt::AlignLeft | Qt::AlignVCenter};
    const PdfLayout::Style cell{font(8), Qt::black, Qt::AlignLeft | Qt::AlignTop};
    const PdfLayout::Style bandStyle{font(8.5, true), ink, Qt::AlignLeft | Qt::AlignVCenter};
    const QList<qreal> widths{0.10, 0.06, 0.11, 0.17, 0.19, 0.17, 0.20};
    QList<PdfLayout::Cell> head;
    for (const QString& title : {Messages::tr("Evidence"),
                                 Messages::tr("Level"),
                                 Messages::tr("Type"),
                                 Messages::tr("Direction / significance"),
                                 Messages::tr("Therapies"),
                                 Messages::tr("Disease"),
                                 Messages::tr("Citation")})
        head.append({title, header});
    layout.beginTable(widths, head, ink);

    // Alterations strongest tier first, each with its evidence in the knowledge base's level order.
    for (qint32 current : tieredOrder(result)) {
        const auto matches = result.matchesFor(current);
        if (matches.empty())
            continue;
        const Alteration& a = result.caseData.alterations[size_t(current)];
        QString text = alterationTitle(result, matches.front()) + u"   "_s
                       + u"%1:%2 %3>%4"_s.arg(a.chrom).arg(a.pos).arg(a.ref, a.alt);
        if (const QString vaf = vafText(a.tumor); !vaf.isEmpty())
            text += u"   "_s + Messages::tr("tumor VAF %1").arg(vaf);
        if (const AlterationCall* call = result.callFor(current))
            text += u"   "_s + Messages::tr("AMP %1").arg(call->amp.tier.isEmpty() ? u"-"_s : call->amp.tier);
        layout.addBand({text, bandStyle}, band);
        for (const Match& m : matches) {
            const EvidenceItem& e = result.evidence[size_t(m.evidence)];
            QString therapies = e.therapies.join(u", "_s);
            if (!e.therapyInteraction.isEmpty() && e.therapies.size() > 1)
                therapies += u" ("_s + e.therapyInteraction + u')';
            QString citation = e.citation;
            if (!e.citationId.isEmpty())
                citation += (e.sourceType == u"PubMed" ? u", PMID "_s : u", "_s) + e.citationId;
            QString direction = e.direction;
            if (!e.significance.isEmpty())
                direction += u" / "_s + e.significance;
            PdfLayout::Style level = cell;
            level.font.setBold(true);
            level.color = levelColor(e.level);
            PdfLayout::Style directionStyle = cell;
            if (e.direction == u"Does Not Support")
                directionStyle.color = muted;
            else if (e.significance.contains(u"Resistance"_s))
                directionStyle.color = QColor(0xc6, 0x28, 0x28);
            layout.addRow({{e.displayId, cell},
                           {e.level, level},
                           {e.evidenceType, cell},
                           {direction, directionStyle},
                           {therapies, cell},
                           {e.disease + u" ("_s + relationText(m.relation) + u')', cell},
                           {citation, cell}});
        }
    }
    layout.endTable(layout.mm(3));
}

} // namespace

Result<void> PdfReport::write(const AnnotationResult& result, const PdfReportOptions& options, QIODevice* device)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 18, 15, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(Messages::tr("OncoBoard case summary"));
    writer.setCreator(QString::fromLatin1(productName) + u' ' + QString::fromLatin1(productVersion));

    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    PdfLayout layout(&writer, QRectF(0, 0, page.width(), page.height()));

    layout.addText(Messages::tr("Molecular tumor board case summary"), {font(16, true), ink}, 0, layout.mm(3));
    caseFacts(layout, result, options);
    if (result.caseData.tumorType.isEmpty())
        layout.addText(Messages::tr("Tumor type missing: evidence cannot be judged on- or off-label for this patient."),
                       {font(9, true), QColor(0xb0, 0x00, 0x20)},
                       0,
                       layout.mm(2));

    if (!result.calls.empty()) {
        layout.addText(Messages::tr("Tiers (AMP/ASCO/CAP 2017; ESCAT and OncoKB-style levels by approximation)"),
                       {font(12, true), ink},
                       layout.mm(2),
                       layout.mm(2),
                       true);
        tierTable(layout, result);
    }
    layout.addText(Messages::tr("Alterations with knowledge-base evidence"),
                   {font(12, true), ink},
                   layout.mm(2),
                   layout.mm(2),
                   true);
    if (result.matches.empty())
        layout.addText(
            Messages::tr("No alteration of this case matched the knowledge base."), {font(9)}, 0, layout.mm(3));
    else
        evidenceTable(layout, result);

    layout.addText(Messages::tr("Sources and attribution"), {font(12, true), ink}, layout.mm(2), layout.mm(2), true);
    layout.addText(
        Messages::tr("Evidence from CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), released "
                     "under CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumor types from OncoTree "
                     "(Memorial Sloan Kettering Cancer Center, CC BY 4.0)."),
        {font(9)},
        0,
        layout.mm(2));
    layout.addText(
        Messages::tr("This summary supports the discussion of a molecular tumor board. Evidence levels are those of "
                     "the knowledge base; they are not treatment recommendations. Alterations absent from this "
                     "summary may still be clinically relevant."),
        {font(8.5), muted});

    const int pages = layout.paginate();
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(CoreError::Code::Io, Messages::tr("cannot start the PDF"));

    const QString header = options.institution.isEmpty()
                               ? Messages::tr("OncoBoard case summary")
                               : Messages::tr("%1 - OncoBoard case summary").arg(options.institution);
    const QString tumor = Messages::tr("Tumor type: %1").arg(tumorTypeText(result));
    const QString kb = Messages::tr("Knowledge base: %1").arg(kbText(result));
    const qreal mm = layout.mm(1);
    layout.paint(painter, [&](QPainter& p, const QRectF& body, int index, int count) {
        // Header and footer sit in the page margins (the painter's origin is the body's corner).
        p.setFont(font(7.5));
        p.setPen(QPen(muted, 0));
        const QRectF headerBox(0, -10 * mm, body.width(), 6 * mm);
        p.drawText(headerBox, Qt::AlignLeft | Qt::AlignVCenter, header);
        p.drawText(headerBox, Qt::AlignRight | Qt::AlignVCenter, tumor);
        p.drawLine(QPointF(0, -3.5 * mm), QPointF(body.width(), -3.5 * mm));
        const QRectF footerBox(0, body.height() + 4 * mm, body.width(), 6 * mm);
        p.drawLine(QPointF(0, body.height() + 3 * mm), QPointF(body.width(), body.height() + 3 * mm));
        p.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, kb);
        p.drawText(
            footerBox, Qt::AlignRight | Qt::AlignVCenter, Messages::tr("Page %1 of %2").arg(index + 1).arg(count));
    });
    Q_UNUSED(pages);
    if (!painter.end())
        return fail(CoreError::Code::Io, Messages::tr("writing the PDF failed"));
    return {};
}

} // namespace onco
