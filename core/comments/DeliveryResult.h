#pragma once

#include "ServerComment.h"

#include <QString>

#include <optional>

// What one attempt to deliver a comment to the server came to.
struct DeliveryResult
{
    enum class Outcome {
        // Stored by the server. A "Duplicate Content" answer to a retry counts as delivered: the earlier attempt
        // reached the server, and the server never stores the same text twice (duplicate says so; the outbox
        // decides whether there was an earlier attempt).
        Delivered,
        // Not delivered this time, and worth trying again: network errors, timeouts, 5xx, 429, rate limits,
        // a reply that is not the server's envelope.
        Retry,
        // Refused for good (validation errors, a redirect, a 4xx other than 408/429): retrying the same comment
        // cannot help; the reader gets the reason and the text back.
        Rejected,
    };

    Outcome outcome = Outcome::Retry;
    // For Delivered: the comment as stored, when the server returned it (not for duplicates).
    std::optional<ServerComment> comment;
    // Plain-text reason for Retry and Rejected, fit to show to a reader (server text is never rendered).
    QString reason;
    // For Retry: how long the server asked us to wait (Retry-After), if it said.
    std::optional<int> retryAfterSeconds;
    // For Delivered: the server answered that it already holds this very comment ("Duplicate Content").
    bool duplicate = false;

    static DeliveryResult delivered(std::optional<ServerComment> comment = std::nullopt)
    {
        return {Outcome::Delivered, std::move(comment), {}, std::nullopt, false};
    }
    static DeliveryResult alreadyStored() { return {Outcome::Delivered, std::nullopt, {}, std::nullopt, true}; }
    static DeliveryResult retry(QString reason, std::optional<int> retryAfterSeconds = std::nullopt)
    {
        return {Outcome::Retry, std::nullopt, std::move(reason), retryAfterSeconds, false};
    }
    static DeliveryResult rejected(QString reason)
    {
        return {Outcome::Rejected, std::nullopt, std::move(reason), {}, false};
    }
};
