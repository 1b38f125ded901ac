#include "FuzzChecks.h"

#include "article/ArticleLoader.h"
#include "cities/CityZoneLoader.h"
#include "comments/CommentRules.h"
#include "net/ReplyFacts.h"
#include "net/WalineProtocol.h"
#include "storage/CommentStore.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace FuzzChecks {

namespace {

// One fixed instant, so a run is reproducible: Retry-After dates are measured from it.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
}

constexpr int maxRetryAfterSeconds = 24 * 60 * 60;

QString checkRetryAfter(const std::optional<int>& seconds)
{
    if (seconds && (*seconds < 0 || *seconds > maxRetryAfterSeconds))
        return QStringLiteral("Retry-After of %1 s is outside 0 s to a day").arg(*seconds);
    return {};
}

// The errors a QNetworkReply can report; the input picks one by index, so no value outside the enum is made.
constexpr std::array networkErrors {
    QNetworkReply::NoError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::HostNotFoundError,
    QNetworkReply::TimeoutError,
    QNetworkReply::OperationCanceledError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::TemporaryNetworkFailureError,
    QNetworkReply::NetworkSessionFailedError,
    QNetworkReply::BackgroundRequestNotAllowedError,
    QNetworkReply::TooManyRedirectsError,
    QNetworkReply::InsecureRedirectError,
    QNetworkReply::UnknownNetworkError,
    QNetworkReply::ProxyConnectionRefusedError,
    QNetworkReply::ProxyConnectionClosedError,
    QNetworkReply::ProxyNotFoundError,
    QNetworkReply::ProxyTimeoutError,
    QNetworkReply::ProxyAuthenticationRequiredError,
    QNetworkReply::UnknownProxyError,
    QNetworkReply::ContentAccessDenied,
    QNetworkReply::ContentOperationNotPermittedError,
    QNetworkReply::ContentNotFoundError,
    QNetworkReply::AuthenticationRequiredError,
    QNetworkReply::ContentReSendError,
    QNetworkReply::ContentConflictError,
    QNetworkReply::ContentGoneError,
    QNetworkReply::UnknownContentError,
    QNetworkReply::ProtocolUnknownError,
    QNetworkReply::ProtocolInvalidOperationError,
    QNetworkReply::ProtocolFailure,
    QNetworkReply::InternalServerError,
    QNetworkReply::OperationNotImplementedError,
    QNetworkReply::ServiceUnavailableError,
    QNetworkReply::UnknownServerError,
};

constexpr std::array aborts {ReplyFacts::Abort::None, ReplyFacts::Abort::Deadline, ReplyFacts::Abort::TooLarge};

// The next line of input from *position on (without its '\n'), moving *position past it.
QByteArray takeLine(const QByteArray& input, qsizetype* position)
{
    const qsizetype end = input.indexOf('\n', *position);
    const qsizetype stop = end < 0 ? input.size() : end;
    const QByteArray line = input.mid(*position, stop - *position);
    *position = end < 0 ? input.size() : end + 1;
    return line;
}

// Reasons end up in one row of a list and in one message line.
QString checkReason(const QString& reason, const char* what)
{
    if (reason.isEmpty())
        return QStringLiteral("%1 without a reason").arg(QLatin1String(what));
    if (reason.contains(QLatin1Char('\n')) || reason.contains(QLatin1Char('\r')))
        return QStringLiteral("%1 reason is not one line: %2").arg(QLatin1String(what), reason);
    return {};
}

QString decode(const QByteArray& bytes, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(bytes);
    return QString(reinterpret_cast<const QChar*>(bytes.constData()), bytes.size() / 2);
}

QString fieldName(CommentRules::Field field)
{
    switch (field) {
    case CommentRules::Field::Nick:
        return QStringLiteral("nick");
    case CommentRules::Field::Mail:
        return QStringLiteral("mail");
    case CommentRules::Field::Text:
        return QStringLiteral("text");
    case CommentRules::Field::City:
        return QStringLiteral("city");
    }
    return QStringLiteral("?");
}

bool emptyFolder(const QString& folder)
{
    QDir dir(folder);
    if (!dir.exists())
        return QDir().mkpath(folder);
    bool ok = true;
    const QFileInfoList entries
        = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries)
        ok = (entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                  : QFile::remove(entry.filePath()))
             && ok;
    return ok;
}

} // namespace

