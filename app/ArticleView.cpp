#include "ArticleView.h"

#include "ThemePalette.h"
#include "comments/PassageQuote.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

constexpr qreal zoomFactorPerStep = 1.1;

} // namespace

ArticleView::ArticleView(QWidget* parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    // Keyboard selection lets a reader select and copy without a mouse, and gives screen readers a caret.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    m_basePointSize = font().pointSizeF() > 0 ? font().pointSizeF() : 10;
    applyFont();
}

void ArticleView::setArticle(const Article& article)
{
    QTextDocument* doc = document();
    doc->clear();
    doc->setUndoRedoEnabled(false);
    m_blockPositions.clear();
    m_blockTexts.clear();
    m_mentions.clear();
    m_findMatches.clear();
    m_currentFindMatch = -1;
    m_passage = QTextCursor();
    m_closingBlock = -1;

    QTextCursor cursor(doc);
    const auto addBlock = [&](const QString& text, int sizeAdjustment, bool bold, qreal topMargin, bool first) {
        QTextBlockFormat blockFormat;
        blockFormat.setLineHeight(m_lineSpacing, QTextBlockFormat::ProportionalHeight);
        blockFormat.setTopMargin(topMargin);
        blockFormat.setBottomMargin(10);
        QTextCharFormat charFormat;
        charFormat.setProperty(QTextFormat::FontSizeAdjustment, sizeAdjustment);
        charFormat.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        if (first)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat);
        m_blockPositions.append(cursor.position());
        m_blockTexts.append(text);
        // insertText takes the text literally: nothing in it is ever interpreted as markup.
        cursor.insertText(text, charFormat);
    };

    addBlock(article.headline, 3, true, 0, true);
    for (const ArticleBlock& block : article.blocks) {
        switch (block.kind) {
        case ArticleBlock::Kind::Paragraph:
            addBlock(block.text, 0, false, 0, false);
            break;
        case ArticleBlock::Kind::Heading:
            addBlock(block.text, 1, true, 12, false);
            break;
        case ArticleBlock::Kind::Closing:
            addBlock(block.text, 1, true, 18, false);
            m_closingBlock = cursor.blockNumber();
            break;
        }
    }
    moveCursor(QTextCursor::Start);
    updateExtraSelections();
}

int ArticleView::positionOf(const TextMention& mention) const
{
    const int index = mention.block + 1; // the headline is block -1
    if (index < 0 || index >= m_blockPositions.size())
        return -1;
    return m_blockPositions.at(index) + static_cast<int>(mention.start);
}

void ArticleView::highlightRange(int paragraph, qsizetype start, qsizetype length)
{
    const int position = positionOf(TextMention {paragraph, start, 0});
    if (position < 0 || length <= 0) {
        m_spokenRange = QTextCursor();
        updateExtraSelections();
        return;
    }
    m_spokenRange = QTextCursor(document());
    m_spokenRange.setPosition(position);
    m_spokenRange.setPosition(position + static_cast<int>(length), QTextCursor::KeepAnchor);
    updateExtraSelections();

    // Keep the whole sentence in view, its start first when it is taller than the view.
    QTextCursor first(document());
    first.setPosition(position);
    QTextCursor last(document());
    last.setPosition(position + static_cast<int>(length));
    const QRect top = cursorRect(first);
    const QRect bottom = cursorRect(last);
    const int margin = top.height();
    int delta = 0;
    if (bottom.bottom() + margin > viewport()->height())
        delta = bottom.bottom() + margin - viewport()->height();
    if (top.top() - delta < 0)
        delta = top.top() - margin;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
}

int ArticleView::paragraphAtTop() const
{
    const QTextCursor cursor = cursorForPosition(QPoint(viewport()->width() / 2, 1));
    return cursor.blockNumber() - 1; // the headline is the document's first block
}

ReadingPosition ArticleView::positionAt(int viewportY) const
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, viewportY));
    return ReadingPosition::at(m_blockTexts, cursor.blockNumber(), cursor.positionInBlock());
}

ReadingPosition ArticleView::readingPoint() const
{
    const QScrollBar* bar = verticalScrollBar();
    if (bar->value() >= bar->maximum() && !m_blockTexts.isEmpty()) {
        const int last = static_cast<int>(m_blockTexts.size()) - 1;
        return ReadingPosition::at(m_blockTexts, last, static_cast<int>(m_blockTexts.constLast().size()));
    }
    return positionAt(viewport()->height() * bar->value() / bar->maximum());
}

