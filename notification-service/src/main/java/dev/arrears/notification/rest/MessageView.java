package dev.arrears.notification.rest;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.notification.ledger.LedgerEntry;
import dev.arrears.notification.ledger.LedgerStatus;

import java.time.Instant;

/** A message of the send ledger as the API shows it; the address masked, as in the events. */
public record MessageView(String messageId, Channel channel, String address, LedgerStatus status, int attempts, String provider,
                          String providerMessageId, String templateUsed, String detail, Instant sentAt, Instant deliveredAt,
                          Instant updatedAt) {

    static MessageView of(LedgerEntry e) {
        return new MessageView(e.messageId(), e.channel(), NotificationAddresses.mask(e.address()), e.status(), e.attempts(), e.provider(),
                e.providerMessageId(), e.templateUsed(), e.detail(), e.sentAt(), e.deliveredAt(), e.updatedAt());
    }
}
