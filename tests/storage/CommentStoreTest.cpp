#include "storage/CommentStore.h"
#include "CommentPrinters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <thread>

using State = OwnComment::State;
using Status = CommentStore::OpenReport::Status;

// A failing expectation names the status instead of printing a byte dump.
void PrintTo(Status status, std::ostream* os)
{
    switch (status) {
    case Status::Ok:
        *os << "Ok";
        return;
    case Status::Recovered:
        *os << "Recovered";
        return;
    case Status::InMemory:
        *os << "InMemory";
        return;
    case Status::ReadOnly:
        *os << "ReadOnly";
        return;
    }
    *os << "Status(" << int(status) << ")";
}

namespace {

const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

const CommentDraft everyField {
    QStringLiteral("读者 😀 قارئ"),
    QStringLiteral("reader@例子.中国"),
    QStringLiteral("First line <b>not bold</b> &amp;\n\tשלום עולם 👩‍👩‍👧 深圳"),
    QStringLiteral("shenzhen"),
    QStringLiteral("> not a quote <i>in</i> 深圳 \u2026"),
    CommentReplyTarget {QStringLiteral("42"), QStringLiteral("7"), QStringLiteral("@读者 <b>")}};

OwnComment queued(const QString& text, const QDateTime& createdAt = t0)
{
    OwnComment comment;
    comment.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    comment.content = CommentDraft {QStringLiteral("nick"), QStringLiteral("n@example.com"), text, {}};
    comment.createdAt = createdAt;
    comment.state = State::Queued;
    comment.nextAttemptAt = createdAt;
    return comment;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Runs SQL on a file behind the store's back, as another program (or a newer app) would.
void execOnFile(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class CommentStoreTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("data/comments.sqlite"));
};

TEST_F(CommentStoreTest, OpensAFreshFileInAMissingFolder)
{
    CommentStore store(path);
    EXPECT_EQ(store.openReport().status, Status::Ok);
    EXPECT_TRUE(store.openReport().message.isEmpty());
    EXPECT_TRUE(store.isPersistent());
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_TRUE(store.draft().isEmpty());
    EXPECT_TRUE(store.comments().isEmpty());
    EXPECT_FALSE(store.earliestDue().has_value());
}

TEST_F(CommentStoreTest, KeepsTheDraftWithEveryFieldExactly)
{
    CommentStore store(path);
    ASSERT_TRUE(store.saveDraft(everyField)) << store.lastError().toStdString();
    EXPECT_EQ(store.draft(), everyField);
    CommentDraft edited = everyField;
    edited.text += QStringLiteral(" more");
    ASSERT_TRUE(store.saveDraft(edited));
    EXPECT_EQ(store.draft(), edited);
}

TEST_F(CommentStoreTest, SavingAnEmptyDraftClearsIt)
{
    CommentStore store(path);
    ASSERT_TRUE(store.saveDraft(everyField));
    ASSERT_TRUE(store.saveDraft(CommentDraft {}));
    EXPECT_TRUE(store.draft().isEmpty());
    ASSERT_TRUE(store.saveDraft(everyField));
    ASSERT_TRUE(store.clearDraft());
    EXPECT_TRUE(store.draft().isEmpty());
}

TEST_F(CommentStoreTest, RemembersAndForgetsTheProfile)
{
    CommentStore store(path);
    const CommentStore::Profile profile {QStringLiteral("قارئ 😀"), QStringLiteral("r@example.com")};
    ASSERT_TRUE(store.saveProfile(profile));
    EXPECT_EQ(store.profile(), profile);
    ASSERT_TRUE(store.forgetProfile());
    EXPECT_TRUE(store.profile().isEmpty());
}

TEST_F(CommentStoreTest, KeepsEverythingAcrossARestart)
{
    const OwnComment first = queued(QStringLiteral("first 😀"), t0);
    OwnComment second = queued(QStringLiteral("second שלום"), t0.addSecs(5));
    second.content = everyField;
    const CommentStore::Profile profile {QStringLiteral("n"), QStringLiteral("m@example.com")};
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(first));
        ASSERT_TRUE(store.addComment(second));
        ASSERT_TRUE(store.saveDraft(everyField));
        ASSERT_TRUE(store.saveProfile(profile));
        ASSERT_TRUE(store.claimNextDue(QStringLiteral("me"), t0.addSecs(1), t0.addSecs(61)).has_value());
        ASSERT_TRUE(store.markRetry(first.localId, QStringLiteral("me"), t0.addSecs(30), QStringLiteral("offline")));
    }
    CommentStore reopened(path);
    EXPECT_EQ(reopened.openReport().status, Status::Ok);
    EXPECT_EQ(reopened.draft(), everyField);
    EXPECT_EQ(reopened.profile(), profile);
    OwnComment retried = first;
    retried.attempts = 1;
    retried.nextAttemptAt = t0.addSecs(30);
    retried.lastError = QStringLiteral("offline");
    EXPECT_EQ(reopened.comments(), (QList<OwnComment> {second, retried}));
}

TEST_F(CommentStoreTest, AddingACommentClearsTheDraft)
{
    CommentStore store(path);
    ASSERT_TRUE(store.saveDraft(everyField));
    const OwnComment comment = queued(everyField.text);
    ASSERT_TRUE(store.addComment(comment)) << store.lastError().toStdString();
    EXPECT_TRUE(store.draft().isEmpty());
    EXPECT_EQ(store.comment(comment.localId), comment);
}

TEST_F(CommentStoreTest, KeepsTheDraftWhenTheCommentCannotBeAdded)
{
    CommentStore store(path);
    const OwnComment comment = queued(QStringLiteral("once"));
    ASSERT_TRUE(store.addComment(comment));
    ASSERT_TRUE(store.saveDraft(everyField));
    EXPECT_FALSE(store.addComment(comment)); // the same local id again
    EXPECT_FALSE(store.lastError().isEmpty());
    EXPECT_EQ(store.draft(), everyField);
    EXPECT_EQ(store.comments().size(), 1);
}

TEST_F(CommentStoreTest, ListsNewestFirst)
{
    CommentStore store(path);
    const OwnComment middle = queued(QStringLiteral("b"), t0.addSecs(10));
    const OwnComment oldest = queued(QStringLiteral("a"), t0);
    const OwnComment newest = queued(QStringLiteral("c"), t0.addSecs(20));
    for (const OwnComment& c : {middle, oldest, newest})
        ASSERT_TRUE(store.addComment(c));
    EXPECT_EQ(store.comments(), (QList<OwnComment> {newest, middle, oldest}));
}

