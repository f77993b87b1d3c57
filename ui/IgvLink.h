#pragma once

#include <QObject>
#include <QString>

class QTcpSocket;

namespace onco {

/**
 * "Open in IGV": sends `goto LOCUS` to a running IGV through its batch port (localhost:60151 by
 * default; IGV > View > Preferences > Advanced > Enable port). Asynchronous; reports the outcome.
 */
class IgvLink : public QObject
{
    Q_OBJECT

public:
    explicit IgvLink(QObject* parent = nullptr, quint16 port = 60151);

    /** Sends the locus ("chr7:140453136"); finished() follows. A request in flight is replaced. */
    void gotoLocus(const QString& locus);
    quint16 port() const
    {
        return m_port;
    }

signals:
    /** ok: IGV answered "OK"; message says what happened in words. */
    void finished(bool ok, const QString& message);

private:
    void done(bool ok, const QString& message);

    quint16 m_port;
    QTcpSocket* m_socket = nullptr;
    QString m_locus;
};

} // namespace onco
