package dev.arrears.notification.ledger;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.PolicyStep;

import java.time.Instant;

/**
 * One message of the send ledger.
 *
 * @param attempts provider calls made (or reserved) so far
 * @param uncertainSince from when the outcome counts as unknown; the channel's grace runs from here
 */
public record LedgerEntry(String messageId, String sourceEventId, String tenantId, String customerId, Channel channel, String address,
                          LedgerStatus status, int attempts, String provider, String providerMessageId, String templateUsed,
                          PolicyStep step, String detail, Instant pendingSince, Instant uncertainSince, Instant nextAttemptAt,
                          Instant sentAt, Instant deliveredAt, Instant createdAt, Instant updatedAt) {
}
