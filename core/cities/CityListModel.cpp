#include "CityListModel.h"

CityListModel::CityListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void CityListModel::setCities(QList<CityZone> cities)
{
    beginResetModel();
    m_cities = std::move(cities);
    endResetModel();
}

void CityListModel::setMentionCounts(const QHash<QString, int>& countsById)
{
    m_mentionCounts = countsById;
    if (!m_cities.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {MentionCountRole, Qt::AccessibleDescriptionRole});
}

int CityListModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < m_cities.size(); ++row) {
        if (m_cities.at(row).id == id)
            return row;
    }
    return -1;
}

int CityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cities.size());
}

QVariant CityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CityZone& city = m_cities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A city in the sidebar: English name, then Chinese name, e.g. "Shenzhen 深圳"
        return tr("%1 %2").arg(city.name, city.nameZh);
    case Qt::AccessibleTextRole:
        return city.name;
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        return tr("%1, %2. Mentioned %n time(s) in the article.", nullptr, m_mentionCounts.value(city.id))
            .arg(city.nameZh, city.region);
    case IdRole:
        return city.id;
    case NameRole:
        return city.name;
    case ChineseNameRole:
        return city.nameZh;
    case RegionRole:
        return city.region;
    case MandateRole:
        return city.mandate;
    case MentionCountRole:
        return m_mentionCounts.value(city.id);
    case CityRole:
        return QVariant::fromValue(city);
    default:
        return {};
    }
}

QHash<int, QByteArray> CityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "cityId");
    names.insert(NameRole, "name");
    names.insert(ChineseNameRole, "nameZh");
    names.insert(RegionRole, "region");
    names.insert(MandateRole, "mandate");
    names.insert(MentionCountRole, "mentionCount");
    names.insert(CityRole, "city");
    return names;
}
