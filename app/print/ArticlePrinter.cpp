#include "ArticlePrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

namespace {

constexpr qreal bodyPointSize = 11;
constexpr qreal headerPointSize = 8;
constexpr int lineHeightPercent = 140;

struct BlockStyle
{
    qreal pointSize = bodyPointSize;
    bool bold = false;
    qreal topMarginPt = 0;
    qreal bottomMarginPt = 6;
};

BlockStyle styleOf(PrintableBlock::Role role)
{
    switch (role) {
    case PrintableBlock::Role::Headline:
        return {20, true, 0, 10};
    case PrintableBlock::Role::Heading:
        return {14, true, 10, 4};
    case PrintableBlock::Role::Closing:
        return {12, true, 14};
    case PrintableBlock::Role::AppendixTitle:
        return {16, true, 24, 6};
    case PrintableBlock::Role::CityName:
        return {13, true, 12, 2};
    case PrintableBlock::Role::CityDetail:
        return {bodyPointSize, false, 0, 2};
    case PrintableBlock::Role::Paragraph:
        break;
    }
    return {};
}

// Points to the 96-dpi lengths a QTextFormat holds.
qreal toLayoutLength(qreal points)
{
    return points * 96.0 / 72.0;
}

// Chinese text falls back to the Noto CJK face (Simplified Chinese) of the same kind as the reader's typeface,
// rather than whichever CJK face fontconfig lists first.
QString cjkFallback(const QString& family)
{
    return family.contains(QLatin1String("Serif"), Qt::CaseInsensitive) ? QStringLiteral("Noto Serif CJK SC")
                                                                        : QStringLiteral("Noto Sans CJK SC");
}

bool introducesText(const QTextBlock& block)
{
    const auto role = static_cast<PrintableBlock::Role>(block.userState());
    return role == PrintableBlock::Role::Heading || role == PrintableBlock::Role::CityName
           || role == PrintableBlock::Role::AppendixTitle;
}

int pageOf(qreal y, qreal pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

// QTextDocument has no "keep with next": a heading whose text starts on the next page is moved there with it.
// Each move only pushes text down, so this ends; the bound is a guard against a heading taller than a page.
void keepHeadingsWithTheirText(QTextDocument* doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    for (int moves = 0; moves < doc->blockCount(); ++moves) {
        bool moved = false;
        for (QTextBlock block = doc->begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlock next = block.next();
            if (!introducesText(block) || !next.isValid() || next.layout()->lineCount() == 0)
                continue;
            const qreal headingTop = layout->blockBoundingRect(block).top() + block.layout()->lineAt(0).y();
            const qreal textTop = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).y();
            if (pageOf(textTop, pageHeight) <= pageOf(headingTop, pageHeight))
                continue;
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
            moved = true;
        }
        if (!moved)
            return;
    }
}

// Points to device pixels.
qreal toPixels(qreal points, const QPagedPaintDevice* device)
{
    return points * device->logicalDpiY() / 72.0;
}

} // namespace

ArticlePrinter::ArticlePrinter(PrintableArticle article, QString family)
    : m_article(std::move(article))
    , m_family(std::move(family))
{ }

ArticlePrinter::~ArticlePrinter() = default;

