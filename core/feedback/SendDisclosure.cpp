#include "SendDisclosure.h"

#include "net/CommentRequestFields.h"
#include "net/WalineProtocol.h"

#include <QSettings>
#include <QStringList>

SendDisclosure::SendDisclosure(QSettings* settings,
                               const QUrl& server,
                               const QString& articlePath,
                               const QString& userAgent)
    : m_settings(settings)
    , m_server(server)
    , m_articlePath(articlePath)
    , m_userAgent(userAgent)
{ }

QString SendDisclosure::settingKey()
{
    return QStringLiteral("comments/serversThatHaveComments");
}

QString SendDisclosure::serverKey() const
{
    return WalineProtocol::commentEndpoint(m_server).toString(QUrl::FullyEncoded);
}

bool SendDisclosure::isNeeded() const
{
    return m_server.isValid() && !m_settings->value(settingKey()).toStringList().contains(serverKey());
}

QString SendDisclosure::host() const
{
    const int defaultPort = m_server.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = m_server.port(defaultPort);
    return port == defaultPort ? m_server.host() : QStringLiteral("%1:%2").arg(m_server.host()).arg(port);
}

QUrl SendDisclosure::endpoint() const
{
    return WalineProtocol::commentEndpoint(m_server);
}

QList<SentField> SendDisclosure::fields() const
{
    return CommentRequestFields::fields(m_articlePath, m_userAgent);
}

QString SendDisclosure::summary() const
{
    //: One line above the comment list before the first comment goes to a server; %1 is the server's host
    return tr("Send gives %1 your name and email (if you give them), your comment, this article's address and the "
              "app's version; the server keeps them.")
        .arg(host());
}

bool SendDisclosure::noteChange(const OwnComment& comment)
{
    const bool delivered = comment.state == OwnComment::State::Sent
                           || comment.state == OwnComment::State::AwaitingModeration
                           || comment.state == OwnComment::State::MarkedAsSpam;
    if (!delivered || !isNeeded())
        return false;
    QStringList servers = m_settings->value(settingKey()).toStringList();
    servers.append(serverKey());
    m_settings->setValue(settingKey(), servers);
    return true;
}
