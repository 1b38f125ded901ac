// libFuzzer target: FuzzChecks::retryAfter (the contract it checks is in FuzzChecks.h).
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return FuzzChecks::reportBroken(
        FuzzChecks::retryAfter(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))));
}
