#pragma once

#include "LiveCheckPolicy.h"
#include "comments/CommentPage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class CommentListModel;
class CommentSender;

// The live thread: while the window is open, checks the server's first page now and then and says how many of its
// comments (roots and replies) the list does not show yet. It never changes the list by itself (nothing moves
// under the reader's eyes): bringIn() merges what the last check found, when the reader asks.
//
// Timing follows LiveCheckPolicy: a check every interval, backing off after failures; none while the window is
// hidden (a check that fell due meanwhile runs as soon as it shows again); none at all without a sender (local
// mode). The sender must be one of the poller's own: its pages must not reach the list model directly.
class LiveThreadPoller : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // model must outlive the poller; sender may be null (local mode: the poller never checks).
    LiveThreadPoller(CommentSender* sender, CommentListModel* model, QObject* parent = nullptr);

    // For tests: a fake clock, a policy with other times.
    void setClock(Clock clock);
    void setPolicy(const LiveCheckPolicy& policy);

    // Replacing the sender drops what was found; null stops the checks for good (local mode).
    void setSender(CommentSender* sender);
    // Starts checking (the first check after one interval, the list having just loaded); a no-op without a sender.
    void start();
    void stop();
    // True while checks are scheduled or under way.
    bool isActive() const { return m_active; }
    void setWindowVisible(bool visible);

    // Checks now (what the timer does when it fires); a no-op when not active, while hidden, while a check is under
    // way, or before the list has its first page.
    void check();
    // The wait until the next check, or nullopt when none is scheduled.
    std::optional<std::chrono::milliseconds> scheduledDelay() const;
    int consecutiveFailures() const { return m_failures; }

    // How many comments the last check found that the list does not show.
    int newCount() const { return m_newCount; }
    // Merges what the last check found into the list; returns the server ids it brought in, in list order.
    QStringList bringIn();

signals:
    void newCountChanged(int count);
    // A check failed; the next one waits longer. reason is plain text.
    void checkFailed(const QString& reason);

private:
    void schedule(std::chrono::milliseconds delay);
    void onPage(const CommentPage& page);
    void onFailed(int page, const QString& reason);
    void recount();

    QPointer<CommentSender> m_sender;
    CommentListModel* m_model;
    Clock m_clock;
    LiveCheckPolicy m_policy;
    QTimer m_timer;
    bool m_active = false;
    bool m_visible = true;
    bool m_inFlight = false;
    int m_failures = 0;
    std::chrono::milliseconds m_delay {0};
    std::chrono::steady_clock::time_point m_scheduledAt;
    std::optional<CommentPage> m_found;
    int m_newCount = 0;
};
