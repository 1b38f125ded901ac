#include "FakeCommentSender.h"
#include "FileOpenWatch.h"
#include "feedback/CommentListView.h"
#include "listing/CommentListModel.h"
#include "text/UntrustedText.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

#include <gtest/gtest.h>

#include <ostream>

// Hovering a comment in the real list shows its text as typed: markup in it is not rendered and loads nothing.

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

struct TooltipCase
{
    const char* name;
    // %1 is replaced by the path of a probe image the test owns.
    QString text;
};

void PrintTo(const TooltipCase& testCase, std::ostream* out)
{
    *out << testCase.name;
}

QLabel* shownTooltipLabel()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            return qobject_cast<QLabel*>(widget);
    }
    return nullptr;
}

class CommentTooltip : public testing::TestWithParam<TooltipCase>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        probe = dir.filePath(QStringLiteral("probe.png"));
        QImage image(4, 4, QImage::Format_ARGB32);
        image.fill(Qt::red);
        ASSERT_TRUE(image.save(probe));
        // Counts the requests that reach a provider (Qt 6.4 asks it only for what loadResource() could not load) and
        // lets them fail: this test is of the escaping alone. Whether a file was opened, the inotify watch says.
        QTextDocument::setDefaultResourceProvider([this](const QUrl& url) {
            requested.append(url);
            return QVariant();
        });
    }
    void TearDown() override
    {
        QToolTip::hideText();
        QTextDocument::setDefaultResourceProvider({});
    }

    QTemporaryDir dir;
    QString probe;
    QList<QUrl> requested;
};

} // namespace

TEST_P(CommentTooltip, ShowsTheLiteralTextAndOpensNothing)
{
    const QString text = QString(GetParam().text).replace(QStringLiteral("%1"), probe);
    FileOpenWatch watch(probe);
    ASSERT_TRUE(watch.isWatching());

    FakeCommentSender sender;
    CommentListModel model;
    model.setSender(&sender);
    CommentPage page;
    page.page = page.totalPages = 1;
    page.totalCount = 3;
    for (int i = 0; i < 3; ++i) {
        ServerComment comment;
        comment.objectId = QString::number(i);
        comment.nick = QStringLiteral("Reader %1").arg(i);
        comment.text = i == 1 ? text : QStringLiteral("An ordinary comment");
        comment.status = ServerComment::Status::Approved;
        comment.time = base.addSecs(-60 * i);
        page.comments.append(comment);
    }
    sender.deliverPage(page);

    CommentListView view;
    view.setModel(&model);
    view.resize(420, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    // Hover the hostile row, as the reader's mouse would.
    const QRect row = view.visualRect(model.index(1));
    ASSERT_TRUE(row.isValid());
    QTest::mouseMove(view.viewport(), row.center());
    QHelpEvent hover(QEvent::ToolTip, row.center(), view.viewport()->mapToGlobal(row.center()));
    QApplication::sendEvent(view.viewport(), &hover);
    ASSERT_TRUE(QTest::qWaitFor([] { return shownTooltipLabel() != nullptr; }));
    QLabel* label = shownTooltipLabel();
    label->grab(); // paints it: the moment a rendered <img> would be loaded

    QTextDocument shown;
    shown.setHtml(QToolTip::text());
    QString literal = shown.toPlainText();
    literal.remove(QChar(0x2068)).remove(QChar(0x2069));
    EXPECT_EQ(literal, text);
    EXPECT_EQ(label->text(), QToolTip::text());
    EXPECT_TRUE(requested.isEmpty()) << "a document asked for " << requested.constFirst().toString().toStdString();
    EXPECT_FALSE(watch.wasOpened());
}

INSTANTIATE_TEST_SUITE_P(
    Payloads,
    CommentTooltip,
    testing::Values(TooltipCase {"ImageOfDevZero", QStringLiteral("<img src=\"file:///dev/zero\">")},
                    TooltipCase {"ImageOfHostname", QStringLiteral("<img src=\"file:///etc/hostname\">")},
                    TooltipCase {"ImageOfAFile", QStringLiteral("<img src=\"file://%1\">")},
                    TooltipCase {"ImageOfAPath", QStringLiteral("<img src=\"%1\" width=400 height=400>")},
                    TooltipCase {"Bold", QStringLiteral("<b>x</b>")},
                    TooltipCase {"ImageOfDevZeroOnLineTwo", QStringLiteral("Look:\n<img src=\"file:///dev/zero\">")},
                    TooltipCase {"ImageOfHostnameOnLineTwo",
                                 QStringLiteral("Look:\n<img src=\"file:///etc/hostname\">")},
                    TooltipCase {"ImageOfAFileOnLineTwo", QStringLiteral("Look:\n<img src=\"file://%1\">")},
                    TooltipCase {"BoldOnLineTwo", QStringLiteral("Look:\n<b>x</b>")}),
    [](const auto& testCase) { return std::string(testCase.param.name); });
