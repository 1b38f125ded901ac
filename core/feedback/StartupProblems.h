#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class CommentStore;

// What the feedback panel says once at start-up about where comments go: a server setting that cannot be used
// (ServerChoice), the comment store's open report and its notice (another window shares it), one a line. The text is
// made again in the language installed whenever it is called (the app's TranslatedText), so a banner showing it
// follows View → Language. The
// store must outlive the text. Empty when there is nothing to say.
namespace StartupProblems {

std::function<QString()>
describe(const CommentStore* store, const QUrl& commandLineServer, const QString& serverSetting);

} // namespace StartupProblems
