#include "ArticlePrinter.h"
#include "ArticleView.h"
#include "MainWindow.h"
#include "PdfExportDialog.h"
#include "ReaderContent.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

ReaderContent bundledContent()
{
    const auto content = ReaderContent::loadBundled();
    EXPECT_TRUE(content.ok()) << content.error().toStdString();
    return content.value();
}

// Runs one of poppler-utils' tools (scripts/setup.sh --tests installs them) and returns what it printed.
QString runTool(const QString& program, const QStringList& arguments)
{
    const QString found = QStandardPaths::findExecutable(program);
    EXPECT_FALSE(found.isEmpty()) << program.toStdString() << " is missing: install poppler-utils";
    if (found.isEmpty())
        return {};
    QProcess process;
    process.start(found, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

QString folded(QString text)
{
    // Unicode white space, so the article's no-break space folds like any other.
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

// The pages' text without their headers: pdftotext writes each page's header first and ends a page with \f.
QStringList bodiesOf(const QString& text, const QString& title, QStringList* headers = nullptr)
{
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && folded(pages.last()).isEmpty())
        pages.removeLast();
    QStringList bodies;
    for (int i = 0; i < pages.size(); ++i) {
        QString page = folded(pages.at(i));
        const QString number = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        const bool hasHeader = page.startsWith(title) && page.indexOf(number) >= 0;
        if (headers)
            headers->append(hasHeader ? title + u' ' + number : QString());
        if (hasHeader) {
            page.remove(page.indexOf(number), number.size());
            page.remove(0, title.size());
        }
        bodies.append(folded(page));
    }
    return bodies;
}

QString articleText(const Article& article)
{
    QStringList parts {article.headline};
    for (const ArticleBlock& block : article.blocks)
        parts.append(block.text);
    return folded(parts.join(u' '));
}

const QString serif = QStringLiteral("DejaVu Serif");

} // namespace

class ArticlePdfTest : public ::testing::Test
{
protected:
    QString write(const ReaderContent& content, bool includeCities, const QString& family = serif)
    {
        ArticlePrinter printer(PrintableArticle::build(content, includeCities), family);
        const QString error = printer.writePdf(pdfPath);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        pages = printer.pageCount();
        return pdfText(pdfPath);
    }

    QTemporaryDir dir;
    QString pdfPath = dir.filePath(QStringLiteral("article.pdf"));
    int pages = 0;
};

TEST_F(ArticlePdfTest, HoldsTheArticleWordForWord)
{
    const ReaderContent content = bundledContent();
    const QString text = write(content, false);
    EXPECT_EQ(bodiesOf(text, content.article.headline).join(u' '), articleText(content.article));
}

TEST_F(ArticlePdfTest, PutsTheTitleAndPageNumberInAHeaderOnEveryPage)
{
    const ReaderContent content = bundledContent();
    const QString text = write(content, true);
    ASSERT_GE(pages, 2) << "the article and its appendix fill more than one page";
    QStringList headers;
    bodiesOf(text, content.article.headline, &headers);
    ASSERT_EQ(headers.size(), pages);
    for (int i = 0; i < pages; ++i)
        EXPECT_EQ(headers.at(i), QStringLiteral("%1 Page %2 of %3").arg(content.article.headline).arg(i + 1).arg(pages))
            << "page " << i + 1;
}

TEST_F(ArticlePdfTest, AppendsTheCitiesWithTheirChineseNames)
{
    const ReaderContent content = bundledContent();
    const QString body = bodiesOf(write(content, true), content.article.headline).join(u' ');
    EXPECT_TRUE(body.startsWith(articleText(content.article))) << body.toStdString();
    for (const QString& expected : {QStringLiteral("Hefei 合肥"),
                                    QStringLiteral("Hangzhou 杭州"),
                                    QStringLiteral("Shenzhen 深圳"),
                                    QStringLiteral("Tianjin 天津"),
                                    QStringLiteral("Guangdong province"),
                                    QStringLiteral("Municipality of Tianjin"),
                                    QStringLiteral("RMB 477.202 billion (up 10.9% year on year)")})
        EXPECT_TRUE(body.contains(expected)) << expected.toStdString();
    for (const CityZone& city : content.cities)
        EXPECT_TRUE(body.contains(folded(city.mandate))) << city.id.toStdString();
}

TEST_F(ArticlePdfTest, EmbedsEveryFontIncludingTheChosenTypefaceAndACjkFace)
{
    write(bundledContent(), true);
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdfPath});
    QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(rows.size(), 2) << fonts.toStdString();
    // The header line names the columns; "emb" is the third from the right of "emb sub uni object ID".
    const QString header = rows.takeFirst();
    const qsizetype embColumn = header.indexOf(QStringLiteral("emb"));
    ASSERT_GE(embColumn, 0) << fonts.toStdString();
    rows.removeFirst(); // the dashes
    bool chosen = false;
    bool cjk = false;
    for (const QString& row : std::as_const(rows)) {
        EXPECT_EQ(row.mid(embColumn, 3), QStringLiteral("yes")) << row.toStdString();
        chosen = chosen || row.contains(QStringLiteral("DejaVuSerif"));
        cjk = cjk || row.contains(QStringLiteral("CJK"));
    }
    EXPECT_TRUE(chosen) << fonts.toStdString();
    EXPECT_TRUE(cjk) << fonts.toStdString();
}

