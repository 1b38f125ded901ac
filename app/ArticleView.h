#pragma once

#include "article/Article.h"
#include "article/TextMention.h"
#include "reading/ReadingPosition.h"

#include <QList>
#include <QTextCursor>
#include <QTextEdit>

// Shows the article as a readable column: a measure of about 70 characters centred in the view, generous line
// height, never a horizontal scroll bar. Read-only, selectable and copyable; it holds no links and loads no
// resource, whatever a document might ask for.
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

signals:
    void zoomStepChanged(int step);

protected:
    QVariant loadResource(int type, const QUrl& name) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

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
    int m_currentFindMatch = -1;
    int m_zoomStep = 0;
    qreal m_basePointSize = 0;
};