TEST_F(CommentStoreTest, ClaimsOnlyDueCommentsAndCountsTheAttempt)
{
    CommentStore store(path);
    const OwnComment later = queued(QStringLiteral("later"), t0.addSecs(60));
    const OwnComment now = queued(QStringLiteral("now"), t0);
    ASSERT_TRUE(store.addComment(later));
    ASSERT_TRUE(store.addComment(now));
    EXPECT_EQ(store.earliestDue(), t0);

    const auto claimed = store.claimNextDue(QStringLiteral("a"), t0, t0.addSecs(60));
    ASSERT_TRUE(claimed.has_value()) << store.lastError().toStdString();
    EXPECT_EQ(claimed->localId, now.localId);
    EXPECT_EQ(claimed->state, State::Sending);
    EXPECT_EQ(claimed->attempts, 1);
    EXPECT_FALSE(store.claimNextDue(QStringLiteral("b"), t0.addSecs(59), t0.addSecs(120)).has_value());
    EXPECT_TRUE(store.lastError().isEmpty()) << store.lastError().toStdString();
    // The claim expiry and the later comment are both due at t0 + 60.
    EXPECT_EQ(store.earliestDue(), t0.addSecs(60));
}

TEST_F(CommentStoreTest, AnExpiredClaimCanBeTakenOverAndTheOldOwnerCannotRecord)
{
    CommentStore store(path);
    const OwnComment comment = queued(QStringLiteral("x"));
    ASSERT_TRUE(store.addComment(comment));
    ASSERT_TRUE(store.claimNextDue(QStringLiteral("dead"), t0, t0.addSecs(60)).has_value());
    const auto taken = store.claimNextDue(QStringLiteral("alive"), t0.addSecs(60), t0.addSecs(120));
    ASSERT_TRUE(taken.has_value());
    EXPECT_EQ(taken->attempts, 2);
    EXPECT_FALSE(store.markDelivered(comment.localId, QStringLiteral("dead"), State::Sent, QStringLiteral("s1")));
    EXPECT_FALSE(store.lastError().isEmpty());
    ASSERT_TRUE(store.markDelivered(comment.localId, QStringLiteral("alive"), State::Sent, QStringLiteral("s2")));
    const auto stored = store.comment(comment.localId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, State::Sent);
    EXPECT_EQ(stored->serverId, QStringLiteral("s2"));
    EXPECT_FALSE(store.earliestDue().has_value());
}

TEST_F(CommentStoreTest, RecordsEachOutcome)
{
    CommentStore store(path);
    const OwnComment a = queued(QStringLiteral("a"));
    const OwnComment b = queued(QStringLiteral("b"), t0.addSecs(1));
    const OwnComment c = queued(QStringLiteral("c"), t0.addSecs(2));
    for (const OwnComment& x : {a, b, c})
        ASSERT_TRUE(store.addComment(x));
    const QString me = QStringLiteral("me");
    const QDateTime now = t0.addSecs(3);
    ASSERT_EQ(store.claimNextDue(me, now, now.addSecs(60))->localId, a.localId);
    ASSERT_TRUE(store.markDelivered(a.localId, me, State::AwaitingModeration, QStringLiteral("42")));
    ASSERT_EQ(store.claimNextDue(me, now, now.addSecs(60))->localId, b.localId);
    ASSERT_TRUE(store.markRetry(b.localId, me, now.addSecs(8), QStringLiteral("Server error 502")));
    ASSERT_EQ(store.claimNextDue(me, now, now.addSecs(60))->localId, c.localId);
    ASSERT_TRUE(store.markFailed(c.localId, me, QStringLiteral("Text too short")));

    const OwnComment storedA = *store.comment(a.localId);
    EXPECT_EQ(storedA.state, State::AwaitingModeration);
    EXPECT_EQ(storedA.serverId, QStringLiteral("42"));
    const OwnComment storedB = *store.comment(b.localId);
    EXPECT_EQ(storedB.state, State::Queued);
    EXPECT_EQ(storedB.nextAttemptAt, now.addSecs(8));
    EXPECT_EQ(storedB.lastError, QStringLiteral("Server error 502"));
    const OwnComment storedC = *store.comment(c.localId);
    EXPECT_EQ(storedC.state, State::Failed);
    EXPECT_EQ(storedC.lastError, QStringLiteral("Text too short"));
    EXPECT_EQ(store.earliestDue(), now.addSecs(8));

    ASSERT_TRUE(store.requeue(c.localId, now.addSecs(9)));
    const OwnComment requeued = *store.comment(c.localId);
    EXPECT_EQ(requeued.state, State::Queued);
    EXPECT_EQ(requeued.attempts, 0);
    EXPECT_EQ(requeued.nextAttemptAt, now.addSecs(9));
    EXPECT_FALSE(store.requeue(a.localId, now)); // delivered already
}

TEST_F(CommentStoreTest, DiscardsOnlyWhatIsNotSentOrSending)
{
    CommentStore store(path);
    const OwnComment sending = queued(QStringLiteral("sending"));
    const OwnComment waiting = queued(QStringLiteral("waiting"), t0.addSecs(100));
    ASSERT_TRUE(store.addComment(sending));
    ASSERT_TRUE(store.addComment(waiting));
    ASSERT_TRUE(store.claimNextDue(QStringLiteral("me"), t0, t0.addSecs(60)).has_value());
    EXPECT_FALSE(store.discard(sending.localId));
    EXPECT_FALSE(store.lastError().isEmpty());
    EXPECT_TRUE(store.discard(waiting.localId)) << store.lastError().toStdString();
    EXPECT_FALSE(store.comment(waiting.localId).has_value());
    EXPECT_FALSE(store.discard(waiting.localId));
}

TEST_F(CommentStoreTest, ReturnsAFailedCommentToTheDraft)
{
    CommentStore store(path);
    OwnComment comment = queued(everyField.text);
    comment.content = everyField;
    ASSERT_TRUE(store.addComment(comment));
    ASSERT_TRUE(store.claimNextDue(QStringLiteral("me"), t0, t0.addSecs(60)).has_value());
    EXPECT_FALSE(store.returnToDraft(comment.localId).has_value()); // while it is being sent
    ASSERT_TRUE(store.markFailed(comment.localId, QStringLiteral("me"), QStringLiteral("no")));
    // The reader kept only the profile fields in the form: those may be replaced.
    ASSERT_TRUE(store.saveDraft(CommentDraft {QStringLiteral("other"), {}, {}, {}}));

    const auto draft = store.returnToDraft(comment.localId);
    ASSERT_TRUE(draft.has_value()) << store.lastError().toStdString();
    EXPECT_EQ(*draft, everyField);
    EXPECT_EQ(store.draft(), everyField);
    EXPECT_FALSE(store.comment(comment.localId).has_value());
}

