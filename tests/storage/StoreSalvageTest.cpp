#include "storage/StoreSalvage.h"
#include "CommentPrinters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using Problem = StoreSalvage::Problem;
using State = OwnComment::State;

namespace {

const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

void touch(const QString& path, const QByteArray& bytes = QByteArrayLiteral("x"))
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace

// A store file written behind StoreSalvage's back, one statement at a time, on its own connection.
class StoreSalvageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QUuid::createUuid().toString());
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
    }
    void TearDown() override
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    void run(const QString& sql)
    {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    QSqlDatabase db;
};

struct ClassifyCase
{
    // A failing case names its code instead of printing a byte dump.
    friend void PrintTo(const ClassifyCase& c, std::ostream* os) { *os << "code \"" << c.nativeCode << "\""; }

    const char* nativeCode;
    Problem expected;
};

class StoreSalvageClassify : public ::testing::TestWithParam<ClassifyCase>
{
};

TEST_P(StoreSalvageClassify, CallsOnlyWrongBytesDamage)
{
    const QSqlError error(QStringLiteral("driver"),
                          QStringLiteral("database"),
                          QSqlError::ConnectionError,
                          QLatin1String(GetParam().nativeCode));
    EXPECT_EQ(StoreSalvage::classify(error), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(SqliteCodes,
                         StoreSalvageClassify,
                         ::testing::Values(ClassifyCase {"11", Problem::Damaged}, // SQLITE_CORRUPT
                                           ClassifyCase {"26", Problem::Damaged}, // SQLITE_NOTADB
                                           ClassifyCase {"5", Problem::Inaccessible}, // SQLITE_BUSY
                                           ClassifyCase {"8", Problem::ReadOnly}, // SQLITE_READONLY
                                           ClassifyCase {"264", Problem::ReadOnly}, // SQLITE_READONLY_RECOVERY
                                           ClassifyCase {"1032", Problem::Inaccessible}, // READONLY_DBMOVED
                                           ClassifyCase {"267", Problem::Inaccessible}, // 267 & 0xff is 11, not 8
                                           ClassifyCase {"14", Problem::Inaccessible}, // SQLITE_CANTOPEN
                                           ClassifyCase {"", Problem::Inaccessible}),
                         [](const auto& testCase) {
                             const std::string code = testCase.param.nativeCode;
                             return code.empty() ? std::string("NoCode") : "Code" + code;
                         });

// Which failed writes make a store go on in memory: the file no longer takes writes, whatever the reason; a
// busy lock (another window writing) or a constraint is worth waiting for instead.
TEST(StoreSalvageRefusesWrites, TellsAFileThatNoLongerTakesWritesFromABusyOne)
{
    const auto refuses = [](const char* code) {
        return StoreSalvage::refusesWrites(QSqlError(
            QStringLiteral("driver"), QStringLiteral("database"), QSqlError::StatementError, QLatin1String(code)));
    };
    EXPECT_TRUE(refuses("8")); // SQLITE_READONLY
    EXPECT_TRUE(refuses("1032")); // SQLITE_READONLY_DBMOVED
    EXPECT_TRUE(refuses("10")); // SQLITE_IOERR
    EXPECT_TRUE(refuses("778")); // SQLITE_IOERR_WRITE, as EROFS arrives
    EXPECT_TRUE(refuses("13")); // SQLITE_FULL
    EXPECT_FALSE(refuses("5")); // SQLITE_BUSY
    EXPECT_FALSE(refuses("19")); // SQLITE_CONSTRAINT
    EXPECT_FALSE(refuses("11")); // SQLITE_CORRUPT
    EXPECT_FALSE(refuses(""));
}

TEST_F(StoreSalvageTest, InspectAcceptsItsOwnVersionAndRejectsANewerOne)
{
    QString detail;
    run(QStringLiteral("PRAGMA user_version = 3"));
    EXPECT_EQ(StoreSalvage::inspect(db, 3, &detail), Problem::None);
    EXPECT_EQ(StoreSalvage::inspect(db, 2, &detail), Problem::Newer);
    EXPECT_EQ(detail, QStringLiteral("user_version 3 > 2"));
}

TEST(StoreSalvageNaming, SetAsideNameCountsUpPastTakenNames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    const QString base = path + QStringLiteral(".corrupt-20231114-221320");
    EXPECT_EQ(StoreSalvage::setAsideName(path, now), base);
    touch(base);
    EXPECT_EQ(StoreSalvage::setAsideName(path, now), base + QStringLiteral("-2"));
    touch(base + QStringLiteral("-2"));
    EXPECT_EQ(StoreSalvage::setAsideName(path, now), base + QStringLiteral("-3"));
}

// A path is untrusted text for arg(): a "%1" or "%2" in a folder name must come through as it is.
TEST(StoreSalvageNaming, SetAsideNameKeepsPercentPlaceholdersInThePath)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("100%1 %2 dir")));
    const QString path = dir.filePath(QStringLiteral("100%1 %2 dir/comments%2.sqlite"));
    const QString base = path + QStringLiteral(".corrupt-20231114-221320");
    EXPECT_EQ(StoreSalvage::setAsideName(path, now), base);
    touch(base);
    EXPECT_EQ(StoreSalvage::setAsideName(path, now), base + QStringLiteral("-2"));
    touch(path, "not a store");
    const std::optional<QString> aside = StoreSalvage::setAside(path, now);
    ASSERT_TRUE(aside.has_value());
    EXPECT_EQ(*aside, base + QStringLiteral("-2"));
    EXPECT_TRUE(QFileInfo::exists(*aside));
}

