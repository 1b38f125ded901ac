#pragma once

#include "TranslatedText.h"
#include "reading/ReadAloudController.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ArticleView;
class QAction;
class QLabel;
class QPushButton;
class QSlider;

// View → Read Aloud and the bar that shows while the article is read aloud: Pause/Resume, Stop and the rate.
// Reads from the selection, or else from the paragraph at the top of the view, marking the sentence being spoken
// in the article. The speech engine is made on first use; when there is none, or it has no voice, the action
// is disabled and its tooltip and the status line say why.
class ReadAloudBar : public QWidget
{
    Q_OBJECT

public:
    // Makes an engine without blocking, then calls done with it on context's thread (QtSpeechEngine does).
    using EngineMaker = std::function<void(QObject* context, std::function<void(std::unique_ptr<SpeechEngine>)> done)>;
    // Empty when a speech engine is installed, else why reading aloud cannot work; cheap (no engine is made).
    using AvailabilityCheck = std::function<QString()>;

    // engineCheck is run once the window has painted (checkEngineInstalled).
    ReadAloudBar(ArticleView* view, EngineMaker makeEngine, AvailabilityCheck engineCheck, QWidget* parent = nullptr);

    ~ReadAloudBar() override;

    QAction* readAloudAction() const { return m_action; }
    ReadAloudController* controller() const { return m_controller; }

    // Disables the action at once if no speech engine is installed at all; call after the first paint.
    void checkEngineInstalled();
    // Starts making the engine, if that has not begun; engineReady() follows. start() calls it as needed.
    void prepare();
    bool isEngineReady() const { return m_engineReady; }
    // Reads from the selection or from the top of the view, once the engine is ready.
    void start();

signals:
    // Something the status line should say (why reading aloud is unavailable or stopped), made again when the
    // language changes.
    void statusMessage(const TranslatedText& text);
    void engineReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void makeUnavailable(const QString& reason);
    void updateState(ReadAloudController::State state);

    QPointer<ArticleView> m_view;
    ReadAloudController* m_controller = nullptr;
    AvailabilityCheck m_engineCheck;
    EngineMaker m_makeEngine;
    std::unique_ptr<SpeechEngine> m_madeEngine; // made, not yet handed to the controller
    bool m_preparing = false;
    bool m_engineReady = false;
    bool m_startWhenReady = false;
    QAction* m_action = nullptr;
    QLabel* m_label = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_rateLabel = nullptr;
    QSlider* m_rate = nullptr;
    QString m_unavailableReason;
};
