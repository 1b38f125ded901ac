#include "CommentsOpener.h"

#include "CommentsModule.h"
#include "MainWindow.h"
#include "ModuleLoader.h"

#include <QStringList>

std::unique_ptr<CommentPipeline> CommentsOpener::open(MainWindow* window,
                                                      CommentListModel* model,
                                                      const ModuleLoader& modules,
                                                      const CommentSetup& setup,
                                                      const TranslatedText& serverProblem)
{
    // The server setting's problem first, then whatever more: one a line, worded when shown.
    const auto withServerProblem = [serverProblem](const QStringList& more) {
        QStringList problems;
        const QString server = serverProblem ? serverProblem() : QString();
        if (!server.isEmpty())
            problems.append(server);
        problems.append(more);
        return problems.join(QLatin1Char('\n'));
    };
    QString why;
    CommentsModule* module = modules.commentsModule(&why);
    if (!module) {
        window->showCommentStoreProblem(TranslatedText([withServerProblem, why] {
            //: %1 says why the comments module could not be loaded
            return withServerProblem({tr("Comments can be neither kept nor sent: %1").arg(why)});
        }));
        return nullptr;
    }
    std::unique_ptr<CommentPipeline> pipeline = module->open(setup, model);
    CommentPipeline* opened = pipeline.get();
    // The file may stop taking writes later (a read-only remount): said when the outbox finds out.
    opened->onStoreProblem([window, opened] {
        window->showCommentStoreProblem(TranslatedText([opened] { return opened->storeProblem(); }));
    });
    window->attachComments(opened->createSession(), model, opened->hasServer());
    if (LiveThreadPoller* poller = opened->liveCheck())
        window->attachLiveCheck(poller);
    // Said once, at start, with the store's state (another window sharing it is not a problem, but worth knowing).
    const TranslatedText startupProblems = [withServerProblem, opened] {
        return withServerProblem(opened->openProblems());
    };
    if (!startupProblems().isEmpty())
        window->showCommentStoreProblem(startupProblems);
    opened->start();
    return pipeline;
}
