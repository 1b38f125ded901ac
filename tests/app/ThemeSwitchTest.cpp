#include "ArticleView.h"
#include "FocusRing.h"
#include "MainWindow.h"
#include "ThemePalette.h"
#include "feedback/CommentDelegate.h"
#include "feedback/FeedbackForm.h"
#include "feedback/FeedbackPanel.h"
#include "theme/Themes.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

// Every colour a theme sets.
QSet<Rgb> coloursOf(const ThemeColours& t)
{
    const PaletteColours& p = t.palette;
    return {p.window,
            p.windowText,
            p.base,
            p.alternateBase,
            p.text,
            p.button,
            p.buttonText,
            p.highlight,
            p.highlightedText,
            p.placeholderText,
            p.link,
            p.toolTipBase,
            p.toolTipText,
            p.midlight,
            p.disabledText,
            t.mentionBackground,
            t.mentionText,
            t.findMatchBackground,
            t.findMatchText,
            t.errorText,
            t.waitingText,
            t.okText,
            t.errorBannerBackground,
            t.errorBannerText,
            t.warningBannerBackground,
            t.warningBannerText,
            t.infoBannerBackground,
            t.infoBannerText,
            t.focusRing};
}

Rgb rgb(const QColor& colour)
{
    return colour.rgb() & 0xffffff;
}

std::string nameOf(const QWidget* widget)
{
    return (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                           : widget->objectName())
        .toStdString();
}

} // namespace

// After a change of theme, nothing is drawn in a colour of the theme before it: every widget's palette, the marks
// in the article, the comment list's state colours, the focus ring, the form's counter while it is over, the
// banners and the find bar's "No matches".
class ThemeSwitchTest : public ::testing::Test
{
protected:
    void TearDown() override { window.reset(); }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    std::unique_ptr<MainWindow> window;
};

TEST_F(ThemeSwitchTest, NothingKeepsAColourOfThePreviousTheme)
{
    ReadingSettings reading;
    reading.theme = ThemeChoice::Light;
    reading.save(*settings);
    const auto content = ReaderContent::loadBundled();
    ASSERT_TRUE(content.ok());
    window = std::make_unique<MainWindow>(content.value(), settings.get());
    window->resize(1400, 900);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

    // Every state that has a colour of its own: a comment over the limit (the counter and the form's error
    // banner), the store's warning banner, a search with no match, a focused control.
    auto* comment = window->findChild<QPlainTextEdit*>(QStringLiteral("commentField"));
    ASSERT_NE(comment, nullptr);
    comment->setPlainText(QString(CommentRules::maxTextLength + 5, QLatin1Char('x')));
    auto* counter = window->findChild<QLabel*>(QStringLiteral("characterCounter"));
    ASSERT_NE(counter, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return rgb(counter->palette().color(QPalette::WindowText)) == Themes::light().errorText; }));
    window->showCommentStoreProblem(QStringLiteral("The store could not be opened."));
    window->findChild<QAction*>(QStringLiteral("findAction"))->trigger();
    auto* find = window->findChild<QLineEdit*>(QStringLiteral("findField"));
    ASSERT_NE(find, nullptr);
    QTest::keyClicks(find, QStringLiteral("qqzzqq"));
    ASSERT_EQ(window->findChild<QLabel*>(QStringLiteral("findCount"))->text(), QStringLiteral("No matches"));
    auto* cities = window->findChild<QListView*>(QStringLiteral("cityList"));
    cities->setFocus(Qt::TabFocusReason);

    ThemeColours previous = Themes::light();
    for (ThemeChoice choice : {ThemeChoice::Dark, ThemeChoice::Sepia, ThemeChoice::Light}) {
        reading.theme = choice;
        window->applyReadingSettings(reading);
        QCoreApplication::processEvents();
        const ThemeColours now = Themes::forChoice(choice, PaletteColours());
        // The previous theme's colours that this one does not have too.
        const QSet<Rgb> stale = coloursOf(previous) - coloursOf(now);
        ASSERT_FALSE(stale.isEmpty());
        const auto expectFresh = [&](Rgb colour, const std::string& what) {
            EXPECT_FALSE(stale.contains(colour)) << what << " keeps " << std::hex << colour << " after " << int(choice);
        };

        QList<QWidget*> widgets = window->findChildren<QWidget*>();
        widgets.prepend(window.get());
        for (const QWidget* widget : std::as_const(widgets)) {
            for (int role = 0; role < QPalette::NColorRoles; ++role) {
                const auto r = QPalette::ColorRole(role);
                if (r == QPalette::NoRole)
                    continue;
                expectFresh(rgb(widget->palette().color(QPalette::Active, r)),
                            nameOf(widget) + " role " + std::to_string(role));
            }
        }
        EXPECT_EQ(rgb(counter->palette().color(QPalette::WindowText)), now.errorText) << int(choice);
        for (const QTextEdit::ExtraSelection& mark : window->articleView()->extraSelections()) {
            expectFresh(rgb(mark.format.background().color()), "a mark's background");
            expectFresh(rgb(mark.format.foreground().color()), "a mark's text");
        }
        const QPalette listPalette = window->findChild<QWidget*>(QStringLiteral("commentList"))->palette();
        for (auto state : {CommentListModel::ItemState::Failed,
                           CommentListModel::ItemState::SavedLocally,
                           CommentListModel::ItemState::Published}) {
            for (bool selected : {false, true})
                expectFresh(rgb(CommentDelegate::stateColour(state, listPalette, selected)), "a comment's state");
        }
        EXPECT_EQ(CommentDelegate::stateColour(CommentListModel::ItemState::Failed, listPalette, false),
                  ThemePalette::colour(now.errorText));
        EXPECT_EQ(window->focusRing()->colour(), ThemePalette::colour(now.focusRing));
        previous = now;
    }
}
