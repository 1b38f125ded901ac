#pragma once

#include "SentField.h"
#include "comments/CommentDraft.h"

#include <QList>
#include <QString>
#include <QStringList>

// The fields of POST /api/comment, for telling the reader what is sent. They are not listed by hand: they are read
// from bodies that WalineProtocol::encodeComment builds, so the list cannot go stale when a field is added there.
// A field's description comes from a table of Waline's keys; a key without one is listed with a plain warning
// that it is not described (and a unit test fails), never left out.
namespace CommentRequestFields {

// Every field a comment can carry, in the order of the body a draft with every field filled gives:
// onlyWhenGiven for those a draft with only a comment leaves out, fixedValue for those no draft changes.
QList<SentField> fields(const QString& articlePath, const QString& userAgent);

// The JSON keys encodeComment writes for this draft.
QStringList keysFor(const CommentDraft& draft, const QString& articlePath, const QString& userAgent);

// A draft with every field the reader can fill (name, e-mail, comment, city, quote, reply target).
CommentDraft everyFieldDraft();

// The description of a key; empty for a key the table does not know.
QString describe(const QString& key);

} // namespace CommentRequestFields