TEST_F(CommentStoreTest, NeverOverwritesOtherTextInTheDraft)
{
    CommentStore store(path);
    const OwnComment comment = queued(QStringLiteral("old text"), t0.addSecs(100));
    ASSERT_TRUE(store.addComment(comment));
    const CommentDraft typing {{}, {}, QStringLiteral("new text being typed"), {}};
    ASSERT_TRUE(store.saveDraft(typing));
    EXPECT_FALSE(store.returnToDraft(comment.localId).has_value());
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("Send or clear it first")))
        << store.lastError().toStdString();
    EXPECT_EQ(store.draft(), typing);
    EXPECT_TRUE(store.comment(comment.localId).has_value());
}

TEST_F(CommentStoreTest, TwoStoresOnOneFileSeeEachOthersWrites)
{
    CommentStore first(path);
    CommentStore second(path);
    EXPECT_EQ(second.openReport().status, Status::Ok);
    const OwnComment comment = queued(QStringLiteral("shared"));
    ASSERT_TRUE(first.addComment(comment));
    EXPECT_EQ(second.comment(comment.localId), comment);
    ASSERT_TRUE(second.saveDraft(everyField));
    EXPECT_EQ(first.draft(), everyField);
}

// Two stores (as two app instances) race for the same comments from two threads; each comment is claimed
// exactly once.
TEST_F(CommentStoreTest, TwoStoresClaimingConcurrentlyNeverClaimOneCommentTwice)
{
    constexpr int rounds = 30;
    CommentStore setup(path);
    for (int round = 0; round < rounds; ++round) {
        const OwnComment comment = queued(QStringLiteral("race %1").arg(round));
        ASSERT_TRUE(setup.addComment(comment));

        std::atomic<int> ready {0};
        QStringList claimedBy[2];
        QString errors[2];
        const auto contender = [&](int index) {
            CommentStore store(path);
            ++ready;
            while (ready.load() < 2) { }
            const QString owner = QStringLiteral("owner%1").arg(index);
            if (const auto claimed = store.claimNextDue(owner, t0, t0.addSecs(60)))
                claimedBy[index].append(claimed->localId);
            errors[index] = store.lastError();
        };
        std::thread a(contender, 0);
        std::thread b(contender, 1);
        a.join();
        b.join();
        EXPECT_TRUE(errors[0].isEmpty() && errors[1].isEmpty()) << errors[0].toStdString() << errors[1].toStdString();
        ASSERT_EQ(claimedBy[0].size() + claimedBy[1].size(), 1) << "round " << round;
        ASSERT_TRUE(setup.markDelivered(comment.localId,
                                        claimedBy[0].isEmpty() ? QStringLiteral("owner1") : QStringLiteral("owner0"),
                                        State::Sent,
                                        {}));
    }
}

TEST_F(CommentStoreTest, TwoStoresDrainingAQueueTogetherClaimEachCommentOnce)
{
    constexpr int count = 60;
    QSet<QString> all;
    {
        CommentStore setup(path);
        for (int i = 0; i < count; ++i) {
            const OwnComment comment = queued(QStringLiteral("c%1").arg(i), t0.addMSecs(i));
            ASSERT_TRUE(setup.addComment(comment));
            all.insert(comment.localId);
        }
    }
    QStringList claimedBy[2];
    const auto drain = [&](int index) {
        CommentStore store(path);
        const QString owner = QStringLiteral("owner%1").arg(index);
        while (const auto claimed = store.claimNextDue(owner, t0.addSecs(1), t0.addSecs(60))) {
            claimedBy[index].append(claimed->localId);
            store.markDelivered(claimed->localId, owner, State::Sent, {});
        }
    };
    std::thread a(drain, 0);
    std::thread b(drain, 1);
    a.join();
    b.join();
    const QStringList both = claimedBy[0] + claimedBy[1];
    EXPECT_EQ(both.size(), count);
    EXPECT_EQ(QSet<QString>(both.cbegin(), both.cend()), all);
}

TEST_F(CommentStoreTest, SetsAsideAFileOfRandomBytesAndStillWorks)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray noise(8192, '\0');
    QRandomGenerator generator(7);
    for (char& byte : noise)
        byte = char(generator.bounded(256));
    writeBytes(path, noise);

    CommentStore store(path);
    const auto& report = store.openReport();
    EXPECT_EQ(report.status, Status::Recovered);
    EXPECT_EQ(report.recoveredComments, 0);
    EXPECT_TRUE(report.setAsidePath.startsWith(path + QStringLiteral(".corrupt-")))
        << report.setAsidePath.toStdString();
    EXPECT_EQ(fileBytes(report.setAsidePath), noise);
    EXPECT_TRUE(report.message.contains(QStringLiteral("damaged"))) << report.message.toStdString();
    EXPECT_TRUE(report.message.contains(QDir::toNativeSeparators(report.setAsidePath))) << report.message.toStdString();
    EXPECT_TRUE(store.isPersistent());
    const OwnComment comment = queued(QStringLiteral("still works"));
    ASSERT_TRUE(store.addComment(comment)) << store.lastError().toStdString();

    CommentStore reopened(path);
    EXPECT_EQ(reopened.openReport().status, Status::Ok);
    EXPECT_EQ(reopened.comments(), QList<OwnComment> {comment});
}

TEST_F(CommentStoreTest, SalvagesTheReadableRowsOfATruncatedFile)
{
    constexpr int count = 40;
    QHash<QString, OwnComment> originals;
    {
        CommentStore store(path);
        for (int i = 0; i < count; ++i) {
            // Long texts spread the rows over many pages, so the cut loses some and keeps others.
            const OwnComment comment
                = queued(QStringLiteral("%1 %2").arg(i).arg(QStringLiteral("长评论 ").repeated(300)), t0.addSecs(i));
            ASSERT_TRUE(store.addComment(comment));
            originals.insert(comment.localId, comment);
        }
        ASSERT_TRUE(store.saveDraft(everyField));
    }
    const QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), 100'000);
    writeBytes(path, bytes.left(bytes.size() * 6 / 10));

    CommentStore store(path);
    const auto& report = store.openReport();
    EXPECT_EQ(report.status, Status::Recovered) << report.detail.toStdString();
    EXPECT_GT(report.recoveredComments, 0);
    EXPECT_LT(report.recoveredComments, count);
    EXPECT_TRUE(report.message.contains(QStringLiteral("%1 of your").arg(report.recoveredComments)))
        << report.message.toStdString();
    const QList<OwnComment> recovered = store.comments();
    EXPECT_EQ(recovered.size(), report.recoveredComments);
    int intact = 0;
    for (const OwnComment& comment : recovered) {
        const OwnComment original = originals.value(comment.localId);
        if (comment == original) {
            ++intact;
            continue;
        }
        // A row cut in the middle keeps what it can, and waits for the reader to check it.
        EXPECT_EQ(comment.state, State::Failed) << comment.localId.toStdString();
        EXPECT_TRUE(comment.lastError.contains(QStringLiteral("check the text"))) << comment.lastError.toStdString();
        // The cut can fall inside a character: its last one may be made of whatever bytes follow the cut.
        const QString kept = comment.content.text.chopped(std::min<qsizetype>(1, comment.content.text.size()));
        EXPECT_TRUE(original.content.text.startsWith(kept)) << comment.localId.toStdString();
    }
    EXPECT_GT(intact, 0);
    EXPECT_TRUE(QFileInfo::exists(report.setAsidePath));
}

