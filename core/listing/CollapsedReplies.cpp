#include "CollapsedReplies.h"

#include <algorithm>

QList<ServerComment> CollapsedReplies::collapse(const QString& rootId, QList<ServerComment> replies)
{
    take(rootId);
    if (replies.size() <= collapseAbove)
        return replies;
    QList<ServerComment> kept = replies.mid(shownReplies);
    replies.resize(shownReplies);
    for (const ServerComment& reply : std::as_const(kept))
        m_rootOf.insert(reply.objectId, rootId);
    m_byRoot.insert(rootId, std::move(kept));
    return replies;
}

int CollapsedReplies::count(const QString& rootId) const
{
    const auto it = m_byRoot.constFind(rootId);
    return it == m_byRoot.constEnd() ? 0 : static_cast<int>(it->size());
}

void CollapsedReplies::merge(const QString& rootId, const ServerComment& reply)
{
    const auto thread = m_byRoot.find(rootId);
    if (thread == m_byRoot.end())
        return;
    const auto same = std::find_if(
        thread->begin(), thread->end(), [&](const ServerComment& kept) { return kept.objectId == reply.objectId; });
    if (same != thread->end()) {
        *same = reply;
        return;
    }
    // Oldest first; a reply without a valid time goes last.
    const auto at = std::find_if(thread->begin(), thread->end(), [&](const ServerComment& kept) {
        return reply.time.isValid() && (!kept.time.isValid() || kept.time > reply.time);
    });
    thread->insert(at, reply);
    m_rootOf.insert(reply.objectId, rootId);
}

void CollapsedReplies::keepOnly(const QString& rootId, const QSet<QString>& listed)
{
    const auto thread = m_byRoot.find(rootId);
    if (thread == m_byRoot.end())
        return;
    thread->removeIf([&](const ServerComment& kept) {
        if (listed.contains(kept.objectId))
            return false;
        m_rootOf.remove(kept.objectId);
        return true;
    });
    if (thread->isEmpty())
        m_byRoot.erase(thread);
}

QList<ServerComment> CollapsedReplies::take(const QString& rootId)
{
    QList<ServerComment> kept = m_byRoot.take(rootId);
    for (const ServerComment& reply : std::as_const(kept))
        m_rootOf.remove(reply.objectId);
    return kept;
}

void CollapsedReplies::clear()
{
    m_byRoot.clear();
    m_rootOf.clear();
}
