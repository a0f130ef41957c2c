package dev.arrears.contracts.dunning;

import dev.arrears.contracts.ArrearsEvent;

import java.time.Instant;

/**
 * The pause {@link #pauseId()} ended and dunning continues where it stood.
 *
 * @param invoiceId the invoice the pause covered, or {@code null} when it covered all the customer's items
 * @param note why, for people, or {@code null}
 */
public record DunningResumed(
        String tenantId,
        String customerId,
        String pauseId,
        String invoiceId,
        ResumeReason reason,
        String note,
        Instant resumedAt) implements ArrearsEvent {
}
