#include "feedback/FeedbackSession.h"
#include "FakeCommentSender.h"
#include "delivery/Outbox.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace std::chrono_literals;

namespace {

CommentDraft draftOf(const QString& text, const QString& nick = {}, const QString& mail = {})
{
    return {nick, mail, text, {}};
}

} // namespace

// Every test runs against a real store on a temporary file; a second store on the same file sees what a restart
// after a kill would see.
class FeedbackSessionTest : public ::testing::Test
{
protected:
    QString path() const { return dir.filePath(QStringLiteral("comments.sqlite")); }

    void open(bool hasServer = true, CommentStore::Options options = {})
    {
        store = std::make_unique<CommentStore>(path(), options);
        outbox = std::make_unique<Outbox>(store.get(), hasServer ? &sender : nullptr);
        session = std::make_unique<FeedbackSession>(store.get(), outbox.get());
        session->setDraftSource([this] {
            ++sourceReads;
            return form;
        });
    }

    // What the file holds now, as the next start would find it.
    std::unique_ptr<CommentStore> reopen() const { return std::make_unique<CommentStore>(path()); }

    QTemporaryDir dir;
    FakeCommentSender sender;
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<FeedbackSession> session;
    // The form's fields, as the draft source reports them.
    CommentDraft form;
    int sourceReads = 0;
};

TEST_F(FeedbackSessionTest, RestoresTheStoredDraftUnderWhatWasTypedMeanwhile)
{
    open();
    ASSERT_TRUE(store->saveDraft({QStringLiteral("Wei"),
                                  QStringLiteral("wei@example.org"),
                                  QStringLiteral("Half a thought"),
                                  QStringLiteral("tianjin")}));
    open();
    const CommentDraft restored = session->restore({QStringLiteral("Lin"), {}, {}, {}});
    EXPECT_EQ(restored,
              (CommentDraft {QStringLiteral("Lin"),
                             QStringLiteral("wei@example.org"),
                             QStringLiteral("Half a thought"),
                             QStringLiteral("tianjin")}));
    EXPECT_TRUE(session->hasUnsavedDraft()) << "the merged draft differs from the stored one";
}

TEST_F(FeedbackSessionTest, RestoresTheStoredQuoteUnderWhatWasTypedMeanwhile)
{
    open();
    CommentDraft stored {{}, {}, QStringLiteral("On this passage"), {}};
    stored.quote = QStringLiteral("Shenzhen one of four AI zones");
    ASSERT_TRUE(store->saveDraft(stored));
    open();
    CommentDraft expected = stored;
    expected.nick = QStringLiteral("Lin");
    EXPECT_EQ(session->restore({QStringLiteral("Lin"), {}, {}, {}}), expected);
    // A quote chosen before the store opened wins, as typed text does.
    CommentDraft typed;
    typed.quote = QStringLiteral("Another passage");
    EXPECT_EQ(session->restore(typed).quote, QStringLiteral("Another passage"));
}

TEST_F(FeedbackSessionTest, RestoresTheStoredReplyTargetUnderWhatWasTypedMeanwhile)
{
    open();
    CommentDraft stored {{}, {}, QStringLiteral("I agree"), {}};
    stored.replyTo = CommentReplyTarget {QStringLiteral("17"), QStringLiteral("4"), QStringLiteral("Mei")};
    ASSERT_TRUE(store->saveDraft(stored));
    open();
    CommentDraft expected = stored;
    expected.nick = QStringLiteral("Lin");
    EXPECT_EQ(session->restore({QStringLiteral("Lin"), {}, {}, {}}), expected);
    // A reply chosen before the store opened wins, as typed text does.
    CommentDraft typed;
    typed.replyTo = CommentReplyTarget {QStringLiteral("9"), QStringLiteral("9"), QStringLiteral("Wei")};
    EXPECT_EQ(session->restore(typed).replyTo, typed.replyTo);
}

TEST_F(FeedbackSessionTest, RestoresTheRememberedNameWhenNoDraftIsStored)
{
    open();
    ASSERT_TRUE(store->saveProfile({QStringLiteral("Mei"), QStringLiteral("mei@example.org")}));
    open();
    EXPECT_TRUE(session->hasProfile());
    EXPECT_EQ(session->restore({}), draftOf({}, QStringLiteral("Mei"), QStringLiteral("mei@example.org")));
}

