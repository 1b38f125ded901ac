#pragma once

#include <QString>

// What the reader has typed into the feedback form, exactly as typed (never trimmed or normalised here).
struct CommentDraft
{
    QString nick;
    QString mail;
    QString text;
    // Id of the pilot city the comment is about, or empty for the article as a whole.
    QString cityId;

    bool isEmpty() const { return nick.isEmpty() && mail.isEmpty() && text.isEmpty() && cityId.isEmpty(); }

    friend bool operator==(const CommentDraft& a, const CommentDraft& b)
    {
        return a.nick == b.nick && a.mail == b.mail && a.text == b.text && a.cityId == b.cityId;
    }
    friend bool operator!=(const CommentDraft& a, const CommentDraft& b) { return !(a == b); }
};