std::unique_ptr<QTextDocument>
ArticlePrinter::layOut(QPagedPaintDevice* device, qreal bodyWidth, qreal bodyHeight) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    // Measured in the device's own resolution, so what is paginated here is what gets painted.
    doc->documentLayout()->setPaintDevice(device);
    QFont font;
    font.setFamilies({m_family, cjkFallback(m_family)});
    font.setPointSizeF(bodyPointSize);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    // A finite page height makes the layout move a line that would straddle a page to the next page.
    doc->setPageSize(QSizeF(bodyWidth, bodyHeight));

    QTextCursor cursor(doc.get());
    bool first = true;
    for (const PrintableBlock& block : std::as_const(m_article.blocks)) {
        const BlockStyle style = styleOf(block.role);
        QTextBlockFormat blockFormat;
        blockFormat.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
        // The layout scales format lengths from the screen's 96 dpi to the device, unlike the page size.
        blockFormat.setTopMargin(toLayoutLength(style.topMarginPt));
        blockFormat.setBottomMargin(toLayoutLength(style.bottomMarginPt));
        // The cities are an appendix: they start a page of their own, so their title is never left alone at the foot.
        if (block.role == PrintableBlock::Role::AppendixTitle)
            blockFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat charFormat;
        charFormat.setFontFamilies({m_family, cjkFallback(m_family)});
        charFormat.setFontPointSize(style.pointSize);
        charFormat.setFontWeight(style.bold ? QFont::Bold : QFont::Normal);
        // Any letter spacing turns the font's ligatures off (Qt 6.4 has no QFont::setFeature): with them, a PDF
        // reader's search and copy see "ﬁ" for "fi" and the text is no longer the article word for word. A
        // hundredth of a device pixel is far below what any printer shows.
        charFormat.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        charFormat.setFontLetterSpacing(0.02);
        if (first)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat);
        first = false;
        // insertText takes the text literally: nothing in it is ever read as markup.
        cursor.insertText(block.text, charFormat);
        cursor.block().setUserState(static_cast<int>(block.role));
    }
    keepHeadingsWithTheirText(doc.get(), bodyHeight);
    return doc;
}

bool ArticlePrinter::paint(QPagedPaintDevice* device)
{
    m_pageCount = 0;
    QPainter painter;
    if (!painter.begin(device))
        return false;

    // The painter's origin is the top left of the printable area; the header takes a band at its top.
    const QRectF area(0, 0, device->width(), device->height());
    QFont headerFont;
    headerFont.setFamilies({m_family, cjkFallback(m_family)});
    headerFont.setPointSizeF(headerPointSize);
    const QFontMetricsF headerMetrics(headerFont, device);
    const qreal headerHeight = headerMetrics.height();
    const qreal gap = toPixels(14, device);
    const QRectF body(area.left(), area.top() + headerHeight + gap, area.width(), area.height() - headerHeight - gap);

    const std::unique_ptr<QTextDocument> doc = layOut(device, body.width(), body.height());
    const int pages = std::max(1, doc->pageCount());
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter.save();
        painter.setFont(headerFont);
        painter.setPen(Qt::black);
        //: Page number in the printed header; %1 is this page, %2 the number of pages
        const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages);
        const qreal numberWidth = headerMetrics.horizontalAdvance(number);
        const QRectF titleRect(area.left(), area.top(), area.width() - numberWidth - gap, headerHeight);
        painter.drawText(titleRect,
                         Qt::AlignLeft | Qt::AlignVCenter,
                         headerMetrics.elidedText(m_article.title, Qt::ElideRight, titleRect.width()));
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), headerHeight), Qt::AlignRight | Qt::AlignVCenter, number);
        const qreal ruleY = area.top() + headerHeight + gap / 3;
        painter.setPen(QPen(Qt::gray, toPixels(0.5, device)));
        painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
        painter.restore();

        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        // Inset by a device pixel: the text layout also draws a line that only touches the clip, and a PDF keeps
        // clipped text, so the first line of the next page would be in this page's text as well.
        doc->drawContents(&painter, QRectF(0, page * body.height() + 1, body.width(), body.height() - 2));
        painter.restore();
    }
    m_pageCount = pages;
    return painter.end();
}

QString ArticlePrinter::writePdf(const QString& path)
{
    const QFileInfo target(path);
    if (path.isEmpty())
        return tr("Choose a file to write the PDF to.");
    if (target.isDir())
        //: %1 is the path the reader chose
        return tr("“%1” is a folder. Choose a file name for the PDF.").arg(QDir::toNativeSeparators(path));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 is the path the reader chose, %2 the system's reason
        return tr("The PDF could not be written to “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_article.title);
        writer.setCreator(QStringLiteral("Pilot Zones"));
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        if (!paint(&writer)) {
            file.cancelWriting();
            return tr("The PDF could not be written to “%1”.").arg(QDir::toNativeSeparators(path));
        }
    }
    if (!file.commit())
        return tr("The PDF could not be written to “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}