TEST_F(FeedbackSessionTest, SubmitStoresTheCommentAndForgetsTheDraftInOneStep)
{
    open();
    form = draftOf(QStringLiteral("Hefei deserves it"), QStringLiteral("Lin"), QStringLiteral("lin@example.org"));
    session->draftEdited(form.text.size());
    ASSERT_TRUE(session->saveDraftNow());
    ASSERT_EQ(reopen()->draft(), form);

    const std::optional<OwnComment> stored = session->submit(form);
    ASSERT_TRUE(stored.has_value()) << session->lastError().toStdString();
    EXPECT_EQ(stored->state, OwnComment::State::Queued);
    EXPECT_FALSE(session->hasUnsavedDraft());

    // Killed right here, before the form did anything more: the next start has the comment once, queued, and no
    // draft that would put it back into the form.
    const auto after = reopen();
    ASSERT_EQ(after->comments().size(), 1);
    EXPECT_EQ(after->comments().constFirst().content, form);
    EXPECT_TRUE(after->draft().text.isEmpty()) << after->draft().text.toStdString();
    EXPECT_EQ(after->profile(), (CommentStore::Profile {QStringLiteral("Lin"), QStringLiteral("lin@example.org")}));
    EXPECT_EQ(sender.sent.size(), 1) << "delivery started";
}

TEST_F(FeedbackSessionTest, AFailedSubmitKeepsTheDraftAndSaysWhy)
{
    open();
    ASSERT_TRUE(store->saveDraft(draftOf(QStringLiteral("Keep me"))));
    CommentStore::Options readOnly;
    readOnly.readOnly = true;
    open(true, readOnly);

    EXPECT_FALSE(session->submit(draftOf(QStringLiteral("Keep me"))).has_value());
    EXPECT_FALSE(session->lastError().isEmpty());
    EXPECT_TRUE(session->lastError().contains(outbox->lastError())) << session->lastError().toStdString();
    EXPECT_TRUE(sender.sent.isEmpty());
    const auto after = reopen();
    EXPECT_TRUE(after->comments().isEmpty());
    EXPECT_EQ(after->draft().text, QStringLiteral("Keep me"));
}

TEST_F(FeedbackSessionTest, RefusesAnInvalidCommentWithoutWritingAnything)
{
    open();
    EXPECT_FALSE(session->submit(draftOf(QStringLiteral(" \u00A0 "), QStringLiteral("Lin"))).has_value());
    EXPECT_EQ(session->lastError(), QStringLiteral("Write a comment before sending."));
    const auto after = reopen();
    EXPECT_TRUE(after->comments().isEmpty());
    EXPECT_TRUE(after->profile().isEmpty()) << "the name is remembered only with a comment that is stored";
}

TEST_F(FeedbackSessionTest, WritesTheDraftOnlyWhenItChanged)
{
    open();
    form = draftOf(QStringLiteral("Same text"));
    session->draftEdited(form.text.size());
    ASSERT_TRUE(session->saveDraftNow());
    ASSERT_EQ(sourceReads, 1);

    // Another writer changes the file behind the session's back: were the unchanged draft written again, it
    // would overwrite this.
    ASSERT_TRUE(reopen()->saveDraft(draftOf(QStringLiteral("Written elsewhere"))));
    session->draftEdited(form.text.size());
    ASSERT_TRUE(session->saveDraftNow());
    EXPECT_EQ(sourceReads, 2);
    EXPECT_EQ(reopen()->draft().text, QStringLiteral("Written elsewhere"));

    form.text = QStringLiteral("Changed text");
    session->draftEdited(form.text.size());
    ASSERT_TRUE(session->saveDraftNow());
    EXPECT_EQ(reopen()->draft().text, QStringLiteral("Changed text"));
}

TEST_F(FeedbackSessionTest, ReadsNothingWhenNothingWasEdited)
{
    open();
    ASSERT_TRUE(session->saveDraftNow());
    ASSERT_TRUE(session->saveDraftNow());
    EXPECT_EQ(sourceReads, 0);
}

TEST_F(FeedbackSessionTest, SavesASmallDraftAfterAPauseInTyping)
{
    open();
    session->setSaveDelays(20ms, 10s);
    form = draftOf(QStringLiteral("Typing on"));
    session->draftEdited(form.text.size());
    ASSERT_TRUE(QTest::qWaitFor([&] { return store->draft().text == QStringLiteral("Typing on"); }));
    EXPECT_EQ(sourceReads, 1);
    EXPECT_FALSE(session->hasUnsavedDraft());
}

TEST_F(FeedbackSessionTest, SavesABigDraftWhileTheReaderKeepsTyping)
{
    open();
    // A pause the reader never makes, and a short interval for big drafts.
    session->setSaveDelays(1h, 50ms);
    form = draftOf(QString(FeedbackSession::bigDraftLength, QLatin1Char('x')));
    const bool saved = QTest::qWaitFor(
        [&] {
            form.text[0] = form.text.at(0) == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
            session->draftEdited(form.text.size());
            return sourceReads > 0;
        },
        10000);
    ASSERT_TRUE(saved) << "every keystroke pushed the save back";
    EXPECT_EQ(store->draft().text.size(), FeedbackSession::bigDraftLength);
}

