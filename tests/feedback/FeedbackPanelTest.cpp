#include "feedback/FeedbackPanel.h"
#include "FakeCommentSender.h"
#include "ReaderContent.h"
#include "TranslatedText.h"
#include "delivery/Outbox.h"
#include "feedback/CommentDelegate.h"
#include "feedback/CommentListView.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackSession.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"
#include "text/UntrustedText.h"

#include <QAccessible>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

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

// Types text the way a reader does: key by key, so the form validates as it goes. QTest::keyClicks knows only
// ASCII; other characters (no-break spaces, emoji, direction controls) come as key events carrying the text, as
// an input method sends them.
void type(QWidget* field, const QString& text)
{
    field->setFocus(Qt::OtherFocusReason);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            QTest::keyClick(field, c.toLatin1());
            continue;
        }
        QString typed(c);
        if (c.isHighSurrogate() && i + 1 < text.size())
            typed += text.at(++i);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, typed);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, typed);
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
    }
}

// Pastes text the way a reader does (for what a keyboard cannot type, such as control characters).
void paste(QWidget* field, const QString& text)
{
    field->setFocus(Qt::OtherFocusReason);
    QGuiApplication::clipboard()->setText(text);
    QTest::keySequence(field, QKeySequence::Paste);
}

void pressCtrlEnter(QWidget* field)
{
    QTest::keyClick(field, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

class FeedbackPanelTest : public ::testing::Test
{
protected:
    // hasServer false: local-only mode, the outbox has no sender.
    void open(bool hasServer = true)
    {
        if (!store)
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
        nick = child<QLineEdit>(panel.get(), "nameField");
        mail = child<QLineEdit>(panel.get(), "emailField");
        about = child<QComboBox>(panel.get(), "aboutField");
        text = child<QPlainTextEdit>(panel.get(), "commentField");
        send = child<QPushButton>(panel.get(), "sendButton");
        counter = child<QLabel>(panel.get(), "characterCounter");
        list = child<CommentListView>(panel.get(), "commentList");
    }

    // Closes the panel and everything behind it, as quitting the app does; the store file stays.
    void closeAll()
    {
        panel->close();
        panel.reset();
        outbox.reset();
        model.reset();
        store.reset();
    }

    QString message() const { return panel->form()->messageText(); }
    int rowOf(const QString& localId) const { return model->rowOfLocalId(localId); }

    // Sends "Will fail", which the server refuses, while the reader goes on typing `busy` in the form, so the
    // refused comment stays in the list. Returns its local id.
    QString refuseOneCommentWhileTyping(const QString& busy)
    {
        type(text, QStringLiteral("Will fail"));
        QTest::mouseClick(send, Qt::LeftButton);
        type(text, busy);
        const QString localId = sender.sent.constFirst().localId;
        sender.finishSend(localId, DeliveryResult::rejected(QStringLiteral("Refused")));
        return localId;
    }

    QTemporaryDir dir;
    const QList<CityZone> cities = bundledCities();
    FakeCommentSender sender;
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<CommentListModel> model;
    std::unique_ptr<FeedbackPanel> panel;
    QLineEdit* nick = nullptr;
    QLineEdit* mail = nullptr;
    QComboBox* about = nullptr;
    QPlainTextEdit* text = nullptr;
    QPushButton* send = nullptr;
    QLabel* counter = nullptr;
    CommentListView* list = nullptr;
};

TEST_F(FeedbackPanelTest, SendIsDisabledForAnEmptyCommentAndCtrlEnterSaysWhy)
{
    open();
    EXPECT_FALSE(send->isEnabled());
    EXPECT_TRUE(message().isEmpty()) << "nothing to complain about before the reader starts";
    EXPECT_EQ(counter->text(), QStringLiteral("0 / 2000"));
    pressCtrlEnter(text);
    EXPECT_TRUE(outbox->comments().isEmpty());
    EXPECT_EQ(message(), QStringLiteral("Write a comment before sending."));
}

TEST_F(FeedbackPanelTest, RefusesWhatMayNotBeSentWithTheRightMessageAndClearsNothing)
{
    struct Case
    {
        const char* name;
        QString typedText;
        QString pastedText;
        QString typedMail;
        QString expectedMessage;
    };
    const QList<Case> cases {
        {"spaces", QStringLiteral("   "), {}, {}, QStringLiteral("Write a comment before sending.")},
        {"no-break spaces", QStringLiteral("\u00A0\u00A0"), {}, {}, QStringLiteral("Write a comment before sending.")},
        {"ideographic space", QStringLiteral("\u3000"), {}, {}, QStringLiteral("Write a comment before sending.")},
        {"zero-width space", QStringLiteral("\u200B\u200B"), {}, {}, QStringLiteral("Write a comment before sending.")},
        {"over the limit",
         QStringLiteral("x"),
         QString(2000, QLatin1Char('a')),
         {},
         QStringLiteral("The comment has 2001 characters; shorten it to 2000 or fewer.")},
        {"bad email",
         QStringLiteral("Good article"),
         {},
         QStringLiteral("me@"),
         QStringLiteral("Enter an e-mail address like name@example.com, or leave the field empty.")},
        {"control character",
         QStringLiteral("bell"),
         QStringLiteral("ring\u0007"),
         {},
         QStringLiteral("The comment contains an invisible control character (U+0007). Remove it, for example by "
                        "retyping the text around it.")},
        {"right-to-left override",
         QStringLiteral("abc\u202Edef"),
         {},
         {},
         QStringLiteral("The comment contains a hidden text-direction control (U+202E), which can make text appear "
                        "in a misleading order. Remove it.")},
    };
    open();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        text->clear();
        mail->clear();
        if (!c.typedMail.isEmpty())
            type(mail, c.typedMail);
        type(text, c.typedText);
        if (!c.pastedText.isEmpty())
            paste(text, c.pastedText);
        const QString before = text->toPlainText();
        ASSERT_FALSE(before.isEmpty());

        EXPECT_FALSE(send->isEnabled());
        EXPECT_TRUE(message().contains(c.expectedMessage)) << message().toStdString();
        QTest::mouseClick(send, Qt::LeftButton);
        pressCtrlEnter(text);
        EXPECT_TRUE(outbox->comments().isEmpty());
        EXPECT_EQ(text->toPlainText(), before);
        EXPECT_EQ(mail->text(), c.typedMail);
    }
}

TEST_F(FeedbackPanelTest, CountsCharactersAsTheReaderSeesThem)
{
    open();
    type(text, QStringLiteral("Good 👍"));
    EXPECT_EQ(counter->text(), QStringLiteral("6 / 2000"));
    EXPECT_EQ(counter->accessibleName(), QStringLiteral("6 of 2000 characters used"));
}

TEST_F(FeedbackPanelTest, CtrlEnterSendsAValidCommentAndOnlyThenClearsIt)
{
    open();
    type(nick, QStringLiteral("Lin"));
    about->setCurrentIndex(about->findData(QStringLiteral("hefei")));
    type(text, QStringLiteral("Hefei deserves it"));
    EXPECT_TRUE(send->isEnabled());
    pressCtrlEnter(text);

    ASSERT_EQ(outbox->comments().size(), 1);
    const OwnComment stored = outbox->comments().constFirst();
    EXPECT_EQ(stored.content.text, QStringLiteral("Hefei deserves it"));
    EXPECT_EQ(stored.content.nick, QStringLiteral("Lin"));
    EXPECT_EQ(stored.content.cityId, QStringLiteral("hefei"));
    EXPECT_EQ(sender.sent.size(), 1);
    EXPECT_TRUE(text->toPlainText().isEmpty());
    EXPECT_EQ(nick->text(), QStringLiteral("Lin")) << "the name stays for the next comment";
    EXPECT_FALSE(send->isEnabled());

    // Keypad Enter works the same way.
    type(text, QStringLiteral("And Tianjin too"));
    QTest::keyClick(text, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    EXPECT_EQ(outbox->comments().size(), 2);
}

TEST_F(FeedbackPanelTest, SendsMarkupAsTypedAndShowsItLiterally)
{
    open();
    type(text, QStringLiteral("<b>x</b>"));
    QTest::keyClick(text, Qt::Key_Return);
    type(text, QStringLiteral("<b>y</b> & <i>z</i>"));
    QTest::mouseClick(send, Qt::LeftButton);

    const QString expected = QStringLiteral("<b>x</b>\n<b>y</b> & <i>z</i>");
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_EQ(sender.sent.constFirst().content.text, expected);
    const int row = rowOf(sender.sent.constFirst().localId);
    ASSERT_GE(row, 0);
    const QModelIndex index = model->index(row);
    EXPECT_EQ(index.data(CommentListModel::TextRole).toString(), expected);
    // Shown with each line isolated, so that it cannot reorder what is around it.
    EXPECT_EQ(index.data(Qt::DisplayRole).toString(), UntrustedText::isolated(expected));
    EXPECT_EQ(CommentDelegate::visibleTextLines(expected, list->font(), 300),
              (QStringList {QStringLiteral("<b>x</b>"), QStringLiteral("<b>y</b> & <i>z</i>")}));

    // What assistive technology reads for the row: the text as typed, not rendered.
    QAccessibleInterface* view = QAccessible::queryAccessibleInterface(list);
    ASSERT_NE(view, nullptr);
    QAccessibleInterface* item = view->child(row);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->text(QAccessible::Name).contains(UntrustedText::isolated(expected)))
        << item->text(QAccessible::Name).toStdString();
}

TEST_F(FeedbackPanelTest, KeepsTheDraftAcrossClosingAndReopening)
{
    open();
    type(nick, QStringLiteral("Wei"));
    type(mail, QStringLiteral("wei@example.org"));
    about->setFocus();
    about->setCurrentIndex(about->findData(QStringLiteral("tianjin")));
    type(text, QStringLiteral("Half a thought"));
    closeAll();

    open();
    EXPECT_EQ(nick->text(), QStringLiteral("Wei"));
    EXPECT_EQ(mail->text(), QStringLiteral("wei@example.org"));
    EXPECT_EQ(about->currentData().toString(), QStringLiteral("tianjin"));
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Half a thought"));
}

TEST_F(FeedbackPanelTest, SavesTheDraftWhileTheReaderTypes)
{
    open();
    type(text, QStringLiteral("Typing on"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return store->draft().text == QStringLiteral("Typing on"); }))
        << "stored draft: " << store->draft().text.toStdString();
}