void ArticleView::scrollToPosition(const ReadingPosition& position)
{
    m_pendingPosition = position.resolvedIn(m_blockTexts);
    if (isVisible())
        applyPendingPosition();
}

void ArticleView::applyPendingPosition()
{
    if (!m_pendingPosition.isValid())
        return;
    const QTextBlock block = document()->findBlockByNumber(m_pendingPosition.block);
    // Lays the document out at the viewport's width as far as this block, if it was not yet.
    document()->documentLayout()->blockBoundingRect(block);
    const QTextLine line = block.layout()->lineForTextPosition(m_pendingPosition.offset);
    if (!line.isValid())
        return;
    // The article's own first line keeps the margin above it.
    const bool first = m_pendingPosition.block == 0 && line.lineNumber() == 0;
    verticalScrollBar()->setValue(first ? 0 : qRound(block.layout()->position().y() + line.y()));
}

void ArticleView::setMentions(const QList<TextMention>& mentions)
{
    m_mentions = mentions;
    updateExtraSelections();
    if (mentions.isEmpty())
        return;
    const int position = positionOf(mentions.first());
    if (position < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(position);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ArticleView::setZoomStep(int step)
{
    step = std::clamp(step, minZoomStep, maxZoomStep);
    if (step == m_zoomStep)
        return;
    m_zoomStep = step;
    applyFont();
    emit zoomStepChanged(m_zoomStep);
}

QFont ArticleView::latinFirst(const QFont& font)
{
    // Under a Chinese locale fontconfig puts a CJK family first, which draws ’ and “ as full-width marks inside
    // English words ("country’ s"). A Latin family first keeps English English; Han characters still fall
    // through to the CJK family. The first installed family wins; setup.sh installs DejaVu and Noto CJK.
    QStringList families {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans")};
    for (const QString& family : font.families()) {
        if (!families.contains(family))
            families.append(family);
    }
    families.append(QStringLiteral("Noto Sans CJK SC"));
    QFont latin = font;
    latin.setFamilies(families);
    return latin;
}

void ArticleView::setTypography(
    const QStringList& families, qreal basePointSize, int lineSpacingPercent, int measureCharacters, int zoomStep)
{
    zoomStep = std::clamp(zoomStep, minZoomStep, maxZoomStep);
    const bool zoomChanged = zoomStep != m_zoomStep;
    const bool fontChanged
        = zoomChanged || families != m_families || (basePointSize > 0 && basePointSize != m_basePointSize);
    if (lineSpacingPercent != m_lineSpacing) {
        m_lineSpacing = lineSpacingPercent;
        // One edit for every block, so the document lays out once.
        QTextCursor cursor(document());
        cursor.beginEditBlock();
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            cursor.setPosition(block.position());
            QTextBlockFormat format;
            format.setLineHeight(m_lineSpacing, QTextBlockFormat::ProportionalHeight);
            cursor.mergeBlockFormat(format);
        }
        cursor.endEditBlock();
    }
    m_measure = measureCharacters;
    if (basePointSize > 0) {
        m_basePointSize = basePointSize;
        m_explicitBaseSize = true;
    }
    m_families = families;
    m_zoomStep = zoomStep;
    if (fontChanged)
        applyFont();
    else
        updateMeasure();
    if (zoomChanged)
        emit zoomStepChanged(m_zoomStep);
}

void ArticleView::applyFont()
{
    QFont documentFont = latinFirst(font());
    if (!m_families.isEmpty())
        documentFont.setFamilies(m_families);
    documentFont.setPointSizeF(m_basePointSize * std::pow(zoomFactorPerStep, m_zoomStep));
    // Setting the document's font lays the whole article out again, even when it is the same font (as it is when
    // the application's font changes and the reader's typography stays).
    if (documentFont != document()->defaultFont())
        document()->setDefaultFont(documentFont);
    updateMeasure();
}

void ArticleView::updateMeasure()
{
    const QFontMetricsF metrics(document()->defaultFont());
    const qreal measure = metrics.averageCharWidth() * m_measure;
    const qreal available = viewport()->width();
    const qreal side = std::max<qreal>(16, (available - measure) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), side) && qFuzzyCompare(format.topMargin(), 24.0))
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(24);
    format.setBottomMargin(24);
    document()->rootFrame()->setFrameFormat(format);
}

