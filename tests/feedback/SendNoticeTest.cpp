// The line under the form that says what is sent and where, and "What is sent?", in a real panel.
#include "FakeCommentSender.h"
#include "ReaderContent.h"
#include "delivery/Outbox.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/FeedbackSession.h"
#include "feedback/SendDisclosure.h"
#include "listing/CommentListModel.h"
#include "net/CommentRequestFields.h"
#include "storage/CommentStore.h"

#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace {

const QString server = QStringLiteral("https://comments.example.org");
// An & in the address: a tooltip escaped but not marked as rich text would show it as "&amp;".
const QString articlePath = QStringLiteral("/articles/a?b&c=d");

} // namespace

class SendNoticeTest : public ::testing::Test
{
protected:
    void open(bool withDisclosure)
    {
        panel.reset();
        outbox.reset();
        store = std::make_unique<CommentStore>(dir.filePath(QStringLiteral("comments.sqlite")));
        outbox = std::make_unique<Outbox>(store.get(), &sender);
        model = std::make_unique<CommentListModel>();
        const auto content = ReaderContent::loadBundled();
        ASSERT_TRUE(content.ok());
        panel = std::make_unique<FeedbackPanel>(content.value().cities);
        panel->attach(new FeedbackSession(store.get(), outbox.get()), model.get(), true);
        if (withDisclosure)
            panel->setSendDisclosure(SendDisclosure(&settings, QUrl(server), articlePath, QStringLiteral("PZ/1")));
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        outbox->start();
    }

    QWidget* notice() const { return panel->findChild<QWidget*>(QStringLiteral("sendNotice")); }
    QLabel* noticeText() const { return panel->findChild<QLabel*>(QStringLiteral("sendNoticeText")); }
    QPushButton* whatIsSent() const { return panel->findChild<QPushButton*>(QStringLiteral("whatIsSentButton")); }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeCommentSender sender;
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<CommentListModel> model;
    std::unique_ptr<FeedbackPanel> panel;
};

TEST_F(SendNoticeTest, SaysWhatGoesWhereUntilTheFirstCommentReachesTheServer)
{
    open(true);
    ASSERT_NE(notice(), nullptr);
    EXPECT_TRUE(notice()->isVisible());
    EXPECT_EQ(noticeText()->textFormat(), Qt::PlainText);
    EXPECT_TRUE(noticeText()->text().contains(QStringLiteral("comments.example.org")))
        << noticeText()->text().toStdString();
    EXPECT_FALSE(whatIsSent()->accessibleName().isEmpty());

    auto* text = panel->findChild<QPlainTextEdit*>(QStringLiteral("commentField"));
    text->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(text, QStringLiteral("Hello"));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_TRUE(notice()->isVisible()) << "not yet at the server";
    sender.finishSend(sender.sent.constFirst().localId, DeliveryResult::delivered(std::nullopt));
    EXPECT_FALSE(notice()->isVisible());

    open(true);
    EXPECT_FALSE(notice()->isVisible()) << "remembered across windows";
}

TEST_F(SendNoticeTest, SaysNothingWithoutAServer)
{
    open(false);
    EXPECT_FALSE(notice()->isVisible());
}

TEST_F(SendNoticeTest, WhatIsSentListsExactlyTheFieldsOfTheRequest)
{
    open(true);
    whatIsSent()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(whatIsSent(), Qt::Key_Space);
    QDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = panel->findChild<QDialog*>(QStringLiteral("sentFieldsDialog"));
        return dialog && dialog->isVisible();
    }));
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("sentFieldsList"));
    ASSERT_NE(list, nullptr);
    QStringList shown;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown.append(list->topLevelItem(i)->text(0));
    QStringList sent = CommentRequestFields::keysFor(CommentRequestFields::everyFieldDraft(), articlePath, {});
    std::sort(shown.begin(), shown.end());
    std::sort(sent.begin(), sent.end());
    EXPECT_EQ(shown, sent);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        // Rendered the way QToolTip renders it: as rich text when it looks like rich text.
        const QTreeWidgetItem* item = list->topLevelItem(i);
        const QString tip = item->toolTip(1);
        QTextDocument rendered;
        if (Qt::mightBeRichText(tip))
            rendered.setHtml(tip);
        else
            rendered.setPlainText(tip);
        QString shownTip = rendered.toPlainText();
        shownTip.remove(QChar(0x2068)).remove(QChar(0x2069));
        EXPECT_EQ(shownTip, item->text(1));
    }

    auto* intro = dialog->findChild<QLabel*>(QStringLiteral("sentFieldsIntro"));
    ASSERT_NE(intro, nullptr);
    EXPECT_EQ(intro->textFormat(), Qt::PlainText);
    EXPECT_TRUE(intro->text().contains(QStringLiteral("https://comments.example.org/api/comment")))
        << intro->text().toStdString();
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !panel->findChild<QDialog*>(QStringLiteral("sentFieldsDialog")); }));
}
