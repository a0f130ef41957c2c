package dev.arrears.notification.message;

import dev.arrears.contracts.dunning.Channel;

import java.time.Instant;

/**
 * What a provider reported about a message after sending, from a verified webhook.
 *
 * @param providerMessageId the id the provider gave when it accepted the message
 * @param address the email address or number concerned (an opt-out concerns the address, not a message)
 * @param url the link clicked, or {@code null}
 */
public record DeliveryUpdate(String providerMessageId, Channel channel, Kind kind, String address, Instant at, String detail, String url) {

    /** What happened. */
    public enum Kind {
        DELIVERED,
        OPENED,
        CLICKED,
        /** Hard bounce: the address does not exist; the next channel is tried. */
        BOUNCED,
        /** The provider would not send (e.g. a suppressed address); the next channel is tried. */
        DROPPED,
        /** An SMS or call failed or was undelivered; the next channel is tried. */
        FAILED,
        SPAM_REPORT,
        /** The customer unsubscribed or texted STOP: the channel is not used again for this address. */
        OPTED_OUT,
        /** The customer texted START again. */
        OPTED_IN
    }
}
