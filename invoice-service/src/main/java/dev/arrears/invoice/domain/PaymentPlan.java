package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.repository.json.InstallmentsJson;
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

/**
 * A schedule agreed after the fact: the open amount of some invoices is now due in installments. The
 * invoices keep their own schedule as evidence; dunning follows the plan's.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "invoice_ids")
    @Convert(converter = StringsJson.class)
    public List<String> invoiceIds;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    public String currency;

    @Convert(converter = InstallmentsJson.class)
    public List<Installment> installments;

    @Column(name = "agreed_at")
    public Instant agreedAt;

    public static PaymentPlan agree(String tenantId, String customerId, List<Invoice> invoices,
                                    List<IssueInvoice.ScheduledInstallment> schedule, LocalDate today, Instant now) {
        if (invoices.isEmpty()) {
            throw new InvalidInput("invoiceIds", "a payment plan covers at least one invoice");
        }
        String currency = invoices.get(0).currency;
        BigDecimal open = BigDecimal.ZERO;
        for (Invoice invoice : invoices) {
            if (!invoice.isCollectible()) {
                throw new Conflict("invoice " + invoice.invoiceNumber + " is " + invoice.status.name().toLowerCase() + "; nothing to plan");
            }
            if (!invoice.currency.equals(currency)) {
                throw new InvalidInput("invoiceIds", "a payment plan covers invoices of one currency");
            }
            open = open.add(invoice.openAmount);
        }
        if (schedule == null || schedule.isEmpty()) {
            throw new InvalidInput("installments", "a payment plan needs installments");
        }
        Money total = Money.atCurrencyScale(open, currency);
        PaymentPlan plan = new PaymentPlan();
        plan.id = UUID.randomUUID().toString();
        plan.tenantId = tenantId;
        plan.customerId = customerId;
        plan.invoiceIds = invoices.stream().map(i -> i.id).toList();
        plan.totalAmount = open;
        plan.currency = currency;
        plan.installments = IssueInvoice.Schedules.of(schedule, today, schedule.get(schedule.size() - 1).dueDate(), total);
        plan.agreedAt = now;
        return plan;
    }

    public Money total() {
        return Money.atCurrencyScale(totalAmount, currency);
    }
}
