// Replying to a comment in the feedback panel, from the keyboard alone: select a comment in the list, press R (or
// Ctrl+R, or use the button or the context menu), type, send; against a real store and outbox, with a fake server.
#include "FakeCommentSender.h"
#include "ReaderContent.h"
#include "delivery/Outbox.h"
#include "feedback/CommentListView.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/FeedbackSession.h"
#include "feedback/ReplyBanner.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace {

const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);

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

ServerComment serverComment(const QString& id, const QString& nick, int minutes)
{
    ServerComment comment;
    comment.objectId = id;
    comment.nick = nick;
    comment.text = QStringLiteral("Comment %1").arg(id);
    comment.status = ServerComment::Status::Approved;
    comment.time = base.addSecs(60 * minutes);
    return comment;
}

// Root "a" by a nick that tries a right-to-left override, with one reply "a1"; root "b" (newer) without replies.
CommentPage firstPage()
{
    ServerComment a = serverComment(QStringLiteral("a"), QStringLiteral("Mei\u202Egnp.exe"), 10);
    ServerComment a1 = serverComment(QStringLiteral("a1"), QStringLiteral("Wei"), 11);
    a1.parentId = a.objectId;
    a1.rootId = a.objectId;
    a1.replyToNick = a.nick;
    a.replies = {a1};
    CommentPage page;
    page.page = 1;
    page.totalPages = 1;
    page.totalCount = 3;
    page.comments = {serverComment(QStringLiteral("b"), QStringLiteral("Lin"), 20), a};
    return page;
}

} // namespace

class ReplyPanelTest : public ::testing::Test
{
protected:
    void open()
    {
        store = std::make_unique<CommentStore>(dir.filePath(QStringLiteral("comments.sqlite")));
        outbox = std::make_unique<Outbox>(store.get(), &sender);
        model = std::make_unique<CommentListModel>();
        model->setSender(&sender);
        panel = std::make_unique<FeedbackPanel>(cities);
        panel->resize(420, 900);
        panel->attach(new FeedbackSession(store.get(), outbox.get()), model.get(), true);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        outbox->start();
        sender.deliverPage(firstPage());
        ASSERT_EQ(model->rowCount(), 3);
        text = child<QPlainTextEdit>(panel.get(), "commentField");
        list = child<CommentListView>(panel.get(), "commentList");
        banner = child<ReplyBanner>(panel.get(), "replyBanner");
        replyButton = child<QPushButton>(panel.get(), "replyButton");
        cancelReply = child<QPushButton>(panel.get(), "cancelReplyButton");
    }

    void close()
    {
        panel.reset();
        model.reset();
        outbox.reset();
        store.reset();
    }

    // Tab into the list, then down to the row with this server id.
    void selectWithTheKeyboard(const QString& serverId)
    {
        list->setFocus(Qt::TabFocusReason);
        QTest::keyClick(list, Qt::Key_Home);
        while (list->currentIndex().data(CommentListModel::ServerIdRole).toString() != serverId
               && list->currentIndex().row() < model->rowCount() - 1)
            QTest::keyClick(list, Qt::Key_Down);
        ASSERT_EQ(list->currentIndex().data(CommentListModel::ServerIdRole).toString(), serverId);
    }

    // The visible actions of the list's context menu, opened from the keyboard, by objectName.
    QStringList contextMenuActions()
    {
        QStringList names;
        QTimer::singleShot(0, list, [&] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (QAction* action : menu->actions()) {
                    if (!action->isSeparator() && action->isVisible())
                        names.append(action->objectName());
                }
                menu->close();
            }
        });
        const QPoint at = list->visualRect(list->currentIndex()).center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, list->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list, &event);
        QTest::qWait(0);
        return names;
    }

    const CommentReplyTarget toA {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("Mei\uFFFDgnp.exe")};

    QTemporaryDir dir;
    const QList<CityZone> cities = bundledCities();
    FakeCommentSender sender;
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<CommentListModel> model;
    std::unique_ptr<FeedbackPanel> panel;
    QPlainTextEdit* text = nullptr;
    CommentListView* list = nullptr;
    ReplyBanner* banner = nullptr;
    QPushButton* replyButton = nullptr;
    QPushButton* cancelReply = nullptr;
};

TEST_F(ReplyPanelTest, RepliesToTheSelectedCommentFromTheKeyboardAndTheReplyShowsUnderItsParent)
{
    open();
    EXPECT_FALSE(banner->isVisible());
    selectWithTheKeyboard(QStringLiteral("a"));
    EXPECT_TRUE(replyButton->isEnabled());
    QTest::keyClick(list, Qt::Key_R);

    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), text);
    // Plain text, the override made visible and the nick isolated.
    auto* label = child<QLabel>(panel.get(), "replyingToLabel");
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    EXPECT_EQ(label->text(), QStringLiteral("Replying to \u2068Mei\uFFFDgnp.exe\u2069"));
    EXPECT_EQ(text->accessibleName(), label->text());
    EXPECT_EQ(panel->form()->replyTarget(), toA);

    QTest::keyClicks(text, QStringLiteral("Fair point"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

    const QList<OwnComment> stored = store->comments();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.constFirst().content.text, QStringLiteral("Fair point"));
    EXPECT_EQ(stored.constFirst().content.replyTo, toA);
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constFirst().content.replyTo, toA);
    // Under its parent at once, after the reply already there: b, a, a1, the reader's reply.
    const int row = model->rowOfLocalId(stored.constFirst().localId);
    EXPECT_EQ(row, 3);
    EXPECT_EQ(model->index(row).data(CommentListModel::DepthRole).toInt(), 1);
    EXPECT_EQ(model->index(row).data(CommentListModel::RootIdRole).toString(), QStringLiteral("a"));
    // Sending clears the reply.
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(panel->form()->replyTarget().isEmpty());
    EXPECT_TRUE(store->draft().replyTo.isEmpty());
}

