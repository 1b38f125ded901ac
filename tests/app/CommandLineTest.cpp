#include "CommandLine.h"

#include <gtest/gtest.h>

namespace {

const QStringList cityIds {
    QStringLiteral("hefei"), QStringLiteral("hangzhou"), QStringLiteral("shenzhen"), QStringLiteral("tianjin")};

CommandLineRequest parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("pilotzones"));
    return CommandLine::parse(arguments, cityIds);
}

} // namespace

TEST(CommandLine, RunsWithNoArguments)
{
    const CommandLineRequest request = parse({});
    EXPECT_EQ(request.action, CommandLineRequest::Action::Run);
    EXPECT_TRUE(request.cityId.isEmpty());
}

TEST(CommandLine, OpensAtAKnownCity)
{
    EXPECT_EQ(parse({QStringLiteral("--city"), QStringLiteral("tianjin")}).cityId, QStringLiteral("tianjin"));
    EXPECT_EQ(parse({QStringLiteral("--city=Shenzhen")}).cityId, QStringLiteral("shenzhen"));
}

TEST(CommandLine, RejectsAnUnknownCityAndListsTheKnownOnes)
{
    const CommandLineRequest request = parse({QStringLiteral("--city"), QStringLiteral("beijing")});
    EXPECT_EQ(request.action, CommandLineRequest::Action::Fail);
    EXPECT_TRUE(request.message.contains(QStringLiteral("beijing")));
    EXPECT_TRUE(request.message.contains(QStringLiteral("hefei, hangzhou, shenzhen, tianjin")));
}

TEST(CommandLine, RejectsAMissingCityValue)
{
    const CommandLineRequest request = parse({QStringLiteral("--city")});
    EXPECT_EQ(request.action, CommandLineRequest::Action::Fail);
    EXPECT_TRUE(request.message.contains(QStringLiteral("--help")));
}

TEST(CommandLine, RejectsUnknownOptionsAndStrayArguments)
{
    EXPECT_EQ(parse({QStringLiteral("--colour")}).action, CommandLineRequest::Action::Fail);
    const CommandLineRequest stray = parse({QStringLiteral("article.txt")});
    EXPECT_EQ(stray.action, CommandLineRequest::Action::Fail);
    EXPECT_TRUE(stray.message.contains(QStringLiteral("article.txt")));
}

TEST(CommandLine, ShowsHelpAndVersionWithoutRunning)
{
    const CommandLineRequest help = parse({QStringLiteral("--help")});
    EXPECT_EQ(help.action, CommandLineRequest::Action::ShowHelp);
    EXPECT_TRUE(help.message.contains(QStringLiteral("--city")));
    const CommandLineRequest version = parse({QStringLiteral("--version")});
    EXPECT_EQ(version.action, CommandLineRequest::Action::ShowVersion);
    EXPECT_TRUE(version.message.contains(QCoreApplication::applicationName()));
}

TEST(CommandLine, AcceptsAnHttpOrHttpsCommentServer)
{
    const CommandLineRequest plain = parse({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:8361")});
    EXPECT_EQ(plain.action, CommandLineRequest::Action::Run);
    EXPECT_EQ(plain.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8361")));
    const CommandLineRequest secure = parse({QStringLiteral("--server=https://comments.example.org/waline/")});
    EXPECT_EQ(secure.action, CommandLineRequest::Action::Run);
    EXPECT_EQ(secure.serverUrl, QUrl(QStringLiteral("https://comments.example.org/waline/")));
}

TEST(CommandLine, HasNoServerWhenNoneIsGiven)
{
    EXPECT_TRUE(parse({}).serverUrl.isEmpty());
}

TEST(CommandLine, RejectsACommentServerThatIsNotHttpWithAMessage)
{
    const QStringList bad {QStringLiteral("ftp://comments.example.org"),
                           QStringLiteral("javascript:alert(1)"),
                           QStringLiteral("file:///etc/passwd"),
                           QStringLiteral("not a url at all"),
                           QStringLiteral("")};
    for (const QString& value : bad) {
        const CommandLineRequest request = parse({QStringLiteral("--server"), value});
        EXPECT_EQ(request.action, CommandLineRequest::Action::Fail) << value.toStdString();
        EXPECT_TRUE(request.message.contains(QStringLiteral("comment server"))) << request.message.toStdString();
        EXPECT_TRUE(request.serverUrl.isEmpty());
    }
    const CommandLineRequest ftp = parse({QStringLiteral("--server"), QStringLiteral("ftp://comments.example.org")});
    EXPECT_TRUE(ftp.message.contains(QStringLiteral("ftp://comments.example.org")));
    EXPECT_TRUE(ftp.message.contains(QStringLiteral("http://")));
}

TEST(CommandLine, ListsTheServerOptionInTheHelp)
{
    EXPECT_TRUE(parse({QStringLiteral("--help")}).message.contains(QStringLiteral("--server")));
}

TEST(CommandLine, TreatsHelpAllAsHelp)
{
    EXPECT_EQ(parse({QStringLiteral("--help-all")}).action, CommandLineRequest::Action::ShowHelp);
}

TEST(CommandLine, LeavesOutQtsOwnOptionsAsQApplicationWould)
{
    const QStringList arguments {QStringLiteral("pilotzones"),
                                 QStringLiteral("-platform"),
                                 QStringLiteral("offscreen"),
                                 QStringLiteral("--style=fusion"),
                                 QStringLiteral("-reverse"),
                                 QStringLiteral("--city"),
                                 QStringLiteral("hefei"),
                                 QStringLiteral("-qwindowgeometry"),
                                 QStringLiteral("800x600")};
    const QStringList expected {QStringLiteral("pilotzones"), QStringLiteral("--city"), QStringLiteral("hefei")};
    EXPECT_EQ(CommandLine::withoutToolkitOptions(arguments), expected);
    EXPECT_EQ(CommandLine::parse(CommandLine::withoutToolkitOptions(arguments), cityIds).cityId,
              QStringLiteral("hefei"));
}

TEST(CommandLine, KeepsItsOwnOptionsAndMistakesForTheParser)
{
    const QStringList arguments {QStringLiteral("pilotzones"),
                                 QStringLiteral("--server"),
                                 QStringLiteral("https://comments.example.org"),
                                 QStringLiteral("article.txt"),
                                 QStringLiteral("--colour"),
                                 QStringLiteral("-stylish")};
    EXPECT_EQ(CommandLine::withoutToolkitOptions(arguments), arguments);
}
