#pragma once

#include "comments/ServerComment.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// The replies of long threads that the comment list keeps back: a thread that arrives with more than collapseAbove
// replies from the server lists the first shownReplies (oldest first), and the rest wait here, in order, until the
// reader asks for them. Replies the server adds to a collapsed thread wait here too, so the list does not grow under
// the reader's eyes.
class CollapsedReplies
{
public:
    static constexpr int shownReplies = 3;
    static constexpr int collapseAbove = 5;

    // Splits the replies of a thread the list shows for the first time: returns those to list now and keeps the
    // rest, or returns them all when there are few.
    QList<ServerComment> collapse(const QString& rootId, QList<ServerComment> replies);
    bool isCollapsed(const QString& rootId) const { return m_byRoot.contains(rootId); }
    // How many replies of the thread wait here.
    int count(const QString& rootId) const;
    bool contains(const QString& replyId) const { return m_rootOf.contains(replyId); }
    // A reply the server lists in a collapsed thread: updated in place when kept, else kept in order of time.
    void merge(const QString& rootId, const ServerComment& reply);
    // Drops the kept replies of the thread that are not in listed (the server no longer lists them).
    void keepOnly(const QString& rootId, const QSet<QString>& listed);
    // Gives the thread's kept replies back, oldest first, and forgets them.
    QList<ServerComment> take(const QString& rootId);
    void clear();

private:
    QHash<QString, QList<ServerComment>> m_byRoot;
    QHash<QString, QString> m_rootOf;
};
