package dev.arrears.contracts.notification;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.dunning.Channel;

import java.time.Instant;

/**
 * The customer asked not to be contacted on this channel at this address again (an unsubscribe link, a spam report,
 * an SMS "STOP"). Honoured on every later send until the customer opts in again.
 *
 * @param address masked as in {@link NotificationSent}; {@code addressHash} identifies it exactly
 * @param reason what the customer did, e.g. {@code unsubscribed}, {@code spam report}, {@code STOP}
 * @param messageId the message the customer answered, or {@code null} (an SMS "STOP" answers no message in particular)
 * @param sourceEventId the ReminderDue or EscalationRaised of that message, or {@code null}
 */
public record ContactOptedOut(
        String tenantId,
        String customerId,
        Channel channel,
        String address,
        String addressHash,
        String provider,
        String reason,
        String messageId,
        String sourceEventId,
        Instant optedOutAt) implements ArrearsEvent {
}
