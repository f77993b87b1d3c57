#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

/** What a plan item proposes. */
enum class PlanItemKind : quint8
{
    Therapy,    ///< a therapy or combination
    Trial,      ///< a clinical trial to consider
    Diagnostic, ///< further diagnostics: germline testing, re-biopsy, another assay
};
/** "therapy", "trial", "diagnostic" (files, JSON, CLI; not translated). */
QString planItemKindName(PlanItemKind kind);
std::optional<PlanItemKind> parsePlanItemKind(const QString& name);

/**
 * One recommendation of the board's plan. The evidence it rests on is copied in when the item is
 * made (ids, level, citations), so the plan reads the same whatever knowledge base opens it later.
 */
struct PlanItem
{
    qint64 id = 0; ///< stable within the case database; 0 for an item not stored yet
    PlanItemKind kind = PlanItemKind::Therapy;
    int priority = 1;      ///< 1 first; items of a kind are listed by priority, then id
    QString title;         ///< therapy label ("Encorafenib + Cetuximab"), trial title, or the diagnostic
    QStringList therapies; ///< therapy names (NCIt preferred names where the vocabulary knows them)
    QString interaction;   ///< Combination / Sequential / Substitutes, empty for one therapy
    QStringList
        therapyIds; ///< "ChEMBL:CHEMBL3301612", in the order of `therapies` when each has one, else only those known
    QStringList alterations; ///< references of the case's alterations: "BRAF:p.V600E", "7:140453136:A:T"
    QStringList evidence;    ///< "CIViC:EID9851"
    QStringList citations;   ///< "PMID:31566309" of the evidence, in its order
    QStringList trials;      ///< NCT ids
    QString level;           ///< what it rests on: "AMP I-A; ESCAT I-A/B; CIViC A"
    QString rationale;
    QString createdAt; ///< ISO 8601 UTC, set by the case database
    QString createdBy; ///< display name, set by the case database

    friend bool operator==(const PlanItem&, const PlanItem&) = default;
};

/** The board's conclusion and meeting around the recommendations. */
struct PlanDetails
{
    QString conclusion;
    QString followUp;         ///< ISO date of the next review, empty when none
    QString meetingDate;      ///< ISO date of the board meeting
    QStringList participants; ///< "Dr. A (oncologist)"

    friend bool operator==(const PlanDetails&, const PlanDetails&) = default;
};

/** A case's treatment plan: its details and items, therapies first, then trials and diagnostics. */
struct TreatmentPlan
{
    PlanDetails details;
    QList<PlanItem> items;

    bool isEmpty() const
    {
        return items.isEmpty() && details == PlanDetails{};
    }
    QList<PlanItem> itemsOf(PlanItemKind kind) const;
};

} // namespace onco
