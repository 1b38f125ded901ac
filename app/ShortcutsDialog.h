#pragma once

#include "listing/ShortcutEntry.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;
class QWidget;
class ShortcutListModel;

// Help → Keyboard Shortcuts: every action of a window with its shortcut, read from the window's live actions
// (its menu bar, recursively, and the actions added to the window itself) whenever the dialog is shown or the
// language changes, so it is never stale and follows the translation. Read-only; a field filters the list.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    // The window's actions as the list shows them, in menu order.
    static QList<ShortcutEntry> entriesOf(QWidget* window);
    // Reads the window's actions again.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QWidget* m_window;
    ShortcutListModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_filterLabel;
    QLineEdit* m_filterField;
    QTreeView* m_view;
};
