#pragma once

#include "comments/CommentSender.h"
#include "net/ServerAddress.h"

#include <QSet>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;
struct ReplyFacts;

// Sends comments to a Waline 1.39.3 comment server (POST /api/comment) and lists an article's comments
// (GET /api/comment), over the given QNetworkAccessManager, whose proxy settings are used as they are.
//
// Every request has a transfer timeout, an overall deadline and a cap on the answer's size. A POST never follows a
// redirect (a 3xx is Rejected, naming the Location); a GET follows redirects within the same origin only. TLS
// errors are never ignored. The reader's city is not sent: Waline has no such field, and the text goes exactly as
// typed. Classification rules: WalineProtocol::classifyPostReply.
class WalineClient : public CommentSender
{
    Q_OBJECT

public:
    struct Options
    {
        // Gives up when no byte moves for this long (QNetworkRequest::setTransferTimeout).
        std::chrono::milliseconds transferTimeout {15000};
        // Gives up on a request after this long, however slowly bytes still arrive.
        std::chrono::milliseconds deadline {30000};
        // Aborts as soon as an answer is, or is announced to be, larger than this.
        qint64 maxResponseBytes = 1024 * 1024;
    };

    using ServerUrl = ServerAddress;

    // Checks a server address typed by the reader: ServerAddress::check.
    static ServerUrl validateServerUrl(const QString& text) { return ServerAddress::check(text); }

    // network must outlive the client. serverUrl must have passed validateServerUrl. articlePath is the article's
    // key on the server (the POST's `url`, the GET's `path`), e.g. "/articles/shenzhen-one-of-four-ai-zones".
    WalineClient(QNetworkAccessManager* network,
                 const QUrl& serverUrl,
                 const QString& articlePath,
                 const QString& userAgent,
                 const Options& options,
                 QObject* parent = nullptr);
    // Aborts requests in flight; their results are not reported.
    ~WalineClient() override;

    QUrl serverUrl() const { return m_serverUrl; }
    QString articlePath() const { return m_articlePath; }
    QString userAgent() const { return m_userAgent; }

    // A send() for a comment already in flight is not sent again: it is answered (later, like every send) with a
    // Retry saying so, and the attempt in flight reports as usual.
    void send(const OwnComment& comment) override;
    void fetchPage(int page, int pageSize) override;

    bool isSending(const QString& localId) const { return m_sending.contains(localId); }

private:
    QNetworkRequest makeRequest(const QUrl& url) const;
    void finishSend(const QString& localId, const ReplyFacts& facts);

    QNetworkAccessManager* m_network;
    QUrl m_serverUrl;
    QString m_articlePath;
    QString m_userAgent;
    Options m_options;
    QSet<QString> m_sending;
};