TEST_F(CommentStoreTest, SetsAsideAStoreFromANewerVersionAndCopiesItsComments)
{
    const OwnComment comment = queued(QStringLiteral("from the future"));
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(comment));
        ASSERT_TRUE(store.saveProfile({QStringLiteral("n"), QStringLiteral("m@example.com")}));
    }
    execOnFile(path, QStringLiteral("PRAGMA user_version = %1").arg(CommentStore::schemaVersion + 5));

    CommentStore store(path);
    const auto& report = store.openReport();
    EXPECT_EQ(report.status, Status::Recovered);
    EXPECT_TRUE(report.message.contains(QStringLiteral("newer version"))) << report.message.toStdString();
    EXPECT_EQ(report.recoveredComments, 1);
    EXPECT_EQ(store.comments(), QList<OwnComment> {comment});
    EXPECT_EQ(store.profile().nick, QStringLiteral("n"));
    EXPECT_TRUE(QFileInfo::exists(report.setAsidePath));
}

TEST_F(CommentStoreTest, ASendingCommentSalvagedFromADamagedFileIsQueuedAgain)
{
    const OwnComment comment = queued(QStringLiteral("in flight"));
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(comment));
        ASSERT_TRUE(store.claimNextDue(QStringLiteral("me"), t0, t0.addSecs(60)).has_value());
    }
    execOnFile(path, QStringLiteral("PRAGMA user_version = 99"));
    CommentStore store(path);
    ASSERT_EQ(store.openReport().recoveredComments, 1);
    const OwnComment salvaged = store.comments().constFirst();
    EXPECT_EQ(salvaged.state, State::Queued);
    EXPECT_EQ(salvaged.attempts, 1);
    EXPECT_TRUE(store.claimNextDue(QStringLiteral("other"), QDateTime::currentDateTimeUtc(), t0).has_value());
}

TEST_F(CommentStoreTest, RunsInMemoryWhenTheFolderCannotBeCreated)
{
    const QString blocker = dir.filePath(QStringLiteral("file"));
    writeBytes(blocker, "not a folder");
    const QString blockedPath = blocker + QStringLiteral("/comments.sqlite");

    CommentStore store(blockedPath);
    EXPECT_EQ(store.openReport().status, Status::InMemory);
    EXPECT_FALSE(store.isPersistent());
    EXPECT_TRUE(store.openReport().message.contains(QDir::toNativeSeparators(blockedPath)))
        << store.openReport().message.toStdString();
    const OwnComment comment = queued(QStringLiteral("kept for now"));
    ASSERT_TRUE(store.addComment(comment)) << store.lastError().toStdString();
    ASSERT_TRUE(store.saveDraft(everyField));
    EXPECT_EQ(store.comments(), QList<OwnComment> {comment});
    EXPECT_EQ(store.draft(), everyField);
    EXPECT_EQ(fileBytes(blocker), QByteArray("not a folder"));
}

TEST_F(CommentStoreTest, RunsInMemoryWhenThePathIsAFolder)
{
    QDir().mkpath(path);
    CommentStore store(path);
    EXPECT_EQ(store.openReport().status, Status::InMemory) << store.openReport().detail.toStdString();
    EXPECT_TRUE(QFileInfo(path).isDir());
    ASSERT_TRUE(store.addComment(queued(QStringLiteral("x")))) << store.lastError().toStdString();
}

TEST_F(CommentStoreTest, IsReadOnlyWithTheOldCommentsInAReadOnlyFolder)
{
    const OwnComment comment = queued(QStringLiteral("written before"));
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(comment));
    }
    const QString folder = QFileInfo(path).absolutePath();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner);
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    QFile probe(dir.filePath(QStringLiteral("data/probe")));
    if (probe.open(QIODevice::WriteOnly))
        GTEST_SKIP() << "permissions are not enforced for this user (root?); "
                        "AReadOnlyStoreSaysSoDeliversWhatIsQueuedAndRefusesNewComments covers it";

    CommentStore store(path);
    EXPECT_EQ(store.openReport().status, Status::ReadOnly) << store.openReport().detail.toStdString();
    EXPECT_EQ(store.openReport().recoveredComments, 1);
    EXPECT_EQ(store.comments(), QList<OwnComment> {comment});
    EXPECT_FALSE(store.addComment(queued(QStringLiteral("new"))));
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("cannot be written"))) << store.lastError().toStdString();
    EXPECT_EQ(store.comments().size(), 1);
}

namespace {

// The pid of a child process that was started and killed: a process that is certainly gone.
qint64 pidOfAKilledChild()
{
    QProcess child;
    child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    if (!child.waitForStarted())
        return 0;
    const qint64 pid = child.processId();
    child.kill();
    child.waitForFinished();
    return pid;
}

CommentStore::Options as(qint64 pid, const QString& host = QSysInfo::machineHostName())
{
    CommentStore::Options options;
    options.self = ProcessIdentity {pid, host};
    return options;
}

CommentStore::Options readOnly()
{
    CommentStore::Options options;
    options.readOnly = true;
    return options;
}

} // namespace

