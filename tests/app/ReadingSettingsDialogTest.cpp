#include "ReadingSettingsDialog.h"
#include "ApplicationLook.h"
#include "ArticleView.h"
#include "FocusRing.h"
#include "MainWindow.h"
#include "ThemePalette.h"
#include "Translations.h"
#include "WidgetLookup.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/MessageFrame.h"
#include "theme/Themes.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <memory>

namespace {

ReaderContent bundledContent()
{
    const auto content = ReaderContent::loadBundled();
    EXPECT_TRUE(content.ok()) << content.error().toStdString();
    return content.value();
}

using WidgetLookup::child;
using WidgetLookup::rgb;

} // namespace

class ReadingSettingsDialogTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        window.reset();
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    MainWindow* openWindow()
    {
        window = std::make_unique<MainWindow>(bundledContent(), settings.get());
        QObject::connect(window.get(), &MainWindow::languageChosen, window.get(), [](const QLocale& locale) {
            Translations::install(*QCoreApplication::instance(), locale);
        });
        window->resize(1600, 900);
        window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->setSizes({300, 1000, 300});
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window.get();
    }

    // Opens the dialog with its shortcut, as a reader would.
    ReadingSettingsDialog* openDialog()
    {
        auto* action = child<QAction>(window.get(), "readingSettingsAction");
        EXPECT_NE(action, nullptr);
        if (!action)
            return nullptr;
        EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTest::keySequence(window.get(), action->shortcut());
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->readingSettingsDialog() != nullptr; }));
        ReadingSettingsDialog* dialog = window->readingSettingsDialog();
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }

    QListView* cityList() { return child<QListView>(window.get(), "cityList"); }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    std::unique_ptr<MainWindow> window;
};

TEST_F(ReadingSettingsDialogTest, OpensFromTheViewMenuWithItsShortcut)
{
    openWindow();
    auto* viewMenuAction = child<QAction>(window.get(), "readingSettingsAction");
    ASSERT_NE(viewMenuAction, nullptr);
    bool inViewMenu = false;
    for (QAction* menu : window->menuBar()->actions())
        inViewMenu |= menu->menu() && menu->menu()->actions().contains(viewMenuAction)
                      && menu->text() == QStringLiteral("&View");
    EXPECT_TRUE(inViewMenu);
    ReadingSettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    // Every control has a name for tests and one for screen readers, and a label that names it.
    for (const char* name :
         {"readingTypeface", "readingTextSize", "readingLineSpacing", "readingColumnWidth", "readingTheme"}) {
        auto* control = child<QWidget>(dialog, name);
        ASSERT_NE(control, nullptr) << name;
        EXPECT_FALSE(control->accessibleName().isEmpty()) << name;
        EXPECT_NE(child<QWidget>(dialog, (std::string(name) + "Label").c_str()), nullptr) << name;
    }
}

