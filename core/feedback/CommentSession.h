#pragma once

#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class CommentListModel;

// What the feedback form and panel ask of the comments: keeping the draft, sending, and acting on the reader's
// comments. An interface, so that the window links neither the comment store (Qt SQL) nor the network client (Qt
// Network): FeedbackSession implements it in the comments module, which is loaded after the window has painted.
// The contracts are FeedbackSession's.
class CommentSession : public QObject
{
    Q_OBJECT

public:
    using DraftSource = std::function<CommentDraft()>;

    using QObject::QObject;

    virtual void setDraftSource(DraftSource source) = 0;
    virtual CommentDraft restore(const CommentDraft& typedSoFar) = 0;
    virtual bool hasProfile() const = 0;
    virtual void draftEdited(qsizetype textLength) = 0;
    virtual bool saveDraftNow() = 0;
    virtual std::optional<OwnComment> submit(const CommentDraft& draft) = 0;
    virtual bool forgetProfile() = 0;
    virtual bool retry(const QString& localId) = 0;
    virtual bool discard(const QString& localId) = 0;
    virtual std::optional<CommentDraft> takeBack(const QString& localId) = 0;
    virtual bool deleteComment(const QString& localId) = 0;
    virtual std::optional<OwnComment> undoDelete() = 0;
    virtual bool canUndoDelete() const = 0;
    virtual void showOn(CommentListModel* model) = 0;
    virtual bool isLocalOnly() const = 0;
    virtual QString lastError() const = 0;

signals:
    // A comment changed state in the outbox (delivered, refused, retried ...).
    void commentChanged(const OwnComment& comment);
    // The server refused a comment for good; comment.lastError holds its reason as plain text.
    void commentRejected(const OwnComment& comment);
    // A save that nobody waited for (the timer's) failed; reason is plain text.
    void draftSaveFailed(const QString& reason);
    // canUndoDelete() may have changed.
    void undoAvailableChanged(bool available);
};
