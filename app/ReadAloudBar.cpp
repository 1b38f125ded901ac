#include "ReadAloudBar.h"

#include "ArticleView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// The rate slider's steps either side of the voice's normal rate.
constexpr int rateSteps = 10;

} // namespace

ReadAloudBar::ReadAloudBar(ArticleView* view, EngineMaker makeEngine, AvailabilityCheck engineCheck, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    // The controller asks for its engine only after engineReady(), so the one made in the background is there.
    , m_controller(new ReadAloudController([this] { return std::move(m_madeEngine); }, this))
    , m_engineCheck(std::move(engineCheck))
    , m_makeEngine(std::move(makeEngine))
{
    setObjectName(QStringLiteral("readAloudBar"));

    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("readAloudAction"));
    // Qt has no standard key for it; Ctrl+Shift+U is the read-aloud key of the best-known browser reader.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_action, &QAction::triggered, this, &ReadAloudBar::start);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("readAloudState"));
    m_label->setTextFormat(Qt::PlainText);
    m_pauseButton = new QPushButton(this);
    m_pauseButton->setObjectName(QStringLiteral("readAloudPauseButton"));
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("readAloudStopButton"));
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("readAloudRateLabel"));
    m_rateLabel->setTextFormat(Qt::PlainText);
    m_rate = new QSlider(Qt::Horizontal, this);
    m_rate->setObjectName(QStringLiteral("readAloudRate"));
    m_rate->setRange(-rateSteps, rateSteps);
    m_rate->setValue(0);
    m_rate->setMaximumWidth(160);
    m_rateLabel->setBuddy(m_rate);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_pauseButton);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_rateLabel);
    layout->addWidget(m_rate);

    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_controller->state() == ReadAloudController::State::Paused)
            m_controller->resume();
        else
            m_controller->pause();
    });
    connect(m_stopButton, &QPushButton::clicked, m_controller, &ReadAloudController::stop);
    connect(m_rate, &QSlider::valueChanged, this, [this](int value) {
        m_controller->setRate(static_cast<double>(value) / rateSteps);
    });

    connect(m_controller,
            &ReadAloudController::sentenceStarted,
            this,
            [this](int block, qsizetype start, qsizetype length) {
                if (m_view)
                    m_view->highlightRange(block - 1, start, length); // the controller's block 0 is the headline
            });
    connect(m_controller, &ReadAloudController::stateChanged, this, &ReadAloudBar::updateState);
    connect(m_controller, &ReadAloudController::availabilityChanged, this, [this](bool available, const QString& why) {
        if (!available)
            makeUnavailable(why);
    });
    connect(m_controller, &ReadAloudController::errorOccurred, this, [this](const QString& message) {
        emit statusMessage([message] { return tr("Reading aloud stopped: %1").arg(message); });
    });

    retranslateUi();
    hide();
}

ReadAloudBar::~ReadAloudBar()
{
    // Stopped while this is still a ReadAloudBar: the controller's last signals reach a whole object.
    disconnect(m_controller, nullptr, this, nullptr);
    m_controller->stop();
}

void ReadAloudBar::checkEngineInstalled()
{
    if (!m_engineCheck)
        return;
    const QString why = m_engineCheck();
    if (!why.isEmpty())
        makeUnavailable(why);
}

void ReadAloudBar::prepare()
{
    if (m_preparing || m_engineReady)
        return;
    m_preparing = true;
    if (!m_makeEngine) {
        m_makeEngine = [](QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done) {
            QMetaObject::invokeMethod(
                context, [done] { done({}); }, Qt::QueuedConnection);
        };
    }
    m_makeEngine(this, [this](std::unique_ptr<SpeechEngine> engine) {
        m_madeEngine = std::move(engine);
        m_preparing = false;
        m_engineReady = true;
        const bool available = m_controller->checkAvailability(); // hands the engine to the controller
        emit engineReady();
        if (available && m_startWhenReady) {
            m_startWhenReady = false;
            start();
        }
    });
}

void ReadAloudBar::start()
{
    if (!m_view || !m_unavailableReason.isEmpty())
        return;
    if (!m_engineReady) {
        m_startWhenReady = true;
        emit statusMessage([] { return tr("Preparing to read aloud…"); });
        prepare();
        return;
    }
    // The document's blocks are the headline and then the article's blocks, word for word, so offsets agree.
    QList<QString> blocks;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next())
        blocks.append(block.text());
    m_controller->setBlocks(blocks);

    const QTextCursor selection = m_view->textCursor();
    if (selection.hasSelection()) {
        const QTextBlock first = m_view->document()->findBlock(selection.selectionStart());
        const QTextBlock last = m_view->document()->findBlock(selection.selectionEnd());
        m_controller->startSelection(first.blockNumber(),
                                     selection.selectionStart() - first.position(),
                                     last.blockNumber(),
                                     selection.selectionEnd() - last.position());
    } else {
        m_controller->startAt(m_view->paragraphAtTop() + 1);
    }
}

void ReadAloudBar::makeUnavailable(const QString& reason)
{
    m_unavailableReason = reason;
    m_action->setEnabled(false);
    retranslateUi();
    // The reason comes worded from the engine or its check, so it stays as it came.
    emit statusMessage([reason] { return reason; });
}

void ReadAloudBar::updateState(ReadAloudController::State state)
{
    setVisible(state != ReadAloudController::State::Idle);
    if (state == ReadAloudController::State::Idle && m_view)
        m_view->highlightRange(-1, 0, 0);
    retranslateUi();
    if (state == ReadAloudController::State::Speaking && !m_pauseButton->hasFocus() && !m_stopButton->hasFocus())
        m_pauseButton->setFocus(Qt::OtherFocusReason); // the keyboard reaches Pause and Stop at once
}

void ReadAloudBar::retranslateUi()
{
    m_action->setText(tr("Read &Aloud"));
    const QString tip = m_unavailableReason.isEmpty()
                            ? tr("Read the article aloud from the selection or from the top of the view")
                            : m_unavailableReason;
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
    const bool paused = m_controller->state() == ReadAloudController::State::Paused;
    m_label->setText(paused ? tr("Reading aloud paused") : tr("Reading aloud"));
    m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setAccessibleName(paused ? tr("Resume reading aloud") : tr("Pause reading aloud"));
    m_stopButton->setText(tr("S&top"));
    m_stopButton->setAccessibleName(tr("Stop reading aloud"));
    m_rateLabel->setText(tr("R&ate:"));
    m_rate->setAccessibleName(tr("Reading rate"));
    m_rate->setToolTip(tr("Slower to the left, faster to the right"));
    setAccessibleName(tr("Read aloud"));
}

void ReadAloudBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
