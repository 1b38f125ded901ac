#pragma once

#include "theme/Contrast.h"

#include <QLatin1String>
#include <QObject>
#include <QPalette>
#include <QWidget>

// Small lookups the window's widget tests share.
namespace WidgetLookup {

// The colour of a role of a widget's palette as the core sees it.
inline Rgb rgb(const QWidget* widget, QPalette::ColorRole role)
{
    return widget->palette().color(role).rgb() & 0xffffff;
}

// The child of that object name, or nullptr.
template<typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

} // namespace WidgetLookup
