#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Translations {

// The reader's choice in View → Language, kept in QSettings under settingKey().
enum class Choice { System, English, SimplifiedChinese };

QString settingKey();
QString settingValue(Choice choice);
// An unknown or empty value is System.
Choice choiceFromSetting(const QString& value);
// The locale a choice stands for. System is the system locale, whose uiLanguages() on Unix follow
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
QLocale localeFor(Choice choice, const QLocale& system = QLocale::system());

// Installs Qt's own and Pilot Zones' translations for locale on app, replacing those an earlier call installed,
// and makes locale the default, so that dates and numbers follow it. The English catalogue is always installed
// underneath, since it holds the English plural forms of the "%n" messages. The translators are children of app.
// Installing posts QEvent::LanguageChange to every widget, which retranslates itself.
void install(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace Translations
