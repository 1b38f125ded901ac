#include "FakeSpeechEngine.h"

#include "ArticleView.h"
#include "ReadAloudBar.h"
#include "TranslatedText.h"
#include "Translations.h"
#include "article/ArticleLoader.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTextBlock>

#include <gtest/gtest.h>

// The read-aloud bar on a real ArticleView, with a fake engine made "in the background" as the app's is.
namespace {

class ReadAloudBarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const LoadResult<Article> loaded = ArticleLoader::load(QString(ArticleLoader::bundledPath));
        ASSERT_TRUE(loaded.ok());
        article = loaded.value();
        view.resize(500, 300);
        view.setArticle(article);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }

    ReadAloudBar::EngineMaker maker(const QString& unavailable = {})
    {
        return [this, unavailable](QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done) {
            ++made;
            QMetaObject::invokeMethod(
                context,
                [this, unavailable, done] {
                    auto fake = std::make_unique<FakeSpeechEngine>(unavailable);
                    engine = fake.get();
                    done(std::move(fake));
                },
                Qt::QueuedConnection);
        };
    }

    QString markedText() const
    {
        const QList<QTextEdit::ExtraSelection> marks = view.extraSelections();
        return marks.isEmpty() ? QString() : marks.last().cursor.selectedText();
    }

    Article article;
    ArticleView view;
    QPointer<FakeSpeechEngine> engine;
    int made = 0;
};

TEST_F(ReadAloudBarTest, NoVoiceDisablesTheActionAndSaysWhyInTooltipAndStatus)
{
    ReadAloudBar bar(&view, maker(QStringLiteral("The speech engine has no voice.")), [] { return QString(); });
    QSignalSpy status(&bar, &ReadAloudBar::statusMessage);
    EXPECT_EQ(made, 0); // nothing is made before the reader asks
    bar.readAloudAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bar.readAloudAction()->isEnabled(); }, 2000));
    EXPECT_EQ(bar.readAloudAction()->toolTip(), QStringLiteral("The speech engine has no voice."));
    ASSERT_FALSE(status.isEmpty());
    EXPECT_EQ(status.last().at(0).value<TranslatedText>()(), QStringLiteral("The speech engine has no voice."));
    EXPECT_FALSE(bar.isVisible());
}

TEST_F(ReadAloudBarTest, NoEngineInstalledDisablesTheActionWithoutMakingOne)
{
    const QString why = QStringLiteral("Reading aloud needs a speech engine: install speech-dispatcher and espeak-ng.");
    ReadAloudBar bar(&view, maker(), [why] { return why; });
    bar.checkEngineInstalled();
    EXPECT_FALSE(bar.readAloudAction()->isEnabled());
    EXPECT_EQ(bar.readAloudAction()->toolTip(), why);
    EXPECT_EQ(bar.readAloudAction()->toolTip(), bar.readAloudAction()->statusTip());
    EXPECT_EQ(made, 0);
}

