#pragma once

#include "CommentsModule.h"

#include <QObject>

// The comments module's entry point: the store, the clients and the outbox behind the CommentsModule interface, so
// that only this plugin, not the executable, links Qt SQL and Qt Network.
class CommentsPlugin : public QObject, public CommentsModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PilotZonesCommentsModule_iid)
    Q_INTERFACES(CommentsModule)

public:
    std::unique_ptr<CommentPipeline> open(const CommentSetup& setup, CommentListModel* model) override;
};
