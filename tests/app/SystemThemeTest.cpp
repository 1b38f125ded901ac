#include "ApplicationLook.h"
#include "ArticleView.h"
#include "FocusRing.h"
#include "MainWindow.h"
#include "ThemePalette.h"
#include "WidgetLookup.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/MessageFrame.h"
#include "theme/Themes.h"
#include "theme/TypicalSystemPalettes.h"

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
#include <ostream>

using WidgetLookup::child;
using WidgetLookup::rgb;

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
        Rgb focusRing = 0;

        friend bool operator==(const Look& a, const Look& b)
        {
            return a.article == b.article && a.sidebar == b.sidebar && a.cityList == b.cityList
                   && a.comments == b.comments && a.banner == b.banner && a.bannerText == b.bannerText
                   && a.mention == b.mention && a.focusRing == b.focusRing;
        }
        friend std::ostream& operator<<(std::ostream& os, const Look& l)
        {
            return os << std::hex << "article " << l.article << ", sidebar " << l.sidebar << ", cities " << l.cityList
                      << ", comments " << l.comments << ", banner " << l.banner << " / " << l.bannerText << ", mention "
                      << l.mention << ", focus ring " << l.focusRing;
        }
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
        l.focusRing = window->focusRing()->colour().rgb() & 0xffffff;
        return l;
    }

    // The whole window in the System theme of these system colours.
    void expectSystemLook(const PaletteColours& systemColours)
    {
        const ThemeColours expected = Themes::forChoice(ThemeChoice::System, systemColours);
        Look wanted;
        wanted.article = wanted.cityList = wanted.comments = systemColours.base;
        wanted.sidebar = systemColours.window;
        wanted.banner = expected.warningBannerBackground;
        wanted.bannerText = expected.warningBannerText;
        wanted.mention = expected.mentionBackground;
        wanted.focusRing = expected.focusRing;
        EXPECT_EQ(look(), wanted);
        // Made legible again: the system's own dim text is not.
        const QPalette palette = child<QListView>(window.get(), "cityList")->palette();
        EXPECT_GE(Contrast::ratio(palette.color(QPalette::PlaceholderText).rgb() & 0xffffff, systemColours.base),
                  Contrast::textMinimum);
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QPalette system = ThemePalette::toPalette(TypicalSystemPalettes::systemLight());
    std::unique_ptr<MainWindow> window;
};

TEST_F(SystemThemeTest, FollowsTheSystemTurningDarkAndBackWhileOpen)
{
    openWindow(ThemeChoice::System);
    expectSystemLook(TypicalSystemPalettes::systemLight());

    system = ThemePalette::toPalette(TypicalSystemPalettes::systemDark());
    sendThemeChange();
    expectSystemLook(TypicalSystemPalettes::systemDark());

    system = ThemePalette::toPalette(TypicalSystemPalettes::systemLight());
    sendThemeChange();
    expectSystemLook(TypicalSystemPalettes::systemLight());
}

TEST_F(SystemThemeTest, FollowsAPlatformThatSetsTheApplicationPaletteItself)
{
    openWindow(ThemeChoice::System);
    system = ThemePalette::toPalette(TypicalSystemPalettes::systemDark());
    QApplication::setPalette(system);
    ASSERT_TRUE(QTest::qWaitFor([&] { return look().cityList == TypicalSystemPalettes::systemDark().base; }));
    expectSystemLook(TypicalSystemPalettes::systemDark());
}

TEST_F(SystemThemeTest, AnAppThemeStaysWhenTheSystemChanges)
{
    openWindow(ThemeChoice::Sepia);
    const Look sepia = look();
    EXPECT_EQ(sepia.cityList, Themes::sepia().palette.base);
    EXPECT_EQ(sepia.banner, Themes::sepia().warningBannerBackground);

    system = ThemePalette::toPalette(TypicalSystemPalettes::systemDark());
    sendThemeChange();
    QApplication::setPalette(system);
    QCoreApplication::processEvents();
    EXPECT_EQ(look(), sepia);
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

    // Chosen afterwards, System is the system as it is now.
    ReadingSettings reading;
    reading.theme = ThemeChoice::System;
    window->applyReadingSettings(reading);
    expectSystemLook(TypicalSystemPalettes::systemDark());
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
