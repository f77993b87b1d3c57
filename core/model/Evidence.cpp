#include "model/Evidence.h"

using namespace Qt::StringLiterals;

namespace onco {

QString therapyLabel(const EvidenceItem& item)
{
    const QString& kind = item.therapyInteraction;
    if (kind.compare(u"Substitutes"_s, Qt::CaseInsensitive) == 0)
        return item.therapies.join(u" / "_s);
    if (kind.compare(u"Sequential"_s, Qt::CaseInsensitive) == 0)
        return item.therapies.join(u" then "_s);
    return item.therapies.join(u" + "_s);
}

QStringList therapyOptions(const EvidenceItem& item)
{
    if (item.therapies.isEmpty())
        return {};
    if (item.therapyInteraction.compare(u"Substitutes"_s, Qt::CaseInsensitive) == 0)
        return item.therapies;
    return {therapyLabel(item)};
}

} // namespace onco
