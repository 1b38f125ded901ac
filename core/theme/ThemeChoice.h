#pragma once

// The reader's theme: the system's own colours (made legible where they are not), or one of the app's.
enum class ThemeChoice {
    System,
    Light,
    Sepia,
    Dark,
};
