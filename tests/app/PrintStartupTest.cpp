#include "MainWindow.h"
#include "ReadAloudBar.h"

#include <QAction>
#include <QDialog>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// A binary of its own that links neither the print nor the speech module: the window loads the real plugin files
// from the build tree (PILOTZONES_MODULE_BUILD_DIR), as the installed app loads them from its module directory,
// and what the process has mapped is read from /proc/self/maps. No other test may have loaded them before.

namespace {

QByteArray mappedFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    EXPECT_TRUE(maps.open(QIODevice::ReadOnly)) << maps.errorString().toStdString();
    return maps.readAll();
}

// What the process had mapped when the window got its first paint event.
class MapsAtFirstPaint : public QObject
{
public:
    explicit MapsAtFirstPaint(QWidget* window) { window->installEventFilter(this); }

    QByteArray maps;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && maps.isEmpty())
            maps = mappedFiles();
        return QObject::eventFilter(watched, event);
    }
};

ReaderContent bundledContent()
{
    const auto content = ReaderContent::loadBundled();
    EXPECT_TRUE(content.ok()) << content.error().toStdString();
    return content.value();
}

class ModuleStartupTest : public ::testing::Test
{
protected:
    std::unique_ptr<MainWindow> openWindow(const QString& moduleDirectory)
    {
        auto window = std::make_unique<MainWindow>(bundledContent(), &settings, ModuleLoader({moduleDirectory}));
        QSignalSpy painted(window.get(), &MainWindow::firstPainted);
        paintMaps = std::make_unique<MapsAtFirstPaint>(window.get());
        window->show();
        EXPECT_TRUE(painted.wait(10000) || painted.count() > 0);
        return window;
    }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MapsAtFirstPaint> paintMaps;
};

TEST_F(ModuleStartupTest, PrintSupportAndTextToSpeechLoadOnlyAfterTheFirstPaint)
{
    // The test binary itself links neither, so what maps them later is the window's use of its modules.
    ASSERT_FALSE(mappedFiles().contains("libQt6PrintSupport"));
    ASSERT_FALSE(mappedFiles().contains("libQt6TextToSpeech"));

    auto window = openWindow(QStringLiteral(PILOTZONES_MODULE_BUILD_DIR));
    ASSERT_FALSE(paintMaps->maps.isEmpty());
    EXPECT_FALSE(paintMaps->maps.contains("libQt6PrintSupport"));
    EXPECT_FALSE(paintMaps->maps.contains("pilotzones_print.so"));
    EXPECT_FALSE(paintMaps->maps.contains("libQt6TextToSpeech"));
    EXPECT_FALSE(paintMaps->maps.contains("pilotzones_speech.so"));
    EXPECT_EQ(window->findChild<QDialog*>(QStringLiteral("printPreviewDialog")), nullptr);

    // Once painted, the window asks the speech module whether an engine is installed: that loads it.
    EXPECT_TRUE(QTest::qWaitFor([] { return mappedFiles().contains("libQt6TextToSpeech"); }));
    EXPECT_TRUE(mappedFiles().contains("pilotzones_speech.so"));
    EXPECT_FALSE(mappedFiles().contains("libQt6PrintSupport"));

    // File → Print… loads the print module and Print Support with it.
    auto* print = window->findChild<QAction*>(QStringLiteral("printAction"));
    ASSERT_NE(print, nullptr);
    ASSERT_TRUE(print->isEnabled()) << print->toolTip().toStdString();
    print->trigger();
    QDialog* preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        preview = window->findChild<QDialog*>(QStringLiteral("printPreviewDialog"));
        return preview && preview->isVisible();
    }));
    EXPECT_TRUE(mappedFiles().contains("libQt6PrintSupport"));
    EXPECT_TRUE(mappedFiles().contains("pilotzones_print.so"));
    preview->reject();
}

TEST_F(ModuleStartupTest, MissingModulesDisableTheirActionsAndSayWhy)
{
    QTemporaryDir empty;
    auto window = openWindow(empty.path());

    for (const char* name : {"printAction", "exportPdfAction"}) {
        auto* action = window->findChild<QAction*>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->isEnabled()) << name;
        EXPECT_TRUE(action->toolTip().contains(QLatin1String("pilotzones_print.so")))
            << action->toolTip().toStdString();
        EXPECT_EQ(action->statusTip(), action->toolTip());
    }
    // Asked anyway (a stale shortcut, a script), nothing opens and nothing breaks.
    window->printArticle();
    window->exportAsPdf();
    EXPECT_EQ(window->findChild<QDialog*>(QStringLiteral("printPreviewDialog")), nullptr);

    auto* readAloud = window->findChild<QAction*>(QStringLiteral("readAloudAction"));
    ASSERT_NE(readAloud, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !readAloud->isEnabled(); }));
    EXPECT_TRUE(readAloud->toolTip().contains(QLatin1String("pilotzones_speech.so")))
        << readAloud->toolTip().toStdString();
}

TEST_F(ModuleStartupTest, ABrokenPrintModuleDisablesPrintingWhenFirstUsed)
{
    QTemporaryDir modules;
    QFile broken(modules.filePath(QStringLiteral("pilotzones_print.so")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not a shared library");
    broken.close();
    auto window = openWindow(modules.path());

    auto* print = window->findChild<QAction*>(QStringLiteral("printAction"));
    ASSERT_NE(print, nullptr);
    EXPECT_TRUE(print->isEnabled()); // the file is there; whether it loads is known only on first use
    print->trigger();
    EXPECT_FALSE(print->isEnabled());
    EXPECT_TRUE(print->toolTip().contains(QLatin1String("cannot be loaded"))) << print->toolTip().toStdString();
    auto* status = window->findChild<QLabel*>(QStringLiteral("statusMessage"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), print->toolTip());
    EXPECT_EQ(window->findChild<QDialog*>(QStringLiteral("printPreviewDialog")), nullptr);
}

} // namespace
