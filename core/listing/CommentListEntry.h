#pragma once

#include "HiddenReplies.h"
#include "comments/OwnComment.h"
#include "comments/ServerComment.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <variant>

// One row of the comment list: one of the reader's own comments or one of the server's, at the top level or as a
// reply listed under its thread's root, or the "Show N more replies" row at the end of a long thread.
struct CommentListEntry
{
    std::variant<OwnComment, ServerComment, HiddenReplies> value;
    // For a reply listed under its thread: the server id of the thread's root row, and that row's sort time (a
    // reply sorts with its thread). Empty and invalid for a row at the top level.
    QString threadId;
    QDateTime threadTime;
};

// Every alternative is made of Qt's implicitly shared types and the variant holds no pointer into itself, so a list
// of 100,000 rows grows and inserts by moving memory instead of constructing each row anew.
Q_DECLARE_TYPEINFO(CommentListEntry, Q_RELOCATABLE_TYPE);
