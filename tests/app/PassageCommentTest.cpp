#include "ArticleView.h"
#include "MainWindow.h"
#include "comments/PassageQuote.h"
#include "delivery/Outbox.h"
#include "feedback/CommentListView.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/FeedbackSession.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

// Comment on a passage, as a reader does it from the keyboard: select a sentence in the article, Edit →
// Comment on This Passage (Ctrl+Shift+M), write, send; and back from the list to the passage.
namespace {

ReaderContent bundledContent()
{
    const auto content = ReaderContent::loadBundled();
    EXPECT_TRUE(content.ok()) << content.error().toStdString();
    return content.value();
}

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << "no child named " << name;
    return widget;
}

// The first paragraph's first words, as the keyboard selects them (Ctrl+Shift+Right stops after the space).
const QString firstWords = QStringLiteral("The Ministry of Science and Technology");

} // namespace

class PassageCommentTest : public ::testing::Test
{
protected:
    void open()
    {
        store = std::make_unique<CommentStore>(dir.filePath(QStringLiteral("comments.sqlite")));
        outbox = std::make_unique<Outbox>(store.get(), nullptr);
        model = std::make_unique<CommentListModel>();
        window = std::make_unique<MainWindow>(bundledContent(), settings.get());
        window->resize(1200, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->attachComments(new FeedbackSession(store.get(), outbox.get()), model.get(), false);
        outbox->start();
        article = window->articleView();
        action = window->findChild<QAction*>(QStringLiteral("commentOnPassageAction"));
        ASSERT_NE(action, nullptr);
        form = window->feedbackPanel()->form();
        text = child<QPlainTextEdit>(window.get(), "commentField");
        quoteBox = child<QWidget>(window.get(), "quoteBox");
        quoteText = child<QLabel>(window.get(), "quoteText");
        removeQuote = child<QPushButton>(window.get(), "removeQuoteButton");
        counter = child<QLabel>(window.get(), "characterCounter");
    }

    void closeAll()
    {
        window->close();
        window.reset();
        outbox.reset();
        model.reset();
        store.reset();
    }

    // From the top of the article: down to the first paragraph, then word by word with Ctrl+Shift+Right.
    void selectWordsOfFirstParagraph(int words)
    {
        article->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(article, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(article, Qt::Key_Down);
        QTest::keyClick(article, Qt::Key_Home);
        while (article->textCursor().blockNumber() < 1)
            QTest::keyClick(article, Qt::Key_Down);
        QTest::keyClick(article, Qt::Key_Home);
        for (int i = 0; i < words; ++i)
            QTest::keyClick(article, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    }

    void pressCommentOnPassage() { QTest::keyClick(article, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier); }

    QString status() const { return child<QLabel>(window.get(), "statusMessage")->text(); }

    // One comment as the server lists it, with this raw text (Waline's orig).
    void listFromServer(const QString& orig)
    {
        ServerComment comment;
        comment.objectId = QStringLiteral("server-1");
        comment.nick = QStringLiteral("Web reader");
        comment.text = orig;
        comment.status = ServerComment::Status::Approved;
        comment.time = QDateTime::currentDateTimeUtc();
        CommentPage page;
        page.page = 1;
        page.totalPages = 1;
        page.totalCount = 1;
        page.comments = {comment};
        model->addPage(page);
        ASSERT_EQ(model->rowCount(), 1);
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    std::unique_ptr<CommentStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<CommentListModel> model;
    std::unique_ptr<MainWindow> window;
    ArticleView* article = nullptr;
    QAction* action = nullptr;
    FeedbackForm* form = nullptr;
    QPlainTextEdit* text = nullptr;
    QWidget* quoteBox = nullptr;
    QLabel* quoteText = nullptr;
    QPushButton* removeQuote = nullptr;
    QLabel* counter = nullptr;
};

TEST_F(PassageCommentTest, TheActionIsOfferedOnlyWithASelection)
{
    open();
    article->setFocus(Qt::OtherFocusReason);
    EXPECT_FALSE(action->isEnabled());
    EXPECT_FALSE(action->text().isEmpty());
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    selectWordsOfFirstParagraph(2);
    EXPECT_TRUE(action->isEnabled());
    QTest::keyClick(article, Qt::Key_Right);
    EXPECT_FALSE(action->isEnabled());
    // Pressed without a selection, the shortcut does nothing.
    pressCommentOnPassage();
    EXPECT_FALSE(quoteBox->isVisible());
    EXPECT_TRUE(form->quote().isEmpty());
}

TEST_F(PassageCommentTest, CommentsOnASentenceSelectedWithTheKeyboard)
{
    open();
    selectWordsOfFirstParagraph(6);
    ASSERT_EQ(PassageQuote::normalise(article->textCursor().selectedText()), firstWords);
    pressCommentOnPassage();

    EXPECT_TRUE(quoteBox->isVisible());
    EXPECT_EQ(form->quote(), firstWords);
    EXPECT_TRUE(quoteText->text().contains(firstWords));
    EXPECT_EQ(quoteText->textFormat(), Qt::PlainText);
    EXPECT_EQ(QApplication::focusWidget(), text);
    EXPECT_EQ(text->accessibleName(), QStringLiteral("Comment on the quoted passage"));
    EXPECT_FALSE(status().isEmpty());

    QTest::keyClicks(text, QStringLiteral("Why these four?"));
    const int count = firstWords.size() + 15;
    EXPECT_EQ(counter->text(), QStringLiteral("%1 / 2000 with the quote").arg(count));
    EXPECT_TRUE(counter->accessibleName().contains(QStringLiteral("quote"))) << counter->accessibleName().toStdString();
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

    const QList<OwnComment> stored = store->comments();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.constFirst().content.quote, firstWords);
    EXPECT_EQ(stored.constFirst().content.text, QStringLiteral("Why these four?"));
    EXPECT_FALSE(quoteBox->isVisible());
    EXPECT_TRUE(form->quote().isEmpty());
    EXPECT_EQ(counter->text(), QStringLiteral("0 / 2000"));
}

TEST_F(PassageCommentTest, ALongSelectionIsCutAtAWordWithAnEllipsis)
{
    open();
    article->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(article, Qt::Key_A, Qt::ControlModifier);
    pressCommentOnPassage();
    const QString quote = form->quote();
    EXPECT_TRUE(quote.endsWith(QChar(PassageQuote::ellipsis))) << quote.toStdString();
    EXPECT_LE(quote.size(), PassageQuote::maxLength);
    EXPECT_TRUE(quote.startsWith(QStringLiteral("Shenzhen one of four AI zones The Ministry"))) << quote.toStdString();
}

TEST_F(PassageCommentTest, TheQuoteIsPartOfTheDraftAcrossARestart)
{
    open();
    selectWordsOfFirstParagraph(6);
    pressCommentOnPassage();
    // Chosen, not typed: in the store at once, before any keystroke.
    EXPECT_EQ(store->draft().quote, firstWords);
    QTest::keyClicks(text, QStringLiteral("Half written"));
    closeAll();

    open();
    EXPECT_EQ(form->quote(), firstWords);
    EXPECT_TRUE(quoteBox->isVisible());
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Half written"));
}

TEST_F(PassageCommentTest, TheQuoteCanBeRemovedFromTheKeyboardKeepingTheComment)
{
    open();
    selectWordsOfFirstParagraph(3);
    pressCommentOnPassage();
    QTest::keyClicks(text, QStringLiteral("Kept"));
    QTest::keyClick(text, Qt::Key_Backtab);
    ASSERT_EQ(QApplication::focusWidget(), removeQuote);
    EXPECT_EQ(removeQuote->accessibleName(), QStringLiteral("Remove quote"));
    QTest::keyClick(removeQuote, Qt::Key_Space);

    EXPECT_FALSE(quoteBox->isVisible());
    EXPECT_TRUE(form->quote().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), text);
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Kept"));
    EXPECT_EQ(counter->text(), QStringLiteral("4 / 2000"));
    EXPECT_TRUE(store->draft().quote.isEmpty());
    EXPECT_EQ(text->accessibleName(), QStringLiteral("Comment"));
}

TEST_F(PassageCommentTest, TheQuoteCountsTowardsTheLimit)
{
    open();
    selectWordsOfFirstParagraph(6);
    pressCommentOnPassage();
    auto* send = child<QPushButton>(window.get(), "sendButton");
    form->setDraft([&] {
        CommentDraft draft = form->draft();
        draft.text = QString(2000 - firstWords.size(), QLatin1Char('x'));
        return draft;
    }());
    EXPECT_TRUE(send->isEnabled());
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Y);
    EXPECT_FALSE(send->isEnabled());
    EXPECT_TRUE(form->messageText().contains(QStringLiteral("quoted passage"))) << form->messageText().toStdString();
    // Without the quote the same comment fits.
    removeQuote->click();
    EXPECT_TRUE(send->isEnabled());
}

TEST_F(PassageCommentTest, TheContextMenuOffersTheActionFirst)
{
    open();
    selectWordsOfFirstParagraph(2);
    QStringList offered;
    QTimer::singleShot(0, article, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* item : menu->actions())
                offered.append(item->objectName());
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard,
                            article->cursorRect().center(),
                            article->viewport()->mapToGlobal(article->cursorRect().center()));
    QApplication::sendEvent(article->viewport(), &event);
    ASSERT_FALSE(offered.isEmpty());
    EXPECT_EQ(offered.constFirst(), QStringLiteral("commentOnPassageAction"));
}

