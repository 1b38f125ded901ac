#include "comments/OwnCommentActions.h"

#include <gtest/gtest.h>

namespace {

struct Case
{
    OwnComment::State state;
    OwnCommentActions actions;
};

} // namespace

TEST(OwnCommentActionsTest, AllowsEditAndDeleteOnlyWhileTheCommentIsOnThisComputer)
{
    using State = OwnComment::State;
    // {edit, remove, retry}
    const Case cases[] {
        {State::SavedLocally, {true, true, false}},
        {State::Queued, {true, true, false}},
        {State::Failed, {true, true, true}},
        {State::Sending, {false, false, false}},
        {State::AwaitingModeration, {false, false, false}},
        {State::Sent, {false, false, false}},
        {State::MarkedAsSpam, {false, false, false}},
    };
    for (const Case& c : cases) {
        const OwnCommentActions actions = OwnCommentActions::forState(c.state);
        EXPECT_EQ(actions.edit, c.actions.edit) << int(c.state);
        EXPECT_EQ(actions.remove, c.actions.remove) << int(c.state);
        EXPECT_EQ(actions.retry, c.actions.retry) << int(c.state);
    }
}
