#include "AppIdentity.h"

#include "Version.h"

#include <QCoreApplication>

namespace onco {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(productName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(productName));
    QCoreApplication::setOrganizationDomain(QStringLiteral("oncoboard.org"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(productVersion));
}

} // namespace onco
