#pragma once

#include "comments/CommentSender.h"

#include <QList>
#include <QPair>

// A CommentSender that records what it was asked and answers only when the test says so.
class FakeCommentSender : public CommentSender
{
    Q_OBJECT

public:
    using CommentSender::CommentSender;

    void send(const OwnComment& comment) override { sent.append(comment); }
    void fetchPage(int page, int pageSize) override { requestedPages.append({page, pageSize}); }

    // Answers a request as the server would.
    void deliverPage(const CommentPage& page) { emit pageFetched(page); }
    void failPage(int page, const QString& reason) { emit pageFailed(page, reason); }
    void finishSend(const QString& localId, const DeliveryResult& result) { emit sendFinished(localId, result); }

    QList<OwnComment> sent;
    // (page, pageSize) of each fetchPage call.
    QList<QPair<int, int>> requestedPages;
};
