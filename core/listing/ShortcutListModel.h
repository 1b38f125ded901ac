#pragma once

#include "ShortcutEntry.h"

#include <QAbstractTableModel>
#include <QList>

// The keyboard shortcuts list as a read-only table: action, shortcut, menu. The window fills it from its live
// actions each time it is shown or retranslated, so it never goes stale.
class ShortcutListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ActionColumn,
        ShortcutColumn,
        MenuColumn,
        ColumnCount,
    };

    explicit ShortcutListModel(QObject* parent = nullptr);

    void setEntries(const QList<ShortcutEntry>& entries);
    const QList<ShortcutEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<ShortcutEntry> m_entries;
};
