package dev.arrears.notification.mailbox;

import dev.arrears.contracts.dunning.Channel;

import java.time.Instant;

/**
 * What a customer would have received: an email's subject and HTML, an SMS's text, a call's script.
 *
 * @param requests how many times the pipeline handed it over; anything but 1 is a duplicate a provider would have sent
 */
public record MailboxMessage(String messageId, String tenantId, String customerId, Channel channel, String to, String subject, String html,
                             String text, String templateUsed, Instant receivedAt, int requests) {
}
