#include "AppIdentity.h"
#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "PlainTextGuard.h"
#include "ReaderContent.h"
#include "StartupProblems.h"
#include "Translations.h"
#include "delivery/Outbox.h"
#include "feedback/LiveThreadPoller.h"
#include "feedback/ServerChoice.h"
#include "listing/CommentListModel.h"
#include "net/WalineClient.h"
#include "storage/CommentStore.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
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
    const QUrl serverUrl = ServerChoice::choose(request.serverUrl, serverSetting).url;
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Declared before the window, so they outlive it: the window saves the draft as it closes. The network
    // manager, too, is made only after the first paint: it reads the network plugins' folder when made.
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<WalineClient> client;
    std::unique_ptr<Outbox> outbox;
    CommentListModel commentModel;
    // The live check has a client of its own, so that its pages reach the list only when the reader asks.
    std::unique_ptr<WalineClient> liveClient;
    std::unique_ptr<LiveThreadPoller> livePoller;

    MainWindow window(content.value(), &settings);
    QObject::connect(&window, &MainWindow::languageChosen, &app, [&app](const QLocale& locale) {
        Translations::install(app, locale);
    });
    window.setCommentDestination(serverUrl, AppIdentity::commentStorePath());
    if (!request.cityId.isEmpty())
        window.selectCity(request.cityId);
    if (FirstPaintProbe::requested())
        new FirstPaintProbe(&window);

    // Opening the store (SQLite, perhaps a recovery) and starting delivery wait until the window has painted.
    bool started = false;
    const auto startComments = [&] {
        if (started)
            return;
        started = true;
        // The icon theme's lookup costs more than all else before the first paint (some 10 to 25 ms), so the
        // icon comes now; the theme's icon, once installed, wins over the one built in.
        QApplication::setWindowIcon(QIcon::fromTheme(AppIdentity::applicationId(), AppIdentity::bundledIcon()));
        const QString storePath = AppIdentity::commentStorePath();
        QDir().mkpath(QFileInfo(storePath).absolutePath());
        store = std::make_unique<CommentStore>(storePath);
        if (!serverUrl.isEmpty()) {
            network = std::make_unique<QNetworkAccessManager>();
            client = std::make_unique<WalineClient>(network.get(),
                                                    serverUrl,
                                                    content.value().article.path,
                                                    AppIdentity::userAgent(),
                                                    WalineClient::Options {});
            liveClient = std::make_unique<WalineClient>(
                network.get(), serverUrl, content.value().article.path, client->userAgent(), WalineClient::Options {});
        }
        outbox = std::make_unique<Outbox>(store.get(), client.get());
        // The file may stop taking writes later (a read-only remount): said when the outbox finds out.
        QObject::connect(outbox.get(), &Outbox::storeProblem, &window, [&window, onStore = store.get()] {
            window.showCommentStoreProblem(TranslatedText([onStore] { return onStore->sessionProblem(); }));
        });
        commentModel.setSender(client.get());
        window.attachComments(store.get(), outbox.get(), &commentModel, client != nullptr);
        if (liveClient) {
            livePoller = std::make_unique<LiveThreadPoller>(liveClient.get(), &commentModel);
            window.attachLiveCheck(livePoller.get());
            livePoller->start();
        }
        // Said once, at start, and again in another language when the reader switches: a server setting that
        // cannot be used, what became of the store, another window sharing it.
        const TranslatedText startupProblems = StartupProblems::describe(store.get(), request.serverUrl, serverSetting);
        if (!startupProblems().isEmpty())
            window.showCommentStoreProblem(startupProblems);
        outbox->start();
    };
    QObject::connect(&window, &MainWindow::firstPainted, &window, startComments);
    // Should the window never paint (started minimised), the comments start anyway.
    QTimer::singleShot(1000, &window, startComments);

    window.show();
    return QApplication::exec();
}
