// TLS against a loopback QSslServer with a throwaway self-signed certificate made at test time by openssl: a
// certificate the system does not trust, or one for another host, must make the client give up for good (Rejected,
// naming the certificate error) before any byte of the comment is sent; nothing is ignored. The same server with its
// certificate trusted accepts the comment, so a rejection here is the certificate's doing and nothing else.

#include "net/WalineClient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <string>

using Outcome = DeliveryResult::Outcome;

namespace {

constexpr int waitMs = 20000;

std::string show(const QString& text)
{
    return text.toStdString();
}

// A throwaway certificate for 127.0.0.1 (subjectAltName IP:127.0.0.1) and its key; null when openssl failed.
struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
    QString error;
};

Identity failure(const QString& error)
{
    Identity identity;
    identity.error = error;
    return identity;
}

Identity makeIdentity()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return failure(QStringLiteral("openssl is not installed"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return failure(dir.errorString());
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem")),
                   QStringLiteral("-days"),
                   QStringLiteral("2"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!process.waitForFinished(waitMs) || process.exitCode() != 0)
        return failure(QString::fromLocal8Bit(process.readAllStandardError()));
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")), QSsl::Pem);
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("openssl wrote no usable certificate"));
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return failure(QStringLiteral("openssl wrote no usable key"));
    Identity identity;
    identity.certificate = certificates.constFirst();
    identity.key = key;
    return identity;
}

// Answers every complete HTTP request with a Waline success envelope, and counts the requests it got whole.
class TlsCommentServer
{
public:
    bool start(const Identity& identity)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(identity.certificate);
        configuration.setPrivateKey(identity.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray lengthHeader = "content-length:";
            const QByteArray head = buffer->left(headEnd).toLower();
            const qsizetype at = head.indexOf(lengthHeader);
            const qsizetype lineEnd = at < 0 ? -1 : head.indexOf('\r', at);
            const qsizetype length
                = at < 0 ? 0
                         : head.mid(at + lengthHeader.size(), lineEnd < 0 ? -1 : lineEnd - at - lengthHeader.size())
                               .trimmed()
                               .toLongLong();
            if (buffer->size() < headEnd + 4 + length)
                return;
            ++m_requests;
            buffer->clear();
            const QByteArray body = R"({"errno":0,"errmsg":"","data":{"objectId":7,"nick":"A","orig":"over TLS",)"
                                    R"("status":"approved","time":1795815515000}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
    int m_requests = 0;
};

class TlsCertificate : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // Made here, not statically: TLS objects need the application to exist.
        s_identity = std::make_unique<Identity>(QSslSocket::supportsSsl() ? makeIdentity() : failure(QString()));
    }

    static void TearDownTestSuite() { s_identity.reset(); }

    void SetUp() override
    {
        if (!QSslSocket::supportsSsl() || !s_identity->error.isEmpty()) {
            const std::string message = QSslSocket::supportsSsl()
                                            ? "no throwaway certificate: " + show(s_identity->error)
                                            : std::string("this Qt has no TLS backend");
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                FAIL() << message;
            GTEST_SKIP() << message;
        }
        m_savedDefault = QSslConfiguration::defaultConfiguration();
        ASSERT_TRUE(m_server.start(*s_identity));
    }

    void TearDown() override { QSslConfiguration::setDefaultConfiguration(m_savedDefault); }

    // Makes the throwaway certificate trusted by every new connection, as an installed company CA would be.
    static void trustTheCertificate()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(s_identity->certificate);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

    DeliveryResult sendTo(const QString& host)
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPort(m_server.port());
        // A new network access manager per attempt: no TLS session or connection is reused between cases.
        QNetworkAccessManager network;
        WalineClient client(
            &network, url, QStringLiteral("/articles/a"), QStringLiteral("PilotZonesTest/1"), WalineClient::Options {});
        OwnComment own;
        own.localId = QStringLiteral("tls-1");
        own.content = CommentDraft {QStringLiteral("A"), {}, QStringLiteral("over TLS"), {}};
        QSignalSpy finished(&client, &CommentSender::sendFinished);
        client.send(own);
        if (!finished.wait(waitMs)) {
            ADD_FAILURE() << "no answer from the client";
            return {};
        }
        return finished.at(0).at(1).value<DeliveryResult>();
    }

    static inline std::unique_ptr<Identity> s_identity;
    TlsCommentServer m_server;
    QSslConfiguration m_savedDefault;
};

} // namespace

TEST_F(TlsCertificate, SelfSignedCertificateIsRejectedBeforeTheCommentIsSent)
{
    const DeliveryResult result = sendTo(QStringLiteral("127.0.0.1"));
    EXPECT_EQ(result.outcome, Outcome::Rejected) << show(result.reason);
    const QString expected = QSslError(QSslError::SelfSignedCertificate, s_identity->certificate).errorString();
    EXPECT_TRUE(result.reason.startsWith(QStringLiteral("The comment server's certificate is not accepted: ")))
        << show(result.reason);
    EXPECT_TRUE(result.reason.contains(expected)) << show(result.reason) << " does not name " << show(expected);
    EXPECT_EQ(m_server.requests(), 0);
}

TEST_F(TlsCertificate, TrustedCertificateForAnotherHostIsRejectedBeforeTheCommentIsSent)
{
    trustTheCertificate();
    const DeliveryResult result = sendTo(QStringLiteral("localhost"));
    EXPECT_EQ(result.outcome, Outcome::Rejected) << show(result.reason);
    const QString expected = QSslError(QSslError::HostNameMismatch, s_identity->certificate).errorString();
    EXPECT_TRUE(result.reason.contains(expected)) << show(result.reason) << " does not name " << show(expected);
    EXPECT_EQ(m_server.requests(), 0);
}

TEST_F(TlsCertificate, TrustedCertificateForTheHostIsAccepted)
{
    trustTheCertificate();
    const DeliveryResult result = sendTo(QStringLiteral("127.0.0.1"));
    EXPECT_EQ(result.outcome, Outcome::Delivered) << show(result.reason);
    ASSERT_TRUE(result.comment.has_value());
    EXPECT_EQ(result.comment->text, QStringLiteral("over TLS"));
    EXPECT_EQ(m_server.requests(), 1);
}
