#pragma once

#include "reading/SpeechEngine.h"

// A speech engine that cannot speak, and says why: what reading aloud gets when its module cannot be loaded.
class UnavailableSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    explicit UnavailableSpeechEngine(QString reason)
        : m_reason(std::move(reason))
    { }

    QString unavailableReason() const override { return m_reason; }
    State state() const override { return State::Error; }
    void say(const QString&) override { }
    void pause() override { }
    void resume() override { }
    void stop() override { }
    void setRate(double) override { }

private:
    QString m_reason;
};
