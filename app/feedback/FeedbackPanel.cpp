#include "FeedbackPanel.h"

#include "CommentListView.h"
#include "FeedbackForm.h"
#include "MessageFrame.h"
#include "feedback/FeedbackSession.h"
#include "listing/CommentListModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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
    m_discard->setAccessibleName(tr("Discard the selected comment"));
    m_editAgain->setText(m_list->editAgainAction()->text());
    m_editAgain->setAccessibleName(tr("Edit the selected comment again"));
    m_tryAgain->setText(tr("Tr&y again"));
    m_tryAgain->setAccessibleName(tr("Try loading the comments again"));
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
    , m_list(new CommentListView(this))
    , m_fetchError(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackPanel"));

    auto* heading = new QLabel(this);
    m_heading = heading;
    heading->setObjectName(QStringLiteral("feedbackHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    heading->setFont(headingFont);

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
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_editAgain);
    actions->addStretch(1);
    actions->addWidget(m_discard);

    m_fetchError->setObjectName(QStringLiteral("commentFetchError"));
    m_fetchError->setTextFormat(Qt::PlainText);
    m_fetchError->setWordWrap(true);
    m_fetchError->hide();
    m_tryAgain = new QPushButton(this);
    m_tryAgain->setObjectName(QStringLiteral("reloadCommentsButton"));
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
    layout->addSpacing(8);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(fetchRow);
    layout->addLayout(actions);

    setTabOrder(m_list, m_retry);
    setTabOrder(m_retry, m_editAgain);
    setTabOrder(m_editAgain, m_discard);
    setTabOrder(m_discard, m_tryAgain);

    connect(m_form, &FeedbackForm::announcement, this, &FeedbackPanel::announcement);
    connect(m_list, &CommentListView::retryRequested, this, &FeedbackPanel::retry);
    connect(m_list, &CommentListView::discardRequested, this, &FeedbackPanel::discard);
    connect(m_list, &CommentListView::editAgainRequested, this, &FeedbackPanel::editAgain);
    connect(m_list, &CommentListView::currentActionsChanged, this, &FeedbackPanel::updateButtons);
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

void FeedbackPanel::attach(CommentStore* store, Outbox* outbox, CommentListModel* model, bool hasServer)
{
    m_session = new FeedbackSession(store, outbox, this);
    m_model = model;
    m_localOnlyNote->setVisible(!hasServer);

    m_session->showOn(model);
    connect(model, &CommentListModel::fetchFailed, this, &FeedbackPanel::showFetchError);
    connect(m_session, &FeedbackSession::commentChanged, this, &FeedbackPanel::announceDelivery);
    m_list->setModel(model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &FeedbackPanel::updateButtons);
    m_form->attach(m_session);
    updateButtons();
}

void FeedbackPanel::showStoreProblem(const QString& text)
{
    m_storeProblem->setMessage(MessageFrame::Kind::Warning, text);
}

void FeedbackPanel::saveDraftNow()
{
    m_form->saveDraftNow();
}

void FeedbackPanel::retry(const QString& localId)
{
    if (m_session && m_session->retry(localId))
        emit announcement(tr("Your comment will be sent again."));
}

void FeedbackPanel::discard(const QString& localId)
{
    if (m_session && m_session->discard(localId))
        emit announcement(tr("Your comment was discarded."));
}

void FeedbackPanel::editAgain(const QString& localId)
{
    if (!m_session)
        return;
    if (!m_form->hasNoComment()) {
        m_form->showNotice(tr("Send or clear the comment in the form first; then Edit again brings the other one "
                              "back."),
                           true);
        return;
    }
    const std::optional<CommentDraft> draft = m_session->takeBack(localId);
    if (!draft)
        return;
    m_form->setDraft(*draft);
    m_form->focusComment();
    emit announcement(tr("Your comment is back in the form."));
}

void FeedbackPanel::announceDelivery(const OwnComment& comment)
{
    switch (comment.state) {
    case OwnComment::State::Sent:
        emit announcement(tr("Your comment was sent."));
        break;
    case OwnComment::State::AwaitingModeration:
        emit announcement(tr("Your comment was sent; it will appear once a moderator approves it."));
        break;
    case OwnComment::State::Failed:
        emit announcement(tr("Your comment was not sent: %1").arg(comment.lastError));
        break;
    case OwnComment::State::MarkedAsSpam:
        emit announcement(tr("Your comment was sent, but the comment server marked it as spam: it will not appear "
                             "unless a moderator approves it."));
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
    m_editAgain->setEnabled(m_list->currentCanRetry());
    m_discard->setEnabled(m_list->currentCanDiscard());
}

void FeedbackPanel::showFetchError(const QString& reason)
{
    m_fetchError->setText(tr("The comments could not be loaded: %1").arg(reason));
    m_fetchError->setAccessibleName(m_fetchError->text());
    m_fetchError->show();
    m_tryAgain->show();
}
