#include "MainWindow.h"
#include "TranslatedText.h"
#include "Translations.h"
#include "feedback/FeedbackPanel.h"
#include "feedback/MessageFrame.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
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

QStringList menuTitles(QMainWindow* window)
{
    QStringList titles;
    for (QAction* action : window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString text(QWidget* window, const char* labelName)
{
    auto* label = window->findChild<QLabel*>(QLatin1String(labelName));
    EXPECT_NE(label, nullptr) << "no label " << labelName;
    return label ? label->text() : QString();
}

struct LanguageCase
{
    const char* name;
    Translations::Choice choice;
    QStringList menus;
    QString commentLabel;
    QString nameLabel;
    QString statusPart; // the status line after the window opens at Shenzhen says this
    QString findLabel;
};

void PrintTo(const LanguageCase& value, std::ostream* os)
{
    *os << value.name;
}

} // namespace

class LanguageTest : public ::testing::Test
{
protected:
    void TearDown() override { Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(bundledContent(), settings.get());
        QObject::connect(window.get(), &MainWindow::languageChosen, window.get(), [](const QLocale& locale) {
            Translations::install(*QCoreApplication::instance(), locale);
        });
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
};

class LanguageCaseTest : public LanguageTest, public ::testing::WithParamInterface<LanguageCase>
{
};

TEST_P(LanguageCaseTest, MenusFormLabelsAndStatusLineAreInTheLanguage)
{
    const LanguageCase& language = GetParam();
    Translations::install(*QCoreApplication::instance(), Translations::localeFor(language.choice));
    auto window = openWindow();
    EXPECT_EQ(menuTitles(window.get()), language.menus);
    EXPECT_EQ(text(window.get(), "commentLabel"), language.commentLabel);
    EXPECT_EQ(text(window.get(), "nameLabel"), language.nameLabel);
    EXPECT_EQ(text(window.get(), "findLabel"), language.findLabel);
    EXPECT_TRUE(text(window.get(), "statusMessage").contains(language.statusPart))
        << text(window.get(), "statusMessage").toStdString();
    // The article stays as published, in English, whatever the language.
    EXPECT_EQ(window->windowTitle(), window->content().article.headline);
}

INSTANTIATE_TEST_SUITE_P(Languages,
                         LanguageCaseTest,
                         ::testing::Values(LanguageCase {"English",
                                                         Translations::Choice::English,
                                                         {QStringLiteral("&File"),
                                                          QStringLiteral("&Edit"),
                                                          QStringLiteral("&View"),
                                                          QStringLiteral("&Help")},
                                                         QStringLiteral("&Comment:"),
                                                         QStringLiteral("&Name:"),
                                                         QStringLiteral("Mentioned 9 times in the article"),
                                                         QStringLiteral("&Find:")},
                                           LanguageCase {"SimplifiedChinese",
                                                         Translations::Choice::SimplifiedChinese,
                                                         {QStringLiteral("文件(&F)"),
                                                          QStringLiteral("编辑(&E)"),
                                                          QStringLiteral("查看(&V)"),
                                                          QStringLiteral("帮助(&H)")},
                                                         QStringLiteral("评论(&C)："),
                                                         QStringLiteral("名字(&N)："),
                                                         QStringLiteral("文中提及 9 次"),
                                                         QStringLiteral("查找(&F)：")}),
                         [](const ::testing::TestParamInfo<LanguageCase>& param) {
                             return std::string(param.param.name);
                         });

TEST_F(LanguageTest, SwitchingLanguageRetranslatesTheOpenWindowAndKeepsTheDraft)
{
    auto window = openWindow();
    auto* comment = window->findChild<QPlainTextEdit*>(QStringLiteral("commentField"));
    ASSERT_NE(comment, nullptr);
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Half a thought"));
    ASSERT_EQ(comment->toPlainText(), QStringLiteral("Half a thought"));

    auto* chinese = window->findChild<QAction*>(QStringLiteral("languageChineseAction"));
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return menuTitles(window.get()).value(0) == QStringLiteral("文件(&F)"); }));
    EXPECT_EQ(text(window.get(), "commentLabel"), QStringLiteral("评论(&C)："));
    EXPECT_TRUE(text(window.get(), "statusMessage").contains(QStringLiteral("文中提及")));
    EXPECT_EQ(text(window.get(), "cityListHeading"), QStringLiteral("试点城市(&P)"));
    EXPECT_EQ(text(window.get(), "feedbackHeading"), QStringLiteral("说说你的看法"));
    EXPECT_EQ(text(window.get(), "commentListLabel"), QStringLiteral("最新评论(&L)"));
    auto* retry = window->findChild<QAbstractButton*>(QStringLiteral("retryButton"));
    ASSERT_NE(retry, nullptr);
    EXPECT_EQ(retry->text(), QStringLiteral("重试(&R)"));
    EXPECT_EQ(comment->toPlainText(), QStringLiteral("Half a thought"));
    EXPECT_EQ(settings->value(Translations::settingKey()).toString(), QStringLiteral("zh_CN"));
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    // The rebuilt menu knows the new choice, and there is one of each action, not the old ones beside them.
    auto chineseActions = window->findChildren<QAction*>(QStringLiteral("languageChineseAction"));
    ASSERT_EQ(chineseActions.size(), 1);
    EXPECT_TRUE(chineseActions.constFirst()->isChecked());

    auto* english = window->findChild<QAction*>(QStringLiteral("languageEnglishAction"));
    ASSERT_NE(english, nullptr);
    english->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return menuTitles(window.get()).value(0) == QStringLiteral("&File"); }));
    EXPECT_EQ(text(window.get(), "findLabel"), QStringLiteral("&Find:"));
    EXPECT_EQ(comment->toPlainText(), QStringLiteral("Half a thought"));
}

