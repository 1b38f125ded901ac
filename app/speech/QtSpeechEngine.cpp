#include "QtSpeechEngine.h"

#include <QPointer>
#include <QTextToSpeech>
#include <QThread>
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
    return std::make_unique<QtSpeechEngine>(anyEngineInstalled() ? new QTextToSpeech : nullptr);
}

void QtSpeechEngine::createInBackground(QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done)
{
    if (!anyEngineInstalled()) {
        QMetaObject::invokeMethod(
            context, [done] { done(std::make_unique<QtSpeechEngine>(nullptr)); }, Qt::QueuedConnection);
        return;
    }
    // Made without a parent on the worker and moved to the context's thread before the worker ends; the
    // speech-dispatcher plugin reports its states from its own thread, so it keeps working there (the real
    // speech-dispatcher test goes through this path).
    auto made = std::make_shared<QTextToSpeech*>(nullptr);
    QThread* target = context->thread();
    QThread* worker = QThread::create([made, target] {
        *made = new QTextToSpeech;
        (*made)->moveToThread(target);
    });
    QPointer<QObject> guard(context);
    QObject::connect(worker, &QThread::finished, worker, [worker, made, guard, done] {
        worker->deleteLater();
        std::unique_ptr<QTextToSpeech> speech(*made);
        if (guard)
            done(std::make_unique<QtSpeechEngine>(speech.release()));
    });
    worker->start();
}

bool QtSpeechEngine::anyEngineInstalled()
{
    return !QTextToSpeech::availableEngines().isEmpty();
}

QString QtSpeechEngine::whyUnavailable()
{
    return anyEngineInstalled() ? QString() : noEngineReason();
}

QString QtSpeechEngine::noEngineReason()
{
    return tr("Reading aloud needs a speech engine: install speech-dispatcher and espeak-ng.");
}

QtSpeechEngine::QtSpeechEngine(QTextToSpeech* speech)
    : m_speech(speech)
{
    if (!m_speech) {
        m_unavailableReason = noEngineReason();
        return;
    }
    m_speech->setParent(this);
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
