#include "QtSpeechEngine.h"

#include <QTextToSpeech>
#include <QVoice>

namespace {

SpeechEngine::State fromQt(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Ready:
        return SpeechEngine::State::Ready;
    case QTextToSpeech::Speaking:
        return SpeechEngine::State::Speaking;
    case QTextToSpeech::Paused:
        return SpeechEngine::State::Paused;
    case QTextToSpeech::Error:
        break;
    }
    return SpeechEngine::State::Error;
}

} // namespace

std::unique_ptr<SpeechEngine> QtSpeechEngine::create()
{
    return std::make_unique<QtSpeechEngine>();
}

bool QtSpeechEngine::anyEngineInstalled()
{
    return !QTextToSpeech::availableEngines().isEmpty();
}

QtSpeechEngine::QtSpeechEngine()
{
    if (!anyEngineInstalled()) {
        m_unavailableReason = tr("Reading aloud needs a speech engine: install speech-dispatcher and espeak-ng.");
        return;
    }
    m_speech = new QTextToSpeech(this);
    if (m_speech->state() == QTextToSpeech::Error) {
        m_unavailableReason = tr("The speech engine could not start: %1").arg(m_speech->errorString());
        return;
    }
    QLocale english;
    bool found = false;
    for (const QLocale& locale : m_speech->availableLocales()) {
        if (locale.language() == QLocale::English) {
            // Prefer the United Kingdom's English, the article's, and otherwise any English.
            if (!found || locale.territory() == QLocale::UnitedKingdom)
                english = locale;
            found = true;
        }
    }
    if (found)
        m_speech->setLocale(english);
    if (m_speech->availableVoices().isEmpty()) {
        m_unavailableReason = tr("The speech engine has no voice: install espeak-ng.");
        return;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        emit stateChanged(fromQt(state));
    });
    connect(m_speech, &QTextToSpeech::errorOccurred, this, [this](QTextToSpeech::ErrorReason, const QString& message) {
        emit errorOccurred(message);
    });
}

QtSpeechEngine::~QtSpeechEngine() = default;

SpeechEngine::State QtSpeechEngine::state() const
{
    return m_speech ? fromQt(m_speech->state()) : State::Error;
}

void QtSpeechEngine::say(const QString& text)
{
    if (m_speech)
        m_speech->say(text);
}

void QtSpeechEngine::pause()
{
    if (m_speech)
        m_speech->pause();
}

void QtSpeechEngine::resume()
{
    if (m_speech)
        m_speech->resume();
}

void QtSpeechEngine::stop()
{
    if (m_speech)
        m_speech->stop();
}

void QtSpeechEngine::setRate(double rate)
{
    if (m_speech)
        m_speech->setRate(rate);
}
