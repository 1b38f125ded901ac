#include "StoredCommentPipeline.h"

#include "FeedbackSession.h"
#include "LiveThreadPoller.h"
#include "delivery/Outbox.h"
#include "listing/CommentListModel.h"
#include "net/WalineClient.h"
#include "storage/CommentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

StoredCommentPipeline::StoredCommentPipeline(const CommentSetup& setup, CommentListModel* model)
{
    QDir().mkpath(QFileInfo(setup.storePath).absolutePath());
    m_store = std::make_unique<CommentStore>(setup.storePath);
    if (!setup.serverUrl.isEmpty()) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<WalineClient>(
            m_network.get(), setup.serverUrl, setup.articlePath, setup.userAgent, WalineClient::Options {});
        m_liveClient = std::make_unique<WalineClient>(
            m_network.get(), setup.serverUrl, setup.articlePath, setup.userAgent, WalineClient::Options {});
    }
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_client.get());
    model->setSender(m_client.get());
    if (m_liveClient)
        m_livePoller = std::make_unique<LiveThreadPoller>(m_liveClient.get(), model);
}

StoredCommentPipeline::~StoredCommentPipeline() = default;

CommentSession* StoredCommentPipeline::createSession()
{
    return new FeedbackSession(m_store.get(), m_outbox.get());
}

QStringList StoredCommentPipeline::openProblems() const
{
    QStringList problems;
    const QString message = m_store->openMessage();
    if (!message.isEmpty())
        problems.append(message);
    const QString notice = m_store->openNotice();
    if (!notice.isEmpty())
        problems.append(notice);
    return problems;
}

QString StoredCommentPipeline::storeProblem() const
{
    return m_store->sessionProblem();
}

void StoredCommentPipeline::onStoreProblem(std::function<void()> handler)
{
    QObject::connect(m_outbox.get(), &Outbox::storeProblem, &m_context, [handler = std::move(handler)] {
        if (handler)
            handler();
    });
}

void StoredCommentPipeline::start()
{
    m_outbox->start();
    if (m_livePoller)
        m_livePoller->start();
}
