#pragma once

#include "Result.h"
#include "report/ReportCase.h"

#include <QIODevice>
#include <QList>
#include <QPageSize>
#include <QString>

namespace onco {

/**
 * A summary of a signed case for the patient: what was tested, what was found that matters for
 * treatment, what the board recommends and why, what an inherited finding would mean for the family
 * (only when the board referred one for germline testing), and whom to ask. Plain language: short
 * sentences, no tier codes, levels or knowledge-base ids, every technical word explained where it is
 * first used. The board may change the wording (as plain text) before it is printed.
 */
struct PatientSummary
{
    struct Block
    {
        enum class Kind
        {
            Heading,
            Paragraph,
            Bullet,
        } kind = Kind::Paragraph;
        QString text;
        friend bool operator==(const Block&, const Block&) = default;
    };

    QString title;
    QList<Block> blocks;

    /**
     * Composes the summary of a stored case signed preliminary or final; InvalidArgument for a draft
     * or an annotation that is not a stored case (the patient reads only what the board signed).
     * `contact` names whom to ask ("Dr. B. Oncologist, oncology clinic"); empty: the treating doctor.
     */
    static Result<PatientSummary> compose(const ReportCase& report, const QString& contact = QString());

    /**
     * The wording as plain text to edit: the title on the first line, then "# " headings, "- "
     * bullets and paragraphs, separated by blank lines.
     */
    QString toText() const;
    /** Reads edited wording back; InvalidArgument when it holds no title or no text. */
    static Result<PatientSummary> fromText(const QString& text);

    // The line at the foot of each page: the patient's pseudonym, the date it was prepared and the
    // institution, in the language of the summary.
    static QString footer(const QString& patient, const QString& preparedOn, const QString& institution);

    /** All of the text, for readability checks. */
    QString plainText() const;

    /** Writes the PDF (large type, one or two pages) to `device`. Needs a QGuiApplication (fonts). */
    [[nodiscard]] Result<void>
    writePdf(QIODevice* device, const QString& footer, QPageSize::PageSizeId pageSize = QPageSize::A4) const;
};

/**
 * Flesch reading ease of English text: 206.835 - 1.015 x words per sentence - 84.6 x syllables per
 * word (syllables estimated from vowel groups). 60 to 70 reads as plain English (a general
 * newspaper), above 70 as easy; below 50 as difficult.
 */
double fleschReadingEase(const QString& text);

} // namespace onco
