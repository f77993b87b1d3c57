#include "PatientSummary.h"

#include "PdfLayout.h"
#include "ReportSelection.h"
#include "Translation.h"
#include "Version.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::PatientSummary)
};

/** "A change in the BRAF gene, called V600E." and the like, for one alteration. */
QString describe(const AnnotationResult& r, qint32 i)
{
    const Alteration& a = r.caseData.alterations[size_t(i)];
    const QString gene = a.mainGene();
    switch (a.kind) {
    case AlterationKind::CopyNumber: {
        const CnaCall call = a.detailOrNull() ? a.detailOrNull()->extra().cnaCall : CnaCall::Neutral;
        if (call == CnaCall::Amplification || call == CnaCall::Gain)
            return Messages::tr(
                       "Extra copies of the %1 gene. The tumor has more copies of this gene than normal cells.")
                .arg(gene);
        if (call == CnaCall::DeepDeletion || call == CnaCall::ShallowDeletion)
            return Messages::tr("A loss of the %1 gene. The tumor has lost one or both copies of this gene.").arg(gene);
        return Messages::tr("A change in the number of copies of the %1 gene.").arg(gene);
    }
    case AlterationKind::Fusion: {
        const QString partner = a.detailOrNull() ? a.detailOrNull()->extra().partnerGene : QString();
        if (!a.gene().isEmpty() && !partner.isEmpty())
            return Messages::tr("Two genes joined together: %1 and %2. Such a joined gene is called a fusion.")
                .arg(a.gene(), partner);
        return Messages::tr("The %1 gene joined to another gene. Such a joined gene is called a fusion.").arg(gene);
    }
    case AlterationKind::Biomarker: {
        const QString marker = a.detailOrNull() ? a.detailOrNull()->extra().biomarker : QString();
        if (marker == u"TMB")
            return Messages::tr("Many changes in the DNA of the tumor as a whole. Doctors call this a high tumor "
                                "mutational burden.");
        if (marker == u"MSI")
            return Messages::tr("A weak spot in how the tumor repairs its DNA. Doctors call this microsatellite "
                                "instability.");
        return Messages::tr("A feature of the tumor as a whole (%1).").arg(marker);
    }
    case AlterationKind::StructuralVariant:
        return Messages::tr("A large change in the %1 gene.").arg(gene);
    case AlterationKind::Snv:
    case AlterationKind::Mnv:
    case AlterationKind::Insertion:
    case AlterationKind::Deletion:
    case AlterationKind::Delins:
        break;
    }
    QString change = a.hgvsp();
    if (change.startsWith(u"p."))
        change = change.mid(2);
    if (change.isEmpty() && !gene.isEmpty()) {
        // A variant the input did not annotate: the name of the knowledge-base variant it is exactly.
        for (const Match& m : r.matchesFor(i)) {
            const QString profile = r.evidence[size_t(m.evidence)].molecularProfile;
            if (m.matchClass == MatchClass::Exact && profile.startsWith(gene + u' ')
                && !profile.mid(gene.size() + 1).contains(u' '))
                change = profile.mid(gene.size() + 1);
        }
    }
    if (gene.isEmpty())
        return Messages::tr("A change in the DNA of the tumor.");
    return change.isEmpty() ? Messages::tr("A change in the %1 gene.").arg(gene)
                            : Messages::tr("A change in the %1 gene, called %2.").arg(gene, change);
}

/** What the evidence behind a recommendation is, in words; empty when the level is not known. */
QString strengthOf(const PlanItem& item)
{
    static const QRegularExpression civic(u"CIViC ([A-E])\\b"_s);
    static const QRegularExpression amp(u"AMP (I|II)-([A-D])"_s);
    QString letter;
    if (const auto m = civic.match(item.level); m.hasMatch())
        letter = m.captured(1);
    else if (const auto a = amp.match(item.level); a.hasMatch())
        letter = a.captured(2);
    if (letter == u"A")
        return Messages::tr("Strong studies in many patients support this.");
    if (letter == u"B")
        return Messages::tr("Studies in patients support this.");
    if (letter == u"C")
        return Messages::tr("Reports on a small number of patients support this.");
    if (letter == u"D")
        return Messages::tr("So far this rests on laboratory studies.");
    if (letter == u"E")
        return Messages::tr("So far this rests on indirect evidence.");
    return {};
}

