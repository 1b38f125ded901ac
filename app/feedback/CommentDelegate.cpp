#include "CommentDelegate.h"

#include "ThemePalette.h"
#include "listing/CommentListModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

constexpr int margin = 8;
constexpr int gap = 4;
// How far a reply is indented under its thread's root.
constexpr int replyIndent = 24;

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QChar::LineSeparator, QLatin1Char(' '));
    text.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    return text;
}

} // namespace

QColor CommentDelegate::stateColour(CommentListModel::ItemState state, const QPalette& palette, bool selected)
{
    if (selected)
        return palette.color(QPalette::HighlightedText);
    // The theme's state colours, which it keeps legible on the list's base.
    const ThemeColours colours = ThemePalette::coloursOf(palette);
    switch (state) {
    case CommentListModel::ItemState::Failed:
    case CommentListModel::ItemState::MarkedAsSpam:
        return ThemePalette::colour(colours.errorText);
    case CommentListModel::ItemState::Queued:
    case CommentListModel::ItemState::Sending:
    case CommentListModel::ItemState::AwaitingModeration:
    case CommentListModel::ItemState::SavedLocally:
    case CommentListModel::ItemState::UnknownStatus:
        return ThemePalette::colour(colours.waitingText);
    case CommentListModel::ItemState::Sent:
    case CommentListModel::ItemState::Published:
        break;
    }
    return ThemePalette::colour(colours.okText);
}

CommentDelegate::CommentDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QStringList CommentDelegate::visibleTextLines(const QString& text, const QFont& font, int width)
{
    return visibleTextLines(text, font, width, textLines);
}

QString CommentDelegate::visibleQuoteLine(const QString& quote, const QFont& font, int width)
{
    if (quote.isEmpty())
        return {};
    return QFontMetrics(font).elidedText(oneLine(quote), Qt::ElideRight, std::max(width - quoteIndent, 1));
}

QStringList CommentDelegate::visibleTextLines(const QString& text, const QFont& font, int width, int maxLines)
{
    width = std::max(width, 1);
    // Only the start of a long comment can show: laying out all 2,000 characters would be wasted work. Even at
    // three pixels a character this covers every line but the last, which is elided from the full text.
    qsizetype limit = std::max<qsizetype>(600, qsizetype(maxLines) * width / 3);
    if (limit < text.size() && text.at(limit - 1).isHighSurrogate())
        --limit;
    QString shown = text.left(limit);
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    shown.replace(QLatin1Char('\r'), QChar::LineSeparator);

    QTextLayout layout(shown, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<int> starts;
    QList<int> lengths;
    while (starts.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        starts.append(line.textStart());
        lengths.append(line.textLength());
    }
    layout.endLayout();

    QStringList lines;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        if (i + 1 == maxLines) {
            const QFontMetrics metrics(font);
            lines.append(metrics.elidedText(oneLine(text.mid(starts.at(i))), Qt::ElideRight, width));
            break;
        }
        QString line = shown.mid(starts.at(i), lengths.at(i));
        while (line.endsWith(QChar::LineSeparator))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    // The same for every row (see the class comment); the view stretches rows to its width.
    const QFontMetrics metrics(option.font);
    const int height = 2 * margin + metrics.lineSpacing() * (textLines + 2) + 2 * gap;
    return {std::max(option.rect.width(), 200), height};
}

void CommentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor textColour = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dimColour = selected ? textColour : palette.color(QPalette::PlaceholderText);
    const int depth = index.data(CommentListModel::DepthRole).toInt();
    const QRect area = option.rect.adjusted(margin + depth * replyIndent, margin, -margin, -margin);
    const int spacing = QFontMetrics(option.font).lineSpacing();
    const auto state = index.data(CommentListModel::StateRole).value<CommentListModel::ItemState>();

    painter->save();
    // Nothing of this row paints outside it, whatever the text (a stack of combining marks, a tall script).
    painter->setClipRect(option.rect, Qt::IntersectClip);
    if (index.data(CommentListModel::HiddenReplyCountRole).toInt() > 0) {
        // "Show N more replies": one line where a reply would start, underlined like a link (in the theme's text
        // colour, which it keeps legible).
        QFont underlined = option.font;
        underlined.setUnderline(true);
        painter->setFont(underlined);
        painter->setPen(textColour);
        painter->drawText(
            QRect(area.topLeft(), QSize(area.width(), spacing)),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetrics(option.font).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width()));
        painter->setPen(palette.color(QPalette::Midlight));
        painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
        painter->restore();
        return;
    }
    // Every drawText() below gets a plain string: nothing is ever interpreted as markup.
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString nick = boldMetrics.elidedText(
        index.data(CommentListModel::DisplayNickRole).toString(), Qt::ElideRight, area.width() * 2 / 3);
    QRect line(area.left(), area.top(), area.width(), spacing);
    painter->setFont(bold);
    painter->setPen(textColour);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, nick);
    const int nickWidth = boldMetrics.horizontalAdvance(nick);
    painter->setFont(option.font);
    painter->setPen(dimColour);
    QString when = index.data(CommentListModel::TimeTextRole).toString();
    if (index.data(CommentListModel::IsReplyRole).toBool())
        //: Beside a reply's name: its time, then whom it answers, e.g. "27/11/2026 12:00 · reply to Mei"
        when = tr("%1 · reply to %2").arg(when, index.data(CommentListModel::ReplyToNickRole).toString());
    painter->drawText(line.adjusted(nickWidth + 2 * gap, 0, 0, 0),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(option.font)
                          .elidedText(oneLine(when), Qt::ElideRight, std::max(0, area.width() - nickWidth - 2 * gap)));

    line.translate(0, spacing + gap);
    // A quote takes the first of the text lines, set apart: indented after a bar, dim and italic.
    const QString quote = index.data(CommentListModel::QuoteRole).toString();
    if (!quote.isEmpty()) {
        painter->fillRect(QRect(line.left(), line.top() + 2, quoteBarWidth, line.height() - 4),
                          selected ? textColour : palette.color(QPalette::Mid));
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(dimColour);
        painter->drawText(line.adjusted(quoteIndent, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          visibleQuoteLine(quote, italic, area.width()));
        painter->setFont(option.font);
        line.translate(0, spacing);
    }
    painter->setPen(textColour);
    const QStringList lines = visibleTextLines(index.data(CommentListModel::TextRole).toString(),
                                               option.font,
                                               area.width(),
                                               quote.isEmpty() ? textLines : textLines - 1);
    for (const QString& text : lines) {
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        line.translate(0, spacing);
    }

    line.moveTop(area.top() + spacing * (textLines + 1) + 2 * gap);
    QString status = index.data(CommentListModel::StateLabelRole).toString();
    const int replies = index.data(CommentListModel::ReplyCountRole).toInt();
    if (replies > 0)
        //: Under a comment: its state, then how many replies it has, e.g. "published · 2 replies"
        status = tr("%1 · %n reply(s)", nullptr, replies).arg(status);
    painter->setPen(stateColour(state, palette, selected));
    painter->drawText(line,
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(option.font).elidedText(oneLine(status), Qt::ElideRight, area.width()));

    if (depth > 0) {
        // A rule down the indent ties the reply to the thread above it.
        painter->setPen(palette.color(QPalette::Mid));
        const int x = option.rect.left() + margin + replyIndent / 2;
        painter->drawLine(x, option.rect.top(), x, option.rect.bottom());
    }
    painter->setPen(palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}
