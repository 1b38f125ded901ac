#include "FeedbackPanel.h"

#include "CommentListView.h"
#include "FeedbackForm.h"
#include "MessageFrame.h"
#include "RelativeFont.h"
#include "ReplyBanner.h"
#include "SendNotice.h"
#include "feedback/CommentSession.h"
#include "feedback/LiveThreadPoller.h"
#include "listing/CommentListModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPushButton* makeButton(QAction* action, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

void FeedbackPanel::retranslateUi()
{
    setAccessibleName(tr("Tell us what you think"));
    m_heading->setText(tr("Tell us what you think"));
    m_storeProblem->setAccessibleName(tr("Problem with the saved comments"));
    m_localOnlyNote->setText(tr("No comment server is configured, so your comments are kept on this computer."));
    m_localOnlyNote->setAccessibleName(m_localOnlyNote->text());
    m_listLabel->setText(tr("&Latest comments"));
    // The buttons say what the list's actions say; the list retranslates those itself.
    m_retry->setText(m_list->retryAction()->text());
    m_retry->setAccessibleName(tr("Retry sending the selected comment"));
    m_discard->setText(m_list->discardAction()->text());
    m_discard->setAccessibleName(tr("Delete the selected comment"));
    m_editAgain->setText(m_list->editAgainAction()->text());
    m_editAgain->setAccessibleName(tr("Edit the selected comment"));
    m_reply->setText(m_list->replyAction()->text());
    m_reply->setAccessibleName(tr("Reply to the selected comment"));
    m_reply->setToolTip(tr("Reply to the selected comment (R or Ctrl+R in the list)"));
    m_listMessage->setAccessibleName(tr("About your comments in the list"));
    m_undo->setText(tr("&Undo"));
    m_undo->setAccessibleName(tr("Bring back the deleted comment"));
    m_undo->setToolTip(tr("Bring back the deleted comment (Ctrl+Z in the list)"));
    m_tryAgain->setText(tr("Tr&y again"));
    m_tryAgain->setAccessibleName(tr("Try loading the comments again"));
    showNewCount(m_newCount);
}

void FeedbackPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // After the list's own actions, which are children and may hear of the change later: sent now, not posted.
    if (event->type() == QEvent::LanguageChange) {
        QEvent listChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_list, &listChange);
        retranslateUi();
    }
}

