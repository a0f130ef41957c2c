package dev.arrears.dunning.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is known about one dunned item (an invoice, or one installment of it), derived from the invoice
 * events: the dates, what is open, what of it is disputed, and whether dunning is paused.
 *
 * @param installmentNumber the item's key within its invoice: 1 for an invoice of a single installment, which events
 *         name as the whole invoice ({@link #dunnedInstallment()})
 * @param pausedUntil the last day of a pause (a promise to pay plus grace, a manual hold), or {@code null}
 * @param closed paid, voided, credited or written off: nothing more is ever sent for it
 * @param installments how many installments the invoice has, or 0 when unknown; an invoice of one is dunned as a whole
 */
public record ItemFacts(String tenantId, String customerId, String invoiceId, String invoiceNumber, Integer installmentNumber,
                        LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal openAmount,
                        BigDecimal disputedAmount, LocalDate pausedUntil, boolean closed, int installments) {

    /** Facts of an item whose invoice's number of installments is not known. */
    public ItemFacts(String tenantId, String customerId, String invoiceId, String invoiceNumber, Integer installmentNumber,
                     LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal openAmount, BigDecimal disputedAmount,
                     LocalDate pausedUntil, boolean closed) {
        this(tenantId, customerId, invoiceId, invoiceNumber, installmentNumber, issueDate, dueDate, currency, openAmount, disputedAmount,
                pausedUntil, closed, 0);
    }

    /**
     * The installment as reminders name it: {@code null} for an invoice of a single installment, which is dunned as a
     * whole (the engine keys it as installment 1 internally).
     */
    public Integer dunnedInstallment() {
        return installments == 1 ? null : installmentNumber;
    }

    /** What may still be dunned: the open amount less what is disputed, never below zero. */
    public BigDecimal dunnableAmount() {
        BigDecimal dunnable = openAmount.subtract(disputedAmount == null ? BigDecimal.ZERO : disputedAmount);
        return dunnable.signum() < 0 ? BigDecimal.ZERO : dunnable;
    }
}
