#include "WalineProtocol.h"

#include "comments/PassageQuote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

namespace {

// Gives lupdate a context for the messages of these free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WalineProtocol)
};

// Server text as one line of plain text, cut to a sane length.
QString serverText(QString text)
{
    text = text.simplified();
    if (text.size() > WalineProtocol::maxServerTextLength)
        text = text.left(WalineProtocol::maxServerTextLength - 1) + QChar(0x2026);
    return text;
}

// errmsg is a string, or for validation errors (errno 1001) an object {field: message}.
QString errorMessage(const QJsonValue& errmsg)
{
    if (errmsg.isString())
        return serverText(errmsg.toString());
    if (errmsg.isObject()) {
        QStringList parts;
        const QJsonObject fields = errmsg.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString message = it.value().toVariant().toString();
            parts.append(Text::tr("%1: %2").arg(it.key(), message));
        }
        return serverText(parts.join(QStringLiteral("; ")));
    }
    return {};
}

struct Envelope
{
    int errorNumber = 0;
    QJsonValue errmsg;
    QJsonValue data;
};

// The server's envelope, or nullopt when the body is something else (HTML, malformed JSON, other shapes).
std::optional<Envelope> parseEnvelope(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonValue errorNumber = root.value(QLatin1String("errno"));
    if (!errorNumber.isDouble() || errorNumber.toDouble() != double(errorNumber.toInt()))
        return std::nullopt;
    return Envelope {errorNumber.toInt(), root.value(QLatin1String("errmsg")), root.value(QLatin1String("data"))};
}

QString notAReplyReason()
{
    return Text::tr("The server answered with something that is not a comment server reply, so it is not known "
                    "whether the comment arrived. Check the server address.");
}

// The same for a list load: it speaks of the list, since no comment of the reader's is at stake.
QString notAListReason()
{
    return Text::tr("The server answered with something that is not a comment server reply, so the comments "
                    "could not be listed. Check the server address.");
}

// Problems below HTTP, or the client's own aborts. nullopt when an HTTP answer arrived whole.
std::optional<DeliveryResult> transportProblem(const ReplyFacts& reply)
{
    using Error = QNetworkReply::NetworkError;
    switch (reply.abort) {
    case ReplyFacts::Abort::Deadline:
        return DeliveryResult::retry(
            Text::tr("The comment server did not answer in time (within %1 s).").arg(reply.deadlineSeconds));
    case ReplyFacts::Abort::TooLarge:
        return DeliveryResult::retry(Text::tr("The comment server's answer was larger than %1 KiB, so it was cut off.")
                                         .arg(std::max<qint64>(1, reply.maxBodyBytes / 1024)));
    case ReplyFacts::Abort::None:
        break;
    }
    if (!reply.sslErrors.isEmpty())
        return DeliveryResult::rejected(Text::tr("The comment server's certificate is not accepted: %1")
                                            .arg(serverText(reply.sslErrors.join(QStringLiteral("; ")))));
    switch (reply.error) {
    case Error::NoError:
        return std::nullopt;
    case Error::SslHandshakeFailedError:
        return DeliveryResult::rejected(Text::tr("A secure connection to the comment server could not be made: %1")
                                            .arg(serverText(reply.errorString)));
    case Error::ConnectionRefusedError:
        return DeliveryResult::retry(Text::tr("The comment server refused the connection; it may not be running."));
    case Error::RemoteHostClosedError:
        return DeliveryResult::retry(
            Text::tr("The comment server closed the connection before it finished answering."));
    case Error::HostNotFoundError:
        return DeliveryResult::retry(Text::tr("The comment server's host name could not be found."));
    case Error::TimeoutError:
    case Error::OperationCanceledError: // also what setTransferTimeout gives on a stalled transfer
        return DeliveryResult::retry(Text::tr("The connection to the comment server timed out."));
    case Error::TooManyRedirectsError:
    case Error::InsecureRedirectError:
        return DeliveryResult::rejected(Text::tr("The comment server redirected to another address, which was not "
                                                 "followed. Check the server address."));
    case Error::ProxyAuthenticationRequiredError:
        return DeliveryResult::rejected(Text::tr("The network proxy asks for a user name and password."));
    case Error::ProtocolUnknownError:
    case Error::ProtocolInvalidOperationError:
        return DeliveryResult::rejected(
            Text::tr("The comment server could not be asked: %1").arg(serverText(reply.errorString)));
    default:
        break;
    }
    // Other network and proxy errors, and an answer that is not HTTP at all, may pass.
    if (reply.httpStatus == 0 || int(reply.error) < int(Error::ContentAccessDenied))
        return DeliveryResult::retry(
            Text::tr("Could not reach the comment server: %1").arg(serverText(reply.errorString)));
    return std::nullopt;
}

