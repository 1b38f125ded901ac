#pragma once

#include "reading/SpeechEngine.h"

#include <functional>
#include <memory>

class QTextToSpeech;

// The SpeechEngine of the app: Qt TextToSpeech (on Debian, its speech-dispatcher plugin). Made only when the
// reader first asks for reading aloud, so neither the plugin nor speech-dispatcher is touched at start-up.
// Making a QTextToSpeech takes seconds with speech-dispatcher (it lists every voice of every language), so
// createInBackground() makes it on a worker thread and hands it to the caller's thread.
// It speaks with an English voice whatever the interface language, so the article's English text and the city
// names in it are spoken as words, not spelled out by a voice of another language.
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    // An engine ready to use, or one whose unavailableReason() says why it cannot speak.
    static std::unique_ptr<SpeechEngine> create();
    // Calls done on context's thread with what create() would return, without blocking that thread meanwhile.
    // Nothing is called if context is gone by then.
    static void createInBackground(QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done);
    // Whether Qt TextToSpeech has any engine plugin at all: reads plugin metadata only, loads no plugin.
    static bool anyEngineInstalled();
    // Empty when anyEngineInstalled(), else why reading aloud cannot work, for the reader.
    static QString whyUnavailable();

    // Takes speech (it may be null: no engine installed) and becomes its parent.
    explicit QtSpeechEngine(QTextToSpeech* speech);
    ~QtSpeechEngine() override;

    QString unavailableReason() const override { return m_unavailableReason; }
    State state() const override;
    void say(const QString& text) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void setRate(double rate) override;

private:
    static QString noEngineReason();

    QTextToSpeech* m_speech = nullptr; // owned as a child
    QString m_unavailableReason;
};