// SQLite takes a file shorter than its header for a new database: the comments it held would vanish unsaid.
TEST_F(CommentStoreTest, SetsAsideAnEmptyOrHeaderShortFileAndSaysSo)
{
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(queued(QStringLiteral("queued before the damage"))));
    }
    const QByteArray whole = fileBytes(path);
    for (const int size : {0, 1, 50, 99}) {
        SCOPED_TRACE(size);
        writeBytes(path, whole.left(size));
        CommentStore store(path);
        const auto& report = store.openReport();
        EXPECT_EQ(report.status, Status::Recovered) << report.detail.toStdString();
        EXPECT_TRUE(report.message.contains(QStringLiteral("damaged"))) << report.message.toStdString();
        EXPECT_TRUE(report.message.contains(QDir::toNativeSeparators(report.setAsidePath)));
        EXPECT_EQ(fileBytes(report.setAsidePath), whole.left(size));
        EXPECT_TRUE(store.isPersistent());
        EXPECT_TRUE(store.comments().isEmpty());
    }
}

TEST_F(CommentStoreTest, AFileCutAnywhereIsSetAsideWithItsReadableComments)
{
    const OwnComment comment = queued(QStringLiteral("keep me"));
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(comment));
        for (int i = 0; i < 20; ++i)
            ASSERT_TRUE(store.addComment(queued(QStringLiteral("filler %1 ").arg(i).repeated(200))));
    }
    const QByteArray whole = fileBytes(path);
    ASSERT_GT(whole.size(), 3 * 4096);
    for (const qsizetype size : {qsizetype(100), qsizetype(512), qsizetype(4096), qsizetype(4097), whole.size() / 2}) {
        SCOPED_TRACE(size);
        writeBytes(path, whole.left(size));
        CommentStore store(path);
        const auto& report = store.openReport();
        EXPECT_EQ(report.status, Status::Recovered) << report.detail.toStdString();
        EXPECT_EQ(fileBytes(report.setAsidePath), whole.left(size));
        EXPECT_EQ(store.comments().size(), report.recoveredComments);
    }
}

// Root ignores permission bits, so a chmod cannot make a file read-only here; SQLite's read-only open can,
// and the store has to find out by itself, as on a read-only mount (BEGIN IMMEDIATE succeeds there).
TEST_F(CommentStoreTest, AReadOnlyStoreSaysSoDeliversWhatIsQueuedAndRefusesNewComments)
{
    const OwnComment waiting = queued(QStringLiteral("queued before the folder became read-only"));
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(waiting));
        ASSERT_TRUE(store.saveDraft(everyField));
    }
    const QByteArray before = fileBytes(path);

    CommentStore store(path, readOnly());
    const auto& report = store.openReport();
    EXPECT_EQ(report.status, Status::ReadOnly) << report.detail.toStdString();
    EXPECT_FALSE(store.isPersistent());
    EXPECT_TRUE(report.message.contains(QDir::toNativeSeparators(path))) << report.message.toStdString();
    EXPECT_TRUE(report.message.contains(QStringLiteral("cannot be stored"))) << report.message.toStdString();
    EXPECT_EQ(report.recoveredComments, 1);
    EXPECT_EQ(store.comments(), QList<OwnComment> {waiting});
    EXPECT_EQ(store.draft(), everyField);

    EXPECT_FALSE(store.addComment(queued(QStringLiteral("new"))));
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("cannot be written"))) << store.lastError().toStdString();
    EXPECT_EQ(store.comments().size(), 1);

    // Delivery goes on, recorded for this session.
    const std::optional<OwnComment> claimed = store.claimNextDue(QStringLiteral("me"), t0, t0.addSecs(60));
    ASSERT_TRUE(claimed.has_value()) << store.lastError().toStdString();
    ASSERT_TRUE(store.markDelivered(waiting.localId, QStringLiteral("me"), State::Sent, QStringLiteral("7")));
    EXPECT_EQ(store.comment(waiting.localId)->state, State::Sent);
    EXPECT_FALSE(store.claimNextDue(QStringLiteral("me"), t0.addDays(1), t0.addDays(2)).has_value());

    EXPECT_EQ(fileBytes(path), before);
    CommentStore writable(path);
    EXPECT_EQ(writable.openReport().status, Status::Ok);
    EXPECT_EQ(writable.comment(waiting.localId)->state, State::Queued);
}

namespace {

// From now on the file refuses every write, as after a read-only remount, on each open store connection
// ("CommentStore-..."): SQLite answers SQLITE_READONLY, as it does there. Root ignores permission bits.
void makeStoreFilesRefuseWrites()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QStringLiteral("CommentStore-")))
            continue;
        QSqlQuery query(QSqlDatabase::database(name, false));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA query_only = ON"))) << query.lastError().text().toStdString();
    }
}

} // namespace

// The gap a read-only open at start does not cover: the file stops taking writes while the store is open. The
// delivery already made must be recorded somewhere (else the comment shows Sending for good, or is sent again),
// the rest still delivered, and the reader told.
TEST_F(CommentStoreTest, GoesOnInMemoryWhenTheFileStopsTakingWritesDuringTheSession)
{
    CommentStore store(path);
    const OwnComment first = queued(QStringLiteral("sent as the folder became read-only"));
    const OwnComment second = queued(QStringLiteral("still queued then"), t0.addSecs(1));
    ASSERT_TRUE(store.addComment(first));
    ASSERT_TRUE(store.addComment(second));
    ASSERT_TRUE(store.saveDraft(everyField));
    const std::optional<OwnComment> claimed = store.claimNextDue(QStringLiteral("me"), t0, t0.addSecs(60));
    ASSERT_TRUE(claimed.has_value());
    ASSERT_EQ(claimed->localId, first.localId);
    EXPECT_TRUE(store.sessionProblem().isEmpty());

    makeStoreFilesRefuseWrites();
    ASSERT_TRUE(store.markDelivered(first.localId, QStringLiteral("me"), State::Sent, QStringLiteral("41")))
        << store.lastError().toStdString();
    EXPECT_EQ(store.comment(first.localId)->state, State::Sent);
    EXPECT_EQ(store.comment(first.localId)->serverId, QStringLiteral("41"));
    EXPECT_FALSE(store.isPersistent());
    EXPECT_TRUE(store.sessionProblem().contains(QDir::toNativeSeparators(path)))
        << store.sessionProblem().toStdString();
    EXPECT_TRUE(store.sessionProblem().contains(QStringLiteral("still sent"))) << store.sessionProblem().toStdString();
    EXPECT_FALSE(store.sessionProblemDetail().isEmpty());
    EXPECT_EQ(store.draft(), everyField);

    // Sent is never claimed again; the other one still goes out.
    const std::optional<OwnComment> next = store.claimNextDue(QStringLiteral("me"), t0.addDays(1), t0.addDays(2));
    ASSERT_TRUE(next.has_value()) << store.lastError().toStdString();
    EXPECT_EQ(next->localId, second.localId);
    ASSERT_TRUE(store.markDelivered(second.localId, QStringLiteral("me"), State::Sent, QStringLiteral("42")));
    EXPECT_FALSE(store.claimNextDue(QStringLiteral("me"), t0.addDays(3), t0.addDays(4)).has_value());
    EXPECT_TRUE(store.lastError().isEmpty()) << store.lastError().toStdString();

    // Nothing new is taken that could not be kept; the draft still follows the form, in memory.
    EXPECT_FALSE(store.addComment(queued(QStringLiteral("new"))));
    EXPECT_TRUE(store.lastError().contains(QStringLiteral("cannot be written"))) << store.lastError().toStdString();
    CommentDraft edited = everyField;
    edited.text = QStringLiteral("typed after the remount");
    EXPECT_TRUE(store.saveDraft(edited)) << store.lastError().toStdString();
    EXPECT_EQ(store.draft(), edited);

    // The file kept what it held before: the next start sends both again, and the server's duplicate answer
    // settles them.
    CommentStore later(path);
    EXPECT_EQ(later.comment(first.localId)->state, State::Sending);
    EXPECT_EQ(later.comment(second.localId)->state, State::Queued);
    EXPECT_EQ(later.draft(), everyField);
}

