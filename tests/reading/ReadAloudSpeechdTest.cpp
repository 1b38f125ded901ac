#include "ArticleView.h"
#include "QtSpeechEngine.h"
#include "ReadAloudBar.h"
#include "article/ArticleLoader.h"

#include <QAction>
#include <QDir>
#include <QProcess>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

// Reads aloud through the real chain: Qt TextToSpeech, its speech-dispatcher plugin, a private speech-dispatcher
// (scripts/speech-session.sh) and espeak-ng, whose audio goes to libao's null driver. It skips only when
// speech-dispatcher or espeak-ng is not installed; any other failure to start or speak fails.
namespace {

class ReadAloudSpeechdTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // A short path: a Unix socket's path has room for about a hundred bytes.
        s_dir = QDir::tempPath() + QStringLiteral("/pz-speech-%1").arg(QCoreApplication::applicationPid());
        QProcess start;
        start.start(QStringLiteral("bash"),
                    {QStringLiteral(PILOTZONES_SPEECH_SESSION), QStringLiteral("start"), s_dir});
        if (!start.waitForFinished(30000)) {
            s_problem = QStringLiteral("scripts/speech-session.sh did not finish in 30 s");
            return;
        }
        const QString output = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        const QString errors = QString::fromUtf8(start.readAllStandardError()).trimmed();
        if (start.exitCode() == 3) {
            s_skip = errors;
            return;
        }
        const QString prefix = QStringLiteral("SPEECHD_ADDRESS=");
        if (start.exitCode() != 0 || !output.startsWith(prefix)) {
            s_problem = QStringLiteral("speech-session.sh start failed (%1): %2 %3")
                            .arg(start.exitCode())
                            .arg(output, errors);
            return;
        }
        qputenv("SPEECHD_ADDRESS", output.mid(prefix.size()).toUtf8());
        s_started = true;
    }

    static void TearDownTestSuite()
    {
        if (s_dir.isEmpty())
            return;
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral(PILOTZONES_SPEECH_SESSION), QStringLiteral("stop"), s_dir});
        QDir(s_dir).removeRecursively();
    }

    void SetUp() override
    {
#if defined(__SANITIZE_ADDRESS__)
        // Under AddressSanitizer the real engine takes longer than the test's 30 s to list espeak-ng's 1,836 voices;
        // the plain build runs this test against the same speech-dispatcher.
        GTEST_SKIP() << "The real speech engine is too slow to start under AddressSanitizer; the plain build runs it.";
#endif
        if (!s_skip.isEmpty())
            GTEST_SKIP() << "Speech engine cannot run here: " << qPrintable(s_skip);
        ASSERT_TRUE(s_started) << qPrintable(s_problem);
        const LoadResult<Article> loaded = ArticleLoader::load(QString(ArticleLoader::bundledPath));
        ASSERT_TRUE(loaded.ok());
        article = loaded.value();
    }

    static inline QString s_dir;
    static inline QString s_skip;
    static inline QString s_problem;
    static inline bool s_started = false;
    Article article;
};

TEST_F(ReadAloudSpeechdTest, HighlightMovesThroughTheOpeningSentencesAndEndsIdle)
{
    ArticleView view;
    view.resize(600, 400);
    view.setArticle(article);
    view.show();
    ReadAloudBar bar(&view, &QtSpeechEngine::createInBackground, &QtSpeechEngine::whyUnavailable);
    bar.checkEngineInstalled();
    ASSERT_TRUE(bar.readAloudAction()->isEnabled()) << qPrintable(bar.readAloudAction()->toolTip());
    bar.prepare();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar.isEngineReady(); }, 30000));
    ASSERT_TRUE(bar.controller()->checkAvailability()) << qPrintable(bar.controller()->unavailableReason());

    // Select from the headline to the end of the third paragraph: five sentences, the last two in one paragraph.
    const QTextBlock last = view.document()->findBlockByNumber(3);
    QTextCursor selection(view.document());
    selection.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    view.setTextCursor(selection);

    QStringList highlighted;
    QObject::connect(bar.controller(), &ReadAloudController::sentenceStarted, &view, [&] {
        const QList<QTextEdit::ExtraSelection> marks = view.extraSelections();
        highlighted.append(marks.isEmpty() ? QString() : marks.last().cursor.selectedText());
    });
    bool finished = false;
    QObject::connect(bar.controller(), &ReadAloudController::finished, &view, [&] { finished = true; });
    QString error;
    QObject::connect(
        bar.controller(), &ReadAloudController::errorOccurred, &view, [&](const QString& message) { error = message; });

    bar.readAloudAction()->trigger();
    ASSERT_EQ(bar.controller()->state(), ReadAloudController::State::Speaking) << qPrintable(error);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished || !error.isEmpty(); }, 60000));
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);

    const QString thirdParagraph = article.blocks.at(2).text;
    EXPECT_EQ(highlighted,
              (QStringList {article.headline,
                            article.blocks.at(0).text,
                            article.blocks.at(1).text,
                            thirdParagraph.left(thirdParagraph.indexOf(QStringLiteral(" Here goes:"))),
                            QStringLiteral("Here goes:")}));
    EXPECT_EQ(bar.controller()->state(), ReadAloudController::State::Idle);
    EXPECT_FALSE(bar.isVisible());
    for (const QTextEdit::ExtraSelection& mark : view.extraSelections())
        EXPECT_FALSE(mark.format.fontUnderline() && mark.format.background() == view.palette().highlight())
            << "the spoken-sentence mark outlived the reading";
}

TEST_F(ReadAloudSpeechdTest, StopsWhenAskedAndLeavesNoMark)
{
    ArticleView view;
    view.setArticle(article);
    ReadAloudBar bar(&view, &QtSpeechEngine::createInBackground, &QtSpeechEngine::whyUnavailable);
    // Asked before the engine exists, the bar makes it in the background and starts once it is ready.
    bar.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar.isEngineReady(); }, 30000));
    ASSERT_TRUE(bar.controller()->checkAvailability()) << qPrintable(bar.controller()->unavailableReason());
    ASSERT_EQ(bar.controller()->state(), ReadAloudController::State::Speaking);
    bar.controller()->stop();
    EXPECT_EQ(bar.controller()->state(), ReadAloudController::State::Idle);
    // The stopped utterance's Ready must not start the next sentence.
    QTest::qWait(300);
    EXPECT_EQ(bar.controller()->state(), ReadAloudController::State::Idle);
    EXPECT_TRUE(view.extraSelections().isEmpty());
}

} // namespace
