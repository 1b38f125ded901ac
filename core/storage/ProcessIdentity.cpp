#include "ProcessIdentity.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <sys/types.h>
#endif

ProcessIdentity ProcessIdentity::current()
{
    return ProcessIdentity {QCoreApplication::applicationPid(), QSysInfo::machineHostName()};
}

bool ProcessIdentity::isGoneSeenFrom(const ProcessIdentity& here) const
{
    if (host != here.host || pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (pid > std::numeric_limits<pid_t>::max())
        return false;
    // Signal 0 checks existence only; EPERM means it exists under another user.
    return ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH;
#else
    return false;
#endif
}
