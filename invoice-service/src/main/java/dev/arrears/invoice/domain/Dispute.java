package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.repository.json.IntegersJson;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer contesting all or part of an invoice; open until accepted or rejected. */
@Entity
@Table(name = "dispute")
public class Dispute {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "invoice_id")
    public String invoiceId;

    @Column(name = "disputed_amount")
    public BigDecimal disputedAmount;

    public String currency;

    public String reason;

    @Column(name = "line_numbers")
    @Convert(converter = IntegersJson.class)
    public List<Integer> lineNumbers;

    public String status;

    public String note;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Version
    public long version;

    /**
     * Opens a dispute on {@code invoice}. Without an amount, the named lines' amounts are disputed, or the
     * whole open amount when no lines are named either.
     */
    public static Dispute open(Invoice invoice, Money amount, List<Integer> lineNumbers, String reason,
                               BigDecimal alreadyDisputed, Instant now) {
        if (!invoice.isCollectible()) {
            throw new Conflict("cannot dispute invoice " + invoice.invoiceNumber + ": it is " + invoice.status.name().toLowerCase());
        }
        Identifiers.requireText("reason", reason);
        BigDecimal disputed;
        if (amount != null) {
            Amounts.requirePositive("disputedAmount", amount);
            Amounts.requireCurrency("disputedAmount", amount, invoice.currency);
            disputed = amount.amount();
        } else if (lineNumbers != null && !lineNumbers.isEmpty()) {
            disputed = BigDecimal.ZERO;
            for (Integer number : lineNumbers) {
                disputed = disputed.add(invoice.lines.stream().filter(l -> number != null && l.number() == number).findFirst()
                        .orElseThrow(() -> new InvalidInput("lineNumbers", "invoice " + invoice.invoiceNumber + " has no line " + number))
                        .amount());
            }
        } else {
            disputed = invoice.openAmount;
        }
        if (disputed.add(alreadyDisputed).compareTo(invoice.openAmount) > 0) {
            throw new InvalidInput("disputedAmount", "disputes would cover " + disputed.add(alreadyDisputed).toPlainString()
                    + " but only " + invoice.openAmount.toPlainString() + " is open");
        }
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID().toString();
        dispute.tenantId = invoice.tenantId;
        dispute.customerId = invoice.customerId;
        dispute.invoiceId = invoice.id;
        dispute.disputedAmount = disputed;
        dispute.currency = invoice.currency;
        dispute.reason = reason;
        dispute.lineNumbers = lineNumbers == null || lineNumbers.isEmpty() ? null : List.copyOf(lineNumbers);
        dispute.status = "OPEN";
        dispute.openedAt = now;
        return dispute;
    }

    /** Amounts come back from a numeric(19,4) column; carry them at the currency's scale. */
    @PostLoad
    void toCurrencyScale() {
        disputedAmount = disputed().amount();
    }

    public void resolve(String outcome, String resolutionNote, Instant now) {
        if (!"OPEN".equals(status)) {
            throw new Conflict("dispute " + id + " is already " + status.toLowerCase());
        }
        if (!"ACCEPTED".equals(outcome) && !"REJECTED".equals(outcome)) {
            throw new InvalidInput("outcome", "outcome must be ACCEPTED or REJECTED");
        }
        status = outcome;
        note = resolutionNote;
        resolvedAt = now;
    }

    public Money disputed() {
        return Money.atCurrencyScale(disputedAmount, currency);
    }

}
