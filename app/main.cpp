#include "AppIdentity.h"
#include "CommandLine.h"
#include "CommentsOpener.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "ModuleLoader.h"
#include "PlainTextGuard.h"
#include "ReaderContent.h"
#include "Translations.h"
#include "feedback/ServerChoice.h"
#include "listing/CommentListModel.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

int main(int argc, char* argv[])
{
    AppIdentity::apply();

    // The command line is read before QApplication exists: QApplication aborts when there is no display to
    // connect to, and --help, --version and a mistake must be answered without one (over SSH, in a package
    // build, for help2man). A QCoreApplication of its own serves the parse, so that its messages are translated.
    // With no argument at all (a start from the desktop) there is nothing to parse, and that application, a
    // second one before the window, is not made.
    std::optional<LoadResult<ReaderContent>> loaded;
    CommandLineRequest request;
    if (argc > 1) {
        QCoreApplication parseApp(argc, argv);
        Translations::install(parseApp);
        loaded = ReaderContent::loadBundled();
        QStringList cityIds;
        if (loaded->ok()) {
            for (const CityZone& city : loaded->value().cities)
                cityIds.append(city.id);
        }
        request = CommandLine::parse(CommandLine::withoutToolkitOptions(QCoreApplication::arguments()), cityIds);
    }
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
    case CommandLineRequest::Action::ShowVersion:
        std::fputs(qPrintable(request.message + QLatin1Char('\n')), stdout);
        return 0;
    case CommandLineRequest::Action::Fail:
        std::fputs(qPrintable(request.message + QLatin1Char('\n')), stderr);
        return 2;
    case CommandLineRequest::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    // Before any window: a label nobody set to rich text shows its text as plain text.
    PlainTextGuard plainTextGuard;
    app.installEventFilter(&plainTextGuard);
    QSettings settings;
    // The language chosen in View → Language, else the system's; a later choice applies without a restart.
    Translations::install(app,
                          Translations::localeFor(
                              Translations::choiceFromSetting(settings.value(Translations::settingKey()).toString())));

    if (!loaded)
        loaded = ReaderContent::loadBundled();
    const LoadResult<ReaderContent>& content = *loaded;
    if (!content.ok()) {
        QMessageBox box(QMessageBox::Critical,
                        QApplication::translate("main", "Pilot Zones cannot start"),
                        content.error(),
                        QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }

    // --server wins over the setting; a bad setting leaves the app in local-only mode and says why.
    const QString serverSetting = settings.value(ServerChoice::settingKey()).toString();
    const ServerChoice server = ServerChoice::choose(request.serverUrl, serverSetting);
    // Made again in the language installed whenever it is shown: a pure function of what the reader gave.
    const TranslatedText serverProblem = [commandLine = request.serverUrl, serverSetting] {
        return ServerChoice::choose(commandLine, serverSetting).problem;
    };
    const CommentSetup commentSetup {
        AppIdentity::commentStorePath(), server.url, content.value().article.path, AppIdentity::userAgent()};

    // Declared before the window, so that they outlive it: the window saves the draft as it closes.
    CommentListModel commentModel;
    std::unique_ptr<CommentPipeline> comments;

    MainWindow window(content.value(), &settings);
    QObject::connect(&window, &MainWindow::languageChosen, &app, [&app](const QLocale& locale) {
        Translations::install(app, locale);
    });
    window.setCommentDestination(server.url, commentSetup.storePath);
    if (!request.cityId.isEmpty())
        window.selectCity(request.cityId);
    if (FirstPaintProbe::requested())
        new FirstPaintProbe(&window);

    // The comments module (Qt SQL and Qt Network), the store (SQLite, perhaps a recovery) and delivery wait until
    // the window has painted.
    bool started = false;
    const auto startComments = [&] {
        if (started)
            return;
        started = true;
        // The icon theme's lookup costs more than all else before the first paint (some 10 to 25 ms), so the
        // icon comes now; the theme's icon, once installed, wins over the one built in.
        QApplication::setWindowIcon(QIcon::fromTheme(AppIdentity::applicationId(), AppIdentity::bundledIcon()));
        comments
            = CommentsOpener::open(&window, &commentModel, ModuleLoader::forApplication(), commentSetup, serverProblem);
    };
    QObject::connect(&window, &MainWindow::firstPainted, &window, startComments);
    // Should the window never paint (started minimised), the comments start anyway.
    QTimer::singleShot(1000, &window, startComments);

    window.show();
    return QApplication::exec();
}
