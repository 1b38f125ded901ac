#pragma once

#include "article/Article.h"
#include "article/TextMention.h"
#include "reading/ReadingPosition.h"

#include <QAction>
#include <QList>
#include <QPointer>
#include <QTextCursor>
#include <QTextEdit>

// Shows the article as a readable column: a measure in characters (72 unless set) centred in the view, generous
// line height, never a horizontal scroll bar. Read-only, selectable and copyable; it holds no links and loads no
// resource, whatever a document might ask for.
//
// The article's closing line ("Tell us what you think") leads to the feedback form: a click on it, or Enter with
// the caret in it, emits feedbackRequested. A passage quoted by a comment can be shown and marked (showPassage),
// in a style of its own, distinct from find matches, city mentions and the sentence read aloud.
class ArticleView : public QTextEdit
{
    Q_OBJECT

public:
    // font with a Latin family first and a CJK one last, for English text under any locale.
    static QFont latinFirst(const QFont& font);

    static constexpr int minZoomStep = -4;
    static constexpr int maxZoomStep = 10;

    explicit ArticleView(QWidget* parent = nullptr);

    void setArticle(const Article& article);

    // Marks these mentions and scrolls to the first; an empty list clears the marks.
    void setMentions(const QList<TextMention>& mentions);
    const QList<TextMention>& mentions() const { return m_mentions; }

    int zoomStep() const { return m_zoomStep; }
    void setZoomStep(int step);

    // The reader's typography: font families, best first (empty: a Latin face first, then the widget's font's);
    // the size at zoom step 0 in points (0: the widget's font's); line spacing in percent of the font's line
    // height; the column's measure in average characters of the article's font; the zoom step (as setZoomStep,
    // whose signal it sends). Lays the article out again only when something changed: once for the font, once
    // for the line spacing, once for the margins.
    void setTypography(
        const QStringList& families, qreal basePointSize, int lineSpacingPercent, int measureCharacters, int zoomStep);
    int lineSpacing() const { return m_lineSpacing; }
    int measure() const { return m_measure; }
    // The width of the column of text, in pixels, centred in the view.
    qreal columnWidth() const;

    // Marks every case-insensitive occurrence of text and selects the first one after the cursor.
    // Returns the number of matches; an empty text clears the search. The selection of the last match goes
    // with it, so neither "no matches" nor closing the search leaves a stale selection behind.
    int find(const QString& text);
    // Moves to the next (or previous) match, wrapping around. Returns the 1-based number of the current match,
    // or 0 when there are none.
    int findNext();
    int findPrevious();
    int findMatchCount() const { return static_cast<int>(m_findMatches.size()); }
    int currentFindMatch() const { return m_currentFindMatch + 1; }

    // Document position of a mention, for tests and scrolling.
    int positionOf(const TextMention& mention) const;

    // Marks the sentence being read aloud, in a paragraph numbered as TextMention::block (-1 the headline), and
    // scrolls it into view without moving the reader's cursor. A length of 0 clears the mark.
    void highlightRange(int paragraph, qsizetype start, qsizetype length);
    // The paragraph whose text is at the top of the view, numbered as TextMention::block (-1 the headline).
    int paragraphAtTop() const;

    // The article's blocks as the document holds them, numbered as ReadingPosition and ReadingTime number them:
    // 0 the headline, then each block (so TextMention::block + 1).
    const QStringList& blockTexts() const { return m_blockTexts; }
    // The place of the line at this height of the viewport (0 its top; the line's start).
    ReadingPosition positionAt(int viewportY) const;
    // How far the reader has come: the top of the view at the start, moving to its bottom as the view scrolls
    // to the end, and past the last block at the very end.
    ReadingPosition readingPoint() const;
    // Scrolls so that the line holding this place is at the top of the view. Before the view has been shown it
    // waits until it is laid out at its real size; a place the article no longer has is ignored.
    void scrollToPosition(const ReadingPosition& position);

    // Offered first in the context menu (Comment on This Passage); not owned, may be null.
    void setPassageAction(QAction* action);
    // Scrolls to the passage a quote comes from (PassageQuote::locate: whitespace differences and a trailing
    // ellipsis do not matter), marks it and puts the caret at its start. Returns false, changing nothing, when
    // the passage is not in the article.
    bool showPassage(const QString& quote);
    // The marked passage, or a null cursor; for tests.
    QTextCursor shownPassage() const { return m_passage; }
    // The document block of the closing line, or -1.
    int closingBlockNumber() const { return m_closingBlock; }

signals:
    void zoomStepChanged(int step);
    // The reader activated the closing line: the feedback form's comment field should take the focus.
    void feedbackRequested();

protected:
    QVariant loadResource(int type, const QUrl& name) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void applyFont();
    void updateMeasure();
    void updateExtraSelections();
    int moveToFindMatch(int index);
    void dropFindSelection();
    void applyPendingPosition();

    QList<int> m_blockPositions; // document position of the headline and each block, in order
    QList<TextMention> m_mentions;
    QList<QTextCursor> m_findMatches;
    QStringList m_blockTexts;
    ReadingPosition m_pendingPosition; // to scroll to until the view first paints
    QTextCursor m_spokenRange; // the sentence being read aloud; null when none
    QTextCursor m_passage; // the passage a comment quotes, when shown; null when none
    QPointer<QAction> m_passageAction;
    int m_closingBlock = -1;
    QPoint m_pressAt; // where the left button went down, to tell a click from a drag
    int m_currentFindMatch = -1;
    int m_zoomStep = 0;
    qreal m_basePointSize = 0;
    bool m_explicitBaseSize = false;
    QStringList m_families;
    int m_lineSpacing = 150; // percent of the font's line height
    int m_measure = 72; // a comfortable measure for running text, in average character widths
};
