#include "feedback/ServerChoice.h"

#include <gtest/gtest.h>

#include <ostream>

namespace {

struct ServerCase
{
    const char* name;
    QUrl commandLine;
    QString setting;
    QUrl expectedUrl;
    // Empty: no problem expected; otherwise a part the problem must contain.
    QString problemContains;
};

void PrintTo(const ServerCase& c, std::ostream* os)
{
    *os << c.name;
}

class ServerChoiceTest : public ::testing::TestWithParam<ServerCase>
{
};

TEST_P(ServerChoiceTest, ChoosesTheServer)
{
    const ServerCase& c = GetParam();
    const ServerChoice choice = ServerChoice::choose(c.commandLine, c.setting);
    EXPECT_EQ(choice.url, c.expectedUrl);
    EXPECT_EQ(choice.hasServer(), !c.expectedUrl.isEmpty());
    if (c.problemContains.isEmpty()) {
        EXPECT_TRUE(choice.problem.isEmpty()) << choice.problem.toStdString();
    } else {
        EXPECT_TRUE(choice.problem.contains(c.problemContains)) << choice.problem.toStdString();
        EXPECT_TRUE(choice.problem.contains(QStringLiteral("comments/server"))) << choice.problem.toStdString();
        EXPECT_TRUE(choice.problem.contains(QStringLiteral("kept on this computer"))) << choice.problem.toStdString();
    }
}

const QUrl cli(QStringLiteral("https://cli.example.org"));
const QUrl set(QStringLiteral("https://comments.example.org"));

INSTANTIATE_TEST_SUITE_P(
    Table,
    ServerChoiceTest,
    ::testing::Values(
        ServerCase {"NothingGiven", {}, {}, {}, {}},
        ServerCase {"OnlySpacesInTheSetting", {}, QStringLiteral("   "), {}, {}},
        ServerCase {"TheSetting", {}, QStringLiteral("https://comments.example.org"), set, {}},
        ServerCase {"TheSettingWithSpaces", {}, QStringLiteral("  https://comments.example.org "), set, {}},
        ServerCase {"CommandLineAlone", cli, {}, cli, {}},
        ServerCase {"CommandLineWinsOverTheSetting", cli, QStringLiteral("https://comments.example.org"), cli, {}},
        ServerCase {"CommandLineWinsOverABadSetting", cli, QStringLiteral("ftp://nope"), cli, {}},
        ServerCase {"AnotherScheme", {}, QStringLiteral("ftp://comments.example.org"), {}, QStringLiteral("https://")},
        ServerCase {"NotAnAddress", {}, QStringLiteral("comments please"), {}, QStringLiteral("cannot be used")},
        ServerCase {"AUserNameInTheSetting",
                    {},
                    QStringLiteral("https://me:secret@comments.example.org"),
                    {},
                    QStringLiteral("cannot be used")},
        ServerCase {"APercentInTheSettingStaysLiteral", {}, QStringLiteral("%1%2"), {}, QStringLiteral("cannot")}),
    [](const ::testing::TestParamInfo<ServerCase>& param) { return std::string(param.param.name); });

} // namespace
