#include <QApplication>
#include <QStandardPaths>

#ifdef PILOTZONES_INSTALL_TRANSLATIONS
#include "Translations.h"
#endif

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // gtest discovery runs this binary at build time, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the reader's own settings or data.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PilotZonesTests"));
    QApplication::setApplicationName(QStringLiteral("pilotzones-tests"));
#ifdef PILOTZONES_INSTALL_TRANSLATIONS
    Translations::install(app, QLocale(QLocale::English));
#endif
    return RUN_ALL_TESTS();
}
