#include "AppIdentity.h"
#include "storage/CommentStore.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// Names the application as main() does, and gives back the names the test main chose afterwards. The paths are
// those of QStandardPaths' test mode (~/.qttest/...), which the test main turns on; below it, they are the
// same relative paths as ~/.config and ~/.local/share.
class AppIdentityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_organization = QCoreApplication::organizationName();
        m_application = QCoreApplication::applicationName();
        m_desktopFile = QGuiApplication::desktopFileName();
        AppIdentity::apply();
    }

    void TearDown() override
    {
        for (const QString& path : std::as_const(m_written))
            QFile::remove(path);
        QCoreApplication::setOrganizationName(m_organization);
        QCoreApplication::setApplicationName(m_application);
        QGuiApplication::setDesktopFileName(m_desktopFile);
    }

    // A path as version 0.1.0 wrote it: under the standard location, in PilotZones/.
    QString oldPlace(QStandardPaths::StandardLocation location, const QString& relative)
    {
        const QString path = QDir(QStandardPaths::writableLocation(location)).filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::remove(path);
        m_written.append(path);
        return path;
    }

private:
    QString m_organization;
    QString m_application;
    QString m_desktopFile;
    QStringList m_written;
};

} // namespace

TEST_F(AppIdentityTest, UsesOneReverseDnsIdForTheDesktop)
{
    EXPECT_EQ(AppIdentity::applicationId(), QStringLiteral("io.github.pilotzones.PilotZones"));
    EXPECT_EQ(QGuiApplication::desktopFileName(), AppIdentity::applicationId());
}

TEST_F(AppIdentityTest, ReadsTheSettingsFileWhereEarlierVersionsWroteIt)
{
    const QString file = oldPlace(QStandardPaths::GenericConfigLocation, QStringLiteral("PilotZones/pilotzones.conf"));
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(QStringLiteral("reader/city"), QStringLiteral("tianjin"));
        old.setValue(QStringLiteral("comments/server"), QStringLiteral("https://comments.example.org"));
    }
    const QSettings settings;
    EXPECT_EQ(settings.fileName(), file);
    EXPECT_EQ(settings.value(QStringLiteral("reader/city")).toString(), QStringLiteral("tianjin"));
    EXPECT_EQ(settings.value(QStringLiteral("comments/server")).toString(),
              QStringLiteral("https://comments.example.org"));
}

TEST_F(AppIdentityTest, OpensTheCommentStoreWhereEarlierVersionsWroteIt)
{
    const QString file
        = oldPlace(QStandardPaths::GenericDataLocation, QStringLiteral("PilotZones/pilotzones/comments.sqlite"));
    const CommentDraft draft {
        QStringLiteral("Lin"), QString(), QStringLiteral("Half written"), QStringLiteral("hefei")};
    {
        CommentStore old(file);
        ASSERT_TRUE(old.saveDraft(draft)) << old.lastError().toStdString();
    }
    EXPECT_EQ(AppIdentity::commentStorePath(), file);
    const CommentStore store(AppIdentity::commentStorePath());
    EXPECT_EQ(store.draft(), draft);
}

TEST_F(AppIdentityTest, CarriesTheBundledIconAtEveryThemeSize)
{
    const QIcon icon = AppIdentity::bundledIcon();
    ASSERT_FALSE(icon.isNull());
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        EXPECT_EQ(icon.pixmap(size).size(), QSize(size, size)) << size;
}
