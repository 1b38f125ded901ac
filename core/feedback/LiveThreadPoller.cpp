#include "LiveThreadPoller.h"

#include "comments/CommentSender.h"
#include "listing/CommentListModel.h"

#include <algorithm>
#include <utility>

LiveThreadPoller::LiveThreadPoller(CommentSender* sender, CommentListModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_clock([] { return std::chrono::steady_clock::now(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveThreadPoller::check);
    // What the list shows changes (a page scrolled in, the reader's own comment delivered): fewer may be new.
    connect(model, &QAbstractItemModel::rowsInserted, this, &LiveThreadPoller::recount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LiveThreadPoller::recount);
    connect(model, &QAbstractItemModel::modelReset, this, &LiveThreadPoller::recount);
    setSender(sender);
}

void LiveThreadPoller::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void LiveThreadPoller::setPolicy(const LiveCheckPolicy& policy)
{
    m_policy = policy;
}

void LiveThreadPoller::setSender(CommentSender* sender)
{
    if (m_sender == sender)
        return;
    if (m_sender)
        disconnect(m_sender, nullptr, this, nullptr);
    m_sender = sender;
    m_inFlight = false;
    m_failures = 0;
    m_found.reset();
    recount();
    if (!m_sender) {
        stop();
        return;
    }
    connect(m_sender, &CommentSender::pageFetched, this, &LiveThreadPoller::onPage);
    connect(m_sender, &CommentSender::pageFailed, this, &LiveThreadPoller::onFailed);
    if (m_active)
        schedule(m_policy.delayAfter(0));
}

void LiveThreadPoller::start()
{
    if (!m_sender || m_active)
        return;
    m_active = true;
    schedule(m_policy.delayAfter(m_failures));
}

void LiveThreadPoller::stop()
{
    m_active = false;
    m_timer.stop();
}

void LiveThreadPoller::setWindowVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    if (!visible) {
        m_timer.stop();
        return;
    }
    // Shown again: the check that fell due meanwhile runs now, else the one scheduled runs on time.
    if (m_active && !m_inFlight)
        m_timer.start(scheduledDelay().value_or(std::chrono::milliseconds(0)));
}

void LiveThreadPoller::schedule(std::chrono::milliseconds delay)
{
    m_delay = delay;
    m_scheduledAt = m_clock();
    if (m_active && m_visible)
        m_timer.start(delay);
}

std::optional<std::chrono::milliseconds> LiveThreadPoller::scheduledDelay() const
{
    if (!m_active || m_inFlight)
        return std::nullopt;
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock() - m_scheduledAt);
    return std::max(std::chrono::milliseconds(0), m_delay - elapsed);
}

void LiveThreadPoller::check()
{
    if (!m_active || !m_visible || m_inFlight || !m_sender)
        return;
    m_timer.stop();
    if (m_model->serverTotal() < 0) {
        // The list has not had its first page yet: nothing to compare with.
        schedule(m_policy.delayAfter(m_failures));
        return;
    }
    m_inFlight = true;
    m_sender->fetchPage(1, m_model->pageSize());
}

void LiveThreadPoller::onPage(const CommentPage& page)
{
    if (!m_inFlight || page.page != 1)
        return;
    m_inFlight = false;
    m_failures = 0;
    m_found = page;
    recount();
    schedule(m_policy.delayAfter(0));
}

void LiveThreadPoller::onFailed(int page, const QString& reason)
{
    if (!m_inFlight || page != 1)
        return;
    m_inFlight = false;
    ++m_failures;
    schedule(m_policy.delayAfter(m_failures));
    emit checkFailed(reason);
}

void LiveThreadPoller::recount()
{
    const int count = m_found ? m_model->unseenCount(*m_found) : 0;
    if (count == m_newCount)
        return;
    m_newCount = count;
    emit newCountChanged(count);
}

QStringList LiveThreadPoller::bringIn()
{
    if (!m_found)
        return {};
    QStringList ids;
    for (const ServerComment& comment : std::as_const(m_found->comments)) {
        if (!m_model->isListed(comment.objectId))
            ids.append(comment.objectId);
        for (const ServerComment& reply : comment.replies) {
            if (!m_model->isListed(reply.objectId))
                ids.append(reply.objectId);
        }
    }
    const CommentPage page = *std::exchange(m_found, std::nullopt);
    m_model->addPage(page);
    recount();
    std::sort(ids.begin(), ids.end(), [this](const QString& a, const QString& b) {
        return m_model->rowOfServerId(a) < m_model->rowOfServerId(b);
    });
    return ids;
}
