// Edit, Delete, Retry and Undo on the reader's own comments in the feedback panel, driven from the keyboard and the
// context menu of the comment list, against a real store and outbox.
#include "FakeCommentSender.h"
#include "ReaderContent.h"
#include "delivery/Outbox.h"
#include "feedback/CommentListView.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/FeedbackSession.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace {

// A Retry-After far beyond any test: the comment stays Queued however slowly the test runs (the backoff's jitter
// alone may make it due at once, and the outbox would claim it).
constexpr int retryInAnHour = 3600;

QList<CityZone> bundledCities()
{
    const auto content = ReaderContent::loadBundled();
    EXPECT_TRUE(content.ok());
    return content.ok() ? content.value().cities : QList<CityZone> {};
}

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << "no child named " << name;
    return widget;
}

} // namespace

class OwnCommentPanelTest : public ::testing::Test
{
protected:
    // hasServer false: local-only mode, the outbox has no sender.
    void open(bool hasServer)
    {
        store = std::make_unique<CommentStore>(dir.filePath(QStringLiteral("comments.sqlite")));
        outbox = std::make_unique<Outbox>(store.get(), hasServer ? &sender : nullptr);
        model = std::make_unique<CommentListModel>();
        model->setSender(hasServer ? &sender : nullptr);
        panel = std::make_unique<FeedbackPanel>(cities);
        panel->resize(420, 900);
        panel->attach(new FeedbackSession(store.get(), outbox.get()), model.get(), hasServer);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        outbox->start();
        text = child<QPlainTextEdit>(panel.get(), "commentField");
        send = child<QPushButton>(panel.get(), "sendButton");
        list = child<CommentListView>(panel.get(), "commentList");
        editAgain = child<QPushButton>(panel.get(), "editAgainButton");
        discard = child<QPushButton>(panel.get(), "discardButton");
        retry = child<QPushButton>(panel.get(), "retryButton");
    }

    void sendComment(const QString& comment)
    {
        text->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(text, comment);
        QTest::mouseClick(send, Qt::LeftButton);
        ASSERT_TRUE(text->toPlainText().isEmpty()) << "the comment was not stored";
    }

    // Moves to the first row as a reader does: Tab into the list, then Home.
    void selectFirstRowWithTheKeyboard()
    {
        list->setFocus(Qt::TabFocusReason);
        QTest::keyClick(list, Qt::Key_Home);
        ASSERT_EQ(list->currentIndex().row(), 0);
    }

    // The delete question the panel opened (window-modal, not exec'd), or null after a wait.
    QMessageBox* deleteQuestion() const
    {
        QMessageBox* box = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            box = panel->findChild<QMessageBox*>(QStringLiteral("deleteCommentQuestion"));
            return box && box->isVisible();
        });
        return shown ? box : nullptr;
    }

    void answerDelete(bool confirm)
    {
        QMessageBox* box = deleteQuestion();
        ASSERT_NE(box, nullptr) << "Delete did not ask";
        EXPECT_EQ(box->textFormat(), Qt::PlainText);
        if (confirm)
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
        else
            QTest::keyClick(box, Qt::Key_Escape);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->findChild<QMessageBox*>(); }));
    }

    // Opens the list's context menu from the keyboard (as Menu and Shift+F10 do) and returns the object names of
    // the actions it offers; the menu is closed again.
    QStringList contextMenuActions()
    {
        QStringList names;
        bool shown = false;
        QTimer::singleShot(0, list, [&] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                shown = true;
                for (QAction* action : menu->actions()) {
                    if (!action->isSeparator() && action->isVisible())
                        names.append(action->objectName() + (action->isEnabled() ? QString() : QStringLiteral("?")));
                }
                menu->close();
            }
        });
        const QPoint at = list->visualRect(list->currentIndex()).center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, list->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list, &event);
        QTest::qWait(0);
        if (!shown)
            names.append(QStringLiteral("(no menu)"));
        return names;
    }

    QTemporaryDir dir;
    const QList<CityZone> cities = bundledCities();
    FakeCommentSender sender;
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<CommentListModel> model;
    std::unique_ptr<FeedbackPanel> panel;
    QPlainTextEdit* text = nullptr;
    QPushButton* send = nullptr;
    CommentListView* list = nullptr;
    QPushButton* editAgain = nullptr;
    QPushButton* discard = nullptr;
    QPushButton* retry = nullptr;
};

TEST_F(OwnCommentPanelTest, EditsACommentKeptOnThisComputer)
{
    open(false);
    sendComment(QStringLiteral("Kept here"));
    selectFirstRowWithTheKeyboard();

    EXPECT_TRUE(editAgain->isEnabled());
    EXPECT_TRUE(discard->isEnabled());
    EXPECT_FALSE(retry->isEnabled()) << "there is no server to send it to";
    QTest::mouseClick(editAgain, Qt::LeftButton);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Kept here"));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(store->comments().isEmpty());
}

