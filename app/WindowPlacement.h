#pragma once

#include <QList>
#include <QRect>

namespace WindowPlacement {

// Returns where to put a window whose last frame was `frame`, given the available geometry of each screen
// now attached (primary first). A frame whose title bar is still reachable on some screen is kept; one that
// was on a monitor that is gone is moved onto the primary screen, centred and shrunk to fit.
QRect fitToScreens(const QRect& frame, const QList<QRect>& screens);

// Where a window opens the first time: at the preferred size where the screen's available area allows, else
// shrunk to that area, and centred in it, so no part of it is off screen or under a panel.
QRect firstFrame(const QSize& preferred, const QRect& available);

} // namespace WindowPlacement
