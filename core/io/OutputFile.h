#pragma once

#include <QString>
#include <QStringList>

namespace onco::OutputFile {

/** Whether two paths name the same existing file (the same device and inode: links and aliases too). */
bool sameFile(const QString& a, const QString& b);

/**
 * Why `output` must not be written: it is one of `protectedPaths` (an input of the run, the open
 * case database or knowledge base); empty when it may be written.
 */
QString clashWith(const QString& output, const QStringList& protectedPaths);

/** Whether writing `path` should go straight to it: an existing device, pipe or socket (never replaced). */
bool isSpecial(const QString& path);

} // namespace onco::OutputFile
