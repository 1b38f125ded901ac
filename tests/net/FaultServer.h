#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QTcpSocket;

// A loopback HTTP server that misbehaves on purpose, for the faults a real server does not produce: it reads
// each request whole, then answers as told (or not at all). Counts requests and the body bytes it got written.
class FaultServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        // Writes the response and closes the connection.
        Respond,
        // Writes the response (meant to be partial) and resets the connection (RST).
        ResetAfter,
        // Reads the request and never answers.
        Silent,
        // Writes the response one byte per dripInterval.
        Drip,
        // Writes the response head, then hugeBodyBytes of body as fast as the peer takes it.
        Huge,
    };

    explicit FaultServer(QObject* parent = nullptr);

    // Listens on 127.0.0.1, on a free port; false on failure.
    bool start();
    QUrl url() const;
    // Stops listening, so new connections are refused.
    void close() { m_server.close(); }

    void respond(const QByteArray& response);
    void resetAfter(const QByteArray& partialResponse);
    void staySilent();
    void drip(const QByteArray& response, std::chrono::milliseconds interval);
    void sendHuge(const QByteArray& head, qint64 bodyBytes);

    // Requests read whole so far, raw (head and body).
    const QList<QByteArray>& requests() const { return m_requests; }
    // Bytes of the huge response (head and body) the socket got written to the peer so far.
    qint64 hugeBytesWritten() const { return m_hugeWritten; }
    bool hugeFinished() const { return m_hugeDone; }

    // An HTTP/1.1 response with the given status line, headers and body (Content-Length added unless present).
    static QByteArray httpResponse(int status,
                                   const QByteArray& reason,
                                   const QByteArray& body,
                                   const QList<QByteArray>& extraHeaders = {});

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket);
    void feedHuge(QTcpSocket* socket);

    QTcpServer m_server;
    Behaviour m_behaviour = Behaviour::Respond;
    QByteArray m_response;
    std::chrono::milliseconds m_dripInterval {1000};
    qint64 m_hugeBodyBytes = 0;
    qint64 m_hugeQueued = 0;
    qint64 m_hugeWritten = 0;
    bool m_hugeDone = false;
    QList<QByteArray> m_requests;
};
