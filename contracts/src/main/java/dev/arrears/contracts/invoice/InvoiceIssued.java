package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice was issued to a customer and is now receivable.
 *
 * <p>Dunning follows {@link #installments()}; an invoice payable at once has a single installment due on
 * {@link #dueDate()}.
 */
public record InvoiceIssued(
        String tenantId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        Money totalAmount,
        Money taxAmount,
        Money openAmount,
        List<Installment> installments) implements ArrearsEvent {

    public InvoiceIssued {
        installments = List.copyOf(installments);
    }

    /** One scheduled part of the invoice's amount. */
    public record Installment(int number, LocalDate dueDate, Money amount) {
    }
}