TEST_F(LanguageTest, ReadingProgressAndTheShortcutsListFollowTheLanguage)
{
    auto window = openWindow();
    auto* progress = window->findChild<QLabel*>(QStringLiteral("readingProgress"));
    ASSERT_NE(progress, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !progress->text().isEmpty(); }));
    EXPECT_EQ(progress->text(), QStringLiteral("0 % · about 1 min left"));
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto* shortcuts = window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
    ASSERT_NE(shortcuts, nullptr);
    auto* view = shortcuts->findChild<QAbstractItemView*>(QStringLiteral("shortcutsView"));
    ASSERT_NE(view, nullptr);

    auto* chinese = window->findChild<QAction*>(QStringLiteral("languageChineseAction"));
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    // Full-width comma, as Chinese typography wants it.
    EXPECT_TRUE(QTest::qWaitFor([&] { return progress->text() == QStringLiteral("已读 0%，剩余约 1 分钟"); }))
        << progress->text().toStdString();
    EXPECT_EQ(progress->accessibleName(), QStringLiteral("阅读进度"));
    EXPECT_EQ(shortcuts->windowTitle(), QStringLiteral("键盘快捷键"));
    const auto listed = [view](const QString& action) {
        QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == action)
                return true;
        return false;
    };
    // The rebuilt Chinese menus, without their access keys.
    EXPECT_TRUE(QTest::qWaitFor([&] { return listed(QStringLiteral("键盘快捷键")); }));
}

// What is already on screen when the language changes: the status line (after zooming) and a banner in the
// feedback panel (the comment store's problem, as main shows one) are said again in the new language.
TEST_F(LanguageTest, MessagesAlreadyOnScreenChangeLanguageWithTheWindow)
{
    auto window = openWindow();
    auto* zoomIn = window->findChild<QAction*>(QStringLiteral("zoomInAction"));
    ASSERT_NE(zoomIn, nullptr);
    window->resize(1180, 780); // all three panes, the feedback panel's banner among them
    zoomIn->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return text(window.get(), "statusMessage") == QStringLiteral("Text size 110%");
    })) << text(window.get(), "statusMessage").toStdString();
    window->showCommentStoreProblem(TranslatedText([] { return MainWindow::tr("The article could not be printed."); }));
    auto* banner = window->findChild<MessageFrame*>(QStringLiteral("storeProblem"));
    ASSERT_NE(banner, nullptr);
    EXPECT_EQ(banner->text(), QStringLiteral("The article could not be printed."));

    auto* chinese = window->findChild<QAction*>(QStringLiteral("languageChineseAction"));
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return menuTitles(window.get()).value(0) == QStringLiteral("文件(&F)"); }));
    EXPECT_EQ(text(window.get(), "statusMessage"), QStringLiteral("文字大小 110%"));
    EXPECT_EQ(banner->text(), QStringLiteral("无法打印文章。"));
    EXPECT_TRUE(banner->isVisible());
    // A fixed text stays as it was given.
    banner->setMessage(MessageFrame::Kind::Warning, QStringLiteral("fixed"));
    auto* english = window->findChild<QAction*>(QStringLiteral("languageEnglishAction"));
    ASSERT_NE(english, nullptr);
    english->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return menuTitles(window.get()).value(0) == QStringLiteral("&File"); }));
    EXPECT_EQ(text(window.get(), "statusMessage"), QStringLiteral("Text size 110%"));
    EXPECT_EQ(banner->text(), QStringLiteral("fixed"));
}

TEST_F(LanguageTest, LanguageActionsAreExclusiveAndFollowTheSetting)
{
    settings->setValue(Translations::settingKey(), QStringLiteral("en"));
    auto window = openWindow();
    const char* names[] = {"languageSystemAction", "languageEnglishAction", "languageChineseAction"};
    QList<bool> checked;
    for (const char* name : names) {
        auto* action = window->findChild<QAction*>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_TRUE(action->isCheckable());
        checked.append(action->isChecked());
    }
    EXPECT_EQ(checked, (QList<bool> {false, true, false}));
}

