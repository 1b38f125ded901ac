// Replays every seed (corpus/<check>/) and every input a fuzzer once broke (crashes/<check>/) through the same
// checks as the libFuzzer targets, in the normal and sanitizer test builds, so a find stays fixed.
#include "FuzzChecks.h"
#include "net/WalineProtocol.h"
#include "storage/CommentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace {

using Check = std::function<QString(const QByteArray&)>;

// The check of each libFuzzer target, by the name of its corpus folder.
const std::map<std::string, Check>& checks()
{
    static const std::map<std::string, Check> table {
        {"articleLoader", FuzzChecks::articleLoader},
        {"cityZoneLoader", FuzzChecks::cityZoneLoader},
        {"walineReply", FuzzChecks::walineReply},
        {"retryAfter", FuzzChecks::retryAfter},
        {"commentRules", FuzzChecks::commentRules},
        {"commentStore",
         [](const QByteArray& input) {
             QTemporaryDir folder;
             return folder.isValid() ? FuzzChecks::commentStore(input, folder.filePath(QStringLiteral("store")))
                                     : QStringLiteral("no temporary folder");
         }},
    };
    return table;
}

struct Input
{
    std::string check;
    // "corpus" or "crashes"
    std::string kind;
    QString path;
};

void PrintTo(const Input& input, std::ostream* out)
{
    *out << input.check << " " << input.kind << " " << QFileInfo(input.path).fileName().toStdString();
}

std::vector<Input> inputs()
{
    std::vector<Input> list;
    for (const auto& [check, function] : checks()) {
        for (const char* kind : {"corpus", "crashes"}) {
            const QDir dir(
                QStringLiteral(PILOTZONES_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), QString::fromStdString(check)));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (const QString& file : files)
                list.push_back({check, kind, dir.filePath(file)});
        }
    }
    return list;
}

std::string testName(const ::testing::TestParamInfo<Input>& info)
{
    std::string name
        = info.param.check + "_" + info.param.kind + "_" + QFileInfo(info.param.path).completeBaseName().toStdString();
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name + "_" + std::to_string(info.index);
}

class FuzzInputTest : public ::testing::TestWithParam<Input>
{
};

TEST_P(FuzzInputTest, KeepsItsContract)
{
    QFile file(GetParam().path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << GetParam().path.toStdString();
    const QString broken = checks().at(GetParam().check)(file.readAll());
    EXPECT_TRUE(broken.isEmpty()) << broken.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Replay, FuzzInputTest, ::testing::ValuesIn(inputs()), testName);

// Without seeds a target starts from nothing and the replay above proves nothing.
TEST(FuzzCorpusTest, EveryTargetHasSeeds)
{
    for (const auto& [check, function] : checks()) {
        const QDir dir(QStringLiteral(PILOTZONES_FUZZ_DIR "/corpus/%1").arg(QString::fromStdString(check)));
        EXPECT_GE(dir.entryList(QDir::Files).size(), 3) << check;
    }
}

// fuzz_commentStore: a version-1 store whose schema text lost a column name to a few flipped bytes
// (next_attempt_at) passed quick_check and opened as Ok, and then every new comment was refused with
// "Parameter count mismatch". It is damaged: set aside, and its comment recovered.
TEST(FuzzFindsTest, AStoreWhoseSchemaLostAColumnIsSetAsideAndItsCommentsRecovered)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("comments.sqlite"));
    ASSERT_TRUE(QFile::copy(
        QStringLiteral(PILOTZONES_FUZZ_DIR "/crashes/commentStore/schema-column-name-damaged.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    CommentStore store(path);
    EXPECT_EQ(store.openReport().status, CommentStore::OpenReport::Status::Recovered)
        << store.openReport().detail.toStdString();
    EXPECT_TRUE(QFileInfo::exists(store.openReport().setAsidePath));
    const QList<OwnComment> comments = store.comments();
    ASSERT_EQ(comments.size(), 1);
    EXPECT_EQ(comments.first().content.text, QStringLiteral("from v1"));

    OwnComment added;
    added.localId = QStringLiteral("added-after-recovery");
    added.content.text = QStringLiteral("kept");
    added.createdAt = QDateTime::currentDateTimeUtc();
    added.nextAttemptAt = added.createdAt;
    EXPECT_TRUE(store.addComment(added)) << store.lastError().toStdString();
}

// fuzz_walineReply: a list item whose objectId held a line break and no "orig" gave a reason with that line
// break, uncut, though server text in a reason is one line of at most maxServerTextLength characters.
TEST(FuzzFindsTest, AServerCommentIdInAReasonIsOneCutLine)
{
    const QString id = QStringLiteral("6\n  5a1") + QString(500, QLatin1Char('x'));
    const QJsonObject item {{QStringLiteral("objectId"), id}, {QStringLiteral("time"), 1700000000000.0}};
    const LoadResult<ServerComment> comment = WalineProtocol::parseComment(item);
    ASSERT_FALSE(comment.ok());
    EXPECT_FALSE(comment.error().contains(QLatin1Char('\n'))) << comment.error().toStdString();
    EXPECT_FALSE(comment.error().contains(QString(WalineProtocol::maxServerTextLength, QLatin1Char('x'))))
        << comment.error().toStdString();
    EXPECT_TRUE(comment.error().contains(QStringLiteral("6 5a1"))) << comment.error().toStdString();
}

// The checks themselves can fail: each is given an input that breaks nothing and must pass, and the shared
// reporting refuses a broken contract.
TEST(FuzzChecksTest, PassesAKnownGoodInput)
{
    EXPECT_EQ(FuzzChecks::retryAfter("120"), QString());
    EXPECT_EQ(FuzzChecks::commentRules(QByteArray("\0nick\0n@example.com\0A comment\0hefei", 35)), QString());
    EXPECT_EQ(FuzzChecks::reportBroken(QString()), 0);
}

TEST(FuzzChecksDeathTest, ReportBrokenAborts)
{
    EXPECT_DEATH(FuzzChecks::reportBroken(QStringLiteral("a test contract")), "Broken contract: a test contract");
}

} // namespace
