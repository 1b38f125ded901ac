#pragma once

#include "ServerComment.h"

#include <QList>

// One page of the server's comment list for an article, newest first.
struct CommentPage
{
    int page = 1; // 1-based
    int totalPages = 0;
    int totalCount = 0;
    QList<ServerComment> comments;
};
