package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;
import java.util.List;

/**
 * The customer agreed a payment plan: the listed invoices' open amount is now due in its installments.
 *
 * <p>The plan's installments replace the invoices' own due dates for dunning.
 *
 * @param invoiceIds Arrears' ids of the invoices the plan covers
 * @param totalAmount the open amount of those invoices when the plan was agreed; the installments add up
 *         to it
 */
public record PaymentPlanAgreed(
        String tenantId,
        String customerId,
        String planId,
        List<String> invoiceIds,
        Money totalAmount,
        List<InvoiceIssued.Installment> installments,
        Instant agreedAt) implements ArrearsEvent {

    public PaymentPlanAgreed {
        invoiceIds = List.copyOf(invoiceIds);
        installments = List.copyOf(installments);
    }
}
