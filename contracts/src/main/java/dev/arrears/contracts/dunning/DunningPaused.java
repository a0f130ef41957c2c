package dev.arrears.contracts.dunning;

import dev.arrears.contracts.ArrearsEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Dunning stopped for one of a customer's invoices, or for all their items; a {@link DunningResumed} with
 * the same {@link #pauseId()} ends the pause.
 *
 * @param invoiceId the invoice paused, or {@code null} when all the customer's items are
 * @param note why, for people, or {@code null}
 * @param until the last day of the pause, or {@code null} when it lasts until released
 */
public record DunningPaused(
        String tenantId,
        String customerId,
        String pauseId,
        String invoiceId,
        PauseReason reason,
        String note,
        LocalDate until,
        Instant pausedAt) implements ArrearsEvent {
}
