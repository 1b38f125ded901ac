#pragma once

#include <QString>

// The comment a draft answers, as Waline names it: pid (the comment replied to), rid (the root of its thread)
// and at (the nick shown as "@nick"). All empty for a comment that starts a thread of its own.
struct CommentReplyTarget
{
    QString parentId;
    QString rootId;
    QString nick;

    bool isEmpty() const { return parentId.isEmpty() && rootId.isEmpty() && nick.isEmpty(); }

    friend bool operator==(const CommentReplyTarget& a, const CommentReplyTarget& b)
    {
        return a.parentId == b.parentId && a.rootId == b.rootId && a.nick == b.nick;
    }
    friend bool operator!=(const CommentReplyTarget& a, const CommentReplyTarget& b) { return !(a == b); }
};
