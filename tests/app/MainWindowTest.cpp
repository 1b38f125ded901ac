#include "MainWindow.h"
#include "ArticleView.h"
#include "FigureChart.h"
#include "PaneFolding.h"
#include "delivery/Outbox.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/FeedbackSession.h"
#include "listing/CommentListModel.h"
#include "storage/CommentStore.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

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

QString labelText(QWidget* parent, const char* name)
{
    auto* label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

} // namespace

class MainWindowTest : public ::testing::Test
{
protected:
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(bundledContent(), settings.get());
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    // Wide enough for all three panes, as the window opens on a desktop screen (the offscreen screen is 800 wide).
    std::unique_ptr<MainWindow> openWideWindow()
    {
        auto window = openWindow();
        window->resize(1180, 780);
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->feedbackPanel()->isVisible(); }));
        return window;
    }

    void reopenSettings() { settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat); }

    QTemporaryDir dir;
    QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    std::unique_ptr<QSettings> settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
};

TEST_F(MainWindowTest, OpensAtShenzhenTheFirstTime)
{
    auto window = openWindow();
    EXPECT_EQ(window->currentCityId(), QStringLiteral("shenzhen"));
    EXPECT_EQ(labelText(window.get(), "cityTitle"), QStringLiteral("Shenzhen 深圳"));
    EXPECT_EQ(window->articleView()->mentions().size(), 9);
}

TEST_F(MainWindowTest, ArrowKeysHomeEndAndTypeAheadMoveTheDetails)
{
    auto window = openWindow();
    auto* list = child<QListView>(window.get(), "cityList");
    ASSERT_NE(list, nullptr);
    list->setFocus();

    QTest::keyClick(list, Qt::Key_Home);
    EXPECT_EQ(window->currentCityId(), QStringLiteral("hefei"));
    EXPECT_EQ(labelText(window.get(), "cityTitle"), QStringLiteral("Hefei 合肥"));
    EXPECT_EQ(labelText(window.get(), "cityRegion"), QStringLiteral("Anhui province"));
    EXPECT_EQ(labelText(window.get(), "cityMentions"), QStringLiteral("Mentioned 2 times in the article"));
    EXPECT_TRUE(labelText(window.get(), "cityMandate").contains(QStringLiteral("strengthen the supply of artificial")));
    EXPECT_FALSE(child<FigureChart>(window.get(), "figureChart")->isVisible());

    QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(window->currentCityId(), QStringLiteral("hangzhou"));
    EXPECT_EQ(labelText(window.get(), "cityTitle"), QStringLiteral("Hangzhou 杭州"));
    EXPECT_EQ(labelText(window.get(), "cityRegion"), QStringLiteral("Zhejiang province"));

    QTest::keyClick(list, Qt::Key_End);
    EXPECT_EQ(window->currentCityId(), QStringLiteral("tianjin"));
    EXPECT_EQ(labelText(window.get(), "cityRegion"), QStringLiteral("Municipality of Tianjin"));
    EXPECT_TRUE(labelText(window.get(), "cityMandate").contains(QStringLiteral("it’s intelligent technology")));

    QTest::keyClicks(list, QStringLiteral("S"));
    EXPECT_EQ(window->currentCityId(), QStringLiteral("shenzhen"));
    EXPECT_EQ(labelText(window.get(), "cityTitle"), QStringLiteral("Shenzhen 深圳"));
    EXPECT_TRUE(labelText(window.get(), "cityFacts").contains(QStringLiteral("RMB 477.202 billion")));
    auto* chart = child<FigureChart>(window.get(), "figureChart");
    EXPECT_TRUE(chart->isVisible());
    EXPECT_EQ(chart->figures().size(), 2);
    EXPECT_TRUE(chart->accessibleDescription().contains(QStringLiteral("124.073")));
}

TEST_F(MainWindowTest, SelectingACityHighlightsEachMentionInTheArticle)
{
    auto window = openWindow();
    ArticleView* article = window->articleView();
    for (const CityZone& city : window->content().cities) {
        ASSERT_TRUE(window->selectCity(city.id));
        const QList<QTextEdit::ExtraSelection> marks = article->extraSelections();
        ASSERT_EQ(marks.size(), window->content().mentionsByCityId.value(city.id).size()) << city.id.toStdString();
        ASSERT_FALSE(marks.isEmpty());
        const QString name = city.name;
        for (const QTextEdit::ExtraSelection& mark : marks)
            EXPECT_EQ(mark.cursor.selectedText(), name);
        // The view scrolled to the first mention: the caret stands on it.
        EXPECT_EQ(article->textCursor().position(), marks.first().cursor.selectionStart()) << city.id.toStdString();
    }
}

