#pragma once

#include "SentenceSpan.h"
#include "SpeechEngine.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

// Reads a text aloud sentence by sentence through a SpeechEngine: one say() per sentence, the next one when the
// engine reports Ready. Says which sentence is being spoken so the view can mark it and keep it in view.
// The engine is made by the factory only when first needed (an availability check or a start), so nothing of
// the speech library loads while the window starts.
class ReadAloudController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Speaking,
        Paused,
    };
    Q_ENUM(State)

    using EngineFactory = std::function<std::unique_ptr<SpeechEngine>()>;

    explicit ReadAloudController(EngineFactory factory, QObject* parent = nullptr);
    ~ReadAloudController() override;

    // The text to read, one entry per block (paragraph) in reading order. Stops any reading in progress.
    void setBlocks(const QList<QString>& blocks);
    const QList<QString>& blocks() const { return m_blocks; }

    // Makes the engine if there is none yet and asks whether it can speak. Emits availabilityChanged.
    bool checkAvailability();
    // Empty until checked, and when the engine can speak.
    QString unavailableReason() const { return m_unavailableReason; }

    // Reads from the start of block to the end of the text. Does nothing, but emits errorOccurred, when the
    // engine cannot speak.
    void startAt(int block);
    // Reads only the selected text, from (firstBlock, firstOffset) up to (lastBlock, lastOffset), exclusive,
    // sentence by sentence, each sentence clipped to the selection.
    void startSelection(int firstBlock, qsizetype firstOffset, int lastBlock, qsizetype lastOffset);
    void pause();
    void resume();
    void stop();

    double rate() const { return m_rate; }
    // From -1.0 (slowest) to 1.0 (fastest); applies from the next sentence on if one is being spoken.
    void setRate(double rate);

    State state() const { return m_state; }
    // The block and span being spoken, or block -1 when idle.
    int currentBlock() const;
    SentenceSpan currentSpan() const;

    // How long a sentence may take before the engine is deemed stuck; for tests.
    void setSentenceTimeoutForTesting(int milliseconds) { m_fixedTimeout = milliseconds; }

signals:
    void stateChanged(ReadAloudController::State state);
    // The sentence now being spoken.
    void sentenceStarted(int block, qsizetype start, qsizetype length);
    // Every sentence has been spoken (not emitted by stop()).
    void finished();
    void availabilityChanged(bool available, const QString& reason);
    // Reading stopped because the engine failed, or could not start; the message is for the reader.
    void errorOccurred(const QString& message);

private:
    struct Utterance
    {
        int block = -1;
        SentenceSpan span;
    };

    SpeechEngine* engine();
    void begin(QList<Utterance> utterances);
    void speakCurrent();
    void engineStateChanged(SpeechEngine::State state);
    void engineFailed(const QString& reason);
    void setState(State state);
    void clear();
    int timeoutFor(const Utterance& utterance) const;

    EngineFactory m_factory;
    std::unique_ptr<SpeechEngine> m_engine;
    QList<QString> m_blocks;
    QList<Utterance> m_utterances;
    qsizetype m_current = -1;
    // True from say() until the engine reports that utterance done; a Ready before it began is ignored.
    bool m_awaitingEnd = false;
    bool m_engineBegan = false;
    State m_state = State::Idle;
    double m_rate = 0.0;
    QString m_unavailableReason;
    QTimer m_watchdog;
    int m_fixedTimeout = 0;
};