FeedbackPanel::FeedbackPanel(const QList<CityZone>& cities, QWidget* parent)
    : QWidget(parent)
    , m_storeProblem(new MessageFrame(this))
    , m_localOnlyNote(new QLabel(this))
    , m_form(new FeedbackForm(cities, this))
    // Created between the form and the list, so that Tab reaches "What is sent?" right after the form.
    , m_sendNotice(new SendNotice(this))
    , m_list(new CommentListView(this))
    , m_fetchError(new QLabel(this))
    , m_tryAgain(new QPushButton(this))
    , m_listMessage(new MessageFrame(this))
    , m_undo(new QPushButton(this))
    , m_newComments(new QPushButton(this))
{
    setObjectName(QStringLiteral("feedbackPanel"));

    auto* heading = new QLabel(this);
    m_heading = heading;
    heading->setObjectName(QStringLiteral("feedbackHeading"));
    heading->setTextFormat(Qt::PlainText);
    RelativeFont::apply(heading, 1.25, true);

    m_storeProblem->setObjectName(QStringLiteral("storeProblem"));

    m_localOnlyNote->setObjectName(QStringLiteral("localOnlyNote"));
    m_localOnlyNote->setTextFormat(Qt::PlainText);
    m_localOnlyNote->setWordWrap(true);
    m_localOnlyNote->hide();

    auto* listLabel = new QLabel(this);
    m_listLabel = listLabel;
    listLabel->setObjectName(QStringLiteral("commentListLabel"));
    listLabel->setTextFormat(Qt::PlainText);
    listLabel->setBuddy(m_list);
    QFont labelFont = listLabel->font();
    labelFont.setBold(true);
    listLabel->setFont(labelFont);

    m_retry = makeButton(m_list->retryAction(), "retryButton", this);
    m_discard = makeButton(m_list->discardAction(), "discardButton", this);
    m_editAgain = makeButton(m_list->editAgainAction(), "editAgainButton", this);
    m_reply = makeButton(m_list->replyAction(), "replyButton", this);
    // Reply on a row of its own: with the three actions on the reader's own comments it does not fit a narrow panel.
    auto* replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply);
    replyRow->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_editAgain);
    actions->addStretch(1);
    actions->addWidget(m_discard);

    m_fetchError->setObjectName(QStringLiteral("commentFetchError"));
    m_fetchError->setTextFormat(Qt::PlainText);
    m_fetchError->setWordWrap(true);
    m_fetchError->hide();
    m_newComments->setObjectName(QStringLiteral("newCommentsButton"));
    m_newComments->setAutoDefault(false);
    m_newComments->hide();
    m_tryAgain->setObjectName(QStringLiteral("reloadCommentsButton"));
    m_listMessage->setObjectName(QStringLiteral("commentListMessage"));
    m_undo->setObjectName(QStringLiteral("undoDeleteButton"));
    m_undo->setAutoDefault(false);
    m_listMessage->addButton(m_undo);
    m_undo->hide();
    retranslateUi();
    m_tryAgain->setAutoDefault(false);
    m_tryAgain->hide();
    auto* fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetchError, 1);
    fetchRow->addWidget(m_tryAgain);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(heading);
    layout->addWidget(m_storeProblem);
    layout->addWidget(m_localOnlyNote);
    layout->addWidget(m_form);
    layout->addWidget(m_sendNotice);
    layout->addSpacing(8);
    layout->addWidget(listLabel);
    layout->addWidget(m_newComments);
    layout->addWidget(m_list, 1);
    layout->addLayout(fetchRow);
    layout->addWidget(m_listMessage);
    layout->addLayout(replyRow);
    layout->addLayout(actions);

    setTabOrder(m_newComments, m_list);
    setTabOrder(m_list, m_undo);
    setTabOrder(m_undo, m_reply);
    setTabOrder(m_reply, m_retry);
    setTabOrder(m_retry, m_editAgain);
    setTabOrder(m_editAgain, m_discard);
    setTabOrder(m_discard, m_tryAgain);

    connect(m_form, &FeedbackForm::announcement, this, &FeedbackPanel::announcement);
    connect(m_list, &CommentListView::retryRequested, this, &FeedbackPanel::retry);
    connect(m_list, &CommentListView::discardRequested, this, &FeedbackPanel::discard);
    connect(m_list, &CommentListView::editAgainRequested, this, &FeedbackPanel::editAgain);
    connect(m_list, &CommentListView::quoteActivated, this, &FeedbackPanel::quoteActivated);
    connect(m_list, &CommentListView::replyRequested, this, &FeedbackPanel::replyTo);
    connect(m_list, &CommentListView::currentActionsChanged, this, &FeedbackPanel::updateButtons);
    connect(m_list, &CommentListView::undoRequested, this, &FeedbackPanel::undoDelete);
    connect(m_undo, &QPushButton::clicked, this, &FeedbackPanel::undoDelete);
    connect(m_newComments, &QPushButton::clicked, this, &FeedbackPanel::bringInNewComments);
    connect(m_tryAgain, &QPushButton::clicked, this, [this] {
        m_fetchError->hide();
        m_tryAgain->hide();
        if (!m_model)
            return;
        m_model->retryFetch();
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
    });
    updateButtons();
}

void FeedbackPanel::attach(CommentSession* session, CommentListModel* model, bool hasServer)
{
    m_session = session;
    session->setParent(this);
    m_model = model;
    m_localOnlyNote->setVisible(!hasServer);

    m_session->showOn(model);
    connect(model, &CommentListModel::fetchFailed, this, &FeedbackPanel::showFetchError);
    connect(m_session, &CommentSession::commentChanged, this, &FeedbackPanel::announceDelivery);
    connect(m_session, &CommentSession::undoAvailableChanged, m_list->undoAction(), &QAction::setEnabled);
    connect(m_session, &CommentSession::commentChanged, this, [this](const OwnComment& comment) {
        if (m_disclosure && m_disclosure->noteChange(comment))
            m_sendNotice->refresh();
    });
    m_list->setModel(model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &FeedbackPanel::updateButtons);
    m_form->attach(m_session);
    updateButtons();
}