QString articleLoader(const QByteArray& input)
{
    const LoadResult<Article> result = ArticleLoader::parse(input);
    if (!result.ok() && result.error().isEmpty())
        return QStringLiteral("the article was refused without a reason");
    return {};
}

QString cityZoneLoader(const QByteArray& input)
{
    const LoadResult<QList<CityZone>> result = CityZoneLoader::parse(input);
    if (!result.ok())
        return result.error().isEmpty() ? QStringLiteral("the city list was refused without a reason") : QString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QSet<QString> ids;
    for (const CityZone& city : result.value()) {
        if (!idPattern.match(city.id).hasMatch())
            return QStringLiteral("city id \"%1\" is not lower-case ASCII").arg(city.id);
        if (ids.contains(city.id))
            return QStringLiteral("city id \"%1\" appears twice").arg(city.id);
        ids.insert(city.id);
        if (city.name.isEmpty() || city.nameZh.isEmpty() || city.region.isEmpty() || city.mandate.isEmpty())
            return QStringLiteral("city \"%1\" lacks a required field").arg(city.id);
        for (const CityFigure& figure : city.figures) {
            if (!(figure.value >= 0))
                return QStringLiteral("city \"%1\" has a negative figure").arg(city.id);
        }
    }
    return {};
}

QString walineReply(const QByteArray& input)
{
    qsizetype position = 0;
    const bool list = takeLine(input, &position).startsWith('l');
    const QList<QByteArray> numbers = takeLine(input, &position).split(' ');
    const auto number = [&numbers](int index) {
        return index < numbers.size() ? numbers.at(index).toInt() : 0;
    };
    ReplyFacts reply;
    reply.httpStatus = number(0);
    reply.error = networkErrors.at(size_t(std::abs(number(1) % int(networkErrors.size()))));
    reply.abort = aborts.at(size_t(std::abs(number(2) % int(aborts.size()))));
    if (number(3) != 0)
        reply.sslErrors
            = {QStringLiteral("The certificate has expired"), QStringLiteral("The host name did not match")};
    reply.retryAfter = takeLine(input, &position);
    reply.location = takeLine(input, &position);
    reply.body = input.mid(position);
    reply.errorString = QString::fromUtf8(reply.body.left(64));
    reply.deadlineSeconds = 25;
    reply.maxBodyBytes = 1024 * 1024;

    if (list) {
        const LoadResult<CommentPage> page = WalineProtocol::classifyListReply(reply);
        if (!page.ok())
            return checkReason(page.error(), "a failed list");
        return {};
    }
    const DeliveryResult result = WalineProtocol::classifyPostReply(reply, fixedNow());
    switch (result.outcome) {
    case DeliveryResult::Outcome::Delivered:
        if (result.retryAfterSeconds)
            return QStringLiteral("a delivered comment has a Retry-After");
        return {};
    case DeliveryResult::Outcome::Retry:
        if (QString problem = checkReason(result.reason, "a retry"); !problem.isEmpty())
            return problem;
        return checkRetryAfter(result.retryAfterSeconds);
    case DeliveryResult::Outcome::Rejected:
        if (result.comment)
            return QStringLiteral("a rejected comment has a server comment");
        return checkReason(result.reason, "a rejection");
    }
    return QStringLiteral("an outcome outside the enum");
}

QString retryAfter(const QByteArray& input)
{
    return checkRetryAfter(WalineProtocol::parseRetryAfter(input, fixedNow()));
}

