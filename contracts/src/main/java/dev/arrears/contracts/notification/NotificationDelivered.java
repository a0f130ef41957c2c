package dev.arrears.contracts.notification;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.PolicyStep;

import java.time.Instant;

/**
 * The provider reported a message delivered to the customer's mailbox or phone.
 *
 * <p>The address is masked ({@code b***@example.com}, {@code +49*********789}); {@code addressHash} identifies it
 * exactly for a consumer that knows the customer's addresses (see {@link NotificationAddresses}).
 *
 * @param messageId this service's id of the message, the same for every event about it
 * @param sourceEventId the ReminderDue or EscalationRaised the message was made for
 * @param providerMessageId the provider's id of the message, or {@code null} when the provider never gave one
 * @param templateUsed the template actually rendered, or {@code null} when none was
 * @param step the dunning step that caused the message, or {@code null} when unknown
 */
public record NotificationDelivered(
        String tenantId,
        String customerId,
        String messageId,
        String sourceEventId,
        Channel channel,
        String address,
        String addressHash,
        String provider,
        String providerMessageId,
        String templateUsed,
        PolicyStep step,
        Instant deliveredAt) implements ArrearsEvent {
}
