package dev.arrears.notification.message;

import dev.arrears.contracts.dunning.Channel;

/**
 * Sends messages over one channel through its provider. Blocking (the providers' SDKs are): call it on a worker
 * thread. Never throws for a provider's answer; every outcome is a {@link SendOutcome}. Should it throw anyway, the
 * dispatch pipeline treats the send as {@link SendOutcome.Status#UNKNOWN}: maybe sent, reconciled, never retried blindly.
 */
public interface ChannelSender {

    String SENDGRID = "sendgrid";
    String TWILIO = "twilio";

    Channel channel();

    /** Whether the provider is configured (credentials present); without, messages go to the local mailbox instead. */
    default boolean configured() {
        return true;
    }

    /**
     * Who carries the messages: named in notification events, and the key of the per-provider rate limit
     * ({@code arrears.notification.rate-limits."<provider>".*}). The default names the providers this service ships.
     */
    default String provider() {
        return channel() == Channel.EMAIL ? SENDGRID : TWILIO;
    }

    /** Whether this sender hands messages to a provider this service ships (SendGrid, Twilio), not to a stand-in. */
    default boolean shippedProvider() {
        return SENDGRID.equals(provider()) || TWILIO.equals(provider());
    }

    SendOutcome send(OutgoingMessage message);
}
