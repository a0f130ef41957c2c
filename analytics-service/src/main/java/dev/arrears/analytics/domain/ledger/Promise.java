package dev.arrears.analytics.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A customer's promise to pay an amount on the listed invoices by a date. */
public record Promise(BigDecimal amount, String currency, LocalDate promisedDate, Instant madeAt, List<String> invoiceIds) {

    public Promise {
        invoiceIds = List.copyOf(invoiceIds);
    }
}
