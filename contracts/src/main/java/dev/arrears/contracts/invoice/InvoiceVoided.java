package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

/**
 * An invoice was cancelled; nothing is owed on it any more.
 *
 * @param reason why the invoice was cancelled, for people
 * @param voidedOpenAmount the open amount the void cancelled; the invoice's open amount is zero afterwards
 */
public record InvoiceVoided(
        String tenantId,
        String customerId,
        String invoiceId,
        String invoiceNumber,
        String reason,
        Money voidedOpenAmount) implements ArrearsEvent {
}
