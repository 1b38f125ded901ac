#include "OwnCommentActions.h"

OwnCommentActions OwnCommentActions::forState(OwnComment::State state)
{
    switch (state) {
    case OwnComment::State::Failed:
        return {true, true, true};
    case OwnComment::State::Queued:
    case OwnComment::State::SavedLocally:
        // A queued comment is sent again on its own; a local one has no server to go to (Outbox::retry).
        return {true, true, false};
    case OwnComment::State::Sending:
    case OwnComment::State::AwaitingModeration:
    case OwnComment::State::Sent:
    case OwnComment::State::MarkedAsSpam:
        break;
    }
    return {};
}
