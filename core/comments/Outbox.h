#pragma once

// Moved: the outbox lives in core/delivery/. Include "delivery/Outbox.h"; this forwarder goes once every
// user has switched.
#include "delivery/Outbox.h"
