#pragma once

#include <QString>
#include <QtGlobal>

// A process as the comment store records it: in a claim (who is sending a comment) and in the list of open
// instances. A value; current() is this process on this host.
struct ProcessIdentity
{
    qint64 pid = 0;
    QString host;

    static ProcessIdentity current();

    // True only when it is certain that this process no longer runs: it ran on the same host as `here`, and
    // kill(pid, 0) answers ESRCH. A process on another host, or one that cannot be checked, is not gone. A pid
    // reused by another process reads as alive: then the caller waits, which is the safe side.
    bool isGoneSeenFrom(const ProcessIdentity& here) const;

    friend bool operator==(const ProcessIdentity& a, const ProcessIdentity& b)
    {
        return a.pid == b.pid && a.host == b.host;
    }
    friend bool operator!=(const ProcessIdentity& a, const ProcessIdentity& b) { return !(a == b); }
};
