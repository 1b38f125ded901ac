#pragma once

#include "reading/SpeechEngine.h"

#include <QStringList>

// A speech engine the test drives by hand: say() records the text and reports Speaking (see beginOnSay);
// finishUtterance() reports Ready, as QTextToSpeech does when an utterance has been spoken.
class FakeSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    explicit FakeSpeechEngine(QString unavailable = {})
        : m_unavailable(std::move(unavailable))
    { }

    QString unavailableReason() const override { return m_unavailable; }
    State state() const override { return m_state; }

    void say(const QString& text) override
    {
        spoken.append(text);
        if (beginOnSay)
            begin();
    }
    void pause() override
    {
        ++pauses;
        setState(State::Paused);
    }
    void resume() override
    {
        ++resumes;
        setState(State::Speaking);
    }
    void stop() override
    {
        ++stops;
        setState(State::Ready);
    }
    void setRate(double value) override { rate = value; }

    void begin() { setState(State::Speaking); }
    void finishUtterance() { setState(State::Ready); }
    // As the interface asks: the reason first, then the Error state.
    void fail(const QString& reason)
    {
        emit errorOccurred(reason);
        setState(State::Error);
    }

    // Off: say() records the text but the utterance begins only when the test calls begin().
    bool beginOnSay = true;
    QStringList spoken;
    double rate = 0;
    int pauses = 0;
    int resumes = 0;
    int stops = 0;

private:
    void setState(State next)
    {
        m_state = next;
        emit stateChanged(next);
    }

    QString m_unavailable;
    State m_state = State::Ready;
};
