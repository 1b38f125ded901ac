#include "CommandLine.h"

#include "net/ServerAddress.h"

#include <QCommandLineParser>

#include <algorithm>

namespace {

// Qt 6.4's own options (QGuiApplicationPrivate, the xcb platform plugin, QApplication), written with one dash;
// Qt accepts two as well.
const QStringList toolkitOptionsWithValue {QStringLiteral("-platformpluginpath"),
                                           QStringLiteral("-platform"),
                                           QStringLiteral("-platformtheme"),
                                           QStringLiteral("-qwindowgeometry"),
                                           QStringLiteral("-geometry"),
                                           QStringLiteral("-qwindowtitle"),
                                           QStringLiteral("-title"),
                                           QStringLiteral("-qwindowicon"),
                                           QStringLiteral("-icon"),
                                           QStringLiteral("-plugin"),
                                           QStringLiteral("-session"),
                                           QStringLiteral("-display"),
                                           QStringLiteral("-name"),
                                           QStringLiteral("-style"),
                                           QStringLiteral("-stylesheet")};
const QStringList toolkitFlags {QStringLiteral("-reverse"),
                                QStringLiteral("-testability"),
                                QStringLiteral("-widgetcount"),
                                QStringLiteral("-nograb"),
                                QStringLiteral("-dograb"),
                                QStringLiteral("-sync"),
                                QStringLiteral("-qdevel")};
const QStringList toolkitPrefixes {
    QStringLiteral("-style="), QStringLiteral("-stylesheet="), QStringLiteral("-qmljsdebugger=")};

} // namespace

QStringList CommandLine::withoutToolkitOptions(const QStringList& arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(QLatin1Char('-'))) {
            kept.append(argument);
            continue;
        }
        if (argument.startsWith(QLatin1String("--")))
            argument.remove(0, 1);
        if (toolkitOptionsWithValue.contains(argument)) {
            ++i; // and its value
            continue;
        }
        const auto isPrefixOf = [&argument](const QString& prefix) {
            return argument.startsWith(prefix);
        };
        if (toolkitFlags.contains(argument)
            || std::any_of(toolkitPrefixes.cbegin(), toolkitPrefixes.cend(), isPrefixOf))
            continue;
        kept.append(arguments.at(i));
    }
    return kept;
}

CommandLineRequest CommandLine::parse(const QStringList& arguments, const QStringList& knownCityIds)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Pilot Zones: read “Shenzhen one of four AI zones” and explore the four pilot cities."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption cityOption(
        QStringLiteral("city"),
        tr("Open at the city with this id (%1).").arg(knownCityIds.join(QLatin1String(", "))),
        tr("id"));
    parser.addOption(cityOption);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("Send comments to the Waline comment server at this http or https address (overrides the setting "
           "comments/server). Without a server, comments are kept on this computer."),
        tr("url"));
    parser.addOption(serverOption);

    CommandLineRequest request;
    if (!parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Fail;
        request.message = tr("%1\nTry --help for the options.").arg(parser.errorText());
        return request;
    }
    // --help-all would list Qt's own options too; they are the same as in any Qt program, so it shows the help.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        request.action = CommandLineRequest::Action::ShowHelp;
        request.message = parser.helpText();
        return request;
    }
    if (parser.isSet(versionOption)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        //: --version output: application name and version
        request.message = tr("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return request;
    }
    if (!parser.positionalArguments().isEmpty()) {
        request.action = CommandLineRequest::Action::Fail;
        request.message
            = tr("Unexpected argument: %1\nTry --help for the options.").arg(parser.positionalArguments().constFirst());
        return request;
    }
    if (parser.isSet(cityOption)) {
        const QString id = parser.value(cityOption).trimmed().toLower();
        if (!knownCityIds.contains(id)) {
            request.action = CommandLineRequest::Action::Fail;
            request.message = tr("Unknown city “%1”. Choose one of: %2.")
                                  .arg(parser.value(cityOption), knownCityIds.join(QLatin1String(", ")));
            return request;
        }
        request.cityId = id;
    }
    if (parser.isSet(serverOption)) {
        const ServerAddress server = ServerAddress::check(parser.value(serverOption));
        if (!server.ok()) {
            request.action = CommandLineRequest::Action::Fail;
            //: %1 is the address given, %2 says what is wrong with it
            request.message = tr("Cannot use “%1” as the comment server: %2\nGive an address like "
                                 "https://comments.example.org.")
                                  .arg(parser.value(serverOption), server.error);
            return request;
        }
        request.serverUrl = server.url;
    }
    return request;
}