// A comment id: a number or a non-empty string; empty for anything else (null, missing).
QString idText(const QJsonValue& id)
{
    if (id.isDouble())
        return QString::number(id.toInteger());
    if (id.isString())
        return id.toString();
    return {};
}

bool isRetryStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

QString statusReason(const char* withoutText, const char* withText, int status, const QString& serverMessage)
{
    if (serverMessage.isEmpty())
        return Text::tr(withoutText).arg(status);
    return Text::tr(withText).arg(QString::number(status), serverMessage);
}

// errmsg of an envelope in a non-2xx answer, if the body is one.
QString envelopeMessage(const QByteArray& body)
{
    const std::optional<Envelope> envelope = parseEnvelope(body);
    return envelope ? errorMessage(envelope->errmsg) : QString();
}

// Waline 1.39.3 answers a reply whose pid it does not have with HTTP 500 and this message: it has stored the reply
// (as a reply to nothing, never listed) and then failed to look up the parent. Retrying cannot help (the same text
// is then a duplicate), so it is a refusal. See scripts/waline/NOTES.md.
bool isMissingParentAnswer(const QByteArray& body)
{
    const std::optional<Envelope> envelope = parseEnvelope(body);
    return envelope
           && envelope->errmsg.toString() == QLatin1String("Cannot read properties of undefined (reading 'user_id')");
}

// Orders a thread's replies oldest first. Waline 1.39.3 lists children in the order asked for the roots (newest
// first here), so the server's order says nothing. Within one second (the times' resolution) the ids decide when
// both are numbers (a SQL store's ids grow with each comment); other ids keep the reverse of the server's order.
// A reply without a valid time counts as the oldest, as in the list.
void sortOldestFirst(QList<ServerComment>& replies)
{
    std::reverse(replies.begin(), replies.end());
    const auto key = [](const ServerComment& reply) {
        bool numeric = false;
        const qlonglong id = reply.objectId.toLongLong(&numeric);
        return std::tuple(reply.time.isValid(),
                          reply.time.isValid() ? reply.time.toMSecsSinceEpoch() : 0,
                          numeric ? id : std::numeric_limits<qlonglong>::max());
    };
    std::stable_sort(replies.begin(), replies.end(), [&key](const ServerComment& a, const ServerComment& b) {
        return key(a) < key(b);
    });
}

} // namespace

namespace WalineProtocol {

ServerComment::Status parseStatus(const QJsonValue& status)
{
    const QString name = status.toString();
    if (name == QLatin1String("approved"))
        return ServerComment::Status::Approved;
    if (name == QLatin1String("waiting"))
        return ServerComment::Status::Waiting;
    if (name == QLatin1String("spam"))
        return ServerComment::Status::Spam;
    return ServerComment::Status::Unknown;
}

QUrl commentEndpoint(const QUrl& serverUrl)
{
    QUrl url = serverUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/api/comment"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QByteArray encodeComment(const CommentDraft& draft, const QString& articlePath, const QString& userAgent)
{
    QJsonObject object {
        {QLatin1String("comment"), PassageQuote::toMarkdown(draft.quote, draft.text)},
        {QLatin1String("link"), QString()},
        {QLatin1String("url"), articlePath},
        {QLatin1String("ua"), userAgent},
    };
    if (!draft.nick.isEmpty())
        object.insert(QLatin1String("nick"), draft.nick);
    if (!draft.mail.isEmpty())
        object.insert(QLatin1String("mail"), draft.mail);
    // A reply: Waline 1.39.3 stores pid and rid as given and lists the reply in the children of rid; a thread's
    // root is its own rid when only pid is known. Ids go as strings, as Waline's API documents them (its SQL
    // storages cast them). at is the nick answered, which Waline reads only on its deprecated API.
    const CommentReplyTarget& to = draft.replyTo;
    if (!to.parentId.isEmpty()) {
        object.insert(QLatin1String("pid"), to.parentId);
        object.insert(QLatin1String("rid"), to.rootId.isEmpty() ? to.parentId : to.rootId);
        if (!to.nick.isEmpty())
            object.insert(QLatin1String("at"), to.nick);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QUrl listUrl(const QUrl& serverUrl, const QString& articlePath, int page, int pageSize)
{
    QUrl url = commentEndpoint(serverUrl);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(articlePath)));
    query.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(pageSize, 1, maxPageSize)));
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("insertedAt_desc"));
    url.setQuery(query);
    return url;
}

