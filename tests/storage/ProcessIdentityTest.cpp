#include "storage/ProcessIdentity.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSysInfo>

#include <gtest/gtest.h>

TEST(ProcessIdentity, CurrentKnowsItsStartTimeAndIsNotGone)
{
    const ProcessIdentity self = ProcessIdentity::current();
    EXPECT_EQ(self.pid, QCoreApplication::applicationPid());
    EXPECT_EQ(self.host, QSysInfo::machineHostName());
    ASSERT_GT(self.startTime, 0);
    EXPECT_EQ(ProcessIdentity::startTimeOf(self.pid), self.startTime);
    EXPECT_FALSE(self.isGoneSeenFrom(self));
}

// The pid was given to another process after the claimant died: alive, but not the claimant.
TEST(ProcessIdentity, ALivePidWithAnotherStartTimeIsGone)
{
    const ProcessIdentity self = ProcessIdentity::current();
    ASSERT_GT(self.startTime, 0);
    ProcessIdentity earlier = self;
    earlier.startTime = self.startTime - 1;
    EXPECT_TRUE(earlier.isGoneSeenFrom(self));
    // Recorded by a version that did not know the start time: only the pid can be checked, and it is alive.
    ProcessIdentity unknown = self;
    unknown.startTime = 0;
    EXPECT_FALSE(unknown.isGoneSeenFrom(self));
    // On another host nothing can be checked, whatever the start time.
    ProcessIdentity elsewhere = earlier;
    elsewhere.host = QStringLiteral("another-host.invalid");
    EXPECT_FALSE(elsewhere.isGoneSeenFrom(self));
}

TEST(ProcessIdentity, AKilledChildIsGoneAndHasNoStartTime)
{
    QProcess child;
    child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    ASSERT_TRUE(child.waitForStarted());
    const qint64 pid = child.processId();
    const std::optional<qint64> started = ProcessIdentity::startTimeOf(pid);
    ASSERT_TRUE(started.has_value());
    const ProcessIdentity here = ProcessIdentity::current();
    const ProcessIdentity claimant {pid, here.host, *started};
    EXPECT_FALSE(claimant.isGoneSeenFrom(here));
    child.kill();
    ASSERT_TRUE(child.waitForFinished());
    EXPECT_FALSE(ProcessIdentity::startTimeOf(pid).has_value());
    EXPECT_TRUE(claimant.isGoneSeenFrom(here));
}

TEST(ProcessIdentity, NoStartTimeForAPidThatCannotBe)
{
    EXPECT_FALSE(ProcessIdentity::startTimeOf(0).has_value());
    EXPECT_FALSE(ProcessIdentity::startTimeOf(-1).has_value());
}
