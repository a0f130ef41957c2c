package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A credit note reduced the open amount of invoices; what was not allocated stayed as credit.
 *
 * @param creditNoteNumber the ERP's credit note number, unique per tenant
 * @param amount gross amount of the credit note including tax
 * @param reason why the customer was credited, for people
 * @param unappliedAmount the part kept as credit on the customer's account
 */
public record CreditNoteIssued(
        String tenantId,
        String customerId,
        String creditNoteId,
        String creditNoteNumber,
        LocalDate issueDate,
        Money amount,
        String reason,
        List<PaymentReceived.Allocation> allocations,
        Money unappliedAmount) implements ArrearsEvent {

    public CreditNoteIssued {
        allocations = List.copyOf(allocations);
    }
}