std::optional<int> parseRetryAfter(const QByteArray& header, const QDateTime& now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // A day is more than any server means; the cap keeps the value in an int.
        return int(std::min<qlonglong>(seconds, 24 * 60 * 60));
    }
    QDateTime date
        = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    const qint64 delay = now.secsTo(date);
    return int(std::clamp<qint64>(delay, 0, 24 * 60 * 60));
}

LoadResult<ServerComment> parseComment(const QJsonObject& object)
{
    using Result = LoadResult<ServerComment>;
    ServerComment comment;
    comment.objectId = idText(object.value(QLatin1String("objectId")));
    if (comment.objectId.isEmpty())
        return Result::failure(Text::tr("A comment has no objectId."));

    // The id is server text: in a reason it is one line and cut, like the rest (fuzz_walineReply sent one
    // holding a line break).
    const QJsonValue orig = object.value(QLatin1String("orig"));
    if (!orig.isString())
        return Result::failure(Text::tr("Comment %1 has no text (\"orig\").").arg(serverText(comment.objectId)));
    comment.text = orig.toString();

    const QJsonValue time = object.value(QLatin1String("time"));
    if (!time.isDouble())
        return Result::failure(Text::tr("Comment %1 has no time.").arg(serverText(comment.objectId)));
    comment.time = QDateTime::fromMSecsSinceEpoch(time.toInteger(), Qt::UTC);

    // nick and link are null or missing when not given.
    comment.nick = object.value(QLatin1String("nick")).toString();
    comment.link = object.value(QLatin1String("link")).toString();
    comment.status = WalineProtocol::parseStatus(object.value(QLatin1String("status")));
    // pid and rid are numbers (our PostgreSQL) or strings (other storages), null on a root comment.
    comment.parentId = idText(object.value(QLatin1String("pid")));
    comment.rootId = idText(object.value(QLatin1String("rid")));
    comment.replyToNick = object.value(QLatin1String("reply_user")).toObject().value(QLatin1String("nick")).toString();

    const QJsonValue children = object.value(QLatin1String("children"));
    if (!children.isUndefined() && !children.isNull() && !children.isArray())
        return Result::failure(
            Text::tr("Comment %1 has replies that are not a list.").arg(serverText(comment.objectId)));
    const QJsonArray replies = children.toArray();
    for (const QJsonValue& item : replies) {
        if (!item.isObject())
            return Result::failure(
                Text::tr("A reply to comment %1 is not an object.").arg(serverText(comment.objectId)));
        const Result reply = parseComment(item.toObject());
        if (!reply.ok())
            return reply;
        // One level, as Waline lists them: should a child come with children of its own, they join the thread
        // after it rather than being lost.
        ServerComment child = reply.value();
        QList<ServerComment> nested = std::exchange(child.replies, {});
        comment.replies.append(std::move(child));
        comment.replies.append(std::move(nested));
    }
    sortOldestFirst(comment.replies);
    // A child is a reply of this thread even when the server left out its rid or pid.
    for (ServerComment& child : comment.replies) {
        if (child.rootId.isEmpty())
            child.rootId = comment.objectId;
        if (child.parentId.isEmpty())
            child.parentId = comment.objectId;
    }
    return Result::success(std::move(comment));
}

LoadResult<CommentPage> parseCommentPage(const QByteArray& body)
{
    using Result = LoadResult<CommentPage>;
    const std::optional<Envelope> envelope = parseEnvelope(body);
    if (!envelope)
        return Result::failure(notAListReason());
    if (envelope->errorNumber != 0) {
        const QString message = errorMessage(envelope->errmsg);
        if (message.isEmpty())
            return Result::failure(
                Text::tr("The comment server could not list the comments (error %1).").arg(envelope->errorNumber));
        return Result::failure(Text::tr("The comment server could not list the comments: %1").arg(message));
    }
    const QJsonObject data = envelope->data.toObject();
    const QJsonValue items = data.value(QLatin1String("data"));
    const auto isInt = [&data](const char* key) {
        return data.value(QLatin1String(key)).isDouble();
    };
    if (!envelope->data.isObject() || !items.isArray() || !isInt("page") || !isInt("totalPages") || !isInt("count"))
        return Result::failure(notAListReason());

    CommentPage page;
    page.page = data.value(QLatin1String("page")).toInt();
    page.totalPages = data.value(QLatin1String("totalPages")).toInt();
    page.totalCount = data.value(QLatin1String("count")).toInt();
    const QJsonArray array = items.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isObject())
            return Result::failure(notAListReason());
        const LoadResult<ServerComment> comment = parseComment(item.toObject());
        if (!comment.ok())
            return Result::failure(
                Text::tr("The comment server sent a comment list that cannot be read: %1").arg(comment.error()));
        page.comments.append(comment.value());
    }
    return Result::success(std::move(page));
}

