#include "feedback/SendDisclosure.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

OwnComment inState(OwnComment::State state)
{
    OwnComment comment;
    comment.localId = QStringLiteral("c1");
    comment.state = state;
    return comment;
}

} // namespace

class SendDisclosureTest : public ::testing::Test
{
protected:
    SendDisclosure disclosureFor(const QString& server)
    {
        return SendDisclosure(&settings, QUrl(server), QStringLiteral("/articles/a"), QStringLiteral("PilotZones/1"));
    }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
};

TEST_F(SendDisclosureTest, IsNeededUntilACommentReachesTheServer)
{
    SendDisclosure disclosure = disclosureFor(QStringLiteral("https://comments.example.org"));
    EXPECT_TRUE(disclosure.isNeeded());
    for (const OwnComment::State state :
         {OwnComment::State::Queued, OwnComment::State::Sending, OwnComment::State::Failed}) {
        EXPECT_FALSE(disclosure.noteChange(inState(state)));
        EXPECT_TRUE(disclosure.isNeeded());
    }
    EXPECT_TRUE(disclosure.noteChange(inState(OwnComment::State::AwaitingModeration)));
    EXPECT_FALSE(disclosure.isNeeded());
    EXPECT_FALSE(disclosure.noteChange(inState(OwnComment::State::Sent))) << "already known";

    EXPECT_FALSE(disclosureFor(QStringLiteral("https://comments.example.org")).isNeeded()) << "remembered";
    QSettings reread(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    EXPECT_FALSE(SendDisclosure(&reread, QUrl(QStringLiteral("https://comments.example.org")), {}, {}).isNeeded());
}

TEST_F(SendDisclosureTest, EveryDeliveredStateCountsAndAnotherServerIsToldAgain)
{
    for (const OwnComment::State state :
         {OwnComment::State::Sent, OwnComment::State::AwaitingModeration, OwnComment::State::MarkedAsSpam}) {
        settings.clear();
        SendDisclosure disclosure = disclosureFor(QStringLiteral("http://127.0.0.1:8361"));
        EXPECT_TRUE(disclosure.noteChange(inState(state)));
        EXPECT_FALSE(disclosure.isNeeded());
        EXPECT_TRUE(disclosureFor(QStringLiteral("https://other.example.org")).isNeeded());
    }
}

TEST_F(SendDisclosureTest, NamesTheHostAndWhatIsSentInOneLine)
{
    const SendDisclosure standard = disclosureFor(QStringLiteral("https://comments.example.org/waline/"));
    EXPECT_EQ(standard.host(), QStringLiteral("comments.example.org"));
    EXPECT_EQ(standard.endpoint(), QUrl(QStringLiteral("https://comments.example.org/waline/api/comment")));
    const QString summary = standard.summary();
    EXPECT_TRUE(summary.contains(QStringLiteral("comments.example.org"))) << summary.toStdString();
    for (const char* word : {"name", "email", "comment", "address", "keeps"})
        EXPECT_TRUE(summary.contains(QLatin1String(word))) << word;
    EXPECT_FALSE(summary.contains(QLatin1Char('\n')));

    EXPECT_EQ(disclosureFor(QStringLiteral("http://127.0.0.1:8361")).host(), QStringLiteral("127.0.0.1:8361"));
    EXPECT_FALSE(standard.fields().isEmpty());
}
