#include "CommentsPlugin.h"

#include "feedback/StoredCommentPipeline.h"

std::unique_ptr<CommentPipeline> CommentsPlugin::open(const CommentSetup& setup, CommentListModel* model)
{
    return std::make_unique<StoredCommentPipeline>(setup, model);
}
