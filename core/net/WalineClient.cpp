#include "WalineClient.h"

#include "BoundedReply.h"
#include "WalineProtocol.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// Same-origin redirects a GET may follow (e.g. a trailing-slash fix); more is a loop or a misconfiguration.
constexpr int maxListRedirects = 3;

} // namespace

WalineClient::WalineClient(QNetworkAccessManager* network,
                           const QUrl& serverUrl,
                           const QString& articlePath,
                           const QString& userAgent,
                           const Options& options,
                           QObject* parent)
    : CommentSender(parent)
    , m_network(network)
    , m_serverUrl(serverUrl)
    , m_articlePath(articlePath)
    , m_userAgent(userAgent)
    , m_options(options)
{ }

// The BoundedReply children abort their replies as they are destroyed.
WalineClient::~WalineClient() = default;

QNetworkRequest WalineClient::makeRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_options.transferTimeout.count()));
    return request;
}

void WalineClient::send(const OwnComment& comment)
{
    const QString localId = comment.localId;
    if (m_sending.contains(localId)) {
        QMetaObject::invokeMethod(
            this,
            [this, localId] {
                emit sendFinished(localId, DeliveryResult::retry(tr("This comment is already being sent.")));
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request = makeRequest(WalineProtocol::commentEndpoint(m_serverUrl));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // A redirected POST may be replayed as a GET or sent to someone else: it is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply
        = m_network->post(request, WalineProtocol::encodeComment(comment.content, m_articlePath, m_userAgent));

    m_sending.insert(localId);
    auto* watcher = new BoundedReply(reply, {m_options.deadline, m_options.maxResponseBytes}, this);
    connect(watcher, &BoundedReply::finished, this, [this, localId](const ReplyFacts& facts) {
        finishSend(localId, facts);
    });
}

void WalineClient::finishSend(const QString& localId, const ReplyFacts& facts)
{
    m_sending.remove(localId);
    emit sendFinished(localId, WalineProtocol::classifyPostReply(facts, QDateTime::currentDateTimeUtc()));
}

void WalineClient::fetchPage(int page, int pageSize)
{
    QNetworkRequest request = makeRequest(WalineProtocol::listUrl(m_serverUrl, m_articlePath, page, pageSize));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxListRedirects);
    QNetworkReply* reply = m_network->get(request);

    auto* watcher = new BoundedReply(reply, {m_options.deadline, m_options.maxResponseBytes}, this);
    connect(watcher, &BoundedReply::finished, this, [this, page](const ReplyFacts& facts) {
        const LoadResult<CommentPage> result = WalineProtocol::classifyListReply(facts);
        if (result.ok())
            emit pageFetched(result.value());
        else
            emit pageFailed(page, result.error());
    });
}
