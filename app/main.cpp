#include "CommandLine.h"
#include "MainWindow.h"
#include "ReaderContent.h"
#include "Translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PilotZones"));
    QApplication::setApplicationName(QStringLiteral("pilotzones"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pilot Zones"));
    QApplication::setApplicationVersion(QStringLiteral(PILOTZONES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pilotzones"));

    Translations::install(app);

    const LoadResult<ReaderContent> content = ReaderContent::loadBundled();
    if (!content.ok()) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Pilot Zones cannot start"),
                        content.error(), QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }

    QStringList cityIds;
    for (const CityZone& city : content.value().cities)
        cityIds.append(city.id);
    const CommandLineRequest request = CommandLine::parse(QApplication::arguments(), cityIds);
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
    case CommandLineRequest::Action::ShowVersion:
        std::fputs(qPrintable(request.message + QLatin1Char('\n')), stdout);
        return 0;
    case CommandLineRequest::Action::Fail:
        std::fputs(qPrintable(request.message + QLatin1Char('\n')), stderr);
        return 2;
    case CommandLineRequest::Action::Run:
        break;
    }

    QSettings settings;
    MainWindow window(content.value(), &settings);
    if (!request.cityId.isEmpty())
        window.selectCity(request.cityId);
    window.show();
    return QApplication::exec();
}
