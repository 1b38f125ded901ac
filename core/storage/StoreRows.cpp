#include "StoreRows.h"

#include <QStringList>
#include <QUuid>

namespace StoreRows {

namespace {

struct StateName
{
    OwnComment::State state;
    QLatin1String name;
};

constexpr StateName stateNames[] = {
    {OwnComment::State::Queued, QLatin1String("queued")},
    {OwnComment::State::Sending, QLatin1String("sending")},
    {OwnComment::State::Failed, QLatin1String("failed")},
    {OwnComment::State::AwaitingModeration, QLatin1String("awaiting-moderation")},
    {OwnComment::State::Sent, QLatin1String("sent")},
    {OwnComment::State::SavedLocally, QLatin1String("saved-locally")},
    {OwnComment::State::MarkedAsSpam, QLatin1String("marked-as-spam")},
};

} // namespace

QString stateName(OwnComment::State state)
{
    for (const auto& entry : stateNames) {
        if (entry.state == state)
            return entry.name;
    }
    return QLatin1String("failed");
}

std::optional<OwnComment::State> stateFromName(const QString& name)
{
    for (const auto& entry : stateNames) {
        if (entry.name == name)
            return entry.state;
    }
    return std::nullopt;
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant field(const QSqlRecord& record, const char* name)
{
    return record.value(QLatin1String(name));
}

OwnComment commentFrom(const QSqlRecord& record)
{
    OwnComment comment;
    comment.localId = field(record, "local_id").toString();
    comment.content = draftFrom(record);
    comment.createdAt = timeFrom(field(record, "created_at"));
    comment.state = stateFromName(field(record, "state").toString()).value_or(OwnComment::State::Failed);
    comment.attempts = field(record, "attempts").toInt();
    comment.nextAttemptAt = timeFrom(field(record, "next_attempt_at"));
    comment.lastError = field(record, "last_error").toString();
    comment.serverId = field(record, "server_id").toString();
    return comment;
}

CommentDraft draftFrom(const QSqlRecord& record)
{
    CommentDraft draft;
    draft.nick = field(record, "nick").toString();
    draft.mail = field(record, "mail").toString();
    draft.text = field(record, "text").toString();
    draft.cityId = field(record, "city_id").toString();
    draft.quote = field(record, "quote").toString();
    draft.replyTo.parentId = field(record, "reply_pid").toString();
    draft.replyTo.rootId = field(record, "reply_rid").toString();
    draft.replyTo.nick = field(record, "reply_at").toString();
    return draft;
}

void prepareInsert(QSqlQuery& insert, const OwnComment& comment, QLatin1String verb)
{
    insert.prepare(QStringLiteral("%1 INTO own_comments (%2) VALUES (:local_id, :nick, :mail, :text, :city_id, "
                                  ":quote, :reply_pid, :reply_rid, :reply_at, :created_at, :state, :attempts, "
                                  ":next_attempt_at, :last_error, :server_id)")
                       .arg(verb, commentColumns));
    insert.bindValue(QStringLiteral(":local_id"), comment.localId);
    insert.bindValue(QStringLiteral(":nick"), textValue(comment.content.nick));
    insert.bindValue(QStringLiteral(":mail"), textValue(comment.content.mail));
    insert.bindValue(QStringLiteral(":text"), textValue(comment.content.text));
    insert.bindValue(QStringLiteral(":city_id"), textValue(comment.content.cityId));
    insert.bindValue(QStringLiteral(":quote"), textValue(comment.content.quote));
    insert.bindValue(QStringLiteral(":reply_pid"), textValue(comment.content.replyTo.parentId));
    insert.bindValue(QStringLiteral(":reply_rid"), textValue(comment.content.replyTo.rootId));
    insert.bindValue(QStringLiteral(":reply_at"), textValue(comment.content.replyTo.nick));
    insert.bindValue(QStringLiteral(":created_at"), timeValue(comment.createdAt));
    insert.bindValue(QStringLiteral(":state"), stateName(comment.state));
    insert.bindValue(QStringLiteral(":attempts"), comment.attempts);
    insert.bindValue(QStringLiteral(":next_attempt_at"), timeValue(comment.nextAttemptAt));
    insert.bindValue(QStringLiteral(":last_error"), textValue(comment.lastError));
    insert.bindValue(QStringLiteral(":server_id"), textValue(comment.serverId));
}

bool copyTable(const QSqlDatabase& from,
               const QSqlDatabase& to,
               QLatin1String table,
               const QList<QLatin1String>& columns,
               QString* detail)
{
    QStringList names;
    QStringList placeholders;
    for (const QLatin1String& column : columns) {
        names.append(column);
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table))) {
        *detail = sqlError(read.lastError());
        return false;
    }
    QSqlQuery insert(to);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, read.value(i));
        if (!insert.exec()) {
            *detail = sqlError(insert.lastError());
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *detail = sqlError(read.lastError());
        return false;
    }
    return true;
}

QString sqlError(const QSqlError& error)
{
    return error.text().isEmpty() ? error.nativeErrorCode() : error.text();
}

QString uniqueConnectionName(const char* purpose)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace StoreRows
