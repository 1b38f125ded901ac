#include "ApplicationLook.h"
#include "ArticleView.h"
#include "FocusRing.h"
#include "MainWindow.h"
#include "ThemePalette.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/MessageFrame.h"
#include "theme/Themes.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListView>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <gtest/gtest.h>

#include <memory>

namespace {

// A system's own colours, unlike any of the app's themes. Each has a dim text that is not legible on its base
// (about 4.3:1), which the System theme must correct.
PaletteColours systemColours(bool dark)
{
    PaletteColours c;
    if (dark) {
        c.window = 0x2b2d31;
        c.windowText = 0xececec;
        c.base = 0x1c1d20;
        c.alternateBase = 0x232428;
        c.text = 0xececec;
        c.button = 0x34363b;
        c.buttonText = 0xececec;
        c.highlight = 0x3d8fd1;
        c.highlightedText = 0xffffff;
        c.placeholderText = 0x808080;
        c.link = 0x7ab8ff;
        c.toolTipBase = 0x34363b;
        c.toolTipText = 0xececec;
        c.midlight = 0x44464c;
        c.disabledText = 0x6f6f6f;
    } else {
        c.window = 0xefefef;
        c.windowText = 0x202020;
        c.base = 0xfdfdfd;
        c.alternateBase = 0xf3f3f3;
        c.text = 0x202020;
        c.button = 0xe4e4e4;
        c.buttonText = 0x202020;
        c.highlight = 0x2a6fc9;
        c.highlightedText = 0xffffff;
        c.placeholderText = 0x787878;
        c.link = 0x1a5fb4;
        c.toolTipBase = 0xfffff0;
        c.toolTipText = 0x202020;
        c.midlight = 0xd0d0d0;
        c.disabledText = 0x9a9a9a;
    }
    return c;
}

Rgb rgb(const QWidget* widget, QPalette::ColorRole role)
{
    return widget->palette().color(role).rgb() & 0xffffff;
}

template<typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

} // namespace

// The System theme follows the system's colours while the window is open. The test stands in for the platform:
// the window reads the system's palette from it, and it delivers a change as Qt 6.4 does (QEvent::ThemeChange to
// every window), or as KDE's platform theme does (an application palette of its own).
class SystemThemeTest : public ::testing::Test
{
protected:
    void TearDown() override { window.reset(); }

    void openWindow(ThemeChoice theme)
    {
        ReadingSettings reading;
        reading.theme = theme;
        reading.save(*settings);
        const auto content = ReaderContent::loadBundled();
        ASSERT_TRUE(content.ok());
        window = std::make_unique<MainWindow>(
            content.value(), settings.get(), ModuleLoader::forApplication(), [this] { return system; });
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showCommentStoreProblem(QStringLiteral("The store could not be opened."));
    }

    void sendThemeChange()
    {
        QEvent change(QEvent::ThemeChange);
        for (QWindow* w : QGuiApplication::topLevelWindows())
            QCoreApplication::sendEvent(w, &change);
    }

    // What each part of the window is coloured with now.
    struct Look
    {
        Rgb article = 0;
        Rgb sidebar = 0;
        Rgb cityList = 0;
        Rgb comments = 0;
        Rgb banner = 0;
        Rgb bannerText = 0;
        Rgb mention = 0;
        QColor focusRing;
    };

    Look look()
    {
        Look l;
        l.article = rgb(window->articleView(), QPalette::Base);
        l.sidebar = rgb(child<QWidget>(window.get(), "sidebar"), QPalette::Window);
        l.cityList = rgb(child<QListView>(window.get(), "cityList"), QPalette::Base);
        l.comments = rgb(child<QAbstractItemView>(window.get(), "commentList"), QPalette::Base);
        auto* banner = child<MessageFrame>(window.get(), "storeProblem");
        EXPECT_TRUE(banner && !banner->isHidden()); // shown, though the pane it is in may be folded away
        if (banner) {
            l.banner = rgb(banner, QPalette::Window);
            l.bannerText = rgb(banner, QPalette::WindowText);
        }
        const QList<QTextEdit::ExtraSelection> marks = window->articleView()->extraSelections();
        EXPECT_FALSE(marks.isEmpty());
        if (!marks.isEmpty())
            l.mention = marks.first().format.background().color().rgb() & 0xffffff;
        l.focusRing = window->focusRing()->colour();
        return l;
    }

