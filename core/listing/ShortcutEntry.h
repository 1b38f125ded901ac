#pragma once

#include <QString>

// One action of the window for the keyboard shortcuts list: its text without access-key marks, its shortcuts in
// the platform's native text ("Ctrl+P", several joined), and the menu it is in (empty when it is in none).
struct ShortcutEntry
{
    QString action;
    QString shortcut;
    QString menu;

    friend bool operator==(const ShortcutEntry& a, const ShortcutEntry& b)
    {
        return a.action == b.action && a.shortcut == b.shortcut && a.menu == b.menu;
    }
    friend bool operator!=(const ShortcutEntry& a, const ShortcutEntry& b) { return !(a == b); }
};
