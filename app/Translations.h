#pragma once

#include <QLocale>

class QCoreApplication;
class QObject;

namespace Translations {

// Installs Qt's own and Pilot Zones' translations for locale on app. The English catalogue is always
// installed underneath, since it holds the English plural forms of the "%n" messages. The translators
// are children of app.
void install(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace Translations