TEST_F(ReadingSettingsDialogTest, EachControlChangesTheWindowAtOnceFromTheKeyboard)
{
    openWindow();
    ArticleView* article = window->articleView();
    const qreal sidebarSize = cityList()->font().pointSizeF();
    const qreal articleSize = article->document()->defaultFont().pointSizeF();
    const qreal column = article->columnWidth();
    ReadingSettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);

    auto* typeface = child<QComboBox>(dialog, "readingTypeface");
    typeface->setFocus();
    QTest::keyClick(typeface, Qt::Key_Down);
    EXPECT_EQ(article->document()->defaultFont().families().value(0), QStringLiteral("DejaVu Serif"));
    EXPECT_EQ(article->document()->defaultFont().families().last(), QStringLiteral("Noto Serif CJK SC"));

    auto* size = child<QComboBox>(dialog, "readingTextSize");
    QTest::keyClick(size, Qt::Key_Down);
    QTest::keyClick(size, Qt::Key_Down);
    EXPECT_EQ(article->zoomStep(), 2);
    EXPECT_NEAR(article->document()->defaultFont().pointSizeF(), articleSize * 1.21, 0.05);
    // The whole window's text grows with it, the sidebar first.
    EXPECT_NEAR(cityList()->font().pointSizeF(), sidebarSize * 1.21, 0.05);
    EXPECT_NEAR(window->feedbackPanel()->font().pointSizeF(), sidebarSize * 1.21, 0.05);

    auto* spacing = child<QDoubleSpinBox>(dialog, "readingLineSpacing");
    QTest::keyClick(spacing, Qt::Key_Up);
    QTest::keyClick(spacing, Qt::Key_Up);
    EXPECT_EQ(article->lineSpacing(), 170);
    const QTextBlockFormat lastBlock = article->document()->lastBlock().blockFormat();
    EXPECT_EQ(lastBlock.lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
    EXPECT_DOUBLE_EQ(lastBlock.lineHeight(), 170);

    auto* width = child<QComboBox>(dialog, "readingColumnWidth");
    QTest::keyClick(width, Qt::Key_Up); // medium to narrow
    EXPECT_EQ(article->measure(), ReadingSettings::characters(ReadingSettings::ColumnWidth::Narrow));
    const QFontMetricsF metrics(article->document()->defaultFont());
    // The measure, or all the view has when that is less (a margin of 16 px on each side).
    const qreal expected = std::min(metrics.averageCharWidth() * 56, article->viewport()->width() - 32.0);
    EXPECT_NEAR(article->columnWidth(), expected, 1.0);
    EXPECT_LT(article->columnWidth(), column * 1.21) << "narrow at 121% is narrower than medium at 100%";

    auto* theme = child<QComboBox>(dialog, "readingTheme");
    QTest::keyClick(theme, Qt::Key_End); // dark
    const ThemeColours dark = Themes::dark();
    EXPECT_EQ(rgb(cityList(), QPalette::Base), dark.palette.base);
    EXPECT_EQ(rgb(cityList(), QPalette::Text), dark.palette.text);
    EXPECT_EQ(rgb(article, QPalette::Base), dark.palette.base);
    auto* comments = child<QAbstractItemView>(window.get(), "commentList");
    ASSERT_NE(comments, nullptr);
    EXPECT_EQ(rgb(comments, QPalette::Base), dark.palette.base);
    EXPECT_EQ(rgb(dialog, QPalette::Window), dark.palette.window) << "the dialog is themed too";
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    const QList<QTextEdit::ExtraSelection> marks = article->extraSelections();
    ASSERT_FALSE(marks.isEmpty());
    EXPECT_EQ(marks.first().format.background().color().rgb() & 0xffffff, dark.mentionBackground);
    EXPECT_EQ(window->focusRing()->colour(), ThemePalette::colour(dark.focusRing));

    QTest::keyClick(theme, Qt::Key_Up); // sepia
    EXPECT_EQ(rgb(cityList(), QPalette::Base), Themes::sepia().palette.base);
    // Nothing is stored before OK.
    EXPECT_FALSE(settings->contains(QStringLiteral("reading/theme")));
}

TEST_F(ReadingSettingsDialogTest, EscapePutsBackWhatWasThere)
{
    openWindow();
    const QColor base = cityList()->palette().color(QPalette::Base);
    const QFont articleFont = window->articleView()->document()->defaultFont();
    ReadingSettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto* theme = child<QComboBox>(dialog, "readingTheme");
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_End);
    QTest::keyClick(child<QComboBox>(dialog, "readingTypeface"), Qt::Key_Down);
    ASSERT_NE(cityList()->palette().color(QPalette::Base), base);

    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->readingSettingsDialog() == nullptr; }));
    EXPECT_EQ(window->readingSettings(), ReadingSettings());
    EXPECT_EQ(cityList()->palette().color(QPalette::Base), base);
    EXPECT_EQ(window->articleView()->document()->defaultFont(), articleFont);
    EXPECT_FALSE(settings->contains(QStringLiteral("reading/theme")));
}

