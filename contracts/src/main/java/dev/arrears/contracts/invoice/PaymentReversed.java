package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;
import java.util.List;

/**
 * A payment was taken back (bounced, charged back or corrected) and what it had settled was reopened.
 *
 * <p>{@link #amount()} is the sum of the reversed allocations and {@link #unappliedAmountReversed()}.
 *
 * @param paymentId the payment of the {@link PaymentReceived} being reversed
 * @param reason {@code BOUNCED}, {@code CHARGEBACK} or {@code CORRECTION}
 * @param reversedAllocations the allocations undone; {@code invoiceOpenAmountAfter} is the invoice's open
 *         amount after the reversal reopened it
 * @param unappliedAmountReversed the part taken from the customer's unapplied credit
 */
public record PaymentReversed(
        String tenantId,
        String customerId,
        String paymentId,
        String reversalId,
        String reason,
        Money amount,
        Instant reversedAt,
        List<PaymentReceived.Allocation> reversedAllocations,
        Money unappliedAmountReversed) implements ArrearsEvent {

    public PaymentReversed {
        reversedAllocations = List.copyOf(reversedAllocations);
    }
}
