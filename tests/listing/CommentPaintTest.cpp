#include "feedback/CommentDelegate.h"
#include "feedback/CommentListView.h"
#include "listing/CommentListModel.h"
#include "text/UntrustedText.h"

#include <QImage>
#include <QStandardItemModel>
#include <QTest>

#include <gtest/gtest.h>

// A comment paints inside its own row, whatever its text: 10,000 combining marks on one letter leave the rows
// above and below exactly as they were.

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

// Three rows as the delegate reads them, with the middle one's text and name as given, unsanitised: this tests the
// delegate's clipping on its own.
void fill(QStandardItemModel& model, const QString& middle)
{
    model.clear();
    for (int i = 0; i < 3; ++i) {
        auto* item = new QStandardItem;
        const QString text = i == 1 ? middle : QStringLiteral("An ordinary comment, row %1").arg(i);
        item->setData(text, CommentListModel::TextRole);
        item->setData(text, Qt::DisplayRole);
        item->setData(i == 1 ? middle : QStringLiteral("Reader"), CommentListModel::DisplayNickRole);
        item->setData(QStringLiteral("27/11/2026 12:00"), CommentListModel::TimeTextRole);
        item->setData(QVariant::fromValue(CommentListModel::ItemState::Published), CommentListModel::StateRole);
        item->setData(i == 1 ? middle : QStringLiteral("published"), CommentListModel::StateLabelRole);
        model.appendRow(item);
    }
}

QImage render(CommentListView& view)
{
    view.viewport()->update();
    return view.viewport()->grab().toImage();
}

QImage rowsOutside(const QImage& image, const QRect& middle, bool above)
{
    return above ? image.copy(0, 0, image.width(), middle.top())
                 : image.copy(0, middle.bottom() + 1, image.width(), image.height() - middle.bottom() - 1);
}

QString stacked(const QString& mark, int count)
{
    return QStringLiteral("Zalgo a") + mark.repeated(count) + QStringLiteral(" and b") + mark.repeated(count);
}

class CommentPaint : public testing::TestWithParam<const char*>
{
};

} // namespace

TEST_P(CommentPaint, StaysInsideItsRowWhateverTheMarks)
{
    QStandardItemModel model;
    CommentListView view;
    view.setModel(&model);
    view.resize(420, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    fill(model, QStringLiteral("Zalgo a and b"));
    const QRect middle = view.visualRect(model.index(1, 0));
    ASSERT_GT(middle.top(), 0);
    const QImage plain = render(view);

    fill(model, stacked(QString::fromUtf8(GetParam()), 10000));
    ASSERT_EQ(view.visualRect(model.index(1, 0)), middle);
    const QImage hostile = render(view);

    ASSERT_EQ(plain.size(), hostile.size());
    EXPECT_NE(plain.copy(middle), hostile.copy(middle)) << "the marks must show in their own row";
    EXPECT_EQ(rowsOutside(plain, middle, true), rowsOutside(hostile, middle, true)) << "the row above changed";
    EXPECT_EQ(rowsOutside(plain, middle, false), rowsOutside(hostile, middle, false)) << "the row below changed";
}

// Above (U+0301, U+030D), below (U+0316, U+0359) and through (U+0336) the letter.
INSTANTIATE_TEST_SUITE_P(
    Marks, CommentPaint, testing::Values("\u0301", "\u030D", "\u0316", "\u0359", "\u0336"), [](const auto& testCase) {
        return "U" + QString::number(QString::fromUtf8(testCase.param).at(0).unicode(), 16).toUpper().toStdString();
    });

// Through the real model the stack is cut to UntrustedText::maxCombiningMarks before it is painted at all.
TEST(CommentPaintThroughTheModel, BoundsTheMarksItPaints)
{
    CommentListModel model;
    OwnComment comment;
    comment.localId = QStringLiteral("x");
    comment.content.nick = QStringLiteral("a") + QStringLiteral("\u0301").repeated(10000);
    comment.content.text = QStringLiteral("a") + QStringLiteral("\u0301").repeated(10000);
    comment.createdAt = base;
    model.addOwnComment(comment);
    const QString painted = model.index(0).data(CommentListModel::TextRole).toString();
    EXPECT_EQ(painted, QStringLiteral("a") + QStringLiteral("\u0301").repeated(UntrustedText::maxCombiningMarks));
    const QStringList lines = CommentDelegate::visibleTextLines(painted, QFont(), 300);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_LE(lines.constFirst().size(), 1 + UntrustedText::maxCombiningMarks);
}

// A comment on a passage paints its quote set apart on the first text line: a bar in the palette's Mid colour,
// then the quote, indented; the rows around it are untouched.
TEST(CommentPaintQuote, PaintsTheQuoteSetApartInsideItsRow)
{
    QStandardItemModel model;
    CommentListView view;
    view.setModel(&model);
    view.resize(420, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    fill(model, QStringLiteral("The comment"));
    const QRect middle = view.visualRect(model.index(1, 0));
    const QImage plain = render(view);

    model.item(1)->setData(QStringLiteral("A quoted <b>passage</b>"), CommentListModel::QuoteRole);
    const QImage quoted = render(view);
    EXPECT_NE(plain.copy(middle), quoted.copy(middle));
    EXPECT_EQ(rowsOutside(plain, middle, true), rowsOutside(quoted, middle, true));
    EXPECT_EQ(rowsOutside(plain, middle, false), rowsOutside(quoted, middle, false));

    const int spacing = QFontMetrics(view.font()).lineSpacing();
    const QPoint onBar(middle.left() + 9, middle.top() + 8 + spacing + 4 + spacing / 2);
    EXPECT_EQ(quoted.pixelColor(onBar).rgb(), view.palette().color(QPalette::Mid).rgb());

    // The quote's line as painted, elided to the row, as plain text.
    EXPECT_EQ(CommentDelegate::visibleQuoteLine(QStringLiteral("A quoted <b>passage</b>"), QFont(), 400),
              QStringLiteral("A quoted <b>passage</b>"));
    EXPECT_TRUE(
        CommentDelegate::visibleQuoteLine(QStringLiteral("word ").repeated(200), QFont(), 200).endsWith(QChar(0x2026)));
    // Two lines of text remain for the comment itself.
    EXPECT_EQ(CommentDelegate::visibleTextLines(QStringLiteral("word ").repeated(200), QFont(), 200, 2).size(), 2);
}
