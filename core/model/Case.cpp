#include "Case.h"

#include <QHash>

namespace onco {

QString InputIssue::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    return out + QLatin1String(": ") + message;
}

QList<IssueSummary> summarizeIssues(const QList<InputIssue>& issues, int limit)
{
    QList<IssueSummary> out;
    QHash<QString, qsizetype> index;
    for (const InputIssue& issue : issues) {
        // "INFO field X=15,13|23,22 has 3 values" and "... X=14,16|24,21 ..." are the same problem.
        QString key = issue.file + QLatin1Char('\t');
        bool inDigits = false;
        for (const QChar c : issue.message) {
            if (c.isDigit()) {
                if (!inDigits)
                    key += QLatin1Char('#');
                inDigits = true;
                continue;
            }
            inDigits = false;
            key += c;
        }
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            ++out[*it].count;
            continue;
        }
        if (out.size() >= limit)
            continue;
        index.insert(key, out.size());
        out.append(IssueSummary{issue, 1});
    }
    return out;
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

QString Case::inputPath(const Origin& origin) const
{
    return origin.input >= 0 && origin.input < inputs.size() ? inputs[origin.input] : QString();
}

qint16 Case::addInput(const QString& path)
{
    const qsizetype at = inputs.indexOf(path);
    if (at >= 0)
        return qint16(at);
    inputs.append(path);
    return qint16(inputs.size() - 1);
}

qint16 Case::addSample(const QString& name, SampleRole role, const Origin& origin)
{
    const int at = sampleIndex(name);
    if (at >= 0)
        return qint16(at);
    return appendSample(name, role, origin);
}

qint16 Case::appendSample(const QString& name, SampleRole role, const Origin& origin)
{
    Sample s;
    s.name = name;
    s.role = role;
    s.origin = origin;
    samples.append(std::move(s));
    if (role == SampleRole::Tumor && tumorSample.isEmpty())
        tumorSample = name;
    if (role == SampleRole::Normal && normalSample.isEmpty())
        normalSample = name;
    return qint16(samples.size() - 1);
}

int Case::sampleIndex(const QString& name) const
{
    for (int i = 0; i < samples.size(); ++i)
        if (samples[i].name == name)
            return i;
    return -1;
}

} // namespace onco
