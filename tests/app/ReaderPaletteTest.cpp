#include "ArticleView.h"
#include "CityPanel.h"
#include "FigureChart.h"
#include "MainWindow.h"

#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    return palette;
}

// Keeps a snapshot for a person to look at when PILOTZONES_SNAPSHOT_DIR is set; the assertions do not need it.
void keepSnapshot(const QImage& image, const char* name)
{
    const QString dir = qEnvironmentVariable("PILOTZONES_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        image.save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

int countPixels(const QImage& image, const QColor& color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == color ? 1 : 0;
    return count;
}

CityFigure figure(double value, const char* note = "")
{
    return CityFigure {QStringLiteral("Sales"), value, QStringLiteral("RMB billion"), QLatin1String(note)};
}

} // namespace

class ReaderPaletteTest : public ::testing::TestWithParam<bool>
{
};

TEST_P(ReaderPaletteTest, ArticleBackgroundAndMarksFollowThePalette)
{
    const bool dark = GetParam();
    const auto content = ReaderContent::loadBundled();
    ASSERT_TRUE(content.ok());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(content.value(), &settings);
    window.setPalette(dark ? darkPalette() : QPalette());
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    ArticleView* article = window.articleView();
    const QImage image = article->viewport()->grab().toImage();
    keepSnapshot(window.grab().toImage(), dark ? "window-dark" : "window-light");
    const QColor base = article->palette().color(QPalette::Base);
    EXPECT_EQ(image.pixelColor(5, 5), base);
    EXPECT_EQ(base.lightness() < 128, dark);

    const QList<QTextEdit::ExtraSelection> marks = article->extraSelections();
    ASSERT_FALSE(marks.isEmpty());
    const QColor markText = marks.first().format.foreground().color();
    const QColor markBackground = marks.first().format.background().color();
    // The mark's text and background differ in lightness enough to read in either theme.
    EXPECT_GT(std::abs(markText.lightness() - markBackground.lightness()), 110);
    EXPECT_EQ(markBackground.lightness() < 128, dark);
}

TEST_P(ReaderPaletteTest, ChartDrawsBarsAndTextInThePalettesColours)
{
    const bool dark = GetParam();
    FigureChart chart;
    chart.setPalette(dark ? darkPalette() : QPalette());
    chart.setFigures({figure(477.202, "up 10.9% year on year"), figure(124.073)});
    chart.resize(300, chart.heightForWidth(300));
    const QImage image = chart.grab().toImage();
    keepSnapshot(image, dark ? "chart-dark" : "chart-light");
    const QColor bar = chart.palette().color(QPalette::Highlight);
    // The longer bar spans most of the width; the shorter about a quarter of it.
    EXPECT_GT(countPixels(image, bar), 300 * 18 / 2);
    int textPixels = 0;
    const QColor text = chart.palette().color(QPalette::WindowText);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            textPixels += std::abs(pixel.lightness() - text.lightness()) < 40 ? 1 : 0;
        }
    EXPECT_GT(textPixels, 50);
}

INSTANTIATE_TEST_SUITE_P(LightAndDark,
                         ReaderPaletteTest,
                         ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& p) { return p.param ? "Dark" : "Light"; });

TEST(FigureChart, SaysEveryFigureAsTheArticleWritesIt)
{
    FigureChart chart;
    chart.setFigures({figure(477.202, "up 10.9% year on year"), figure(124.073)});
    EXPECT_EQ(FigureChart::valueText(figure(477.202, "up 10.9% year on year")),
              QStringLiteral("RMB 477.202 billion (up 10.9% year on year)"));
    EXPECT_EQ(chart.accessibleDescription(),
              QStringLiteral("Sales: RMB 477.202 billion (up 10.9% year on year); Sales: RMB 124.073 billion"));
    EXPECT_GT(chart.heightForWidth(300), FigureChart().heightForWidth(300));
}

class FigureChartPlacement : public ::testing::TestWithParam<int>
{
};

TEST_P(FigureChartPlacement, PlacesEveryValueTheSameWayClearOfEveryBar)
{
    const int width = GetParam();
    FigureChart chart;
    chart.setFigures({figure(477.202, "up 10.9% year on year"), figure(124.073)});
    chart.resize(width, chart.heightForWidth(width));
    const QList<FigureChart::Row> rows = chart.layoutRows(width);
    ASSERT_EQ(rows.size(), 2);
    const bool beside = chart.valuesBesideBars(width);
    const QFontMetrics metrics = chart.fontMetrics();
    for (int i = 0; i < rows.size(); ++i) {
        const FigureChart::Row& row = rows.at(i);
        if (beside) {
            EXPECT_GT(row.value.left(), row.bar.right()) << i;
            EXPECT_EQ(row.value.center().y(), row.bar.center().y()) << i;
        } else {
            EXPECT_GT(row.value.top(), row.bar.bottom()) << i;
            EXPECT_EQ(row.value.left(), row.bar.left()) << i;
        }
        // Not clipped: the whole value fits its box, which lies inside the chart.
        const QString value = i == 0 ? QStringLiteral("RMB 477.202 billion") : QStringLiteral("RMB 124.073 billion");
        const QRect needed = metrics.boundingRect(row.value, Qt::TextWordWrap, value);
        EXPECT_LE(needed.width(), row.value.width()) << i;
        EXPECT_LE(needed.height(), row.value.height()) << i;
        EXPECT_TRUE(chart.rect().contains(row.value)) << i;
        for (const FigureChart::Row& other : rows)
            EXPECT_FALSE(row.value.intersects(other.bar)) << i;
    }
    EXPECT_FALSE(rows.at(0).note.isEmpty());
    EXPECT_TRUE(rows.at(1).note.isEmpty());
    EXPECT_GT(rows.at(0).bar.width(), rows.at(1).bar.width());
}

INSTANTIATE_TEST_SUITE_P(Widths, FigureChartPlacement, ::testing::Values(120, 180, 260, 400, 900));

TEST(FigureChart, PutsValuesBesideTheBarsWhenWideAndBelowThemWhenNarrow)
{
    FigureChart chart;
    chart.setFigures({figure(477.202, "up 10.9% year on year"), figure(124.073)});
    EXPECT_TRUE(chart.valuesBesideBars(400));
    EXPECT_FALSE(chart.valuesBesideBars(120));
}

TEST(ArticleView, LoadsNoResourceWhateverTheDocumentAsks)
{
    // A plain QTextEdit would read a local file named by a document; the article view reads nothing.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("secret.txt")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("secret");
    file.close();
    const QUrl url = QUrl::fromLocalFile(file.fileName());
    QTextEdit plain;
    EXPECT_TRUE(plain.document()->resource(QTextDocument::StyleSheetResource, url).toByteArray().contains("secret"));
    ArticleView view;
    EXPECT_FALSE(view.document()->resource(QTextDocument::StyleSheetResource, url).toByteArray().contains("secret"));
}

TEST(ArticleView, ShowsMarkupInTheArticleAsText)
{
    ArticleView view;
    Article article {QStringLiteral("a"),
                     QStringLiteral("/a"),
                     QStringLiteral("<b>Head</b>"),
                     {{ArticleBlock::Kind::Paragraph, QStringLiteral("a <i>b</i> &amp; c")}}};
    view.setArticle(article);
    EXPECT_EQ(view.document()->toPlainText(), QStringLiteral("<b>Head</b>\na <i>b</i> &amp; c"));
}
