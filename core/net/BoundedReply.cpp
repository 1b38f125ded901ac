#include "BoundedReply.h"

#include <QNetworkReply>
#include <QSslError>

#include <chrono>

BoundedReply::BoundedReply(QNetworkReply* reply, Limits limits, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_limits(limits)
{
    // Qt stops reading from the socket once this much is buffered, so a huge answer cannot fill memory before
    // readyRead gets to count it.
    m_reply->setReadBufferSize(m_limits.maxBodyBytes + 1);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BoundedReply::checkAnnouncedLength);
    connect(m_reply, &QNetworkReply::readyRead, this, &BoundedReply::readAvailable);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &BoundedReply::onFinished);

    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_limits.deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(ReplyFacts::Abort::Deadline); });
    m_deadline.start();
    if (m_reply->isFinished())
        QMetaObject::invokeMethod(this, &BoundedReply::onFinished, Qt::QueuedConnection);
}

BoundedReply::~BoundedReply()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void BoundedReply::abortWith(ReplyFacts::Abort reason)
{
    if (!m_reply || m_reply->isFinished())
        return;
    if (m_abort == ReplyFacts::Abort::None)
        m_abort = reason;
    m_reply->abort();
}

void BoundedReply::checkAnnouncedLength()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxBodyBytes)
        abortWith(ReplyFacts::Abort::TooLarge);
}

void BoundedReply::readAvailable()
{
    if (!m_reply || !m_reply->isReadable())
        return;
    // Read one byte past the cap at most: enough to know it was passed.
    const qint64 room = m_limits.maxBodyBytes + 1 - m_body.size();
    m_body.append(m_reply->read(room));
    if (m_body.size() > m_limits.maxBodyBytes)
        abortWith(ReplyFacts::Abort::TooLarge);
}

void BoundedReply::onFinished()
{
    if (!m_reply)
        return;
    m_deadline.stop();
    if (m_abort == ReplyFacts::Abort::None)
        readAvailable();

    ReplyFacts facts;
    facts.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.error = m_reply->error();
    facts.errorString = m_reply->errorString();
    facts.retryAfter = m_reply->rawHeader("Retry-After");
    facts.location = m_reply->rawHeader("Location");
    facts.sslErrors = m_sslErrors;
    facts.abort = m_abort;
    facts.deadlineSeconds = int(std::chrono::ceil<std::chrono::seconds>(m_limits.deadline).count());
    facts.maxBodyBytes = m_limits.maxBodyBytes;
    if (m_abort == ReplyFacts::Abort::None && m_body.size() > m_limits.maxBodyBytes)
        facts.abort = ReplyFacts::Abort::TooLarge;
    if (facts.abort != ReplyFacts::Abort::TooLarge)
        facts.body = m_body;

    disconnect(m_reply, nullptr, this, nullptr);
    m_reply->deleteLater();
    m_reply = nullptr;
    deleteLater();
    emit finished(facts);
}
