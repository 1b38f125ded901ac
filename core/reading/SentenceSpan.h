#pragma once

#include <QtGlobal>

// Where one sentence lies in a block of text: start and length in UTF-16 code units, without the white space
// around it.
struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const SentenceSpan& a, const SentenceSpan& b)
    {
        return a.start == b.start && a.length == b.length;
    }
    friend bool operator!=(const SentenceSpan& a, const SentenceSpan& b) { return !(a == b); }
};
