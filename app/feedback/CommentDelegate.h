#pragma once

#include "listing/CommentListModel.h"

#include <QStyledItemDelegate>

// Paints one comment of a CommentListModel: the name and time, up to textLines lines of the text (elided after
// that; the whole text is in the tooltip and what assistive technology reads), and the state with the number of
// replies. A comment on a passage shows its quote on the first of those lines, set apart as a quote (a bar,
// indented, dim, italic, in the palette's colours), and its text on the others. Every text is laid out as plain text,
// never as markup: "<b>x</b>" shows as typed. All rows have the same height, so a list of 100,000 comments lays out
// without measuring each one.
class CommentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int textLines = 3;
    // Where a quote's text starts, after its bar.
    static constexpr int quoteBarWidth = 3;
    static constexpr int quoteIndent = 12;

    explicit CommentDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The lines of the comment's text as painted into a row of this width, the last one elided when the text is
    // longer: what the reader sees, for tests.
    static QStringList visibleTextLines(const QString& text, const QFont& font, int width);
    static QStringList visibleTextLines(const QString& text, const QFont& font, int width, int maxLines);
    // The colour a comment's state is painted in, taken from the palette it is painted with (so a new theme
    // reaches the next paint).
    static QColor stateColour(CommentListModel::ItemState state, const QPalette& palette, bool selected);
    // The quote's line as painted into a row of this width (one line, elided), or empty without a quote.
    static QString visibleQuoteLine(const QString& quote, const QFont& font, int width);
};
