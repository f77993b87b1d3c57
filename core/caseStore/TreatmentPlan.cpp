#include "caseStore/TreatmentPlan.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace onco {

QString planItemKindName(PlanItemKind kind)
{
    switch (kind) {
    case PlanItemKind::Therapy:
        return u"therapy"_s;
    case PlanItemKind::Trial:
        return u"trial"_s;
    case PlanItemKind::Diagnostic:
        return u"diagnostic"_s;
    }
    return {};
}

std::optional<PlanItemKind> parsePlanItemKind(const QString& name)
{
    for (PlanItemKind k : {PlanItemKind::Therapy, PlanItemKind::Trial, PlanItemKind::Diagnostic})
        if (name.compare(planItemKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QList<PlanItem> TreatmentPlan::itemsOf(PlanItemKind kind) const
{
    QList<PlanItem> out;
    for (const PlanItem& item : items)
        if (item.kind == kind)
            out << item;
    std::stable_sort(out.begin(), out.end(), [](const PlanItem& a, const PlanItem& b) {
        return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
    });
    return out;
}

} // namespace onco
