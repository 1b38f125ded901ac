#pragma once

#include "feedback/CommentPipeline.h"

#include <QtPlugin>

#include <memory>

class CommentListModel;

// Keeping and sending comments (the store on Qt SQL, the client on Qt Network), built as a Qt plugin of its own
// (app/comments) so that neither library is loaded before the window paints: the executable links neither.
// ModuleLoader finds and loads it.
class CommentsModule
{
public:
    virtual ~CommentsModule() = default;

    // Opens the store and, with a server, the clients (StoredCommentPipeline); nothing is sent before start().
    // model must outlive the pipeline.
    virtual std::unique_ptr<CommentPipeline> open(const CommentSetup& setup, CommentListModel* model) = 0;
};

#define PilotZonesCommentsModule_iid "io.github.pilotzones.PilotZones.CommentsModule/1"
Q_DECLARE_INTERFACE(CommentsModule, PilotZonesCommentsModule_iid)
