#include "ProcessIdentity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSysInfo>

#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <sys/types.h>
#endif

ProcessIdentity ProcessIdentity::current()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return ProcessIdentity {pid, QSysInfo::machineHostName(), startTimeOf(pid).value_or(0)};
}

std::optional<qint64> ProcessIdentity::startTimeOf(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so the fields are counted from the last
    // ')'; the first one after it is field 3, so start time (field 22) is the 20th.
    const qsizetype commEnd = line.lastIndexOf(')');
    if (commEnd < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(commEnd + 1).simplified().split(' ');
    constexpr int startTimeIndex = 22 - 3;
    if (fields.size() <= startTimeIndex)
        return std::nullopt;
    bool ok = false;
    const qint64 start = fields.at(startTimeIndex).toLongLong(&ok);
    return ok && start > 0 ? std::optional<qint64>(start) : std::nullopt;
}

bool ProcessIdentity::isGoneSeenFrom(const ProcessIdentity& here) const
{
    if (host != here.host || pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (pid > std::numeric_limits<pid_t>::max())
        return false;
    // Signal 0 checks existence only; EPERM means it exists under another user.
    if (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH)
        return true;
    if (startTime <= 0)
        return false;
    // Someone has the pid: gone only when it is certainly someone else.
    const std::optional<qint64> now = startTimeOf(pid);
    return now.has_value() && *now != startTime;
#else
    return false;
#endif
}