TEST_F(MainWindowTest, ScrollsToTheFirstMentionWhenItIsOutOfView)
{
    auto window = openWindow();
    window->resize(900, 320);
    ArticleView* article = window->articleView();
    article->setZoomStep(6);
    ASSERT_TRUE(window->selectCity(QStringLiteral("hefei")));
    article->verticalScrollBar()->setValue(article->verticalScrollBar()->maximum());
    ASSERT_TRUE(window->selectCity(QStringLiteral("tianjin")));
    const QRect caret = article->cursorRect();
    EXPECT_TRUE(article->viewport()->rect().contains(caret.center()));
}

TEST_F(MainWindowTest, ZoomIsKeptAcrossARestart)
{
    {
        auto window = openWindow();
        auto* zoomIn = child<QAction>(window.get(), "zoomInAction");
        ASSERT_NE(zoomIn, nullptr);
        QTest::keySequence(window.get(), zoomIn->shortcut());
        QTest::keySequence(window.get(), zoomIn->shortcut());
        EXPECT_EQ(window->articleView()->zoomStep(), 2);
        window->selectCity(QStringLiteral("tianjin"));
        window->close();
    }
    reopenSettings();
    auto window = openWindow();
    EXPECT_EQ(window->articleView()->zoomStep(), 2);
    EXPECT_EQ(window->currentCityId(), QStringLiteral("tianjin"));
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_0));
    EXPECT_EQ(window->articleView()->zoomStep(), 0);
}

TEST_F(MainWindowTest, CtrlWheelZoomsAndZoomOutHasALimit)
{
    auto window = openWindow();
    ArticleView* article = window->articleView();
    const qreal before = article->document()->defaultFont().pointSizeF();
    QWheelEvent wheel(QPointF(50, 50),
                      article->viewport()->mapToGlobal(QPointF(50, 50)),
                      QPoint(),
                      QPoint(0, 120),
                      Qt::NoButton,
                      Qt::ControlModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(article->viewport(), &wheel);
    EXPECT_EQ(article->zoomStep(), 1);
    EXPECT_GT(article->document()->defaultFont().pointSizeF(), before);
    for (int i = 0; i < 20; ++i)
        article->setZoomStep(article->zoomStep() - 1);
    EXPECT_EQ(article->zoomStep(), ArticleView::minZoomStep);
}

TEST_F(MainWindowTest, NeverScrollsSidewaysEvenWhenNarrowAndZoomed)
{
    auto window = openWindow();
    ArticleView* article = window->articleView();
    article->setZoomStep(ArticleView::maxZoomStep);
    window->resize(window->minimumSizeHint().width(), 600);
    QApplication::processEvents();
    EXPECT_EQ(article->horizontalScrollBar()->maximum(), 0);
    EXPECT_LE(article->document()->idealWidth(), article->viewport()->width() + 1);
}

TEST_F(MainWindowTest, FindCountsMatchesStepsThroughThemAndEscapeCloses)
{
    auto window = openWindow();
    QTest::keySequence(window.get(), QKeySequence::Find);
    auto* field = child<QLineEdit>(window.get(), "findField");
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->isVisible());
    EXPECT_TRUE(field->hasFocus());

    QTest::keyClicks(field, QStringLiteral("artificial intelligence"));
    const int expected = static_cast<int>(window->articleView()->document()->toPlainText().count(
        QStringLiteral("artificial intelligence"), Qt::CaseInsensitive));
    ASSERT_GT(expected, 5);
    EXPECT_EQ(window->articleView()->findMatchCount(), expected);
    EXPECT_EQ(labelText(window.get(), "findCount"), QStringLiteral("1 of %1").arg(expected));

    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(labelText(window.get(), "findCount"), QStringLiteral("2 of %1").arg(expected));
    QTest::mouseClick(child<QToolButton>(window.get(), "findPreviousButton"), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(window.get(), "findPreviousButton"), Qt::LeftButton);
    EXPECT_EQ(labelText(window.get(), "findCount"), QStringLiteral("%1 of %1").arg(expected));
    EXPECT_EQ(window->articleView()->textCursor().selectedText().toLower(), QStringLiteral("artificial intelligence"));

    field->clear();
    QTest::keyClicks(field, QStringLiteral("blockchain"));
    EXPECT_EQ(labelText(window.get(), "findCount"), QStringLiteral("No matches"));

    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(field->isVisible());
    EXPECT_EQ(window->articleView()->findMatchCount(), 0);
}

