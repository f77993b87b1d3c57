#include "MeetingMinutes.h"

#include "PdfLayout.h"
#include "Version.h"
#include "ontology/OncoTree.h"
#include "ontology/TumorTypeGraph.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::MeetingMinutes)
};

const QColor ink(0x1a, 0x3a, 0x5c);
const QColor muted(0x55, 0x55, 0x55);

QString tumorTypeText(const QString& code)
{
    if (code.isEmpty())
        return Messages::tr("tumor type not given");
    if (const OncoTreeNode* node = resolveOncotreeCode(code))
        return u"%1 (%2)"_s.arg(node->name, node->code);
    return code;
}

QString kindText(PlanItemKind kind)
{
    switch (kind) {
    case PlanItemKind::Therapy:
        return Messages::tr("Therapy");
    case PlanItemKind::Trial:
        return Messages::tr("Clinical trial");
    case PlanItemKind::Diagnostic:
        return Messages::tr("Further diagnostics");
    }
    return {};
}

/** "Therapy: Dabrafenib + Trametinib. Rests on AMP I-A; CIViC A (CIViC:EID1409). Rationale." */
QString itemText(const PlanItem& item)
{
    QString text = u"%1: %2"_s.arg(kindText(item.kind), item.title);
    if (!item.alterations.isEmpty())
        text += Messages::tr(" for %1").arg(item.alterations.join(u", "_s));
    text += u'.';
    if (!item.level.isEmpty() || !item.evidence.isEmpty())
        text += u' '
                + Messages::tr("Rests on %1.")
                      .arg(QStringList{item.level, item.evidence.join(u", "_s)}
                               .filter(QRegularExpression(u"\\S"_s))
                               .join(u"; "_s));
    if (!item.trials.isEmpty())
        text += u' ' + Messages::tr("Trials: %1.").arg(item.trials.join(u", "_s));
    if (!item.rationale.trimmed().isEmpty())
        text += u' ' + item.rationale.trimmed();
    return text;
}

} // namespace

Result<MeetingMinutes> MeetingMinutes::gather(CaseStore& store, qint64 meetingId)
{
    MeetingMinutes minutes;
    auto meeting = store.meeting(meetingId);
    if (!meeting)
        return Unexpected{meeting.error()};
    minutes.meeting = *meeting;
    for (const MeetingItem& item : std::as_const(minutes.meeting.agenda)) {
        Entry entry;
        entry.item = item;
        auto summary = store.summary(item.caseId);
        if (!summary)
            return Unexpected{summary.error()};
        entry.summary = *summary;
        auto plan = store.plan(item.caseId);
        if (!plan)
            return Unexpected{plan.error()};
        entry.plan = *plan;
        auto history = store.stateHistory(item.caseId);
        if (!history)
            return Unexpected{history.error()};
        for (const StateChange& change : std::as_const(*history))
            if (change.to == CaseState::Preliminary || change.to == CaseState::Final) {
                entry.signOff = change;
                entry.isSigned = true;
            }
        minutes.entries << entry;
    }
    return minutes;
}

