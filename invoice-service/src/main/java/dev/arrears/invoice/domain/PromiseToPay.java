package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.repository.json.StringsJson;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The customer's promise to pay an amount by a date, usually made to a collector. */
@Entity
@Table(name = "promise_to_pay")
public class PromiseToPay {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "promised_amount")
    public BigDecimal promisedAmount;

    public String currency;

    @Column(name = "promised_date")
    public LocalDate promisedDate;

    @Column(name = "invoice_ids")
    @Convert(converter = StringsJson.class)
    public List<String> invoiceIds;

    public String source;

    @Column(name = "made_at")
    public Instant madeAt;

    public static PromiseToPay make(String tenantId, String customerId, Money amount, LocalDate promisedDate,
                                    List<Invoice> invoices, String source, LocalDate today, Instant now) {
        Amounts.requirePositive("promisedAmount", amount);
        if (promisedDate == null) {
            throw new InvalidInput("promisedDate", "promisedDate is required");
        }
        if (promisedDate.isBefore(today)) {
            throw new InvalidInput("promisedDate", "promisedDate " + promisedDate + " is in the past");
        }
        if (invoices.isEmpty()) {
            throw new InvalidInput("invoiceIds", "a promise names at least one invoice");
        }
        BigDecimal open = BigDecimal.ZERO;
        for (Invoice invoice : invoices) {
            if (!invoice.isCollectible()) {
                throw new Conflict("invoice " + invoice.invoiceNumber + " is " + invoice.status.name().toLowerCase() + "; nothing to promise");
            }
            Amounts.requireCurrency("promisedAmount", amount, invoice.currency);
            open = open.add(invoice.openAmount);
        }
        if (amount.amount().compareTo(open) > 0) {
            throw new InvalidInput("promisedAmount", "promisedAmount exceeds the " + open.toPlainString() + " open on these invoices");
        }
        PromiseToPay promise = new PromiseToPay();
        promise.id = UUID.randomUUID().toString();
        promise.tenantId = tenantId;
        promise.customerId = customerId;
        promise.promisedAmount = amount.amount();
        promise.currency = amount.currency();
        promise.promisedDate = promisedDate;
        promise.invoiceIds = invoices.stream().map(i -> i.id).toList();
        promise.source = source == null || source.isBlank() ? "api" : source;
        promise.madeAt = now;
        return promise;
    }

    public Money promised() {
        return Money.atCurrencyScale(promisedAmount, currency);
    }
}