DeliveryResult classifyPostReply(const ReplyFacts& reply, const QDateTime& now)
{
    if (std::optional<DeliveryResult> problem = transportProblem(reply))
        return *problem;

    const int status = reply.httpStatus;
    if (status >= 300 && status <= 399) {
        const QString location = serverText(QString::fromUtf8(reply.location));
        if (location.isEmpty())
            return DeliveryResult::rejected(Text::tr("The comment server redirected the comment (HTTP %1) without "
                                                     "saying where; it was not sent again. Check the server address.")
                                                .arg(status));
        return DeliveryResult::rejected(Text::tr("The comment server redirected the comment to %1 (HTTP %2); it was "
                                                 "not sent there. Check the server address.")
                                            .arg(location, QString::number(status)));
    }
    if (status == 500 && isMissingParentAnswer(reply.body))
        return DeliveryResult::rejected(
            Text::tr("The comment you replied to is no longer on the comment server, so your reply cannot appear "
                     "under it (the server said: %1). The server kept this text all the same: to send it as a "
                     "comment of its own, cancel the reply and change the text a little.")
                .arg(envelopeMessage(reply.body)));
    if (isRetryStatus(status))
        return DeliveryResult::retry(statusReason(QT_TRANSLATE_NOOP("WalineProtocol",
                                                                    "The comment server could not take the comment now "
                                                                    "(HTTP %1)."),
                                                  QT_TRANSLATE_NOOP("WalineProtocol",
                                                                    "The comment server could not take the comment now "
                                                                    "(HTTP %1): %2"),
                                                  status,
                                                  envelopeMessage(reply.body)),
                                     parseRetryAfter(reply.retryAfter, now));
    if (status >= 400 && status <= 499)
        return DeliveryResult::rejected(
            statusReason(QT_TRANSLATE_NOOP("WalineProtocol", "The comment server refused the comment (HTTP %1)."),
                         QT_TRANSLATE_NOOP("WalineProtocol", "The comment server refused the comment (HTTP %1): %2"),
                         status,
                         envelopeMessage(reply.body)));
    if (status < 200 || status > 299)
        return DeliveryResult::retry(Text::tr("The comment server gave an unexpected answer (HTTP %1).").arg(status));

    const std::optional<Envelope> envelope = parseEnvelope(reply.body);
    if (!envelope)
        return DeliveryResult::retry(notAReplyReason());
    const QString message = errorMessage(envelope->errmsg);
    switch (envelope->errorNumber) {
    case 0: {
        // errno 0 is the server's word that it stored the comment; a data object it cannot describe does not
        // change that (and a retry would only be answered "Duplicate Content").
        const LoadResult<ServerComment> comment = parseComment(envelope->data.toObject());
        if (!comment.ok())
            return DeliveryResult::delivered();
        return DeliveryResult::delivered(comment.value());
    }
    case 1000:
        if (envelope->errmsg.toString() == QLatin1String("Duplicate Content"))
            return DeliveryResult::alreadyStored();
        if (envelope->errmsg.toString() == QLatin1String("Comment too fast!"))
            return DeliveryResult::retry(
                Text::tr("The comment server asks to wait a little between comments; it will be sent again later."),
                parseRetryAfter(reply.retryAfter, now));
        break;
    case 1001:
        return DeliveryResult::rejected(Text::tr("The comment server did not accept the comment: %1").arg(message));
    default:
        break;
    }
    if (message.isEmpty())
        return DeliveryResult::rejected(
            Text::tr("The comment server refused the comment (error %1).").arg(envelope->errorNumber));
    return DeliveryResult::rejected(Text::tr("The comment server refused the comment: %1").arg(message));
}

LoadResult<CommentPage> classifyListReply(const ReplyFacts& reply)
{
    using Result = LoadResult<CommentPage>;
    if (std::optional<DeliveryResult> problem = transportProblem(reply))
        return Result::failure(problem->reason);
    const int status = reply.httpStatus;
    if (status < 200 || status > 299)
        return Result::failure(statusReason(
            QT_TRANSLATE_NOOP("WalineProtocol", "The comment server could not list the comments (HTTP %1)."),
            QT_TRANSLATE_NOOP("WalineProtocol", "The comment server could not list the comments (HTTP %1): %2"),
            status,
            envelopeMessage(reply.body)));
    return parseCommentPage(reply.body);
}

} // namespace WalineProtocol