QString medicinesOf(const PlanItem& item)
{
    QStringList names;
    for (const QString& t : item.therapies)
        names << t.toLower();
    if (names.isEmpty())
        return item.title;
    const QString last = names.takeLast();
    if (names.isEmpty())
        return last;
    const QString joined = names.join(u", "_s);
    if (item.interaction == u"Sequential")
        return Messages::tr("%1, followed by %2").arg(joined, last);
    if (item.interaction == u"Substitutes")
        return Messages::tr("%1 or %2").arg(joined, last);
    return Messages::tr("%1 together with %2").arg(joined, last);
}

QString dateText(const QString& iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!d.isValid())
        return iso;
    // The month's name in the summary's language, in the order its readers write a date.
    const QLocale locale = Translator::active() ? QLocale() : QLocale(QLocale::English);
    //: A date in a letter to the patient, as QDate::toString writes it: "1 February 2027".
    return locale.toString(d, Messages::tr("d MMMM yyyy"));
}

} // namespace

Result<PatientSummary> PatientSummary::compose(const ReportCase& report, const QString& contact)
{
    if (!report.stored)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("a patient summary is made from a stored case the board signed"));
    if (report.stored->state == CaseState::Draft)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 is a draft: a patient summary is made from a case signed preliminary or "
                                 "final")
                        .arg(report.stored->id));
    const AnnotationResult& r = report.result;
    const Case& c = r.caseData;
    PatientSummary s;
    auto heading = [&](const QString& t) { s.blocks << Block{Block::Kind::Heading, t}; };
    auto paragraph = [&](const QString& t) { s.blocks << Block{Block::Kind::Paragraph, t}; };
    auto bullet = [&](const QString& t) { s.blocks << Block{Block::Kind::Bullet, t}; };

    s.title = Messages::tr("Your tumor test results");
    paragraph(Messages::tr("This letter explains the results of the genetic test of your tumor. It also says what the "
                           "tumor board recommends. A tumor board is a meeting of doctors from different fields. "
                           "They look at each patient's results together."));

    heading(Messages::tr("What was tested"));
    // The specimen is left to the doctors' report: its lab wording ("FFPE") is no plain language.
    const QString tested =
        Messages::tr("We tested a sample of your tumor.") + u' '
        + Messages::tr("In the laboratory, we read its DNA. DNA holds the instructions that tell each cell what "
                       "to do. A gene is one such instruction. Some changes in genes can make a tumor grow.");
    paragraph(tested);
    paragraph(!c.normalSample.isEmpty()
                  ? Messages::tr("We also tested a sample of your healthy cells, such as blood. This shows which "
                                 "changes are only in the tumor, and which ones you were born with.")
                  : Messages::tr(
                      "Only the tumor was tested, not your healthy cells. So a change we found may also "
                      "be in your healthy cells. If the board thinks a change may be inherited, this letter says so."));

    // The findings the plan rests on; without a plan, the actionable ones of the report.
    QHash<QString, qint32> byRef;
    for (qint32 i = 0; i < qint32(c.alterations.size()); ++i)
        byRef.insert(report.refOf(i), i);
    QList<qint32> shown;
    for (const PlanItem& item : report.plan.items)
        for (const QString& ref : item.alterations)
            if (const qint32 i = byRef.value(ref, -1); i >= 0 && !shown.contains(i))
                shown << i;
    if (shown.isEmpty())
        for (qint32 i : ReportSelection::of(report).actionable)
            shown << i;
    heading(Messages::tr("What we found that matters for your treatment"));
    if (shown.isEmpty()) {
        paragraph(Messages::tr("The test found no change that points to a medicine for your kind of tumor. This is a "
                               "common result. Your doctors will talk with you about the treatment options."));
    } else {
        paragraph(Messages::tr("The test found these changes in the tumor:"));
        for (qint32 i : std::as_const(shown).mid(0, 6))
            bullet(describe(r, i));
        if (shown.size() > 6)
            paragraph(Messages::tr("The full report for your doctors lists %1 more.").arg(shown.size() - 6));
    }

    heading(Messages::tr("What the board recommends"));
    bool trialExplained = false;
    for (const PlanItem& item : report.plan.items) {
        QStringList genes;
        for (const QString& ref : item.alterations)
            if (const qint32 i = byRef.value(ref, -1); i >= 0 && !c.alterations[size_t(i)].mainGene().isEmpty())
                genes << c.alterations[size_t(i)].mainGene();
        genes.removeDuplicates();
        switch (item.kind) {
        case PlanItemKind::Therapy: {
            QString text = Messages::tr("Treatment with %1.").arg(medicinesOf(item));
            if (!genes.isEmpty())
                text +=
                    u' ' + Messages::tr("This treatment acts on the change in the %1 gene.").arg(genes.join(u", "_s));
            if (const QString strength = strengthOf(item); !strength.isEmpty())
                text += u' ' + strength;
            bullet(text);
            break;
        }
        case PlanItemKind::Trial: {
            QString text = Messages::tr("Ask about a clinical trial: %1.").arg(item.title);
            if (!trialExplained)
                text += u' '
                        + Messages::tr("A clinical trial is a research study. It tests a new treatment in patients who "
                                       "agree to take part.");
            trialExplained = true;
            if (!item.trials.isEmpty())
                text += u' ' + Messages::tr("Its number in the trial register: %1.").arg(item.trials.join(u", "_s));
            bullet(text);
            break;
        }
        case PlanItemKind::Diagnostic:
            bullet(Messages::tr("A further test: %1.").arg(item.title));
            break;
        }
    }
    if (report.plan.items.isEmpty())
        paragraph(Messages::tr("The board did not recommend a treatment based on this test. Your doctors will talk "
                               "with you about the next steps."));
    else
        paragraph(Messages::tr("Your doctors will decide with you whether this treatment is right for you. Your "
                               "health and your wishes matter as much as the test."));
    if (!report.plan.details.followUp.isEmpty())
        paragraph(Messages::tr("The board will look at your results again on %1.")
                      .arg(dateText(report.plan.details.followUp)));

    // An inherited finding: only when the board referred one for germline testing.
    QStringList inherited;
    for (auto it = report.reviews.cbegin(); it != report.reviews.cend(); ++it)
        if (it->decision == Decision::GermlineReferral && it.key() >= 0 && it.key() < qint32(c.alterations.size()))
            if (const QString g = c.alterations[size_t(it.key())].mainGene(); !g.isEmpty())
                inherited << g;
    inherited.removeDuplicates();
    std::sort(inherited.begin(), inherited.end());
    if (!inherited.isEmpty()) {
        heading(Messages::tr("What this could mean for your family"));
        paragraph(Messages::tr("The change in the %1 gene may be inherited. This means you may have been born with "
                               "it. Then your parents, brothers, sisters or children may have it too. Only a test of "
                               "your healthy cells can tell.")
                      .arg(inherited.join(u", "_s)));
        paragraph(Messages::tr("The board recommends that you meet a genetic counselor. This is a specialist for "
                               "inherited conditions. The counselor explains what a test would mean for you and your "
                               "family, before any test is done."));
    }

    heading(Messages::tr("Whom to ask"));
    paragraph((contact.isEmpty() ? Messages::tr("Please ask your treating doctor about anything in this letter.")
                                 : Messages::tr("Please ask %1 about anything in this letter.").arg(contact))
              + u' '
              + Messages::tr("You can also ask for the full report. It is written for doctors, so ask them to "
                             "explain it."));
    QString signedOn;
    for (const StateChange& change : report.stateHistory)
        if (change.to == CaseState::Preliminary || change.to == CaseState::Final)
            signedOn = change.at;
    if (!signedOn.isEmpty())
        paragraph(Messages::tr("The tumor board signed these results on %1.").arg(dateText(signedOn)));
    return s;
}

