#pragma once

#include <QtGlobal>

// Where a term stands in the article. Block -1 is the headline; 0.. index Article::blocks.
struct TextMention
{
    int block = 0;
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextMention& a, const TextMention& b)
    {
        return a.block == b.block && a.start == b.start && a.length == b.length;
    }
    friend bool operator!=(const TextMention& a, const TextMention& b) { return !(a == b); }
};
