package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.repository.json.AppliedAmountsJson;
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

/** A credit note: an amount the tenant owes back, applied to open invoices, the rest kept as credit. */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "credit_note_number")
    public String creditNoteNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    public BigDecimal amount;

    public String currency;

    public String reason;

    @Convert(converter = AppliedAmountsJson.class)
    public List<AppliedAmount> allocations;

    @Column(name = "unapplied_amount")
    public BigDecimal unappliedAmount;

    @Column(name = "created_at")
    public Instant createdAt;

    public static CreditNote issue(String tenantId, String customerId, String number, LocalDate issueDate, Money amount,
                                   String reason, List<AppliedAmount> allocations, Instant now) {
        BigDecimal applied = allocations.stream().map(AppliedAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        CreditNote note = new CreditNote();
        note.id = UUID.randomUUID().toString();
        note.tenantId = tenantId;
        note.customerId = customerId;
        note.creditNoteNumber = number;
        note.issueDate = issueDate;
        note.amount = amount.amount();
        note.currency = amount.currency();
        note.reason = reason;
        note.allocations = List.copyOf(allocations);
        note.unappliedAmount = amount.amount().subtract(applied);
        note.createdAt = now;
        return note;
    }

    public Money money(BigDecimal value) {
        return Money.atCurrencyScale(value, currency);
    }
}
