package dev.arrears.contracts.dunning;

import dev.arrears.contracts.ArrearsEvent;

import java.time.Instant;

/**
 * A policy step moved an invoice (or installment) from one dunning level to another.
 *
 * @param installmentNumber the installment whose level changed, or {@code null} when the whole invoice is
 *         dunned as one item
 * @param fromLevel the level before; 0 before the first step of its policy (courtesy and pre-due notes count: the level is how far up the ladder the item is, not how late)
 */
public record DunningLevelChanged(
        String tenantId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        Integer installmentNumber,
        int fromLevel,
        int toLevel,
        PolicyStep step,
        Instant changedAt) implements ArrearsEvent {
}
