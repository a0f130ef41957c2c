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
        /** 429, 5xx, or a connection that could not be made (the request never left): retry with backoff. */
        RETRYABLE,
        /** Any other 4xx (bad address, unverified sender, auth): do not retry, fall back to the next channel. */
        PERMANENT,
        /**
         * The request may have reached the provider but no answer came back (a read timeout after the request was
         * written): not retried blindly, but reconciled like a crash between the call and the ledger update.
         */
        UNKNOWN
    }

    public static SendOutcome accepted(String providerMessageId) {
        return new SendOutcome(Status.ACCEPTED, providerMessageId, null, null);
    }

    public static SendOutcome retryable(String detail, Duration retryAfter) {
        return new SendOutcome(Status.RETRYABLE, null, detail, retryAfter);
    }

    public static SendOutcome permanent(String detail) {
        return new SendOutcome(Status.PERMANENT, null, detail, null);
    }

    public static SendOutcome unknown(String detail) {
        return new SendOutcome(Status.UNKNOWN, null, detail, null);
    }
}