TEST_F(PassageCommentTest, TheClosingLineLeadsToTheCommentField)
{
    open();
    article->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(article, Qt::Key_End, Qt::ControlModifier);
    ASSERT_EQ(article->textCursor().blockNumber(), article->closingBlockNumber());
    ASSERT_EQ(article->textCursor().block().text(), QStringLiteral("Tell us what you think"));
    QTest::keyClick(article, Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), text);
    EXPECT_TRUE(status().contains(QStringLiteral("comment"))) << status().toStdString();

    // Enter elsewhere in the article does not.
    article->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(article, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(article, Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), article);

    // Nor does a click, except on the closing line.
    QTextCursor closing(article->document()->findBlockByNumber(article->closingBlockNumber()));
    closing.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    article->setTextCursor(closing);
    article->ensureCursorVisible();
    const QPoint onClosing = article->cursorRect(closing).center();
    QTest::mouseClick(article->viewport(), Qt::LeftButton, Qt::NoModifier, onClosing);
    EXPECT_EQ(QApplication::focusWidget(), text);
}

TEST_F(PassageCommentTest, ActivatingAQuoteInTheListMarksThePassageInTheArticle)
{
    open();
    const QString passage = QStringLiteral("Local media, ever inquisitive, looked into why Shenzhen was selected.");
    // A web reader's comment on the passage, as the server lists it; whitespace differences do not matter.
    listFromServer(QStringLiteral("> Local media,  ever\n> inquisitive, looked into why Shenzhen\n\nAbout this"));
    auto* list = child<CommentListView>(window.get(), "commentList");
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(model->index(0));
    EXPECT_TRUE(list->showQuoteAction()->isEnabled());
    const int findMatches = article->findMatchCount();
    const int mentions = static_cast<int>(article->mentions().size());
    QTest::keyClick(list, Qt::Key_Return);

    const QTextCursor shown = article->shownPassage();
    ASSERT_FALSE(shown.isNull());
    EXPECT_EQ(shown.selectedText(), QStringLiteral("Local media, ever inquisitive, looked into why Shenzhen"));
    EXPECT_TRUE(passage.startsWith(shown.selectedText()));
    EXPECT_EQ(article->textCursor().position(), shown.selectionStart());
    EXPECT_EQ(QApplication::focusWidget(), article);
    EXPECT_TRUE(status().contains(QStringLiteral("marked"))) << status().toStdString();
    // A mark of its own: neither a find match nor a mention.
    EXPECT_EQ(article->findMatchCount(), findMatches);
    EXPECT_EQ(article->mentions().size(), mentions);
    bool marked = false;
    for (const QTextEdit::ExtraSelection& selection : article->extraSelections()) {
        if (selection.cursor == shown) {
            marked = true;
            EXPECT_EQ(selection.format.underlineStyle(), QTextCharFormat::DotLine);
        }
    }
    EXPECT_TRUE(marked);
}

