package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice's amounts or due dates were corrected.
 *
 * <p>Every value is the invoice's state after the adjustment, so a consumer replaces what it knew rather
 * than applying a difference.
 *
 * @param reason why the invoice was corrected, for people
 * @param installments the whole schedule after the adjustment; it replaces the previous one
 */
public record InvoiceAdjusted(
        String tenantId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        String reason,
        LocalDate dueDate,
        Money totalAmount,
        Money taxAmount,
        Money openAmount,
        List<InvoiceIssued.Installment> installments) implements ArrearsEvent {

    public InvoiceAdjusted {
        installments = List.copyOf(installments);
    }
}
