#include "StartupProblems.h"

#include "ServerChoice.h"
#include "storage/CommentStore.h"

#include <QStringList>

std::function<QString()>
StartupProblems::describe(const CommentStore* store, const QUrl& commandLineServer, const QString& serverSetting)
{
    return [store, commandLineServer, serverSetting] {
        QStringList problems;
        // A pure function of what the reader gave: asked again, it says the same in the new language.
        const QString server = ServerChoice::choose(commandLineServer, serverSetting).problem;
        if (!server.isEmpty())
            problems.append(server);
        if (store) {
            const QString message = store->openMessage();
            if (!message.isEmpty())
                problems.append(message);
            const QString notice = store->openNotice();
            if (!notice.isEmpty())
                problems.append(notice);
        }
        return problems.join(QLatin1Char('\n'));
    };
}