TEST_F(CommentStoreTest, MigratesAnOlderFileAndSaysReadOnlyWhenItCannotBeMigrated)
{
    const OwnComment waiting = queued(QStringLiteral("from version 1"));
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(waiting));
    }
    const auto makeVersion1 = [this] {
        execOnFile(path, QStringLiteral("DROP TABLE instances"));
        execOnFile(path, QStringLiteral("ALTER TABLE own_comments DROP COLUMN claim_pid"));
        execOnFile(path, QStringLiteral("ALTER TABLE own_comments DROP COLUMN claim_host"));
        execOnFile(path, QStringLiteral("ALTER TABLE own_comments DROP COLUMN claim_start"));
        for (const char* table : {"draft", "own_comments"}) {
            for (const char* column : {"quote", "reply_pid", "reply_rid", "reply_at"})
                execOnFile(
                    path,
                    QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(QLatin1String(table), QLatin1String(column)));
        }
        execOnFile(path, QStringLiteral("PRAGMA user_version = 1"));
    };
    makeVersion1();
    {
        CommentStore store(path, readOnly());
        EXPECT_EQ(store.openReport().status, Status::ReadOnly) << store.openReport().detail.toStdString();
        EXPECT_EQ(store.comments(), QList<OwnComment> {waiting});
    }
    CommentStore store(path);
    EXPECT_EQ(store.openReport().status, Status::Ok) << store.openReport().detail.toStdString();
    EXPECT_EQ(store.comments(), QList<OwnComment> {waiting});
    ASSERT_TRUE(store.claimNextDue(QStringLiteral("me"), t0, t0.addSecs(60)).has_value())
        << store.lastError().toStdString();
}

namespace {

// The schema exactly as version 2 of the app wrote it (its migrations 0 and 1), with a draft, a profile and
// comments in each state that matters, as that version's code stored them.
void makeVersion2File(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const char* sql :
         {"CREATE TABLE draft (id INTEGER PRIMARY KEY CHECK (id = 1), nick TEXT NOT NULL, mail TEXT NOT NULL, "
          "text TEXT NOT NULL, city_id TEXT NOT NULL)",
          "CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), nick TEXT NOT NULL, mail TEXT NOT NULL)",
          "CREATE TABLE own_comments (local_id TEXT PRIMARY KEY NOT NULL, nick TEXT NOT NULL, mail TEXT NOT NULL, "
          "text TEXT NOT NULL, city_id TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL, "
          "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER, last_error TEXT NOT NULL DEFAULT '', "
          "server_id TEXT NOT NULL DEFAULT '', claim_owner TEXT, claim_until INTEGER)",
          "CREATE INDEX own_comments_due ON own_comments (state, next_attempt_at)",
          "ALTER TABLE own_comments ADD COLUMN claim_pid INTEGER",
          "ALTER TABLE own_comments ADD COLUMN claim_host TEXT",
          "CREATE TABLE instances (instance_id TEXT PRIMARY KEY NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, "
          "opened_at INTEGER NOT NULL)",
          "INSERT INTO draft VALUES (1, '读者', 'r@example.com', 'half typed > 深圳', 'hefei')",
          "INSERT INTO profile VALUES (1, 'pn', 'pm')",
          "INSERT INTO own_comments (local_id, nick, mail, text, city_id, created_at, state, attempts, "
          "next_attempt_at, last_error, server_id) VALUES ('queued-1', 'n', 'm', 'waiting 😀', 'tianjin', "
          "1700000000000, 'queued', 2, 1700000030000, 'offline', '')",
          "INSERT INTO own_comments (local_id, nick, mail, text, city_id, created_at, state, attempts, "
          "next_attempt_at, last_error, server_id) VALUES ('sent-1', 'n', '', 'delivered', '', 1700000005000, "
          "'sent', 1, NULL, '', 'srv-9')",
          "PRAGMA user_version = 2"}) {
        execOnFile(path, QString::fromUtf8(sql));
    }
}

