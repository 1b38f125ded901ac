#pragma once

#include "comments/OwnComment.h"
#include "comments/ServerComment.h"

#include <QtGlobal>

#include <variant>

// One row of the comment list: one of the reader's own comments or one of the server's.
struct CommentListEntry
{
    std::variant<OwnComment, ServerComment> value;
};

// Every alternative is made of Qt's implicitly shared types and the variant holds no pointer into itself, so a list
// of 100,000 rows grows and inserts by moving memory instead of constructing each row anew.
Q_DECLARE_TYPEINFO(CommentListEntry, Q_RELOCATABLE_TYPE);
