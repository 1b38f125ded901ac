#include "CommentListModel.h"

#include "comments/CommentSender.h"
#include "comments/OwnCommentActions.h"
#include "comments/PassageQuote.h"
#include "text/UntrustedText.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

CommentListModel::ItemState stateOf(const OwnComment& own)
{
    return static_cast<CommentListModel::ItemState>(static_cast<int>(own.state));
}

CommentListModel::ItemState stateOf(const ServerComment& server)
{
    // Waline lists a comment under moderation or marked as spam only to its author or a moderator; neither is
    // published.
    switch (server.status) {
    case ServerComment::Status::Approved:
        return CommentListModel::ItemState::Published;
    case ServerComment::Status::Waiting:
        return CommentListModel::ItemState::AwaitingModeration;
    case ServerComment::Status::Spam:
        return CommentListModel::ItemState::MarkedAsSpam;
    case ServerComment::Status::Unknown:
        break;
    }
    return CommentListModel::ItemState::UnknownStatus;
}

bool isDelivered(const OwnComment& own)
{
    return own.state == OwnComment::State::Sent || own.state == OwnComment::State::AwaitingModeration
           || own.state == OwnComment::State::MarkedAsSpam;
}

// Rows are newest first; a comment without a valid time sorts as the oldest.
bool isNewer(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return false;
    if (!b.isValid())
        return true;
    return a > b;
}

} // namespace

CommentListModel::CommentListModel(QObject* parent, int pageSize)
    : QAbstractListModel(parent)
    , m_pageSize(std::clamp(pageSize, 1, 100))
{ }

void CommentListModel::setSender(CommentSender* sender)
{
    if (m_sender == sender)
        return;
    if (m_sender)
        disconnect(m_sender, nullptr, this, nullptr);
    m_sender = sender;
    m_pagesLoaded = 0;
    m_totalPages = -1;
    m_serverTotal = -1;
    setFetching(false);
    setFetchError({});
    m_collapsed.clear();
    // The old server's comments go; the reader's own stay, placed again (a reply whose thread went waits at the top
    // level). Rare enough for a reset.
    QList<OwnComment> own;
    for (const Entry& entry : std::as_const(m_rows)) {
        if (const auto* comment = std::get_if<OwnComment>(&entry.value))
            own.append(*comment);
    }
    if (own.size() != m_rows.size()) {
        beginResetModel();
        m_rows.clear();
        m_ownTimes.clear();
        m_ownByServerId.clear();
        m_serverTimes.clear();
        m_waitingReplies.clear();
        m_ownWithoutServerId.clear();
        endResetModel();
        for (const OwnComment& comment : std::as_const(own))
            addOwnComment(comment);
    }
    if (m_sender) {
        connect(m_sender, &CommentSender::pageFetched, this, &CommentListModel::addPage);
        connect(m_sender, &CommentSender::pageFailed, this, &CommentListModel::onPageFailed);
    }
}

void CommentListModel::setOwnComments(const QList<OwnComment>& comments)
{
    for (const OwnComment& comment : comments) {
        if (m_ownTimes.contains(comment.localId))
            updateOwnComment(comment);
        else
            addOwnComment(comment);
    }
}

void CommentListModel::addOwnComment(const OwnComment& comment)
{
    if (m_ownTimes.contains(comment.localId)) {
        updateOwnComment(comment);
        return;
    }
    // The server's row of the same comment gives way; replies listed under it move under this one.
    QList<Entry> replies;
    if (!comment.serverId.isEmpty()) {
        replies = removeServerRow(comment.serverId);
        m_ownByServerId.insert(comment.serverId, comment.localId);
    }
    noteOwnServerId({}, comment);
    Entry entry {comment, {}, {}};
    const QString thread = ownThreadId(comment);
    if (!thread.isEmpty() && rowOfServerId(thread) >= 0)
        entry.threadId = thread;
    else if (!thread.isEmpty())
        m_waitingReplies[thread].append(comment.localId);
    insertEntry(std::move(entry));
    if (!comment.serverId.isEmpty()) {
        placeReplies(std::move(replies));
        adoptOwnReplies(comment.serverId);
    }
}

