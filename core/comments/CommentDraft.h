#pragma once

#include "CommentReplyTarget.h"

#include <QString>

// What the reader has typed into the feedback form, exactly as typed (never trimmed or normalised here).
struct CommentDraft
{
    QString nick;
    QString mail;
    QString text;
    // Id of the pilot city the comment is about, or empty for the article as a whole.
    QString cityId;
    // The fields below are initialised explicitly so that the brace-initialisers of the four fields above
    // (`CommentDraft {nick, mail, text, cityId}`) stay valid without -Wmissing-field-initializers.
    // A passage of the article the comment is about, as plain text (PassageQuote), or empty.
    QString quote {};
    // The comment this one answers, or empty.
    CommentReplyTarget replyTo {};

    // A draft holding only a quote or a reply target is not empty: the reader chose them.
    bool isEmpty() const
    {
        return nick.isEmpty() && mail.isEmpty() && text.isEmpty() && cityId.isEmpty() && quote.isEmpty()
               && replyTo.isEmpty();
    }

    friend bool operator==(const CommentDraft& a, const CommentDraft& b)
    {
        return a.nick == b.nick && a.mail == b.mail && a.text == b.text && a.cityId == b.cityId && a.quote == b.quote
               && a.replyTo == b.replyTo;
    }
    friend bool operator!=(const CommentDraft& a, const CommentDraft& b) { return !(a == b); }
};