TEST_F(PassageCommentTest, AQuoteThatIsNotInTheArticleOnlyShowsAsAQuote)
{
    open();
    listFromServer(QStringLiteral("> A sentence the article never had\n\nAbout this"));
    auto* list = child<CommentListView>(window.get(), "commentList");
    EXPECT_EQ(model->index(0).data(CommentListModel::QuoteRole).toString(),
              QStringLiteral("A sentence the article never had"));
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(model->index(0));
    const int scroll = article->verticalScrollBar()->value();
    const int caret = article->textCursor().position();
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_TRUE(article->shownPassage().isNull());
    EXPECT_EQ(article->verticalScrollBar()->value(), scroll);
    EXPECT_EQ(article->textCursor().position(), caret);
    EXPECT_EQ(QApplication::focusWidget(), list);
    EXPECT_TRUE(status().contains(QStringLiteral("not in the article"))) << status().toStdString();
}

TEST_F(PassageCommentTest, AnOwnCommentsQuoteIsShownFromTheContextMenu)
{
    open();
    CommentDraft draft {QStringLiteral("Me"), {}, QStringLiteral("About this"), {}};
    draft.quote = QStringLiteral("Local media, ever inquisitive");
    ASSERT_TRUE(window->feedbackPanel()->session()->submit(draft).has_value());
    auto* list = child<CommentListView>(window.get(), "commentList");
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 1; }));
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(model->index(0));
    QStringList offered;
    QTimer::singleShot(0, list, [&] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* item : menu->actions())
                offered.append(item->objectName());
            menu->close();
        }
    });
    const QPoint at = list->visualRect(model->index(0)).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &event);
    ASSERT_FALSE(offered.isEmpty());
    EXPECT_EQ(offered.constFirst(), QStringLiteral("showQuotedPassageAction"));
    list->showQuoteAction()->trigger();
    EXPECT_EQ(article->shownPassage().selectedText(), draft.quote);
}