void FeedbackPanel::attachLiveCheck(LiveThreadPoller* poller)
{
    if (m_poller)
        disconnect(m_poller, nullptr, this, nullptr);
    m_poller = poller;
    if (!poller)
        return;
    connect(poller, &LiveThreadPoller::newCountChanged, this, &FeedbackPanel::showNewCount);
    window()->installEventFilter(this);
    updateWindowVisibility();
    showNewCount(poller->newCount());
}

bool FeedbackPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window()
        && (event->type() == QEvent::Show || event->type() == QEvent::Hide
            || event->type() == QEvent::WindowStateChange))
        updateWindowVisibility();
    return QWidget::eventFilter(watched, event);
}

void FeedbackPanel::updateWindowVisibility()
{
    if (m_poller)
        m_poller->setWindowVisible(window()->isVisible() && !window()->isMinimized());
}

void FeedbackPanel::showNewCount(int count)
{
    const bool more = count > m_newCount;
    m_newCount = count;
    m_newComments->setVisible(count > 0);
    if (count <= 0) {
        m_newComments->setAccessibleName(tr("Show new comments"));
        return;
    }
    //: A button above the comment list; activating it shows the comments the server has got since
    m_newComments->setText(tr("%n new comment(s)", nullptr, count));
    m_newComments->setAccessibleName(tr("Show %n new comment(s)", nullptr, count));
    if (more)
        emit announcement([count] { return tr("%n new comment(s) on the server", nullptr, count); });
}

void FeedbackPanel::bringInNewComments()
{
    if (!m_poller || !m_model)
        return;
    const bool hadFocus = m_newComments->hasFocus();
    const QStringList ids = m_poller->bringIn();
    if (hadFocus || !m_list->hasFocus())
        m_list->setFocus(Qt::OtherFocusReason);
    if (ids.isEmpty())
        return;
    // The current comment stays current; the view shows the first of the new ones.
    const int row = m_model->rowOfServerId(ids.constFirst());
    if (row >= 0)
        m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
    emit announcement([shown = int(ids.size())] { return tr("%n new comment(s) shown", nullptr, shown); });
}

void FeedbackPanel::showStoreProblem(const QString& text)
{
    m_storeProblem->setMessage(MessageFrame::Kind::Warning, text);
}

void FeedbackPanel::commentOnPassage(const QString& quote)
{
    m_form->setQuote(quote);
    m_form->focusComment();
}

void FeedbackPanel::replyTo(const CommentReplyTarget& target)
{
    m_form->setReplyTarget(target);
    m_form->focusComment();
    emit announcement([target] { return ReplyBanner::replyingTo(target); });
}

void FeedbackPanel::showStoreProblem(const TranslatedText& text)
{
    m_storeProblem->setMessage(MessageFrame::Kind::Warning, text);
}

void FeedbackPanel::setSendDisclosure(const SendDisclosure& disclosure)
{
    m_disclosure = disclosure;
    m_sendNotice->setDisclosure(&*m_disclosure);
}

void FeedbackPanel::saveDraftNow()
{
    m_form->saveDraftNow();
}

void FeedbackPanel::retry(const QString& localId)
{
    if (!m_session)
        return;
    if (!m_session->retry(localId)) {
        showListProblem(tr("The comment was not sent again: %1").arg(m_session->lastError()));
        return;
    }
    showUndoState(tr("A deleted comment can still be brought back."));
    emit announcement([] { return tr("Your comment will be sent again."); });
}

