package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A receivable: what a tenant's customer owes on one ERP invoice, and how much of it is still open. */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "invoice_number")
    public String invoiceNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String currency;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    @Column(name = "tax_amount")
    public BigDecimal taxAmount;

    @Column(name = "open_amount")
    public BigDecimal openAmount;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Issues an invoice whose whole amount is open, after checking it could be booked at all. */
    public static Invoice issue(String tenantId, String customerId, String invoiceNumber, LocalDate issueDate,
                                LocalDate dueDate, Money total, Money tax, Instant now) {
        requireText("customerId", customerId);
        requireText("invoiceNumber", invoiceNumber);
        if (issueDate == null) {
            throw new InvalidInput("issueDate", "issueDate is required");
        }
        if (dueDate == null) {
            throw new InvalidInput("dueDate", "dueDate is required");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new InvalidInput("dueDate", "dueDate " + dueDate + " is before issueDate " + issueDate);
        }
        if (total.amount().signum() < 0) {
            throw new InvalidInput("totalAmount", "totalAmount must not be negative");
        }
        if (tax.amount().signum() < 0) {
            throw new InvalidInput("taxAmount", "taxAmount must not be negative");
        }
        if (!tax.currency().equals(total.currency())) {
            throw new InvalidInput("taxAmount.currency", "taxAmount is in " + tax.currency() + " but totalAmount in " + total.currency());
        }
        if (tax.amount().compareTo(total.amount()) > 0) {
            throw new InvalidInput("taxAmount", "taxAmount exceeds totalAmount");
        }
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID().toString();
        invoice.tenantId = tenantId;
        invoice.customerId = customerId;
        invoice.invoiceNumber = invoiceNumber;
        invoice.issueDate = issueDate;
        invoice.dueDate = dueDate;
        invoice.currency = total.currency();
        invoice.totalAmount = total.amount();
        invoice.taxAmount = tax.amount();
        invoice.openAmount = total.amount();
        invoice.status = InvoiceStatus.OPEN;
        invoice.createdAt = now;
        return invoice;
    }

    public Money total() {
        return Money.atCurrencyScale(totalAmount, currency);
    }

    public Money tax() {
        return Money.atCurrencyScale(taxAmount, currency);
    }

    public Money open() {
        return Money.atCurrencyScale(openAmount, currency);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        if (value.indexOf(':') >= 0) {
            throw new InvalidInput(field, field + " must not contain ':'");
        }
    }
}