TEST_F(FeedbackSessionTest, ReportsATimedSaveThatFailed)
{
    open();
    session->setSaveDelays(10ms, 10s);
    {
        // Breaks the file under the open store, as a damaged disk would.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery drop(db);
        ASSERT_TRUE(drop.exec(QStringLiteral("DROP TABLE draft"))) << drop.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    QSignalSpy failed(session.get(), &FeedbackSession::draftSaveFailed);
    form = draftOf(QStringLiteral("Cannot be kept"));
    session->draftEdited(form.text.size());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.constFirst().at(0).toString().startsWith(QStringLiteral("Your draft could not be saved")))
        << failed.constFirst().at(0).toString().toStdString();
    EXPECT_TRUE(session->hasUnsavedDraft()) << "tried again at the next edit, focus-out or close";
}

TEST_F(FeedbackSessionTest, TakesARefusedCommentBackOnlyIntoAFreeDraft)
{
    open();
    const std::optional<OwnComment> stored = session->submit(draftOf(QStringLiteral("Will fail")));
    ASSERT_TRUE(stored.has_value());
    QSignalSpy rejected(session.get(), &FeedbackSession::commentRejected);
    sender.finishSend(stored->localId, DeliveryResult::rejected(QStringLiteral("Refused")));
    ASSERT_EQ(rejected.size(), 1);

    form = draftOf(QStringLiteral("Busy typing"));
    session->draftEdited(form.text.size());
    EXPECT_FALSE(session->takeBack(stored->localId).has_value()) << "what the reader types is never replaced";
    EXPECT_EQ(reopen()->draft().text, QStringLiteral("Busy typing")) << "saved before the attempt";
    EXPECT_EQ(outbox->comments().size(), 1);

    form = {};
    session->draftEdited(0);
    const std::optional<CommentDraft> back = session->takeBack(stored->localId);
    ASSERT_TRUE(back.has_value()) << session->lastError().toStdString();
    EXPECT_EQ(back->text, QStringLiteral("Will fail"));
    EXPECT_TRUE(outbox->comments().isEmpty());
    EXPECT_EQ(reopen()->draft().text, QStringLiteral("Will fail"));
}

TEST_F(FeedbackSessionTest, ListsTheOutboxAndReloadsOnceACommentArrives)
{
    open();
    ASSERT_TRUE(session->submit(draftOf(QStringLiteral("Already queued"))).has_value());
    CommentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setSender(&sender);
    session->showOn(&model);
    EXPECT_EQ(model.rowCount(), 1);
    // The first load is answered, so the next one can start.
    if (!sender.requestedPages.isEmpty())
        sender.deliverPage(CommentPage {});

    const std::optional<OwnComment> second = session->submit(draftOf(QStringLiteral("Second")));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(model.rowCount(), 2);

    QSignalSpy changed(session.get(), &FeedbackSession::commentChanged);
    const qsizetype fetchesBefore = sender.requestedPages.size();
    ServerComment arrived;
    arrived.objectId = QStringLiteral("7");
    arrived.text = QStringLiteral("Already queued");
    arrived.status = ServerComment::Status::Approved;
    arrived.time = QDateTime::currentDateTimeUtc();
    sender.finishSend(sender.sent.constFirst().localId, DeliveryResult::delivered(arrived));
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.constFirst().at(0).value<OwnComment>().state, OwnComment::State::Sent);
    EXPECT_GT(sender.requestedPages.size(), fetchesBefore) << "the list reloads";
}

TEST_F(FeedbackSessionTest, LocalOnlyKeepsCommentsOnThisComputer)
{
    open(false);
    EXPECT_TRUE(session->isLocalOnly());
    const std::optional<OwnComment> stored = session->submit(draftOf(QStringLiteral("No server")));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, OwnComment::State::SavedLocally);
    EXPECT_FALSE(session->retry(stored->localId));
    EXPECT_FALSE(session->lastError().isEmpty());

    CommentListModel model;
    session->showOn(&model);
    ASSERT_EQ(model.rowCount(), 1);
    ASSERT_TRUE(session->discard(stored->localId));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(reopen()->comments().isEmpty());
}

TEST_F(FeedbackSessionTest, ForgetsTheProfile)
{
    open();
    ASSERT_TRUE(session->submit(draftOf(QStringLiteral("Hi"), QStringLiteral("Mei"))).has_value());
    EXPECT_TRUE(session->hasProfile());
    ASSERT_TRUE(session->forgetProfile());
    EXPECT_FALSE(session->hasProfile());
    EXPECT_TRUE(reopen()->profile().isEmpty());
}