QString PatientSummary::toText() const
{
    QStringList parts{title};
    for (const Block& b : blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            parts << u"# "_s + b.text;
            break;
        case Block::Kind::Bullet:
            parts << u"- "_s + b.text;
            break;
        case Block::Kind::Paragraph:
            parts << b.text;
            break;
        }
    }
    return parts.join(u"\n\n"_s) + u'\n';
}

QString PatientSummary::footer(const QString& patient, const QString& preparedOn, const QString& institution)
{
    return Messages::tr("%1 \u00b7 prepared %2%3")
        .arg(patient, preparedOn, institution.isEmpty() ? QString() : u" \u00b7 "_s + institution);
}

Result<PatientSummary> PatientSummary::fromText(const QString& text)
{
    PatientSummary s;
    // Blocks are separated by blank lines; a block's lines are joined into one text.
    static const QRegularExpression blank(u"\\n[ \\t]*\\n"_s);
    for (QString part : text.split(blank, Qt::SkipEmptyParts)) {
        part = part.trimmed().replace(QRegularExpression(u"\\s*\\n\\s*"_s), u" "_s);
        if (part.isEmpty())
            continue;
        if (s.title.isEmpty()) {
            s.title = part.startsWith(u"# "_s) ? part.mid(2).trimmed() : part;
            continue;
        }
        if (part.startsWith(u"# "_s))
            s.blocks << Block{Block::Kind::Heading, part.mid(2).trimmed()};
        else if (part.startsWith(u"- "_s))
            s.blocks << Block{Block::Kind::Bullet, part.mid(2).trimmed()};
        else
            s.blocks << Block{Block::Kind::Paragraph, part};
    }
    if (s.title.isEmpty() || s.blocks.isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("the patient summary's wording needs a title on its first line and some text"));
    return s;
}