TEST_F(MainWindowTest, FindLeavesNoStaleSelectionAfterNoMatchesOrEscape)
{
    auto window = openWindow();
    ArticleView* article = window->articleView();
    QTest::keySequence(window.get(), QKeySequence::Find);
    auto* field = child<QLineEdit>(window.get(), "findField");
    ASSERT_NE(field, nullptr);
    QTest::keyClicks(field, QStringLiteral("Shenzhen"));
    ASSERT_EQ(article->textCursor().selectedText(), QStringLiteral("Shenzhen"));
    const int matchStart = article->textCursor().selectionStart();

    QTest::keyClicks(field, QStringLiteral("xyz"));
    EXPECT_EQ(labelText(window.get(), "findCount"), QStringLiteral("No matches"));
    EXPECT_FALSE(article->textCursor().hasSelection());
    EXPECT_EQ(article->textCursor().position(), matchStart);

    // Back to a word that matches: the search goes on from where it was, not from the top.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(field, Qt::Key_Backspace);
    EXPECT_EQ(article->textCursor().selectedText(), QStringLiteral("Shenzhen"));
    EXPECT_EQ(article->textCursor().selectionStart(), matchStart);

    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(article->textCursor().hasSelection());
    EXPECT_EQ(article->findMatchCount(), 0);
}

TEST_F(MainWindowTest, FindKeepsASelectionTheReaderMadeWhenItCloses)
{
    auto window = openWindow();
    ArticleView* article = window->articleView();
    QTest::keySequence(window.get(), QKeySequence::Find);
    auto* field = child<QLineEdit>(window.get(), "findField");
    ASSERT_NE(field, nullptr);
    QTest::keyClicks(field, QStringLiteral("Shenzhen"));
    QTextCursor own(article->document());
    own.setPosition(0);
    own.setPosition(5, QTextCursor::KeepAnchor);
    article->setTextCursor(own);
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_EQ(article->textCursor().selectionEnd() - article->textCursor().selectionStart(), 5);
}

TEST_F(MainWindowTest, StatusBarSaysHowMuchIsReadAndHowLongIsLeft)
{
    auto window = openWindow();
    window->resize(900, 600);
    // With all three panes, so that the article is long enough for a page down to stop before its end.
    window->paneFolding()->unfold();
    auto* progress = child<QLabel>(window.get(), "readingProgress");
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(progress->accessibleName(), QStringLiteral("Reading progress"));
    // Counted once the window has painted.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !progress->text().isEmpty(); }));
    EXPECT_EQ(progress->text(), QStringLiteral("0 % · about 1 min left"));
    EXPECT_EQ(progress->accessibleDescription(), progress->text());

    QScrollBar* bar = window->articleView()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    QTest::keyClick(window->articleView(), Qt::Key_PageDown);
    ASSERT_TRUE(QTest::qWaitFor([&] { return progress->text() != QStringLiteral("0 % · about 1 min left"); }));
    EXPECT_TRUE(progress->text().contains(QStringLiteral(" % · "))) << progress->text().toStdString();
    EXPECT_FALSE(progress->text().startsWith(QStringLiteral("0 %"))) << progress->text().toStdString();

    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    ASSERT_EQ(bar->value(), bar->maximum());
    EXPECT_TRUE(QTest::qWaitFor([&] { return progress->text() == QStringLiteral("Finished"); }))
        << progress->text().toStdString();
}

