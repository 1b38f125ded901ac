#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace RetryPolicy {

std::chrono::milliseconds ceiling(int attempts, const Settings& settings)
{
    const auto cap = std::max(settings.cap, std::chrono::milliseconds(0));
    if (attempts > settings.attemptsBeforeCap)
        return cap;
    const double exponent = std::max(attempts, 1) - 1;
    const double value = double(settings.base.count()) * std::pow(std::max(settings.factor, 1.0), exponent);
    if (!(value < double(cap.count())))
        return cap;
    return std::chrono::milliseconds(std::max<long long>(0, static_cast<long long>(value)));
}

std::chrono::milliseconds backoff(int attempts, double random01, const Settings& settings)
{
    const double fraction = std::isnan(random01) ? 0.0 : std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(
        static_cast<long long>(std::floor(fraction * double(ceiling(attempts, settings).count()))));
}

std::chrono::milliseconds
retryDelay(int attempts, double random01, std::optional<int> retryAfterSeconds, const Settings& settings)
{
    const std::chrono::milliseconds delay = backoff(attempts, random01, settings);
    if (!retryAfterSeconds || *retryAfterSeconds < 0)
        return delay;
    const std::chrono::milliseconds asked
        = std::min(std::chrono::seconds(*retryAfterSeconds), settings.retryAfterLimit);
    return std::max(delay, asked);
}

} // namespace RetryPolicy