QString commentRules(const QByteArray& input)
{
    const bool utf16 = !input.isEmpty() && (input.at(0) & 1);
    const QStringList parts = decode(input.mid(1), utf16).split(QChar(0));
    const auto part = [&parts](int index) {
        return index < parts.size() ? parts.at(index) : QString();
    };
    const CommentDraft draft {part(0), part(1), part(2), part(3)};
    const QStringList cities {QStringLiteral("hefei"), QStringLiteral("shenzhen")};

    const CommentRules::TextCheck check = CommentRules::checkText(draft.text);
    const int count = CommentRules::characterCount(draft.text);
    if (check.characterCount != count)
        return QStringLiteral("checkText counts %1 characters, characterCount %2").arg(check.characterCount).arg(count);
    if (count < 0 || count > draft.text.size() || count < (draft.text.size() + 1) / 2)
        return QStringLiteral("%1 characters in %2 UTF-16 units").arg(count).arg(draft.text.size());
    if (check.problems != CommentRules::textProblems(draft.text))
        return QStringLiteral("checkText and textProblems disagree");
    if (CommentRules::isBlank(draft.text) && check.problems.isEmpty())
        return QStringLiteral("a blank text has no problem");

    QList<CommentRules::Problem> expected;
    expected << CommentRules::nickProblems(draft.nick) << CommentRules::mailProblems(draft.mail)
             << CommentRules::textProblems(draft.text) << CommentRules::cityProblems(draft.cityId, cities);
    const QList<CommentRules::Problem> problems = CommentRules::validate(draft, cities);
    if (problems != expected)
        return QStringLiteral("validate differs from the per-field problems (%1 and %2 problems)")
            .arg(problems.size())
            .arg(expected.size());
    for (const CommentRules::Problem& problem : problems) {
        if (problem.message.isEmpty())
            return QStringLiteral("a problem of the %1 without a message").arg(fieldName(problem.field));
    }
    expected.removeIf([](const CommentRules::Problem& p) { return p.field == CommentRules::Field::City; });
    if (CommentRules::validateContent(draft) != expected)
        return QStringLiteral("validateContent differs from validate without the city");
    // The other way round does not hold: a plausible address can still be too long or hold a control character.
    if (!draft.mail.isEmpty() && !CommentRules::isPlausibleMail(draft.mail)
        && CommentRules::mailProblems(draft.mail).isEmpty())
        return QStringLiteral("an implausible address has no problem: \"%1\"").arg(draft.mail);
    return {};
}

int reportBroken(const QString& broken)
{
    if (broken.isEmpty())
        return 0;
    std::fprintf(stderr, "Broken contract: %s\n", broken.toLocal8Bit().constData());
    std::abort();
}

QString commentStore(const QByteArray& input, const QString& folder)
{
    if (!emptyFolder(folder))
        return QStringLiteral("the folder %1 could not be emptied").arg(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("comments.sqlite"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
            return QStringLiteral("the input could not be written to %1").arg(path);
    }

    QString broken;
    {
        CommentStore store(path);
        const CommentStore::OpenReport& report = store.openReport();
        const QList<OwnComment> found = store.comments();
        (void)store.draft();
        (void)store.profile();
        (void)store.earliestDue();
        if (report.status != CommentStore::OpenReport::Status::Ok && report.message.isEmpty())
            broken = QStringLiteral("a store opened with a problem and no message");
        else if (report.status == CommentStore::OpenReport::Status::Recovered
                 && report.recoveredComments > found.size())
            broken
                = QStringLiteral("%1 comments recovered but %2 found").arg(report.recoveredComments).arg(found.size());

        OwnComment comment;
        comment.localId = QStringLiteral("9d0b7c5e-fuzz-4a53-a1f4-000000000001");
        comment.content = CommentDraft {QStringLiteral("nick"),
                                        QStringLiteral("n@example.com"),
                                        QStringLiteral("A comment added after a fuzzed open"),
                                        {}};
        comment.createdAt = fixedNow();
        comment.nextAttemptAt = fixedNow();
        const bool known = store.comment(comment.localId).has_value();
        if (broken.isEmpty() && !known && report.status != CommentStore::OpenReport::Status::ReadOnly) {
            if (!store.addComment(comment))
                broken = QStringLiteral("a new comment was not kept: %1").arg(store.lastError());
            else if (store.comment(comment.localId) != comment)
                broken = QStringLiteral("a new comment reads back differently");
        }
        if (broken.isEmpty() && report.status != CommentStore::OpenReport::Status::ReadOnly) {
            const QString owner = QStringLiteral("fuzz");
            const std::optional<OwnComment> claimed = store.claimNextDue(owner, fixedNow(), fixedNow().addSecs(60));
            if (claimed && !store.markDelivered(claimed->localId, owner, OwnComment::State::Sent, QStringLiteral("1")))
                broken = QStringLiteral("a claimed comment could not be marked delivered: %1").arg(store.lastError());
        }
    }
    if (!emptyFolder(folder) && broken.isEmpty())
        broken = QStringLiteral("the folder %1 could not be emptied after the store closed").arg(folder);
    return broken;
}

} // namespace FuzzChecks
