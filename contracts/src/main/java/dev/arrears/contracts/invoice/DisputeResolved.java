package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;

/**
 * A dispute about an invoice was closed; a rejected dispute's amount is dunned again.
 *
 * @param outcome {@code ACCEPTED} (the customer was right; any correction follows as its own event, e.g.
 *         {@link CreditNoteIssued}) or {@code REJECTED} (the amount is owed as invoiced)
 * @param disputedAmount the amount held back from dunning while the dispute was open
 * @param note how the dispute was settled, for people, or {@code null}
 */
public record DisputeResolved(
        String tenantId,
        String customerId,
        String disputeId,
        String invoiceId,
        String invoiceNumber,
        String outcome,
        Money disputedAmount,
        String note,
        Instant resolvedAt) implements ArrearsEvent {
}