TEST_F(MainWindowTest, ReopensAtTheSameSentenceAfterZoomAndWidthChanged)
{
    // A sentence in the middle of the article, inside its longest paragraph.
    const QString sentence = QStringLiteral("Hangzhou is required to strengthen the clustering effect");
    auto lineAtTop = [](ArticleView* article) {
        const QTextCursor top = article->cursorForPosition(QPoint(0, 0));
        QTextCursor line = top;
        line.movePosition(QTextCursor::StartOfLine);
        line.movePosition(QTextCursor::EndOfLine, QTextCursor::KeepAnchor);
        return line.selectedText();
    };
    int block = -1;
    {
        auto window = openWindow();
        window->resize(1100, 700);
        QApplication::processEvents();
        ArticleView* article = window->articleView();
        const int at = static_cast<int>(article->document()->toPlainText().indexOf(sentence));
        ASSERT_GT(at, 0);
        // Scroll the line holding the sentence's start to the top, as a reader would.
        QTextCursor cursor(article->document());
        cursor.setPosition(at);
        article->verticalScrollBar()->setValue(article->verticalScrollBar()->value()
                                               + article->cursorRect(cursor).top());
        ASSERT_TRUE(lineAtTop(article).contains(QStringLiteral("Hangzhou is"))) << lineAtTop(article).toStdString();
        block = cursor.blockNumber();
        window->close();
    }
    // Between the two launches the zoom and the window's width change.
    settings->setValue(QStringLiteral("reader/zoom"), 3);
    {
        auto wider = std::make_unique<MainWindow>(bundledContent(), settings.get());
        wider->resize(1500, 700);
        settings->setValue(QStringLiteral("window/geometry"), wider->saveGeometry());
    }
    reopenSettings();
    auto window = openWindow();
    ArticleView* article = window->articleView();
    EXPECT_EQ(article->zoomStep(), 3);
    EXPECT_EQ(window->width(), 1500);
    const QTextCursor top = article->cursorForPosition(QPoint(0, 0));
    EXPECT_EQ(top.blockNumber(), block);
    // The top line is the one that held the place: the sentence starts on it or, where the lines now break
    // differently, on the next one.
    const int sentenceAt = static_cast<int>(article->document()->toPlainText().indexOf(sentence));
    QTextCursor start(article->document());
    start.setPosition(sentenceAt);
    const QRect rect = article->cursorRect(start);
    EXPECT_GE(rect.top(), -1) << lineAtTop(article).toStdString();
    EXPECT_LT(rect.top(), 3 * rect.height()) << lineAtTop(article).toStdString();
}

TEST_F(MainWindowTest, ForgetsAPlaceTheArticleNoLongerHas)
{
    settings->setValue(QStringLiteral("reader/position/block"), 5);
    settings->setValue(QStringLiteral("reader/position/offset"), 10);
    settings->setValue(QStringLiteral("reader/position/lead"), QStringLiteral("A paragraph this article never had"));
    settings->setValue(QStringLiteral("reader/city"), QStringLiteral("hefei"));
    auto window = openWindow();
    // Where the city's first mention put it, as with no saved place at all.
    const QRect caret = window->articleView()->cursorRect();
    EXPECT_TRUE(window->articleView()->viewport()->rect().contains(caret.center()));
}

TEST_F(MainWindowTest, SplitterAndGeometryAreKeptAcrossARestart)
{
    QList<int> sizes;
    {
        auto window = openWindow();
        window->resize(1000, 700);
        auto* splitter = child<QSplitter>(window.get(), "mainSplitter");
        // The window opened folded on the 800 px screen; at 1000 px the feedback pane is back.
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->feedbackPanel()->isVisible(); }));
        QCoreApplication::processEvents();
        splitter->setSizes({420, 580});
        sizes = splitter->sizes();
        window->close();
    }
    reopenSettings();
    auto window = openWindow();
    EXPECT_EQ(window->size(), QSize(1000, 700));
    EXPECT_EQ(child<QSplitter>(window.get(), "mainSplitter")->sizes(), sizes);
}

TEST_F(MainWindowTest, ArticleIsReadOnlyPlainTextWithNoLinks)
{
    auto window = openWindow();
    ArticleView* article = window->articleView();
    EXPECT_TRUE(article->isReadOnly());
    EXPECT_FALSE(article->document()->toHtml().contains(QLatin1String("href")));
    EXPECT_TRUE(article->document()->toPlainText().startsWith(QStringLiteral("Shenzhen one of four AI zones")));
    EXPECT_TRUE(article->document()->toPlainText().endsWith(QStringLiteral("Tell us what you think")));
    article->selectAll();
    article->copy();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("Huawei and Tencent")));
}

