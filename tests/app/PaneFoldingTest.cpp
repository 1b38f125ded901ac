#include "PaneFolding.h"
#include "ArticleView.h"
#include "MainWindow.h"
#include "feedback/FeedbackPanel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

// On a narrow window the feedback pane folds behind View → Comments and the Comments button in the status bar, and
// comes back when toggled or when the window grows; the focus never stays in the hidden pane and the draft stays.
class PaneFoldingTest : public ::testing::Test
{
protected:
    void open(QSize size)
    {
        const auto content = ReaderContent::loadBundled();
        ASSERT_TRUE(content.ok());
        window = std::make_unique<MainWindow>(content.value(), settings.get());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        resize(size);
        panes = window->paneFolding();
        pane = window->feedbackPanel();
        toggle = window->findChild<QToolButton*>(QStringLiteral("commentsToggle"));
        comment = window->findChild<QPlainTextEdit*>(QStringLiteral("commentField"));
        ASSERT_NE(toggle, nullptr);
        ASSERT_NE(comment, nullptr);
    }

    void resize(QSize size)
    {
        window->resize(size);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->size() == size; }));
        QCoreApplication::processEvents();
    }

    void reopen(QSize size)
    {
        window->close();
        window.reset();
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        open(size);
    }

    void pressToggleShortcut()
    {
        QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : window.get(),
                           panes->toggleAction()->shortcut());
    }

    // What a screen reader is told about the button.
    QAccessible::State toggleState() const { return QAccessible::queryAccessibleInterface(toggle)->state(); }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    std::unique_ptr<MainWindow> window;
    PaneFolding* panes = nullptr;
    FeedbackPanel* pane = nullptr;
    QToolButton* toggle = nullptr;
    QPlainTextEdit* comment = nullptr;
};

TEST_F(PaneFoldingTest, FoldsAndUnfoldsFromTheKeyboardWithoutTouchingTheDraft)
{
    open(QSize(1180, 780));
    ASSERT_TRUE(pane->isVisible());
    EXPECT_EQ(panes->toggleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    EXPECT_TRUE(toggle->isVisible());
    EXPECT_EQ(toggle->accessibleName(), QStringLiteral("Comments"));
    EXPECT_TRUE(toggleState().checkable);
    EXPECT_TRUE(toggleState().checked);
    comment->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(comment, QStringLiteral("Half a thought"));

    pressToggleShortcut();
    EXPECT_FALSE(pane->isVisible());
    EXPECT_FALSE(panes->toggleAction()->isChecked());
    EXPECT_FALSE(toggleState().checked);
    // The focus left the hidden field for the button that brings it back.
    EXPECT_EQ(QApplication::focusWidget(), toggle);

    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_TRUE(pane->isVisible());
    EXPECT_TRUE(toggleState().checked);
    EXPECT_EQ(QApplication::focusWidget(), comment);
    EXPECT_EQ(comment->toPlainText(), QStringLiteral("Half a thought"));
}

TEST_F(PaneFoldingTest, FoldsOnANarrowWindowAndComesBackWhenItGrows)
{
    open(QSize(1180, 780));
    EXPECT_LT(panes->foldWidth(), 1024);
    EXPECT_GT(panes->foldWidth(), 800);
    comment->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(comment, QStringLiteral("Kept while folded"));

    resize(QSize(800, 600));
    EXPECT_TRUE(panes->isNarrow());
    EXPECT_FALSE(pane->isVisible());
    EXPECT_FALSE(toggleState().checked);
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(focus->isVisible());
    EXPECT_FALSE(pane->isAncestorOf(focus));

    resize(QSize(1024, 640));
    EXPECT_TRUE(pane->isVisible());
    EXPECT_TRUE(toggleState().checked);
    EXPECT_EQ(comment->toPlainText(), QStringLiteral("Kept while folded"));
}

TEST_F(PaneFoldingTest, UnfoldsOnANarrowWindowWhenToggledAndAllThreePanesFit)
{
    open(QSize(800, 600));
    ASSERT_FALSE(pane->isVisible());
    window->articleView()->setFocus(Qt::OtherFocusReason);
    pressToggleShortcut();
    ASSERT_TRUE(pane->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), comment);
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->rect().contains(QRect(pane->mapTo(window.get(), QPoint(0, 0)), pane->size())));
    EXPECT_GE(pane->width(), pane->minimumSizeHint().width());
    // Folded again from the comment field, the focus goes to the button.
    pressToggleShortcut();
    EXPECT_FALSE(pane->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), toggle);
}

TEST_F(PaneFoldingTest, TellUsWhatYouThinkUnfoldsThePaneAndFocusesTheComment)
{
    open(QSize(800, 600));
    ASSERT_FALSE(pane->isVisible());
    ArticleView* article = window->articleView();
    article->setFocus(Qt::OtherFocusReason);
    // The closing line, "Tell us what you think", is the article's last.
    QTest::keyClick(article, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(article, Qt::Key_Return);
    EXPECT_TRUE(pane->isVisible());
    EXPECT_TRUE(toggleState().checked);
    EXPECT_EQ(QApplication::focusWidget(), comment);
}

TEST_F(PaneFoldingTest, CommentOnThisPassageUnfoldsThePaneAndFocusesTheComment)
{
    open(QSize(800, 600));
    ASSERT_FALSE(pane->isVisible());
    ArticleView* article = window->articleView();
    article->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(article, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(article, Qt::Key_Down);
    QTest::keyClick(article, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(article, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(article->textCursor().hasSelection());
    QTest::keyClick(article, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(pane->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), comment);
}

TEST_F(PaneFoldingTest, KeepsTheReadersChoiceForAWideWindowAcrossARestart)
{
    open(QSize(1180, 780));
    toggle->click();
    ASSERT_FALSE(pane->isVisible());
    reopen(QSize(1180, 780));
    EXPECT_FALSE(pane->isVisible());
    EXPECT_FALSE(panes->toggleAction()->isChecked());
    // Folded by the narrow window rather than by the reader, it comes back on a wide one.
    toggle->click();
    ASSERT_TRUE(pane->isVisible());
    resize(QSize(800, 600));
    ASSERT_FALSE(pane->isVisible());
    reopen(QSize(1180, 780));
    EXPECT_TRUE(pane->isVisible());
}

TEST_F(PaneFoldingTest, TheFoldWidthGrowsWithTheTextSize)
{
    open(QSize(1024, 640));
    ASSERT_TRUE(pane->isVisible());
    const int normal = panes->foldWidth();
    ReadingSettings larger = window->readingSettings();
    larger.sizeStep = 4;
    window->applyReadingSettings(larger);
    QCoreApplication::processEvents();
    EXPECT_GT(panes->foldWidth(), normal * 5 / 4);
    // At this text size three panes no longer fit at 1024 px.
    EXPECT_GT(panes->foldWidth(), 1024);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !pane->isVisible(); }));
}
