#pragma once

#include <QString>

// One block of the article as published: its text is shown word for word, never edited.
struct ArticleBlock
{
    enum class Kind {
        Paragraph,
        Heading,
        // The closing line that invites the reader's comment ("Tell us what you think").
        Closing,
    };

    Kind kind = Kind::Paragraph;
    QString text;

    friend bool operator==(const ArticleBlock& a, const ArticleBlock& b)
    {
        return a.kind == b.kind && a.text == b.text;
    }
    friend bool operator!=(const ArticleBlock& a, const ArticleBlock& b) { return !(a == b); }
};
