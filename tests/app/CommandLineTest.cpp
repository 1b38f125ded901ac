#include "CommandLine.h"

#include <gtest/gtest.h>

namespace {

const QStringList cityIds{QStringLiteral("hefei"), QStringLiteral("hangzhou"), QStringLiteral("shenzhen"),
                          QStringLiteral("tianjin")};

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
