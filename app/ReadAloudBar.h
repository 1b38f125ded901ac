#pragma once

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
    // engineInstalled is a cheap check (no engine made) run once the window has painted.
    ReadAloudBar(ArticleView* view,
                 ReadAloudController::EngineFactory factory,
                 std::function<bool()> engineInstalled,
                 QWidget* parent = nullptr);

    QAction* readAloudAction() const { return m_action; }
    ReadAloudController* controller() const { return m_controller; }

    // Disables the action at once if no speech engine is installed at all; call after the first paint.
    void checkEngineInstalled();
    void start();

signals:
    // Something the status line should say (why reading aloud is unavailable or stopped).
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void makeUnavailable(const QString& reason);
    void updateState(ReadAloudController::State state);

    QPointer<ArticleView> m_view;
    ReadAloudController* m_controller = nullptr;
    std::function<bool()> m_engineInstalled;
    QAction* m_action = nullptr;
    QLabel* m_label = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_rateLabel = nullptr;
    QSlider* m_rate = nullptr;
    QString m_unavailableReason;
};
