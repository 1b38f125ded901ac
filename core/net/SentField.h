#pragma once

#include <QString>

// One field of the JSON body the app POSTs to the comment server, as the reader is told of it ("What is sent?").
struct SentField
{
    // The JSON key, exactly as sent.
    QString key;
    // What it carries, in plain words (translated).
    QString description;
    // Left out of the request when the reader leaves it empty (name, e-mail).
    bool onlyWhenGiven = false;
    // The value when it does not come from the reader (the article's address, the app's name); else empty.
    QString fixedValue;

    friend bool operator==(const SentField& a, const SentField& b)
    {
        return a.key == b.key && a.description == b.description && a.onlyWhenGiven == b.onlyWhenGiven
               && a.fixedValue == b.fixedValue;
    }
    friend bool operator!=(const SentField& a, const SentField& b) { return !(a == b); }
};
