#pragma once

#include "CommentPage.h"
#include "DeliveryResult.h"
#include "OwnComment.h"

#include <QObject>

// Something that delivers comments to a comment server and lists them back. The outbox depends on this
// interface, not on HTTP, so delivery rules are tested without a network.
class CommentSender : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts one attempt; emits sendFinished(comment.localId, result) exactly once, later (never from within).
    virtual void send(const OwnComment& comment) = 0;
    // Fetches one page (1-based) of the article's comments, newest first; emits pageFetched or pageFailed.
    virtual void fetchPage(int page, int pageSize) = 0;

signals:
    void sendFinished(const QString& localId, const DeliveryResult& result);
    void pageFetched(const CommentPage& page);
    void pageFailed(int page, const QString& reason);
};