void FeedbackPanel::discard(const QString& localId)
{
    if (!m_session)
        return;
    // Window-modal and without a nested event loop: the outbox goes on working while the reader decides, and the
    // store decides again when the answer comes (the comment may have been sent meanwhile).
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Delete comment"),
                                tr("Delete this comment? It has not been sent. You can undo this while the window "
                                   "is open."),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("deleteCommentQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(confirm);
    box->setEscapeButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, localId] {
        if (box->clickedButton() == confirm)
            deleteNow(localId);
        else
            m_list->setFocus(Qt::OtherFocusReason);
    });
    box->open();
}

void FeedbackPanel::deleteNow(const QString& localId)
{
    if (!m_session)
        return;
    if (!m_session->deleteComment(localId)) {
        showListProblem(m_session->lastError());
        return;
    }
    showUndoState(tr("Your comment was deleted."));
    m_list->setFocus(Qt::OtherFocusReason);
    emit announcement(
        [] { return tr("Your comment was deleted. Press Ctrl+Z in the list, or Undo, to bring it back."); });
}

void FeedbackPanel::undoDelete()
{
    if (!m_session)
        return;
    const std::optional<OwnComment> restored = m_session->undoDelete();
    if (!restored) {
        showListProblem(m_session->lastError());
        return;
    }
    showUndoState(tr("Your comment is back. Undo brings back the one deleted before it."));
    if (m_model) {
        const int row = m_model->rowOfLocalId(restored->localId);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
    }
    emit announcement([] { return tr("Your deleted comment is back."); });
}

void FeedbackPanel::showUndoState(const QString& text)
{
    const bool canUndo = m_session && m_session->canUndoDelete();
    m_undo->setVisible(canUndo);
    if (canUndo)
        m_listMessage->setMessage(MessageFrame::Kind::Information, text);
    else
        m_listMessage->clear();
}

void FeedbackPanel::showListProblem(const QString& text)
{
    m_undo->setVisible(m_session && m_session->canUndoDelete());
    m_listMessage->setMessage(MessageFrame::Kind::Error, text);
}

void FeedbackPanel::editAgain(const QString& localId)
{
    if (!m_session)
        return;
    if (!m_form->hasNoComment()) {
        m_form->showNotice(TranslatedText([] {
                               return tr("Send or clear the comment in the form first; then Edit brings the other one "
                                         "back.");
                           }),
                           true);
        return;
    }
    const std::optional<CommentDraft> draft = m_session->takeBack(localId);
    if (!draft) {
        showListProblem(tr("The comment was not put back into the form: %1").arg(m_session->lastError()));
        return;
    }
    showUndoState(tr("A deleted comment can still be brought back."));
    m_form->setDraft(*draft);
    m_form->focusComment();
    emit announcement([] { return tr("Your comment is back in the form."); });
}

void FeedbackPanel::announceDelivery(const OwnComment& comment)
{
    switch (comment.state) {
    case OwnComment::State::Sent:
        emit announcement([] { return tr("Your comment was sent."); });
        break;
    case OwnComment::State::AwaitingModeration:
        emit announcement([] { return tr("Your comment was sent; it will appear once a moderator approves it."); });
        break;
    case OwnComment::State::Failed:
        emit announcement([reason = comment.lastError] { return tr("Your comment was not sent: %1").arg(reason); });
        break;
    case OwnComment::State::MarkedAsSpam:
        emit announcement([] {
            return tr("Your comment was sent, but the comment server marked it as spam: it will not appear "
                      "unless a moderator approves it.");
        });
        break;
    case OwnComment::State::Queued:
    case OwnComment::State::Sending:
    case OwnComment::State::SavedLocally:
        break;
    }
}

void FeedbackPanel::updateButtons()
{
    m_retry->setEnabled(m_list->currentCanRetry());
    m_editAgain->setEnabled(m_list->currentCanEdit());
    m_discard->setEnabled(m_list->currentCanDiscard());
    m_reply->setEnabled(m_list->currentCanReply());
}

void FeedbackPanel::showFetchError(const QString& reason)
{
    m_fetchError->setText(tr("The comments could not be loaded: %1").arg(reason));
    m_fetchError->setAccessibleName(m_fetchError->text());
    m_fetchError->show();
    m_tryAgain->show();
}