int userVersion(const QString& path)
{
    const QString name = QUuid::createUuid().toString();
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

TEST_F(CommentStoreTest, MigratesAVersion2FileWithNothingLost)
{
    makeVersion2File(path);
    CommentStore store(path);
    ASSERT_EQ(store.openReport().status, Status::Ok) << store.openReport().detail.toStdString();
    EXPECT_EQ(userVersion(path), CommentStore::schemaVersion);
    CommentDraft draft;
    draft.nick = QStringLiteral("读者");
    draft.mail = QStringLiteral("r@example.com");
    draft.text = QStringLiteral("half typed > 深圳");
    draft.cityId = QStringLiteral("hefei");
    EXPECT_EQ(store.draft(), draft);
    EXPECT_EQ(store.profile(), (CommentStore::Profile {QStringLiteral("pn"), QStringLiteral("pm")}));

    OwnComment waiting;
    waiting.localId = QStringLiteral("queued-1");
    waiting.content.nick = QStringLiteral("n");
    waiting.content.mail = QStringLiteral("m");
    waiting.content.text = QStringLiteral("waiting 😀");
    waiting.content.cityId = QStringLiteral("tianjin");
    waiting.createdAt = t0;
    waiting.attempts = 2;
    waiting.nextAttemptAt = t0.addSecs(30);
    waiting.lastError = QStringLiteral("offline");
    OwnComment sent;
    sent.localId = QStringLiteral("sent-1");
    sent.content.nick = QStringLiteral("n");
    sent.content.text = QStringLiteral("delivered");
    sent.createdAt = t0.addSecs(5);
    sent.state = State::Sent;
    sent.attempts = 1;
    sent.serverId = QStringLiteral("srv-9");
    EXPECT_EQ(store.comments(), (QList<OwnComment> {sent, waiting}));

    // The migrated file takes the new fields at once, and the queued comment is still sent.
    draft.quote = QStringLiteral("a passage");
    ASSERT_TRUE(store.saveDraft(draft)) << store.lastError().toStdString();
    EXPECT_EQ(store.draft(), draft);
    const std::optional<OwnComment> claimed = store.claimNextDue(QStringLiteral("me"), t0.addSecs(30), t0.addSecs(90));
    ASSERT_TRUE(claimed.has_value()) << store.lastError().toStdString();
    EXPECT_EQ(claimed->localId, waiting.localId);
}

TEST_F(CommentStoreTest, MigratingIsDoneOnceAndAReopenedFileKeepsTheNewFields)
{
    makeVersion2File(path);
    OwnComment quoted = queued(QStringLiteral("about this"));
    quoted.content.quote = QStringLiteral("Shenzhen one of four AI zones");
    quoted.content.replyTo = CommentReplyTarget {QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("Ann")};
    {
        CommentStore store(path);
        ASSERT_EQ(store.openReport().status, Status::Ok) << store.openReport().detail.toStdString();
        ASSERT_TRUE(store.addComment(quoted)) << store.lastError().toStdString();
    }
    CommentStore reopened(path);
    EXPECT_EQ(reopened.openReport().status, Status::Ok) << reopened.openReport().detail.toStdString();
    EXPECT_EQ(reopened.comment(quoted.localId), quoted);
    EXPECT_EQ(reopened.comments().size(), 3);
}

TEST_F(CommentStoreTest, ADraftHoldingOnlyAQuoteOrAReplyTargetIsKept)
{
    CommentDraft onlyQuote;
    onlyQuote.quote = QStringLiteral("a passage");
    CommentDraft onlyReply;
    onlyReply.replyTo.parentId = QStringLiteral("42");
    EXPECT_FALSE(onlyQuote.isEmpty());
    EXPECT_FALSE(onlyReply.isEmpty());
    {
        CommentStore store(path);
        ASSERT_TRUE(store.saveDraft(onlyQuote)) << store.lastError().toStdString();
    }
    {
        CommentStore store(path);
        EXPECT_EQ(store.draft(), onlyQuote);
        ASSERT_TRUE(store.saveDraft(onlyReply));
    }
    CommentStore store(path);
    EXPECT_EQ(store.draft(), onlyReply);
}

TEST_F(CommentStoreTest, KeepsTheQuoteAndReplyTargetOfACommentThroughEveryPath)
{
    OwnComment comment = queued(QStringLiteral("the comment"));
    comment.content = everyField;
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(comment)) << store.lastError().toStdString();
        const std::optional<OwnComment> claimed = store.claimNextDue(QStringLiteral("me"), t0, t0.addSecs(60));
        ASSERT_TRUE(claimed.has_value());
        EXPECT_EQ(claimed->content, everyField);
        ASSERT_TRUE(store.markFailed(comment.localId, QStringLiteral("me"), QStringLiteral("refused")));
    }
    CommentStore store(path);
    ASSERT_EQ(store.comments().size(), 1);
    EXPECT_EQ(store.comments().constFirst().content, everyField);
    const std::optional<CommentDraft> back = store.returnToDraft(comment.localId);
    ASSERT_TRUE(back.has_value()) << store.lastError().toStdString();
    EXPECT_EQ(*back, everyField);
    EXPECT_EQ(store.draft(), everyField);
}

TEST_F(CommentStoreTest, SalvagesTheQuoteAndReplyTargetFromADamagedFile)
{
    OwnComment comment = queued(QStringLiteral("the comment"));
    comment.content = everyField;
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(comment));
        ASSERT_TRUE(store.saveDraft(everyField));
    }
    execOnFile(path, QStringLiteral("PRAGMA user_version = 99"));
    CommentStore store(path);
    EXPECT_EQ(store.openReport().status, Status::Recovered);
    ASSERT_EQ(store.comments().size(), 1);
    EXPECT_EQ(store.comments().constFirst().content, everyField);
    EXPECT_EQ(store.draft(), everyField);
}

TEST_F(CommentStoreTest, TakesOverAtOnceTheClaimOfAProcessThatIsGone)
{
    const qint64 gone = pidOfAKilledChild();
    ASSERT_GT(gone, 0);
    const OwnComment comment = queued(QStringLiteral("claimed by a killed app"));
    {
        CommentStore killed(path, as(gone));
        ASSERT_TRUE(killed.addComment(comment));
        ASSERT_TRUE(killed.claimNextDue(QStringLiteral("killed"), t0, t0.addSecs(60)).has_value());
    }
    CommentStore store(path);
    const std::optional<OwnComment> taken = store.claimNextDue(QStringLiteral("me"), t0.addSecs(1), t0.addSecs(61));
    ASSERT_TRUE(taken.has_value()) << store.lastError().toStdString();
    EXPECT_EQ(taken->localId, comment.localId);
    EXPECT_EQ(taken->attempts, 2);
    EXPECT_FALSE(store.markDelivered(comment.localId, QStringLiteral("killed"), State::Sent, {}));
    EXPECT_TRUE(store.markDelivered(comment.localId, QStringLiteral("me"), State::Sent, {}));
}

TEST_F(CommentStoreTest, WaitsForTheClaimOfALiveProcessOrOfAnotherHost)
{
    const qint64 gone = pidOfAKilledChild();
    ASSERT_GT(gone, 0);
    const ProcessIdentity here = ProcessIdentity::current();
    for (const CommentStore::Options& claimant : {as(here.pid), as(gone, here.host + QStringLiteral(".elsewhere"))}) {
        SCOPED_TRACE(claimant.self.host.toStdString());
        QFile::remove(path);
        {
            CommentStore other(path, claimant);
            ASSERT_TRUE(other.addComment(queued(QStringLiteral("claimed"))));
            ASSERT_TRUE(other.claimNextDue(QStringLiteral("other"), t0, t0.addSecs(60)).has_value());
        }
        CommentStore store(path);
        EXPECT_FALSE(store.claimNextDue(QStringLiteral("me"), t0.addSecs(59), t0.addSecs(119)).has_value());
        EXPECT_TRUE(store.claimNextDue(QStringLiteral("me"), t0.addSecs(60), t0.addSecs(120)).has_value());
    }
}

