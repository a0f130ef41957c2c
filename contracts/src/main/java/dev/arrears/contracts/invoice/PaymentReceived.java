package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's payment arrived and was allocated to open items; what could not be allocated is kept as
 * unapplied credit.
 */
public record PaymentReceived(
        String tenantId,
        String customerId,
        String paymentId,
        Money amount,
        LocalDate valueDate,
        Instant receivedAt,
        String method,
        String reference,
        List<Allocation> allocations,
        Money unappliedAmount) implements ArrearsEvent {

    public PaymentReceived {
        allocations = List.copyOf(allocations);
    }

    /**
     * The part of the payment applied to one invoice (and installment, when it has a schedule), with the
     * invoice's open amount after it, so consumers need no arithmetic to know whether it is settled.
     */
    public record Allocation(String invoiceId, Integer installmentNumber, Money amount, Money invoiceOpenAmountAfter) {
    }
}
