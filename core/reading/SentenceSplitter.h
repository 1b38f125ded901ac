#pragma once

#include "SentenceSpan.h"

#include <QList>
#include <QString>

// Splits running English text into sentences for reading aloud, one utterance each.
// A sentence ends at '.', '!', '?' or '…' (with any closing quotes or brackets after it) when white space and
// then the start of a new sentence follow (a capital, a digit or an opening quote), or at the end of the text.
// A full stop inside a number ("10.9%", "RMB 477.202") is not followed by white space and so ends nothing;
// nor does the stop of a known abbreviation ("Mr.", "e.g.") or of an initial ("J. Smith").
// Text without a final stop ("Tell us what you think") is one sentence. Blank text has none.
namespace SentenceSplitter {
QList<SentenceSpan> split(const QString& text);
}
