#pragma once

#include "SpeechModule.h"

#include <QObject>

// The speech module's entry point: Qt TextToSpeech behind the SpeechModule interface, so that only this plugin,
// not the executable, links Qt TextToSpeech.
class SpeechPlugin : public QObject, public SpeechModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PilotZonesSpeechModule_iid)
    Q_INTERFACES(SpeechModule)

public:
    QString whyUnavailable() const override;
    void createInBackground(QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done) override;
};
