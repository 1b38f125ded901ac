#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the command line asks for. Parsing never exits the process, so every outcome can be tested;
// main() prints the message and returns the exit code.
struct CommandLineRequest
{
    enum class Action {
        Run,
        ShowHelp,
        ShowVersion,
        // A bad argument: message says what was wrong and what would be right.
        Fail,
    };

    Action action = Action::Run;
    QString message;
    // The city to open at, empty for the one remembered from last time.
    QString cityId;
    // The comment server from --server (checked: http or https), empty when the option was not given.
    QUrl serverUrl;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments includes the program name first, as QCoreApplication::arguments() does.
    static CommandLineRequest parse(const QStringList& arguments, const QStringList& knownCityIds);

    // The arguments without the ones QGuiApplication and QApplication take for themselves (-platform xcb,
    // -style=fusion, --reverse ...), as QApplication would leave them. main() parses the command line before
    // QApplication exists, so that --help and --version need no display; these must not read as mistakes there.
    static QStringList withoutToolkitOptions(const QStringList& arguments);
};
