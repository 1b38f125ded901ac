#include "FakeSpeechEngine.h"

#include "article/ArticleLoader.h"
#include "reading/ReadAloudController.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class ReadAloudControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const LoadResult<Article> loaded = ArticleLoader::load(QString(ArticleLoader::bundledPath));
        ASSERT_TRUE(loaded.ok());
        for (const ArticleBlock& block : loaded.value().blocks)
            blocks.append(block.text);
        makeController();
    }

    void makeController(const QString& unavailable = {})
    {
        controller = std::make_unique<ReadAloudController>([this, unavailable] {
            ++enginesMade;
            auto made = std::make_unique<FakeSpeechEngine>(unavailable);
            made->beginOnSay = beginOnSay;
            engine = made.get();
            return made;
        });
        controller->setBlocks(blocks);
    }

    // Ends the utterance being spoken and waits until the controller has said the next one (or finished).
    void finishAndWaitForNext()
    {
        const qsizetype said = engine->spoken.size();
        engine->finishUtterance();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return engine->spoken.size() > said || controller->state() == ReadAloudController::State::Idle; },
            2000));
    }

    QList<QString> blocks;
    std::unique_ptr<ReadAloudController> controller;
    QPointer<FakeSpeechEngine> engine;
    int enginesMade = 0;
    bool beginOnSay = true;
};

TEST_F(ReadAloudControllerTest, MakesNoEngineUntilFirstUsed)
{
    EXPECT_EQ(enginesMade, 0);
    controller->startAt(0);
    EXPECT_EQ(enginesMade, 1);
    controller->stop();
    controller->startAt(1);
    EXPECT_EQ(enginesMade, 1);
}

TEST_F(ReadAloudControllerTest, SpeaksFromTheGivenParagraphSentenceBySentenceAndEndsIdle)
{
    QSignalSpy started(controller.get(), &ReadAloudController::sentenceStarted);
    QSignalSpy finished(controller.get(), &ReadAloudController::finished);
    controller->startAt(4);
    EXPECT_EQ(controller->state(), ReadAloudController::State::Speaking);
    ASSERT_EQ(engine->spoken.size(), 1);
    EXPECT_EQ(
        engine->spoken.at(0),
        QStringLiteral("The development of high-tech industry in Shenzhen is at the forefront of the whole country."));
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.at(0).at(0).toInt(), 4);
    EXPECT_EQ(started.at(0).at(1).value<qsizetype>(), 0);

    while (controller->state() != ReadAloudController::State::Idle)
        finishAndWaitForNext();

    // Paragraph 4 has three sentences, 5 two, 6 two, and the closing line one.
    EXPECT_EQ(engine->spoken.size(), 8);
    EXPECT_EQ(engine->spoken.at(1).right(13), QStringLiteral("up 10.9% YoY."));
    EXPECT_EQ(engine->spoken.last(), QStringLiteral("Tell us what you think"));
    EXPECT_EQ(started.size(), 8);
    EXPECT_EQ(started.last().at(0).toInt(), 7);
    EXPECT_EQ(finished.size(), 1);
    EXPECT_EQ(controller->currentBlock(), -1);
}

TEST_F(ReadAloudControllerTest, ReadyBeforeTheUtteranceBeganDoesNotSkipIt)
{
    beginOnSay = false;
    controller->startAt(4);
    ASSERT_TRUE(engine);
    engine->finishUtterance(); // a late Ready from what was said or stopped before this utterance
    QTest::qWait(0);
    EXPECT_EQ(engine->spoken.size(), 1);
    EXPECT_EQ(controller->state(), ReadAloudController::State::Speaking);
    engine->begin();
    finishAndWaitForNext();
    EXPECT_EQ(engine->spoken.size(), 2);
}

TEST_F(ReadAloudControllerTest, SpeaksOnlyTheSelectionClippedToIt)
{
    const QString paragraph = blocks.at(4);
    const qsizetype from = paragraph.indexOf(QStringLiteral("Last year"));
    const qsizetype to = blocks.at(5).indexOf(QStringLiteral(" Huawei"));
    controller->startSelection(4, from, 5, to);
    while (controller->state() != ReadAloudController::State::Idle)
        finishAndWaitForNext();
    EXPECT_EQ(engine->spoken,
              (QStringList {paragraph.mid(from, paragraph.indexOf(QStringLiteral("YoY.")) + 4 - from),
                            QStringLiteral("Of that, digital economy was worth RMB 124.073 billion."),
                            blocks.at(5).left(to)}));
}

