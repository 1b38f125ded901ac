#pragma once

#include <QString>

#include <functional>

// A visible text that can be made again in the language installed at the time: tr() and its .arg()s inside a
// function. A widget that keeps one calls it to show the text and again on QEvent::LanguageChange, so a message
// already on screen changes language with the rest of the window.
using TranslatedText = std::function<QString()>;