void ArticleView::updateExtraSelections()
{
    const QPalette pal = palette();
    // The theme's mark colours, which it keeps legible (see Themes).
    const ThemeColours colours = ThemePalette::coloursOf(pal);
    QList<QTextEdit::ExtraSelection> selections;

    QTextCharFormat mentionFormat;
    mentionFormat.setBackground(ThemePalette::colour(colours.mentionBackground));
    mentionFormat.setForeground(ThemePalette::colour(colours.mentionText));
    mentionFormat.setFontUnderline(true); // not colour alone: the mark stays visible to colour-blind readers
    for (const TextMention& mention : std::as_const(m_mentions)) {
        const int position = positionOf(mention);
        if (position < 0)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(position);
        cursor.setPosition(position + static_cast<int>(mention.length), QTextCursor::KeepAnchor);
        selections.append({cursor, mentionFormat});
    }

    QTextCharFormat matchFormat;
    matchFormat.setBackground(ThemePalette::colour(colours.findMatchBackground));
    matchFormat.setForeground(ThemePalette::colour(colours.findMatchText));
    QTextCharFormat currentFormat = matchFormat;
    currentFormat.setBackground(pal.color(QPalette::Highlight));
    currentFormat.setForeground(pal.color(QPalette::HighlightedText));
    for (int i = 0; i < m_findMatches.size(); ++i)
        selections.append({m_findMatches.at(i), i == m_currentFindMatch ? currentFormat : matchFormat});

    if (!m_passage.isNull() && m_passage.hasSelection()) {
        // A quoted passage: a tint of the theme's selection colour over the base, with a dotted underline, so it
        // reads as neither a find match (a solid tint), a mention (a solid underline) nor the spoken sentence.
        const QColor highlight = pal.color(QPalette::Highlight);
        const QColor base = pal.color(QPalette::Base);
        const auto mix = [](int a, int b) {
            return (a * 35 + b * 65) / 100;
        };
        QTextCharFormat passageFormat;
        passageFormat.setBackground(QColor(mix(highlight.red(), base.red()),
                                           mix(highlight.green(), base.green()),
                                           mix(highlight.blue(), base.blue())));
        passageFormat.setForeground(pal.color(QPalette::Text));
        passageFormat.setUnderlineStyle(QTextCharFormat::DotLine);
        passageFormat.setUnderlineColor(pal.color(QPalette::Text));
        selections.append({m_passage, passageFormat});
    }

    if (!m_spokenRange.isNull() && m_spokenRange.hasSelection()) {
        // The theme's own selection colours, which it keeps legible, and an underline so it is not colour alone.
        QTextCharFormat spokenFormat;
        spokenFormat.setBackground(pal.color(QPalette::Highlight));
        spokenFormat.setForeground(pal.color(QPalette::HighlightedText));
        spokenFormat.setFontUnderline(true);
        selections.append({m_spokenRange, spokenFormat});
    }

    setExtraSelections(selections);
}

void ArticleView::dropFindSelection()
{
    if (m_currentFindMatch < 0 || m_currentFindMatch >= m_findMatches.size())
        return;
    const QTextCursor& match = m_findMatches.at(m_currentFindMatch);
    QTextCursor cursor = textCursor();
    // Only the selection find made: one the reader made since is theirs to keep.
    if (cursor.selectionStart() != match.selectionStart() || cursor.selectionEnd() != match.selectionEnd())
        return;
    // The caret stays at the match's start, so the next search goes on from there.
    cursor.setPosition(match.selectionStart());
    setTextCursor(cursor);
}

int ArticleView::find(const QString& text)
{
    dropFindSelection();
    m_findMatches.clear();
    m_currentFindMatch = -1;
    if (!text.isEmpty()) {
        QTextCursor cursor(document());
        while (true) {
            cursor = document()->find(text, cursor);
            if (cursor.isNull())
                break;
            m_findMatches.append(cursor);
        }
    }
    if (m_findMatches.isEmpty()) {
        updateExtraSelections();
        return 0;
    }
    // Start from where the reader is, so a search does not jump back to the top.
    const int from = textCursor().selectionStart();
    const auto it = std::find_if(m_findMatches.cbegin(), m_findMatches.cend(), [from](const QTextCursor& match) {
        return match.selectionStart() >= from;
    });
    moveToFindMatch(it == m_findMatches.cend() ? 0 : static_cast<int>(it - m_findMatches.cbegin()));
    return findMatchCount();
}

