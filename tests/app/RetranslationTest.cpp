#include "MainWindow.h"
#include "PaneFolding.h"
#include "TranslatedText.h"
#include "Translations.h"
#include "delivery/Outbox.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/FeedbackSession.h"
#include "feedback/MessageFrame.h"
#include "feedback/StartupProblems.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// Messages already on screen when the reader picks another language in View → Language are said again in it: the
// start-up problems with the comment store, the store's problem later in the session, what the feedback panel
// announces on the status line, and the form's own validation banner. Each was made once, in the old language,
// before these texts kept how they are made.
class RetranslationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto content = ReaderContent::loadBundled();
        ASSERT_TRUE(content.ok());
        window = std::make_unique<MainWindow>(content.value(), settings.get());
        QObject::connect(window.get(), &MainWindow::languageChosen, window.get(), [](const QLocale& locale) {
            Translations::install(*QCoreApplication::instance(), locale);
        });
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1180, 780);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->feedbackPanel()->isVisible(); }));
    }

    void TearDown() override
    {
        window.reset();
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void switchTo(const char* actionName, const QString& fileMenu)
    {
        auto* action = window->findChild<QAction*>(QLatin1String(actionName));
        ASSERT_NE(action, nullptr);
        action->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->menuBar()->actions().value(0)->text() == fileMenu; }));
    }
    void switchToChinese() { switchTo("languageChineseAction", QStringLiteral("文件(&F)")); }
    void switchToEnglish() { switchTo("languageEnglishAction", QStringLiteral("&File")); }

    QString banner(const char* name) const
    {
        auto* frame = window->findChild<MessageFrame*>(QLatin1String(name));
        EXPECT_NE(frame, nullptr) << name;
        return frame ? frame->text() : QString();
    }
    QString status() const { return window->findChild<QLabel*>(QStringLiteral("statusMessage"))->text(); }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    std::unique_ptr<MainWindow> window;
};

TEST_F(RetranslationTest, StartupProblemsWithTheStoreAndTheServerFollowTheLanguage)
{
    // A file of noise where the store should be: it is set aside and a fresh store made (OpenReport Recovered).
    const QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
    }
    CommentStore store(path);
    ASSERT_EQ(store.openReport().status, CommentStore::OpenReport::Status::Recovered);
    window->showCommentStoreProblem(StartupProblems::describe(&store, QUrl(), QStringLiteral("ftp://example.org")));
    ASSERT_TRUE(banner("storeProblem").contains(QStringLiteral("The comment store was damaged.")))
        << banner("storeProblem").toStdString();
    EXPECT_TRUE(banner("storeProblem").contains(QStringLiteral("Comments are kept on this computer.")));

    switchToChinese();
    EXPECT_TRUE(banner("storeProblem").contains(QStringLiteral("评论存储已损坏")))
        << banner("storeProblem").toStdString();
    EXPECT_TRUE(banner("storeProblem").contains(QStringLiteral("评论将保存在本机")))
        << banner("storeProblem").toStdString();
    EXPECT_TRUE(banner("storeProblem").contains(QDir::toNativeSeparators(store.openReport().setAsidePath)));
    switchToEnglish();
    EXPECT_TRUE(banner("storeProblem").contains(QStringLiteral("The comment store was damaged.")));
}

TEST_F(RetranslationTest, TheStoresProblemLaterInTheSessionFollowsTheLanguage)
{
    CommentStore store(dir.filePath(QStringLiteral("comments.sqlite")));
    // The file stops taking writes, as after a read-only remount: every store connection is made query-only.
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("CommentStore-")))
            QSqlQuery(QSqlDatabase::database(name, false)).exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    CommentDraft draft;
    draft.text = QStringLiteral("kept in memory");
    store.saveDraft(draft);
    ASSERT_FALSE(store.sessionProblem().isEmpty()) << store.lastError().toStdString();
    // As main shows it when the outbox finds out.
    window->showCommentStoreProblem(TranslatedText([onStore = &store] { return onStore->sessionProblem(); }));
    ASSERT_TRUE(banner("storeProblem").startsWith(QStringLiteral("Pilot Zones can no longer write")));

    switchToChinese();
    EXPECT_TRUE(banner("storeProblem").startsWith(QStringLiteral("Pilot Zones 无法再写入评论存储")))
        << banner("storeProblem").toStdString();
}

TEST_F(RetranslationTest, WhatTheFeedbackPanelAnnouncedFollowsTheLanguage)
{
    CommentStore store(dir.filePath(QStringLiteral("comments.sqlite")));
    Outbox outbox(&store, nullptr);
    CommentListModel model;
    window->attachComments(new FeedbackSession(&store, &outbox), &model, false);
    auto* comment = window->findChild<QPlainTextEdit*>(QStringLiteral("commentField"));
    ASSERT_NE(comment, nullptr);
    comment->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(comment, QStringLiteral("Kept here"));
    QTest::keyClick(comment, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(status(), QStringLiteral("Your comment is saved on this computer."));

    switchToChinese();
    EXPECT_EQ(status(), QStringLiteral("你的评论已保存在本机。"));
}

TEST_F(RetranslationTest, TheFormsValidationBannerFollowsTheLanguage)
{
    auto* comment = window->findChild<QPlainTextEdit*>(QStringLiteral("commentField"));
    ASSERT_NE(comment, nullptr);
    comment->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(comment, QStringLiteral("x"));
    QTest::keyClick(comment, Qt::Key_Backspace);
    ASSERT_EQ(banner("feedbackMessage"), QStringLiteral("Write a comment before sending."));

    switchToChinese();
    EXPECT_EQ(banner("feedbackMessage"), QStringLiteral("请先写下评论再发送。"));
    EXPECT_TRUE(comment->toPlainText().isEmpty());
}
