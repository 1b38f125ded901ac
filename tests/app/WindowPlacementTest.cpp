#include "WindowPlacement.h"

#include <gtest/gtest.h>

namespace {

const QRect laptop(0, 0, 1920, 1080);
const QRect externalRight(1920, 0, 2560, 1440);

} // namespace

TEST(WindowPlacement, KeepsAWindowThatIsOnAScreen)
{
    const QRect frame(100, 100, 1200, 800);
    EXPECT_EQ(WindowPlacement::fitToScreens(frame, {laptop}), frame);
}

TEST(WindowPlacement, KeepsAWindowOnASecondScreenThatIsStillThere)
{
    const QRect frame(2200, 200, 1200, 800);
    EXPECT_EQ(WindowPlacement::fitToScreens(frame, {laptop, externalRight}), frame);
}

TEST(WindowPlacement, KeepsAWindowPartlyOffScreenWhileItsTitleBarCanBeGrabbed)
{
    const QRect frame(1500, 300, 1200, 800);
    EXPECT_EQ(WindowPlacement::fitToScreens(frame, {laptop}), frame);
}

TEST(WindowPlacement, BringsBackAWindowFromAMonitorThatIsGone)
{
    const QRect frame(2200, 200, 1200, 800);
    const QRect fitted = WindowPlacement::fitToScreens(frame, {laptop});
    EXPECT_TRUE(laptop.contains(fitted)) << fitted.x() << "," << fitted.y();
    EXPECT_EQ(fitted.size(), frame.size());
    EXPECT_EQ(fitted.center(), laptop.center());
}

TEST(WindowPlacement, ShrinksAWindowLargerThanTheRemainingScreen)
{
    const QRect frame(1920, 0, 2500, 1400);
    const QRect fitted = WindowPlacement::fitToScreens(frame, {laptop});
    EXPECT_TRUE(laptop.contains(fitted));
}

TEST(WindowPlacement, BringsBackAWindowWhoseTitleBarIsAboveTheScreen)
{
    const QRect frame(100, -900, 1200, 800);
    EXPECT_TRUE(laptop.contains(WindowPlacement::fitToScreens(frame, {laptop})));
}

TEST(WindowPlacement, OpensAtThePreferredSizeCentredWhereTheScreenHasRoom)
{
    const QRect available(0, 0, 1920, 1050);
    const QRect frame = WindowPlacement::firstFrame(QSize(1180, 780), available);
    EXPECT_EQ(frame.size(), QSize(1180, 780));
    EXPECT_EQ(frame.center(), available.center());
}

TEST(WindowPlacement, OpensInsideASmallScreensAvailableArea)
{
    // 800x600 with a 28 px panel on top: the window must fit under the panel, not behind it.
    const QRect available(0, 28, 800, 572);
    const QRect frame = WindowPlacement::firstFrame(QSize(1180, 780), available);
    EXPECT_TRUE(available.contains(frame))
        << frame.x() << "," << frame.y() << " " << frame.width() << "x" << frame.height();
    EXPECT_EQ(frame.size(), available.size());
}

TEST(WindowPlacement, OpensOnASecondScreenAtItsOffset)
{
    const QRect available(1920, 0, 1024, 640);
    EXPECT_TRUE(available.contains(WindowPlacement::firstFrame(QSize(1180, 780), available)));
}