void CommentListModel::updateOwnComment(const OwnComment& changed)
{
    const int row = rowOfLocalId(changed.localId);
    if (row < 0) {
        m_ownTimes.remove(changed.localId);
        addOwnComment(changed);
        return;
    }
    const OwnComment old = std::get<OwnComment>(m_rows.at(row).value);
    OwnComment comment = changed;
    // The id this model found for a comment delivered without one (adoptAsOwn) stays: the store never learns it.
    if (comment.serverId.isEmpty() && !old.serverId.isEmpty() && isDelivered(comment) && isDelivered(old)
        && comment.content == old.content)
        comment.serverId = old.serverId;
    if (old == comment)
        return;
    noteOwnServerId(old, comment);
    if (old.createdAt != comment.createdAt || ownThreadId(old) != ownThreadId(comment)) {
        // The sort key or the thread moved: take the row out and put it back where it now belongs, with its replies.
        m_ownByServerId.remove(old.serverId);
        QList<Entry> replies = removeRowAt(row);
        addOwnComment(comment);
        placeReplies(std::move(replies));
        return;
    }
    QList<Entry> replies;
    if (old.serverId != comment.serverId) {
        m_ownByServerId.remove(old.serverId);
        if (!comment.serverId.isEmpty()) {
            m_ownByServerId.insert(comment.serverId, comment.localId);
            replies = removeServerRow(comment.serverId);
        }
    }
    const int current = rowOfLocalId(comment.localId);
    m_rows[current].value = comment;
    if (!comment.serverId.isEmpty() && old.serverId != comment.serverId) {
        // Now the root of what was listed under the server's row of it, and of the reader's replies waiting for it.
        placeReplies(std::move(replies));
        adoptOwnReplies(comment.serverId);
    }

    QList<int> roles;
    if (old.content.text != comment.content.text || old.content.quote != comment.content.quote)
        roles << TextRole << QuoteRole << Qt::DisplayRole << Qt::ToolTipRole;
    if (old.content.nick != comment.content.nick)
        roles << NickRole << DisplayNickRole;
    if (old.content.cityId != comment.content.cityId)
        roles << CityIdRole;
    if (old.state != comment.state)
        roles << StateRole << CanRetryRole << CanDiscardRole << CanEditRole;
    if (old.state != comment.state || old.lastError != comment.lastError)
        roles << StateLabelRole << ReasonRole << Qt::AccessibleDescriptionRole;
    if (old.serverId != comment.serverId)
        roles << ServerIdRole << RootIdRole;
    if (roles.isEmpty())
        return; // only delivery bookkeeping (attempts, next attempt) changed, which no role shows
    roles << Qt::AccessibleTextRole;
    const QModelIndex at = index(rowOfLocalId(comment.localId));
    emit dataChanged(at, at, roles);
}

void CommentListModel::removeOwnComment(const QString& localId)
{
    const int row = rowOfLocalId(localId);
    if (row < 0)
        return;
    const OwnComment& own = std::get<OwnComment>(m_rows.at(row).value);
    noteOwnServerId(own, {});
    if (!own.serverId.isEmpty())
        m_ownByServerId.remove(own.serverId);
    // The server's replies to it go with it (the next page lists them again, if the server still has them); the
    // reader's own wait at the top level.
    placeReplies(removeRowAt(row));
}

