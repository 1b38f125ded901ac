#pragma once

#include "TranslatedText.h"
#include "cities/CityZone.h"
#include "comments/OwnComment.h"
#include "feedback/SendDisclosure.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class CommentListModel;
class CommentListView;
class CommentSession;
class FeedbackForm;
class LiveThreadPoller;
class MessageFrame;
class QLabel;
class QPushButton;
class SendNotice;

// "Tell us what you think": the feedback form above the article's comments, with Edit, Delete and Retry for the
// reader's comments that were not sent (what each state allows: OwnCommentActions). Delete asks once, and the
// deletion can be undone (the Undo button under the list, or Ctrl+Z in the list) while the window is open. It shows
// nothing but the form until attach() gives it the comment session and the list model, which CommentsOpener opens
// after the window's first paint.
class FeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeedbackPanel(const QList<CityZone>& cities, QWidget* parent = nullptr);

    // The panel takes session as its child (a FeedbackSession, on a store and an outbox that outlive the panel);
    // model must outlive the panel. hasServer false is local-only mode: comments stay on this computer, and the
    // panel says so.
    void attach(CommentSession* session, CommentListModel* model, bool hasServer);
    // Null until attach().
    CommentSession* session() const { return m_session; }
    // A plain-text problem with the local store (it was damaged and recovered, or runs in memory).
    void showStoreProblem(const QString& text);
    // The same, said again in the new language when the language changes.
    void showStoreProblem(const TranslatedText& text);
    // Shows "N new comments" when the poller finds some, and brings them in when the reader activates it. The
    // poller's checks pause while the window is hidden. poller must outlive the panel.
    void attachLiveCheck(LiveThreadPoller* poller);
    QPushButton* newCommentsButton() const { return m_newComments; }
    void saveDraftNow();
    // What is sent and where, told under the form until a comment reaches the server. Without one (no server)
    // nothing is said.
    void setSendDisclosure(const SendDisclosure& disclosure);

    FeedbackForm* form() const { return m_form; }
    // Starts (or changes) a comment on a passage of the article: the form shows the quote and the comment field
    // takes the focus.
    void commentOnPassage(const QString& quote);
    // Starts (or changes) a reply to a comment of the server: the form says whom it answers and the comment field
    // takes the focus.
    void replyTo(const CommentReplyTarget& target);
    CommentListView* list() const { return m_list; }

signals:
    // Something worth a status-bar line, made again when the language changes.
    void announcement(const TranslatedText& text);
    // The reader asked to see the passage a listed comment quotes (plain text from the list).
    void quoteActivated(const QString& quote);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void retry(const QString& localId);
    // Asks once, then deletes.
    void discard(const QString& localId);
    void deleteNow(const QString& localId);
    void undoDelete();
    void editAgain(const QString& localId);
    // A plain-text problem with an action on a comment of the list, shown under the list.
    void showListProblem(const QString& text);
    // Shows Undo under the list while a deletion can be undone, with text, or clears the message.
    void showUndoState(const QString& text);
    // Says on the status line what became of a comment the reader sent, since the list may be out of view.
    void announceDelivery(const OwnComment& comment);
    void updateButtons();
    void showFetchError(const QString& reason);
    void showNewCount(int count);
    void bringInNewComments();
    void updateWindowVisibility();

    CommentSession* m_session = nullptr;
    QPointer<CommentListModel> m_model;
    MessageFrame* m_storeProblem;
    QLabel* m_localOnlyNote;
    QLabel* m_heading = nullptr;
    QLabel* m_listLabel = nullptr;
    FeedbackForm* m_form;
    SendNotice* m_sendNotice;
    std::optional<SendDisclosure> m_disclosure;
    CommentListView* m_list;
    QPushButton* m_retry;
    QPushButton* m_discard;
    QPushButton* m_editAgain;
    QPushButton* m_reply;
    QLabel* m_fetchError;
    QPushButton* m_tryAgain;
    // Under the list: "Your comment was deleted." with Undo, or why an action on a comment was refused.
    MessageFrame* m_listMessage;
    QPushButton* m_undo;
    QPushButton* m_newComments;
    QPointer<LiveThreadPoller> m_poller;
    int m_newCount = 0;
};