    // The whole window in the System theme of these system colours.
    void expectSystemLook(const PaletteColours& systemColours)
    {
        const ThemeColours expected = Themes::forChoice(ThemeChoice::System, systemColours);
        const Look now = look();
        EXPECT_EQ(now.article, systemColours.base);
        EXPECT_EQ(now.sidebar, systemColours.window);
        EXPECT_EQ(now.cityList, systemColours.base);
        EXPECT_EQ(now.comments, systemColours.base);
        EXPECT_EQ(now.banner, expected.warningBannerBackground);
        EXPECT_EQ(now.bannerText, expected.warningBannerText);
        EXPECT_EQ(now.mention, expected.mentionBackground);
        EXPECT_EQ(now.focusRing, ThemePalette::colour(expected.focusRing));
        // Made legible again: the system's own dim text is not.
        const QPalette palette = child<QListView>(window.get(), "cityList")->palette();
        EXPECT_GE(Contrast::ratio(palette.color(QPalette::PlaceholderText).rgb() & 0xffffff, systemColours.base),
                  Contrast::textMinimum);
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QPalette system = ThemePalette::toPalette(systemColours(false));
    std::unique_ptr<MainWindow> window;
};

TEST_F(SystemThemeTest, FollowsTheSystemTurningDarkAndBackWhileOpen)
{
    openWindow(ThemeChoice::System);
    expectSystemLook(systemColours(false));

    system = ThemePalette::toPalette(systemColours(true));
    sendThemeChange();
    expectSystemLook(systemColours(true));

    system = ThemePalette::toPalette(systemColours(false));
    sendThemeChange();
    expectSystemLook(systemColours(false));
}

TEST_F(SystemThemeTest, FollowsAPlatformThatSetsTheApplicationPaletteItself)
{
    openWindow(ThemeChoice::System);
    system = ThemePalette::toPalette(systemColours(true));
    QApplication::setPalette(system);
    ASSERT_TRUE(QTest::qWaitFor([&] { return look().cityList == systemColours(true).base; }));
    expectSystemLook(systemColours(true));
}

TEST_F(SystemThemeTest, AnAppThemeStaysWhenTheSystemChanges)
{
    openWindow(ThemeChoice::Sepia);
    const Look sepia = look();
    EXPECT_EQ(sepia.cityList, Themes::sepia().palette.base);
    EXPECT_EQ(sepia.banner, Themes::sepia().warningBannerBackground);

    system = ThemePalette::toPalette(systemColours(true));
    sendThemeChange();
    QApplication::setPalette(system);
    QCoreApplication::processEvents();
    const Look after = look();
    EXPECT_EQ(after.article, sepia.article);
    EXPECT_EQ(after.sidebar, sepia.sidebar);
    EXPECT_EQ(after.cityList, sepia.cityList);
    EXPECT_EQ(after.comments, sepia.comments);
    EXPECT_EQ(after.banner, sepia.banner);
    EXPECT_EQ(after.mention, sepia.mention);
    EXPECT_EQ(after.focusRing, sepia.focusRing);
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

    // Chosen afterwards, System is the system as it is now.
    ReadingSettings reading;
    reading.theme = ThemeChoice::System;
    window->applyReadingSettings(reading);
    expectSystemLook(systemColours(true));
}

TEST(ApplicationLookTest, PlatformPaletteIsWhatQtGivesAnApplicationThatSetsNone)
{
    ASSERT_FALSE(QCoreApplication::testAttribute(Qt::AA_SetPalette));
    const QPalette platform = QApplication::palette();
    QApplication::setPalette(ThemePalette::toPalette(Themes::sepia().palette));
    ASSERT_NE(QApplication::palette(), platform);
    EXPECT_EQ(ApplicationLook::platformPalette(), platform);
    EXPECT_FALSE(QCoreApplication::testAttribute(Qt::AA_SetPalette));
}