void CommentListModel::addPage(const CommentPage& page)
{
    setFetching(false);
    m_pagesLoaded = std::max(m_pagesLoaded, page.page);
    m_totalPages = page.totalPages;
    m_serverTotal = page.totalCount;
    setFetchError({});
    m_serverTimes.reserve(m_serverTimes.size() + page.comments.size());

    // A page is newest first, so its new comments mostly land next to each other (at the end, when scrolling):
    // they are inserted as runs, one beginInsertRows per run.
    QList<Entry> run;
    int runRow = -1;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        beginInsertRows({}, runRow, runRow + static_cast<int>(run.size()) - 1);
        if (runRow == m_rows.size()) {
            m_rows.append(std::move(run));
        } else {
            for (qsizetype i = 0; i < run.size(); ++i)
                m_rows.insert(runRow + i, std::move(run[i]));
        }
        endInsertRows();
        run.clear();
    };

    // The reader's replies that were listed under a root that moved, to be placed again once the page is in.
    QList<Entry> ownReplies;
    QStringList newRoots;
    // Replies of new threads that are the reader's own, delivered without an id: recognised once the page is in.
    QList<ServerComment> ownDelivered;
    for (const ServerComment& comment : page.comments) {
        if (comment.objectId.isEmpty())
            continue;
        if (!m_ownByServerId.contains(comment.objectId) && isOwnWithoutServerId(comment)) {
            flush();
            adoptAsOwn(comment);
        }
        if (m_ownByServerId.contains(comment.objectId)) {
            // The reader's own comment: its row stays, the replies others wrote go under it.
            flush();
            syncReplies(comment.objectId, comment.replies);
            continue;
        }
        if (m_serverTimes.contains(comment.objectId)) {
            flush();
            const int row = rowOfServerId(comment.objectId);
            if (row >= 0 && std::get<ServerComment>(m_rows.at(row).value) == comment)
                continue;
            if (row >= 0 && m_rows.at(row).threadId.isEmpty()
                && std::get<ServerComment>(m_rows.at(row).value).time == comment.time) {
                // Edited, or replied to, since it was listed: updated where it is, so the list does not jump.
                m_rows[row].value = comment;
                emit dataChanged(index(row), index(row));
                syncReplies(comment.objectId, comment.replies);
                continue;
            }
            // Moved in time (or listed as a reply before): list it anew.
            for (Entry& reply : removeServerRow(comment.objectId)) {
                if (std::holds_alternative<OwnComment>(reply.value))
                    ownReplies.append(std::move(reply));
            }
        }
        int row = insertionRow(comment.time);
        if (!run.isEmpty() && row != runRow) {
            flush();
            row = insertionRow(comment.time);
        }
        if (run.isEmpty())
            runRow = row;
        m_serverTimes.insert(comment.objectId, comment.time);
        run.append({comment, {}, {}});
        QList<ServerComment> replies;
        for (const ServerComment& reply : comment.replies) {
            if (reply.objectId.isEmpty() || m_ownByServerId.contains(reply.objectId)
                || m_serverTimes.contains(reply.objectId))
                continue;
            if (isOwnWithoutServerId(reply)) {
                ownDelivered.append(reply);
                continue;
            }
            replies.append(reply);
        }
        // A long thread lists its first replies; a row stands for the rest.
        replies = m_collapsed.collapse(comment.objectId, std::move(replies));
        for (const ServerComment& reply : std::as_const(replies)) {
            m_serverTimes.insert(reply.objectId, comment.time);
            run.append({reply, comment.objectId, comment.time});
        }
        if (m_collapsed.isCollapsed(comment.objectId))
            run.append({HiddenReplies {comment.objectId}, comment.objectId, comment.time});
        newRoots.append(comment.objectId);
    }
    flush();
    placeReplies(std::move(ownReplies));
    for (const QString& root : std::as_const(newRoots))
        adoptOwnReplies(root);
    for (const ServerComment& reply : std::as_const(ownDelivered)) {
        if (!adoptAsOwn(reply))
            insertEntry({reply, reply.rootId, {}});
    }
}

void CommentListModel::syncReplies(const QString& rootId, const QList<ServerComment>& replies)
{
    if (rowOfServerId(rootId) < 0)
        return;
    QSet<QString> listed;
    for (const ServerComment& reply : replies) {
        if (reply.objectId.isEmpty())
            continue;
        listed.insert(reply.objectId);
        if (!m_ownByServerId.contains(reply.objectId) && isOwnWithoutServerId(reply))
            adoptAsOwn(reply);
        if (m_ownByServerId.contains(reply.objectId))
            continue;
        // A collapsed thread keeps what it does not list yet, and what comes meanwhile.
        if (m_collapsed.contains(reply.objectId)
            || (m_collapsed.isCollapsed(rootId) && rowOfServerId(reply.objectId) < 0)) {
            m_collapsed.merge(rootId, reply);
            continue;
        }
        const int row = rowOfServerId(reply.objectId);
        if (row >= 0) {
            Entry& entry = m_rows[row];
            if (entry.threadId == rootId && std::get<ServerComment>(entry.value) == reply)
                continue;
            if (entry.threadId == rootId && itemTime(entry) == reply.time) {
                entry.value = reply;
                emit dataChanged(index(row), index(row));
                continue;
            }
            placeReplies(removeRowAt(row));
        }
        insertEntry({reply, rootId, {}});
    }
    // What the server no longer lists in this thread goes; the reader's own replies stay.
    for (int row = rowOfServerId(rootId) + 1; row < m_rows.size() && m_rows.at(row).threadId == rootId;) {
        const auto* server = std::get_if<ServerComment>(&m_rows.at(row).value);
        if (server && !listed.contains(server->objectId))
            removeRowAt(row);
        else
            ++row;
    }
    // The row stands for the kept replies as long as there are any (isCollapsed), and goes with the last one.
    if (m_collapsed.isCollapsed(rootId)) {
        m_collapsed.keepOnly(rootId, listed);
        updateHiddenRow(rootId);
    }
}

