// CommentsOpener, as main() calls it once the window has painted: the comments module (linked in as a static
// plugin here) opens the store, and the window gets the draft back and says at start what is wrong.

#include "CommentsOpener.h"
#include "MainWindow.h"
#include "ModuleLoader.h"
#include "ReaderContent.h"
#include "feedback/CommentSession.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackPanel.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

class CommentsOpenerTest : public ::testing::Test
{
protected:
    std::unique_ptr<MainWindow> openWindow()
    {
        const auto content = ReaderContent::loadBundled();
        EXPECT_TRUE(content.ok());
        auto window = std::make_unique<MainWindow>(content.value(), &settings);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    QString storePath() const { return dir.filePath(QStringLiteral("data/comments.sqlite")); }
    CommentSetup localSetup() const
    {
        return {storePath(), {}, QStringLiteral("/tests/opener"), QStringLiteral("PilotZonesTest/1")};
    }

    // The banner's text once shown (the pane it is in may be folded away in a small window).
    static QString storeProblemText(MainWindow* window)
    {
        auto* frame = window->findChild<QWidget*>(QStringLiteral("storeProblem"));
        auto* text = frame ? frame->findChild<QLabel*>(QStringLiteral("messageText")) : nullptr;
        return frame && !frame->isHidden() && text ? text->text() : QString();
    }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    CommentListModel model;
};

} // namespace

TEST_F(CommentsOpenerTest, RestoresTheDraftOfTheLastSessionIntoTheForm)
{
    const CommentDraft kept {
        QStringLiteral("读者"), QStringLiteral("reader@example.com"), QStringLiteral("Half a thought"), {}};
    {
        // The store's folder does not exist yet on a first run: the opener makes it. Here it does, for the draft.
        ASSERT_TRUE(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
        CommentStore store(storePath());
        ASSERT_TRUE(store.saveDraft(kept));
    }
    std::unique_ptr<CommentPipeline> pipeline;
    auto window = openWindow();
    EXPECT_EQ(window->feedbackPanel()->session(), nullptr);

    pipeline = CommentsOpener::open(window.get(), &model, ModuleLoader({}), localSetup(), {});

    ASSERT_NE(pipeline, nullptr);
    ASSERT_NE(window->feedbackPanel()->session(), nullptr);
    EXPECT_FALSE(pipeline->hasServer());
    EXPECT_EQ(pipeline->liveCheck(), nullptr);
    const CommentDraft shown = window->feedbackPanel()->form()->draft();
    EXPECT_EQ(shown.nick, kept.nick);
    EXPECT_EQ(shown.mail, kept.mail);
    EXPECT_EQ(shown.text, kept.text);
    EXPECT_TRUE(storeProblemText(window.get()).isEmpty()) << storeProblemText(window.get()).toStdString();
}

TEST_F(CommentsOpenerTest, MakesTheStoresFolderOnAFirstRunAndKeepsWhatIsTyped)
{
    std::unique_ptr<CommentPipeline> pipeline;
    {
        auto window = openWindow();
        pipeline = CommentsOpener::open(window.get(), &model, ModuleLoader({}), localSetup(), {});
        ASSERT_NE(pipeline, nullptr);
        EXPECT_TRUE(QFile::exists(storePath()));
        auto* text = window->findChild<QPlainTextEdit*>(QStringLiteral("commentField"));
        ASSERT_NE(text, nullptr);
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Typed after the first paint"));
        window->close();
    }
    pipeline.reset();
    CommentStore reopened(storePath());
    EXPECT_EQ(reopened.draft().text, QStringLiteral("Typed after the first paint"));
}

TEST_F(CommentsOpenerTest, SaysTheServerSettingsProblemAndTheDamagedStoreOnceAtStart)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    {
        QFile damaged(storePath());
        ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(4096, 'x'));
    }
    std::unique_ptr<CommentPipeline> pipeline;
    auto window = openWindow();
    const QString serverProblem = QStringLiteral("The comment server in the setting cannot be used.");

    pipeline
        = CommentsOpener::open(window.get(), &model, ModuleLoader({}), localSetup(), TranslatedText([serverProblem] {
                                   return serverProblem;
                               }));

    ASSERT_NE(pipeline, nullptr);
    ASSERT_EQ(pipeline->openProblems().size(), 1);
    const QString shown = storeProblemText(window.get());
    EXPECT_TRUE(shown.startsWith(serverProblem)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(pipeline->openProblems().constFirst())) << shown.toStdString();
}
