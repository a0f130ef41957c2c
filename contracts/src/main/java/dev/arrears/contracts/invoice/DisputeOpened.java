package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;
import java.util.List;

/**
 * The customer contested all or part of an invoice; the disputed amount is not dunned while it is open.
 *
 * @param disputedAmount the part of the invoice's open amount held back from dunning
 * @param reason what the customer contests, for people
 * @param lineNumbers the invoice lines contested, or {@code null} when the dispute is about an amount
 *         rather than lines
 */
public record DisputeOpened(
        String tenantId,
        String customerId,
        String disputeId,
        String invoiceId,
        String invoiceNumber,
        Money disputedAmount,
        String reason,
        List<Integer> lineNumbers,
        Instant openedAt) implements ArrearsEvent {

    public DisputeOpened {
        lineNumbers = lineNumbers == null ? null : List.copyOf(lineNumbers);
    }
}