int CommentListModel::hiddenRowOf(const QString& rootId) const
{
    const int root = rowOfServerId(rootId);
    if (root < 0)
        return -1;
    for (int row = root + 1; row < m_rows.size() && m_rows.at(row).threadId == rootId; ++row) {
        if (std::holds_alternative<HiddenReplies>(m_rows.at(row).value))
            return row;
    }
    return -1;
}

void CommentListModel::updateHiddenRow(const QString& rootId)
{
    const int row = hiddenRowOf(rootId);
    if (row < 0)
        return;
    if (!m_collapsed.isCollapsed(rootId)) {
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
        return;
    }
    emit dataChanged(index(row),
                     index(row),
                     {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, TextRole, HiddenReplyCountRole});
}

bool CommentListModel::showHiddenReplies(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const auto* hidden = std::get_if<HiddenReplies>(&m_rows.at(row).value);
    if (!hidden)
        return false;
    const QString rootId = hidden->rootId;
    const QDateTime threadTime = m_rows.at(row).threadTime;
    QList<Entry> entries;
    for (const ServerComment& reply : m_collapsed.take(rootId)) {
        if (reply.objectId.isEmpty() || isListed(reply.objectId))
            continue;
        m_serverTimes.insert(reply.objectId, threadTime);
        entries.append({reply, rootId, threadTime});
    }
    // In the row's place: the first of them takes its row, so the reader goes on from there.
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
    if (entries.isEmpty())
        return true;
    beginInsertRows({}, row, row + static_cast<int>(entries.size()) - 1);
    for (qsizetype i = 0; i < entries.size(); ++i)
        m_rows.insert(row + i, std::move(entries[i]));
    endInsertRows();
    return true;
}

QString CommentListModel::contentKey(const OwnComment& comment)
{
    // What the server keeps as orig (WalineProtocol::encodeComment), after the nick.
    return comment.content.nick + QChar(0) + PassageQuote::toMarkdown(comment.content.quote, comment.content.text);
}

QString CommentListModel::contentKey(const ServerComment& comment)
{
    return comment.nick + QChar(0) + comment.text;
}

bool CommentListModel::isOwnWithoutServerId(const ServerComment& comment) const
{
    return !m_ownWithoutServerId.isEmpty() && m_ownWithoutServerId.contains(contentKey(comment));
}

bool CommentListModel::adoptAsOwn(const ServerComment& comment)
{
    const auto it = m_ownWithoutServerId.constFind(contentKey(comment));
    if (it == m_ownWithoutServerId.constEnd())
        return false;
    const int row = rowOfLocalId(*it);
    if (row < 0)
        return false;
    OwnComment own = std::get<OwnComment>(m_rows.at(row).value);
    // A reply only in its own thread, a root only as a root.
    if (ownThreadId(own) != (comment.isReply() ? comment.rootId : QString()))
        return false;
    own.serverId = comment.objectId;
    updateOwnComment(own);
    return true;
}

void CommentListModel::noteOwnServerId(const OwnComment& old, const OwnComment& comment)
{
    if (!old.localId.isEmpty() && old.serverId.isEmpty() && isDelivered(old)) {
        const auto it = m_ownWithoutServerId.constFind(contentKey(old));
        if (it != m_ownWithoutServerId.constEnd() && *it == old.localId)
            m_ownWithoutServerId.erase(it);
    }
    if (!comment.localId.isEmpty() && comment.serverId.isEmpty() && isDelivered(comment))
        m_ownWithoutServerId.insert(contentKey(comment), comment.localId);
}

