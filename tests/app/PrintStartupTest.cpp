#include "MainWindow.h"

#include <QAction>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

// A binary of its own: whether a print plugin is loaded is a fact about the whole process, so no other test may
// have printed before this one.

namespace {

// The print-support plugin (CUPS) that Qt loads when the first QPrinter or print dialog is made.
bool printPluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    EXPECT_TRUE(maps.open(QIODevice::ReadOnly)) << maps.errorString().toStdString();
    return maps.readAll().contains("printsupport/");
}

} // namespace

TEST(PrintStartupTest, NoPrintPluginIsLoadedBeforeTheFirstPaintOnlyWhenTheReaderPrints)
{
    const auto content = ReaderContent::loadBundled();
    ASSERT_TRUE(content.ok()) << content.error().toStdString();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auto window = std::make_unique<MainWindow>(content.value(), &settings);
    QSignalSpy painted(window.get(), &MainWindow::firstPainted);
    window->show();
    ASSERT_TRUE(painted.wait(10000) || painted.count() > 0);

    EXPECT_FALSE(printPluginLoaded());
    EXPECT_EQ(window->findChild<QPrintPreviewDialog*>(), nullptr);

    // The check can see the plugin: printing loads it.
    auto* print = window->findChild<QAction*>(QStringLiteral("printAction"));
    ASSERT_NE(print, nullptr);
    print->trigger();
    QPrintPreviewDialog* preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        preview = window->findChild<QPrintPreviewDialog*>();
        return preview && preview->isVisible();
    }));
    EXPECT_TRUE(printPluginLoaded());
    preview->reject();
}