TEST_F(ReadingSettingsDialogTest, OkKeepsTheSettingsAndANewWindowRestoresThem)
{
    openWindow();
    ReadingSettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(child<QComboBox>(dialog, "readingTheme"), Qt::Key_Down); // light
    QTest::keyClick(child<QComboBox>(dialog, "readingColumnWidth"), Qt::Key_Down); // wide
    QTest::keyClick(child<QDoubleSpinBox>(dialog, "readingLineSpacing"), Qt::Key_Down);
    child<QPushButton>(dialog, "readingOkButton")->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->readingSettingsDialog() == nullptr; }));

    ReadingSettings expected;
    expected.theme = ThemeChoice::Light;
    expected.width = ReadingSettings::ColumnWidth::Wide;
    expected.lineSpacing = 140;
    EXPECT_EQ(window->readingSettings(), expected);
    window->close();
    window.reset();

    openWindow();
    EXPECT_EQ(window->readingSettings(), expected);
    EXPECT_EQ(window->articleView()->lineSpacing(), 140);
    EXPECT_EQ(window->articleView()->measure(), 90);
    EXPECT_EQ(rgb(cityList(), QPalette::Window), Themes::light().palette.window);
}

TEST_F(ReadingSettingsDialogTest, ResetToDefaultsShowsAndAppliesTheDefaults)
{
    ReadingSettings stored;
    stored.theme = ThemeChoice::Dark;
    stored.typeface = ReadingSettings::Typeface::Serif;
    stored.sizeStep = 3;
    stored.save(*settings);
    openWindow();
    ASSERT_EQ(window->readingSettings(), stored);
    ReadingSettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->settings(), stored);

    auto* reset = child<QPushButton>(dialog, "readingResetButton");
    ASSERT_NE(reset, nullptr);
    EXPECT_EQ(reset->text(), QStringLiteral("&Reset to Defaults"));
    reset->setFocus();
    QTest::keyClick(reset, Qt::Key_Space);
    EXPECT_EQ(dialog->settings(), ReadingSettings());
    EXPECT_EQ(window->readingSettings(), ReadingSettings());
    EXPECT_EQ(window->articleView()->zoomStep(), 0);
    EXPECT_NE(rgb(cityList(), QPalette::Base), Themes::dark().palette.base);
    child<QPushButton>(dialog, "readingOkButton")->click();
    EXPECT_EQ(ReadingSettings::load(*settings), ReadingSettings());
}

TEST_F(ReadingSettingsDialogTest, ZoomIsTheTextSizeOfTheWholeWindow)
{
    openWindow();
    const qreal sidebar = cityList()->font().pointSizeF();
    QTest::keySequence(window.get(), QKeySequence(QKeySequence::ZoomIn));
    EXPECT_EQ(window->readingSettings().sizeStep, 1);
    EXPECT_NEAR(cityList()->font().pointSizeF(), sidebar * 1.1, 0.05);
    ReadingSettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QComboBox>(dialog, "readingTextSize")->currentData().toInt(), 1);
}

TEST_F(ReadingSettingsDialogTest, AtTheLargestSizeTheWindowStillFitsASmallScreen)
{
    openWindow();
    ReadingSettings largest;
    largest.sizeStep = ReadingSettings::maxSizeStep;
    window->applyReadingSettings(largest);
    EXPECT_EQ(window->articleView()->zoomStep(), ReadingSettings::maxSizeStep);
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    EXPECT_LE(minimum.width(), 800);
    EXPECT_LE(minimum.height(), 600);
}

