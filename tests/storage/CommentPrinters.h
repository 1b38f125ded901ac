#pragma once

#include "comments/CommentDraft.h"
#include "comments/OwnComment.h"

#include <ostream>

// Lets GoogleTest print drafts and comments readably when an expectation fails.
inline void PrintTo(const CommentDraft& draft, std::ostream* os)
{
    *os << "{nick \"" << draft.nick.toStdString() << "\", mail \"" << draft.mail.toStdString() << "\", text \""
        << draft.text.left(80).toStdString() << (draft.text.size() > 80 ? "...\"" : "\"") << ", city \""
        << draft.cityId.toStdString() << "\", quote \"" << draft.quote.left(80).toStdString() << "\", reply to \""
        << draft.replyTo.parentId.toStdString() << "/" << draft.replyTo.rootId.toStdString() << " @"
        << draft.replyTo.nick.toStdString() << "\"}";
}

inline void PrintTo(const OwnComment& comment, std::ostream* os)
{
    *os << "{" << comment.localId.toStdString() << ", ";
    PrintTo(comment.content, os);
    *os << ", created " << comment.createdAt.toString(Qt::ISODateWithMs).toStdString() << ", state "
        << int(comment.state) << ", attempts " << comment.attempts << ", next "
        << comment.nextAttemptAt.toString(Qt::ISODateWithMs).toStdString() << ", error \""
        << comment.lastError.toStdString() << "\", server id \"" << comment.serverId.toStdString() << "\"}";
}
