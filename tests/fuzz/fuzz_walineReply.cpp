// libFuzzer target: FuzzChecks::walineReply (the contract it checks is in FuzzChecks.h).
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return FuzzChecks::reportBroken(
        FuzzChecks::walineReply(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size))));
}
