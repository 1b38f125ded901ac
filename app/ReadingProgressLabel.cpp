#include "ReadingProgressLabel.h"

#include "ArticleView.h"

#include <QAccessible>
#include <QEvent>
#include <QScrollBar>

namespace {

constexpr int settleMilliseconds = 80;

} // namespace

ReadingProgressLabel::ReadingProgressLabel(ArticleView* article, QWidget* parent)
    : QLabel(parent)
    , m_article(article)
{
    setObjectName(QStringLiteral("readingProgress"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Reading progress"));
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &ReadingProgressLabel::refresh);
}

void ReadingProgressLabel::start(const Article& article)
{
    m_time = ReadingTime::forArticle(article);
    const auto settle = [this] {
        m_settle.start();
    };
    QScrollBar* bar = m_article->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, settle);
    // A new zoom, font or width moves the text under the same scroll position.
    connect(bar, &QScrollBar::rangeChanged, this, settle);
    refresh();
}

void ReadingProgressLabel::refresh()
{
    if (!m_time)
        return;
    const ReadingPosition point = m_article->readingPoint();
    const QString progress = m_time->progressText(point.block, point.offset);
    if (progress == text())
        return;
    setText(progress);
    setAccessibleDescription(progress);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void ReadingProgressLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Reading progress"));
        setText(QString());
        refresh();
    }
}