TEST_F(ReadAloudControllerTest, PauseHoldsAndResumeGoesOn)
{
    QSignalSpy states(controller.get(), &ReadAloudController::stateChanged);
    controller->startAt(4);
    controller->pause();
    EXPECT_EQ(controller->state(), ReadAloudController::State::Paused);
    EXPECT_EQ(engine->pauses, 1);
    controller->resume();
    EXPECT_EQ(controller->state(), ReadAloudController::State::Speaking);
    EXPECT_EQ(engine->resumes, 1);
    EXPECT_EQ(engine->spoken.size(), 1);
    finishAndWaitForNext();
    EXPECT_EQ(engine->spoken.size(), 2);
    ASSERT_EQ(states.size(), 3);
    EXPECT_EQ(states.at(1).at(0).value<ReadAloudController::State>(), ReadAloudController::State::Paused);
}

TEST_F(ReadAloudControllerTest, SentenceEndingWhilePausedWaitsForResumeToGoOn)
{
    controller->startAt(4);
    controller->pause();
    engine->finishUtterance(); // the engine finished the sentence before it could pause
    QTest::qWait(0);
    EXPECT_EQ(engine->spoken.size(), 1);
    EXPECT_EQ(controller->state(), ReadAloudController::State::Paused);
    controller->resume();
    EXPECT_EQ(engine->spoken.size(), 2);
    EXPECT_EQ(engine->resumes, 0);
}

TEST_F(ReadAloudControllerTest, StopSilencesAndEndsIdleWithoutFinishing)
{
    QSignalSpy finished(controller.get(), &ReadAloudController::finished);
    controller->startAt(0);
    controller->stop();
    EXPECT_EQ(controller->state(), ReadAloudController::State::Idle);
    EXPECT_GE(engine->stops, 1);
    QTest::qWait(0);
    EXPECT_EQ(engine->spoken.size(), 1);
    EXPECT_EQ(finished.size(), 0);
    EXPECT_EQ(controller->currentBlock(), -1);
}

TEST_F(ReadAloudControllerTest, RateIsClampedAndReachesTheEngine)
{
    controller->setRate(0.5);
    controller->startAt(0);
    EXPECT_DOUBLE_EQ(engine->rate, 0.5);
    controller->setRate(3.0);
    EXPECT_DOUBLE_EQ(controller->rate(), 1.0);
    EXPECT_DOUBLE_EQ(engine->rate, 1.0);
}

TEST_F(ReadAloudControllerTest, EngineErrorStopsReadingAndSaysWhy)
{
    QSignalSpy errors(controller.get(), &ReadAloudController::errorOccurred);
    controller->startAt(0);
    engine->fail(QStringLiteral("The audio device went away."));
    EXPECT_EQ(controller->state(), ReadAloudController::State::Idle);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).at(0).toString(), QStringLiteral("The audio device went away."));
    QTest::qWait(0);
    EXPECT_EQ(engine->spoken.size(), 1);
}

TEST_F(ReadAloudControllerTest, EngineThatNeverFinishesIsReportedNotWaitedOnForever)
{
    QSignalSpy errors(controller.get(), &ReadAloudController::errorOccurred);
    controller->setSentenceTimeoutForTesting(50);
    controller->startAt(0);
    ASSERT_TRUE(errors.wait(2000));
    EXPECT_EQ(controller->state(), ReadAloudController::State::Idle);
}

TEST_F(ReadAloudControllerTest, NoVoiceMakesItUnavailableWithTheReason)
{
    makeController(QStringLiteral("No voice is installed."));
    QSignalSpy availability(controller.get(), &ReadAloudController::availabilityChanged);
    QSignalSpy errors(controller.get(), &ReadAloudController::errorOccurred);
    EXPECT_FALSE(controller->checkAvailability());
    EXPECT_EQ(controller->unavailableReason(), QStringLiteral("No voice is installed."));
    ASSERT_EQ(availability.size(), 1);
    EXPECT_FALSE(availability.at(0).at(0).toBool());
    controller->startAt(0);
    EXPECT_EQ(controller->state(), ReadAloudController::State::Idle);
    EXPECT_TRUE(engine->spoken.isEmpty());
    EXPECT_EQ(errors.size(), 1);
}

TEST_F(ReadAloudControllerTest, NoEngineAtAllMakesItUnavailable)
{
    controller = std::make_unique<ReadAloudController>([] { return std::unique_ptr<SpeechEngine>(); });
    controller->setBlocks(blocks);
    EXPECT_FALSE(controller->checkAvailability());
    EXPECT_FALSE(controller->unavailableReason().isEmpty());
    controller->startAt(0);
    EXPECT_EQ(controller->state(), ReadAloudController::State::Idle);
}

} // namespace
