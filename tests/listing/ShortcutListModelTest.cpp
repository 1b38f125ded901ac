#include "listing/ShortcutListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QList<ShortcutEntry> entries {
    {QStringLiteral("Print…"), QStringLiteral("Ctrl+P"), QStringLiteral("File")},
    {QStringLiteral("Zoom In"), QStringLiteral("Ctrl++, Ctrl+="), QStringLiteral("View")},
    {QStringLiteral("About Pilot Zones"), QString(), QStringLiteral("Help")},
};

} // namespace

TEST(ShortcutListModel, ListsEachActionWithItsShortcutAndMenu)
{
    ShortcutListModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    model.setEntries(entries);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);
    EXPECT_EQ(model.index(1, ShortcutListModel::ActionColumn).data(), QStringLiteral("Zoom In"));
    EXPECT_EQ(model.index(1, ShortcutListModel::ShortcutColumn).data(), QStringLiteral("Ctrl++, Ctrl+="));
    EXPECT_EQ(model.index(1, ShortcutListModel::MenuColumn).data(), QStringLiteral("View"));
    EXPECT_EQ(model.headerData(ShortcutListModel::ShortcutColumn, Qt::Horizontal), QStringLiteral("Shortcut"));
    EXPECT_FALSE(model.data(model.index(5, 0)).isValid());
}

TEST(ShortcutListModel, IsReadOnlyAndSaysWhenAnActionHasNoShortcut)
{
    ShortcutListModel model;
    model.setEntries(entries);
    const QModelIndex none = model.index(2, ShortcutListModel::ShortcutColumn);
    EXPECT_FALSE(model.flags(none) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(none, QStringLiteral("F5")));
    EXPECT_EQ(none.data().toString(), QString());
    EXPECT_EQ(none.data(Qt::AccessibleTextRole).toString(), QStringLiteral("No shortcut"));
}

TEST(ShortcutListModel, ResetsOnlyWhenTheEntriesChange)
{
    ShortcutListModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntries(entries);
    model.setEntries(entries);
    EXPECT_EQ(resets.size(), 1);
    model.setEntries({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(resets.size(), 2);
}
