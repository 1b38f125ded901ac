#include "ShortcutListModel.h"

ShortcutListModel::ShortcutListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ShortcutListModel::setEntries(const QList<ShortcutEntry>& entries)
{
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ShortcutListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ShortcutListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const ShortcutEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case ActionColumn:
        return entry.action;
    case ShortcutColumn:
        // A screen reader says "no shortcut" rather than nothing for an action without one.
        if (role == Qt::AccessibleTextRole && entry.shortcut.isEmpty())
            return tr("No shortcut");
        return entry.shortcut;
    case MenuColumn:
        return entry.menu;
    default:
        return {};
    }
}

QVariant ShortcutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case ShortcutColumn:
        return tr("Shortcut");
    case MenuColumn:
        return tr("Menu");
    default:
        return {};
    }
}

Qt::ItemFlags ShortcutListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
