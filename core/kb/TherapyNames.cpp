#include "TherapyNames.h"

namespace onco {

QStringList TherapyNames::split(const QString& therapies)
{
    QStringList names;
    QString current;
    const qsizetype n = therapies.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = therapies[i];
        if (c == u',') {
            const bool spaceAfter = i + 1 < n && therapies[i + 1].isSpace();
            const bool digitsAround = i > 0 && i + 1 < n && therapies[i - 1].isDigit() && therapies[i + 1].isDigit();
            if (!spaceAfter && !digitsAround) {
                if (!current.trimmed().isEmpty())
                    names.append(current.trimmed());
                current.clear();
                continue;
            }
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        names.append(current.trimmed());
    return names;
}

} // namespace onco
