#pragma once

#include "Result.h"
#include "caseStore/CaseStore.h"
#include "caseStore/TreatmentPlan.h"

#include <QIODevice>
#include <QPageSize>
#include <QString>

namespace onco {

/** Settings of the minutes PDF. */
struct MinutesOptions
{
    QString institution; ///< printed in the page header when set
    QString generatedAt; ///< printed as given; the caller decides
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

/**
 * The minutes of a board meeting: its date, title and participants, then each case of the agenda
 * in order with the question put to the board, the board's recommendations (the case's plan
 * items with what they rest on), the conclusion the meeting recorded (or, when none was, the
 * plan's), the follow-up and who signed the case. Made from the case database only.
 */
struct MeetingMinutes
{
    struct Entry
    {
        MeetingItem item;
        CaseSummary summary;
        TreatmentPlan plan;
        /** The newest sign-off (to preliminary or final); from == to when the case was never signed. */
        StateChange signOff;
        bool isSigned = false;
    };

    Meeting meeting;
    QList<Entry> entries;

    /** Reads the meeting and its cases from `store`. */
    static Result<MeetingMinutes> gather(CaseStore& store, qint64 meetingId);

    /** Writes the minutes as PDF to `device` (opened for writing). Needs a QGuiApplication (fonts). */
    [[nodiscard]] Result<void> writePdf(const MinutesOptions& options, QIODevice* device) const;
};

} // namespace onco
