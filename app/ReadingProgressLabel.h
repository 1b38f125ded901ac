#pragma once

#include "reading/ReadingTime.h"

#include <QLabel>
#include <QTimer>

#include <optional>

class ArticleView;
struct Article;

// The status bar's reading progress, e.g. "42 % · about 1 min left", following the article view as the reader
// scrolls. Its accessible name says what it is and its accessible description what it says now. Nothing is
// counted until start(), which the window calls after its first paint.
class ReadingProgressLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ReadingProgressLabel(ArticleView* article, QWidget* parent = nullptr);

    // Counts the article's reading time and from now on follows the view.
    void start(const Article& article);
    // Says the progress at the view's current place now, without waiting for scrolling to settle.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    ArticleView* m_article;
    std::optional<ReadingTime> m_time;
    // Scrolling moves the view many times a second; the text follows once it has settled for a moment.
    QTimer m_settle;
};
