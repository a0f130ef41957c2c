package dev.arrears.dunning.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is known about one dunned item (an invoice, or one installment of it), derived from the invoice
 * events: the dates, what is open, what of it is disputed, and whether dunning is paused.
 *
 * @param installmentNumber {@code null} when the whole invoice is dunned
 * @param pausedUntil the last day of a pause (a promise to pay plus grace, a manual hold), or {@code null}
 * @param closed paid, voided, credited or written off: nothing more is ever sent for it
 */
public record ItemFacts(String tenantId, String customerId, String invoiceId, String invoiceNumber, Integer installmentNumber,
                        LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal openAmount,
                        BigDecimal disputedAmount, LocalDate pausedUntil, boolean closed) {

    /** What may still be dunned: the open amount less what is disputed, never below zero. */
    public BigDecimal dunnableAmount() {
        BigDecimal dunnable = openAmount.subtract(disputedAmount == null ? BigDecimal.ZERO : disputedAmount);
        return dunnable.signum() < 0 ? BigDecimal.ZERO : dunnable;
    }
}