TEST_F(ArticlePdfTest, PrintsTheTypefaceTheReaderChose)
{
    write(bundledContent(), false, QStringLiteral("DejaVu Sans"));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdfPath});
    EXPECT_TRUE(fonts.contains(QStringLiteral("DejaVuSans"))) << fonts.toStdString();
    EXPECT_FALSE(fonts.contains(QStringLiteral("DejaVuSerif"))) << fonts.toStdString();
}

TEST_F(ArticlePdfTest, PrintsMarkupInTheTextLiterally)
{
    Article article;
    article.id = QStringLiteral("markup");
    article.headline = QStringLiteral("<b>Bold</b> &amp; <img src=\"x.png\">");
    article.blocks.append({ArticleBlock::Kind::Paragraph, QStringLiteral("<a href=\"https://example.org\">link</a>")});
    const ReaderContent content = ReaderContent::fromParts(article, {});
    const QString body = bodiesOf(write(content, true), article.headline).join(u' ');
    EXPECT_EQ(body, articleText(article));
}

struct UnwritableCase
{
    const char* name;
    // Relative to the test's temporary folder.
    QString path;
};

void PrintTo(const UnwritableCase& c, std::ostream* os)
{
    *os << c.name;
}

class UnwritablePdfTest : public ::testing::TestWithParam<UnwritableCase>
{
};

TEST_P(UnwritablePdfTest, SaysWhyAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = GetParam().path.isEmpty() ? dir.path() : dir.filePath(GetParam().path);
    ArticlePrinter printer(PrintableArticle::build(bundledContent(), false), serif);
    const QString error = printer.writePdf(path);
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFileInfo(path).isFile());
}

INSTANTIATE_TEST_SUITE_P(Targets,
                         UnwritablePdfTest,
                         ::testing::Values(UnwritableCase {"InAMissingFolder", QStringLiteral("missing/article.pdf")},
                                           UnwritableCase {"AFolder", QString()}),
                         [](const ::testing::TestParamInfo<UnwritableCase>& p) { return std::string(p.param.name); });

class PrintActionsTest : public ::testing::Test
{
protected:
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(bundledContent(), settings.get());
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    QAction* action(QWidget* window, const char* name)
    {
        auto* found = window->findChild<QAction*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    PdfExportDialog* openExport(MainWindow* window)
    {
        QAction* exportPdf = action(window, "exportPdfAction");
        if (!exportPdf)
            return nullptr;
        exportPdf->trigger();
        PdfExportDialog* dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] {
            dialog = window->findChild<PdfExportDialog*>();
            return dialog && dialog->isVisible();
        }));
        return dialog;
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
};

TEST_F(PrintActionsTest, HaveStandardShortcutsAndNames)
{
    auto window = openWindow();
    QAction* print = action(window.get(), "printAction");
    QAction* exportPdf = action(window.get(), "exportPdfAction");
    ASSERT_TRUE(print && exportPdf);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(exportPdf->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    EXPECT_EQ(print->text(), QStringLiteral("&Print…"));
    EXPECT_EQ(exportPdf->text(), QStringLiteral("&Export as PDF…"));
}

TEST_F(PrintActionsTest, NothingOfPrintingIsMadeBeforeTheReaderAsks)
{
    auto window = openWindow();
    EXPECT_EQ(window->findChild<QPrintPreviewDialog*>(), nullptr);
    EXPECT_EQ(window->findChild<PdfExportDialog*>(), nullptr);
}

TEST_F(PrintActionsTest, ExportWritesThePdfInTheArticleViewsTypefaceAndRemembersTheChoices)
{
    auto window = openWindow();
    QFont font = window->articleView()->document()->defaultFont();
    font.setFamily(QStringLiteral("DejaVu Sans"));
    window->articleView()->document()->setDefaultFont(font);
    PdfExportDialog* dialog = openExport(window.get());
    ASSERT_NE(dialog, nullptr);
    const QString path = dir.filePath(QStringLiteral("exported.pdf"));
    auto* pathEdit = dialog->findChild<QLineEdit*>(QStringLiteral("pdfPathEdit"));
    auto* cities = dialog->findChild<QCheckBox*>(QStringLiteral("pdfIncludeCitiesCheck"));
    auto* exportButton = dialog->findChild<QPushButton*>(QStringLiteral("pdfExportButton"));
    ASSERT_TRUE(pathEdit && cities && exportButton);
    EXPECT_FALSE(cities->isChecked());
    pathEdit->setText(path);
    cities->setChecked(true);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<PdfExportDialog*>(); }));

    ASSERT_TRUE(QFileInfo(path).isFile());
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("深圳")));
    EXPECT_TRUE(runTool(QStringLiteral("pdffonts"), {path}).contains(QStringLiteral("DejaVuSans")));

    PdfExportDialog* again = openExport(window.get());
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->path(), path);
    EXPECT_TRUE(again->includeCities());
    again->reject();
}

