package dev.arrears.notification.message;

import java.time.Duration;

/**
 * What a provider answered.
 *
 * @param providerMessageId the provider's id of the accepted message (SendGrid X-Message-Id, Twilio SID), or {@code null}
 * @param retryAfter how long the provider asked to wait (HTTP 429 Retry-After), or {@code null}
 */
public record SendOutcome(Status status, String providerMessageId, String detail, Duration retryAfter) {

    /** Whether the message went out, may go out on a retry, or never will. */
    public enum Status {
        ACCEPTED,
        /** 429, 5xx, a timeout or a connection failure: retry with backoff. */
        RETRYABLE,
        /** Any other 4xx (bad address, unverified sender, auth): do not retry, fall back to the next channel. */
        PERMANENT
    }

    public static SendOutcome accepted(String providerMessageId) {
        return new SendOutcome(Status.ACCEPTED, providerMessageId, null, null);
    }
}
