#include "CommentListView.h"

#include "CommentDelegate.h"
#include "listing/CommentListModel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

void CommentListView::retranslateUi()
{
    m_retry->setText(tr("&Retry"));
    m_discard->setText(tr("&Delete…"));
    m_editAgain->setText(tr("&Edit"));
    m_undo->setText(tr("&Undo delete"));
    m_showQuote->setText(tr("Show the &Quoted Passage"));
    m_reply->setText(tr("Re&ply"));
    setAccessibleName(tr("Comments"));
    setAccessibleDescription(tr("Newest first. On your own comments that were not sent, Enter or F2 edits, Delete "
                                "deletes, Ctrl+Z brings a deleted one back, and the context menu offers Retry for "
                                "a failed one. On a comment that quotes the article, the context menu, and Enter "
                                "where it does not edit, show the passage in the article. R or Ctrl+R replies to the "
                                "selected comment. Enter on “Show more replies” lists the other replies of a long "
                                "thread."));
}

void CommentListView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListView::changeEvent(event);
}

CommentListView::CommentListView(QWidget* parent)
    : QListView(parent)
    , m_delegate(new CommentDelegate(this))
    , m_retry(new QAction(this))
    , m_discard(new QAction(this))
    , m_editAgain(new QAction(this))
    , m_undo(new QAction(this))
    , m_showQuote(new QAction(this))
    , m_reply(new QAction(this))
{
    setObjectName(QStringLiteral("commentList"));
    retranslateUi();
    setItemDelegate(m_delegate);
    // Every row has the same height (CommentDelegate), so 100,000 comments lay out without measuring each.
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);

    m_retry->setObjectName(QStringLiteral("retryCommentAction"));
    m_discard->setObjectName(QStringLiteral("discardCommentAction"));
    m_editAgain->setObjectName(QStringLiteral("editAgainCommentAction"));
    m_undo->setObjectName(QStringLiteral("undoDeleteCommentAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_showQuote->setObjectName(QStringLiteral("showQuotedPassageAction"));
    m_reply->setObjectName(QStringLiteral("replyCommentAction"));
    // Shown in the context menu; the list handles the key itself (keyPressEvent), so no window shortcut is taken.
    m_reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reply->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_reply);
    connect(m_retry, &QAction::triggered, this, [this] {
        if (currentCanRetry())
            emit retryRequested(currentLocalId());
    });
    connect(m_discard, &QAction::triggered, this, [this] {
        if (currentCanDiscard())
            emit discardRequested(currentLocalId());
    });
    connect(m_editAgain, &QAction::triggered, this, [this] {
        if (currentCanEdit())
            emit editAgainRequested(currentLocalId());
    });
    connect(m_undo, &QAction::triggered, this, &CommentListView::undoRequested);
    connect(m_reply, &QAction::triggered, this, [this] {
        if (currentCanReply())
            emit replyRequested(currentReplyTarget());
    });
    connect(m_showQuote, &QAction::triggered, this, [this] {
        if (!currentQuote().isEmpty())
            emit quoteActivated(currentQuote());
    });
    // Enter (when it does not edit) and a double click activate a row: one that quotes shows its passage, and
    // "Show N more replies" lists them, the first taking its place as the current row.
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index != currentIndex())
            return;
        if (index.data(CommentListModel::HiddenReplyCountRole).toInt() > 0) {
            auto* comments = qobject_cast<CommentListModel*>(model());
            const int row = index.row();
            if (comments && comments->showHiddenReplies(row) && row < comments->rowCount())
                setCurrentIndex(comments->index(row));
            return;
        }
        if (!currentCanEdit())
            m_showQuote->trigger();
    });
    updateActions();
}

void CommentListView::setModel(QAbstractItemModel* model)
{
    QListView::setModel(model);
    // The empty list says whether comments are still loading (paintEvent).
    if (auto* comments = qobject_cast<CommentListModel*>(model))
        connect(comments, &CommentListModel::fetchingChanged, viewport(), qOverload<>(&QWidget::update));
}

