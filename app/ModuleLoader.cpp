#include "ModuleLoader.h"

#include "CommentsModule.h"
#include "PrintModule.h"
#include "SpeechModule.h"
#include "UnavailableSpeechEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>
#include <QStaticPlugin>

namespace {

const QString printName = QStringLiteral("print");
const QString speechName = QStringLiteral("speech");
const QString commentsName = QStringLiteral("comments");

QString fileNameOf(const QString& name)
{
    return QStringLiteral("pilotzones_%1.so").arg(name);
}

QString iidOf(const QJsonObject& metaData)
{
    return metaData.value(QLatin1String("IID")).toString();
}

} // namespace

ModuleLoader::ModuleLoader(QStringList directories)
    : m_directories(std::move(directories))
{ }

ModuleLoader ModuleLoader::forApplication()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return ModuleLoader(
        {bin.absolutePath(), QDir::cleanPath(bin.absoluteFilePath(QStringLiteral(PILOTZONES_MODULE_DIR)))});
}

bool ModuleLoader::isLinkedIn(const char* iid)
{
    const QString wanted = QLatin1String(iid);
    for (const QStaticPlugin& plugin : QPluginLoader::staticPlugins()) {
        if (iidOf(plugin.metaData()) == wanted)
            return true;
    }
    return false;
}

QString ModuleLoader::findFile(const QString& name) const
{
    for (const QString& directory : m_directories) {
        const QFileInfo file(QDir(directory).filePath(fileNameOf(name)));
        if (file.isFile())
            return file.absoluteFilePath();
    }
    return {};
}

QString ModuleLoader::whyMissing(const QString& name, const char* iid) const
{
    if (isLinkedIn(iid) || !findFile(name).isEmpty())
        return {};
    //: %1 is a file name, %2 a list of folders
    return tr("%1 is not installed in %2.")
        .arg(fileNameOf(name), QDir::toNativeSeparators(m_directories.join(QStringLiteral(", "))));
}

QObject* ModuleLoader::load(const QString& name, const char* iid, QString* why) const
{
    const QString wanted = QLatin1String(iid);
    for (const QStaticPlugin& plugin : QPluginLoader::staticPlugins()) {
        if (iidOf(plugin.metaData()) == wanted)
            return plugin.instance();
    }
    const QString path = findFile(name);
    if (path.isEmpty()) {
        *why = whyMissing(name, iid);
        return nullptr;
    }
    // The library stays loaded, and its instance alive, after the loader object goes: nothing calls unload().
    QPluginLoader loader(path);
    if (iidOf(loader.metaData()) != wanted) {
        //: %1 is a file's path
        *why = loader.metaData().isEmpty()
                   ? tr("%1 cannot be loaded: %2").arg(QDir::toNativeSeparators(path), loader.errorString())
                   : tr("%1 is not a module of this version of Pilot Zones.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    QObject* instance = loader.instance();
    if (!instance)
        *why = tr("%1 cannot be loaded: %2").arg(QDir::toNativeSeparators(path), loader.errorString());
    return instance;
}

QString ModuleLoader::whyNoPrintModule() const
{
    return whyMissing(printName, PilotZonesPrintModule_iid);
}

PrintModule* ModuleLoader::printModule(QString* why) const
{
    auto* module = qobject_cast<PrintModule*>(load(printName, PilotZonesPrintModule_iid, why));
    return module;
}

SpeechModule* ModuleLoader::speechModule(QString* why) const
{
    return qobject_cast<SpeechModule*>(load(speechName, PilotZonesSpeechModule_iid, why));
}

CommentsModule* ModuleLoader::commentsModule(QString* why) const
{
    return qobject_cast<CommentsModule*>(load(commentsName, PilotZonesCommentsModule_iid, why));
}

ReadAloudBar::EngineMaker ModuleLoader::speechEngineMaker() const
{
    const ModuleLoader loader = *this;
    return [loader](QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done) {
        QString why;
        if (SpeechModule* module = loader.speechModule(&why)) {
            module->createInBackground(context, std::move(done));
            return;
        }
        QMetaObject::invokeMethod(
            context,
            [done, why] {
                done(std::make_unique<UnavailableSpeechEngine>(
                    ModuleLoader::tr("Reading aloud is not available: %1").arg(why)));
            },
            Qt::QueuedConnection);
    };
}

ReadAloudBar::AvailabilityCheck ModuleLoader::speechCheck() const
{
    const ModuleLoader loader = *this;
    return [loader] {
        QString why;
        if (SpeechModule* module = loader.speechModule(&why))
            return module->whyUnavailable();
        return tr("Reading aloud is not available: %1").arg(why);
    };
}
