#include "ReadAloudController.h"

#include "SentenceSplitter.h"

#include <algorithm>

ReadAloudController::ReadAloudController(EngineFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { engineFailed(tr("The speech engine stopped responding.")); });
}

ReadAloudController::~ReadAloudController()
{
    // Silence before the engine goes, so no utterance outlives the window; its last state change is not
    // heard, since nothing may react to it while this object is half destroyed.
    if (m_engine) {
        disconnect(m_engine.get(), nullptr, this, nullptr);
        if (m_state != State::Idle)
            m_engine->stop();
    }
}

void ReadAloudController::setBlocks(const QList<QString>& blocks)
{
    stop();
    m_blocks = blocks;
}

SpeechEngine* ReadAloudController::engine()
{
    if (!m_engine && m_factory) {
        m_engine = m_factory();
        if (m_engine) {
            connect(m_engine.get(), &SpeechEngine::stateChanged, this, &ReadAloudController::engineStateChanged);
            connect(m_engine.get(), &SpeechEngine::errorOccurred, this, &ReadAloudController::engineFailed);
        }
    }
    return m_engine.get();
}

bool ReadAloudController::checkAvailability()
{
    SpeechEngine* speech = engine();
    m_unavailableReason = speech ? speech->unavailableReason() : tr("No speech engine is installed.");
    const bool available = m_unavailableReason.isEmpty();
    emit availabilityChanged(available, m_unavailableReason);
    return available;
}

void ReadAloudController::startAt(int block)
{
    QList<Utterance> utterances;
    for (int i = std::max(block, 0); i < m_blocks.size(); ++i) {
        for (const SentenceSpan& span : SentenceSplitter::split(m_blocks.at(i)))
            utterances.append(Utterance {i, span});
    }
    begin(std::move(utterances));
}

void ReadAloudController::startSelection(int firstBlock, qsizetype firstOffset, int lastBlock, qsizetype lastOffset)
{
    QList<Utterance> utterances;
    for (int i = std::max(firstBlock, 0); i <= lastBlock && i < m_blocks.size(); ++i) {
        const qsizetype from = i == firstBlock ? firstOffset : 0;
        const qsizetype to = i == lastBlock ? lastOffset : m_blocks.at(i).size();
        for (const SentenceSpan& span : SentenceSplitter::split(m_blocks.at(i))) {
            const qsizetype start = std::max(span.start, from);
            const qsizetype end = std::min(span.start + span.length, to);
            if (end <= start)
                continue;
            // Clipping may leave white space at either end of a partly selected sentence.
            qsizetype s = start;
            qsizetype e = end;
            while (s < e && m_blocks.at(i).at(s).isSpace())
                ++s;
            while (e > s && m_blocks.at(i).at(e - 1).isSpace())
                --e;
            if (e > s)
                utterances.append(Utterance {i, SentenceSpan {s, e - s}});
        }
    }
    begin(std::move(utterances));
}

void ReadAloudController::begin(QList<Utterance> utterances)
{
    stop();
    if (!checkAvailability()) {
        emit errorOccurred(m_unavailableReason);
        return;
    }
    if (utterances.isEmpty())
        return;
    m_utterances = std::move(utterances);
    m_current = 0;
    m_engine->setRate(m_rate);
    setState(State::Speaking);
    speakCurrent();
}

void ReadAloudController::speakCurrent()
{
    const Utterance& utterance = m_utterances.at(m_current);
    m_awaitingEnd = true;
    m_engineBegan = false;
    emit sentenceStarted(utterance.block, utterance.span.start, utterance.span.length);
    m_watchdog.start(timeoutFor(utterance));
    m_engine->say(m_blocks.at(utterance.block).mid(utterance.span.start, utterance.span.length));
}

int ReadAloudController::timeoutFor(const Utterance& utterance) const
{
    if (m_fixedTimeout > 0)
        return m_fixedTimeout;
    // Generous: the slowest rate speaks about seven characters a second; a slow machine needs time to start.
    return 10000 + static_cast<int>(utterance.span.length) * 300;
}

void ReadAloudController::engineStateChanged(SpeechEngine::State state)
{
    if (m_state == State::Idle || !m_awaitingEnd)
        return;
    switch (state) {
    case SpeechEngine::State::Speaking:
    case SpeechEngine::State::Paused:
        m_engineBegan = true;
        return;
    case SpeechEngine::State::Error:
        engineFailed(tr("The speech engine failed."));
        return;
    case SpeechEngine::State::Ready:
        break;
    }
    // A Ready before the utterance began belongs to what was spoken (or stopped) before it.
    if (!m_engineBegan)
        return;
    m_awaitingEnd = false;
    m_watchdog.stop();
    if (m_state == State::Paused)
        return; // the sentence ended as the reader paused: resume() goes on with the next one
    if (++m_current >= m_utterances.size()) {
        clear();
        setState(State::Idle);
        emit finished();
        return;
    }
    // Queued, so that an engine reporting Ready from inside say() never recurses through the whole text.
    QMetaObject::invokeMethod(
        this,
        [this, index = m_current] {
            if (m_state == State::Speaking && m_current == index && !m_awaitingEnd)
                speakCurrent();
        },
        Qt::QueuedConnection);
}

void ReadAloudController::engineFailed(const QString& reason)
{
    if (m_state == State::Idle)
        return;
    if (m_engine)
        m_engine->stop();
    clear();
    setState(State::Idle);
    emit errorOccurred(reason.isEmpty() ? tr("The speech engine failed.") : reason);
}

void ReadAloudController::pause()
{
    if (m_state != State::Speaking)
        return;
    m_watchdog.stop();
    if (m_awaitingEnd)
        m_engine->pause();
    setState(State::Paused);
}

void ReadAloudController::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Speaking);
    if (m_awaitingEnd) {
        m_watchdog.start(timeoutFor(m_utterances.at(m_current)));
        m_engine->resume();
        return;
    }
    if (++m_current >= m_utterances.size()) {
        clear();
        setState(State::Idle);
        emit finished();
        return;
    }
    speakCurrent();
}

void ReadAloudController::stop()
{
    if (m_state == State::Idle)
        return;
    clear();
    if (m_engine)
        m_engine->stop();
    setState(State::Idle);
}

void ReadAloudController::setRate(double rate)
{
    m_rate = std::clamp(rate, -1.0, 1.0);
    if (m_engine)
        m_engine->setRate(m_rate);
}

int ReadAloudController::currentBlock() const
{
    return m_current >= 0 && m_current < m_utterances.size() ? m_utterances.at(m_current).block : -1;
}

SentenceSpan ReadAloudController::currentSpan() const
{
    return m_current >= 0 && m_current < m_utterances.size() ? m_utterances.at(m_current).span : SentenceSpan {};
}

void ReadAloudController::clear()
{
    m_watchdog.stop();
    m_utterances.clear();
    m_current = -1;
    m_awaitingEnd = false;
    m_engineBegan = false;
}

void ReadAloudController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
