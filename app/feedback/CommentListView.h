#pragma once

#include "comments/CommentReplyTarget.h"

#include <QListView>

class CommentDelegate;
class QAction;

// The article's comments (a CommentListModel), painted by CommentDelegate, fetching more as the reader scrolls to
// the end. The reader's comments kept on this computer can be edited and deleted, and failed ones retried, as the
// model's Can*Role say (OwnCommentActions): Enter or F2 edits, Delete deletes, Ctrl+Z undoes a deletion, and the
// context menu (mouse, Menu key, Shift+F10) offers what the comment allows. The view only asks; the owner acts on
// the outbox (and asks before deleting).
// A comment that quotes the article shows its passage from the context menu, on a double click, and on Enter where
// Enter does not edit it: quoteActivated, which only asks the owner to show it.
// Any comment the server has (it has an id) can be answered: Reply (R or Ctrl+R, the context menu) asks the owner
// to start a reply to it (replyRequested).
class CommentListView : public QListView
{
    Q_OBJECT

public:
    explicit CommentListView(QWidget* parent = nullptr);

    // The current row's own comment id, or empty when it is not the reader's.
    void setModel(QAbstractItemModel* model) override;

    QString currentLocalId() const;
    bool currentCanRetry() const;
    bool currentCanDiscard() const;
    bool currentCanEdit() const;
    // The current row's quote (plain text), or empty.
    QString currentQuote() const;
    // True when the current row is a comment the server has (a server id): one that can be answered.
    bool currentCanReply() const;
    // What a reply to the current row sends: its server id, its thread's root, its author's nick (NickRole). Empty when
    // it cannot be answered.
    CommentReplyTarget currentReplyTarget() const;

    QAction* retryAction() const { return m_retry; }
    QAction* discardAction() const { return m_discard; }
    QAction* editAgainAction() const { return m_editAgain; }
    // Ctrl+Z while the list has focus; the owner enables it while a deletion can be undone.
    QAction* undoAction() const { return m_undo; }
    QAction* showQuoteAction() const { return m_showQuote; }
    QAction* replyAction() const { return m_reply; }

signals:
    void retryRequested(const QString& localId);
    void discardRequested(const QString& localId);
    void editAgainRequested(const QString& localId);
    void undoRequested();
    // The reader asked to see the passage a comment quotes (plain text, as listed).
    void quoteActivated(const QString& quote);
    // The reader asked to answer the current comment.
    void replyRequested(const CommentReplyTarget& target);
    // The current row changed, or what may be done with it.
    void currentActionsChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void dataChanged(const QModelIndex& topLeft,
                     const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;

private:
    void retranslateUi();
    void updateActions();

    CommentDelegate* m_delegate;
    QAction* m_retry;
    QAction* m_discard;
    QAction* m_editAgain;
    QAction* m_undo;
    QAction* m_showQuote;
    QAction* m_reply;
};
