#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Translations {

void install(QCoreApplication& app, const QLocale& locale)
{
    const auto installFrom = [&app](const QLocale& forLocale, const QString& name, const QString& directory) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(forLocale, name, QStringLiteral("_"), directory))
            return;
        translator->setParent(&app);
        QCoreApplication::installTranslator(translator.release());
    };
    const QString appCatalogue = QStringLiteral("pilotzones");
    const QString appDirectory = QStringLiteral(":/i18n");
    // Installed first, so searched last: any other language's catalogue wins over it.
    installFrom(QLocale(QLocale::English), appCatalogue, appDirectory);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        installFrom(locale, appCatalogue, appDirectory);
    installFrom(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Translations