void CommentListModel::placeReplies(QList<Entry> replies)
{
    for (Entry& reply : replies) {
        if (const auto* own = std::get_if<OwnComment>(&reply.value))
            addOwnComment(*own);
        else if (std::holds_alternative<ServerComment>(reply.value))
            insertEntry(std::move(reply));
    }
}

void CommentListModel::adoptOwnReplies(const QString& rootId)
{
    const QStringList waiting = m_waitingReplies.take(rootId);
    for (const QString& localId : waiting) {
        const int row = rowOfLocalId(localId);
        if (row < 0)
            continue;
        const OwnComment own = std::get<OwnComment>(m_rows.at(row).value);
        placeReplies(removeRowAt(row));
        addOwnComment(own);
    }
}

int CommentListModel::unseenCount(const CommentPage& page) const
{
    int count = 0;
    for (const ServerComment& comment : page.comments) {
        if (!comment.objectId.isEmpty() && !isListed(comment.objectId))
            ++count;
        for (const ServerComment& reply : comment.replies) {
            if (!reply.objectId.isEmpty() && !isListed(reply.objectId))
                ++count;
        }
    }
    return count;
}

bool CommentListModel::isListed(const QString& serverId) const
{
    return m_ownByServerId.contains(serverId) || m_serverTimes.contains(serverId) || m_collapsed.contains(serverId);
}

void CommentListModel::onPageFailed(int page, const QString& reason)
{
    Q_UNUSED(page)
    setFetching(false);
    setFetchError(reason.isEmpty() ? tr("The comments could not be loaded.") : reason);
    emit fetchFailed(m_fetchError);
}

void CommentListModel::refresh()
{
    if (!m_sender || m_fetching)
        return;
    setFetching(true);
    setFetchError({});
    m_sender->fetchPage(1, m_pageSize);
}

void CommentListModel::retryFetch()
{
    setFetchError({});
}

void CommentListModel::setFetchError(const QString& reason)
{
    if (m_fetchError == reason)
        return;
    m_fetchError = reason;
    emit fetchErrorChanged();
}

void CommentListModel::setFetching(bool fetching)
{
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    emit fetchingChanged(fetching);
}

bool CommentListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_sender || m_fetching || !m_fetchError.isEmpty())
        return false;
    return m_totalPages < 0 || m_pagesLoaded < m_totalPages;
}

void CommentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    setFetching(true);
    m_sender->fetchPage(m_pagesLoaded + 1, m_pageSize);
}

int CommentListModel::rowOfLocalId(const QString& localId) const
{
    const auto time = m_ownTimes.constFind(localId);
    if (time == m_ownTimes.constEnd())
        return -1;
    return findRow(*time, [&](const Entry& entry) {
        const auto* own = std::get_if<OwnComment>(&entry.value);
        return own && own->localId == localId;
    });
}

int CommentListModel::rowOfServerId(const QString& serverId) const
{
    const auto own = m_ownByServerId.constFind(serverId);
    if (own != m_ownByServerId.constEnd())
        return rowOfLocalId(*own);
    const auto time = m_serverTimes.constFind(serverId);
    if (time == m_serverTimes.constEnd())
        return -1;
    return findRow(*time, [&](const Entry& entry) {
        const auto* server = std::get_if<ServerComment>(&entry.value);
        return server && server->objectId == serverId;
    });
}

QString CommentListModel::stateLabel(ItemState state, const QString& reason)
{
    switch (state) {
    case ItemState::Queued:
        //: A comment that will be tried again; %1 is why the last try did not work
        return reason.isEmpty() ? tr("waiting to send") : tr("waiting to send (last try: %1)").arg(reason);
    case ItemState::Sending:
        return tr("sending");
    case ItemState::Failed:
        //: A comment the server refused or that could not be delivered; %1 is the reason
        return reason.isEmpty() ? tr("not sent") : tr("not sent: %1").arg(reason);
    case ItemState::AwaitingModeration:
        return tr("awaiting moderation");
    case ItemState::Sent:
        return tr("sent");
    case ItemState::SavedLocally:
        return tr("saved on this computer");
    case ItemState::Published:
        return tr("published");
    case ItemState::MarkedAsSpam:
        return tr("marked as spam");
    case ItemState::UnknownStatus:
        //: The comment server gave the comment a status this version does not know
        return tr("not known to be published");
    }
    return {};
}

int CommentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CommentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_rows.at(index.row());
    if (const auto* hidden = std::get_if<HiddenReplies>(&entry.value))
        return hiddenRepliesData(*hidden, role);
    const auto* own = std::get_if<OwnComment>(&entry.value);
    const auto* server = std::get_if<ServerComment>(&entry.value);

    // A server comment's quote travels inside its text (PassageQuote::toMarkdown); an own one keeps it apart.
    const PassageQuote::Parts parts
        = own ? PassageQuote::Parts {own->content.quote, own->content.text} : PassageQuote::fromMarkdown(server->text);
    const QString& text = parts.text;
    const QString& quote = parts.quote;
    const QString& nick = own ? own->content.nick : server->nick;
    const ItemState state = own ? stateOf(*own) : stateOf(*server);
    // The reason may quote the server: isolated, like every untrusted field (see Role).
    const QString reason = own && (own->state == OwnComment::State::Failed || own->state == OwnComment::State::Queued)
                               ? UntrustedText::isolated(own->lastError)
                               : QString();
    auto displayNick = [&] {
        return nick.trimmed().isEmpty() ? tr("Anonymous") : UntrustedText::isolated(nick);
    };
    // The quote, then the comment: isolated for assistive technology, or as plain lines for a tooltip.
    auto quotedText = [&](bool isolate) {
        if (isolate)
            //: A comment on a passage as a screen reader reads it: the quoted passage, then the comment
            return tr("Quote: %1. %2").arg(UntrustedText::isolated(quote), UntrustedText::isolated(text));
        //: A comment's tooltip: the quoted passage, then the comment on the next line
        return tr("Quote: %1\n%2").arg(quote, text);
    };
    const bool isReply
        = !entry.threadId.isEmpty() || (server && server->isReply()) || (own && !ownThreadId(*own).isEmpty());
    auto replyToNick = [&] {
        const QString to = own ? ownReplyToNick(*own) : server->replyToNick;
        return to.trimmed().isEmpty() ? tr("Anonymous") : UntrustedText::isolated(to);
    };
    auto timeText = [&] {
        const QDateTime time = itemTime(entry);
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    };

    switch (role) {
    case Qt::DisplayRole:
        return UntrustedText::isolated(text);
    case Qt::ToolTipRole:
        // QToolTip renders anything Qt::mightBeRichText() takes for markup: escaped HTML shows the literal text.
        return UntrustedText::toHtml(quote.isEmpty() ? text : quotedText(false));
    case TextRole:
        return UntrustedText::visible(text);
    case QuoteRole:
        return UntrustedText::visible(quote);
    case Qt::AccessibleTextRole:
        if (isReply)
            //: How a screen reader reads a reply: whom it answers, then name, time, state and the text
            return tr("Reply to %1: %2, %3, %4: %5")
                .arg(replyToNick(),
                     displayNick(),
                     timeText(),
                     stateLabel(state, reason),
                     quote.isEmpty() ? UntrustedText::isolated(text) : quotedText(true));
        //: How a screen reader reads a comment: name, time, state, then the text
        return tr("%1, %2, %3: %4")
            .arg(displayNick(),
                 timeText(),
                 stateLabel(state, reason),
                 quote.isEmpty() ? UntrustedText::isolated(text) : quotedText(true));
    case Qt::AccessibleDescriptionRole:
    case StateLabelRole:
        return stateLabel(state, reason);
    case NickRole:
        return UntrustedText::visible(nick);
    case DisplayNickRole:
        return displayNick();
    case TimeRole:
        return itemTime(entry);
    case TimeTextRole:
        return timeText();
    case StateRole:
        return QVariant::fromValue(state);
    case ReasonRole:
        return reason;
    case LocalIdRole:
        return own ? own->localId : QString();
    case ServerIdRole:
        return own ? own->serverId : server->objectId;
    case CityIdRole:
        return own ? own->content.cityId : QString();
    case IsOwnRole:
        return own != nullptr;
    case CanRetryRole:
        return own && OwnCommentActions::forState(own->state).retry;
    case CanDiscardRole:
        return own && OwnCommentActions::forState(own->state).remove;
    case CanEditRole:
        return own && OwnCommentActions::forState(own->state).edit;
    case ReplyCountRole:
        return server ? static_cast<int>(server->replies.size()) : 0;
    case DepthRole:
        return entry.threadId.isEmpty() ? 0 : 1;
    case IsReplyRole:
        return isReply;
    case ReplyToNickRole:
        return isReply ? replyToNick() : QString();
    case HiddenReplyCountRole:
        return 0;
    case RootIdRole:
        if (!entry.threadId.isEmpty())
            return entry.threadId;
        if (isReply)
            return own ? ownThreadId(*own) : server->rootId;
        return serverIdOf(entry);
    default:
        return {};
    }
}