TEST_F(MainWindowTest, EveryControlHasAnObjectNameAndAnAccessibleName)
{
    auto window = openWindow();
    QTest::keySequence(window.get(), QKeySequence::Find);
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible())
            continue;
        if (widget->inherits("QScrollBar") || widget->inherits("QSplitterHandle")
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        EXPECT_FALSE(widget->objectName().isEmpty()) << widget->metaObject()->className();
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
}

TEST_F(MainWindowTest, ShowsTheFeedbackPanelAsTheThirdPane)
{
    auto window = openWideWindow();
    auto* splitter = child<QSplitter>(window.get(), "mainSplitter");
    ASSERT_EQ(splitter->count(), 3);
    EXPECT_EQ(splitter->widget(2), window->feedbackPanel());
    EXPECT_TRUE(window->feedbackPanel()->isVisible());
    EXPECT_EQ(labelText(window.get(), "feedbackHeading"), QStringLiteral("Tell us what you think"));
}

TEST_F(MainWindowTest, SaysWhenItHasPaintedSoSlowWorkCanStartThen)
{
    auto window = std::make_unique<MainWindow>(bundledContent(), settings.get());
    QSignalSpy painted(window.get(), &MainWindow::firstPainted);
    EXPECT_EQ(painted.count(), 0);
    window->show();
    EXPECT_TRUE(painted.wait(5000));
    // Later paints do not start it again.
    window->repaint();
    QCoreApplication::processEvents();
    EXPECT_EQ(painted.count(), 1);
}

TEST_F(MainWindowTest, SavesTheCommentDraftWhenTheWindowCloses)
{
    const QString path = dir.filePath(QStringLiteral("comments.sqlite"));
    {
        CommentStore store(path);
        Outbox outbox(&store, nullptr);
        CommentListModel model;
        auto window = openWindow();
        window->attachComments(new FeedbackSession(&store, &outbox), &model, false);
        auto* text = child<QPlainTextEdit>(window.get(), "commentField");
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Closing right away"));
        window->close();
    }
    CommentStore reopened(path);
    EXPECT_EQ(reopened.draft().text, QStringLiteral("Closing right away"));
}

TEST_F(MainWindowTest, SaysWhenCommentsStayOnThisComputer)
{
    CommentStore store(dir.filePath(QStringLiteral("comments.sqlite")));
    Outbox outbox(&store, nullptr);
    CommentListModel model;
    auto window = openWideWindow();
    EXPECT_FALSE(child<QLabel>(window.get(), "localOnlyNote")->isVisible());
    window->attachComments(new FeedbackSession(&store, &outbox), &model, false);
    auto* note = child<QLabel>(window.get(), "localOnlyNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("kept on this computer")));
}

TEST_F(MainWindowTest, ShowsAStoreProblemAsPlainTextWithoutBlocking)
{
    auto window = openWideWindow();
    const QString problem = QStringLiteral("The saved comments were damaged <b>and</b> set aside.");
    window->showCommentStoreProblem(problem);
    auto* frame = child<QWidget>(window.get(), "storeProblem");
    EXPECT_TRUE(frame->isVisible());
    QLabel* text = frame->findChild<QLabel*>(QStringLiteral("messageText"));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->text(), problem);
    EXPECT_EQ(text->textFormat(), Qt::PlainText);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST_F(MainWindowTest, OpensInsideTheScreensAvailableAreaAndNamesTheAppOnce)
{
    auto window = openWindow();
    const QRect available = window->screen()->availableGeometry();
    EXPECT_TRUE(available.contains(window->frameGeometry()))
        << "screen " << available.width() << "x" << available.height() << ", window " << window->frameGeometry().width()
        << "x" << window->frameGeometry().height();
    EXPECT_LE(window->minimumSizeHint().width(), 800);
    EXPECT_LE(window->minimumSizeHint().height(), 600);
    // Qt appends the display name to the title; the title itself must not name the app again.
    EXPECT_EQ(window->windowTitle(), window->content().article.headline);
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("Pilot Zones")));
}
