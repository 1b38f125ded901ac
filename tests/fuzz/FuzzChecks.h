#pragma once

#include <QByteArray>
#include <QString>

// What each fuzz target does with one input, as plain functions shared by the libFuzzer targets (fuzz_*.cpp)
// and by FuzzRegressionTest, which replays every seed and every saved crash through the normal test build.
// Each returns the broken promise in plain text, or an empty string when the code under test kept its
// contract; a crash or a sanitizer report is a find too. The contracts checked are the ones the headers state.
namespace FuzzChecks {

// ArticleLoader::parse: a failure always says why.
QString articleLoader(const QByteArray& input);

// CityZoneLoader::parse: a failure says why; a success has unique lower-case ASCII ids and every required field.
QString cityZoneLoader(const QByteArray& input);

// WalineProtocol::classifyPostReply and classifyListReply on a reply described by the input:
//   line 1  "post" or "list"
//   line 2  "<HTTP status> <network error index> <abort index> <TLS errors 0/1>" (missing numbers are 0)
//   line 3  the raw Retry-After header
//   line 4  the raw Location header
//   rest    the body
// A Retry or a Rejected has a reason; a reason is one line; a Retry-After is 0 s to a day.
QString walineReply(const QByteArray& input);

// WalineProtocol::parseRetryAfter at a fixed now: nullopt or 0 s to a day.
QString retryAfter(const QByteArray& input);

// CommentRules on a draft made of the input: the first byte picks how the rest is decoded, UTF-8 (even) or raw
// UTF-16 (odd, so unpaired surrogates reach the rules); then nick, mail, text and city are separated by U+0000.
// checkText agrees with characterCount and textProblems; validate lists the per-field problems in form order.
QString commentRules(const QByteArray& input);

// CommentStore opening the input written as its file, in folder (emptied before and after): opening never
// fails, the comments it reports can be read, and a store that is not read-only keeps a new comment.
QString commentStore(const QByteArray& input, const QString& folder);

// For the libFuzzer targets: 0 when broken is empty, else prints it and aborts, so libFuzzer saves the input.
int reportBroken(const QString& broken);

} // namespace FuzzChecks