TEST_F(OwnCommentPanelTest, EditsACommentStillWaitingToBeSent)
{
    open(true);
    sendComment(QStringLiteral("Waiting"));
    ASSERT_EQ(sender.sent.size(), 1);
    sender.finishSend(sender.sent.constFirst().localId,
                      DeliveryResult::retry(QStringLiteral("Server busy"), retryInAnHour));
    ASSERT_EQ(store->comments().constFirst().state, OwnComment::State::Queued);
    selectFirstRowWithTheKeyboard();

    EXPECT_TRUE(editAgain->isEnabled());
    EXPECT_TRUE(discard->isEnabled());
    QTest::mouseClick(editAgain, Qt::LeftButton);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Waiting"));
    EXPECT_TRUE(store->comments().isEmpty());
}

TEST_F(OwnCommentPanelTest, EnterAndF2EditAndTheFormIsNeverOverwritten)
{
    open(false);
    sendComment(QStringLiteral("First"));
    text->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(text, QStringLiteral("Busy typing"));
    selectFirstRowWithTheKeyboard();

    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Busy typing")) << "what the reader is typing is never replaced";
    EXPECT_EQ(store->comments().size(), 1) << "and the comment stays";
    EXPECT_FALSE(panel->form()->messageText().isEmpty()) << "the form says why";

    text->clear();
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_F2);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("First"));
    EXPECT_TRUE(store->comments().isEmpty());
    EXPECT_EQ(store->draft().text, QStringLiteral("First")) << "the draft holds it, in the same transaction";
}

TEST_F(OwnCommentPanelTest, DeleteAsksOnceAndUndoRestoresTheCommentExactly)
{
    open(true);
    sendComment(QStringLiteral("Waiting"));
    sender.finishSend(sender.sent.constFirst().localId,
                      DeliveryResult::retry(QStringLiteral("Server busy"), retryInAnHour));
    const OwnComment before = store->comments().constFirst();
    ASSERT_EQ(before.state, OwnComment::State::Queued);
    selectFirstRowWithTheKeyboard();

    QTest::keyClick(list, Qt::Key_Delete);
    answerDelete(false);
    EXPECT_EQ(store->comments(), QList<OwnComment> {before}) << "Cancel keeps it";
    EXPECT_EQ(model->rowCount(), 1);

    QTest::keyClick(list, Qt::Key_Delete);
    answerDelete(true);
    EXPECT_TRUE(store->comments().isEmpty());
    EXPECT_EQ(model->rowCount(), 0);
    auto* undo = child<QPushButton>(panel.get(), "undoDeleteButton");
    EXPECT_TRUE(undo->isVisible());

    list->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(store->comments().size(), 1);
    EXPECT_EQ(store->comments().constFirst(), before) << "same localId, createdAt, state, attempts and reason";
    EXPECT_EQ(model->rowOfLocalId(before.localId), 0);
    EXPECT_FALSE(undo->isVisible());
    EXPECT_EQ(list->currentIndex().row(), 0) << "the comment that came back is selected";
}

TEST_F(OwnCommentPanelTest, UndoButtonBringsBackALocalComment)
{
    open(false);
    sendComment(QStringLiteral("Kept here"));
    const OwnComment before = store->comments().constFirst();
    selectFirstRowWithTheKeyboard();
    QTest::mouseClick(discard, Qt::LeftButton);
    answerDelete(true);
    ASSERT_TRUE(store->comments().isEmpty());

    QTest::mouseClick(child<QPushButton>(panel.get(), "undoDeleteButton"), Qt::LeftButton);
    EXPECT_EQ(store->comments(), QList<OwnComment> {before});
    EXPECT_TRUE(sender.sent.isEmpty());
}

TEST_F(OwnCommentPanelTest, TheContextMenuOffersOnlyWhatTheCommentAllows)
{
    open(true);
    sendComment(QStringLiteral("Will be refused"));
    selectFirstRowWithTheKeyboard();
    EXPECT_EQ(contextMenuActions(), QStringList {QStringLiteral("(no menu)")}) << "it is being sent";
    EXPECT_FALSE(editAgain->isEnabled());
    EXPECT_FALSE(discard->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(panel->findChild<QMessageBox*>(), nullptr) << "Delete does nothing to a comment being sent";

    sender.finishSend(sender.sent.constFirst().localId, DeliveryResult::rejected(QStringLiteral("No")));
    // Back in the form (the form was empty): write another one, which fails and stays in the list.
    text->clear();
    sendComment(QStringLiteral("Second"));
    text->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(text, QStringLiteral("Busy"));
    sender.finishSend(sender.sent.constLast().localId, DeliveryResult::rejected(QStringLiteral("No again")));
    selectFirstRowWithTheKeyboard();
    EXPECT_EQ(contextMenuActions(),
              (QStringList {QStringLiteral("editAgainCommentAction"),
                            QStringLiteral("retryCommentAction"),
                            QStringLiteral("discardCommentAction")}));
}

TEST_F(OwnCommentPanelTest, TheContextMenuOfALocalCommentOffersEditAndDelete)
{
    open(false);
    sendComment(QStringLiteral("Kept here"));
    selectFirstRowWithTheKeyboard();
    EXPECT_EQ(contextMenuActions(),
              (QStringList {QStringLiteral("editAgainCommentAction"), QStringLiteral("discardCommentAction")}));
}