TEST(StoreSalvageNaming, SetAsideMovesTheWalAndShmWithTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        touch(path + suffix, suffix.toUtf8());
    const std::optional<QString> aside = StoreSalvage::setAside(path, now);
    ASSERT_TRUE(aside.has_value());
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        EXPECT_FALSE(QFileInfo::exists(path + suffix)) << suffix.toStdString();
        QFile moved(*aside + suffix);
        ASSERT_TRUE(moved.open(QIODevice::ReadOnly)) << suffix.toStdString();
        EXPECT_EQ(moved.readAll(), suffix.toUtf8());
    }
    EXPECT_FALSE(StoreSalvage::setAside(path, now).has_value());
}

TEST_F(StoreSalvageTest, ReadMakesEveryCommentSafeToInsertAgain)
{
    // An older or newer schema: only the columns read by name matter, extra ones are ignored.
    run(QStringLiteral("CREATE TABLE own_comments (local_id TEXT, nick TEXT, mail TEXT, text TEXT, city_id TEXT, "
                       "created_at INTEGER, state TEXT, attempts INTEGER, next_attempt_at INTEGER, "
                       "last_error TEXT, server_id TEXT, extra TEXT)"));
    run(QStringLiteral("INSERT INTO own_comments VALUES ('sending', 'n', 'm', 'was in flight', '', 5, 'sending', "
                       "2, 7, '', '', 'x')"));
    run(QStringLiteral("INSERT INTO own_comments VALUES ('sent', 'n', 'm', 'delivered', '', 6, 'sent', 1, NULL, "
                       "'', 'srv-1', 'x')"));
    run(QStringLiteral("INSERT INTO own_comments VALUES ('unknown', 'n', 'm', 'odd state', '', 8, 'archived', 0, "
                       "9, '', '', 'x')"));
    run(QStringLiteral("INSERT INTO own_comments VALUES ('cut', 'n', 'm', 'cut short', '', 0, 'queued', 0, 9, "
                       "'', '', 'x')"));
    run(QStringLiteral("INSERT INTO own_comments VALUES ('', 'n', 'm', 'no id', '', 8, 'queued', 0, 9, '', '', "
                       "'x')"));
    run(QStringLiteral("CREATE TABLE draft (nick TEXT, mail TEXT, text TEXT, city_id TEXT)"));
    run(QStringLiteral("INSERT INTO draft VALUES ('dn', 'dm', 'half typed', 'hefei')"));
    run(QStringLiteral("CREATE TABLE profile (nick TEXT, mail TEXT)"));
    run(QStringLiteral("INSERT INTO profile VALUES ('pn', 'pm')"));
    const QString note = QStringLiteral("check me");

    const StoreSalvage::Found found = StoreSalvage::read(path, now, note);

    const auto at = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    ASSERT_EQ(found.comments.size(), 4);
    const OwnComment& sending = found.comments.at(0);
    EXPECT_EQ(sending.state, State::Queued);
    EXPECT_EQ(sending.nextAttemptAt, now);
    EXPECT_EQ(sending.attempts, 2);
    EXPECT_EQ(sending.createdAt, at(5));
    const OwnComment& sent = found.comments.at(1);
    EXPECT_EQ(sent.state, State::Sent);
    EXPECT_EQ(sent.serverId, QStringLiteral("srv-1"));
    EXPECT_TRUE(sent.lastError.isEmpty());
    for (const OwnComment& damaged : {found.comments.at(2), found.comments.at(3)}) {
        EXPECT_EQ(damaged.state, State::Failed) << damaged.localId.toStdString();
        EXPECT_FALSE(damaged.nextAttemptAt.isValid()) << damaged.localId.toStdString();
        EXPECT_EQ(damaged.lastError, note) << damaged.localId.toStdString();
    }
    EXPECT_EQ(found.comments.at(2).createdAt, at(8));
    EXPECT_EQ(found.comments.at(3).createdAt, now);
    EXPECT_EQ(found.draft,
              (CommentDraft {
                  QStringLiteral("dn"), QStringLiteral("dm"), QStringLiteral("half typed"), QStringLiteral("hefei")}));
    EXPECT_EQ(found.profile, (CommentStore::Profile {QStringLiteral("pn"), QStringLiteral("pm")}));
}

TEST(StoreSalvageRead, FindsNothingInAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    touch(path, QByteArray(4096, 'z'));
    const StoreSalvage::Found found = StoreSalvage::read(path, now, QStringLiteral("note"));
    EXPECT_TRUE(found.comments.isEmpty());
    EXPECT_TRUE(found.draft.isEmpty());
    EXPECT_TRUE(found.profile.isEmpty());
}
