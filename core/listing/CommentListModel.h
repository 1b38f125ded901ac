#pragma once

#include "CollapsedReplies.h"
#include "CommentListEntry.h"
#include "comments/CommentPage.h"
#include "comments/OwnComment.h"
#include "comments/ServerComment.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

class CommentSender;

// The article's comments for a list view, newest first: the server's comments, fetched page by page as the view
// asks for more (canFetchMore/fetchMore), merged with the reader's own comments from the outbox. An own comment
// that the server lists too (its serverId is the server comment's objectId) is one row: the own one, since it
// carries the reader's delivery state. Every text is plain text (see Role).
//
// Replies are listed under their thread's root, oldest first, one level (as Waline lists them): the model stays a
// flat list, so the keyboard walks comments and replies alike, and DepthRole says how far to indent. A thread
// sorts by its root's time; the server pages top-level comments and sends each one's replies whole. A thread that
// comes with many replies lists the first few and a "Show N more replies" row (HiddenReplyCountRole) for the rest
// (CollapsedReplies), until showHiddenReplies() lists them.
class CommentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // What a row's state is: the own comment's OwnComment::State, or for the server's comments what the server says
    // of them (ServerComment::Status): Published, AwaitingModeration, MarkedAsSpam or UnknownStatus.
    enum class ItemState {
        Queued = static_cast<int>(OwnComment::State::Queued),
        Sending = static_cast<int>(OwnComment::State::Sending),
        Failed = static_cast<int>(OwnComment::State::Failed),
        AwaitingModeration = static_cast<int>(OwnComment::State::AwaitingModeration),
        Sent = static_cast<int>(OwnComment::State::Sent),
        SavedLocally = static_cast<int>(OwnComment::State::SavedLocally),
        MarkedAsSpam = static_cast<int>(OwnComment::State::MarkedAsSpam),
        Published = 100,
        // The server gave a status this version does not know: not known to be published.
        UnknownStatus,
    };
    Q_ENUM(ItemState)

    // Every role meant for display (Qt::DisplayRole, DisplayNickRole, the accessible, tooltip, status tip and
    // What's This roles, the labels) carries untrusted text only through UntrustedText: controls made visible,
    // combining marks bounded, each field isolated, and Qt::ToolTipRole as escaped HTML (QToolTip would render
    // markup). TextRole and NickRole are UntrustedText::visible() but not isolated, so that lines can be laid out
    // one by one; Qt::StatusTipRole and Qt::WhatsThisRole are empty.
    enum Role {
        TextRole = Qt::UserRole + 1,
        NickRole,
        // The name to show: the nick, or "Anonymous" when there is none.
        DisplayNickRole,
        TimeRole,
        // The time as the reader's locale writes it.
        TimeTextRole,
        StateRole,
        // Ready to show, plain text: "waiting to send", "not sent: <reason>", "published", ...
        StateLabelRole,
        ReasonRole,
        LocalIdRole,
        ServerIdRole,
        CityIdRole,
        IsOwnRole,
        // What the reader may do with the row (OwnCommentActions): false for the server's comments.
        CanRetryRole,
        CanDiscardRole,
        CanEditRole,
        ReplyCountRole,
        // The passage of the article the comment quotes (PassageQuote), or empty; UntrustedText::visible() like
        // TextRole, which then holds the comment without it. A server comment's quote is read from its text.
        QuoteRole,
        // 1 for a reply listed under its thread, else 0.
        DepthRole,
        // True for a reply, listed under its thread or not (yet).
        IsReplyRole,
        // For a reply: the name of whom it answers, as DisplayNickRole shows names; else empty.
        ReplyToNickRole,
        // The server id of the thread this row belongs to (its own for a root), empty when the server has not
        // got it: with ServerIdRole and NickRole what a reply to this row sends (Waline's rid, pid, at).
        RootIdRole,
        // For the "Show N more replies" row of a long thread: N; 0 for every other row.
        HiddenReplyCountRole,
    };
    Q_ENUM(Role)

    // pageSize is what fetchMore() asks the sender for (1..100, the server's limit).
    explicit CommentListModel(QObject* parent = nullptr, int pageSize = 50);

    // The sender lists the server's comments; null means no server (local-only: own comments only). Replacing the
    // sender drops the server's comments.
    void setSender(CommentSender* sender);
    int pageSize() const { return m_pageSize; }

    // The reader's comments, as Outbox::comments() lists them and as its signals report changes.
    void setOwnComments(const QList<OwnComment>& comments);
    void addOwnComment(const OwnComment& comment);
    void updateOwnComment(const OwnComment& comment);
    void removeOwnComment(const QString& localId);

    // Adds a page of the server's comments (what CommentSender::pageFetched delivers). Comments already listed are
    // updated in place, never listed twice.
    void addPage(const CommentPage& page);

    // Asks for the first page again, to show comments posted since it was fetched (they merge in at the top).
    // Does nothing without a sender or while a page is being fetched.
    void refresh();
    // After a failed page the model stops asking (so a broken server is not hammered); this allows it again.
    void retryFetch();
    // Plain-text reason of the last failed page, empty when the last fetch worked.
    QString fetchError() const { return m_fetchError; }
    bool isFetching() const { return m_fetching; }
    // How many of the server's comments exist in all, as the last page said (-1 before the first page).
    int serverTotal() const { return m_serverTotal; }

    // How many comments of the page (roots and replies) the list does not show yet: what a live check reports.
    int unseenCount(const CommentPage& page) const;
    // True when the comment with this server id is listed (as the server's or as the reader's own).
    bool isListed(const QString& serverId) const;

    // Lists the replies that the "Show N more replies" row at row stands for, in its place, oldest first; false when
    // row is not such a row.
    bool showHiddenReplies(int row);

    // Row of a comment, or -1.
    int rowOfLocalId(const QString& localId) const;
    int rowOfServerId(const QString& serverId) const;

    // The plain-text label of a state; reason is used for Failed and Queued (why the last try failed).
    static QString stateLabel(ItemState state, const QString& reason = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void fetchFailed(const QString& reason);
    void fetchErrorChanged();
    void fetchingChanged(bool fetching);

private:
    using Entry = CommentListEntry;

    // The sort key: the row's own time, or for a reply listed under its thread the thread's.
    static QDateTime timeOf(const Entry& entry);
    // The comment's own time, whatever its place.
    static QDateTime itemTime(const Entry& entry);
    // The server id of the comment of a row (the own comment's serverId or the server's objectId).
    static QString serverIdOf(const Entry& entry);
    // The thread an own comment replies in, or empty for a top-level comment.
    static QString ownThreadId(const OwnComment& comment);
    static QString ownReplyToNick(const OwnComment& comment);
    // First row older than time: where a comment of that time goes (after rows of the same time).
    int insertionRow(const QDateTime& time) const;
    // Row of the entry with this time that matches, or -1; O(log n) plus the rows of equal time.
    template<typename Match>
    int findRow(const QDateTime& time, Match match) const;
    // Inserts a top-level row by time, or a reply (threadId set) among its thread's replies by time; a reply whose
    // thread is not listed goes nowhere (false).
    bool insertEntry(Entry entry);
    // Removes a row; when it roots a thread, the thread's replies are taken out too and returned, to be placed
    // again (placeReplies) once the caller has put the root back, or elsewhere.
    QList<Entry> removeRowAt(int row);
    QList<Entry> removeServerRow(const QString& serverId);
    void placeReplies(QList<Entry> replies);
    // Brings the server's replies of a listed thread up to date: new ones are inserted, changed ones updated in
    // place, ones the server no longer lists removed; the reader's own replies stay.
    void syncReplies(const QString& rootId, const QList<ServerComment>& replies);
    // Moves the reader's replies that wait at the top level for this thread under it.
    void adoptOwnReplies(const QString& rootId);
    // The reader's delivered comments that the server answered without an id ("Duplicate Content" to a retry) are
    // recognised when the server lists them, by the nick and text they were sent with: the own row takes the
    // server's id, so the comment is listed once. The key of such a comment, and of a server comment.
    static QString contentKey(const OwnComment& comment);
    static QString contentKey(const ServerComment& comment);
    // True when comment may be one of those (a hash lookup; nothing when there are none).
    bool isOwnWithoutServerId(const ServerComment& comment) const;
    // Gives the own comment the server's id when it is one of those (in the same thread); true when it did.
    bool adoptAsOwn(const ServerComment& comment);
    void noteOwnServerId(const OwnComment& old, const OwnComment& comment);
    // data() of a "Show N more replies" row.
    QVariant hiddenRepliesData(const HiddenReplies& hidden, int role) const;
    // Row of the thread's "Show N more replies" row, or -1.
    int hiddenRowOf(const QString& rootId) const;
    // After the thread's kept replies changed: its row says how many, or goes when there are none.
    void updateHiddenRow(const QString& rootId);
    void onPageFailed(int page, const QString& reason);
    void setFetchError(const QString& reason);
    void setFetching(bool fetching);

    QList<Entry> m_rows;
    // Own comments by localId -> createdAt, and by serverId -> localId; server rows by objectId -> time.
    QHash<QString, QDateTime> m_ownTimes;
    QHash<QString, QString> m_ownByServerId;
    QHash<QString, QDateTime> m_serverTimes;
    // The reader's replies listed at the top level because their thread is not listed: rootId -> localIds.
    QHash<QString, QStringList> m_waitingReplies;
    CollapsedReplies m_collapsed;
    // Delivered own comments without a server id: contentKey -> localId.
    QHash<QString, QString> m_ownWithoutServerId;

    QPointer<CommentSender> m_sender;
    int m_pageSize;
    int m_pagesLoaded = 0;
    int m_totalPages = -1;
    int m_serverTotal = -1;
    bool m_fetching = false;
    QString m_fetchError;
};
