#include "OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace onco::OutputFile {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::OutputFile)
};

bool statOf(const QString& path, struct stat& st)
{
    const QByteArray p = QFile::encodeName(path);
    return ::stat(p.constData(), &st) == 0;
}

} // namespace

bool sameFile(const QString& a, const QString& b)
{
    struct stat sa = {}, sb = {};
    if (!statOf(a, sa) || !statOf(b, sb))
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QString clashWith(const QString& output, const QStringList& protectedPaths)
{
    for (const QString& p : protectedPaths)
        if (!p.isEmpty() && sameFile(output, p))
            return Messages::tr("refused: this is %1, which the run reads; choose another output file")
                .arg(QFileInfo(p).fileName());
    return {};
}

bool isSpecial(const QString& path)
{
    struct stat st = {};
    if (!statOf(path, st))
        return false;
    return S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode);
}

} // namespace onco::OutputFile
