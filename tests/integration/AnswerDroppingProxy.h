#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

// A loopback TCP proxy in front of a real server, for the one fault a real server cannot be made to show on
// demand: the answer lost after the server acted on the request. It forwards every byte the client sends; while
// dropping, it resets the client's connection as soon as the server starts answering, so the server has stored
// the comment and the client never learns it. Otherwise it relays both ways.
class AnswerDroppingProxy : public QObject
{
    Q_OBJECT

public:
    explicit AnswerDroppingProxy(const QUrl& upstream, QObject* parent = nullptr);

    // Listens on 127.0.0.1, on a free port; false on failure.
    bool start();
    // The proxy's address, with the upstream's scheme and path.
    QUrl url() const;

    void setDroppingAnswers(bool dropping) { m_dropping = dropping; }
    // Answers the server began and the client never got.
    int droppedAnswers() const { return m_dropped; }
    // Connections the client opened through the proxy.
    int connections() const { return m_connections; }

private:
    void onNewConnection();

    QUrl m_upstream;
    QTcpServer m_server;
    bool m_dropping = false;
    int m_dropped = 0;
    int m_connections = 0;
};