QString CommentListView::currentLocalId() const
{
    return currentIndex().data(CommentListModel::LocalIdRole).toString();
}

QString CommentListView::currentQuote() const
{
    return currentIndex().data(CommentListModel::QuoteRole).toString();
}

bool CommentListView::currentCanReply() const
{
    return !currentIndex().data(CommentListModel::ServerIdRole).toString().isEmpty();
}

CommentReplyTarget CommentListView::currentReplyTarget() const
{
    if (!currentCanReply())
        return {};
    const QModelIndex current = currentIndex();
    // The nick as NickRole gives it (hidden controls made visible, not isolated): sent as Waline's at, which only
    // names whom the reply answers, and isolated wherever it is shown.
    return CommentReplyTarget {current.data(CommentListModel::ServerIdRole).toString(),
                               current.data(CommentListModel::RootIdRole).toString(),
                               current.data(CommentListModel::NickRole).toString()};
}

bool CommentListView::currentCanRetry() const
{
    return currentIndex().data(CommentListModel::CanRetryRole).toBool();
}

bool CommentListView::currentCanDiscard() const
{
    return currentIndex().data(CommentListModel::CanDiscardRole).toBool();
}

bool CommentListView::currentCanEdit() const
{
    return currentIndex().data(CommentListModel::CanEditRole).toBool();
}

bool CommentListView::event(QEvent* event)
{
    // Ctrl+Z belongs to the list while it has focus and a deletion can be undone, whatever the window binds it to.
    if (event->type() == QEvent::ShortcutOverride && m_undo->isEnabled()
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Undo)) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void CommentListView::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    auto* comments = qobject_cast<CommentListModel*>(model());
    if (comments && comments->rowCount() == 0) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         comments->isFetching() ? tr("Loading comments…") : tr("No comments yet."));
    }
}

void CommentListView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Undo) && m_undo->isEnabled()) {
        m_undo->trigger();
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        const bool editKey
            = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2;
        if (editKey && currentCanEdit()) {
            m_editAgain->trigger();
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete && currentCanDiscard()) {
            m_discard->trigger();
            event->accept();
            return;
        }
        // R replies, before keyboard search takes the letter.
        if (event->key() == Qt::Key_R && currentCanReply()) {
            m_reply->trigger();
            event->accept();
            return;
        }
    }
    if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_R && currentCanReply()) {
        m_reply->trigger();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void CommentListView::contextMenuEvent(QContextMenuEvent* event)
{
    QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid())
        return;
    if (index != currentIndex())
        setCurrentIndex(index);
    // Only what this comment allows: Reply for any comment the server has, and nothing at all for the reader's
    // comments that are being sent, unless they quote the article.
    if (!currentCanRetry() && !currentCanEdit() && !currentCanDiscard() && currentQuote().isEmpty()
        && !currentCanReply())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("commentMenu"));
    menu.setAccessibleName(tr("Comment actions"));
    if (currentCanReply())
        menu.addAction(m_reply);
    if (!currentQuote().isEmpty())
        menu.addAction(m_showQuote);
    if (currentCanEdit())
        menu.addAction(m_editAgain);
    if (currentCanRetry())
        menu.addAction(m_retry);
    if (currentCanDiscard()) {
        menu.addSeparator();
        menu.addAction(m_discard);
    }
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                  : viewport()->mapToGlobal(visualRect(index).center());
    menu.exec(at);
}

void CommentListView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QListView::currentChanged(current, previous);
    updateActions();
}

void CommentListView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
        updateActions();
}

void CommentListView::updateActions()
{
    m_retry->setEnabled(currentCanRetry());
    m_editAgain->setEnabled(currentCanEdit());
    m_discard->setEnabled(currentCanDiscard());
    m_showQuote->setEnabled(!currentQuote().isEmpty());
    m_reply->setEnabled(currentCanReply());
    emit currentActionsChanged();
}
