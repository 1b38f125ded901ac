#include "Contrast.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr Rgb black = 0x000000;
constexpr Rgb white = 0xffffff;

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

int channel(Rgb colour, int shift)
{
    return static_cast<int>((colour >> shift) & 0xff);
}

} // namespace

namespace Contrast {

double luminance(Rgb colour)
{
    return 0.2126 * linear(channel(colour, 16)) + 0.7152 * linear(channel(colour, 8))
           + 0.0722 * linear(channel(colour, 0));
}

double ratio(Rgb a, Rgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb mix(Rgb a, Rgb b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    Rgb result = 0;
    for (int shift : {16, 8, 0}) {
        const double value = channel(a, shift) + (channel(b, shift) - channel(a, shift)) * t;
        result |= static_cast<Rgb>(std::lround(value)) << shift;
    }
    return result;
}

Rgb ensure(Rgb foreground, Rgb background, double minimum)
{
    foreground &= 0xffffff;
    if (ratio(foreground, background) >= minimum)
        return foreground;
    const Rgb target = ratio(black, background) >= ratio(white, background) ? black : white;
    // The smallest step towards the target that is enough, so the colour keeps as much of its hue as it can.
    for (int step = 1; step <= 20; ++step) {
        const Rgb candidate = mix(foreground, target, step / 20.0);
        if (ratio(candidate, background) >= minimum)
            return candidate;
    }
    return target;
}

} // namespace Contrast