TEST_F(FeedbackPanelTest, RemembersNameAndEmailAndForgetsThemOnRequest)
{
    open();
    type(nick, QStringLiteral("Mei"));
    type(mail, QStringLiteral("mei@example.org"));
    type(text, QStringLiteral("First"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(outbox->comments().size(), 1);
    closeAll();

    open();
    EXPECT_EQ(nick->text(), QStringLiteral("Mei"));
    EXPECT_EQ(mail->text(), QStringLiteral("mei@example.org"));
    auto* forget = child<QPushButton>(panel.get(), "forgetProfileButton");
    ASSERT_TRUE(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    EXPECT_TRUE(nick->text().isEmpty());
    EXPECT_TRUE(mail->text().isEmpty());
    EXPECT_TRUE(store->profile().isEmpty());
    closeAll();

    open();
    EXPECT_TRUE(nick->text().isEmpty());
    EXPECT_TRUE(mail->text().isEmpty());
}

TEST_F(FeedbackPanelTest, NeverListsTheEmailAddress)
{
    open();
    type(nick, QStringLiteral("Mei"));
    type(mail, QStringLiteral("mei@example.org"));
    type(text, QStringLiteral("Hello"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(model->rowCount(), 1);
    for (int role : {int(Qt::DisplayRole), int(Qt::AccessibleTextRole), int(Qt::ToolTipRole)})
        EXPECT_FALSE(model->index(0).data(role).toString().contains(QStringLiteral("mei@example.org")));
}

TEST_F(FeedbackPanelTest, BringsARejectedCommentBackWithTheServersReason)
{
    open();
    type(text, QStringLiteral("Buy cheap watches"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(sender.sent.size(), 1);
    EXPECT_TRUE(text->toPlainText().isEmpty());

    const QString reason = QStringLiteral("Comment contains <b>forbidden</b> words");
    sender.finishSend(sender.sent.constFirst().localId, DeliveryResult::rejected(reason));

    ASSERT_TRUE(QTest::qWaitFor([&] { return text->toPlainText() == QStringLiteral("Buy cheap watches"); }))
        << "comment field: " << text->toPlainText().toStdString();
    EXPECT_TRUE(message().contains(reason)) << message().toStdString();
    EXPECT_EQ(child<QLabel>(panel.get(), "messageText")->textFormat(), Qt::PlainText);
    EXPECT_TRUE(outbox->comments().isEmpty()) << "back in the form, no longer in the outbox";
}

TEST_F(FeedbackPanelTest, LeavesARejectedCommentInTheListWhenTheFormIsInUse)
{
    open();
    type(text, QStringLiteral("First"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(sender.sent.size(), 1);
    type(text, QStringLiteral("Second, still typing"));
    sender.finishSend(sender.sent.constFirst().localId, DeliveryResult::rejected(QStringLiteral("Too many links")));

    EXPECT_EQ(text->toPlainText(), QStringLiteral("Second, still typing"));
    const int row = rowOf(sender.sent.constFirst().localId);
    ASSERT_GE(row, 0);
    // The server's reason is isolated, so that it cannot reorder the label around it.
    EXPECT_EQ(model->index(row).data(CommentListModel::StateLabelRole).toString(),
              QStringLiteral("not sent: %1").arg(UntrustedText::isolated(QStringLiteral("Too many links"))));
    EXPECT_TRUE(message().contains(QStringLiteral("Too many links")));
}

TEST_F(FeedbackPanelTest, LocalOnlyModeKeepsCommentsOnThisComputerAndSaysSo)
{
    open(false);
    EXPECT_TRUE(child<QLabel>(panel.get(), "localOnlyNote")->isVisible());
    type(text, QStringLiteral("No server here"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0).data(CommentListModel::StateLabelRole).toString(),
              QStringLiteral("saved on this computer"));
    EXPECT_TRUE(sender.sent.isEmpty());
}

TEST_F(FeedbackPanelTest, ShowsNoLocalOnlyNoteWithAServer)
{
    open(true);
    EXPECT_FALSE(child<QLabel>(panel.get(), "localOnlyNote")->isVisible());
}

TEST_F(FeedbackPanelTest, RetriesAndDeletesAFailedCommentFromTheKeyboard)
{
    open();
    const QString localId = refuseOneCommentWhileTyping(QStringLiteral("Keeps the form busy"));
    ASSERT_GE(rowOf(localId), 0);

    auto* retry = child<QPushButton>(panel.get(), "retryButton");
    auto* discard = child<QPushButton>(panel.get(), "discardButton");
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentIndex(model->index(rowOf(localId)));
    EXPECT_TRUE(retry->isEnabled());
    EXPECT_TRUE(discard->isEnabled());

    retry->setFocus(Qt::TabFocusReason);
    QTest::keyClick(retry, Qt::Key_Space);
    EXPECT_EQ(sender.sent.size(), 2) << "Retry sent it again at once";
    EXPECT_NE(model->index(rowOf(localId)).data(CommentListModel::StateRole).value<CommentListModel::ItemState>(),
              CommentListModel::ItemState::Failed);
    EXPECT_FALSE(retry->isEnabled());

    sender.finishSend(localId, DeliveryResult::rejected(QStringLiteral("Refused again")));
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentIndex(model->index(rowOf(localId)));
    QTest::keyClick(list, Qt::Key_Delete);
    QMessageBox* question = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        question = panel->findChild<QMessageBox*>(QStringLiteral("deleteCommentQuestion"));
        return question && question->isVisible();
    })) << "Delete asks first";
    EXPECT_EQ(rowOf(localId), 0) << "nothing is deleted before the answer";
    QTest::keyClick(question, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowOf(localId) == -1; }));
    EXPECT_TRUE(outbox->comments().isEmpty());
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Keeps the form busy"));
}

TEST_F(FeedbackPanelTest, RetryButtonActsOnTheCurrentComment)
{
    open();
    const QString localId = refuseOneCommentWhileTyping(QStringLiteral("Busy"));
    list->setCurrentIndex(model->index(rowOf(localId)));

    auto* retry = child<QPushButton>(panel.get(), "retryButton");
    retry->setFocus(Qt::TabFocusReason);
    QTest::keyClick(retry, Qt::Key_Space);
    EXPECT_EQ(sender.sent.size(), 2);
}

TEST_F(FeedbackPanelTest, EditAgainBringsAFailedCommentBackOnceTheFormIsFree)
{
    open();
    const QString localId = refuseOneCommentWhileTyping(QStringLiteral("Busy"));
    list->setCurrentIndex(model->index(rowOf(localId)));
    auto* editAgain = child<QPushButton>(panel.get(), "editAgainButton");

    QTest::mouseClick(editAgain, Qt::LeftButton);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Busy")) << "what the reader is typing is never replaced";
    EXPECT_GE(rowOf(localId), 0);

    text->selectAll();
    QTest::keyClick(text, Qt::Key_Delete);
    list->setCurrentIndex(model->index(rowOf(localId)));
    QTest::mouseClick(editAgain, Qt::LeftButton);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Will fail"));
    EXPECT_EQ(rowOf(localId), -1);
}

TEST_F(FeedbackPanelTest, EveryControlHasAnObjectNameAnAccessibleNameAndAnAccessKeyLabel)
{
    open();
    const QList<QWidget*> widgets = panel->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->inherits("QScrollBar")
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        EXPECT_FALSE(widget->objectName().isEmpty()) << widget->metaObject()->className();
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
    for (QWidget* field : {static_cast<QWidget*>(nick),
                           static_cast<QWidget*>(mail),
                           static_cast<QWidget*>(about),
                           static_cast<QWidget*>(text)}) {
        bool labelled = false;
        for (QLabel* label : panel->findChildren<QLabel*>()) {
            if (label->buddy() == field && label->text().contains(QLatin1Char('&')))
                labelled = true;
        }
        EXPECT_TRUE(labelled) << field->objectName().toStdString();
    }
}

TEST_F(FeedbackPanelTest, TabMovesThroughTheFormInReadingOrder)
{
    open();
    nick->setFocus(Qt::TabFocusReason);
    const QStringList expected {
        QStringLiteral("emailField"), QStringLiteral("aboutField"), QStringLiteral("commentField")};
    for (const QString& name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget()->objectName(), name);
    }
    type(text, QStringLiteral("Tab leaves the comment"));
    QTest::keyClick(text, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), send);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Tab leaves the comment"));
}

TEST_F(FeedbackPanelTest, AnnouncesWhatBecameOfASentComment)
{
    open();
    QSignalSpy announced(panel.get(), &FeedbackPanel::announcement);
    type(text, QStringLiteral("Hello"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(sender.sent.size(), 1);
    ServerComment stored;
    stored.objectId = QStringLiteral("42");
    stored.text = QStringLiteral("Hello");
    stored.status = ServerComment::Status::Waiting;
    stored.time = QDateTime::currentDateTimeUtc();
    sender.finishSend(sender.sent.constFirst().localId, DeliveryResult::delivered(stored));
    ASSERT_FALSE(announced.isEmpty());
    EXPECT_TRUE(announced.last().at(0).value<TranslatedText>()().contains(QStringLiteral("moderator")))
        << announced.last().at(0).value<TranslatedText>()().toStdString();
}

TEST_F(FeedbackPanelTest, SaysWhyACommentWasNotStoredAndKeepsTheText)
{
    const QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    {
        CommentStore create(path);
    }
    CommentStore::Options readOnly;
    readOnly.readOnly = true;
    store = std::make_unique<CommentStore>(path, readOnly);
    open();
    type(text, QStringLiteral("Keep this"));
    QTest::mouseClick(send, Qt::LeftButton);

    EXPECT_TRUE(outbox->comments().isEmpty());
    EXPECT_TRUE(sender.sent.isEmpty());
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Keep this"));
    ASSERT_FALSE(outbox->lastError().isEmpty());
    EXPECT_TRUE(message().contains(outbox->lastError())) << message().toStdString();
    EXPECT_EQ(child<QLabel>(panel.get(), "messageText")->textFormat(), Qt::PlainText);
}

TEST_F(FeedbackPanelTest, KeepsAHugePastedCommentCountedAndSavesItOnFocusOut)
{
    open();
    // Lines of 80, as a pasted document has them: 1 MB in all.
    QString huge;
    while (huge.size() < 1024 * 1024)
        huge += QString(79, QLatin1Char('a')) + QLatin1Char('\n');
    paste(text, huge);
    type(text, QStringLiteral("z"));

    const int expected = int(huge.size()) + 1;
    // A comment this big is counted right after the keystroke is painted.
    ASSERT_TRUE(QTest::qWaitFor([&] { return counter->text() == QStringLiteral("%1 / 2000").arg(expected); }))
        << counter->text().toStdString();
    EXPECT_FALSE(send->isEnabled());
    EXPECT_TRUE(message().contains(QStringLiteral("The comment has %1 characters").arg(expected)))
        << message().left(200).toStdString();

    // A big draft is not written at every pause, but leaving the field writes it at once.
    ASSERT_TRUE(text->hasFocus());
    nick->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(store->draft().text.size(), expected);
    EXPECT_EQ(store->draft().text, text->toPlainText());
}
