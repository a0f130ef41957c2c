package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A late fee or interest the dunning engine charged on an invoice. Fees are a receivable of their own:
 * they never change the invoice's open amount, so payments and dunning of the invoice stay as invoiced.
 */
@Entity
@Table(name = "late_fee")
@IdClass(LateFee.Key.class)
public class LateFee {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "fee_id")
    public String feeId;

    @Column(name = "invoice_id")
    public String invoiceId;

    @Column(name = "installment_number")
    public Integer installmentNumber;

    @Enumerated(EnumType.STRING)
    public FeeKind kind;

    public BigDecimal amount;

    public String currency;

    public String basis;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "policy_id")
    public String policyId;

    @Column(name = "policy_version")
    public int policyVersion;

    @Column(name = "step_index")
    public int stepIndex;

    @Column(name = "step_name")
    public String stepName;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /**
     * The fee as this ledger books it, after checking it belongs to {@code invoice}: same customer, an
     * installment the invoice has, and the invoice's currency.
     */
    public static LateFee of(LateFeeAssessed assessed, Invoice invoice, Instant now) {
        String fee = "late fee " + assessed.feeId();
        if (!invoice.customerId.equals(assessed.customerId())) {
            throw new InvalidInput("customerId", fee + " is for customer " + assessed.customerId() + " but invoice "
                    + invoice.invoiceNumber + " belongs to customer " + invoice.customerId);
        }
        if (assessed.installmentNumber() != null) {
            invoice.installment(assessed.installmentNumber());
        }
        if (!assessed.amount().currency().equals(invoice.currency)) {
            throw new InvalidInput("amount.currency", fee + " is in " + assessed.amount().currency() + " but invoice "
                    + invoice.invoiceNumber + " is in " + invoice.currency);
        }
        if (assessed.periodStart() != null && assessed.periodEnd().isBefore(assessed.periodStart())) {
            throw new InvalidInput("periodEnd", fee + " has a period ending " + assessed.periodEnd() + " before it starts "
                    + assessed.periodStart());
        }
        LateFee lateFee = new LateFee();
        lateFee.tenantId = invoice.tenantId;
        lateFee.feeId = assessed.feeId();
        lateFee.invoiceId = invoice.id;
        lateFee.installmentNumber = assessed.installmentNumber();
        lateFee.kind = assessed.kind();
        lateFee.amount = assessed.amount().amount();
        lateFee.currency = invoice.currency;
        lateFee.basis = assessed.basis();
        lateFee.periodStart = assessed.periodStart();
        lateFee.periodEnd = assessed.periodEnd();
        lateFee.policyId = assessed.step().policyId();
        lateFee.policyVersion = assessed.step().policyVersion();
        lateFee.stepIndex = assessed.step().stepIndex();
        lateFee.stepName = assessed.step().stepName();
        lateFee.assessedAt = assessed.assessedAt();
        lateFee.recordedAt = now;
        return lateFee;
    }

    /** Amounts come back from a numeric(19,4) column; carry them at the currency's scale. */
    @PostLoad
    void toCurrencyScale() {
        amount = money().amount();
    }

    public Money money() {
        return Money.atCurrencyScale(amount, currency);
    }

    /** The primary key: fee ids are unique per tenant. */
    public record Key(String tenantId, String feeId) implements Serializable {
    }
}
