package dev.arrears.notification.message;

import dev.arrears.contracts.dunning.Channel;

/**
 * One message to one address over one channel.
 *
 * @param messageId deterministic from the reminder (or escalation) id, the channel and the address, so a redelivered
 *         reminder maps to the same message and the send ledger sends it once; providers get it as idempotency/reference
 * @param sourceEventId the ReminderDue or EscalationRaised id the message was made for
 * @param to an email address or an E.164 number
 */
public record OutgoingMessage(String messageId, String sourceEventId, String tenantId, String customerId, Channel channel, String to,
                              RenderedMessage content) {
}
