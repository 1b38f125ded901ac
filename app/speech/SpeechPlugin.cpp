#include "SpeechPlugin.h"

#include "QtSpeechEngine.h"

QString SpeechPlugin::whyUnavailable() const
{
    return QtSpeechEngine::whyUnavailable();
}

void SpeechPlugin::createInBackground(QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done)
{
    QtSpeechEngine::createInBackground(context, std::move(done));
}
