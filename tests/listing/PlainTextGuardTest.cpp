#include "PlainTextGuard.h"
#include "FileOpenWatch.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

// The defence in depth: under the app's guard a label nobody set to rich text shows markup as typed and loads none
// of the files it names. A probe image of the test's own stands for file:///dev/zero.

namespace {

class PlainTextGuardTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        probe = dir.filePath(QStringLiteral("probe.png"));
        QImage image(4, 4, QImage::Format_ARGB32);
        image.fill(Qt::red);
        ASSERT_TRUE(image.save(probe));
        markup = QStringLiteral("<b>x</b><img src=\"file://%1\"><img src=\"%1\" width=200 height=200>").arg(probe);
    }

    QTemporaryDir dir;
    QString probe;
    QString markup;
};

} // namespace

// What the guard is for, and proof that the watch sees an open: without it a label opens the file, even with a
// default resource provider installed, since Qt 6.4 asks the provider only after loading the file itself failed.
TEST_F(PlainTextGuardTest, WithoutItALabelOpensTheFileEvenThroughAResourceProvider)
{
    int requests = 0;
    QTextDocument::setDefaultResourceProvider([&requests](const QUrl&) {
        ++requests;
        return QVariant(QImage(1, 1, QImage::Format_ARGB32));
    });
    FileOpenWatch watch(probe);
    ASSERT_TRUE(watch.isWatching());
    QLabel label(markup);
    label.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&label));
    label.grab();
    QTextDocument::setDefaultResourceProvider({});
    EXPECT_TRUE(watch.wasOpened());
    EXPECT_EQ(requests, 0);
}

TEST_F(PlainTextGuardTest, ALabelLeftOnAutoTextShowsMarkupAsTypedAndOpensNothing)
{
    PlainTextGuard guard;
    qApp->installEventFilter(&guard);
    FileOpenWatch watch(probe);
    ASSERT_TRUE(watch.isWatching());
    QLabel label(markup);
    label.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&label));
    label.grab();
    qApp->removeEventFilter(&guard);
    EXPECT_EQ(label.textFormat(), Qt::PlainText);
    EXPECT_EQ(label.text(), markup);
    EXPECT_FALSE(watch.wasOpened());
}

TEST_F(PlainTextGuardTest, AMessageBoxShowsMarkupAsTypedAndOpensNothing)
{
    PlainTextGuard guard;
    qApp->installEventFilter(&guard);
    FileOpenWatch watch(probe);
    ASSERT_TRUE(watch.isWatching());
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Title"), markup, QMessageBox::Close);
    box.setInformativeText(markup);
    box.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&box));
    box.grab();
    qApp->removeEventFilter(&guard);
    EXPECT_FALSE(watch.wasOpened());
    bool shown = false;
    for (const QLabel* label : box.findChildren<QLabel*>()) {
        if (label->text() == markup) {
            shown = true;
            EXPECT_EQ(label->textFormat(), Qt::PlainText);
        }
    }
    EXPECT_TRUE(shown);
}

TEST_F(PlainTextGuardTest, LeavesALabelThatAsksForRichTextAlone)
{
    PlainTextGuard guard;
    qApp->installEventFilter(&guard);
    QLabel label;
    label.setTextFormat(Qt::RichText);
    label.setText(QStringLiteral("<b>ours</b>"));
    label.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&label));
    qApp->removeEventFilter(&guard);
    EXPECT_EQ(label.textFormat(), Qt::RichText);
}
