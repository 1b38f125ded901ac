#include "ShortcutsDialog.h"
#include "MainWindow.h"
#include "listing/ShortcutListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

namespace {

QStringList rowsOf(QAbstractItemModel* model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(
            QStringLiteral("%1 = %2").arg(model->index(row, ShortcutListModel::ActionColumn).data().toString(),
                                          model->index(row, ShortcutListModel::ShortcutColumn).data().toString()));
    return rows;
}

void collectMenuActions(const QList<QAction*>& actions, QList<QAction*>& out)
{
    for (QAction* action : actions) {
        if (action->menu())
            collectMenuActions(action->menu()->actions(), out);
        else if (!action->isSeparator())
            out.append(action);
    }
}

} // namespace

class ShortcutsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto content = ReaderContent::loadBundled();
        ASSERT_TRUE(content.ok());
        window = std::make_unique<MainWindow>(content.value(), &settings);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    ShortcutsDialog* openWithKeyboard()
    {
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto* dialog = window->findChild<ShortcutsDialog*>();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;
};

TEST_F(ShortcutsDialogTest, ListsEveryMenuActionWithItsShortcut)
{
    ShortcutsDialog* dialog = openWithKeyboard();
    ASSERT_NE(dialog, nullptr);
    auto* view = dialog->findChild<QTreeView*>(QStringLiteral("shortcutsView"));
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester {view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal};
    const QStringList rows = rowsOf(view->model());
    EXPECT_TRUE(rows.contains(QStringLiteral("Print… = Ctrl+P"))) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("Find in Article… = Ctrl+F"))) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("Keyboard Shortcuts = F1, Ctrl+/"))) << rows.join(u'\n').toStdString();

    QList<QAction*> actions;
    collectMenuActions(window->menuBar()->actions(), actions);
    ASSERT_GT(actions.size(), 10);
    for (QAction* action : std::as_const(actions)) {
        if (action->shortcut().isEmpty())
            continue;
        const QString text = action->text().remove(u'&');
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        EXPECT_TRUE(std::any_of(rows.cbegin(),
                                rows.cend(),
                                [&](const QString& row) {
                                    return row.startsWith(QStringLiteral("%1 = ").arg(text)) && row.contains(keys);
                                }))
            << text.toStdString() << " " << keys.toStdString();
        EXPECT_FALSE(text.isEmpty());
    }
}

TEST_F(ShortcutsDialogTest, ShowsAnActionAddedToTheWindow)
{
    auto* added = new QAction(QStringLiteral("&Reload Comments"), window.get());
    added->setShortcut(QKeySequence::Refresh);
    window->addAction(added);
    ShortcutsDialog* dialog = openWithKeyboard();
    ASSERT_NE(dialog, nullptr);
    auto* view = dialog->findChild<QTreeView*>(QStringLiteral("shortcutsView"));
    ASSERT_NE(view, nullptr);
    const QString expected
        = QStringLiteral("Reload Comments = %1").arg(added->shortcut().toString(QKeySequence::NativeText));
    EXPECT_TRUE(rowsOf(view->model()).contains(expected)) << rowsOf(view->model()).join(u'\n').toStdString();
}

TEST_F(ShortcutsDialogTest, FiltersAsTheReaderTypesAndClosesWithEscape)
{
    ShortcutsDialog* dialog = openWithKeyboard();
    ASSERT_NE(dialog, nullptr);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("shortcutsFilter"));
    auto* view = dialog->findChild<QTreeView*>(QStringLiteral("shortcutsView"));
    ASSERT_NE(field, nullptr);
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(field->accessibleName().isEmpty());
    EXPECT_FALSE(view->accessibleName().isEmpty());
    EXPECT_FALSE(dialog->accessibleName().isEmpty());
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("zoom"));
    const QStringList rows = rowsOf(view->model());
    ASSERT_EQ(rows.size(), 3) << rows.join(u'\n').toStdString();
    for (const QString& row : rows)
        EXPECT_TRUE(row.startsWith(QStringLiteral("Zoom")) || row.startsWith(QStringLiteral("Reset Zoom")))
            << row.toStdString();
    // The actions are not editable from the list.
    EXPECT_EQ(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->findChild<ShortcutsDialog*>() == nullptr; }));
}

TEST(ShortcutsDialog, StripsAccessKeysButKeepsAnAmpersand)
{
    QWidget window;
    auto* action = new QAction(QStringLiteral("Fish && &Chips"), &window);
    action->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_F9)});
    window.addAction(action);
    const QList<ShortcutEntry> entries = ShortcutsDialog::entriesOf(&window);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("Fish & Chips"));
    EXPECT_EQ(entries.first().shortcut, QStringLiteral("Ctrl+K, F9"));
    action->setText(QStringLiteral("打印(&P)…"));
    EXPECT_EQ(ShortcutsDialog::entriesOf(&window).value(0).action, QStringLiteral("打印…"));
}