Result<void> MeetingMinutes::writePdf(const MinutesOptions& options, QIODevice* device) const
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(15, 18, 15, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(Messages::tr("Tumor board minutes"));
    writer.setCreator(QString::fromLatin1(productName) + u' ' + QString::fromLatin1(productVersion));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    PdfLayout layout(&writer, QRectF(0, 0, page.width(), page.height()));

    const PdfLayout::Style text{PdfLayout::font(9.5)};
    const PdfLayout::Style label{PdfLayout::font(9.5, true), ink};
    const PdfLayout::Style note{PdfLayout::font(9), muted};
    layout.addText(meeting.title.isEmpty() ? Messages::tr("Tumor board minutes")
                                           : Messages::tr("Tumor board minutes: %1").arg(meeting.title),
                   {PdfLayout::font(16, true), ink},
                   0,
                   layout.mm(2));
    layout.addText(Messages::tr("Meeting %1 held on %2. Cases on the agenda: %3.")
                       .arg(meeting.id)
                       .arg(meeting.heldOn)
                       .arg(entries.size()),
                   text,
                   0,
                   layout.mm(2));
    layout.addText(Messages::tr("Participants"), label, layout.mm(1), layout.mm(1), true);
    layout.addText(meeting.participants.isEmpty() ? Messages::tr("No participant was recorded.")
                                                  : meeting.participants.join(u"\n"_s),
                   text,
                   0,
                   layout.mm(3));

    for (const Entry& e : entries) {
        layout.addText(Messages::tr("%1. Patient %2, case %3 (version %4): %5")
                           .arg(e.item.position)
                           .arg(e.summary.patient)
                           .arg(e.summary.caseNumber)
                           .arg(e.summary.version)
                           .arg(tumorTypeText(e.summary.tumorType)),
                       {PdfLayout::font(12, true), ink},
                       layout.mm(3),
                       layout.mm(1.5),
                       true);
        layout.addText(Messages::tr("Presented by %1. State of the case: %2.")
                           .arg(e.item.presenter.isEmpty() ? Messages::tr("(not recorded)") : e.item.presenter,
                                caseStateText(e.summary.state)),
                       note,
                       0,
                       layout.mm(1.5));
        layout.addText(Messages::tr("Question to the board"), label, 0, layout.mm(0.5), true);
        layout.addText(e.item.question.isEmpty() ? Messages::tr("No question was recorded.") : e.item.question,
                       text,
                       0,
                       layout.mm(1.5));
        layout.addText(Messages::tr("Recommendation"), label, 0, layout.mm(0.5), true);
        if (e.plan.items.isEmpty()) {
            layout.addText(
                Messages::tr("The board recorded no recommendation for this case."), text, 0, layout.mm(1.5));
        } else {
            for (const PlanItem& item : e.plan.items)
                layout.addText(u"\u2022 "_s + itemText(item), text, 0, layout.mm(1));
            layout.addText(QString(), text, 0, layout.mm(0.5));
        }
        layout.addText(Messages::tr("Conclusion"), label, 0, layout.mm(0.5), true);
        if (!e.item.outcome.isEmpty())
            layout.addText(Messages::tr("%1\n(recorded in the meeting by %2, %3)")
                               .arg(e.item.outcome, e.item.recordedBy, e.item.recordedAt.left(16).replace(u'T', u' ')),
                           text,
                           0,
                           layout.mm(1.5));
        else if (!e.plan.details.conclusion.isEmpty())
            layout.addText(
                Messages::tr("%1\n(the plan's conclusion; the meeting recorded none)").arg(e.plan.details.conclusion),
                text,
                0,
                layout.mm(1.5));
        else
            layout.addText(Messages::tr("No conclusion was recorded."), text, 0, layout.mm(1.5));
        layout.addText(Messages::tr("Follow-up: %1")
                           .arg(e.plan.details.followUp.isEmpty() ? Messages::tr("none set") : e.plan.details.followUp),
                       text,
                       0,
                       layout.mm(1));
        layout.addText(e.isSigned ? Messages::tr("Signed %1 by %2 on %3.")
                                        .arg(caseStateText(e.signOff.to),
                                             e.signOff.actor.label(),
                                             e.signOff.at.left(16).replace(u'T', u' '))
                                  : Messages::tr("Not signed: the case is a draft."),
                       text,
                       0,
                       layout.mm(3));
    }
    layout.addText(Messages::tr("The recommendations are the board's plan items as recorded in the case database, with "
                                "the evidence they rest on; each case's signed summary holds its findings."),
                   {PdfLayout::font(8.5), muted},
                   layout.mm(2),
                   0);

    layout.paginate();
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(CoreError::Code::Io, Messages::tr("cannot start the PDF"));
    const QString header = options.institution.isEmpty()
                               ? Messages::tr("OncoBoard tumor board minutes")
                               : Messages::tr("%1 - OncoBoard tumor board minutes").arg(options.institution);
    const QString when = Messages::tr("Meeting of %1").arg(meeting.heldOn);
    const qreal mm = layout.mm(1);
    layout.paint(painter, [&](QPainter& p, const QRectF& body, int index, int count) {
        p.setFont(PdfLayout::font(7.5));
        p.setPen(QPen(muted, 0));
        const QRectF headerBox(0, -10 * mm, body.width(), 6 * mm);
        p.drawText(headerBox, Qt::AlignLeft | Qt::AlignVCenter, header);
        p.drawText(headerBox, Qt::AlignRight | Qt::AlignVCenter, when);
        p.drawLine(QPointF(0, -3.5 * mm), QPointF(body.width(), -3.5 * mm));
        const QRectF footerBox(0, body.height() + 4 * mm, body.width(), 6 * mm);
        p.drawLine(QPointF(0, body.height() + 3 * mm), QPointF(body.width(), body.height() + 3 * mm));
        if (!options.generatedAt.isEmpty())
            p.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, Messages::tr("Made %1").arg(options.generatedAt));
        p.drawText(
            footerBox, Qt::AlignRight | Qt::AlignVCenter, Messages::tr("Page %1 of %2").arg(index + 1).arg(count));
    });
    if (!painter.end())
        return fail(CoreError::Code::Io, Messages::tr("writing the PDF failed"));
    return {};
}

} // namespace onco
