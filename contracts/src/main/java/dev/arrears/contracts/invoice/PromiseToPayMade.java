package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer promised to pay by a date; dunning of the listed invoices pauses until then.
 *
 * @param promisedDate the day by which the customer promised to pay
 * @param invoiceIds Arrears' ids of the invoices the promise covers
 * @param source where the promise was recorded, e.g. {@code collector-call}, {@code customer-portal},
 *         {@code erp}
 */
public record PromiseToPayMade(
        String tenantId,
        String customerId,
        String promiseId,
        Money promisedAmount,
        LocalDate promisedDate,
        List<String> invoiceIds,
        String source,
        Instant madeAt) implements ArrearsEvent {

    public PromiseToPayMade {
        invoiceIds = List.copyOf(invoiceIds);
    }
}