TEST_F(ReadingSettingsDialogTest, ThemeSurvivesALanguageSwitchAndTheLanguageATheme)
{
    openWindow();
    ReadingSettings dark;
    dark.theme = ThemeChoice::Dark;
    window->applyReadingSettings(dark);
    auto* chinese = child<QAction>(window.get(), "languageChineseAction");
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window->menuBar()->actions().value(0)->text() != QStringLiteral("&File"); }));
    EXPECT_EQ(rgb(cityList(), QPalette::Base), Themes::dark().palette.base);
    // The recreated menus keep working: the dialog opens with its shortcut, in Chinese, and themes the window.
    ReadingSettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("阅读设置"));
    auto* theme = child<QComboBox>(dialog, "readingTheme");
    EXPECT_EQ(theme->currentText(), QStringLiteral("深色"));
    QTest::keyClick(theme, Qt::Key_Up); // sepia
    EXPECT_EQ(rgb(cityList(), QPalette::Base), Themes::sepia().palette.base);

    // Switching back with the dialog open retranslates it and keeps the theme.
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->windowTitle() == QStringLiteral("Reading Settings"); }));
    EXPECT_EQ(theme->currentText(), QStringLiteral("Sepia"));
    EXPECT_EQ(dialog->settings().theme, ThemeChoice::Sepia);
    EXPECT_EQ(rgb(cityList(), QPalette::Base), Themes::sepia().palette.base);
}

TEST_F(ReadingSettingsDialogTest, FocusRingShowsOnTheSidebarAndTheArticle)
{
    openWindow();
    FocusRing* ring = window->focusRing();
    cityList()->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ring->target() == cityList(); }));
    QWidget* overlay = ring->overlay();
    ASSERT_NE(overlay, nullptr);
    EXPECT_TRUE(overlay->isVisible());
    const QRect listRect(cityList()->mapTo(window.get(), QPoint(0, 0)), cityList()->size());
    EXPECT_EQ(overlay->geometry(), listRect);

    window->articleView()->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ring->target() == window->articleView(); }));
    EXPECT_TRUE(overlay->isVisible());
    // The ring is drawn: its pixels in the window's grab are the ring's colour.
    const QImage image = window->grab().toImage();
    // For a person to look at when PILOTZONES_SNAPSHOT_DIR is set; the assertions do not need it.
    if (const QString snapshots = qEnvironmentVariable("PILOTZONES_SNAPSHOT_DIR"); !snapshots.isEmpty())
        image.save(snapshots + QStringLiteral("/focus-ring-article.png"));
    const QPoint corner = overlay->geometry().topLeft() * image.devicePixelRatio();
    EXPECT_EQ(image.pixelColor(corner + QPoint(0, 20)), ring->colour());
    EXPECT_GE(Contrast::ratio(ring->colour().rgb() & 0xffffff, rgb(window->articleView(), QPalette::Base)),
              Contrast::nonTextMinimum);
}

TEST_F(ReadingSettingsDialogTest, BannersAndCounterTakeTheThemesColours)
{
    openWindow();
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Sepia, ThemeChoice::Dark, ThemeChoice::System}) {
        ReadingSettings s;
        s.theme = choice;
        window->applyReadingSettings(s);
        window->showCommentStoreProblem(QStringLiteral("The store could not be opened."));
        const auto frames = window->feedbackPanel()->findChildren<MessageFrame*>();
        ASSERT_FALSE(frames.isEmpty());
        for (MessageFrame* frame : frames) {
            if (frame->isHidden())
                continue;
            const double ratio = Contrast::ratio(rgb(frame, QPalette::WindowText), rgb(frame, QPalette::Window));
            EXPECT_GE(ratio, Contrast::textMinimum) << int(choice);
        }
    }
}

TEST_F(ReadingSettingsDialogTest, SystemThemeMakesTheSystemsDimTextLegible)
{
    ApplicationLook look;
    look.applyTheme(ThemeChoice::System);
    const QPalette palette = QApplication::palette();
    const double placeholder = Contrast::ratio(palette.color(QPalette::PlaceholderText).rgb() & 0xffffff,
                                               palette.color(QPalette::Base).rgb() & 0xffffff);
    EXPECT_GE(placeholder, Contrast::textMinimum);
}
