#include "cities/CityListModel.h"
#include "cities/CityZoneLoader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

QList<CityZone> bundledCities()
{
    const auto result = CityZoneLoader::load(CityZoneLoader::bundledPath);
    EXPECT_TRUE(result.ok());
    return result.ok() ? result.value() : QList<CityZone> {};
}

} // namespace

class CityListModelTest : public ::testing::Test
{
protected:
    CityListModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CityListModelTest, ListsEveryCityWithBothNames)
{
    model.setCities(bundledCities());
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(2).data().toString(), QStringLiteral("Shenzhen 深圳"));
    EXPECT_EQ(model.index(2).data(CityListModel::IdRole).toString(), QStringLiteral("shenzhen"));
    EXPECT_EQ(model.index(2).data(CityListModel::ChineseNameRole).toString(), QStringLiteral("深圳"));
    EXPECT_EQ(model.index(3).data(CityListModel::RegionRole).toString(), QStringLiteral("Tianjin"));
    EXPECT_EQ(model.index(0).data(CityListModel::CityRole).value<CityZone>(), bundledCities().at(0));
    EXPECT_EQ(model.index(1).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Hangzhou"));
}

TEST_F(CityListModelTest, HasNoChildrenAndIgnoresInvalidIndexes)
{
    model.setCities(bundledCities());
    EXPECT_EQ(model.rowCount(model.index(0)), 0);
    EXPECT_FALSE(model.data(QModelIndex(), Qt::DisplayRole).isValid());
    EXPECT_FALSE(model.data(model.index(7), Qt::DisplayRole).isValid());
}

TEST_F(CityListModelTest, AnnouncesOnlyTheMentionRolesWhenCountsChange)
{
    model.setCities(bundledCities());
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setMentionCounts({{QStringLiteral("shenzhen"), 9}});
    ASSERT_EQ(spy.count(), 1);
    const auto roles = spy.at(0).at(2).value<QList<int>>();
    EXPECT_TRUE(roles.contains(CityListModel::MentionCountRole));
    EXPECT_FALSE(roles.contains(Qt::DisplayRole));
    EXPECT_EQ(model.index(2).data(CityListModel::MentionCountRole).toInt(), 9);
    EXPECT_EQ(model.index(0).data(CityListModel::MentionCountRole).toInt(), 0);
}

TEST_F(CityListModelTest, FindsRowsById)
{
    model.setCities(bundledCities());
    EXPECT_EQ(model.rowOfId(QStringLiteral("tianjin")), 3);
    EXPECT_EQ(model.rowOfId(QStringLiteral("beijing")), -1);
}

TEST_F(CityListModelTest, ResetsWhenCitiesAreReplaced)
{
    model.setCities(bundledCities());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCities({});
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CityListModelTest, NamesItsRolesForViews)
{
    const auto names = model.roleNames();
    EXPECT_EQ(names.value(CityListModel::IdRole), QByteArray("cityId"));
    EXPECT_EQ(names.value(CityListModel::MentionCountRole), QByteArray("mentionCount"));
    EXPECT_EQ(names.value(Qt::DisplayRole), QByteArray("display"));
}
