#include "FaultServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <sys/socket.h>

namespace {

constexpr qint64 hugeChunk = 64 * 1024;

// Bytes of the request read so far, kept on the socket until the request is whole.
const char* const bufferProperty = "faultServerBuffer";

} // namespace

FaultServer::FaultServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

bool FaultServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FaultServer::respond(const QByteArray& response)
{
    m_behaviour = Behaviour::Respond;
    m_response = response;
}

void FaultServer::resetAfter(const QByteArray& partialResponse)
{
    m_behaviour = Behaviour::ResetAfter;
    m_response = partialResponse;
}

void FaultServer::staySilent()
{
    m_behaviour = Behaviour::Silent;
}

void FaultServer::drip(const QByteArray& response, std::chrono::milliseconds interval)
{
    m_behaviour = Behaviour::Drip;
    m_response = response;
    m_dripInterval = interval;
}

void FaultServer::sendHuge(const QByteArray& head, qint64 bodyBytes)
{
    m_behaviour = Behaviour::Huge;
    m_response = head;
    m_hugeBodyBytes = bodyBytes;
}

QByteArray FaultServer::httpResponse(int status,
                                     const QByteArray& reason,
                                     const QByteArray& body,
                                     const QList<QByteArray>& extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    bool hasLength = false;
    for (const QByteArray& header : extraHeaders) {
        response += header + "\r\n";
        hasLength = hasLength || header.toLower().startsWith("content-length:");
    }
    if (!hasLength)
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n" + body;
    return response;
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FaultServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + socket->readAll();
    socket->setProperty(bufferProperty, buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qint64 contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray& line : lines) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(int(sizeof("content-length:")) - 1).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + contentLength)
        return;
    m_requests.append(buffer.left(headEnd + 4 + contentLength));
    socket->setProperty(bufferProperty, buffer.mid(headEnd + 4 + contentLength));
    answer(socket);
}

void FaultServer::answer(QTcpSocket* socket)
{
    switch (m_behaviour) {
    case Behaviour::Respond:
        socket->write(m_response);
        socket->disconnectFromHost();
        break;
    case Behaviour::ResetAfter: {
        socket->write(m_response);
        socket->flush();
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger reset {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof(reset));
        socket->abort();
        break;
    }
    case Behaviour::Silent:
        break;
    case Behaviour::Drip: {
        auto* timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, position] {
            if (*position >= m_response.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(m_response.mid(*position, 1));
            ++*position;
        });
        timer->start(m_dripInterval);
        break;
    }
    case Behaviour::Huge:
        m_hugeQueued = 0;
        m_hugeWritten = 0;
        m_hugeDone = false;
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 written) {
            m_hugeWritten += written;
            feedHuge(socket);
        });
        socket->write(m_response);
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_hugeDone = true; });
        connect(socket, &QTcpSocket::errorOccurred, this, [this] { m_hugeDone = true; });
        feedHuge(socket);
        break;
    }
}

// Keeps at most two chunks queued in the socket, so the body is made only as fast as the peer takes it.
void FaultServer::feedHuge(QTcpSocket* socket)
{
    if (m_hugeDone || socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (socket->bytesToWrite() < 2 * hugeChunk && m_hugeQueued < m_hugeBodyBytes) {
        const qint64 size = std::min(hugeChunk, m_hugeBodyBytes - m_hugeQueued);
        socket->write(QByteArray(size, 'x'));
        m_hugeQueued += size;
    }
    if (m_hugeQueued >= m_hugeBodyBytes && socket->bytesToWrite() == 0) {
        m_hugeDone = true;
        socket->disconnectFromHost();
    }
}
