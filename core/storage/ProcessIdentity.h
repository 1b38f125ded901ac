#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// A process as the comment store records it: in a claim (who is sending a comment) and in the list of open
// instances. A value; current() is this process on this host.
struct ProcessIdentity
{
    qint64 pid = 0;
    QString host;
    // When the process started, in clock ticks since the host booted (/proc/<pid>/stat, field 22): with the pid,
    // it tells this process from a later one that was given the same pid. 0 when unknown (recorded by an older
    // version, or no /proc).
    qint64 startTime = 0;

    // This process on this host, with its start time.
    static ProcessIdentity current();
    // The start time of the process pid on this host, from /proc; nullopt when there is no such process or it
    // cannot be read.
    static std::optional<qint64> startTimeOf(qint64 pid);

    // True only when it is certain that this process no longer runs: it ran on the same host as `here`, and
    // kill(pid, 0) answers ESRCH, or the process that has the pid now started at another time than the one
    // recorded (the pid was reused). A process on another host, or one that cannot be checked, is not gone:
    // then the caller waits for the claim to expire, which is the safe side.
    bool isGoneSeenFrom(const ProcessIdentity& here) const;

    friend bool operator==(const ProcessIdentity& a, const ProcessIdentity& b)
    {
        return a.pid == b.pid && a.host == b.host && a.startTime == b.startTime;
    }
    friend bool operator!=(const ProcessIdentity& a, const ProcessIdentity& b) { return !(a == b); }
};
