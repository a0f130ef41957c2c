package dev.arrears.contracts.notification;

/** Why a message did not reach the customer. */
public enum NotificationFailure {
    /** The provider refused it for good (a permanent 4xx: bad address, unverified sender); the next channel is tried. */
    REJECTED,
    /** The provider accepted it but would not send it (e.g. a suppressed address); the next channel is tried. */
    DROPPED,
    /** The provider reported an SMS or call as failed or undelivered; the next channel is tried. */
    UNDELIVERED,
    /** The provider stayed unavailable through every retry; the reminder is dead-lettered. */
    RETRIES_EXHAUSTED,
    /** The send's fate stayed unknown past its grace period and the channel's policy is not to risk a second one. */
    UNCONFIRMED,
    /** No template, not even a fallback, could render it; the next channel is tried. */
    NOT_RENDERED
}
