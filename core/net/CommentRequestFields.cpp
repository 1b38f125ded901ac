#include "CommentRequestFields.h"

#include "WalineProtocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommentRequestFields)
};

QJsonObject body(const CommentDraft& draft, const QString& articlePath, const QString& userAgent)
{
    return QJsonDocument::fromJson(WalineProtocol::encodeComment(draft, articlePath, userAgent)).object();
}

CommentDraft otherEveryFieldDraft()
{
    CommentDraft draft;
    draft.nick = QStringLiteral("Lin");
    draft.mail = QStringLiteral("lin@example.net");
    draft.text = QStringLiteral("Another comment");
    draft.cityId = QStringLiteral("tianjin");
    draft.quote = QStringLiteral("Another passage");
    draft.replyTo = CommentReplyTarget {QStringLiteral("p2"), QStringLiteral("r2"), QStringLiteral("Wei")};
    return draft;
}

QString valueText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

} // namespace

namespace CommentRequestFields {

CommentDraft everyFieldDraft()
{
    CommentDraft draft;
    draft.nick = QStringLiteral("Mei");
    draft.mail = QStringLiteral("mei@example.org");
    draft.text = QStringLiteral("A comment");
    draft.cityId = QStringLiteral("shenzhen");
    draft.quote = QStringLiteral("A passage");
    draft.replyTo = CommentReplyTarget {QStringLiteral("p1"), QStringLiteral("r1"), QStringLiteral("Ann")};
    return draft;
}

QStringList keysFor(const CommentDraft& draft, const QString& articlePath, const QString& userAgent)
{
    return body(draft, articlePath, userAgent).keys();
}

QString describe(const QString& key)
{
    // Waline's names for the fields of a new comment; the ones this version does not send are ready for when it
    // does.
    static const QList<std::pair<QLatin1String, const char*>> table {
        {QLatin1String("comment"),
         QT_TRANSLATE_NOOP("CommentRequestFields",
                           "Your comment, exactly as you typed it, after the passage you quote, if any.")},
        {QLatin1String("nick"), QT_TRANSLATE_NOOP("CommentRequestFields", "Your name, if you give one.")},
        {QLatin1String("mail"),
         QT_TRANSLATE_NOOP("CommentRequestFields",
                           "Your email address, if you give one. The server keeps it and does not publish it.")},
        {QLatin1String("link"),
         QT_TRANSLATE_NOOP("CommentRequestFields", "A web site of yours: always empty, Pilot Zones asks for none.")},
        {QLatin1String("url"),
         QT_TRANSLATE_NOOP("CommentRequestFields",
                           "The article's address on the server, so the comment joins its "
                           "thread.")},
        {QLatin1String("ua"),
         QT_TRANSLATE_NOOP("CommentRequestFields", "The app's name and version (also sent as the User-Agent).")},
        {QLatin1String("pid"),
         QT_TRANSLATE_NOOP("CommentRequestFields", "The server's id of the comment you reply to, if you reply.")},
        {QLatin1String("rid"),
         QT_TRANSLATE_NOOP("CommentRequestFields",
                           "The server's id of the first comment of that thread, if you "
                           "reply.")},
        {QLatin1String("at"), QT_TRANSLATE_NOOP("CommentRequestFields", "The name of the person you reply to.")},
    };
    for (const auto& [name, description] : table) {
        if (name == key)
            return QCoreApplication::translate("CommentRequestFields", description);
    }
    return {};
}

QList<SentField> fields(const QString& articlePath, const QString& userAgent)
{
    const QJsonObject every = body(everyFieldDraft(), articlePath, userAgent);
    const QJsonObject other = body(otherEveryFieldDraft(), articlePath, userAgent);
    const QJsonObject least = body(CommentDraft {{}, {}, QStringLiteral("A comment"), {}}, articlePath, userAgent);
    QList<SentField> list;
    for (auto it = every.begin(); it != every.end(); ++it) {
        SentField field;
        field.key = it.key();
        field.description = describe(it.key());
        if (field.description.isEmpty())
            field.description = Text::tr("Not described yet: tell the developers.");
        field.onlyWhenGiven = !least.contains(it.key());
        if (other.value(it.key()) == it.value())
            field.fixedValue = valueText(it.value());
        list.append(field);
    }
    return list;
}

} // namespace CommentRequestFields