QVariant CommentListModel::hiddenRepliesData(const HiddenReplies& hidden, int role) const
{
    const int count = m_collapsed.count(hidden.rootId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
    case TextRole:
        //: A row at the end of a long thread in the comment list; activating it lists the other replies
        return tr("Show %n more reply(s)", nullptr, count);
    case Qt::AccessibleDescriptionRole:
        return tr("Press Enter to show them");
    case HiddenReplyCountRole:
        return count;
    case DepthRole:
        return 1;
    case RootIdRole:
        return hidden.rootId;
    case IsOwnRole:
    case IsReplyRole:
    case CanRetryRole:
    case CanDiscardRole:
    case CanEditRole:
        return false;
    case ReplyCountRole:
        return 0;
    default:
        return QString();
    }
}

QHash<int, QByteArray> CommentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(QuoteRole, "quote");
    names.insert(NickRole, "nick");
    names.insert(DisplayNickRole, "displayNick");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(StateRole, "state");
    names.insert(StateLabelRole, "stateLabel");
    names.insert(ReasonRole, "reason");
    names.insert(LocalIdRole, "localId");
    names.insert(ServerIdRole, "serverId");
    names.insert(CityIdRole, "cityId");
    names.insert(IsOwnRole, "isOwn");
    names.insert(CanRetryRole, "canRetry");
    names.insert(CanDiscardRole, "canDiscard");
    names.insert(CanEditRole, "canEdit");
    names.insert(ReplyCountRole, "replyCount");
    names.insert(DepthRole, "depth");
    names.insert(IsReplyRole, "isReply");
    names.insert(ReplyToNickRole, "replyToNick");
    names.insert(RootIdRole, "rootId");
    names.insert(HiddenReplyCountRole, "hiddenReplyCount");
    return names;
}

QDateTime CommentListModel::timeOf(const Entry& entry)
{
    if (!entry.threadId.isEmpty())
        return entry.threadTime;
    return itemTime(entry);
}

QDateTime CommentListModel::itemTime(const Entry& entry)
{
    if (const auto* own = std::get_if<OwnComment>(&entry.value))
        return own->createdAt;
    if (const auto* server = std::get_if<ServerComment>(&entry.value))
        return server->time;
    // A "Show N more replies" row: no time of its own, so what is inserted in its thread goes after it.
    return {};
}

QString CommentListModel::serverIdOf(const Entry& entry)
{
    if (const auto* own = std::get_if<OwnComment>(&entry.value))
        return own->serverId;
    if (const auto* server = std::get_if<ServerComment>(&entry.value))
        return server->objectId;
    return {};
}

QString CommentListModel::ownThreadId(const OwnComment& comment)
{
    // Waline lists a reply in the children of its rid; a draft that names only the comment it answers answers a
    // root (WalineProtocol::encodeComment sends that as the rid).
    const CommentReplyTarget& to = comment.content.replyTo;
    return to.rootId.isEmpty() ? to.parentId : to.rootId;
}

QString CommentListModel::ownReplyToNick(const OwnComment& comment)
{
    return comment.content.replyTo.nick;
}

