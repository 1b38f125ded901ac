#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

// Everything the classifiers need to know about one finished HTTP exchange, read from the reply before it is
// deleted. A plain value, so classification is a pure function tested with tables.
struct ReplyFacts
{
    // Why the client itself cut the exchange short, if it did.
    enum class Abort {
        None,
        // The overall deadline passed.
        Deadline,
        // The body was (or was announced to be) larger than the cap.
        TooLarge,
    };

    // HttpStatusCodeAttribute; 0 when no HTTP answer arrived.
    int httpStatus = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    // The body as read, never more than the cap.
    QByteArray body;
    // Raw Retry-After and Location headers, empty when absent.
    QByteArray retryAfter;
    QByteArray location;
    // The certificate problems reported by QNetworkReply::sslErrors, as text.
    QStringList sslErrors;
    Abort abort = Abort::None;
    // The limits in force, so reasons can name them.
    int deadlineSeconds = 0;
    qint64 maxBodyBytes = 0;
};