TEST_F(ReadAloudBarTest, StartsAtTheParagraphAtTheTopAndMarksEachSentence)
{
    ReadAloudBar bar(&view, maker(), [] { return QString(); });
    // Scroll so that the fifth paragraph (block 4, the figures) is at the top.
    const QTextBlock figures = view.document()->findBlockByNumber(5);
    const qreal top = view.document()->documentLayout()->blockBoundingRect(figures).top();
    view.verticalScrollBar()->setValue(static_cast<int>(top) + 2);
    ASSERT_EQ(view.paragraphAtTop(), 4);

    bar.readAloudAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine && !engine->spoken.isEmpty(); }, 2000));
    EXPECT_TRUE(bar.isVisible());
    EXPECT_EQ(markedText(), engine->spoken.last());
    EXPECT_TRUE(engine->spoken.first().startsWith(QStringLiteral("The development of high-tech industry")));

    engine->finishUtterance();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->spoken.size() == 2; }, 2000));
    EXPECT_EQ(markedText(), engine->spoken.last());
    EXPECT_TRUE(markedText().endsWith(QStringLiteral("YoY.")));

    auto* pause = bar.findChild<QPushButton*>(QStringLiteral("readAloudPauseButton"));
    ASSERT_NE(pause, nullptr);
    QTest::mouseClick(pause, Qt::LeftButton);
    EXPECT_EQ(bar.controller()->state(), ReadAloudController::State::Paused);
    EXPECT_EQ(pause->accessibleName(), QStringLiteral("Resume reading aloud"));
    QTest::mouseClick(pause, Qt::LeftButton);
    EXPECT_EQ(bar.controller()->state(), ReadAloudController::State::Speaking);

    auto* rate = bar.findChild<QSlider*>(QStringLiteral("readAloudRate"));
    ASSERT_NE(rate, nullptr);
    rate->setValue(5);
    EXPECT_DOUBLE_EQ(engine->rate, 0.5);

    auto* stop = bar.findChild<QPushButton*>(QStringLiteral("readAloudStopButton"));
    ASSERT_NE(stop, nullptr);
    QTest::mouseClick(stop, Qt::LeftButton);
    EXPECT_EQ(bar.controller()->state(), ReadAloudController::State::Idle);
    EXPECT_FALSE(bar.isVisible());
    EXPECT_TRUE(markedText().isEmpty());
}

TEST_F(ReadAloudBarTest, ReadsOnlyTheSelection)
{
    ReadAloudBar bar(&view, maker(), [] { return QString(); });
    const QTextBlock block = view.document()->findBlockByNumber(6); // article block 5
    const QString text = block.text();
    QTextCursor selection(view.document());
    selection.setPosition(block.position() + static_cast<int>(text.indexOf(QStringLiteral("Huawei"))));
    selection.setPosition(block.position() + text.size(), QTextCursor::KeepAnchor);
    view.setTextCursor(selection);

    bar.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine && !engine->spoken.isEmpty(); }, 2000));
    EXPECT_EQ(engine->spoken, QStringList {QStringLiteral("Huawei and Tencent are only the two most famous.")});
    engine->finishUtterance();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar.controller()->state() == ReadAloudController::State::Idle; }, 2000));
    EXPECT_EQ(engine->spoken.size(), 1);
}

TEST_F(ReadAloudBarTest, BringsTheSpokenSentenceIntoView)
{
    ReadAloudBar bar(&view, maker(), [] { return QString(); });
    view.verticalScrollBar()->setValue(0);
    // Select the closing line, far below the top of a 300-pixel view, and read it.
    const QTextBlock closing = view.document()->lastBlock();
    QTextCursor selection(view.document());
    selection.setPosition(closing.position());
    selection.setPosition(closing.position() + closing.length() - 1, QTextCursor::KeepAnchor);
    view.setTextCursor(selection);
    view.verticalScrollBar()->setValue(0);
    ASSERT_GT(view.cursorRect(QTextCursor(closing)).bottom(), view.viewport()->height());

    bar.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine && !engine->spoken.isEmpty(); }, 2000));
    const QRect shown = view.cursorRect(QTextCursor(closing));
    EXPECT_GE(shown.top(), 0);
    EXPECT_LE(shown.bottom(), view.viewport()->height());
}

} // namespace

// The status line keeps how the bar's message is made, so that it says it again when the language changes.
TEST_F(ReadAloudBarTest, WhatItSaysOnTheStatusLineIsMadeAgainInANewLanguage)
{
    // An engine that is still being made: the bar says it is preparing.
    ReadAloudBar bar(
        &view, [](QObject*, std::function<void(std::unique_ptr<SpeechEngine>)>) {}, [] { return QString(); });
    QSignalSpy status(&bar, &ReadAloudBar::statusMessage);
    bar.readAloudAction()->trigger();
    ASSERT_FALSE(status.isEmpty());
    const auto text = status.last().at(0).value<TranslatedText>();
    EXPECT_EQ(text(), QStringLiteral("Preparing to read aloud…"));
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(text(), QStringLiteral("正在准备朗读……"));
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    EXPECT_EQ(text(), QStringLiteral("Preparing to read aloud…"));
}