int CommentListModel::insertionRow(const QDateTime& time) const
{
    // Rows are sorted newest first: the first row that is older than time.
    const auto it = std::partition_point(
        m_rows.cbegin(), m_rows.cend(), [&](const Entry& entry) { return !isNewer(time, timeOf(entry)); });
    return static_cast<int>(it - m_rows.cbegin());
}

template<typename Match>
int CommentListModel::findRow(const QDateTime& time, Match match) const
{
    // The first row that is not newer than time, then along the rows of that same time.
    auto it = std::partition_point(
        m_rows.cbegin(), m_rows.cend(), [&](const Entry& entry) { return isNewer(timeOf(entry), time); });
    for (; it != m_rows.cend() && !isNewer(time, timeOf(*it)); ++it) {
        if (match(*it))
            return static_cast<int>(it - m_rows.cbegin());
    }
    return -1;
}

bool CommentListModel::insertEntry(Entry entry)
{
    int row = 0;
    if (entry.threadId.isEmpty()) {
        entry.threadTime = {};
        row = insertionRow(itemTime(entry));
    } else {
        // Under the thread's root, among its replies oldest first (after those of the same time).
        const int root = rowOfServerId(entry.threadId);
        if (root < 0 || !m_rows.at(root).threadId.isEmpty())
            return false;
        entry.threadTime = timeOf(m_rows.at(root));
        const QDateTime time = itemTime(entry);
        row = root + 1;
        while (row < m_rows.size() && m_rows.at(row).threadId == entry.threadId
               && !isNewer(itemTime(m_rows.at(row)), time))
            ++row;
    }
    if (const auto* own = std::get_if<OwnComment>(&entry.value))
        m_ownTimes.insert(own->localId, timeOf(entry));
    else if (const auto* server = std::get_if<ServerComment>(&entry.value))
        m_serverTimes.insert(server->objectId, timeOf(entry));
    beginInsertRows({}, row, row);
    m_rows.insert(row, std::move(entry));
    endInsertRows();
    return true;
}

QList<CommentListModel::Entry> CommentListModel::removeRowAt(int row)
{
    // A root's replies follow it: they go out in the same removal.
    const Entry& entry = m_rows.at(row);
    const QString rootId = entry.threadId.isEmpty() ? serverIdOf(entry) : QString();
    int end = row + 1;
    if (!rootId.isEmpty()) {
        while (end < m_rows.size() && m_rows.at(end).threadId == rootId)
            ++end;
    }
    for (int i = row; i < end; ++i) {
        const Entry& gone = m_rows.at(i);
        if (const auto* own = std::get_if<OwnComment>(&gone.value)) {
            m_ownTimes.remove(own->localId);
            const QString thread = ownThreadId(*own);
            if (gone.threadId.isEmpty() && !thread.isEmpty()) {
                auto waiting = m_waitingReplies.find(thread);
                if (waiting != m_waitingReplies.end() && waiting->removeOne(own->localId) && waiting->isEmpty())
                    m_waitingReplies.erase(waiting);
            }
        } else if (const auto* server = std::get_if<ServerComment>(&gone.value)) {
            m_serverTimes.remove(server->objectId);
        }
    }
    QList<Entry> replies;
    for (int i = row + 1; i < end; ++i) {
        if (!std::holds_alternative<HiddenReplies>(m_rows.at(i).value))
            replies.append(m_rows.at(i));
    }
    // The replies a long thread kept back go with the others, to be listed wherever the caller puts them.
    if (!rootId.isEmpty()) {
        for (ServerComment& kept : m_collapsed.take(rootId))
            replies.append({std::move(kept), rootId, {}});
    }
    beginRemoveRows({}, row, end - 1);
    m_rows.remove(row, end - row);
    endRemoveRows();
    return replies;
}

QList<CommentListModel::Entry> CommentListModel::removeServerRow(const QString& serverId)
{
    const auto time = m_serverTimes.constFind(serverId);
    if (time == m_serverTimes.constEnd())
        return {};
    const int row = findRow(*time, [&](const Entry& entry) {
        const auto* server = std::get_if<ServerComment>(&entry.value);
        return server && server->objectId == serverId;
    });
    if (row >= 0)
        return removeRowAt(row);
    m_serverTimes.remove(serverId);
    return {};
}
