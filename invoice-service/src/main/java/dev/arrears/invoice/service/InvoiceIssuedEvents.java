package dev.arrears.invoice.service;

import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.invoice.domain.Invoice;

import java.util.List;

/** Maps a newly issued invoice to its InvoiceIssued event. */
final class InvoiceIssuedEvents {

    private InvoiceIssuedEvents() {
    }

    static InvoiceIssued of(Invoice invoice) {
        return new InvoiceIssued(invoice.tenantId, invoice.customerId, invoice.id, invoice.invoiceNumber,
                invoice.issueDate, invoice.dueDate, invoice.total(), invoice.tax(), invoice.open(),
                List.of(new InvoiceIssued.Installment(1, invoice.dueDate, invoice.open())));
    }

    static String subject(Invoice invoice) {
        return "invoice/" + invoice.id;
    }
}
