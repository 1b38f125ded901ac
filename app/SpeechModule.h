#pragma once

#include "reading/SpeechEngine.h"

#include <QString>
#include <QtPlugin>

#include <functional>
#include <memory>

class QObject;

// Reading aloud through Qt TextToSpeech, built as a Qt plugin of its own (app/speech) so that Qt TextToSpeech is
// loaded only once the window has painted. ModuleLoader finds and loads it.
class SpeechModule
{
public:
    virtual ~SpeechModule() = default;

    // Empty when Qt TextToSpeech has an engine plugin (read from plugin metadata; none is loaded); otherwise why
    // reading aloud cannot work, for the reader.
    virtual QString whyUnavailable() const = 0;
    // Makes an engine without blocking and calls done with it on context's thread; nothing if context is gone.
    virtual void createInBackground(QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done) = 0;
};

#define PilotZonesSpeechModule_iid "io.github.pilotzones.PilotZones.SpeechModule/1"
Q_DECLARE_INTERFACE(SpeechModule, PilotZonesSpeechModule_iid)
