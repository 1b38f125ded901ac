#pragma once

#include "ReplyFacts.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

// Watches one QNetworkReply to its end: keeps an overall deadline (the request's transfer timeout only catches
// stalls, not a server that drips a byte at a time), caps the body size while it arrives (aborting as soon as the
// cap is passed or announced by Content-Length), records TLS errors (never ignoring them), and reports once, as
// ReplyFacts, always after the event loop has run (never from within the constructor).
//
// Takes over the reply: deletes it (deleteLater) once its facts are read, or aborts it if destroyed first. Deletes
// itself after reporting.
class BoundedReply : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        std::chrono::milliseconds deadline;
        qint64 maxBodyBytes;
    };

    BoundedReply(QNetworkReply* reply, Limits limits, QObject* parent = nullptr);
    // Aborts a reply still running, without reporting.
    ~BoundedReply() override;

signals:
    void finished(const ReplyFacts& facts);

private:
    void abortWith(ReplyFacts::Abort reason);
    void checkAnnouncedLength();
    void readAvailable();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    Limits m_limits;
    QTimer m_deadline;
    QByteArray m_body;
    QStringList m_sslErrors;
    ReplyFacts::Abort m_abort = ReplyFacts::Abort::None;
};
