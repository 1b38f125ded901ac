#pragma once

#include <QString>

// The row that stands for the replies of a long thread the list does not show yet ("Show N more replies"). How
// many there are is CollapsedReplies' to say.
struct HiddenReplies
{
    QString rootId;

    friend bool operator==(const HiddenReplies& a, const HiddenReplies& b) { return a.rootId == b.rootId; }
    friend bool operator!=(const HiddenReplies& a, const HiddenReplies& b) { return !(a == b); }
};
