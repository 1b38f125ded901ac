#pragma once

#include "CityZone.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

// The four pilot cities for a list view. Mention counts are supplied by whoever knows the article,
// so the model stays a plain view of values.
class CityListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ChineseNameRole,
        RegionRole,
        MandateRole,
        MentionCountRole,
        // The whole CityZone value, for views that show everything about one city.
        CityRole,
    };
    Q_ENUM(Role)

    explicit CityListModel(QObject* parent = nullptr);

    void setCities(QList<CityZone> cities);
    const QList<CityZone>& cities() const { return m_cities; }
    void setMentionCounts(const QHash<QString, int>& countsById);

    // Row of the city with this id, or -1.
    int rowOfId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CityZone> m_cities;
    QHash<QString, int> m_mentionCounts;
};
