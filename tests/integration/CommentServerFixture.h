#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <gtest/gtest.h>

#include <optional>

// Base fixture for tests against the real comment server run by scripts/comment-server.sh. The server's base URL
// and the script's path come from PILOTZONES_TEST_SERVER_URL and PILOTZONES_COMMENT_SERVER_SCRIPT: without them a
// test skips, except under CI=true, where it fails. Each test gets an article path of its own under the prefix
// its fixture names, so runs and tests do not see each other's comments. Instances a suite starts are stopped
// after the suite.
class CommentServerFixture : public ::testing::Test
{
public:
    static void TearDownTestSuite();

protected:
    // articlePathPrefix: e.g. "/tests/net"; each test's article is "<prefix>/<uuid>".
    explicit CommentServerFixture(QString articlePathPrefix);

    // Skips or fails (see above), else sets m_serverUrl and m_articlePath. A fixture that overrides SetUp calls
    // this first and returns when IsSkipped() or HasFatalFailure().
    void SetUp() override;

    static QString uniqueId();

    // Runs the server script; returns its stdout, trimmed, or nullopt (with a test failure) when it fails.
    static std::optional<QString> runScript(const QStringList& arguments);

    // Starts (or reuses) a named instance with the given options; stopped again after the suite.
    static std::optional<QUrl> startInstance(const QString& name, const QStringList& options = {});

    QUrl m_serverUrl;
    QString m_articlePath;

private:
    QString m_articlePathPrefix;
    static inline QSet<QString> s_started;
};
