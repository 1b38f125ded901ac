#include "LiveCheckPolicy.h"

#include <algorithm>

std::chrono::milliseconds LiveCheckPolicy::delayAfter(int failures) const
{
    std::chrono::milliseconds delay = std::max(interval, std::chrono::milliseconds(1));
    // Doubling stops at maxDelay, long before the count could overflow anything.
    for (int i = 0; i < failures && delay < maxDelay; ++i)
        delay *= 2;
    return std::min(delay, std::max(maxDelay, interval));
}
