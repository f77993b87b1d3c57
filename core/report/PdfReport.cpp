#include "PdfReport.h"
#include "Translation.h"
#include "kb/KbTerms.h"

#include "effect/EffectPredictor.h"

#include "match/Tiering.h"

#include "PdfLayout.h"
#include "ReportSelection.h"
#include "Version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
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

/** A case state in words of the summary's language. */
QString stateText(CaseState state)
{
    switch (state) {
    case CaseState::Draft:
        return Messages::tr("draft");
    case CaseState::Preliminary:
        return Messages::tr("preliminary");
    case CaseState::Final:
        return Messages::tr("final");
    }
    return {};
}

/** A stored time (ISO 8601, UTC) as the summary prints it: "2026-11-26 14:25 UTC". */
QString timeText(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : iso;
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

/**
 * How an alteration is named in the report: its gene and protein change; else the knowledge-base
 * variant it is exactly (a raw "7:140453136 A>T" is CIViC's "BRAF V600E"); else its own name.
 */
QString alterationTitle(const AnnotationResult& r, qint32 i)
{
    const Alteration& a = r.caseData.alterations[size_t(i)];
    if (!a.gene().isEmpty() && !a.hgvsp().isEmpty())
        return a.gene() + u' ' + a.hgvsp();
    const auto matches = r.matchesFor(i);
    for (const Match& m : matches)
        if (m.matchClass == MatchClass::Exact)
            return r.evidence[size_t(m.evidence)].molecularProfile;
    if (!a.gene().isEmpty() || matches.empty())
        return a.displayText();
    return r.evidence[size_t(matches.front().evidence)].molecularProfile;
}

void caseFacts(PdfLayout& layout, const ReportCase& report, const PdfReportOptions& options)
{
    const AnnotationResult& result = report.result;
    const Case& c = result.caseData;
    QStringList inputs;
    for (const QString& in : c.inputs)
        inputs << QFileInfo(in).fileName();
    QList<QPair<QString, QString>> rows;
    if (const auto& s = report.stored) {
        rows.append({Messages::tr("Patient"), Messages::tr("pseudonym %1").arg(s->patient)});
        if (const auto& id = report.identity) {
            QStringList parts;
            if (!id->name.isEmpty())
                parts << id->name;
            if (!id->birthDate.isEmpty())
                parts << Messages::tr("born %1").arg(id->birthDate);
            if (!id->recordNumber.isEmpty())
                parts << Messages::tr("record %1").arg(id->recordNumber);
            rows.append({Messages::tr("Identity"), parts.join(u", "_s)});
        }
        rows.append({Messages::tr("Case"),
                     Messages::tr("%1, version %2%3 (database id %4)")
                         .arg(s->caseNumber)
                         .arg(s->version)
                         .arg(s->version > 1 ? Messages::tr(", amends version %1").arg(s->version - 1) : QString())
                         .arg(s->id)});
        if (!s->specimen.isEmpty())
            rows.append({Messages::tr("Specimen"), s->specimen});
        if (!s->assay.isEmpty())
            rows.append({Messages::tr("Assay"), s->assay});
    }
    rows.append({Messages::tr("Tumor type"), tumorTypeText(result)});
    rows.append({Messages::tr("Genome build"),
                 c.genome == GenomeBuild::Unknown ? Messages::tr("unknown") : genomeBuildName(c.genome)});
    rows.append({Messages::tr("Input files"), inputs.join(u", "_s)});
    if (!c.tumorSample.isEmpty())
        rows.append({Messages::tr("Tumor sample"), c.tumorSample});
    if (!c.normalSample.isEmpty())
        rows.append({Messages::tr("Normal sample"), c.normalSample});
    rows.append({Messages::tr("Alterations"), QString::number(c.alterations.size())});
    rows.append(
        {Messages::tr("Alterations with evidence"),
         Messages::tr("%1 (%2 evidence items)").arg(result.matchedAlterationCount()).arg(result.matches.size())});
    if (const auto summary = EffectPredictor::summarize(c);
        summary.predicted + summary.fromInput + summary.notAnnotated > 0)
        rows.append({Messages::tr("Functional annotation"), summary.text()});
    if (c.skippedRecords > 0 || c.warningCount > 0)
        rows.append({Messages::tr("Input issues"),
                     (c.skippedRecords == 1 ? Messages::tr("1 record skipped")
                                            : Messages::tr("%L1 records skipped").arg(c.skippedRecords))
                         + u", "_s
                         + (c.warningCount == 1 ? Messages::tr("1 warning")
                                                : Messages::tr("%L1 warnings").arg(c.warningCount))});
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
QString reviewText(const ReportCase& report, qint32 i)
{
    const auto it = report.reviews.constFind(i);
    if (it == report.reviews.cend())
        return Messages::tr("not reviewed");
    // Who decided, and the comment they gave.
    QString text = decisionText(it->decision);
    if (!it->reviewer.name.isEmpty())
        text += Messages::tr(" by %1").arg(it->reviewer.name);
    if (!it->comment.isEmpty())
        text += u": \u201c"_s + it->comment + u"\u201d"_s;
    return text;
}

/** An alteration's name in the report: gene and change, else the knowledge-base variant it matched. */
QString findingName(const AnnotationResult& r, qint32 i)
{
    return alterationTitle(r, i);
}

void heading(PdfLayout& layout, const QString& text)
{
    layout.addText(text, {font(12, true), ink}, layout.mm(2), layout.mm(2), true);
}

/** The actionable findings by AMP tier, each with what decided it, and the case's biomarkers. */
void executiveSummary(PdfLayout& layout, const ReportCase& report, const ReportSelection& selection)
{
    const AnnotationResult& r = report.result;
    heading(layout, Messages::tr("Summary of actionable findings"));
    const PdfLayout::Style tierStyle{font(9.5, true), ink};
    const PdfLayout::Style item{font(9)};
    bool any = false;
    for (const QString& group : {u"I"_s, u"II"_s, u"III"_s}) {
        QStringList lines;
        for (qint32 i : selection.actionable) {
            const AlterationCall* call = r.callFor(i);
            const QString tier = call->amp.tier;
            if (ampTierGroup(call->ampTier()) != group)
                continue;
            QString line = u"\u2022 "_s + findingName(r, i) + u" \u2014 AMP "_s + tier;
            if (call->amp.evidence >= 0) {
                const EvidenceItem& e = r.evidence[size_t(call->amp.evidence)];
                line +=
                    u": "_s
                    + (e.therapies.isEmpty() ? kbTermText(e.significance)
                                             : Messages::tr("%1 %2").arg(kbTermText(e.significance), therapyLabel(e)))
                    + u" ("_s + e.disease + u", "_s + e.kb.source + u' ' + e.displayId + u", "_s
                    + Messages::tr("level %1").arg(e.level) + u')';
            }
            if (const AlterationDetail* d = r.caseData.alterations[size_t(i)].detailOrNull();
                d && !d->extra().estimateMethod.isEmpty())
                line += u" \u2014 "_s
                        + Messages::tr("an estimate by OncoBoard, not an assay result: confirm with a "
                                       "validated assay before acting on it");
            lines << line;
        }
        if (lines.isEmpty())
            continue;
        any = true;
        layout.addText(Messages::tr("Tier %1").arg(group), tierStyle, layout.mm(1), layout.mm(1), true);
        for (const QString& line : lines)
            layout.addText(line, item, 0, layout.mm(0.8));
    }
    QStringList biomarkers;
    for (const Alteration& a : r.caseData.alterations)
        if (a.kind == AlterationKind::Biomarker) {
            const AlterationDetail* d = a.detailOrNull();
            if (!d || d->extra().estimateMethod.isEmpty())
                biomarkers << a.displayText();
            else
                biomarkers << Messages::tr("%1 %2 %3 (%4%5)")
                                  .arg(a.displayText(),
                                       QString::number(d->extra().value, 'g', 3),
                                       d->extra().unit,
                                       d->extra().estimateMethod,
                                       d->extra().estimateCaveat.isEmpty() ? QString()
                                                                           : u"; "_s + d->extra().estimateCaveat);
        }
    if (!biomarkers.isEmpty())
        layout.addText(Messages::tr("Biomarkers: %1").arg(biomarkers.join(u"; "_s)), item, layout.mm(1), 0);
    if (!any)
        layout.addText(Messages::tr("No actionable finding (AMP tier I or II) in this case."), item);
    layout.addText(QString(), item, 0, layout.mm(2));
}

/** The board's plan: therapies, trials, further diagnostics, follow-up and conclusion. */
void planSection(PdfLayout& layout, const ReportCase& report)
{
    const TreatmentPlan& plan = report.plan;
    heading(layout, Messages::tr("Treatment plan of the tumor board"));
    const PdfLayout::Style text{font(9)};
    const PdfLayout::Style key{font(9), muted};
    if (plan.isEmpty()) {
        layout.addText(report.stored ? Messages::tr("The board has not recorded a plan for this case.")
                                     : Messages::tr("No plan: this summary was made from an annotation, not from "
                                                    "a case of the case database."),
                       text,
                       0,
                       layout.mm(2));
        return;
    }
    // The board reads alterations by name; the stored reference stays beside a name it differs from.
    QHash<QString, QString> names;
    for (qint32 i = 0; i < qint32(report.result.caseData.alterations.size()); ++i) {
        const QString ref = report.refOf(i);
        const QString name = findingName(report.result, i);
        // The coordinate stays beside a name only when it says more than the name ("7:140453136:A:T").
        const bool genomic = !ref.isEmpty()
                             && (ref.front().isDigit() || ref.startsWith(u"chr"_s) || ref.startsWith(u"X:"_s)
                                 || ref.startsWith(u"Y:"_s));
        names.insert(ref, genomic && name != ref ? u"%1\n(%2)"_s.arg(name, ref) : name);
    }
    const PlanDetails& d = plan.details;
    if (!d.meetingDate.isEmpty() || !d.participants.isEmpty())
        layout.addText(Messages::tr("Board meeting %1%2")
                           .arg(d.meetingDate.isEmpty() ? Messages::tr("(date not given)") : d.meetingDate,
                                d.participants.isEmpty()
                                    ? QString()
                                    : Messages::tr("; participants: %1").arg(d.participants.join(u", "_s))),
                       text,
                       0,
                       layout.mm(2));
    const PdfLayout::Style header{font(8, true), Qt::white, Qt::AlignLeft | Qt::AlignVCenter};
    const PdfLayout::Style cell{font(8), Qt::black, Qt::AlignLeft | Qt::AlignTop};
    PdfLayout::Style strong = cell;
    strong.font.setBold(true);
    const struct
    {
        PlanItemKind kind;
        QString title;
    } groups[] = {{PlanItemKind::Therapy, Messages::tr("Recommended therapies")},
                  {PlanItemKind::Trial, Messages::tr("Clinical trials")},
                  {PlanItemKind::Diagnostic, Messages::tr("Further diagnostics")}};
    for (const auto& group : groups) {
        const QList<PlanItem> items = plan.itemsOf(group.kind);
        if (items.isEmpty())
            continue;
        layout.addText(group.title, {font(10, true), ink}, layout.mm(1), layout.mm(1), true);
        QList<PdfLayout::Cell> head;
        for (const QString& title :
             {Messages::tr("#"),
              group.kind == PlanItemKind::Diagnostic ? Messages::tr("Step") : Messages::tr("Recommendation"),
              Messages::tr("Alterations"),
              Messages::tr("Level"),
              Messages::tr("Rationale"),
              Messages::tr("Evidence, citations, ids")})
            head.append({title, header});
        layout.beginTable({0.04, 0.22, 0.17, 0.15, 0.23, 0.19}, head, ink);
        for (const PlanItem& item : items) {
            QString title = item.title;
            if (!item.trials.isEmpty())
                title += u"\n"_s + item.trials.join(u", "_s);
            QStringList sources = item.evidence;
            for (const QString& c : item.citations)
                sources << QString(c).replace(u"PMID:"_s, u"PMID "_s);
            for (const QString& id : item.therapyIds)
                sources << id.section(u':', -1); // "CHEMBL3301612" names its source itself
            QStringList alterations;
            for (const QString& ref : item.alterations)
                alterations << names.value(ref, ref);
            layout.addRow({{QString::number(item.priority), cell},
                           {title, strong},
                           {alterations.join(u", "_s), cell},
                           {item.level, cell},
                           {item.rationale, cell},
                           {sources.join(u", "_s), cell}});
        }
        layout.endTable(layout.mm(2));
    }
    if (!d.followUp.isEmpty())
        layout.addText(Messages::tr("Follow-up: %1").arg(d.followUp), text, 0, layout.mm(1));
    if (!d.conclusion.isEmpty()) {
        layout.addText(
            Messages::tr("Conclusion of the board"), {font(10, true), ink}, layout.mm(1), layout.mm(1), true);
        layout.addText(d.conclusion, text, 0, layout.mm(2));
    }
}

/** Possible germline origin and clonal hematopoiesis: the flags and the board's referrals. */
void germlineNotes(PdfLayout& layout, const ReportCase& report)
{
    const AnnotationResult& r = report.result;
    QStringList lines;
    for (const AlterationCall& c : r.calls) {
        QStringList reasons;
        for (const Flag& f : c.flags)
            if (f.code == u"germline" || f.code == u"chip")
                reasons << f.reason;
        const auto review = report.reviews.constFind(c.alteration);
        if (review != report.reviews.cend() && review->decision == Decision::GermlineReferral)
            reasons << Messages::tr("referred for germline testing by %1").arg(review->reviewer.name);
        if (!reasons.isEmpty())
            lines << u"\u2022 "_s + findingName(r, c.alteration) + u": "_s + reasons.join(u"; "_s);
    }
    if (lines.isEmpty())
        return;
    heading(layout, Messages::tr("Germline and clonal hematopoiesis notes"));
    for (const QString& line : lines)
        layout.addText(line, {font(9)}, 0, layout.mm(0.8));
    layout.addText(Messages::tr("A possible germline variant needs confirmation in normal tissue and genetic "
                                "counselling; a possible CHIP variant may not come from the tumor."),
                   {font(8.5), muted},
                   layout.mm(1),
                   layout.mm(2));
}

/**
 * Pharmacogenomic findings: genotype (and how it was read), CPIC phenotype and recommendation per
 * drug. Never an AMP tier: a germline drug-metabolism genotype is not a finding of the tumor.
 */
void pharmacogenomics(PdfLayout& layout, const AnnotationResult& r, const ReportSelection& selection)
{
    if (selection.pharmacogenomics.empty())
        return;
    heading(layout, Messages::tr("Pharmacogenomics (CPIC; not an AMP tier)"));
    const PdfLayout::Style text{font(9)};
    const PdfLayout::Style strong{font(9, true)};
    const PdfLayout::Style note{font(8.5), muted};
    for (const int k : selection.pharmacogenomics) {
        const PgxFinding& f = r.pharmacogenomics[size_t(k)];
        QStringList variants;
        for (const PgxObservation& o : f.observed)
            variants << Messages::tr("%1%2, %3 (%4)")
                            .arg(o.allele.isEmpty() ? o.variant : o.allele,
                                 o.rsid.isEmpty() ? QString() : u" "_s + o.rsid,
                                 o.zygosity == Zygosity::Unknown ? Messages::tr("zygosity unknown")
                                                                 : zygosityText(o.zygosity),
                                 o.zygosityMethod);
        layout.addText(
            Messages::tr("%1: %2").arg(f.gene, variants.join(u"; "_s)), strong, layout.mm(1), layout.mm(0.5));
        QString result = f.phenotype.isEmpty()
                             ? Messages::tr("phenotype not derived (see the caveats)")
                             : Messages::tr("diplotype %1: %2").arg(f.diplotype, kbTermText(f.phenotype));
        if (!f.activityScore.isEmpty())
            result += Messages::tr(", activity score %1").arg(f.activityScore);
        layout.addText(result, text, 0, layout.mm(0.5));
        for (const PgxRecommendation& rec : f.recommendations)
            layout.addText(Messages::tr("\u2022 %1 (%2, %3): %4")
                               .arg(rec.drug, kbTermText(rec.classification), rec.source, rec.recommendation),
                           text,
                           0,
                           layout.mm(0.5));
        for (const QString& c : f.caveats)
            layout.addText(c, note, 0, layout.mm(0.5));
    }
    layout.addText(Messages::tr("Genotypes read from tumor sequencing need confirmation on germline DNA before a dose "
                                "is changed."),
                   note,
                   layout.mm(1),
                   layout.mm(2));
}

/** Who moved the case through its states, and the signature of the final version. */
void signOff(PdfLayout& layout, const ReportCase& report)
{
    heading(layout, Messages::tr("Sign-off"));
    const PdfLayout::Style text{font(9)};
    if (!report.stored) {
        layout.addText(Messages::tr("Not signed: this summary was made from an annotation outside the case database."),
                       text);
        return;
    }
    for (const StateChange& c : report.stateHistory)
        layout.addText(Messages::tr("%1 -> %2: %3%4, %5")
                           .arg(stateText(c.from), stateText(c.to), c.actor.name)
                           .arg(c.actor.role.isEmpty() ? QString() : u" ("_s + c.actor.role + u')', timeText(c.at)),
                       text,
                       0,
                       layout.mm(0.8));
    // Each signed sign-off with what a reader checks it by (oncoboard-cli verify / report verify).
    for (const CaseSignature& sig : report.signatures) {
        const QJsonObject statement = QJsonDocument::fromJson(sig.statement).object();
        layout.addText(Messages::tr("Signature (%1) by %2, key %3%4; report digest %5")
                           .arg(stateText(sig.state),
                                statement.value(u"name"_s).toString(),
                                sig.key.fingerprint,
                                sig.key.registered() ? QString() : Messages::tr(" (not registered)"),
                                statement.value(u"report"_s).toString()),
                       {font(7.5), QColor(0x40, 0x40, 0x40)},
                       layout.mm(0.8),
                       layout.mm(0.8));
    }
    const CaseSummary& s = *report.stored;
    if (s.state == CaseState::Final)
        layout.addText(Messages::tr("Signed final by %1 on %2.").arg(s.finalizedBy, timeText(s.finalizedAt)),
                       {font(9.5, true)},
                       layout.mm(2));
    else
        layout.addText(
            Messages::tr("Not final: this is a %1 version, not for the patient record.").arg(stateText(s.state)),
            {font(9.5, true), QColor(0xb0, 0x00, 0x20)},
            layout.mm(2));
}

/** One row per tiered alteration: the three schemes, the deciding item and the flags. */
void tierTable(PdfLayout& layout, const ReportCase& report, const ReportSelection& selection)
{
    const AnnotationResult& result = report.result;
    const PdfLayout::Style header{font(8, true), Qt::white, Qt::AlignLeft | Qt::AlignVCenter};
    const PdfLayout::Style cell{font(8), Qt::black, Qt::AlignLeft | Qt::AlignTop};
    QList<PdfLayout::Cell> head;
    for (const QString& title : {Messages::tr("Alteration"),
                                 Messages::tr("AMP"),
                                 Messages::tr("ESCAT"),
                                 Messages::tr("OncoKB-style"),
                                 Messages::tr("Deciding evidence and rule"),
                                 Messages::tr("Flags"),
                                 Messages::tr("Review")})
        head.append({title, header});
    layout.beginTable({0.16, 0.10, 0.08, 0.09, 0.33, 0.13, 0.11}, head, ink);
    for (qint32 i : selection.tierTable) {
        const AlterationCall& c = *result.callFor(i);
        const QString name = alterationTitle(result, i);
        PdfLayout::Style tier = cell;
        tier.font.setBold(true);
        const QStringList flags = Tiering::flagCodes(Tiering::flagsOf(result, c));
        layout.addRow({{name, cell},
                       {c.amp.tier + (c.isResistance() ? Messages::tr(" (resistance)") : QString()), tier},
                       {c.escat.tier, cell},
                       {c.oncokb.tier.isEmpty() ? u"-"_s : c.oncokb.tier, cell},
                       {c.amp.reason, cell},
                       {flags.join(u", "_s).replace(u'_', u' '), cell},
                       {reviewText(report, i), cell}});
    }
    layout.endTable(layout.mm(3));
}

void evidenceTable(PdfLayout& layout, const AnnotationResult& result, const ReportSelection& selection)
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
    for (qint32 current : selection.withEvidence) {
        const auto matches = result.matchesFor(current);
        const Alteration& a = result.caseData.alterations[size_t(current)];
        QString text = alterationTitle(result, current);
        if (a.pos > 0 && !a.ref.isEmpty())
            text += u"   "_s + u"%1:%2 %3>%4"_s.arg(a.chrom).arg(a.pos).arg(a.ref, a.alt);
        if (const QString vaf = vafText(a.tumor); !vaf.isEmpty())
            text += u"   "_s + Messages::tr("tumor VAF %1").arg(vaf);
        if (const AlterationCall* call = result.callFor(current))
            text += u"   "_s + Messages::tr("AMP %1").arg(call->amp.tier.isEmpty() ? u"-"_s : call->amp.tier);
        layout.addBand({text, bandStyle}, band);
        for (const Match& m : matches) {
            const EvidenceItem& e = result.evidence[size_t(m.evidence)];
            QString therapies = e.therapies.join(u", "_s);
            if (!e.therapyInteraction.isEmpty() && e.therapies.size() > 1)
                therapies += u" ("_s + kbTermText(e.therapyInteraction) + u')';
            QString citation = e.citation;
            if (!e.citationId.isEmpty())
                citation += (e.sourceType == u"PubMed" ? u", PMID "_s : u", "_s) + e.citationId;
            QString direction = kbTermText(e.direction);
            if (!e.significance.isEmpty())
                direction += u" / "_s + kbTermText(e.significance);
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

/** "SUPERSEDED by version 2 of case 7, of 2026-12-05 14:02: this version is not the current one". */
QString supersededText(const ReportCase& report)
{
    const CaseSummary& next = *report.supersededBy;
    return Messages::tr("SUPERSEDED by version %1 of case %2, of %3: this version is not the current one")
        .arg(next.version)
        .arg(next.caseNumber)
        .arg(timeText(next.createdAt));
}

} // namespace

Result<void> PdfReport::write(const AnnotationResult& result, const PdfReportOptions& options, QIODevice* device)
{
    return write(ReportCase::fromAnnotation(result), options, device);
}

Result<void> PdfReport::write(const ReportCase& report, const PdfReportOptions& options, QIODevice* device)
{
    const AnnotationResult& result = report.result;
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(15, 18, 15, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(Messages::tr("OncoBoard case summary"));
    writer.setCreator(QString::fromLatin1(productName) + u' ' + QString::fromLatin1(productVersion));

    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    PdfLayout layout(&writer, QRectF(0, 0, page.width(), page.height()));

    const QImage logo = options.logoPath.isEmpty() ? QImage() : QImage(options.logoPath);
    // Room for the logo at the top right of the first page; the title stays left of it.
    layout.addText(Messages::tr("Molecular tumor board case summary"), {font(16, true), ink}, 0, layout.mm(1));
    const bool stored = report.stored.has_value();
    const CaseState state = stored ? report.stored->state : CaseState::Draft;
    if (stored) {
        const QString line = state == CaseState::Final
                                 ? Messages::tr("FINAL - signed by %1 on %2")
                                       .arg(report.stored->finalizedBy, timeText(report.stored->finalizedAt))
                                 : Messages::tr("%1 - not signed final").arg(stateText(state).toUpper());
        layout.addText(
            line,
            {font(10, true), state == CaseState::Final && !report.supersededBy ? ink : QColor(0xb0, 0x00, 0x20)},
            0,
            layout.mm(report.supersededBy ? 1 : 3));
        if (report.supersededBy)
            layout.addText(supersededText(report), {font(10, true), QColor(0xb0, 0x00, 0x20)}, 0, layout.mm(3));
    } else {
        layout.addText(Messages::tr("Annotation only - not a stored, signed case"),
                       {font(10, true), QColor(0xb0, 0x00, 0x20)},
                       0,
                       layout.mm(3));
    }
    caseFacts(layout, report, options);
    if (result.caseData.tumorType.isEmpty())
        layout.addText(Messages::tr("Tumor type missing: evidence cannot be judged on- or off-label for this patient."),
                       {font(9, true), QColor(0xb0, 0x00, 0x20)},
                       0,
                       layout.mm(2));

    const ReportSelection selection = ReportSelection::of(report);
    executiveSummary(layout, report, selection);
    planSection(layout, report);
    germlineNotes(layout, report);
    pharmacogenomics(layout, result, selection);
    if (!result.calls.empty()) {
        heading(layout, Messages::tr("Tiers (AMP/ASCO/CAP 2017; ESCAT and OncoKB-style levels by approximation)"));
        tierTable(layout, report, selection);
    }
    heading(layout, Messages::tr("Alterations with knowledge-base evidence"));
    if (result.matches.empty())
        layout.addText(
            Messages::tr("No alteration of this case matched the knowledge base."), {font(9)}, 0, layout.mm(3));
    else
        evidenceTable(layout, result, selection);

    heading(layout, Messages::tr("Sources and attribution"));
    layout.addText(Messages::tr("Knowledge-base releases used: %1.").arg(kbText(result)), {font(9)}, 0, layout.mm(1));
    layout.addText(
        Messages::tr("Evidence from CIViC - Clinical Interpretation of Variants in Cancer (civicdb.org), released "
                     "under CC0 1.0; Griffith M et al., Nat Genet 2017;49:170-174. Tumor types from OncoTree "
                     "(Memorial Sloan Kettering Cancer Center, CC BY 4.0). Disease relations from the Human Disease "
                     "Ontology (CC0 1.0). Therapy names from pharmOncoX (NCIt, CC BY 4.0; ChEMBL, CC BY-SA 3.0)."),
        {font(9)},
        0,
        layout.mm(2));
    layout.addText(
        Messages::tr("This summary supports the discussion of a molecular tumor board. Evidence levels are those of "
                     "the knowledge base; they are not treatment recommendations by themselves. Alterations absent "
                     "from this summary may still be clinically relevant, and a negative result does not exclude an "
                     "alteration below the assay's limit of detection."),
        {font(8.5), muted},
        0,
        layout.mm(2));
    if (Translator::active())
        layout.addText(Messages::tr("The knowledge bases' own words (evidence statements, disease and therapy names, "
                                    "CPIC's recommendations) are quoted in English, as their sources wrote them."),
                       {font(8.5), muted},
                       0,
                       layout.mm(2));
    signOff(layout, report);

    layout.paginate();
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(CoreError::Code::Io, Messages::tr("cannot start the PDF"));

    const QString header = options.institution.isEmpty()
                               ? Messages::tr("OncoBoard case summary")
                               : Messages::tr("%1 - OncoBoard case summary").arg(options.institution);
    const QString tumor = Messages::tr("Tumor type: %1").arg(tumorTypeText(result));
    const QString kb = Messages::tr("Knowledge base: %1").arg(kbText(result));
    const QString patient = report.stored ? Messages::tr("Patient %1, case %2, version %3")
                                                .arg(report.stored->patient)
                                                .arg(report.stored->caseNumber)
                                                .arg(report.stored->version)
                                          : QString();
    // Until it is final, and once it is superseded, every page says what it is.
    const QString superseded = report.supersededBy ? supersededText(report) : QString();
    const QString watermark = !stored                     ? Messages::tr("NOT SIGNED")
                              : report.supersededBy       ? Messages::tr("SUPERSEDED")
                              : state == CaseState::Final ? QString()
                              : state == CaseState::Draft ? Messages::tr("DRAFT")
                                                          : Messages::tr("PRELIMINARY");
    const qreal mm = layout.mm(1);
    layout.paint(painter, [&](QPainter& p, const QRectF& body, int index, int count) {
        if (!watermark.isEmpty()) {
            p.save();
            p.translate(body.center());
            p.rotate(-35);
            // Drawn as outlines, not text: text extraction (pdftotext, screen readers) reads the page
            // as it is, and the state stays in words in the banner under the title.
            QPainterPath path;
            path.addText(QPointF(0, 0), font(64, true), watermark);
            const QRectF bounds = path.boundingRect();
            p.translate(-bounds.center());
            p.fillPath(path, QColor(0xb0, 0x00, 0x20, 38));
            p.restore();
        }
        if (index == 0 && !logo.isNull()) {
            const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(40 * mm, 14 * mm), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(body.width() - size.width(), 0), size), logo);
        }
        // Header and footer sit in the page margins (the painter's origin is the body's corner).
        p.setFont(font(7.5));
        p.setPen(QPen(muted, 0));
        const QRectF headerBox(0, -10 * mm, body.width(), 6 * mm);
        if (!superseded.isEmpty()) {
            // In words on every page, for a page printed alone.
            p.save();
            p.setFont(font(7.5, true));
            p.setPen(QPen(QColor(0xb0, 0x00, 0x20), 0));
            p.drawText(QRectF(0, -15 * mm, body.width(), 5 * mm), Qt::AlignLeft | Qt::AlignVCenter, superseded);
            p.restore();
        }
        p.drawText(headerBox, Qt::AlignLeft | Qt::AlignVCenter, header);
        p.drawText(headerBox, Qt::AlignRight | Qt::AlignVCenter, tumor);
        p.drawLine(QPointF(0, -3.5 * mm), QPointF(body.width(), -3.5 * mm));
        const QRectF footerBox(0, body.height() + 4 * mm, body.width(), 6 * mm);
        p.drawLine(QPointF(0, body.height() + 3 * mm), QPointF(body.width(), body.height() + 3 * mm));
        p.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, patient.isEmpty() ? kb : patient + u" \u00b7 "_s + kb);
        p.drawText(
            footerBox, Qt::AlignRight | Qt::AlignVCenter, Messages::tr("Page %1 of %2").arg(index + 1).arg(count));
    });
    if (!painter.end())
        return fail(CoreError::Code::Io, Messages::tr("writing the PDF failed"));
    return {};
}

} // namespace onco
