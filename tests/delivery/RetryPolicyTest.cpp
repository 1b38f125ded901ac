#include "delivery/RetryPolicy.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <ostream>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

struct CeilingCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const CeilingCase& c, std::ostream* os) { *os << "attempts " << c.attempts; }

    int attempts;
    milliseconds expected;
};

class RetryPolicyCeiling : public ::testing::TestWithParam<CeilingCase>
{
};

TEST_P(RetryPolicyCeiling, DoublesFromTwoSecondsUpToTenMinutes)
{
    EXPECT_EQ(RetryPolicy::ceiling(GetParam().attempts).count(), GetParam().expected.count());
}

INSTANTIATE_TEST_SUITE_P(Attempts,
                         RetryPolicyCeiling,
                         ::testing::Values(CeilingCase {0, 2s},
                                           CeilingCase {1, 2s},
                                           CeilingCase {2, 4s},
                                           CeilingCase {3, 8s},
                                           CeilingCase {5, 32s},
                                           CeilingCase {8, 256s},
                                           // After eight attempts: the cap, for ever.
                                           CeilingCase {9, 600s},
                                           CeilingCase {10, 600s},
                                           CeilingCase {1000, 600s},
                                           CeilingCase {std::numeric_limits<int>::max(), 600s}));

TEST(RetryPolicy, NeverExceedsTheCapEvenWithoutTheAttemptLimit)
{
    RetryPolicy::Settings settings;
    settings.attemptsBeforeCap = std::numeric_limits<int>::max();
    EXPECT_EQ(RetryPolicy::ceiling(9, settings), 512s);
    EXPECT_EQ(RetryPolicy::ceiling(10, settings), 600s);
    EXPECT_EQ(RetryPolicy::ceiling(5000, settings), 600s);
}

struct JitterCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const JitterCase& c, std::ostream* os)
    {
        *os << "attempts " << c.attempts << ", random " << c.random;
    }

    int attempts;
    double random;
    milliseconds expected;
};

class RetryPolicyBackoff : public ::testing::TestWithParam<JitterCase>
{
};

TEST_P(RetryPolicyBackoff, DrawsBetweenZeroAndTheCeiling)
{
    EXPECT_EQ(RetryPolicy::backoff(GetParam().attempts, GetParam().random).count(), GetParam().expected.count());
}

INSTANTIATE_TEST_SUITE_P(Draws,
                         RetryPolicyBackoff,
                         ::testing::Values(JitterCase {1, 0.0, 0ms},
                                           JitterCase {1, 0.5, 1000ms},
                                           JitterCase {1, 0.9999, 1999ms},
                                           JitterCase {3, 0.25, 2000ms},
                                           JitterCase {12, 0.5, 300s},
                                           // Out-of-range numbers from a bad random source are clamped.
                                           JitterCase {2, -1.0, 0ms},
                                           JitterCase {2, 7.0, 4s},
                                           JitterCase {2, std::nan(""), 0ms}));

struct RetryAfterCase
{
    // A failing case names itself instead of printing a byte dump.
    friend void PrintTo(const RetryAfterCase& c, std::ostream* os) { *os << c.name; }

    const char* name;
    int attempts;
    double random;
    std::optional<int> retryAfterSeconds;
    milliseconds expected;
};

class RetryPolicyRetryAfter : public ::testing::TestWithParam<RetryAfterCase>
{
};

TEST_P(RetryPolicyRetryAfter, TakesTheLaterOfBackoffAndRetryAfter)
{
    const auto& p = GetParam();
    EXPECT_EQ(RetryPolicy::retryDelay(p.attempts, p.random, p.retryAfterSeconds).count(), p.expected.count());
}

INSTANTIATE_TEST_SUITE_P(Servers,
                         RetryPolicyRetryAfter,
                         ::testing::Values(RetryAfterCase {"NoRetryAfter", 2, 0.5, std::nullopt, 2s},
                                           RetryAfterCase {"RetryAfterIsLater", 2, 0.5, 30, 30s},
                                           RetryAfterCase {"BackoffIsLater", 9, 0.5, 30, 300s},
                                           RetryAfterCase {"ZeroRetryAfter", 1, 0.5, 0, 1s},
                                           RetryAfterCase {"NegativeRetryAfterIgnored", 1, 0.5, -5, 1s},
                                           RetryAfterCase {"HugeRetryAfterLimitedToAnHour", 1, 0.5, 10'000'000, 3600s}),
                         [](const ::testing::TestParamInfo<RetryAfterCase>& p) { return std::string(p.param.name); });
