#pragma once

#include <chrono>

// How often the live check asks the server for new comments: every interval while it answers, then twice as long
// after each failure in a row, up to maxDelay, so a server in trouble is not hammered (nor the reader's battery).
struct LiveCheckPolicy
{
    std::chrono::milliseconds interval {std::chrono::seconds(60)};
    std::chrono::milliseconds maxDelay {std::chrono::minutes(15)};

    // The wait before the next check after failures failed checks in a row (0: the last one worked).
    std::chrono::milliseconds delayAfter(int failures) const;

    friend bool operator==(const LiveCheckPolicy& a, const LiveCheckPolicy& b)
    {
        return a.interval == b.interval && a.maxDelay == b.maxDelay;
    }
    friend bool operator!=(const LiveCheckPolicy& a, const LiveCheckPolicy& b) { return !(a == b); }
};