TEST_F(PrintActionsTest, AnUnwritableTargetKeepsTheDialogAndItsChoices)
{
    auto window = openWindow();
    PdfExportDialog* dialog = openExport(window.get());
    ASSERT_NE(dialog, nullptr);
    auto* pathEdit = dialog->findChild<QLineEdit*>(QStringLiteral("pdfPathEdit"));
    auto* cities = dialog->findChild<QCheckBox*>(QStringLiteral("pdfIncludeCitiesCheck"));
    auto* exportButton = dialog->findChild<QPushButton*>(QStringLiteral("pdfExportButton"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("pdfExportError"));
    ASSERT_TRUE(pathEdit && cities && exportButton && error);
    const QString path = dir.filePath(QStringLiteral("no such folder/<b>article</b>.pdf"));
    pathEdit->setText(path);
    cities->setChecked(true);
    QTest::mouseClick(exportButton, Qt::LeftButton);

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->textFormat(), Qt::PlainText);
    EXPECT_TRUE(dialog->errorText().contains(path)) << dialog->errorText().toStdString();
    EXPECT_EQ(dialog->path(), path);
    EXPECT_TRUE(cities->isChecked());
    EXPECT_FALSE(QFileInfo::exists(path));
    dialog->reject();
}

TEST_F(PrintActionsTest, PrintOpensAPreviewOfEveryPageAndTheCitiesOptionAddsPages)
{
    auto window = openWindow();
    QAction* print = action(window.get(), "printAction");
    ASSERT_NE(print, nullptr);
    print->trigger();
    QPrintPreviewDialog* preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        preview = window->findChild<QPrintPreviewDialog*>();
        return preview && preview->isVisible();
    }));
    auto* pagesView = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_NE(pagesView, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pagesView->pageCount() > 0; }));
    const int withoutCities = pagesView->pageCount();

    auto* cities = preview->findChild<QAction*>(QStringLiteral("printIncludeCitiesAction"));
    ASSERT_NE(cities, nullptr);
    EXPECT_FALSE(cities->isChecked());
    cities->setChecked(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pagesView->pageCount() > withoutCities; }));
    EXPECT_TRUE(settings->value(QStringLiteral("print/includeCities")).toBool());
    preview->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->findChild<QPrintPreviewDialog*>(); }));
}

TEST_F(ArticlePdfTest, NeverLeavesAHeadingAtTheFootOfAPage)
{
    const QString heading = QStringLiteral("A heading that introduces the next paragraph");
    // However much text comes before it, the heading must share a page with the paragraph after it; the range
    // takes the heading across the foot of the first page (without the rule, 27 paragraphs leave it there).
    for (int before = 22; before <= 34; ++before) {
        Article article;
        article.id = QStringLiteral("headings");
        article.headline = QStringLiteral("Headings");
        for (int i = 1; i <= before; ++i)
            article.blocks.append({ArticleBlock::Kind::Paragraph, QStringLiteral("Paragraph %1.").arg(i)});
        article.blocks.append({ArticleBlock::Kind::Heading, heading});
        article.blocks.append({ArticleBlock::Kind::Paragraph, QStringLiteral("The text after the heading.")});
        const QStringList bodies = bodiesOf(write(ReaderContent::fromParts(article, {}), false), article.headline);
        for (int page = 0; page < bodies.size(); ++page)
            EXPECT_FALSE(bodies.at(page).endsWith(heading))
                << before << " paragraphs before: page " << page + 1 << " ends with the heading";
    }
}
