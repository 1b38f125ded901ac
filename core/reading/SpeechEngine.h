#pragma once

#include <QObject>
#include <QString>

// What the read-aloud controller needs of a speech engine, and nothing more: say one utterance, pause, resume,
// stop, and a rate. The app adapts Qt TextToSpeech to it; tests use a fake. An engine reports Speaking when an
// utterance begins and Ready when it has been spoken (or stopped), as QTextToSpeech does in Qt 6.4, which has no
// per-word signals.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Ready,
        Speaking,
        Paused,
        Error,
    };
    Q_ENUM(State)

    using QObject::QObject;

    // Empty when the engine can speak; otherwise a sentence for the reader saying why it cannot (no engine,
    // no voice). Translated by the engine.
    virtual QString unavailableReason() const = 0;
    virtual State state() const = 0;

    virtual void say(const QString& text) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // From -1.0 (slowest) through 0.0 (the voice's normal rate) to 1.0 (fastest), as QTextToSpeech::setRate.
    virtual void setRate(double rate) = 0;

signals:
    void stateChanged(SpeechEngine::State state);
    // A failure while speaking, emitted before stateChanged(State::Error). The reason is for the reader.
    void errorOccurred(const QString& reason);
};
