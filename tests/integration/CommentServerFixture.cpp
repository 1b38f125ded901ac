#include "CommentServerFixture.h"

#include "net/WalineClient.h"

#include <QProcess>
#include <QUuid>

#include <utility>

namespace {

// Generous: a start may install the server first, then waits until it answers.
constexpr int scriptTimeoutMs = 180000;

} // namespace

CommentServerFixture::CommentServerFixture(QString articlePathPrefix)
    : m_articlePathPrefix(std::move(articlePathPrefix))
{ }

void CommentServerFixture::TearDownTestSuite()
{
    for (const QString& name : std::as_const(s_started))
        runScript({QStringLiteral("stop"), QStringLiteral("--name"), name});
    s_started.clear();
}

void CommentServerFixture::SetUp()
{
    const QString url = qEnvironmentVariable("PILOTZONES_TEST_SERVER_URL");
    if (url.isEmpty() || qEnvironmentVariableIsEmpty("PILOTZONES_COMMENT_SERVER_SCRIPT")) {
        const char* message = "PILOTZONES_TEST_SERVER_URL and PILOTZONES_COMMENT_SERVER_SCRIPT are not set "
                              "(start a server with scripts/comment-server.sh start)";
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            FAIL() << message;
        GTEST_SKIP() << message;
    }
    const WalineClient::ServerUrl checked = WalineClient::validateServerUrl(url);
    ASSERT_TRUE(checked.ok()) << ::testing::PrintToString(checked.error);
    m_serverUrl = checked.url;
    m_articlePath = QStringLiteral("%1/%2").arg(m_articlePathPrefix, uniqueId());
}

QString CommentServerFixture::uniqueId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> CommentServerFixture::runScript(const QStringList& arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("PILOTZONES_COMMENT_SERVER_SCRIPT"), arguments);
    if (!process.waitForFinished(scriptTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        ADD_FAILURE() << "comment-server.sh " << arguments.join(QLatin1Char(' ')).toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

std::optional<QUrl> CommentServerFixture::startInstance(const QString& name, const QStringList& options)
{
    s_started.insert(name);
    const std::optional<QString> url
        = runScript(QStringList {QStringLiteral("start"), QStringLiteral("--name"), name} + options);
    if (!url)
        return std::nullopt;
    const WalineClient::ServerUrl checked = WalineClient::validateServerUrl(*url);
    if (!checked.ok()) {
        ADD_FAILURE() << "the script printed " << ::testing::PrintToString(*url);
        return std::nullopt;
    }
    return checked.url;
}
