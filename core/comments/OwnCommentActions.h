#pragma once

#include "OwnComment.h"

// What the reader may do with one of their own comments, by its state. A comment kept on this computer (saved
// locally, or still waiting to be sent: Queued, Failed) can be edited and deleted; a failed one can be sent again.
// A comment that is being sent (Sending, claimed by this or another app instance) or already delivered can be
// neither: editing or deleting it could not stop what the server has or is about to receive. The store enforces
// the same rule in each statement (CommentStore), so a state that changed since the list was painted is refused
// there with a reason.
struct OwnCommentActions
{
    bool edit = false;
    bool remove = false;
    bool retry = false;

    static OwnCommentActions forState(OwnComment::State state);

    friend bool operator==(const OwnCommentActions& a, const OwnCommentActions& b)
    {
        return a.edit == b.edit && a.remove == b.remove && a.retry == b.retry;
    }
    friend bool operator!=(const OwnCommentActions& a, const OwnCommentActions& b) { return !(a == b); }
};