TEST(TranslationsChoice, SettingValuesRoundTripAndUnknownMeansSystem)
{
    using Translations::Choice;
    for (Choice choice : {Choice::System, Choice::English, Choice::SimplifiedChinese})
        EXPECT_EQ(Translations::choiceFromSetting(Translations::settingValue(choice)), choice);
    EXPECT_EQ(Translations::choiceFromSetting(QStringLiteral("klingon")), Choice::System);
    EXPECT_EQ(Translations::choiceFromSetting(QString()), Choice::System);
    const QLocale system(QLocale::French, QLocale::France);
    EXPECT_EQ(Translations::localeFor(Choice::System, system), system);
    EXPECT_EQ(Translations::localeFor(Choice::SimplifiedChinese).name(), QStringLiteral("zh_CN"));
}

namespace {

struct LayoutCase
{
    const char* name;
    Translations::Choice choice;
    QSize size;
    bool folded; // the feedback pane folds away at this size
};

void PrintTo(const LayoutCase& value, std::ostream* os)
{
    *os << value.name;
}

// The viewport of the scroll area w sits in, if any: what it holds can be scrolled to rather than shown at once.
QWidget* scrollViewport(QWidget* widget, QWidget* window)
{
    for (QWidget* parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(parent->parentWidget()); area && area->viewport() == parent)
            return parent;
    }
    return nullptr;
}

} // namespace

class LayoutTest : public LanguageTest, public ::testing::WithParamInterface<LayoutCase>
{
};

// Every visible control of the window lies inside it (or inside its scroll area) and no button is cut short;
// returns how many were checked.
int checkEveryVisibleControl(QWidget* window)
{
    int checked = 0;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow() || widget->inherits("QSplitterHandle")
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const bool control = widget->focusPolicy() != Qt::NoFocus || qobject_cast<QLabel*>(widget);
        if (!control)
            continue;
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        const QWidget* viewport = scrollViewport(widget, window);
        const QRect bounds = viewport ? QRect(viewport->mapTo(window, QPoint(0, 0)), viewport->size()) : window->rect();
        // Inside a scroll area a control may be scrolled out of view, but never wider than the area.
        if (viewport) {
            EXPECT_LE(inWindow.width(), bounds.width()) << widget->objectName().toStdString();
        } else {
            EXPECT_TRUE(bounds.contains(inWindow))
                << widget->metaObject()->className() << " " << widget->objectName().toStdString() << " at "
                << inWindow.x() << "," << inWindow.y() << " " << inWindow.width() << "x" << inWindow.height();
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            EXPECT_GE(button->width(), button->sizeHint().width()) << button->objectName().toStdString();
        }
        ++checked;
    }
    return checked;
}

TEST_P(LayoutTest, EveryControlLiesInsideTheWindowAndNoButtonIsTruncated)
{
    const LayoutCase& layout = GetParam();
    Translations::install(*QCoreApplication::instance(), Translations::localeFor(layout.choice));
    auto window = openWindow();
    EXPECT_LE(window->minimumSizeHint().width(), 800);
    EXPECT_LE(window->minimumSizeHint().height(), 600);
    window->resize(layout.size);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->size() == layout.size; }))
        << window->width() << "x" << window->height();
    QCoreApplication::processEvents();

    QWidget* pane = window->feedbackPanel();
    EXPECT_EQ(pane->isVisible(), !layout.folded);
    int checked = checkEveryVisibleControl(window.get());
    if (layout.folded) {
        // What the folded pane holds is reached through the Comments toggle, from the keyboard; unfolded on the
        // narrow window, it all fits as well.
        auto* toggle = window->findChild<QAbstractButton*>(QStringLiteral("commentsToggle"));
        ASSERT_NE(toggle, nullptr);
        toggle->setFocus(Qt::TabFocusReason);
        QTest::keyClick(toggle, Qt::Key_Space);
        ASSERT_TRUE(pane->isVisible());
        QCoreApplication::processEvents();
        SCOPED_TRACE("with the comments unfolded");
        checked += checkEveryVisibleControl(window.get());
    }
    EXPECT_GT(checked, 20);
}

INSTANTIATE_TEST_SUITE_P(
    Sizes,
    LayoutTest,
    ::testing::Values(LayoutCase {"English800x600", Translations::Choice::English, QSize(800, 600), true},
                      LayoutCase {"English1024x640", Translations::Choice::English, QSize(1024, 640), false},
                      LayoutCase {"English1920x1080", Translations::Choice::English, QSize(1920, 1080), false},
                      LayoutCase {"Chinese800x600", Translations::Choice::SimplifiedChinese, QSize(800, 600), true},
                      LayoutCase {"Chinese1024x640", Translations::Choice::SimplifiedChinese, QSize(1024, 640), false},
                      LayoutCase {
                          "Chinese1920x1080", Translations::Choice::SimplifiedChinese, QSize(1920, 1080), false}),
    [](const ::testing::TestParamInfo<LayoutCase>& param) { return std::string(param.param.name); });

TEST_F(LanguageTest, QtsOwnStringsComeFromQtsChineseCatalogue)
{
    Translations::install(*QCoreApplication::instance(),
                          Translations::localeFor(Translations::Choice::SimplifiedChinese));
    // The standard dialog buttons and context menus use these; qt6-translations-l10n provides them.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    EXPECT_EQ(QCoreApplication::translate("QWidgetTextControl", "&Copy"), QStringLiteral("复制(&C)"));
}
