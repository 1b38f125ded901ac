#pragma once

// The Waline 1.39.3 REST API as pure functions: building requests and classifying answers, so every rule is
// tested with tables and no network. Facts about the server's answers: scripts/waline/NOTES.md.
//
// Requests never carry `lang`: the server's messages are then English, and "Duplicate Content" and
// "Comment too fast!" are recognised by their English text.

#include "LoadResult.h"
#include "ReplyFacts.h"
#include "comments/CommentDraft.h"
#include "comments/CommentPage.h"
#include "comments/DeliveryResult.h"
#include "comments/ServerComment.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace WalineProtocol {

// The largest pageSize the server accepts.
inline constexpr int maxPageSize = 100;
// Server text in a reason is cut to this many characters.
inline constexpr int maxServerTextLength = 200;

// <base>/api/comment, keeping a path prefix the base URL may have (https://example.com/waline/).
QUrl commentEndpoint(const QUrl& serverUrl);

// The JSON body of POST /api/comment: {comment, nick, mail, link, url, ua, pid, rid, at}. The text goes exactly
// as typed, after the quoted passage as a Markdown blockquote when there is one (PassageQuote::toMarkdown);
// nick and mail are left out when empty; link is always "". A draft with replyTo.parentId sends pid, rid (the
// parentId when rootId is empty) and at (left out when the nick is empty); any other draft sends none of them.
// The city is not a Waline field and is not sent (the reader's city stays with the local copy of the comment):
// adding it to the text would change what the reader typed.
QByteArray encodeComment(const CommentDraft& draft, const QString& articlePath, const QString& userAgent);

// GET /api/comment?path=...&page=N&pageSize=N&sortBy=insertedAt_desc; page is at least 1, pageSize is 1..100.
QUrl listUrl(const QUrl& serverUrl, const QString& articlePath, int page, int pageSize);

// Retry-After as seconds from now: delay-seconds or an HTTP-date (IMF-fixdate); nullopt when absent or unreadable.
// A date in the past gives 0.
std::optional<int> parseRetryAfter(const QByteArray& header, const QDateTime& now);

// Waline's `status` of a comment: "approved", "waiting", "spam"; anything else (or none) is Unknown. Exact and
// case-sensitive, as the server writes them.
ServerComment::Status parseStatus(const QJsonValue& status);

// One comment object of the server (a POST's `data`, a list item or a child). The text is `orig`, never the
// rendered HTML `comment`; `time` (epoch milliseconds) becomes a UTC QDateTime; `pid`, `rid` and `reply_user.nick`
// become parentId, rootId and replyToNick; `children` become replies, one level (deeper ones join the thread),
// oldest first whatever order the server lists them in (ties: numeric ids ascending), each with rootId and
// parentId set (the root's id when the server left them out).
// Fails when objectId, orig or time is missing or of the wrong type.
LoadResult<ServerComment> parseComment(const QJsonObject& object);

// The JSON body of a list answer: the envelope with data {page, totalPages, count, data:[...]}.
LoadResult<CommentPage> parseCommentPage(const QByteArray& body);

// What one POST attempt came to. Order: the client's own aborts (deadline, size cap), TLS errors (Rejected: a bad
// certificate stays bad), transport errors (Retry), then the HTTP status (3xx Rejected naming the Location; 408,
// 429, 5xx Retry with Retry-After, except the 500 Waline answers to a reply whose parent it does not have, which is
// Rejected; other 4xx Rejected), then the envelope {errno, errmsg, data} of a 2xx.
// A 2xx that is not the envelope is Retry: it is not known whether the comment was stored, and a retry is safe
// because the server answers a repeat with "Duplicate Content", which counts as delivered.
DeliveryResult classifyPostReply(const ReplyFacts& reply, const QDateTime& now);

// What one GET of a page came to: the page, or a plain-text reason.
LoadResult<CommentPage> classifyListReply(const ReplyFacts& reply);

} // namespace WalineProtocol