// A pid is reused: the claimant died and another process got its pid. kill() finds the pid alive; the start
// time recorded with the claim tells the newcomer from the claimant, so the claim is taken over at once. The
// claimant here is this very process under another start time, which is what a reused pid looks like.
TEST_F(CommentStoreTest, TakesOverAtOnceAClaimWhosePidIsAliveButStartedAtAnotherTime)
{
    const ProcessIdentity here = ProcessIdentity::current();
    ASSERT_GT(here.startTime, 0);
    CommentStore::Options reused;
    reused.self = ProcessIdentity {here.pid, here.host, here.startTime - 1};
    CommentStore::Options alive;
    alive.self = here;
    for (const CommentStore::Options& claimant : {reused, alive}) {
        const bool isReused = claimant.self.startTime != here.startTime;
        SCOPED_TRACE(isReused ? "reused pid" : "the claimant itself");
        QFile::remove(path);
        const OwnComment comment = queued(QStringLiteral("claimed"));
        {
            CommentStore other(path, claimant);
            ASSERT_TRUE(other.addComment(comment));
            ASSERT_TRUE(other.claimNextDue(QStringLiteral("other"), t0, t0.addSecs(60)).has_value());
        }
        CommentStore store(path);
        const std::optional<OwnComment> taken = store.claimNextDue(QStringLiteral("me"), t0.addSecs(1), t0.addSecs(61));
        EXPECT_EQ(taken.has_value(), isReused) << store.lastError().toStdString();
        if (isReused) {
            EXPECT_EQ(taken->attempts, 2);
            EXPECT_FALSE(store.markDelivered(comment.localId, QStringLiteral("other"), State::Sent, {}));
            EXPECT_TRUE(store.markDelivered(comment.localId, QStringLiteral("me"), State::Sent, {}));
        }
    }
}

// The same for the list of open windows: a window recorded under a reused pid is not counted as open.
TEST_F(CommentStoreTest, AnInstanceUnderAReusedPidDoesNotCount)
{
    const ProcessIdentity here = ProcessIdentity::current();
    ASSERT_GT(here.startTime, 0);
    CommentStore::Options reused;
    reused.self = ProcessIdentity {here.pid, here.host, here.startTime - 1};
    CommentStore::Options alive;
    alive.self = here;
    auto left = std::make_unique<CommentStore>(path, reused);
    CommentStore store(path, alive);
    EXPECT_EQ(store.openReport().otherInstances, 0);
    EXPECT_TRUE(store.openReport().notice.isEmpty()) << store.openReport().notice.toStdString();
}

TEST_F(CommentStoreTest, ASecondStoreOnTheFileIsToldOnceThatAnotherWindowSharesIt)
{
    auto first = std::make_unique<CommentStore>(path);
    EXPECT_TRUE(first->openReport().notice.isEmpty()) << first->openReport().notice.toStdString();
    EXPECT_EQ(first->openReport().otherInstances, 0);
    {
        CommentStore second(path);
        EXPECT_EQ(second.openReport().status, Status::Ok);
        EXPECT_EQ(second.openReport().otherInstances, 1);
        EXPECT_TRUE(second.openReport().notice.contains(QStringLiteral("Another Pilot Zones window")))
            << second.openReport().notice.toStdString();
        // Told once: the first store's report does not change.
        EXPECT_TRUE(first->openReport().notice.isEmpty());
    }
    first.reset();
    CommentStore alone(path);
    EXPECT_TRUE(alone.openReport().notice.isEmpty()) << alone.openReport().notice.toStdString();
}

TEST_F(CommentStoreTest, AnInstanceWhoseProcessIsGoneDoesNotCountAndIsForgotten)
{
    const qint64 gone = pidOfAKilledChild();
    ASSERT_GT(gone, 0);
    {
        CommentStore store(path);
    }
    execOnFile(
        path,
        QStringLiteral("INSERT INTO instances (instance_id, pid, host, opened_at) VALUES ('killed', %1, '%2', 0)")
            .arg(QString::number(gone), QSysInfo::machineHostName()));
    {
        CommentStore store(path);
        EXPECT_EQ(store.openReport().otherInstances, 0);
        EXPECT_TRUE(store.openReport().notice.isEmpty()) << store.openReport().notice.toStdString();
    }
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM instances")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(name);
}

// Run only as a child by TakesOverTheClaimOfAKilledChildProcessAtOnce: claims the due comment of the store at
// $PILOTZONES_CLAIM_HELPER_STORE, says so on stdout, and waits to be killed.
TEST(CommentStoreClaimHelper, DISABLED_ClaimsAndWaitsToBeKilled)
{
    const QString helperPath = qEnvironmentVariable("PILOTZONES_CLAIM_HELPER_STORE");
    if (helperPath.isEmpty())
        GTEST_SKIP() << "run by TakesOverTheClaimOfAKilledChildProcessAtOnce only";
    CommentStore store(helperPath);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(store.claimNextDue(QStringLiteral("child"), now, now.addSecs(600)).has_value());
    std::cout << "claimed" << std::endl;
    std::string line;
    std::getline(std::cin, line); // the parent never writes: it kills
}

TEST_F(CommentStoreTest, TakesOverTheClaimOfAKilledChildProcessAtOnce)
{
    const OwnComment comment = queued(QStringLiteral("claimed by a window that is then killed"));
    {
        CommentStore store(path);
        ASSERT_TRUE(store.addComment(comment));
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PILOTZONES_CLAIM_HELPER_STORE"), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_also_run_disabled_tests"),
                 QStringLiteral("--gtest_filter=CommentStoreClaimHelper.DISABLED_ClaimsAndWaitsToBeKilled")});
    ASSERT_TRUE(child.waitForStarted());
    QByteArray output;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
            return output.contains("claimed") || child.state() == QProcess::NotRunning;
        },
        30000));
    ASSERT_TRUE(output.contains("claimed")) << output.toStdString() << child.readAllStandardError().toStdString();

    CommentStore store(path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(store.comment(comment.localId)->state, State::Sending);
    // The child is alive: its claim holds.
    EXPECT_FALSE(store.claimNextDue(QStringLiteral("me"), now, now.addSecs(60)).has_value());
    child.kill();
    ASSERT_TRUE(child.waitForFinished());
    const std::optional<OwnComment> taken = store.claimNextDue(QStringLiteral("me"), now, now.addSecs(60));
    ASSERT_TRUE(taken.has_value()) << store.lastError().toStdString();
    EXPECT_EQ(taken->localId, comment.localId);
    EXPECT_EQ(taken->attempts, 2);
}
