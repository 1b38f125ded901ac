#include "WindowPlacement.h"

#include <algorithm>

namespace {

// How much of the top strip of a window must show for a reader to grab it and drag it back.
constexpr int grabHeight = 32;
constexpr int grabWidth = 120;

} // namespace

namespace WindowPlacement {

QRect fitToScreens(const QRect& frame, const QList<QRect>& screens)
{
    if (screens.isEmpty() || !frame.isValid())
        return frame;
    const QRect grabStrip(frame.left(), frame.top(), frame.width(), std::min(grabHeight, frame.height()));
    for (const QRect& screen : screens) {
        const QRect visible = screen.intersected(grabStrip);
        if (visible.width() >= std::min(grabWidth, frame.width()) && visible.height() >= grabStrip.height() / 2)
            return frame;
    }
    const QRect& primary = screens.constFirst();
    QRect fitted(QPoint(0, 0), frame.size().boundedTo(primary.size()));
    fitted.moveCenter(primary.center());
    return fitted;
}

QRect firstFrame(const QSize& preferred, const QRect& available)
{
    QRect frame(QPoint(0, 0), preferred.boundedTo(available.size()));
    frame.moveCenter(available.center());
    return frame;
}

} // namespace WindowPlacement