TEST_F(ReplyPanelTest, CtrlRTheButtonAndTheContextMenuReplyToo)
{
    open();
    selectWithTheKeyboard(QStringLiteral("a1"));
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
    // A reply to a reply: pid is that reply, rid its thread's root.
    EXPECT_EQ(panel->form()->replyTarget(),
              (CommentReplyTarget {QStringLiteral("a1"), QStringLiteral("a"), QStringLiteral("Wei")}));

    selectWithTheKeyboard(QStringLiteral("b"));
    EXPECT_EQ(replyButton->accessibleName(), QStringLiteral("Reply to the selected comment"));
    QTest::keyClick(replyButton, Qt::Key_Space);
    EXPECT_EQ(panel->form()->replyTarget(),
              (CommentReplyTarget {QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("Lin")}));
    EXPECT_EQ(QApplication::focusWidget(), text);

    selectWithTheKeyboard(QStringLiteral("a"));
    EXPECT_TRUE(contextMenuActions().contains(QStringLiteral("replyCommentAction")));
    list->replyAction()->trigger();
    EXPECT_EQ(panel->form()->replyTarget(), toA);
}

TEST_F(ReplyPanelTest, ACommentTheServerDoesNotHaveYetCannotBeAnswered)
{
    open();
    text->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(text, QStringLiteral("Mine, still on its way"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(store->comments().size(), 1);
    const int row = model->rowOfLocalId(store->comments().constFirst().localId);
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentIndex(model->index(row));
    EXPECT_FALSE(replyButton->isEnabled());
    EXPECT_FALSE(list->replyAction()->isEnabled());
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_R);
    EXPECT_TRUE(panel->form()->replyTarget().isEmpty());
    EXPECT_FALSE(contextMenuActions().contains(QStringLiteral("replyCommentAction")));
}

TEST_F(ReplyPanelTest, CancelReplyFromTheKeyboardKeepsTheText)
{
    open();
    selectWithTheKeyboard(QStringLiteral("a"));
    QTest::keyClick(list, Qt::Key_R);
    QTest::keyClicks(text, QStringLiteral("Kept"));
    QTest::keyClick(text, Qt::Key_Backtab);
    ASSERT_EQ(QApplication::focusWidget(), cancelReply);
    EXPECT_EQ(cancelReply->accessibleName(), QStringLiteral("Cancel reply"));
    QTest::keyClick(cancelReply, Qt::Key_Space);

    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(panel->form()->replyTarget().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), text);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Kept"));
    EXPECT_TRUE(store->draft().replyTo.isEmpty());
    EXPECT_EQ(text->accessibleName(), QStringLiteral("Comment"));
}

TEST_F(ReplyPanelTest, TheReplyTargetIsPartOfTheDraftAcrossARestart)
{
    open();
    selectWithTheKeyboard(QStringLiteral("a"));
    QTest::keyClick(list, Qt::Key_R);
    // Chosen, not typed: in the store at once, so a kill -9 right now keeps it.
    EXPECT_EQ(store->draft().replyTo, toA);
    QTest::keyClicks(text, QStringLiteral("Half written"));
    close();

    open();
    EXPECT_EQ(panel->form()->replyTarget(), toA);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Half written"));
}

TEST_F(ReplyPanelTest, ARefusedReplyComesBackIntoTheFormWithItsTargetAndTheReason)
{
    open();
    selectWithTheKeyboard(QStringLiteral("a"));
    QTest::keyClick(list, Qt::Key_R);
    QTest::keyClicks(text, QStringLiteral("Too late?"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(sender.sent.size(), 1);
    const QString reason = QStringLiteral("The comment you replied to is no longer on the comment server");
    sender.finishSend(sender.sent.constFirst().localId, DeliveryResult::rejected(reason));

    EXPECT_EQ(text->toPlainText(), QStringLiteral("Too late?"));
    EXPECT_EQ(panel->form()->replyTarget(), toA);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(panel->form()->messageText().contains(reason)) << panel->form()->messageText().toStdString();
    EXPECT_TRUE(store->comments().isEmpty());
    EXPECT_EQ(store->draft().replyTo, toA);
}

TEST_F(ReplyPanelTest, ALongThreadShowsItsOtherRepliesWhenTheReaderPressesEnterOnTheRow)
{
    open();
    ServerComment c = serverComment(QStringLiteral("c"), QStringLiteral("Zhao"), 30);
    for (int i = 0; i < 10; ++i) {
        ServerComment reply = serverComment(QStringLiteral("c%1").arg(i), QStringLiteral("Qian"), 31 + i);
        reply.parentId = c.objectId;
        reply.rootId = c.objectId;
        c.replies.append(reply);
    }
    CommentPage page = firstPage();
    page.comments.prepend(c);
    sender.deliverPage(page);
    const QModelIndex more = model->index(4);
    ASSERT_EQ(more.data(CommentListModel::HiddenReplyCountRole).toInt(), 7);
    EXPECT_EQ(more.data(Qt::DisplayRole).toString(), QStringLiteral("Show 7 more replies"));

    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    ASSERT_EQ(list->currentIndex(), more);
    EXPECT_FALSE(replyButton->isEnabled()) << "the row is not a comment";
    QTest::keyClick(list, Qt::Key_Return);

    EXPECT_EQ(model->rowOfServerId(QStringLiteral("c9")), 10);
    EXPECT_EQ(list->currentIndex().data(CommentListModel::ServerIdRole).toString(), QStringLiteral("c3"));
    EXPECT_EQ(QApplication::focusWidget(), list);
    EXPECT_TRUE(replyButton->isEnabled());
}
