#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

// Marks the translators install() made, so that the next call removes exactly those.
const QString translatorName = QStringLiteral("pilotZonesTranslator");

} // namespace

namespace Translations {

QString settingKey()
{
    return QStringLiteral("ui/language");
}

QString settingValue(Choice choice)
{
    switch (choice) {
    case Choice::English:
        return QStringLiteral("en");
    case Choice::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice choiceFromSetting(const QString& value)
{
    if (value == settingValue(Choice::English))
        return Choice::English;
    if (value == settingValue(Choice::SimplifiedChinese))
        return Choice::SimplifiedChinese;
    return Choice::System;
}

QLocale localeFor(Choice choice, const QLocale& system)
{
    switch (choice) {
    case Choice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::SimplifiedChinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case Choice::System:
        break;
    }
    return system;
}

void install(QCoreApplication& app, const QLocale& locale)
{
    for (QTranslator* old : app.findChildren<QTranslator*>(translatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const auto installFrom = [&app](const QLocale& forLocale, const QString& name, const QString& directory) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(forLocale, name, QStringLiteral("_"), directory))
            return;
        translator->setObjectName(translatorName);
        translator->setParent(&app);
        QCoreApplication::installTranslator(translator.release());
    };
    const QString appCatalogue = QStringLiteral("pilotzones");
    const QString appDirectory = QStringLiteral(":/i18n");
    // Installed first, so searched last: any other language's catalogue wins over it.
    installFrom(QLocale(QLocale::English), appCatalogue, appDirectory);
    // Not by locale.language() alone: with LANG=en_US and LANGUAGE=zh_CN the first UI language is Chinese,
    // and load() walks uiLanguages().
    const QStringList uiLanguages = locale.uiLanguages();
    if (!uiLanguages.isEmpty() && !uiLanguages.constFirst().startsWith(QLatin1String("en")))
        installFrom(locale, appCatalogue, appDirectory);
    installFrom(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QLocale::setDefault(locale);
}

} // namespace Translations
