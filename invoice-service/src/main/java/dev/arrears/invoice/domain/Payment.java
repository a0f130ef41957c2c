package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.repository.json.AppliedAmountsJson;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Money a customer paid, where it was applied, and what is left as unapplied credit. */
@Entity
@Table(name = "payment")
public class Payment {

    public static final Set<String> METHODS = Set.of("BANK_TRANSFER", "DIRECT_DEBIT", "CARD", "CHECK", "CASH", "OTHER");
    public static final Set<String> REVERSAL_REASONS = Set.of("BOUNCED", "CHARGEBACK", "CORRECTION");

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "customer_id")
    public String customerId;

    public BigDecimal amount;

    public String currency;

    @Column(name = "value_date")
    public LocalDate valueDate;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String method;

    public String reference;

    @Convert(converter = AppliedAmountsJson.class)
    public List<AppliedAmount> allocations;

    @Column(name = "unapplied_amount")
    public BigDecimal unappliedAmount;

    public String status;

    @Column(name = "reversal_id")
    public String reversalId;

    @Column(name = "reversal_reason")
    public String reversalReason;

    @Column(name = "reversed_at")
    public Instant reversedAt;

    @Version
    public long version;

    public static Payment receive(String tenantId, String customerId, Money amount, LocalDate valueDate, String method,
                                  String reference, List<AppliedAmount> allocations, Instant now) {
        BigDecimal applied = allocations.stream().map(AppliedAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Payment payment = new Payment();
        payment.id = UUID.randomUUID().toString();
        payment.tenantId = tenantId;
        payment.customerId = customerId;
        payment.amount = amount.amount();
        payment.currency = amount.currency();
        payment.valueDate = valueDate;
        payment.receivedAt = now;
        payment.method = method;
        payment.reference = reference;
        payment.allocations = List.copyOf(allocations);
        payment.unappliedAmount = amount.amount().subtract(applied);
        payment.status = "RECEIVED";
        return payment;
    }

    public void reverse(String reason, Instant now) {
        if ("REVERSED".equals(status)) {
            throw new Conflict("payment " + id + " is already reversed");
        }
        status = "REVERSED";
        reversalId = UUID.randomUUID().toString();
        reversalReason = reason;
        reversedAt = now;
    }

    public Money money(BigDecimal value) {
        return Money.atCurrencyScale(value, currency);
    }
}
