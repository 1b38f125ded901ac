#pragma once

#include "TranslatedText.h"
#include "feedback/CommentPipeline.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class CommentListModel;
class MainWindow;
class ModuleLoader;

// Opens the comments for a window that has painted: loads the comments module (Qt SQL and Qt Network with it), opens
// the store, gives the window its session (which restores the draft into the form) and, with a server, the live
// check, says once what is wrong with the store or the server setting, and starts delivery, which sends the comments
// queued in an earlier session.
class CommentsOpener
{
    Q_DECLARE_TR_FUNCTIONS(CommentsOpener)

public:
    // window and model must outlive the pipeline. serverProblem (plain text, may be empty or unset) is said with the
    // store's problems; the banner is worded again when the language changes. Null when the module cannot be loaded;
    // the window then says why comments are not kept.
    static std::unique_ptr<CommentPipeline> open(MainWindow* window,
                                                 CommentListModel* model,
                                                 const ModuleLoader& modules,
                                                 const CommentSetup& setup,
                                                 const TranslatedText& serverProblem);
};
