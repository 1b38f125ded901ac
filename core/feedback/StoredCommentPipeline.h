#pragma once

#include "CommentPipeline.h"

#include <QObject>

#include <memory>

class CommentListModel;
class CommentStore;
class Outbox;
class QNetworkAccessManager;
class WalineClient;

// The comment pipeline on a CommentStore file: opens the store (SQLite, perhaps a recovery) when made, and with a
// server the network manager (its proxy from the system), a client for sending and listing and one of its own for
// the live check, whose pages reach the list only when the reader asks.
class StoredCommentPipeline : public CommentPipeline
{
public:
    // model must outlive the pipeline; its sender becomes the pipeline's client (none in local-only mode).
    StoredCommentPipeline(const CommentSetup& setup, CommentListModel* model);
    ~StoredCommentPipeline() override;

    bool hasServer() const override { return m_client != nullptr; }
    CommentSession* createSession() override;
    LiveThreadPoller* liveCheck() override { return m_livePoller.get(); }
    QStringList openProblems() const override;
    QString storeProblem() const override;
    void onStoreProblem(std::function<void()> handler) override;
    void start() override;

    CommentStore* store() const { return m_store.get(); }
    Outbox* outbox() const { return m_outbox.get(); }

private:
    // Declared in the order they depend on each other, so that each goes before what it uses.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CommentStore> m_store;
    std::unique_ptr<WalineClient> m_client;
    std::unique_ptr<WalineClient> m_liveClient;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<LiveThreadPoller> m_livePoller;
    QObject m_context;
};
