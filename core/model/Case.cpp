#include "Case.h"

namespace onco {

QString InputIssue::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    return out + QLatin1String(": ") + message;
}

void Case::addIssue(InputIssue issue)
{
    if (issue.severity == InputIssue::Severity::Skipped)
        ++skippedRecords;
    else
        ++warningCount;
    if (issues.size() < maxStoredIssues)
        issues.append(std::move(issue));
}

} // namespace onco
