#include "IgvLink.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace onco {

IgvLink::IgvLink(QObject* parent, quint16 port)
    : QObject(parent)
    , m_port(port)
{
}

void IgvLink::gotoLocus(const QString& locus)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_locus = locus;
    m_socket = new QTcpSocket(this);
    QTcpSocket* socket = m_socket;
    connect(
        socket, &QTcpSocket::connected, this, [this, socket] { socket->write(u"goto %1\n"_s.arg(m_locus).toUtf8()); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine())
            return;
        const QString answer = QString::fromUtf8(socket->readLine()).trimmed();
        done(answer.compare(u"OK"_s, Qt::CaseInsensitive) == 0,
             answer.compare(u"OK"_s, Qt::CaseInsensitive) == 0 ? tr("IGV shows %1").arg(m_locus)
                                                               : tr("IGV answered: %1").arg(answer));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        done(false,
             tr("IGV does not answer on port %1: start IGV and enable its batch port (View > Preferences > Advanced "
                "> Enable port)")
                 .arg(m_port));
    });
    // A port that accepts but never answers is not IGV either.
    QTimer::singleShot(3000, socket, [this, socket] {
        if (socket == m_socket)
            done(false, tr("IGV did not answer within 3 seconds on port %1").arg(m_port));
    });
    socket->connectToHost(u"127.0.0.1"_s, m_port);
}

void IgvLink::done(bool ok, const QString& message)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit finished(ok, message);
}

} // namespace onco
