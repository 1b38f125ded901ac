#pragma once

#include <chrono>
#include <optional>

// When to try again after an attempt that may succeed later: exponential backoff with full jitter (a random
// delay between zero and a ceiling that doubles per attempt), never giving up. Pure functions; the random
// number is passed in.
namespace RetryPolicy {

struct Settings
{
    std::chrono::milliseconds base {2'000};
    double factor = 2.0;
    std::chrono::milliseconds cap {10 * 60 * 1'000};
    // After this many attempts the ceiling is the cap: the comment keeps trying at the slowest pace (and
    // stays Queued with its last error), it is never dropped.
    int attemptsBeforeCap = 8;
    // A Retry-After above this is taken as this: a confused server cannot park a comment for days.
    std::chrono::seconds retryAfterLimit {60 * 60};
};

// The largest delay after `attempts` attempts (counting the one that just failed, so >= 1):
// min(cap, base * factor^(attempts - 1)), and the cap once attempts > attemptsBeforeCap.
std::chrono::milliseconds ceiling(int attempts, const Settings& settings = {});

// Full jitter: random01 (in [0, 1), clamped) times the ceiling.
std::chrono::milliseconds backoff(int attempts, double random01, const Settings& settings = {});

// The later of the backoff and the server's Retry-After (ignored when negative; limited by retryAfterLimit).
std::chrono::milliseconds
retryDelay(int attempts, double random01, std::optional<int> retryAfterSeconds, const Settings& settings = {});

} // namespace RetryPolicy
