#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class CommentSession;
class LiveThreadPoller;

// Where the comments are kept and sent: the store's file, the server (empty for local-only mode), the article's
// key on the server and the User-Agent of every request.
struct CommentSetup
{
    QString storePath;
    QUrl serverUrl;
    QString articlePath;
    QString userAgent;
};

// The comments, opened: the store, the network clients, the outbox and the live check. Made by the comments module
// (StoredCommentPipeline), the only code that links Qt SQL and Qt Network, which the app loads once its window has
// painted; the window sees only this interface and CommentSession.
class CommentPipeline
{
public:
    virtual ~CommentPipeline() = default;

    // False in local-only mode: comments stay on this computer.
    virtual bool hasServer() const = 0;
    // A new session on the store and the outbox, owned by the caller; it must not outlive the pipeline.
    virtual CommentSession* createSession() = 0;
    // The live check, owned by the pipeline; null without a server.
    virtual LiveThreadPoller* liveCheck() = 0;
    // What to tell the reader once, at start, about the store (it was recovered, lives in memory, is read-only, or
    // another window shares it): plain text in the language installed now, none when all is well.
    virtual QStringList openProblems() const = 0;
    // Why the store stopped taking writes during the session, in plain text; empty while it writes.
    virtual QString storeProblem() const = 0;
    // handler runs once, when the store stops taking writes (a read-only remount).
    virtual void onStoreProblem(std::function<void()> handler) = 0;
    // Starts delivery (comments queued in an earlier session are sent again) and the live check.
    virtual void start() = 0;
};