QString PatientSummary::plainText() const
{
    QStringList parts{title};
    for (const Block& b : blocks)
        parts << b.text;
    return parts.join(u"\n"_s);
}

Result<void> PatientSummary::writePdf(QIODevice* device, const QString& footer, QPageSize::PageSizeId pageSize) const
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QString::fromLatin1(productName) + u' ' + QString::fromLatin1(productVersion));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    PdfLayout layout(&writer, QRectF(0, 0, page.width(), page.height()));
    const auto font = &PdfLayout::font;
    const QColor ink(0x1a, 0x3a, 0x5c);
    layout.addText(title, {font(18, true), ink}, 0, layout.mm(4));
    for (const Block& b : blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            layout.addText(b.text, {font(13, true), ink}, layout.mm(3), layout.mm(1.5), true);
            break;
        case Block::Kind::Bullet:
            layout.addText(u"\u2022  "_s + b.text, {font(11.5, false)}, 0, layout.mm(1.5));
            break;
        case Block::Kind::Paragraph:
            layout.addText(b.text, {font(11.5, false)}, 0, layout.mm(2));
            break;
        }
    }
    layout.paginate();
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(CoreError::Code::Io, Messages::tr("cannot start the PDF"));
    const qreal mm = layout.mm(1);
    layout.paint(painter, [&](QPainter& p, const QRectF& body, int index, int count) {
        p.setFont(font(8, false));
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
        const QRectF footerBox(0, body.height() + 5 * mm, body.width(), 6 * mm);
        p.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, footer);
        p.drawText(
            footerBox, Qt::AlignRight | Qt::AlignVCenter, Messages::tr("Page %1 of %2").arg(index + 1).arg(count));
    });
    if (!painter.end())
        return fail(CoreError::Code::Io, Messages::tr("writing the PDF failed"));
    return {};
}

namespace {

/** Syllables of an English word, estimated from its vowel groups; at least one. */
int syllables(const QString& word)
{
    const QString w = word.toLower();
    int count = 0;
    bool inVowel = false;
    for (const QChar ch : w) {
        const bool vowel = QStringView(u"aeiouy").contains(ch);
        if (vowel && !inVowel)
            ++count;
        inVowel = vowel;
    }
    // A final silent "e" ("make"), but not "-le" after a consonant ("table").
    if (w.size() > 2 && w.endsWith(u'e') && !w.endsWith(u"le") && count > 1)
        --count;
    return std::max(1, count);
}

} // namespace

double fleschReadingEase(const QString& text)
{
    static const QRegularExpression wordPattern(u"[A-Za-z][A-Za-z'\\-]*|[0-9][0-9A-Za-z.,:\\-]*"_s);
    static const QRegularExpression sentenceEnd(u"[.!?:]+(\\s|$)"_s);
    qint64 words = 0;
    qint64 syllableCount = 0;
    for (auto it = wordPattern.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        ++words;
        syllableCount += w.front().isDigit() ? 1 : syllables(w);
    }
    // Sentences end with a full stop, question or exclamation mark or a colon; a line without one
    // (a heading, a list item) is a sentence of its own.
    qint64 sentences = 0;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        for (auto it = sentenceEnd.globalMatch(t); it.hasNext(); it.next())
            ++sentences;
        if (!QStringView(u".!?:").contains(t.back()))
            ++sentences;
    }
    if (words == 0)
        return 0;
    sentences = std::max<qint64>(1, sentences);
    return 206.835 - 1.015 * double(words) / double(sentences) - 84.6 * double(syllableCount) / double(words);
}

} // namespace onco
