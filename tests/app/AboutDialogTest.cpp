#include "AboutDialog.h"
#include "AppIdentity.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

AboutFacts facts(const QUrl& server = {})
{
    AboutFacts about;
    about.icon = AppIdentity::bundledIcon();
    about.version = QStringLiteral("0.1.0");
    about.qtVersion = QStringLiteral("6.4.2");
    about.headline = QStringLiteral("Shenzhen one of four AI zones");
    about.commentServer = server;
    about.commentStorePath = QStringLiteral("/home/reader/.local/share/PilotZones/pilotzones/comments.sqlite");
    return about;
}

// Everything the dialog says, label by label.
QString allText(const QWidget& dialog)
{
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

QString labelText(const QWidget& dialog, const char* name)
{
    const auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
    EXPECT_NE(label, nullptr) << name;
    return label ? label->text() : QString();
}

} // namespace

TEST(AboutDialog, GivesTheVersionLicenceQtVersionAndHeadline)
{
    const AboutDialog dialog(facts());
    EXPECT_TRUE(labelText(dialog, "aboutTitle").contains(QStringLiteral("0.1.0")));
    EXPECT_TRUE(labelText(dialog, "aboutVersions").contains(QStringLiteral("Qt 6.4.2")));
    EXPECT_TRUE(labelText(dialog, "aboutArticle").contains(QStringLiteral("Shenzhen one of four AI zones")));
    EXPECT_TRUE(labelText(dialog, "aboutLicence").contains(QStringLiteral("MIT")));
}

TEST(AboutDialog, NamesTheCommentServerCommentsGoTo)
{
    const AboutDialog dialog(facts(QUrl(QStringLiteral("https://comments.example.org/waline/"))));
    const QString text = labelText(dialog, "aboutComments");
    EXPECT_TRUE(text.contains(QStringLiteral("https://comments.example.org/waline/"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("comments.sqlite")));
}

TEST(AboutDialog, SaysCommentsStayOnThisComputerWithoutAServer)
{
    const AboutDialog dialog(facts());
    const QString text = labelText(dialog, "aboutComments");
    EXPECT_TRUE(text.contains(QStringLiteral("this computer"))) << text.toStdString();
    EXPECT_TRUE(text.contains(facts().commentStorePath)) << text.toStdString();
}

TEST(AboutDialog, ShowsTheHeadlineAndTheServerAsPlainText)
{
    AboutFacts hostile = facts(QUrl(QStringLiteral("https://example.org/<img src=x>")));
    hostile.headline = QStringLiteral("<b>Bold</b> <img src=\"https://tracker.example/p.png\">");
    const AboutDialog dialog(hostile);
    EXPECT_TRUE(labelText(dialog, "aboutArticle").contains(hostile.headline));
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->pixmap().isNull())
            continue;
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
    }
}

TEST(AboutDialog, ShowsTheAppIcon)
{
    const AboutDialog dialog(facts());
    const auto* icon = dialog.findChild<QLabel*>(QStringLiteral("aboutIcon"));
    ASSERT_NE(icon, nullptr);
    EXPECT_FALSE(icon->pixmap().isNull());
    EXPECT_FALSE(dialog.windowIcon().isNull());
}

TEST(AboutDialog, NamesEveryControlForTestsAndScreenReaders)
{
    AboutDialog dialog(facts());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_FALSE(dialog.accessibleName().isEmpty());
    QList<QWidget*> controls;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        controls.append(label);
    for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        controls.append(button);
    controls.append(dialog.findChild<QDialogButtonBox*>());
    ASSERT_GE(controls.size(), 7);
    for (const QWidget* control : controls) {
        ASSERT_NE(control, nullptr);
        EXPECT_FALSE(control->objectName().isEmpty()) << control->metaObject()->className();
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
    }
}

TEST(AboutDialog, ClosesWithItsCloseButton)
{
    AboutDialog dialog(facts());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* close = dialog.findChild<QAbstractButton*>(QStringLiteral("aboutCloseButton"));
    ASSERT_NE(close, nullptr);
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog.isVisible(); }));
}

TEST(AboutDialog, OpensFromTheHelpMenuWithWhereCommentsGo)
{
    const auto content = ReaderContent::loadBundled();
    ASSERT_TRUE(content.ok());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(content.value(), &settings);
    window.setCommentDestination(QUrl(QStringLiteral("http://127.0.0.1:8361")), QString());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto* aboutQt = window.findChild<QAction*>(QStringLiteral("aboutQtAction"));
    ASSERT_NE(aboutQt, nullptr);
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    ASSERT_NE(about, nullptr);
    about->trigger();
    AboutDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = window.findChild<AboutDialog*>();
        return dialog && dialog->isVisible();
    }));
    EXPECT_TRUE(labelText(*dialog, "aboutComments").contains(QStringLiteral("http://127.0.0.1:8361")));
    EXPECT_TRUE(allText(*dialog).contains(content.value().article.headline));
    // A second time raises the same dialog rather than opening another.
    about->trigger();
    EXPECT_EQ(window.findChildren<AboutDialog*>().size(), 1);
    dialog->close();
}