int ArticleView::findNext()
{
    if (m_findMatches.isEmpty())
        return 0;
    return moveToFindMatch((m_currentFindMatch + 1) % findMatchCount());
}

int ArticleView::findPrevious()
{
    if (m_findMatches.isEmpty())
        return 0;
    return moveToFindMatch((m_currentFindMatch - 1 + findMatchCount()) % findMatchCount());
}

int ArticleView::moveToFindMatch(int index)
{
    m_currentFindMatch = index;
    setTextCursor(m_findMatches.at(index));
    ensureCursorVisible();
    updateExtraSelections();
    return index + 1;
}

QVariant ArticleView::loadResource(int, const QUrl&)
{
    // An empty but valid answer: an invalid one would make QTextDocument fall back to reading local files.
    return QVariant(QByteArray());
}

void ArticleView::resizeEvent(QResizeEvent* event)
{
    QTextEdit::resizeEvent(event);
    updateMeasure();
    applyPendingPosition();
}

void ArticleView::showEvent(QShowEvent* event)
{
    QTextEdit::showEvent(event);
    applyPendingPosition();
}

void ArticleView::paintEvent(QPaintEvent* event)
{
    QTextEdit::paintEvent(event);
    // Painted at its real size: the place is where it belongs, and from now on scrolling is the reader's.
    m_pendingPosition = ReadingPosition();
}

void ArticleView::changeEvent(QEvent* event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Article"));
    if (event->type() == QEvent::PaletteChange)
        updateExtraSelections();
    if (event->type() == QEvent::FontChange) {
        // A size given in setTypography stays: the window's font grows with the text size, the article's zoom
        // already does.
        if (!m_explicitBaseSize)
            m_basePointSize = font().pointSizeF() > 0 ? font().pointSizeF() : m_basePointSize;
        applyFont();
    }
}

void ArticleView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoomStep(m_zoomStep + (delta > 0 ? 1 : -1));
        event->accept();
        return;
    }
    QTextEdit::wheelEvent(event);
}

void ArticleView::setPassageAction(QAction* action)
{
    m_passageAction = action;
}

bool ArticleView::showPassage(const QString& quote)
{
    const std::optional<PassageQuote::Span> span = PassageQuote::locate(document()->toPlainText(), quote);
    if (!span)
        return false;
    const int start = static_cast<int>(span->start);
    m_passage = QTextCursor(document());
    m_passage.setPosition(start + static_cast<int>(span->length));
    m_passage.setPosition(start, QTextCursor::KeepAnchor);
    updateExtraSelections();
    // The end first, then the start: the whole passage in view when it fits, its start when it does not.
    QTextCursor caret(document());
    caret.setPosition(start + static_cast<int>(span->length));
    setTextCursor(caret);
    ensureCursorVisible();
    caret.setPosition(start);
    setTextCursor(caret);
    ensureCursorVisible();
    return true;
}

void ArticleView::contextMenuEvent(QContextMenuEvent* event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!menu)
        return;
    menu->setObjectName(QStringLiteral("articleContextMenu"));
    if (m_passageAction) {
        QAction* first = menu->actions().value(0);
        menu->insertAction(first, m_passageAction);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

void ArticleView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && m_closingBlock >= 0
        && textCursor().blockNumber() == m_closingBlock) {
        event->accept();
        emit feedbackRequested();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_pressAt = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent* event)
{
    QTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a selection by dragging: on the closing line it leads to the form.
    if (event->button() != Qt::LeftButton || m_closingBlock < 0 || textCursor().hasSelection()
        || (event->position().toPoint() - m_pressAt).manhattanLength() > QApplication::startDragDistance())
        return;
    const QTextCursor at = cursorForPosition(event->position().toPoint());
    if (at.blockNumber() == m_closingBlock)
        emit feedbackRequested();
}

void ArticleView::insertFromMimeData(const QMimeData*)
{
    // Read-only: nothing may be pasted or dropped into the article.
}

qreal ArticleView::columnWidth() const
{
    const QTextFrameFormat format = document()->rootFrame()->frameFormat();
    return viewport()->width() - format.leftMargin() - format.rightMargin();
}
