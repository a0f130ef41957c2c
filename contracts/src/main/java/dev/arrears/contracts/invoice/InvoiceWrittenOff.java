package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

/**
 * The open amount of an invoice, or part of it, was declared uncollectable.
 *
 * @param reason why the amount is uncollectable, for people
 * @param openAmountAfter the invoice's open amount after the write-off; zero when all of it was written off
 */
public record InvoiceWrittenOff(
        String tenantId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        String reason,
        Money writtenOffAmount,
        Money openAmountAfter) implements ArrearsEvent {
}
