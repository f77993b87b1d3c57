#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace onco {

/** An error from core code, with the position in the input it refers to when there is one. */
struct CoreError
{
    enum class Code
    {
        InvalidArgument, ///< a caller passed something core cannot use (unknown code, bad option)
        BadInput,        ///< an input file is malformed
        Io,              ///< a file could not be opened, read or written
        Database,        ///< SQLite refused an operation
        Canceled,        ///< the user canceled a long operation
        Conflict,        ///< someone else changed the record since it was read (optimistic locking)
        Locked,          ///< the data is sealed and no key for it was given
        Forbidden,       ///< the actor's role may not do this (Roles.h)
        Internal,        ///< a broken invariant; always a bug
    };

    Code code = Code::Internal;
    QString message;
    QString file;              ///< input file the error refers to, empty when none
    qint64 line = 0;           ///< 1-based line (or record number for binary files); 0 when unknown
    QString context;           ///< the offending text, shortened, when it helps
    QStringList choices;       ///< values the user can choose from to resolve the error (sample names)
    QStringList choiceDetails; ///< what each choice holds ("15 alterations"), parallel to choices; may be empty

    /** "PATH:LINE: message" (or "PATH: message", or the message alone), as compilers print errors. */
    [[nodiscard]] QString toString() const
    {
        QString out;
        if (!file.isEmpty()) {
            out += file;
            if (line > 0)
                out += QLatin1Char(':') + QString::number(line);
            out += QLatin1String(": ");
        }
        out += message;
        return out;
    }
};

} // namespace onco
