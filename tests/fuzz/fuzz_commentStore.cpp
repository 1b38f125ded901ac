// libFuzzer target: FuzzChecks::commentStore (the contract it checks is in FuzzChecks.h).
#include "FuzzChecks.h"

#include <QCoreApplication>
#include <QDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

// One folder for the whole run, emptied around every input; per process, so parallel runs do not collide.
QString storeFolder()
{
    static const QString folder
        = QDir::temp().filePath(QStringLiteral("pilotzones-fuzz-store-%1").arg(QCoreApplication::applicationPid()));
    return folder;
}

} // namespace

// Qt Sql needs a QCoreApplication for its drivers; it lives until the process exits.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(*argc, *argv);
    // Made before the exit handler is registered, so it is destroyed after the handler ran.
    storeFolder();
    std::atexit([] { QDir(storeFolder()).removeRecursively(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return FuzzChecks::reportBroken(
        FuzzChecks::commentStore(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), storeFolder()));
}
