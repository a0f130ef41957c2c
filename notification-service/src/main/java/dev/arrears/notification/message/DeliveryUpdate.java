package dev.arrears.notification.message;

import dev.arrears.contracts.dunning.Channel;

import java.time.Instant;

/**
 * What a provider reported about a message after sending, from a verified webhook.
 *
 * @param messageId our {@link OutgoingMessage#messageId()}, echoed back by the provider (SendGrid {@code custom_args},
 *         a query parameter of Twilio's StatusCallback), or {@code null} when the report carries none (an inbound "STOP").
 *         It is what matches a report to a send whose provider id was never recorded (a crash right after the provider
 *         accepted it), so senders should always pass it and webhooks always read it back
 * @param providerMessageId the id the provider gave when it accepted the message, or {@code null}
 * @param address the email address or number concerned (an opt-out concerns the address, not a message)
 * @param url the link clicked, or {@code null}
 */
public record DeliveryUpdate(String messageId, String providerMessageId, Channel channel, Kind kind, String address, Instant at,
                             String detail, String url) {

    /** A report matched by the provider's id alone. */
    public DeliveryUpdate(String providerMessageId, Channel channel, Kind kind, String address, Instant at, String detail, String url) {
        this(null, providerMessageId, channel, kind, address, at, detail, url);
    }

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
        /** The customer marked the email as spam: treated as an opt-out of email for the address. */
        SPAM_REPORT,
        /** The customer unsubscribed or texted STOP: the channel is not used again for this address. */
        OPTED_OUT,
        /** The customer texted START again. */
        OPTED_IN
    }
}
