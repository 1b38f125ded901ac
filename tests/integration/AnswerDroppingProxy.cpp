#include "AnswerDroppingProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

AnswerDroppingProxy::AnswerDroppingProxy(const QUrl& upstream, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &AnswerDroppingProxy::onNewConnection);
}

bool AnswerDroppingProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl AnswerDroppingProxy::url() const
{
    QUrl url = m_upstream;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void AnswerDroppingProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        // The upstream socket is the client's child: both go when the client socket is deleted.
        auto* upstream = new QTcpSocket(client);
        // Both sides end together; deleteLater lets the signal that got here return first.
        auto closeBoth = [client, upstream] {
            client->disconnect();
            upstream->disconnect();
            upstream->abort();
            client->abort();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            // Bytes wait in the client socket's buffer until the upstream is connected.
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, closeBoth] {
            if (m_dropping) {
                upstream->readAll();
                ++m_dropped;
                // The client sees its connection closed with no answer at all.
                closeBoth();
                return;
            }
            client->write(upstream->readAll());
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [upstream, client](QAbstractSocket::SocketError) {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, closeBoth);
        upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    }
}
