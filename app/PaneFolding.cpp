#include "PaneFolding.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QtMath>

#include <algorithm>

namespace {

const QString shownKey = QStringLiteral("window/comments");

// Widths in characters of the pane's own font (the average width of its Latin letters: under a Chinese locale the
// font's average character is a full-width one, twice as wide, while the article and the city details stay
// English), chosen by looking at the window in
// English and Chinese: the city list and its details read well from 32 characters on and still work at 24; a
// reading column below 50 characters a line reads in fits and starts, below 24 it stops being a column; the
// feedback form's fields want 46 characters (the form's buttons set the least it can take).
constexpr int sidebarComfortable = 32;
constexpr int sidebarLeast = 24;
constexpr int articleComfortable = 50;
constexpr int articleLeast = 24;
constexpr int paneComfortable = 46;

qreal letterWidth(const QFont& font)
{
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    return QFontMetricsF(font).horizontalAdvance(letters) / letters.size();
}

int characters(const QWidget* widget, int count)
{
    return qCeil(letterWidth(widget->font()) * count);
}

} // namespace

PaneFolding::PaneFolding(QSplitter* splitter, QWidget* article, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_splitter(splitter)
    , m_sidebar(splitter->widget(0))
    , m_articleColumn(splitter->widget(1))
    , m_article(article)
    , m_pane(splitter->widget(2))
    , m_settings(settings)
    , m_action(new QAction(this))
    , m_shownWhenWide(settings->value(shownKey, true).toBool())
{
    m_action->setObjectName(QStringLiteral("commentsAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_action, &QAction::triggered, this, &PaneFolding::toggledByReader);
    retranslate();
    // Resizes decide; a new font or language changes what fits.
    m_splitter->installEventFilter(this);
    m_sidebar->installEventFilter(this);
    m_pane->installEventFilter(this);
    // Whether the pane fits is decided once the window has its size (update()), not at the default size it has now.
    updateMinimums();
}

QToolButton* PaneFolding::makeToggleButton(QWidget* parent)
{
    m_button = new QToolButton(parent);
    m_button->setObjectName(QStringLiteral("commentsToggle"));
    m_button->setDefaultAction(m_action);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Raised, not flat: folded, the pane's only trace is this button, which must look like one.
    m_button->setAutoRaise(false);
    // Reached with Tab like any button, so that a keyboard reader can always bring the pane back.
    m_button->setFocusPolicy(Qt::StrongFocus);
    retranslate();
    return m_button;
}

void PaneFolding::retranslate()
{
    m_action->setText(tr("&Comments"));
    // The button's words, without the menu's access key (which Chinese writes as "(&C)" after the word).
    m_action->setIconText(tr("Comments"));
    const QString tip = tr("Show or hide the comments and the feedback form (%1)")
                            .arg(m_action->shortcut().toString(QKeySequence::NativeText));
    m_action->setToolTip(tip);
    m_action->setStatusTip(tr("Show or hide the comments and the feedback form"));
    if (m_button) {
        m_button->setAccessibleName(tr("Comments"));
        m_button->setAccessibleDescription(tr("Shows or hides the comments and the feedback form"));
        m_button->setToolTip(tip);
    }
}

int PaneFolding::sidebarMinimum() const
{
    int least = std::max(m_sidebar->minimumSizeHint().width(), characters(m_sidebar, sidebarLeast));
    // A scroll area's own hint leaves out what it holds; the city details scroll only up and down, so their width
    // counts, with the margins around the area and its scroll bar.
    for (const QScrollArea* area : m_sidebar->findChildren<QScrollArea*>()) {
        if (!area->widget())
            continue;
        const int margins = area->mapTo(m_sidebar, QPoint(0, 0)).x() + 2 * area->frameWidth();
        const int scrollBar = area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area);
        least = std::max(least, area->widget()->minimumSizeHint().width() + margins + scrollBar);
    }
    return least;
}

int PaneFolding::articleMinimum(int count) const
{
    // The article's own font (the reading typeface and size), plus what surrounds its column: the view's least side
    // margins (ArticleView::updateMeasure), the document's margin, the frame and a scroll bar.
    const auto* view = qobject_cast<const QTextEdit*>(m_article);
    const QFont font = view ? view->document()->defaultFont() : m_article->font();
    const int margin = view ? qCeil(view->document()->documentMargin()) : 0;
    const int frame = view ? view->frameWidth() : 0;
    const int scrollBar = m_article->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_article);
    return qCeil(letterWidth(font) * count) + 2 * (16 + margin + frame) + scrollBar;
}

int PaneFolding::paneMinimum() const
{
    return m_pane->minimumSizeHint().width();
}

int PaneFolding::foldWidth() const
{
    const int sidebar = std::max(sidebarMinimum(), characters(m_sidebar, sidebarComfortable));
    const int pane = std::max(paneMinimum(), characters(m_pane, paneComfortable));
    return sidebar + articleMinimum(articleComfortable) + pane + 2 * m_splitter->handleWidth();
}

bool PaneFolding::isNarrow() const
{
    // Before the window is shown its layout has not given the splitter its width yet.
    const int width = m_splitter->isVisible() ? m_splitter->width() : m_splitter->window()->width();
    return width < foldWidth();
}

bool PaneFolding::isPaneShown() const
{
    return !m_pane->isHidden();
}

void PaneFolding::update()
{
    if (m_updating)
        return;
    m_updating = true;
    updateMinimums();
    m_decided = true;
    const bool narrow = isNarrow();
    if (narrow && !m_wasNarrow)
        m_shownWhenNarrow = false;
    m_wasNarrow = narrow;
    setPaneShown(narrow ? m_shownWhenNarrow : m_shownWhenWide);
    m_updating = false;
}

void PaneFolding::updateMinimums()
{
    m_sidebar->setMinimumWidth(sidebarMinimum());
    m_articleColumn->setMinimumWidth(articleMinimum(articleLeast));
    m_pane->setMinimumWidth(paneMinimum());
}

void PaneFolding::unfold()
{
    if (isNarrow())
        m_shownWhenNarrow = true;
    else if (!m_shownWhenWide) {
        m_shownWhenWide = true;
        m_settings->setValue(shownKey, true);
    }
    setPaneShown(true);
}

void PaneFolding::toggledByReader(bool shown)
{
    if (isNarrow()) {
        m_shownWhenNarrow = shown;
        // Unfolded on a narrow window: it stays when the window grows.
        if (shown && !m_shownWhenWide) {
            m_shownWhenWide = true;
            m_settings->setValue(shownKey, true);
        }
    } else {
        m_shownWhenWide = shown;
        m_settings->setValue(shownKey, shown);
    }
    setPaneShown(shown);
}

void PaneFolding::setPaneShown(bool shown)
{
    m_action->setChecked(shown);
    if (shown == isPaneShown())
        return;
    if (!shown) {
        // Hidden, a focused widget would hand the focus to whatever Qt finds next: it goes where the reader can
        // bring the pane back, or to the article.
        QWidget* focus = QApplication::focusWidget();
        if (focus && m_pane->isAncestorOf(focus)) {
            if (m_button && m_button->isVisible())
                m_button->setFocus(Qt::OtherFocusReason);
            else
                m_article->setFocus(Qt::OtherFocusReason);
        }
    }
    m_pane->setVisible(shown);
}

bool PaneFolding::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_splitter && m_decided)
            update();
        break;
    case QEvent::FontChange:
    case QEvent::LayoutRequest:
    case QEvent::StyleChange:
        if (watched != m_splitter) {
            if (m_decided)
                update();
            else
                updateMinimums();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
